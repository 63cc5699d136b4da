#include "models/ActivityListModel.h"

#include <QLocale>

#include "text/NumberFormat.h"

namespace ardesk {

ActivityListModel::ActivityListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ActivityListModel::setEntries(const QList<ActivityService::Entry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

std::optional<Activity> ActivityListModel::activityAt(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return std::nullopt;
    return m_entries.at(row).activity;
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
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
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
    const ActivityService::Entry& entry = m_entries.at(index.row());
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
