#include "models/CreditListModel.h"

#include "models/ColumnHeaders.h"
#include "text/NumberFormat.h"
#include "text/PaymentMethodNames.h"

namespace ardesk {

CreditListModel::CreditListModel(QObject* parent)
    : PagedQueryModel(parent, CreditListQuery{.nameOrder = NameOrder::Folded})
{}

int CreditListModel::sortColumn() const
{
    return static_cast<int>(query().sortKey);
}

Qt::SortOrder CreditListModel::sortOrder() const
{
    return query().descending ? Qt::DescendingOrder : Qt::AscendingOrder;
}

int CreditListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CreditListModel::isNumeric(int column)
{
    return column == Amount || column == Unapplied;
}

QVariant CreditListModel::displayData(const CreditListRow& row, int column) const
{
    switch (column) {
    case Date:
        return locale().toString(row.date, QLocale::ShortFormat);
    case Number:
        return row.code;
    case Customer:
        return row.customerName;
    case Amount:
        return NumberFormat::money(row.amountMinor, row.currency, locale());
    case Unapplied:
        // Fully applied credits show nothing rather than a column of zeros.
        return row.unappliedMinor == 0
                   ? QString()
                   : NumberFormat::money(row.unappliedMinor, row.currency, locale());
    case Method:
        return PaymentMethodNames::text(row.method);
    case Note:
        // A void credit stays in the list, saying so first.
        if (row.voidDate.isValid())
            return tr("Void since %1: %2")
                .arg(locale().toString(row.voidDate, QLocale::ShortFormat), row.voidReason);
        return query().kind == Credit::Kind::Payment ? row.reference : row.reason;
    default:
        return QVariant();
    }
}

QVariant CreditListModel::sortData(const CreditListRow& row, int column) const
{
    switch (column) {
    case Date:
        return row.date;
    case Amount:
        return row.amountMinor;
    case Unapplied:
        return row.unappliedMinor;
    default:
        return displayData(row, column);
    }
}

QVariant CreditListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const CreditListRow* loaded = loadedRow(index.row());
    if (!loaded)
        return pendingData(index, role);
    const CreditListRow& row = *loaded;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case SortRole:
        return sortData(row, index.column());
    case CreditIdRole:
        return row.id.value;
    case Qt::TextAlignmentRole:
        return columnAlignment(isNumeric(index.column()));
    case Qt::ToolTipRole:
        if (index.column() == Customer)
            return row.customerCode;
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant CreditListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnHeaderData(*this, section, orientation, role, isNumeric(section),
                            [this](int column) { return columnTitle(column); });
}

QString CreditListModel::columnTitle(int column) const
{
    const bool payments = query().kind == Credit::Kind::Payment;
    switch (column) {
    case Date:
        return tr("Date");
    case Number:
        return payments ? tr("Payment") : tr("Credit Note");
    case Customer:
        return tr("Customer");
    case Amount:
        return tr("Amount");
    case Unapplied:
        return tr("Unapplied");
    case Method:
        return tr("Method");
    case Note:
        return payments ? tr("Reference") : tr("Reason");
    }
    return QString();
}

void CreditListModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    CreditListQuery changed = query();
    changed.sortKey = static_cast<CreditListQuery::SortKey>(column);
    changed.descending = order == Qt::DescendingOrder;
    setQuery(changed);
}

} // namespace ardesk
