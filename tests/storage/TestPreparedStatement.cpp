// PreparedStatement: prepared on first use and reused for the repository's lifetime (a bulk
// import runs one INSERT a million times). Binding by position or by name works on every
// execution; a statement that cannot be prepared or run is an Error with SQLite's reason, never
// a crash, and the statement stays usable after a failed run.

#include <catch2/catch.hpp>

#include <QSqlQuery>

#include "StorageLedger.h"
#include "storage/PreparedStatement.h"
#include "storage/ReadRows.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"
#include "support/TestLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using namespace ardesk::test;

namespace {

const QString insertSetting = u"INSERT INTO ledger_info(key, value) VALUES (?, ?)"_s;

QSqlQuery& prepared(PreparedStatement& statement)
{
    const auto query = statement.query();
    if (!query)
        FAIL("preparing: " << query.error().detail.toStdString());
    return **query;
}

} // namespace

TEST_CASE("A statement is prepared once and reused by every execution", "[storage][prepared]")
{
    TestLedger files;
    auto database = createLedger(files.path());
    PreparedStatement insert(*database, insertSetting);

    QSqlQuery& first = prepared(insert);
    for (int i = 1; i <= 3; ++i) {
        QSqlQuery& query = prepared(insert);
        CHECK(&query == &first);
        query.addBindValue(u"key%1"_s.arg(i));
        query.addBindValue(u"value %1"_s.arg(i));
        REQUIRE(execute(query, u"saving a setting"_s).has_value());
        CHECK(query.numRowsAffected() == 1);
    }

    RawLedger raw(files.path());
    CHECK(raw.rows(u"SELECT key, value FROM ledger_info ORDER BY key"_s) ==
          QStringList{u"key1|value 1"_s, u"key2|value 2"_s, u"key3|value 3"_s});
}

TEST_CASE("Named placeholders bind by name, in any order, on every execution",
          "[storage][prepared]")
{
    TestLedger files;
    auto database = createLedger(files.path());
    PreparedStatement insert(*database, u"INSERT INTO ledger_info(key, value) "
                                        "VALUES (:key, :value || ' (' || :key || ')')"_s);
    for (const auto& [key, value] :
         {std::pair{u"a"_s, u"first"_s}, std::pair{u"b"_s, u"second"_s}}) {
        QSqlQuery& query = prepared(insert);
        query.bindValue(u":value"_s, value);
        query.bindValue(u":key"_s, key);
        REQUIRE(execute(query, u"saving a setting"_s).has_value());
    }
    RawLedger raw(files.path());
    CHECK(raw.rows(u"SELECT key, value FROM ledger_info ORDER BY key"_s) ==
          QStringList{u"a|first (a)"_s, u"b|second (b)"_s});
}

TEST_CASE("A prepared SELECT reads each execution's own rows, by column name",
          "[storage][prepared]")
{
    TestLedger files;
    auto database = createLedger(files.path());
    addCustomer(*database, u"C1"_s, u"Alpha"_s);
    addCustomer(*database, u"C2"_s, u"Beta"_s);
    addCustomer(*database, u"C3"_s, u"Gamma"_s);
    PreparedStatement select(*database,
                             u"SELECT name, code FROM customers WHERE code >= ? ORDER BY code"_s);

    auto run = [&](const QString& from) {
        QSqlQuery& query = prepared(select);
        query.addBindValue(from);
        REQUIRE(execute(query, u"listing customers"_s).has_value());
        ResultColumns columns(query);
        const int code = columns(u"code"_s);
        const int name = columns(u"name"_s);
        REQUIRE(columns.check().has_value());
        QStringList rows;
        while (query.next())
            rows.append(query.value(code).toString() + u' ' + query.value(name).toString());
        return rows;
    };
    CHECK(run(u"C2"_s) == QStringList{u"C2 Beta"_s, u"C3 Gamma"_s});
    CHECK(run(u"C1"_s) == QStringList{u"C1 Alpha"_s, u"C2 Beta"_s, u"C3 Gamma"_s});
    CHECK(run(u"C9"_s).isEmpty());
    // A query left half-read is reset by the next execution.
    QSqlQuery& query = prepared(select);
    query.addBindValue(u"C1"_s);
    REQUIRE(execute(query, u"listing customers"_s).has_value());
    REQUIRE(query.next());
    CHECK(run(u"C3"_s) == QStringList{u"C3 Gamma"_s});
}

TEST_CASE("A statement that cannot be prepared is an error with SQLite's reason",
          "[storage][prepared]")
{
    TestLedger files;
    auto database = createLedger(files.path());

    SECTION("an unknown table")
    {
        PreparedStatement statement(*database, u"SELECT id FROM no_such_table"_s);
        for (int attempt = 0; attempt < 2; ++attempt) {
            const auto query = statement.query();
            REQUIRE_FALSE(query.has_value());
            CHECK(query.error().code == ErrorCode::Storage);
            CHECK(query.error().detail.contains(u"preparing a query"_s));
            CHECK(query.error().detail.contains(u"no such table: no_such_table"_s));
        }
    }
    SECTION("a syntax error")
    {
        PreparedStatement statement(*database, u"SELEKT 1"_s);
        const auto query = statement.query();
        REQUIRE_FALSE(query.has_value());
        CHECK(query.error().code == ErrorCode::Storage);
        CHECK(query.error().detail.contains(u"syntax error"_s));
    }
    SECTION("an unknown column")
    {
        PreparedStatement statement(*database, u"SELECT no_such_column FROM customers"_s);
        const auto query = statement.query();
        REQUIRE_FALSE(query.has_value());
        CHECK(query.error().detail.contains(u"no such column: no_such_column"_s));
    }
    // The connection is unharmed.
    addCustomer(*database, u"C1"_s, u"Alpha"_s);
    CHECK(customerCodes(files.path()) == QStringList{u"C1"_s});
}

TEST_CASE("A run that fails reports why and leaves the statement usable", "[storage][prepared]")
{
    TestLedger files;
    auto database = createLedger(files.path());
    PreparedStatement insert(*database, insertSetting);

    QSqlQuery& query = prepared(insert);
    query.addBindValue(u"company_name"_s);
    query.addBindValue(u"First"_s);
    REQUIRE(execute(query, u"saving a setting"_s).has_value());

    SECTION("a constraint refuses the row")
    {
        query.addBindValue(u"company_name"_s);
        query.addBindValue(u"Second"_s);
        const auto failed = execute(query, u"saving a setting"_s);
        REQUIRE_FALSE(failed.has_value());
        CHECK(failed.error().code == ErrorCode::Storage);
        CHECK(failed.error().detail.startsWith(u"saving a setting: "_s));
        CHECK(failed.error().detail.contains(u"UNIQUE constraint failed: ledger_info.key"_s));
    }
    SECTION("a NOT NULL column gets no value")
    {
        query.addBindValue(u"currency"_s);
        query.addBindValue(QVariant(QMetaType::fromType<QString>()));
        const auto failed = execute(query, u"saving a setting"_s);
        REQUIRE_FALSE(failed.has_value());
        CHECK(failed.error().detail.contains(u"NOT NULL constraint failed"_s));
    }
    SECTION("too few values are bound")
    {
        // On a fresh statement: a reused one still holds the last run's values.
        PreparedStatement fresh(*database, insertSetting);
        QSqlQuery& partial = prepared(fresh);
        partial.addBindValue(u"currency"_s);
        const auto failed = execute(partial, u"saving a setting"_s);
        REQUIRE_FALSE(failed.has_value());
        CHECK(failed.error().code == ErrorCode::Storage);
        CHECK(failed.error().detail.startsWith(u"saving a setting"_s));
    }

    QSqlQuery& again = prepared(insert);
    CHECK(&again == &query);
    again.addBindValue(u"currency"_s);
    again.addBindValue(u"EUR"_s);
    REQUIRE(execute(again, u"saving a setting"_s).has_value());
    RawLedger raw(files.path());
    CHECK(raw.rows(u"SELECT key, value FROM ledger_info ORDER BY key"_s) ==
          QStringList{u"company_name|First"_s, u"currency|EUR"_s});
}

TEST_CASE("A prepared statement serves inside and after transactions", "[storage][prepared]")
{
    TestLedger files;
    auto database = createLedger(files.path());
    PreparedStatement insert(*database, insertSetting);
    auto save = [&](const QString& key) {
        QSqlQuery& query = prepared(insert);
        query.addBindValue(key);
        query.addBindValue(u"x"_s);
        REQUIRE(execute(query, u"saving a setting"_s).has_value());
    };
    {
        auto transaction = Transaction::begin(*database);
        REQUIRE(transaction.has_value());
        save(u"kept"_s);
        REQUIRE(transaction->commit().has_value());
    }
    {
        auto transaction = Transaction::begin(*database);
        REQUIRE(transaction.has_value());
        save(u"dropped"_s);
    }
    save(u"outside"_s);
    RawLedger raw(files.path());
    CHECK(raw.rows(u"SELECT key FROM ledger_info ORDER BY key"_s) ==
          QStringList{u"kept"_s, u"outside"_s});
}
