#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QList>

#include "cashapp/BankMatch.h"

namespace ardesk {

// The Bank page's queue: the open bank lines, each with the matcher's proposal (who paid, for
// which documents, how sure, and why in words). Holds one match run's answer.
class BankQueueModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        BookingDate,
        Amount,
        Payer,
        Reference,
        Customer,
        Documents,
        Score,
        Reason,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: QDate, minor units, text, score
        ScoreRole,                   // the score, 0 to 100, on every column
    };

    explicit BankQueueModel(QObject* parent = nullptr);

    void setMatches(const QList<BankMatch>& matches);
    const QList<BankMatch>& matches() const { return m_matches; }
    std::optional<BankMatch> matchAt(int row) const;
    // The row of the line with this id, or -1.
    int rowOf(BankLineId line) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const BankMatch& match, int column) const;
    QVariant sortData(const BankMatch& match, int column) const;
    static bool isNumeric(int column);
    static QString columnTitle(int column);

    QList<BankMatch> m_matches;
};

} // namespace ardesk
