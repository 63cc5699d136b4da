#pragma once

#include <optional>

#include <QList>

#include "domain/Customer.h"
#include "domain/Error.h"
#include "models/PagedListModel.h"
#include "services/CustomerService.h"

namespace ardesk {

// The customers of a ledger as a table, read lazily a page at a time (canFetchMore/fetchMore)
// so that 100,000 customers cost no more to show than 200. Filtering and sorting are done by
// the database: setQuery() and sort() start over from the first page.
class CustomerListModel : public PagedListModel {
    Q_OBJECT

public:
    enum Column { Code, Name, Email, Phone, Terms, CreditLimit, Currency, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: text, days, minor units
        CustomerIdRole,              // the ledger's CustomerId value
    };

    explicit CustomerListModel(QObject* parent = nullptr);

    // The service to read from; nullptr shows nothing. Not owned; must outlive its use here.
    void setService(CustomerService* service);
    void setQuery(const CustomerQuery& query);
    const CustomerQuery& query() const { return m_query; }

    std::optional<Customer> customerAt(int row) const;

    // Columns sort() understands; clicks on the others leave the order as it is.
    static bool isSortable(int column);
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
    void clearRows() override { m_customers.clear(); }
    qsizetype loadedRows() const override { return m_customers.size(); }

private:
    QVariant displayData(const Customer& customer, int column) const;
    QVariant sortData(const Customer& customer, int column) const;

    CustomerService* m_service = nullptr;
    CustomerQuery m_query;
    QList<Customer> m_customers;
    QList<Customer> m_readPage;
};

} // namespace ardesk
