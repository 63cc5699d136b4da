#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include "domain/ReminderNotice.h"

namespace ardesk {

// The notices of a dunning run (DunningService::select), one row per customer: who, at which
// level, by which channel, for which documents and how much. A run holds at most one row per
// customer, so the list is held whole; a QSortFilterProxyModel on SortRole sorts it.
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
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: text, level number, count, minor units
    };

    explicit ReminderRunModel(QObject* parent = nullptr);

    void setNotices(const QList<ReminderNotice>& notices);
    const QList<ReminderNotice>& notices() const { return m_notices; }
    std::optional<ReminderNotice> noticeAt(int row) const;

    static QString channelText(ReminderChannel channel);
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
    static bool isNumeric(int column);
    static QString columnTitle(int column);

    QList<ReminderNotice> m_notices;
};

} // namespace ardesk
