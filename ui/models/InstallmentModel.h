#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QList>

#include "domain/CurrencyCode.h"
#include "plans/PlanReport.h"

namespace ardesk {

// The installments of a stored plan as of a date (PlanService::show): what each owes, what
// was paid on it, what is open and where it stands.
class InstallmentModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Number, DueDate, Amount, Paid, Open, Status, ColumnCount };

    explicit InstallmentModel(QObject* parent = nullptr);

    void setInstallments(const QList<InstallmentRow>& installments, CurrencyCode currency);

    static QString statusText(InstallmentStatus status);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static bool isNumeric(int column);
    static QString columnTitle(int column);

    QList<InstallmentRow> m_installments;
    std::optional<CurrencyCode> m_currency; // set with the rows
};

} // namespace ardesk
