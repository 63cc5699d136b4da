#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QList>

#include "ledger/ActivityService.h"

namespace ardesk {

// A customer's activity log, newest first: calls, e-mails, notes, promises to pay with their
// status, disputes open or resolved. Holds one bounded read (ActivityService::list).
class ActivityListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Date, Kind, Invoice, Details, Status, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: QDate, text
        ActivityIdRole,              // the ledger's ActivityId value
    };

    explicit ActivityListModel(QObject* parent = nullptr);

    void setEntries(const QList<ActivityService::Entry>& entries);
    std::optional<Activity> activityAt(int row) const;

    static QString kindText(ActivityKind kind);
    static QString promiseStatusText(PromiseStatus status);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const ActivityService::Entry& entry, int column) const;

    QList<ActivityService::Entry> m_entries;
};

} // namespace ardesk
