// SecondaryIndexes: a bulk load sets a table's secondary indexes aside and builds them again
// afterwards. Whatever happens in between (a finished load, a rollback, a second load), the
// schema ends exactly as it was, checked in sqlite_schema through another connection; the
// constraint indexes never go away, so duplicates are refused throughout.

#include <catch2/catch.hpp>

#include <QSqlQuery>

#include "StorageLedger.h"
#include "storage/InvoiceRepository.h"
#include "storage/SecondaryIndexes.h"
#include "storage/Transaction.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using namespace ardesk::test;

namespace {

// "name|sql" of the table's indexes as another connection sees them (sql empty for SQLite's
// own constraint indexes).
QStringList committedIndexes(const QString& path, const QString& table)
{
    RawLedger raw(path);
    return raw.rows(u"SELECT name, coalesce(sql, '') FROM sqlite_schema "
                    "WHERE type = 'index' AND tbl_name = '%1' ORDER BY name"_s.arg(table));
}

// The same, as the ledger's own connection sees them inside its transaction.
QStringList currentIndexes(Database& database, const QString& table)
{
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(u"SELECT name, coalesce(sql, '') AS sql FROM sqlite_schema "
                       "WHERE type = 'index' AND tbl_name = '%1' ORDER BY name"_s.arg(table)));
    QStringList rows;
    while (query.next())
        rows.append(query.value(u"name"_s).toString() + u'|' + query.value(u"sql"_s).toString());
    return rows;
}

QStringList schemaOf(const QString& path)
{
    RawLedger raw(path);
    return raw.schema();
}

QString integrity(const QString& path)
{
    RawLedger raw(path);
    return raw.value(u"PRAGMA integrity_check"_s).toString();
}

Invoice invoice(const QString& number, CustomerId customer)
{
    return {.number = number,
            .customerId = customer,
            .issueDate = day("2025-01-01"),
            .dueDate = day("2025-01-31"),
            .amount = Money(1000, currency(u"EUR"))};
}

void insertInvoices(Database& database, CustomerId customer, int from, int to)
{
    InvoiceRepository invoices(database);
    for (int n = from; n <= to; ++n)
        REQUIRE(invoices.insert(invoice(u"INV-%1"_s.arg(n, 4, 10, QChar(u'0')), customer)));
}

Transaction begin(Database& database)
{
    auto transaction = Transaction::begin(database);
    REQUIRE(transaction.has_value());
    return std::move(*transaction);
}

// A ledger with customer C1 and invoices INV-0001 to INV-0010.
struct Ledger {
    TestLedger files;
    std::unique_ptr<Database> database = createLedger(files.path());
    CustomerId customer = addCustomer(*database, u"C1"_s, u"Alpha"_s);

    Ledger() { insertInvoices(*database, customer, 1, 10); }
    QString path() const { return files.path(); }
};

} // namespace

TEST_CASE("Suspending takes away only the table's secondary indexes", "[storage][indexes]")
{
    Ledger ledger;
    const QStringList before = committedIndexes(ledger.path(), u"invoices"_s);
    const QStringList creditsBefore = committedIndexes(ledger.path(), u"credits"_s);
    // What must stay: SQLite's own (UNIQUE number) and declared UNIQUE ones.
    QStringList constraints;
    for (const QString& index : before) {
        if (index.endsWith(u'|') || index.contains(u"|CREATE UNIQUE "_s))
            constraints.append(index);
    }
    REQUIRE(constraints.size() >= 2);
    REQUIRE(before.size() > constraints.size() + 2);

    auto transaction = begin(*ledger.database);
    SecondaryIndexes indexes(*ledger.database, u"invoices"_s);
    REQUIRE(indexes.suspend());
    CHECK(currentIndexes(*ledger.database, u"invoices"_s) == constraints);
    CHECK(currentIndexes(*ledger.database, u"credits"_s) == creditsBefore);
    // Other connections see the committed schema until the load is done.
    CHECK(committedIndexes(ledger.path(), u"invoices"_s) == before);

    REQUIRE(indexes.restore());
    CHECK(currentIndexes(*ledger.database, u"invoices"_s) == before);
    REQUIRE(transaction.commit());
    CHECK(committedIndexes(ledger.path(), u"invoices"_s) == before);
}

TEST_CASE("A bulk load ends with the schema it started with and indexes that match the rows",
          "[storage][indexes]")
{
    Ledger ledger;
    const QStringList schema = schemaOf(ledger.path());
    {
        auto transaction = begin(*ledger.database);
        SecondaryIndexes indexes(*ledger.database, u"invoices"_s);
        REQUIRE(indexes.suspend());
        insertInvoices(*ledger.database, ledger.customer, 11, 300);
        // Constraint indexes stay: a duplicate number is still refused row by row.
        const auto duplicate =
            InvoiceRepository(*ledger.database).insert(invoice(u"INV-0005"_s, ledger.customer));
        REQUIRE_FALSE(duplicate.has_value());
        CHECK(duplicate.error().code == ErrorCode::AlreadyExists);
        REQUIRE(indexes.restore());
        REQUIRE(transaction.commit());
    }
    CHECK(schemaOf(ledger.path()) == schema);
    CHECK(integrity(ledger.path()) == u"ok"_s);
    RawLedger raw(ledger.path());
    CHECK(raw.value(u"SELECT count(*) FROM invoices INDEXED BY invoices_by_customer "
                    "WHERE customer_id = %1"_s.arg(ledger.customer.value))
              .toInt() == 300);
}

TEST_CASE("A rolled-back load brings the indexes back as they were", "[storage][indexes]")
{
    Ledger ledger;
    const QStringList schema = schemaOf(ledger.path());
    {
        auto transaction = begin(*ledger.database);
        SecondaryIndexes indexes(*ledger.database, u"invoices"_s);
        REQUIRE(indexes.suspend());
        insertInvoices(*ledger.database, ledger.customer, 11, 50);
        // The load fails here: the transaction is dropped without restore().
    }
    CHECK(schemaOf(ledger.path()) == schema);
    CHECK(currentIndexes(*ledger.database, u"invoices"_s) ==
          committedIndexes(ledger.path(), u"invoices"_s));
    CHECK(integrity(ledger.path()) == u"ok"_s);
    RawLedger raw(ledger.path());
    CHECK(raw.value(u"SELECT count(*) FROM invoices"_s).toInt() == 10);
}

TEST_CASE("Suspend and restore can run again, and restore alone does nothing", "[storage][indexes]")
{
    Ledger ledger;
    const QStringList schema = schemaOf(ledger.path());
    SecondaryIndexes indexes(*ledger.database, u"invoices"_s);
    REQUIRE(indexes.restore());
    CHECK(schemaOf(ledger.path()) == schema);

    for (int load = 0; load < 2; ++load) {
        auto transaction = begin(*ledger.database);
        REQUIRE(indexes.suspend());
        insertInvoices(*ledger.database, ledger.customer, 100 * (load + 1), 100 * (load + 1) + 9);
        REQUIRE(indexes.restore());
        REQUIRE(transaction.commit());
        CHECK(schemaOf(ledger.path()) == schema);
    }
    // A second restore() has nothing left to build.
    REQUIRE(indexes.restore());
    CHECK(schemaOf(ledger.path()) == schema);
    CHECK(integrity(ledger.path()) == u"ok"_s);
}

TEST_CASE("Invoice bulk loads set the indexes aside only when they at least double the table",
          "[storage][indexes]")
{
    Ledger ledger;
    const QStringList before = committedIndexes(ledger.path(), u"invoices"_s);
    InvoiceRepository invoices(*ledger.database);
    auto transaction = begin(*ledger.database);

    SECTION("fewer rows than stored: the indexes stay")
    {
        REQUIRE(invoices.startBulkLoad(9));
        CHECK(currentIndexes(*ledger.database, u"invoices"_s) == before);
    }
    SECTION("as many rows as stored, or more: they go")
    {
        REQUIRE(invoices.startBulkLoad(10));
        CHECK(currentIndexes(*ledger.database, u"invoices"_s).size() < before.size());
    }
    insertInvoices(*ledger.database, ledger.customer, 11, 30);
    REQUIRE(invoices.finishBulkLoad());
    REQUIRE(transaction.commit());
    CHECK(committedIndexes(ledger.path(), u"invoices"_s) == before);
    CHECK(integrity(ledger.path()) == u"ok"_s);
}

TEST_CASE("Naming indexes sets only those aside", "[storage][indexes]")
{
    Ledger ledger;
    const QStringList before = committedIndexes(ledger.path(), u"invoices"_s);
    auto transaction = begin(*ledger.database);
    SecondaryIndexes indexes(*ledger.database, u"invoices"_s,
                             {u"invoices_aging"_s, u"invoices_open_by_customer"_s});
    REQUIRE(indexes.suspend());
    QStringList expected = before;
    expected.removeIf([](const QString& index) {
        return index.startsWith(u"invoices_aging|"_s) ||
               index.startsWith(u"invoices_open_by_customer|"_s);
    });
    CHECK(expected.size() == before.size() - 2);
    CHECK(currentIndexes(*ledger.database, u"invoices"_s) == expected);
    REQUIRE(indexes.restore());
    CHECK(currentIndexes(*ledger.database, u"invoices"_s) == before);
    REQUIRE(transaction.commit());
    CHECK(integrity(ledger.path()) == u"ok"_s);
}
