#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

#include "aging/AgingReport.h"

namespace ardesk {

// An aging summary as a table: one row per customer, then one TOTAL row per currency. The
// bucket columns follow the report's bucket edges, so the column count changes with them. Sort
// through a QSortFilterProxyModel on SortRole: raw text and minor units.
class AgingSummaryModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // Fixed leading columns; then AgingBuckets::count() bucket columns, unapplied and total.
    enum Column { Customer, CustomerId, Currency, FirstBucket };
    enum Role {
        SortRole = Qt::UserRole + 1,
        IsTotalRole, // bool: a per-currency TOTAL row
    };

    explicit AgingSummaryModel(QObject* parent = nullptr);

    void setSummary(const AgingSummary& summary);
    const AgingSummary& summary() const { return m_summary; }
    // Amounts and numbers are formatted in this locale (default: QLocale()).
    void setLocale(const QLocale& locale);

    int unappliedColumn() const { return FirstBucket + m_summary.buckets.count(); }
    int totalColumn() const { return unappliedColumn() + 1; }
    bool isTotalRow(int row) const { return row >= m_summary.customers.size(); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const AgingSummaryRow& rowAt(int row) const;
    // Minor units shown in `column`, which must be an amount column.
    qint64 amount(const AgingSummaryRow& row, int column) const;
    QVariant display(int row, int column) const;
    QVariant sortValue(int row, int column) const;

    AgingSummary m_summary{.buckets = AgingBuckets::standard(), .customers = {}, .totals = {}};
    QLocale m_locale;
};

} // namespace ardesk
