#include "models/InvoiceListModel.h"

#include "domain/Clock.h"
#include "models/ColumnHeaders.h"
#include "text/AgencyText.h"
#include "text/ForesightText.h"
#include "text/NumberFormat.h"
#include "text/ReminderText.h"

namespace ardesk {

InvoiceListModel::InvoiceListModel(QObject* parent)
    : PagedQueryModel(parent,
                      InvoiceListQuery{.nameOrder = NameOrder::Folded, .asOf = Clock::today()})
{}

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
    case InvoiceStatus::Void:
        return tr("Void", "invoice status");
    }
    return QString();
}

int InvoiceListModel::sortColumn() const
{
    return static_cast<int>(query().sortKey);
}

Qt::SortOrder InvoiceListModel::sortOrder() const
{
    return query().descending ? Qt::DescendingOrder : Qt::AscendingOrder;
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
        const qint64 days = InvoiceListService::daysOverdue(row, query().asOf);
        return days == 0 ? QString() : locale().toString(days);
    }
    case Status: {
        const QString status =
            statusText(InvoiceListService::status(row, query().asOf), row.disputed);
        return row.agency.isEmpty() || row.openMinor() == 0
                   ? status
                   : tr("%1 · %2", "invoice status, then the collection agency")
                         .arg(status, AgencyText::item(row.agency));
    }
    case LastReminder:
        return row.lastReminder ? ReminderText::last(*row.lastReminder, locale()) : QString();
    case ExpectedPayment:
        if (const Prediction* prediction = m_foresight->prediction(row.id.value))
            return locale().toString(prediction->payDate, QLocale::ShortFormat);
        return QVariant();
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
        return InvoiceListService::daysOverdue(row, query().asOf);
    case Status:
        return static_cast<int>(InvoiceListService::status(row, query().asOf));
    case LastReminder:
        return row.lastReminder ? row.lastReminder->level : DunningLevel::noLevel;
    case ExpectedPayment:
        if (const Prediction* prediction = m_foresight->prediction(row.id.value))
            return prediction->payDate;
        return QVariant();
    default:
        return displayData(row, column);
    }
}

QVariant InvoiceListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const InvoiceListRow* loaded = loadedRow(index.row());
    if (!loaded)
        return pendingData(index, role);
    const InvoiceListRow& row = *loaded;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case SortRole:
        return sortData(row, index.column());
    case InvoiceIdRole:
        return row.id.value;
    case Qt::TextAlignmentRole:
        return columnAlignment(isNumeric(index.column()));
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    default:
        return QVariant();
    }
}

QVariant InvoiceListModel::toolTip(const InvoiceListRow& row, int column) const
{
    if (column == Customer)
        return row.customerCode;
    if (column == Status && !row.agency.isEmpty() && row.openMinor() != 0)
        return tr("The customer is with the collection agency %1: no reminders go out")
            .arg(row.agency);
    if (column == Status && row.disputed)
        return tr("The customer disputes this invoice: reminders skip it until the "
                  "dispute is resolved");
    if (column == LastReminder && row.lastReminder)
        return ReminderText::sent(row.lastReminder->level, row.lastReminder->levelName,
                                  row.lastReminder->channel, locale());
    if (column == ExpectedPayment) {
        if (const Prediction* prediction = m_foresight->prediction(row.id.value))
            return ForesightText::prediction(*prediction, locale());
    }
    return QVariant();
}

void InvoiceListModel::setForesight(std::shared_ptr<const ForesightIndex> foresight)
{
    m_foresight = foresight ? std::move(foresight) : std::make_shared<ForesightIndex>();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, ExpectedPayment), index(rowCount() - 1, ExpectedPayment));
}

QVariant InvoiceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnHeaderData(*this, section, orientation, role, isNumeric(section),
                            &InvoiceListModel::columnTitle);
}

QString InvoiceListModel::columnTitle(int column)
{
    switch (column) {
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
    case LastReminder:
        return tr("Last Reminder");
    case ExpectedPayment:
        return tr("Expected Payment");
    }
    return QString();
}

void InvoiceListModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    InvoiceListQuery changed = query();
    changed.sortKey = static_cast<InvoiceListQuery::SortKey>(column);
    changed.descending = order == Qt::DescendingOrder;
    setQuery(changed);
}

} // namespace ardesk
