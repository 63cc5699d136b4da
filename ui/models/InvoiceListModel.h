#pragma once

#include <memory>

#include "jobs/ForesightLoader.h"
#include "ledger/InvoiceListService.h"
#include "models/PagedQueryModel.h"

namespace ardesk {

// The invoices of a ledger as a table (PagedListModel): counted first, then read a page at a
// time around what the view shows, so that a million invoices cost no more to show than a
// hundred. Counting, filtering and sorting are done by the database in the background:
// setQuery() and sort() count again and start over from the first page. An open invoice's
// predicted pay date comes from a ForesightIndex loaded apart, and fills in when it arrives.
class InvoiceListModel
    : public PagedQueryModel<InvoiceListService, InvoiceListQuery, InvoiceListRow> {
    Q_OBJECT

public:
    // In the order of InvoiceListQuery::SortKey up to LastReminder, the columns the database
    // sorts by.
    enum Column {
        Number,
        Customer,
        IssueDate,
        DueDate,
        Amount,
        OpenAmount,
        DaysOverdue,
        Status,
        LastReminder,
        ExpectedPayment,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: text, QDate, minor units, days, status, level
        InvoiceIdRole,               // the ledger's InvoiceId value
    };

    explicit InvoiceListModel(QObject* parent = nullptr);

    // With `disputed`, the status carries the dispute marker ("Overdue · disputed").
    static QString statusText(InvoiceStatus status, bool disputed = false);
    static bool isSortable(int column) { return column >= 0 && column < ExpectedPayment; }
    // The predictions to show; the column is empty until one arrives.
    void setForesight(std::shared_ptr<const ForesightIndex> foresight);
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QVariant displayData(const InvoiceListRow& row, int column) const;
    QVariant sortData(const InvoiceListRow& row, int column) const;
    QVariant toolTip(const InvoiceListRow& row, int column) const;
    static bool isNumeric(int column);
    static QString columnTitle(int column);

    std::shared_ptr<const ForesightIndex> m_foresight = std::make_shared<ForesightIndex>();
};

} // namespace ardesk
