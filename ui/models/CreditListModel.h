#pragma once

#include "ledger/CreditListService.h"
#include "models/PagedQueryModel.h"

namespace ardesk {

// The payments or the credit notes of a ledger (the query's kind) as a table, read lazily a
// page at a time; counting, filtering and sorting are the database's.
class CreditListModel : public PagedQueryModel<CreditListService, CreditListQuery, CreditListRow> {
    Q_OBJECT

public:
    // The sortable columns come first, in the order of CreditListQuery::SortKey.
    enum Column { Date, Number, Customer, Amount, Unapplied, Method, Note, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: QDate, text, minor units
        CreditIdRole,                // the ledger's CreditId value
    };

    explicit CreditListModel(QObject* parent = nullptr);

    static bool isSortable(int column) { return column >= 0 && column < Method; }
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Columns that do not sort (method, reference, reason) leave the order as it is.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QVariant displayData(const CreditListRow& row, int column) const;
    QVariant sortData(const CreditListRow& row, int column) const;
    static bool isNumeric(int column);
    QString columnTitle(int column) const;
};

} // namespace ardesk
