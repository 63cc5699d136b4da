#pragma once

#include <optional>

#include <QList>

#include "domain/Error.h"
#include "models/PagedListModel.h"
#include "services/InvoiceListService.h"

namespace ardesk {

// The invoices of a ledger as a table, read lazily a page at a time (canFetchMore/fetchMore)
// so that a million invoices cost no more to show than a hundred. Counting, filtering and
// sorting are done by the database: setQuery() and sort() count once and start over from the
// first page; scrolling only reads further pages.
class InvoiceListModel : public PagedListModel {
    Q_OBJECT

public:
    // In the order of InvoiceListQuery::SortKey: every column sorts.
    enum Column {
        Number,
        Customer,
        IssueDate,
        DueDate,
        Amount,
        OpenAmount,
        DaysOverdue,
        Status,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: text, QDate, minor units, days, status
        InvoiceIdRole,               // the ledger's InvoiceId value
    };

    explicit InvoiceListModel(QObject* parent = nullptr);

    // The service to read from; nullptr shows nothing. Not owned; must outlive its use here.
    void setService(InvoiceListService* service);
    void setQuery(const InvoiceListQuery& query);
    const InvoiceListQuery& query() const { return m_query; }

    std::optional<InvoiceListRow> invoiceAt(int row) const;

    // With `disputed`, the status carries the dispute marker ("Overdue · disputed").
    static QString statusText(InvoiceStatus status, bool disputed = false);
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool hasSource() const override { return m_service != nullptr; }
    Result<qint64> countRows() override;
    Result<qsizetype> readPage(qint64 offset, int limit) override;
    void appendReadPage() override;
    void clearRows() override { m_rows.clear(); }
    qsizetype loadedRows() const override { return m_rows.size(); }

private:
    QVariant displayData(const InvoiceListRow& row, int column) const;
    QVariant sortData(const InvoiceListRow& row, int column) const;
    static bool isNumeric(int column);

    InvoiceListService* m_service = nullptr;
    InvoiceListQuery m_query;
    QList<InvoiceListRow> m_rows;
    QList<InvoiceListRow> m_readPage;
};

} // namespace ardesk
