// Transaction: the unit every service writes in. Committed work is in the file for any other
// connection; anything else (a rollback, an early return that drops the object, a failed
// statement the caller gives up on) leaves the ledger as it was. Nested transactions are
// savepoints: an inner one fails alone, an outer one takes everything with it.

#include <catch2/catch.hpp>

#include <optional>

#include <QElapsedTimer>
#include <QSqlQuery>

#include "StorageLedger.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/Transaction.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using namespace ardesk::test;

namespace {

Transaction begin(Database& database)
{
    auto transaction = Transaction::begin(database);
    if (!transaction)
        FAIL("beginning a transaction: " << transaction.error().detail.toStdString());
    return std::move(*transaction);
}

void commit(Transaction& transaction)
{
    const auto committed = transaction.commit();
    if (!committed)
        FAIL("committing: " << committed.error().detail.toStdString());
}

} // namespace

TEST_CASE("A committed transaction is in the file for every other connection",
          "[storage][transaction]")
{
    TestLedger files;
    auto database = createLedger(files.path());
    CHECK_FALSE(database->inTransaction());

    auto transaction = begin(*database);
    CHECK(database->inTransaction());
    addCustomer(*database, u"C1"_s, u"Alpha"_s);
    addCustomer(*database, u"C2"_s, u"Beta"_s);
    // Not visible to other connections before the commit.
    CHECK(customerCodes(files.path()).isEmpty());
    commit(transaction);

    CHECK_FALSE(database->inTransaction());
    CHECK(customerCodes(files.path()) == QStringList{u"C1"_s, u"C2"_s});
    database.reset();
    auto reopened = Database::open(files.path());
    REQUIRE(reopened.has_value());
    CHECK(CustomerRepository(**reopened).findByCode(u"C2"_s)->value().name == u"Beta"_s);
}

TEST_CASE("A transaction dropped without commit leaves nothing behind", "[storage][transaction]")
{
    TestLedger files;
    auto database = createLedger(files.path());
    addCustomer(*database, u"C0"_s, u"Before"_s);

    SECTION("dropped")
    {
        {
            auto transaction = begin(*database);
            addCustomer(*database, u"C1"_s, u"Alpha"_s);
        }
    }
    SECTION("rolled back, then dropped")
    {
        auto transaction = begin(*database);
        addCustomer(*database, u"C1"_s, u"Alpha"_s);
        transaction.rollback();
        CHECK_FALSE(database->inTransaction());
        // A finished transaction cannot be committed after all.
        const auto late = transaction.commit();
        REQUIRE_FALSE(late.has_value());
        CHECK(late.error().code == ErrorCode::Storage);
    }

    CHECK_FALSE(database->inTransaction());
    CHECK(customerCodes(files.path()) == QStringList{u"C0"_s});
    CHECK_FALSE(CustomerRepository(*database).findByCode(u"C1"_s)->has_value());
    // The connection is free for the next transaction.
    auto next = begin(*database);
    addCustomer(*database, u"C2"_s, u"Beta"_s);
    commit(next);
    CHECK(customerCodes(files.path()) == QStringList{u"C0"_s, u"C2"_s});
}

TEST_CASE("A moved transaction is finished once, by its last owner", "[storage][transaction]")
{
    TestLedger files;
    auto database = createLedger(files.path());
    auto first = begin(*database);
    addCustomer(*database, u"C1"_s, u"Alpha"_s);
    {
        Transaction second(std::move(first));
        // The moved-from object no longer owns the transaction: it cannot end it.
        CHECK_FALSE(first.commit().has_value());
        CHECK(database->inTransaction());
        commit(second);
    }
    CHECK_FALSE(database->inTransaction());
    CHECK(customerCodes(files.path()) == QStringList{u"C1"_s});
}

TEST_CASE("A nested transaction rolled back keeps the outer one's work", "[storage][transaction]")
{
    TestLedger files;
    auto database = createLedger(files.path());

    auto outer = begin(*database);
    addCustomer(*database, u"C1"_s, u"Outer before"_s);
    {
        auto inner = begin(*database);
        addCustomer(*database, u"C2"_s, u"Inner"_s);
        SECTION("by rollback()")
        {
            inner.rollback();
        }
        SECTION("by dropping it") {}
    }
    CHECK(database->inTransaction());
    CHECK_FALSE(CustomerRepository(*database).findByCode(u"C2"_s)->has_value());
    addCustomer(*database, u"C3"_s, u"Outer after"_s);
    commit(outer);

    CHECK_FALSE(database->inTransaction());
    CHECK(customerCodes(files.path()) == QStringList{u"C1"_s, u"C3"_s});
}

TEST_CASE("A committed nested transaction is undone with its outer one", "[storage][transaction]")
{
    TestLedger files;
    auto database = createLedger(files.path());
    {
        auto outer = begin(*database);
        addCustomer(*database, u"C1"_s, u"Outer"_s);
        auto inner = begin(*database);
        addCustomer(*database, u"C2"_s, u"Inner"_s);
        commit(inner);
        CHECK(database->inTransaction());
        // A released savepoint is not yet in the file.
        CHECK(customerCodes(files.path()).isEmpty());
        outer.rollback();
    }
    CHECK_FALSE(database->inTransaction());
    CHECK(customerCodes(files.path()).isEmpty());
    CHECK(CustomerRepository(*database).count({}) == 0);
}

TEST_CASE("Three levels: each savepoint ends on its own", "[storage][transaction]")
{
    TestLedger files;
    auto database = createLedger(files.path());
    auto outer = begin(*database);
    addCustomer(*database, u"C1"_s, u"Level 1"_s);
    {
        auto middle = begin(*database);
        addCustomer(*database, u"C2"_s, u"Level 2"_s);
        {
            auto innermost = begin(*database);
            addCustomer(*database, u"C3"_s, u"Level 3"_s);
            innermost.rollback();
        }
        addCustomer(*database, u"C4"_s, u"Level 2 again"_s);
        commit(middle);
    }
    {
        auto second = begin(*database);
        addCustomer(*database, u"C5"_s, u"Level 2, dropped"_s);
    }
    commit(outer);
    CHECK(customerCodes(files.path()) == QStringList{u"C1"_s, u"C2"_s, u"C4"_s});
}

TEST_CASE("A statement that fails inside a transaction is reported and undone alone",
          "[storage][transaction]")
{
    TestLedger files;
    auto database = createLedger(files.path());
    auto transaction = begin(*database);
    const CustomerId alpha = addCustomer(*database, u"C1"_s, u"Alpha"_s);

    // An invoice of a customer that does not exist breaks the foreign key: SQLite refuses that
    // one statement and keeps the transaction open.
    InvoiceRepository invoices(*database);
    const auto orphan = invoices.insert({.number = u"INV-X"_s,
                                         .customerId = CustomerId{alpha.value + 1000},
                                         .issueDate = day("2025-01-01"),
                                         .dueDate = day("2025-01-31"),
                                         .amount = Money(1000, currency(u"EUR"))});
    REQUIRE_FALSE(orphan.has_value());
    CHECK(orphan.error().code == ErrorCode::Storage);
    CHECK(orphan.error().detail.contains(u"FOREIGN KEY"_s));
    CHECK(database->inTransaction());

    SECTION("the caller commits what went before")
    {
        const auto invoice = invoices.insert({.number = u"INV-1"_s,
                                              .customerId = alpha,
                                              .issueDate = day("2025-01-01"),
                                              .dueDate = day("2025-01-31"),
                                              .amount = Money(1000, currency(u"EUR"))});
        REQUIRE(invoice.has_value());
        commit(transaction);
        RawLedger raw(files.path());
        CHECK(raw.rows(u"SELECT number FROM invoices"_s) == QStringList{u"INV-1"_s});
        CHECK(customerCodes(files.path()) == QStringList{u"C1"_s});
    }
    SECTION("the caller gives up: nothing stays")
    {
        transaction.rollback();
        RawLedger raw(files.path());
        CHECK(raw.rows(u"SELECT number FROM invoices"_s).isEmpty());
        CHECK(customerCodes(files.path()).isEmpty());
    }
}

TEST_CASE("A failure inside a nested transaction leaves the outer one to decide",
          "[storage][transaction]")
{
    // The service pattern: an inner step fails, its savepoint rolls back, the outer work goes on.
    TestLedger files;
    auto database = createLedger(files.path());
    auto outer = begin(*database);
    const CustomerId alpha = addCustomer(*database, u"C1"_s, u"Alpha"_s);
    {
        auto inner = begin(*database);
        addCustomer(*database, u"C2"_s, u"Beta"_s);
        const auto failed =
            InvoiceRepository(*database).insert({.number = u"INV-X"_s,
                                                 .customerId = CustomerId{alpha.value + 1000},
                                                 .issueDate = day("2025-01-01"),
                                                 .dueDate = day("2025-01-31"),
                                                 .amount = Money(1000, currency(u"EUR"))});
        REQUIRE_FALSE(failed.has_value());
        // Returning the error drops the inner transaction.
    }
    CHECK(database->inTransaction());
    commit(outer);
    CHECK(customerCodes(files.path()) == QStringList{u"C1"_s});
}

TEST_CASE("A second writer is refused as locked, not kept waiting", "[storage][transaction]")
{
    TestLedger files;
    auto database = createLedger(files.path());
    RawLedger other(files.path());
    other.exec(u"BEGIN IMMEDIATE"_s);
    other.exec(u"INSERT INTO ledger_info(key, value) VALUES ('company_name', 'Other')"_s);

    QElapsedTimer timer;
    timer.start();
    const auto refused = Transaction::begin(*database);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::LedgerLocked);
    // Within the connection's busy timeout (2 s), with room for a slow machine.
    CHECK(timer.elapsed() < 10000);
    CHECK_FALSE(database->inTransaction());

    other.exec(u"COMMIT"_s);
    auto transaction = begin(*database);
    addCustomer(*database, u"C1"_s, u"Alpha"_s);
    commit(transaction);
    CHECK(customerCodes(files.path()) == QStringList{u"C1"_s});
}

TEST_CASE("Foreign key enforcement changes only between transactions", "[storage][transaction]")
{
    TestLedger files;
    auto database = createLedger(files.path());
    {
        auto transaction = begin(*database);
        const auto refused = database->setForeignKeysEnforced(false);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == ErrorCode::InvalidArgument);
    }
    REQUIRE(database->setForeignKeysEnforced(false).has_value());
    {
        auto transaction = begin(*database);
        const auto orphan =
            InvoiceRepository(*database).insert({.number = u"INV-X"_s,
                                                 .customerId = CustomerId{42},
                                                 .issueDate = day("2025-01-01"),
                                                 .dueDate = day("2025-01-31"),
                                                 .amount = Money(1000, currency(u"EUR"))});
        CHECK(orphan.has_value());
    }
    REQUIRE(database->setForeignKeysEnforced(true).has_value());
    RawLedger raw(files.path());
    CHECK(raw.rows(u"SELECT number FROM invoices"_s).isEmpty());
}

TEST_CASE("A full disk fails the change as DiskFull and leaves the ledger as it was",
          "[storage][transaction]")
{
    TestLedger files;
    auto database = createLedger(files.path());
    addCustomer(*database, u"C1"_s, u"Alpha"_s);
    const QStringList before = RawLedger(files.path()).contents();
    // A disk with no room left, as SQLite meets it: the file may not grow by a single page.
    QSqlQuery query(database->connection());
    REQUIRE(query.exec(u"PRAGMA page_count"_s));
    REQUIRE(query.next());
    const int pages = query.value(0).toInt();
    REQUIRE(query.exec(u"PRAGMA max_page_count = %1"_s.arg(pages)));

    auto transaction = begin(*database);
    std::optional<Error> failure;
    for (int i = 0; i < 1000 && !failure; ++i) {
        const auto added =
            CustomerRepository(*database).insert(customer(u"X%1"_s.arg(i), QString(2000, u'x')));
        if (!added)
            failure = added.error();
    }
    REQUIRE(failure.has_value());
    CHECK(failure->code == ErrorCode::DiskFull);
    INFO(failure->detail.toStdString());
    CHECK(failure->detail.contains(u"disk full; nothing was changed"_s));
    transaction.rollback();
    CHECK(RawLedger(files.path()).contents() == before);
}
