#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include "plans/PlanReport.h"

namespace ardesk {

// The installment plans of a ledger as of a date, as a table. Plans are few (thousands at
// most), so the list is held whole and filtered here; a QSortFilterProxyModel on SortRole
// sorts it.
class PlanListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Number, Customer, Date, Total, Paid, Open, NextDue, Status, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: id, text, QDate, minor units, status
        PlanIdRole,                  // the ledger's PlanId value
    };

    explicit PlanListModel(QObject* parent = nullptr);

    void setPlans(const QList<PlanView>& plans);
    // Shows only plans with this status (all when empty) whose customer's name or code
    // contains `search`, case-insensitively.
    void setFilter(std::optional<PlanStatus> status, const QString& search);

    int planCount() const { return static_cast<int>(m_plans.size()); }
    std::optional<PlanView> planAt(int row) const;

    static QString statusText(PlanStatus status);
    // The due date of the first installment with something open; invalid when none has.
    static QDate nextDue(const PlanView& plan);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void applyFilter();
    QVariant displayData(const PlanView& plan, int column) const;
    QVariant sortData(const PlanView& plan, int column) const;
    static bool isNumeric(int column);
    static QString columnTitle(int column);

    QList<PlanView> m_plans;
    QList<qsizetype> m_rows; // indexes into m_plans that pass the filter
    std::optional<PlanStatus> m_status;
    QString m_search;
};

} // namespace ardesk
