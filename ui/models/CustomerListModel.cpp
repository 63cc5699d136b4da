#include "models/CustomerListModel.h"

#include "domain/Money.h"

namespace ardesk {

namespace {

class ChangeGuard {
public:
    explicit ChangeGuard(bool& flag)
        : m_flag(flag)
    {
        m_flag = true;
    }
    ~ChangeGuard() { m_flag = false; }
    ChangeGuard(const ChangeGuard&) = delete;
    ChangeGuard& operator=(const ChangeGuard&) = delete;

private:
    bool& m_flag;
};

bool sameQuery(const CustomerQuery& a, const CustomerQuery& b)
{
    return a.search == b.search && a.sortKey == b.sortKey && a.descending == b.descending;
}

} // namespace

CustomerListModel::CustomerListModel(QObject* parent)
    : QAbstractTableModel(parent)
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

void CustomerListModel::refresh()
{
    reload();
}

void CustomerListModel::setLocale(const QLocale& locale)
{
    m_locale = locale;
    if (!m_customers.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}

void CustomerListModel::reload()
{
    const qint64 previousMatching = m_matching;
    std::optional<Error> failure;
    {
        const ChangeGuard guard(m_changing);
        beginResetModel();
        m_customers.clear();
        m_matching = 0;
        if (m_service)
            failure = readFirstPage();
        endResetModel();
    }
    if (failure)
        Q_EMIT readFailed(*failure);
    if (m_matching != previousMatching)
        Q_EMIT matchingCountChanged(m_matching);
}

// The first page comes with the reset: a view would ask for it at once anyway, and this way a
// freshly filtered list never flashes empty.
std::optional<Error> CustomerListModel::readFirstPage()
{
    auto count = m_service->count(m_query);
    if (!count)
        return count.error();
    if (*count == 0)
        return std::nullopt;
    auto first = m_service->page(m_query, 0, pageSize);
    if (!first)
        return first.error();
    m_customers = std::move(*first);
    m_matching = m_customers.size() < pageSize ? m_customers.size() : *count;
    return std::nullopt;
}

bool CustomerListModel::appendPage()
{
    auto page = m_service->page(m_query, m_customers.size(), pageSize);
    if (!page) {
        // Stop asking: a view would call fetchMore again on every scroll and repeat the error.
        m_matching = m_customers.size();
        Q_EMIT matchingCountChanged(m_matching);
        Q_EMIT readFailed(page.error());
        return false;
    }
    if (!page->isEmpty()) {
        const ChangeGuard guard(m_changing);
        const int first = rowCount();
        beginInsertRows(QModelIndex(), first, first + static_cast<int>(page->size()) - 1);
        m_customers.append(std::move(*page));
        endInsertRows();
    }
    // Someone else may have removed customers since we counted: the list ends where the data
    // does, whatever the count said.
    if (page->size() < pageSize && m_matching != m_customers.size()) {
        m_matching = m_customers.size();
        Q_EMIT matchingCountChanged(m_matching);
    }
    return true;
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

int CustomerListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_customers.size());
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
                                       : tr("Net %1").arg(m_locale.toString(customer.termsDays));
    case CreditLimit:
        if (!customer.creditLimitMinor)
            return QString();
        return Money(*customer.creditLimitMinor, customer.currency).toLocalizedString(m_locale);
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

bool CustomerListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_service && !m_changing && m_customers.size() < m_matching;
}

void CustomerListModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        appendPage();
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
