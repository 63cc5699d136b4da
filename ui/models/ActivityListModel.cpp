#include "models/ActivityListModel.h"

#include <algorithm>

#include <QLocale>

#include "text/NumberFormat.h"
#include "text/ReminderText.h"

namespace ardesk {

ActivityListModel::ActivityListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

QDate ActivityListModel::dateOf(const Line& line)
{
    if (const auto* entry = std::get_if<ActivityService::Entry>(&line))
        return entry->activity.date;
    return std::get<SentNotice>(line).date;
}

void ActivityListModel::setEntries(const QList<ActivityService::Entry>& entries,
                                   const QList<SentNotice>& reminders)
{
    beginResetModel();
    m_lines.clear();
    m_lines.reserve(entries.size() + reminders.size());
    for (const ActivityService::Entry& entry : entries)
        m_lines.append(entry);
    for (const SentNotice& reminder : reminders)
        m_lines.append(reminder);
    // Stable, so that each list keeps its own order within a day, activities first.
    std::ranges::stable_sort(m_lines,
                             [](const Line& a, const Line& b) { return dateOf(a) > dateOf(b); });
    endResetModel();
}

std::optional<Activity> ActivityListModel::activityAt(int row) const
{
    if (row < 0 || row >= m_lines.size())
        return std::nullopt;
    if (const auto* entry = std::get_if<ActivityService::Entry>(&m_lines.at(row)))
        return entry->activity;
    return std::nullopt;
}

QString ActivityListModel::kindText(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::Call:
        return tr("Call");
    case ActivityKind::Email:
        return tr("E-mail");
    case ActivityKind::Note:
        return tr("Note");
    case ActivityKind::Promise:
        return tr("Promise to pay");
    case ActivityKind::Dispute:
        return tr("Dispute");
    }
    return QString();
}

QVariant ActivityListModel::displayData(const SentNotice& reminder, int column) const
{
    const QLocale locale;
    switch (column) {
    case Date:
        return locale.toString(reminder.date, QLocale::ShortFormat);
    case Kind:
        return tr("Reminder", "a reminder sent, in the activity log");
    case Invoice:
        return reminder.documents.join(u", ");
    case Details:
        return ReminderText::sent(reminder.level, reminder.levelName, reminder.channel, locale);
    default:
        return QString();
    }
}

QString ActivityListModel::promiseStatusText(PromiseStatus status)
{
    switch (status) {
    case PromiseStatus::Pending:
        return tr("Pending");
    case PromiseStatus::Kept:
        return tr("Kept");
    case PromiseStatus::Broken:
        return tr("Broken");
    }
    return QString();
}

int ActivityListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int ActivityListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityListModel::displayData(const ActivityService::Entry& entry, int column) const
{
    const QLocale locale;
    const Activity& activity = entry.activity;
    switch (column) {
    case Date:
        return locale.toString(activity.date, QLocale::ShortFormat);
    case Kind:
        return kindText(activity.kind);
    case Invoice:
        return activity.invoiceNumber;
    case Details: {
        // One line: the text's line breaks would hide the rest of the row.
        const QString text = activity.text.simplified();
        if (!activity.promisedAmount)
            return text;
        const QString promise =
            tr("%1 by %2")
                .arg(NumberFormat::money(activity.promisedAmount->minor(),
                                         activity.promisedAmount->currency(), locale),
                     locale.toString(activity.promisedDate, QLocale::ShortFormat));
        return text.isEmpty() ? promise : tr("%1 — %2").arg(promise, text);
    }
    case Status:
        if (entry.promiseStatus)
            return promiseStatusText(*entry.promiseStatus);
        if (activity.kind == ActivityKind::Dispute)
            return activity.isOpenDispute()
                       ? tr("Open")
                       : tr("Resolved %1")
                             .arg(locale.toString(activity.resolvedDate, QLocale::ShortFormat));
        return QString();
    default:
        return QVariant();
    }
}

QVariant ActivityListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    if (const auto* reminder = std::get_if<SentNotice>(&m_lines.at(index.row()))) {
        switch (role) {
        case Qt::DisplayRole:
            return displayData(*reminder, index.column());
        case Qt::ToolTipRole:
            return index.column() == Invoice ? QVariant(reminder->documents.join(u", "))
                                             : QVariant();
        case SortRole:
            return index.column() == Date ? QVariant(reminder->date)
                                          : displayData(*reminder, index.column());
        default:
            return QVariant();
        }
    }
    const auto& entry = std::get<ActivityService::Entry>(m_lines.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return displayData(entry, index.column());
    case Qt::ToolTipRole:
        return index.column() == Details && !entry.activity.text.isEmpty()
                   ? QVariant(entry.activity.text)
                   : QVariant();
    case SortRole:
        return index.column() == Date ? QVariant(entry.activity.date)
                                      : displayData(entry, index.column());
    case ActivityIdRole:
        return entry.activity.id.value;
    default:
        return QVariant();
    }
}

QVariant ActivityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Kind:
        return tr("Kind");
    case Invoice:
        return tr("Invoice");
    case Details:
        return tr("Details");
    case Status:
        return tr("Status");
    default:
        return QVariant();
    }
}

} // namespace ardesk
