// Several sessions on one ledger on a PostgreSQL server (started by the test on 127.0.0.1):
// each committed transaction tells the other sessions which tables it changed, once per table;
// a rolled-back one tells nobody, and a session is not told its own changes; a burst of
// changes reaches a window as few bursts; every session sees which other users are connected,
// and names its program.

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "demo/DemoLedgerGenerator.h"
#include "domain/Clock.h"
#include "ledger/ConnectedUsersService.h"
#include "ledger/CustomerService.h"
#include "ledger/LedgerChangeFeed.h"
#include "storage/Database.h"
#include "storage/LedgerInfoRepository.h"
#include "storage/Transaction.h"
#include "support/SharedLedgerServer.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::SharedLedgerServer;

namespace {

constexpr int notifyTimeoutMs = 10'000;

std::unique_ptr<SharedLedgerServer> startServer()
{
    QString whyNot;
    auto server = SharedLedgerServer::start(whyNot);
    if (!server)
        WARN("no PostgreSQL server for the test: " << whyNot.toStdString());
    return server;
}

// A small demo ledger on the server, and a session on it.
std::unique_ptr<Database> buildLedger(const SharedLedgerServer& server)
{
    const ClockOverride clock(QDate(2026, 12, 6));
    const auto built = DemoLedgerGenerator::buildLedger(
        server.address(), u"Brightwater Trading Ltd"_s, *CurrencyCode::fromCode(u"EUR"),
        DemoParameters{.customers = 5, .invoices = 20, .today = QDate(2026, 12, 6)});
    INFO((built ? QString() : built.error().detail).toStdString());
    REQUIRE(built);
    auto database = Database::open(server.address());
    REQUIRE(database);
    return std::move(*database);
}

Customer newCustomer(int number)
{
    return Customer{.code = u"LIVE%1"_s.arg(number, 4, 10, QChar(u'0')),
                    .name = u"Live Customer %1"_s.arg(number),
                    .currency = *CurrencyCode::fromCode(u"EUR")};
}

// The tables of a burst, as "customers ledger_info".
std::string tables(const QList<QVariant>& burst)
{
    return burst.at(0).toStringList().join(u' ').toStdString();
}

// The users as "anna ben", or why they could not be read.
std::string names(const Result<QStringList>& users)
{
    return (users ? users->join(u' ') : u"error: "_s + users.error().detail).toStdString();
}

// The first column of `sql` as "a b c".
std::string column(const SharedLedgerServer& server, const QString& sql)
{
    return server.query(sql).join(u' ').toStdString();
}

void renameCompany(Database& database, const QString& name)
{
    auto transaction = Transaction::begin(database);
    REQUIRE(transaction);
    REQUIRE(LedgerInfoRepository(database).setCompanyName(name));
    REQUIRE(transaction->commit());
}

} // namespace

TEST_CASE("A committed change tells the other sessions which tables it changed", "[postgres]")
{
    const auto server = startServer();
    if (!server)
        return;
    const auto writer = buildLedger(*server);
    auto watcher = Database::open(server->address());
    REQUIRE(watcher);
    LedgerChangeFeed feed(**watcher);
    REQUIRE(feed.isLive());
    feed.setBurstWindows(std::chrono::milliseconds(50), std::chrono::milliseconds(200));
    QSignalSpy bursts(&feed, &LedgerChangeFeed::changed);

    // Rolled back: the customer is not there, and nobody hears of it.
    {
        auto transaction = Transaction::begin(*writer);
        REQUIRE(transaction);
        REQUIRE(CustomerService(*writer).create(newCustomer(1)));
    }
    CHECK_FALSE(CustomerService(*writer).findByCode(u"LIVE0001"_s));
    // The watcher's own change is not news to it.
    REQUIRE(CustomerService(**watcher).create(newCustomer(2)));
    // The writer's next change is all the watcher hears: notifications come in commit order.
    renameCompany(*writer, u"Brightwater Trading GmbH"_s);

    REQUIRE(QTest::qWaitFor([&] { return bursts.count() > 0; }, notifyTimeoutMs));
    CHECK(tables(bursts.takeFirst()) == "ledger_info");

    SECTION("the tables of one transaction come once each, in one burst")
    {
        auto transaction = Transaction::begin(*writer);
        REQUIRE(transaction);
        for (int number = 10; number < 60; ++number)
            REQUIRE(CustomerService(*writer).create(newCustomer(number)));
        REQUIRE(LedgerInfoRepository(*writer).setCompanyName(u"Brightwater"_s));
        REQUIRE(transaction->commit());
        REQUIRE(QTest::qWaitFor([&] { return bursts.count() > 0; }, notifyTimeoutMs));
        // Each new customer is recorded in the audit trail too.
        CHECK(tables(bursts.takeFirst()) == "audit_trail customers ledger_info");
    }

    SECTION("a steady stream of commits comes as a burst per window, not one per commit")
    {
        constexpr int commits = 200;
        QElapsedTimer elapsed;
        elapsed.start();
        for (int number = 100; number < 100 + commits; ++number) {
            REQUIRE(CustomerService(*writer).create(newCustomer(number)));
            // The watcher's window takes in what has come so far, as it would between them.
            QCoreApplication::processEvents();
        }
        const qint64 writing = elapsed.elapsed();
        // The last burst ends once the notifications stop.
        REQUIRE(QTest::qWaitFor([&] { return bursts.count() > 0 && !feed.isGathering(); },
                                notifyTimeoutMs));
        INFO(commits << " commits in " << writing << " ms, " << bursts.count() << " bursts");
        // At most one burst per longest window while writing, and the one after.
        CHECK(bursts.count() <= writing / 200 + 2);
        CHECK(bursts.count() < commits / 4);
        for (const QList<QVariant>& burst : std::as_const(bursts))
            CHECK(tables(burst) == "audit_trail customers");
    }
}

TEST_CASE("A session on a server ledger sees the other users connected to it", "[postgres]")
{
    const auto server = startServer();
    if (!server)
        return;
    const auto session = buildLedger(*server);
    ConnectedUsersService users(*session);
    CHECK(users.isShared());
    // Another session of the same user is the user's own.
    auto second = Database::open(server->address());
    REQUIRE(second);
    CHECK(names(users.otherUsers()) == "");

    server->addUser(u"clerk"_s);
    server->addUser(u"auditor"_s);
    {
        auto clerk = Database::open(server->address(u"clerk"_s));
        INFO((clerk ? QString() : clerk.error().detail).toStdString());
        REQUIRE(clerk);
        auto clerkAgain = Database::open(server->address(u"clerk"_s));
        REQUIRE(clerkAgain);
        auto auditor = Database::open(server->address(u"auditor"_s));
        REQUIRE(auditor);
        CHECK(names(users.otherUsers()) == "auditor clerk");
        CHECK(names(ConnectedUsersService(**clerk).otherUsers()) == "ardesk auditor");
    }
    // A session's end reaches the server's list a moment after it closed.
    CHECK(QTest::qWaitFor([&] { return names(users.otherUsers()).empty(); }, 10'000));

    // Sessions name their program, so that ARDesk's are recognisable among the server's.
    const QString programs = u"SELECT DISTINCT application_name FROM pg_stat_activity "
                             "WHERE datname = 'books' AND usename = 'ardesk' "
                             "AND pid <> pg_backend_pid() ORDER BY 1"_s;
    CHECK(column(*server, programs) == "ARDesk");
    Database::setClientName(u"ardesk-cli"_s);
    auto script = Database::open(server->address());
    Database::setClientName(u"ARDesk"_s);
    REQUIRE(script);
    // An application_name in the address is the user's choice.
    auto named = Database::open(server->address() + u"?application_name=nightly"_s);
    REQUIRE(named);
    CHECK(column(*server, programs) == "ARDesk ardesk-cli nightly");
}

TEST_CASE("A ledger file has no change feed and no other users", "[postgres]")
{
    const QTemporaryDir folder;
    auto file = Database::create(folder.filePath(u"books.ardesk"_s));
    REQUIRE(file);
    CHECK_FALSE(LedgerChangeFeed(**file).isLive());
    ConnectedUsersService users(**file);
    CHECK_FALSE(users.isShared());
    CHECK(names(users.otherUsers()) == "");
}
