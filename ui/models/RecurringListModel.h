#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include "recurring/RecurringService.h"

namespace ardesk {

// The recurring schedules of a ledger, as a table. Schedules are few, so the list is held whole
// and filtered here; a QSortFilterProxyModel on SortRole sorts it.
class RecurringListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Number,
        Customer,
        Description,
        Amount,
        Frequency,
        Start,
        Ends,
        Created,
        Next,
        Status,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: id, text, QDate, minor units, count, status
        ScheduleIdRole,              // the ledger's RecurringScheduleId value
    };

    explicit RecurringListModel(QObject* parent = nullptr);

    void setSchedules(const QList<RecurringScheduleView>& schedules);
    // Shows only schedules with this status (all when empty) whose customer's name or code, or
    // description, contains `search`, case-insensitively.
    void setFilter(std::optional<RecurringScheduleView::Status> status, const QString& search);

    int scheduleCount() const { return static_cast<int>(m_schedules.size()); }
    std::optional<RecurringScheduleView> scheduleAt(int row) const;
    // The row showing this schedule, or -1.
    int rowOf(RecurringScheduleId id) const;

    static QString statusText(RecurringScheduleView::Status status);
    // "Monthly on day 15", "Quarterly on the last day", "Weekly".
    static QString ruleText(const RecurringSchedule& schedule);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void applyFilter();
    QVariant displayData(const RecurringScheduleView& view, int column) const;
    QVariant sortData(const RecurringScheduleView& view, int column) const;
    static QString endsText(const RecurringSchedule& schedule);
    static bool isNumeric(int column);
    static QString columnTitle(int column);

    QList<RecurringScheduleView> m_schedules;
    QList<qsizetype> m_rows; // indexes into m_schedules that pass the filter
    std::optional<RecurringScheduleView::Status> m_status;
    QString m_search;
};

} // namespace ardesk
