#include "models/InvoiceListModel.h"

#include "common/NumberFormat.h"

namespace ardesk {

InvoiceListModel::InvoiceListModel(QObject* parent)
    : PagedListModel(parent)
{
    m_query.asOf = QDate::currentDate();
}

void InvoiceListModel::setService(InvoiceListService* service)
{
    m_service = service;
    reload();
}

void InvoiceListModel::setQuery(const InvoiceListQuery& query)
{
    if (query == m_query)
        return;
    m_query = query;
    reload();
}

Result<qint64> InvoiceListModel::countRows()
{
    return m_service->count(m_query);
}

Result<qsizetype> InvoiceListModel::readPage(qint64 offset, int limit)
{
    auto page = m_service->page(m_query, offset, limit);
    if (!page)
        return std::unexpected(page.error());
    m_readPage = std::move(*page);
    return m_readPage.size();
}

void InvoiceListModel::appendReadPage()
{
    m_rows.append(std::move(m_readPage));
    m_readPage.clear();
}

std::optional<InvoiceListRow> InvoiceListModel::invoiceAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

QString InvoiceListModel::statusText(InvoiceStatus status, bool disputed)
{
    if (disputed)
        return tr("%1 · disputed", "invoice status with an open dispute").arg(statusText(status));
    switch (status) {
    case InvoiceStatus::Open:
        return tr("Open");
    case InvoiceStatus::Overdue:
        return tr("Overdue");
    case InvoiceStatus::Paid:
        return tr("Paid");
    case InvoiceStatus::OnPlan:
        return tr("On plan");
    }
    return QString();
}

int InvoiceListModel::sortColumn() const
{
    return static_cast<int>(m_query.sortKey);
}

Qt::SortOrder InvoiceListModel::sortOrder() const
{
    return m_query.descending ? Qt::DescendingOrder : Qt::AscendingOrder;
}

int InvoiceListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool InvoiceListModel::isNumeric(int column)
{
    return column == Amount || column == OpenAmount || column == DaysOverdue;
}

QVariant InvoiceListModel::displayData(const InvoiceListRow& row, int column) const
{
    switch (column) {
    case Number:
        return row.number;
    case Customer:
        return row.customerName;
    case IssueDate:
        return locale().toString(row.issueDate, QLocale::ShortFormat);
    case DueDate:
        return locale().toString(row.dueDate, QLocale::ShortFormat);
    case Amount:
        return NumberFormat::money(row.amountMinor, row.currency, locale());
    case OpenAmount:
        // Settled invoices show nothing rather than a column of zeros.
        return row.openMinor() == 0 ? QString()
                                    : NumberFormat::money(row.openMinor(), row.currency, locale());
    case DaysOverdue: {
        const qint64 days = row.daysOverdue(m_query.asOf);
        return days == 0 ? QString() : locale().toString(days);
    }
    case Status:
        return statusText(row.status(m_query.asOf), row.disputed);
    default:
        return QVariant();
    }
}

QVariant InvoiceListModel::sortData(const InvoiceListRow& row, int column) const
{
    switch (column) {
    case IssueDate:
        return row.issueDate;
    case DueDate:
        return row.dueDate;
    case Amount:
        return row.amountMinor;
    case OpenAmount:
        return row.openMinor();
    case DaysOverdue:
        return row.daysOverdue(m_query.asOf);
    case Status:
        return static_cast<int>(row.status(m_query.asOf));
    default:
        return displayData(row, column);
    }
}

QVariant InvoiceListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const InvoiceListRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case SortRole:
        return sortData(row, index.column());
    case InvoiceIdRole:
        return row.id.value;
    case Qt::TextAlignmentRole:
        if (isNumeric(index.column()))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == Customer)
            return row.customerCode;
        if (index.column() == Status && row.disputed)
            return tr("The customer disputes this invoice: reminders skip it until the "
                      "dispute is resolved");
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant InvoiceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        if (isNumeric(section))
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Number:
        return tr("Number");
    case Customer:
        return tr("Customer");
    case IssueDate:
        return tr("Issued");
    case DueDate:
        return tr("Due");
    case Amount:
        return tr("Amount");
    case OpenAmount:
        return tr("Open Amount");
    case DaysOverdue:
        return tr("Days Overdue");
    case Status:
        return tr("Status");
    default:
        return QVariant();
    }
}

void InvoiceListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    InvoiceListQuery query = m_query;
    query.sortKey = static_cast<InvoiceListQuery::SortKey>(column);
    query.descending = order == Qt::DescendingOrder;
    setQuery(query);
}

} // namespace ardesk
