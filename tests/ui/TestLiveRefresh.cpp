// Two users on one ledger on a PostgreSQL server (started by the test on 127.0.0.1): what one
// posts shows in the other's open window within two seconds, the invoice list updating the
// rows it had rather than starting over, and the window's status bar names the other user.

#include <catch2/catch.hpp>

#include <QApplication>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTranslator>

#include "DefaultLocale.h"
#include "PagedListReading.h"
#include "demo/DemoLedgerGenerator.h"
#include "domain/Clock.h"
#include "ledger/AllocationService.h"
#include "ledger/CustomerService.h"
#include "ledger/InvoiceEntryService.h"
#include "models/InvoiceListModel.h"
#include "session/LedgerSession.h"
#include "session/UiLanguage.h"
#include "support/SharedLedgerServer.h"
#include "views/DashboardPage.h"
#include "views/DashboardTile.h"
#include "views/InvoicesPage.h"
#include "views/MainWindow.h"
#include "widgets/ConnectedUsersLabel.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::SharedLedgerServer;
using ardesk::test::waitForCount;

namespace {

// Another user's change reaches an open window within this.
constexpr int liveTimeoutMs = 2000;
const QDate today(2026, 12, 6);

qint64 selectedInvoice(QTableView* table)
{
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.first().data(InvoiceListModel::InvoiceIdRole).toLongLong() : 0;
}

// Saves the window's status bar as NAME.png in ARDESK_SHOTS_DIR, when set.
void saveStatusBar(MainWindow& window, const QString& name)
{
    const QString directory = qEnvironmentVariable("ARDESK_SHOTS_DIR");
    if (directory.isEmpty())
        return;
    // The status bar lays out a label's new text on the event loop.
    QApplication::processEvents();
    REQUIRE(window.statusBar()->grab().save(directory + u'/' + name + u".png"_s));
}

} // namespace

TEST_CASE("Another user's postings show in an open window within two seconds", "[ui][postgres]")
{
    const ardesk::test::DefaultLocale english(QLocale(QLocale::English, QLocale::UnitedStates));
    QString whyNot;
    const auto server = SharedLedgerServer::start(whyNot);
    if (!server) {
        WARN("no PostgreSQL server for the test: " << whyNot.toStdString());
        return;
    }
    const ClockOverride clock(today);
    const auto built = DemoLedgerGenerator::buildLedger(
        server->address(), u"Brightwater Trading Ltd"_s, *CurrencyCode::fromCode(u"EUR"),
        DemoParameters{.customers = 12, .invoices = 120, .today = today});
    INFO((built ? QString() : built.error().detail).toStdString());
    REQUIRE(built);
    server->addUser(u"clerk"_s);

    MainWindow window;
    window.setRemembersSettings(false);
    REQUIRE(window.openLedger(server->address()));
    window.resize(1200, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* users = window.findChild<ConnectedUsersLabel*>(u"connectedUsersLabel"_s);
    REQUIRE(users);
    CHECK(users->isVisible());
    CHECK(users->text() == u"No one else connected"_s);

    InvoicesPage* invoices = window.invoicesPage();
    InvoiceListModel* model = invoices->model();
    window.showPage(invoices);
    REQUIRE(waitForCount(*model));
    const qint64 before = model->matchingCount();
    auto* table = invoices->findChild<QTableView*>();
    REQUIRE(table);
    table->selectRow(5);
    const qint64 selected = selectedInvoice(table);
    REQUIRE(selected != 0);

    // The clerk, at another desk, enters an invoice.
    auto clerk = LedgerSession::open(server->address(u"clerk"_s));
    INFO((clerk ? QString() : clerk.error().detail).toStdString());
    REQUIRE(clerk);
    const auto customers = (*clerk)->customers().page(CustomerQuery{}, 0, 1);
    REQUIRE(customers);
    REQUIRE(customers->size() == 1);
    const CustomerId customer = customers->first().customer.id;
    const Money amount(12345, *CurrencyCode::fromCode(u"EUR"));

    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QElapsedTimer elapsed;
    elapsed.start();
    const auto invoice = (*clerk)->invoiceEntry().create(NewInvoice{
        .customer = customer, .number = u"LIVE-1"_s, .issueDate = today, .amount = amount});
    REQUIRE(invoice);
    CHECK(
        QTest::qWaitFor([&] { return model->matchingCount() == before + 1 && !model->isReading(); },
                        liveTimeoutMs));
    INFO("the list showed the clerk's invoice after " << elapsed.elapsed() << " ms");
    REQUIRE(model->matchingCount() == before + 1);
    // The rows on screen changed in place: one more row at the end, the pages read again, the
    // selection on the same invoice.
    CHECK(resets.count() == 0);
    REQUIRE(inserted.count() == 1);
    CHECK(inserted.first().at(1).toInt() == before);
    CHECK(changed.count() > 0);
    CHECK(selectedInvoice(table) == selected);
    // Who changed it, in the status bar.
    CHECK(QTest::qWaitFor([&] { return users->text() == u"Also connected: clerk"_s; },
                          liveTimeoutMs));

    // The dashboard, shown, reads again what the clerk posts next.
    DashboardPage* dashboard = window.dashboardPage();
    window.showPage(dashboard);
    REQUIRE(QTest::qWaitFor([&] { return dashboard->data() && !dashboard->isBusy(); }, 20'000));
    auto* receivables = dashboard->findChild<DashboardTile*>(u"receivablesTile"_s);
    REQUIRE(receivables);
    const QString owed = receivables->value();
    Credit payment{.kind = Credit::Kind::Payment,
                   .code = u"LIVE-PAY-1"_s,
                   .customerId = customer,
                   .date = today,
                   .amount = amount,
                   .invoiceId = *invoice};
    elapsed.restart();
    REQUIRE((*clerk)->allocation().record(payment));
    CHECK(QTest::qWaitFor([&] { return receivables->value() != owed && !dashboard->isBusy(); },
                          liveTimeoutMs));
    INFO("the dashboard showed the clerk's payment after " << elapsed.elapsed() << " ms");
    CHECK(receivables->value() != owed);
    saveStatusBar(window, u"live-status-bar"_s);

    // In German too.
    {
        const ardesk::test::DefaultLocale german(QLocale(QLocale::German, QLocale::Germany));
        QTranslator translator;
        REQUIRE(UiLanguage::loadTranslation(translator, QLocale(QLocale::German),
                                            QStringLiteral(ARDESK_QM_DIR)));
        QCoreApplication::installTranslator(&translator);
        users->refresh();
        CHECK(users->text() == u"Ebenfalls verbunden: clerk"_s);
        saveStatusBar(window, u"live-status-bar-de"_s);
        QCoreApplication::removeTranslator(&translator);
    }

    // The clerk leaves: the note follows at the next check.
    clerk->reset();
    REQUIRE(QTest::qWaitFor(
        [&] {
            users->refresh();
            return users->text() == u"No one else connected"_s;
        },
        10'000));
}
