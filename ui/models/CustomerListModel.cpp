#include "models/CustomerListModel.h"

#include "domain/Money.h"

namespace ardesk {

namespace {

bool sameQuery(const CustomerQuery& a, const CustomerQuery& b)
{
    return a.search == b.search && a.sortKey == b.sortKey && a.descending == b.descending;
}

} // namespace

CustomerListModel::CustomerListModel(QObject* parent)
    : PagedListModel(parent)
{}

void CustomerListModel::setService(CustomerService* service)
{
    m_service = service;
    reload();
}

void CustomerListModel::setQuery(const CustomerQuery& query)
{
    if (sameQuery(query, m_query))
        return;
    m_query = query;
    reload();
}

Result<qint64> CustomerListModel::countRows()
{
    return m_service->count(m_query);
}

Result<qsizetype> CustomerListModel::readPage(qint64 offset, int limit)
{
    auto page = m_service->page(m_query, offset, limit);
    if (!page)
        return std::unexpected(page.error());
    m_readPage = std::move(*page);
    return m_readPage.size();
}

void CustomerListModel::appendReadPage()
{
    m_customers.append(std::move(m_readPage));
    m_readPage.clear();
}

std::optional<Customer> CustomerListModel::customerAt(int row) const
{
    if (row < 0 || row >= m_customers.size())
        return std::nullopt;
    return m_customers.at(row);
}

bool CustomerListModel::isSortable(int column)
{
    return column == Code || column == Name;
}

int CustomerListModel::sortColumn() const
{
    return m_query.sortKey == CustomerQuery::SortKey::Code ? Code : Name;
}

Qt::SortOrder CustomerListModel::sortOrder() const
{
    return m_query.descending ? Qt::DescendingOrder : Qt::AscendingOrder;
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
    const Customer& customer = m_customers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(customer, index.column());
    case SortRole:
        return sortData(customer, index.column());
    case CustomerIdRole:
        return customer.id.value;
    case Qt::TextAlignmentRole:
        if (index.column() == Terms || index.column() == CreditLimit)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
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
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        if (section == Terms || section == CreditLimit)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
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
    default:
        return QVariant();
    }
}

void CustomerListModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    CustomerQuery query = m_query;
    query.sortKey = column == Code ? CustomerQuery::SortKey::Code : CustomerQuery::SortKey::Name;
    query.descending = order == Qt::DescendingOrder;
    setQuery(query);
}

} // namespace ardesk
