#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

#include "domain/Customer.h"
#include "domain/Error.h"
#include "services/CustomerService.h"

namespace ardesk {

// The customers of a ledger as a table, read lazily a page at a time (canFetchMore/fetchMore)
// so that 100,000 customers cost no more to show than 200. Filtering and sorting are done by
// the database: setQuery() and sort() start over from the first page.
class CustomerListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Code, Name, Email, Phone, Terms, CreditLimit, Currency, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: text, days, minor units
        CustomerIdRole,              // the ledger's CustomerId value
    };
    static constexpr int pageSize = 200;

    explicit CustomerListModel(QObject* parent = nullptr);

    // The service to read from; nullptr shows nothing. Not owned; must outlive its use here.
    void setService(CustomerService* service);
    void setQuery(const CustomerQuery& query);
    const CustomerQuery& query() const { return m_query; }
    // Reads the current query again from the first page.
    void refresh();

    // Amounts and numbers are formatted in this locale (default: QLocale()).
    void setLocale(const QLocale& locale);

    // Customers matching the query in the ledger, loaded or not.
    qint64 matchingCount() const { return m_matching; }
    std::optional<Customer> customerAt(int row) const;

    // Columns sort() understands; clicks on the others leave the order as it is.
    static bool isSortable(int column);
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // Reading from the ledger failed; the list shows what it had so far.
    void readFailed(const ardesk::Error& error);
    void matchingCountChanged(qint64 count);

private:
    void reload();
    std::optional<Error> readFirstPage();
    bool appendPage();
    QVariant displayData(const Customer& customer, int column) const;
    QVariant sortData(const Customer& customer, int column) const;

    CustomerService* m_service = nullptr;
    CustomerQuery m_query;
    QList<Customer> m_customers;
    qint64 m_matching = 0;
    QLocale m_locale;
    // Set while the model announces a change. fetchMore() must not start another one then:
    // whoever handles modelReset or rowsInserted first (a view, a proxy, a model tester) would
    // otherwise make the model change under listeners that have not seen the first change yet.
    bool m_changing = false;
};

} // namespace ardesk
