#pragma once

#include <optional>
#include <variant>

#include <QAbstractTableModel>
#include <QList>

#include "domain/SentReminder.h"
#include "ledger/ActivityService.h"

namespace ardesk {

// A customer's activity log, newest first: calls, e-mails, notes, promises to pay with their
// status, disputes open or resolved, and the reminders sent. Holds one bounded read
// (ActivityService::list) and the reminders (ActivityService::remindersSent).
class ActivityListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Date, Kind, Invoice, Details, Status, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: QDate, text
        ActivityIdRole,              // the ledger's ActivityId value; none for a reminder
    };

    explicit ActivityListModel(QObject* parent = nullptr);

    // Both newest first.
    void setEntries(const QList<ActivityService::Entry>& entries,
                    const QList<SentNotice>& reminders = {});
    // None for a reminder sent: it is the reminder log's, not an activity to change.
    std::optional<Activity> activityAt(int row) const;

    static QString kindText(ActivityKind kind);
    static QString promiseStatusText(PromiseStatus status);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    using Line = std::variant<ActivityService::Entry, SentNotice>;

    static QDate dateOf(const Line& line);
    QVariant displayData(const ActivityService::Entry& entry, int column) const;
    QVariant displayData(const SentNotice& reminder, int column) const;

    QList<Line> m_lines;
};

} // namespace ardesk
