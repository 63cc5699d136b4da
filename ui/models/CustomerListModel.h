#pragma once

#include <memory>

#include "domain/Customer.h"
#include "jobs/ForesightLoader.h"
#include "ledger/CustomerService.h"
#include "models/PagedQueryModel.h"

namespace ardesk {

// The customers of a ledger as a table with where each account stands as of today (balance,
// overdue amount, oldest due date), counted first and read a page at a time around what the
// view shows (PagedListModel), so that 100,000 customers cost no more to show than 200.
// Filtering and sorting are done by the database in the background: setQuery() and sort()
// start over from the first page.
class CustomerListModel : public PagedQueryModel<CustomerService, CustomerQuery, CustomerListRow> {
    Q_OBJECT

public:
    enum Column {
        Code,
        Name,
        Risk,
        Balance,
        Overdue,
        OldestDue,
        CreditLimit,
        OnHold,
        Currency,
        Email,
        Phone,
        Terms,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: text, days, minor units, QDate, bool, score
        CustomerIdRole,              // the ledger's CustomerId value
    };

    explicit CustomerListModel(QObject* parent = nullptr);

    // Columns sort() understands; clicks on the others leave the order as it is.
    static bool isSortable(int column);
    int sortColumn() const;
    // The grades to show, and the scores the Risk order sorts by from the next read on; a
    // customer without one (nothing open, not loaded yet) shows none.
    void setForesight(std::shared_ptr<const ForesightIndex> foresight);
    Qt::SortOrder sortOrder() const;

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    static bool isNumeric(int column);
    static QString columnTitle(int column);
    static std::optional<CustomerQuery::SortKey> sortKey(int column);
    QVariant displayData(const CustomerListRow& row, int column) const;
    QVariant sortData(const CustomerListRow& row, int column) const;
    QVariant toolTip(const CustomerListRow& row, int column) const;

    std::shared_ptr<const ForesightIndex> m_foresight = std::make_shared<ForesightIndex>();
};

} // namespace ardesk
