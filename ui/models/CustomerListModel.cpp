#include "models/CustomerListModel.h"

#include "domain/Money.h"
#include "models/ColumnHeaders.h"

namespace ardesk {

CustomerListModel::CustomerListModel(QObject* parent)
    : PagedQueryModel(parent)
{}

bool CustomerListModel::isSortable(int column)
{
    return column == Code || column == Name;
}

int CustomerListModel::sortColumn() const
{
    return query().sortKey == CustomerQuery::SortKey::Code ? Code : Name;
}

Qt::SortOrder CustomerListModel::sortOrder() const
{
    return query().descending ? Qt::DescendingOrder : Qt::AscendingOrder;
}

bool CustomerListModel::isNumeric(int column)
{
    return column == Terms || column == CreditLimit;
}

int CustomerListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerListModel::displayData(const Customer& customer, int column) const
{
    switch (column) {
    case Code:
        return customer.code;
    case Name:
        return customer.name;
    case Email:
        return customer.email;
    case Phone:
        return customer.phone;
    case Terms:
        // "Net 30" is how payment terms are written on invoices.
        return customer.termsDays == 0 ? tr("Due on receipt")
                                       : tr("Net %1").arg(locale().toString(customer.termsDays));
    case CreditLimit:
        if (!customer.creditLimitMinor)
            return QString();
        return Money(*customer.creditLimitMinor, customer.currency).toLocalizedString(locale());
    case Currency:
        return customer.currency.code();
    default:
        return QVariant();
    }
}

QVariant CustomerListModel::sortData(const Customer& customer, int column) const
{
    switch (column) {
    case Terms:
        return customer.termsDays;
    case CreditLimit:
        return customer.creditLimitMinor ? QVariant(*customer.creditLimitMinor) : QVariant();
    default:
        return displayData(customer, column);
    }
}

QVariant CustomerListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Customer& customer = loadedRow(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(customer, index.column());
    case SortRole:
        return sortData(customer, index.column());
    case CustomerIdRole:
        return customer.id.value;
    case Qt::TextAlignmentRole:
        return columnAlignment(isNumeric(index.column()));
    case Qt::ToolTipRole:
        if (index.column() == Name && !customer.address.isEmpty())
            return customer.address;
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnHeaderData(*this, section, orientation, role, isNumeric(section),
                            &CustomerListModel::columnTitle);
}

QString CustomerListModel::columnTitle(int column)
{
    switch (column) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case Phone:
        return tr("Phone");
    case Terms:
        return tr("Terms");
    case CreditLimit:
        return tr("Credit Limit");
    case Currency:
        return tr("Currency");
    }
    return QString();
}

void CustomerListModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    CustomerQuery changed = query();
    changed.sortKey = column == Code ? CustomerQuery::SortKey::Code : CustomerQuery::SortKey::Name;
    changed.descending = order == Qt::DescendingOrder;
    setQuery(changed);
}

} // namespace ardesk
