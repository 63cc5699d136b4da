#include "models/RecurringListModel.h"

#include <QLocale>

#include "domain/FoldedText.h"
#include "models/ColumnHeaders.h"
#include "text/NumberFormat.h"

namespace ardesk {

RecurringListModel::RecurringListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RecurringListModel::setSchedules(const QList<RecurringScheduleView>& schedules)
{
    beginResetModel();
    m_schedules = schedules;
    applyFilter();
    endResetModel();
}

void RecurringListModel::setFilter(std::optional<RecurringScheduleView::Status> status,
                                   const QString& search)
{
    beginResetModel();
    m_status = status;
    m_search = search;
    applyFilter();
    endResetModel();
}

void RecurringListModel::applyFilter()
{
    m_rows.clear();
    for (qsizetype i = 0; i < m_schedules.size(); ++i) {
        const RecurringScheduleView& view = m_schedules.at(i);
        if (m_status && view.status != *m_status)
            continue;
        const RecurringSchedule& schedule = view.schedule;
        // Case and accents aside: "muller" finds "Müller".
        if (!FoldedText::contains(schedule.customerName, m_search) &&
            !FoldedText::contains(schedule.customerCode, m_search) &&
            !FoldedText::contains(schedule.description, m_search))
            continue;
        m_rows.append(i);
    }
}

std::optional<RecurringScheduleView> RecurringListModel::scheduleAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_schedules.at(m_rows.at(row));
}

int RecurringListModel::rowOf(RecurringScheduleId id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_schedules.at(m_rows.at(row)).schedule.id == id)
            return static_cast<int>(row);
    }
    return -1;
}

QString RecurringListModel::statusText(RecurringScheduleView::Status status)
{
    switch (status) {
    case RecurringScheduleView::Status::Active:
        return tr("Active");
    case RecurringScheduleView::Status::Paused:
        return tr("Paused");
    case RecurringScheduleView::Status::Ended:
        return tr("Ended");
    case RecurringScheduleView::Status::Finished:
        return tr("Finished");
    }
    return QString();
}

QString RecurringListModel::ruleText(const RecurringSchedule& schedule)
{
    const QLocale locale;
    QString frequency;
    switch (schedule.frequency) {
    case RecurringFrequency::Weekly:
        return tr("Weekly");
    case RecurringFrequency::Monthly:
        frequency = tr("Monthly");
        break;
    case RecurringFrequency::Quarterly:
        frequency = tr("Quarterly");
        break;
    case RecurringFrequency::Yearly:
        frequency = tr("Yearly");
        break;
    }
    if (schedule.lastDay)
        //: %1 is Monthly, Quarterly or Yearly.
        return tr("%1 on the last day").arg(frequency);
    //: %1 is Monthly, Quarterly or Yearly; %2 the day of the month.
    return tr("%1 on day %2").arg(frequency, locale.toString(schedule.day));
}

QString RecurringListModel::endsText(const RecurringSchedule& schedule)
{
    const QLocale locale;
    if (schedule.count)
        return tr("After %n invoice(s)", nullptr, *schedule.count);
    if (schedule.end)
        return locale.toString(*schedule.end, QLocale::ShortFormat);
    return tr("Never");
}

int RecurringListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RecurringListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool RecurringListModel::isNumeric(int column)
{
    return column == Number || column == Amount || column == Created;
}

QVariant RecurringListModel::displayData(const RecurringScheduleView& view, int column) const
{
    const QLocale locale;
    const RecurringSchedule& schedule = view.schedule;
    switch (column) {
    case Number:
        return locale.toString(schedule.id.value);
    case Customer:
        return schedule.customerName;
    case Description:
        return schedule.description;
    case Amount:
        return NumberFormat::money(schedule.amount.minor(), schedule.amount.currency(), locale);
    case Frequency:
        return ruleText(schedule);
    case Start:
        return locale.toString(schedule.start, QLocale::ShortFormat);
    case Ends:
        return endsText(schedule);
    case Created:
        return locale.toString(view.invoicesCreated);
    case Next:
        return locale.toString(view.next, QLocale::ShortFormat);
    case Status:
        return statusText(view.status);
    default:
        return QVariant();
    }
}

QVariant RecurringListModel::sortData(const RecurringScheduleView& view, int column) const
{
    const RecurringSchedule& schedule = view.schedule;
    switch (column) {
    case Number:
        return schedule.id.value;
    case Amount:
        return schedule.amount.minor();
    case Frequency:
        return static_cast<int>(schedule.frequency);
    case Start:
        return schedule.start;
    case Ends:
        return schedule.end.value_or(QDate());
    case Created:
        return view.invoicesCreated;
    case Next:
        return view.next;
    case Status:
        return static_cast<int>(view.status);
    default:
        return displayData(view, column);
    }
}

QVariant RecurringListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const RecurringScheduleView& view = m_schedules.at(m_rows.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return displayData(view, index.column());
    case SortRole:
        return sortData(view, index.column());
    case ScheduleIdRole:
        return view.schedule.id.value;
    case Qt::TextAlignmentRole:
        return columnAlignment(isNumeric(index.column()));
    case Qt::ToolTipRole:
        if (index.column() == Customer)
            return view.schedule.customerCode;
        if (index.column() == Next && view.status == RecurringScheduleView::Status::Paused)
            return tr("Paused from %1")
                .arg(QLocale().toString(view.schedule.pausedFrom, QLocale::ShortFormat));
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant RecurringListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnHeaderData(*this, section, orientation, role, isNumeric(section),
                            &RecurringListModel::columnTitle);
}

QString RecurringListModel::columnTitle(int column)
{
    switch (column) {
    case Number:
        return tr("No.");
    case Customer:
        return tr("Customer");
    case Description:
        return tr("Description");
    case Amount:
        return tr("Amount");
    case Frequency:
        return tr("Repeats");
    case Start:
        return tr("Start");
    case Ends:
        return tr("Ends");
    case Created:
        return tr("Created");
    case Next:
        return tr("Next");
    case Status:
        return tr("Status");
    }
    return QString();
}

} // namespace ardesk
