// Reading results by column name (storage/ReadRows.h): repositories find each column by the
// name their SELECT gives it, once per execution, and read the rows by position. A name that is
// missing, or that two columns share, fails the read with an error naming it instead of reading
// nulls or the wrong column.

#include <catch2/catch.hpp>

#include <QSqlQuery>

#include "StorageLedger.h"
#include "storage/Database.h"
#include "storage/ReadRows.h"
#include "storage/SqlError.h"
#include "support/TestLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using namespace ardesk::test;

namespace {

struct NameAndCode {
    explicit NameAndCode(ResultColumns& columns)
        : code(columns(u"code"_s))
        , name(columns(u"name"_s))
    {}

    int code, name;
};

QSqlQuery run(Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    REQUIRE(query.prepare(sql));
    REQUIRE(execute(query, u"testing"_s).has_value());
    return query;
}

Result<QString> readNameAndCode(const QSqlQuery& sql, const NameAndCode& at)
{
    return sql.value(at.code).toString() + u' ' + sql.value(at.name).toString();
}

} // namespace

TEST_CASE("Columns are read by their names, in whatever order the SELECT has them",
          "[storage][columns]")
{
    TestLedger files;
    auto database = createLedger(files.path());
    addCustomer(*database, u"C1"_s, u"Alpha"_s);
    addCustomer(*database, u"C2"_s, u"Beta"_s);

    for (const QString& select : {u"SELECT code, name FROM customers ORDER BY code"_s,
                                  u"SELECT name, id, code FROM customers ORDER BY code"_s,
                                  u"SELECT NAME, Code FROM customers ORDER BY code"_s}) {
        INFO(select.toStdString());
        QSqlQuery query = run(*database, select);
        const auto rows = readRows<QString, NameAndCode>(query, readNameAndCode);
        REQUIRE(rows.has_value());
        CHECK(*rows == QStringList{u"C1 Alpha"_s, u"C2 Beta"_s});
    }
}

TEST_CASE("Columns are found before the first row, also of an empty result", "[storage][columns]")
{
    TestLedger files;
    auto database = createLedger(files.path());
    QSqlQuery query = run(*database, u"SELECT code, name FROM customers"_s);
    const auto columns = findColumns<NameAndCode>(query);
    REQUIRE(columns.has_value());
    CHECK(columns->code == 0);
    CHECK(columns->name == 1);
    CHECK_FALSE(query.next());
}

TEST_CASE("A column the result lacks fails the read and names it", "[storage][columns]")
{
    TestLedger files;
    auto database = createLedger(files.path());
    addCustomer(*database, u"C1"_s, u"Alpha"_s);
    QSqlQuery query = run(*database, u"SELECT id, code FROM customers"_s);

    const auto rows = readRows<QString, NameAndCode>(query, readNameAndCode);
    REQUIRE_FALSE(rows.has_value());
    CHECK(rows.error().code == ErrorCode::Storage);
    CHECK(rows.error().detail.contains(u"no column is called \"name\""_s));
    CHECK(rows.error().detail.contains(u"id, code"_s));
}

TEST_CASE("A name two columns share fails the read instead of taking the first",
          "[storage][columns]")
{
    TestLedger files;
    auto database = createLedger(files.path());
    QSqlQuery query = run(*database, u"SELECT c.code, c.name, i.number AS code FROM customers c "
                                     "JOIN invoices i ON i.customer_id = c.id"_s);
    ResultColumns columns(query);
    CHECK(columns(u"name"_s) == 1);
    CHECK(columns(u"code"_s) == -1);
    const auto checked = columns.check();
    REQUIRE_FALSE(checked.has_value());
    CHECK(checked.error().detail.contains(u"two columns are called \"code\""_s));
}

TEST_CASE("A single value is read by name, with a stand-in when there is no row",
          "[storage][columns]")
{
    TestLedger files;
    auto database = createLedger(files.path());
    addCustomer(*database, u"C1"_s, u"Alpha"_s);
    addCustomer(*database, u"C2"_s, u"Beta"_s);

    QSqlQuery count = run(*database, u"SELECT count(*) AS count FROM customers"_s);
    CHECK(singleValue<qint64>(count, u"count"_s) == 2);

    QSqlQuery none = run(*database, u"SELECT code FROM customers WHERE code = 'C9'"_s);
    CHECK(singleValue<QString>(none, u"code"_s, u"none"_s) == u"none"_s);

    QSqlQuery unnamed = run(*database, u"SELECT count(*) FROM customers"_s);
    const auto refused = singleValue<qint64>(unnamed, u"count"_s);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().detail.contains(u"count(*)"_s));
}
