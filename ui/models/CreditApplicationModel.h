#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

#include "domain/CurrencyCode.h"
#include "ledger/CreditCorrectionService.h"

namespace ardesk {

// What a payment or credit note pays now, invoice by invoice: the rows it can be un-applied
// from (CreditApplicationsDialog).
class CreditApplicationModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Number, Applied, ColumnCount };

    explicit CreditApplicationModel(QObject* parent = nullptr);

    void setApplications(const QList<CreditApplication>& applications,
                         std::optional<CurrencyCode> currency);
    const QList<CreditApplication>& applications() const { return m_applications; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<CreditApplication> m_applications;
    std::optional<CurrencyCode> m_currency; // none without rows
    QLocale m_locale;
};

} // namespace ardesk
