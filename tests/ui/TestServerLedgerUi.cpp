// The desktop app on a ledger kept on a PostgreSQL server (started by the test on 127.0.0.1):
// given the server's address as its ledger, the main window reads the lists and the dashboard
// from the server as it does from a file.

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include "PagedListReading.h"
#include "demo/DemoLedgerGenerator.h"
#include "domain/Clock.h"
#include "models/CustomerListModel.h"
#include "models/InvoiceListModel.h"
#include "support/PostgresServer.h"
#include "views/CustomersPage.h"
#include "views/DashboardPage.h"
#include "views/InvoicesPage.h"
#include "views/MainWindow.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::PostgresServer;
using ardesk::test::waitForCount;

TEST_CASE("The main window opens a ledger on a PostgreSQL server", "[ui][postgres]")
{
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        WARN("Qt's QPSQL driver is not installed (Debian: libqt6sql6-psql): skipped");
        return;
    }
    QString whyNot;
    const auto server = PostgresServer::start(whyNot);
    if (!server) {
        WARN("no PostgreSQL server for the test: " << whyNot.toStdString());
        return;
    }
    qputenv("PGPASSWORD", server->password().toUtf8());
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"admin"_s);
        admin.setHostName(server->host());
        admin.setPort(server->port());
        admin.setUserName(server->user());
        admin.setDatabaseName(server->database());
        REQUIRE(admin.open());
        REQUIRE(QSqlQuery(admin).exec(u"CREATE DATABASE books"_s));
    }
    QSqlDatabase::removeDatabase(u"admin"_s);
    const QString address =
        u"postgresql://%1@%2:%3/books"_s.arg(server->user(), server->host()).arg(server->port());
    const QDate today(2026, 12, 6);
    const ClockOverride clock(today);
    const auto built = DemoLedgerGenerator::buildLedger(
        address, u"Brightwater Trading Ltd"_s, *CurrencyCode::fromCode(u"EUR"),
        DemoParameters{.customers = 40, .invoices = 500, .today = today});
    INFO((built ? QString() : built.error().detail).toStdString());
    REQUIRE(built);

    {
        MainWindow window;
        window.setRemembersSettings(false);
        REQUIRE(window.openLedger(address));
        window.resize(1200, 700);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));

        window.showPage(window.invoicesPage());
        REQUIRE(waitForCount(*window.invoicesPage()->model()));
        CHECK(window.invoicesPage()->model()->matchingCount() == 500);
        window.showPage(window.customersPage());
        REQUIRE(waitForCount(*window.customersPage()->model()));
        CHECK(window.customersPage()->model()->matchingCount() == 40);
        DashboardPage* dashboard = window.dashboardPage();
        window.showPage(dashboard);
        REQUIRE(QTest::qWaitFor(
            [dashboard] { return dashboard->data().has_value() && dashboard->forecast(); },
            20'000));
    }
    qunsetenv("PGPASSWORD");
}
