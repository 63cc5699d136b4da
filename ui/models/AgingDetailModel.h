#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>

#include "aging/AgingReport.h"

namespace ardesk {

// Open items of an aging report (one bucket of the dashboard's bars) as a table. Sort through
// a QSortFilterProxyModel on SortRole: raw dates, days and minor units.
class AgingDetailModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Customer,
        Document,
        IssueDate,
        DueDate,
        DaysOverdue,
        OpenAmount,
        Discount, // the early-payment discount still offered as of the report's date
        Note,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
    };

    explicit AgingDetailModel(QObject* parent = nullptr);

    void setRows(const QList<AgingDetailRow>& rows);
    // The collection agency of each customer handed over, by customer code: their items'
    // note says so.
    void setAgencies(const QHash<QString, QString>& agencyByCustomer);
    const QList<AgingDetailRow>& rows() const { return m_rows; }
    // Amounts, dates and numbers are formatted in this locale (default: QLocale()).
    void setLocale(const QLocale& locale);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const AgingDetailRow& row, int column) const;
    QVariant sortValue(const AgingDetailRow& row, int column) const;

    QList<AgingDetailRow> m_rows;
    QHash<QString, QString> m_agencies;
    QLocale m_locale;
};

} // namespace ardesk
