#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QList>

#include "domain/CurrencyCode.h"
#include "domain/PlanTerms.h"

namespace ardesk {

// A plan's schedule as the core computed it (PlanService::preview), before it is stored: one
// row per installment, the down payment first. The interest and principal columns mean
// something only for amortized plans; hasInterest() tells the view whether to show them.
class PlanScheduleModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Number, DueDate, Amount, Interest, Principal, ColumnCount };

    explicit PlanScheduleModel(QObject* parent = nullptr);

    void setSchedule(const QList<ScheduledInstallment>& schedule, CurrencyCode currency);
    void clear();
    const QList<ScheduledInstallment>& schedule() const { return m_schedule; }
    bool hasInterest() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Down payment" for installment 0, else its number in the locale.
    static QString numberText(int number);

private:
    static bool isNumeric(int column);
    static QString columnTitle(int column);
    QList<ScheduledInstallment> m_schedule;
    std::optional<CurrencyCode> m_currency; // set with the rows
};

} // namespace ardesk
