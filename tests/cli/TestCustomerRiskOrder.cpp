// The customer list in the order of the risk scores it was given, on either engine: the scores
// live in a table of the connection's own, which SQLite and PostgreSQL name and fill
// differently (SqlDialect::temporary, integerPairs).

#include <catch2/catch.hpp>

#include <QHash>
#include <QStringList>

#include "CliLedgerDir.h"
#include "ledger/CustomerService.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;
using ardesk::CustomerListRow;
using ardesk::CustomerQuery;
using ardesk::CustomerService;
using ardesk::Database;
using ardesk::test::CliLedgerDir;

namespace {

QStringList codes(CustomerService& service, bool descending)
{
    const auto page =
        service.page({.sortKey = CustomerQuery::SortKey::Risk, .descending = descending}, 0, 10);
    INFO((page ? QString() : page.error().detail).toStdString());
    REQUIRE(page);
    QStringList codes;
    for (const CustomerListRow& row : *page)
        codes.append(row.customer.code);
    return codes;
}

} // namespace

TEST_CASE("The customer list sorts by the risk scores it was given, on a file or a server",
          "[customers]")
{
    const CliLedgerDir dir;
    REQUIRE(dir.run({u"init"_s, u"--company"_s, u"Risky Ltd"_s}).exitCode == 0);
    REQUIRE(dir.run({u"import"_s, u"customers"_s,
                     dir.write(u"customers.csv"_s,
                               "customer_id,name\nC1,Alpha\nC2,Beta\nC3,Gamma\nC4,Delta\n")})
                .exitCode == 0);
    auto database = Database::open(dir.ledger());
    REQUIRE(database);
    CustomerService service(**database);
    QHash<QString, qint64> ids;
    const auto all = service.page({}, 0, 10);
    REQUIRE(all);
    for (const CustomerListRow& row : *all)
        ids.insert(row.customer.code, row.customer.id.value);

    REQUIRE(service.setRiskScores({{ids[u"C3"_s], 80}, {ids[u"C1"_s], 40}, {ids[u"C2"_s], 10}}));
    CHECK(codes(service, true) == QStringList{u"C3"_s, u"C1"_s, u"C2"_s, u"C4"_s});
    CHECK(codes(service, false) == QStringList{u"C2"_s, u"C1"_s, u"C3"_s, u"C4"_s});
    // New scores replace the old ones.
    REQUIRE(service.setRiskScores({{ids[u"C4"_s], 99}}));
    CHECK(codes(service, true) == QStringList{u"C4"_s, u"C3"_s, u"C2"_s, u"C1"_s});
}
