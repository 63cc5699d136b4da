#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

#include "domain/ReminderNotice.h"
#include "foresight/ForesightReport.h"

namespace ardesk {

// The notices of a dunning run (DunningService::select), one row per customer: who, at which
// level, by which channel, for which documents and how much. A run holds at most one row per
// customer, so the list is held whole; a QSortFilterProxyModel on SortRole sorts it. Each
// customer's risk grade and the open amount at risk (open × chance of paying late) rank whom
// to call first.
class ReminderRunModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Customer,
        Level,
        Channel,
        Documents,
        Overdue,
        Interest,
        Fee,
        TotalDue,
        Risk,
        AtRisk,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: text, level number, count, minor units, score
    };

    explicit ReminderRunModel(QObject* parent = nullptr);

    // `risks`: the customers' risk as of the run's date; a customer without one shows none.
    void setNotices(const QList<ReminderNotice>& notices, const QList<CustomerRisk>& risks = {});
    const QList<ReminderNotice>& notices() const { return m_notices; }
    std::optional<ReminderNotice> noticeAt(int row) const;

    // The notice's items as an HTML table (document, due date, days overdue, open, interest):
    // the rows' tool tip and the page's detail pane.
    static QString itemsHtml(const ReminderNotice& notice);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const ReminderNotice& notice, int column) const;
    QVariant sortData(const ReminderNotice& notice, int column) const;
    QVariant toolTip(const ReminderNotice& notice, int column) const;
    // The customer's risk when it is in the notice's currency.
    const CustomerRisk* riskOf(const ReminderNotice& notice) const;
    static bool isNumeric(int column);
    static QString columnTitle(int column);

    QList<ReminderNotice> m_notices;
    QHash<qint64, CustomerRisk> m_risks; // by customer id
};

} // namespace ardesk
