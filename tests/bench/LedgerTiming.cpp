// Times the main window on a big ledger, the way a user meets it: open the ledger and wait for
// the dashboard to show its figures and charts, then show the Invoices page's first rows and
// change its status filter, search and sort; then the Customers page's, sorted by the overdue
// amount and filtered to the overdue accounts. Run by hand on the 1M-invoice benchmark ledger
// (not a CTest test: timings depend on the machine):
//   QT_QPA_PLATFORM=offscreen build/perf/tests/bench/ledger_timing LEDGER
#include <algorithm>
#include <cstdio>

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTableView>

#include "jobs/JobRunner.h"
#include "models/CustomerListModel.h"
#include "models/InvoiceListModel.h"
#include "views/CustomersPage.h"
#include "views/DashboardPage.h"
#include "views/InvoicesPage.h"
#include "views/MainWindow.h"

using namespace Qt::StringLiterals;

namespace {

void settle()
{
    // Two rounds: the view lays out, then paints what it fetched.
    QApplication::processEvents();
    QApplication::processEvents();
}

void report(const char* what, const QElapsedTimer& timer, const ardesk::PagedListModel& model)
{
    std::printf("%-42s %6lld ms  (%lld matching, %d rows loaded)\n", what,
                static_cast<long long>(timer.elapsed()),
                static_cast<long long>(model.matchingCount()), model.rowCount());
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    app.setOrganizationName(u"ARDesk-timing"_s);
    if (argc != 2) {
        std::fprintf(stderr, "usage: ledger_timing LEDGER\n");
        return 2;
    }
    const ardesk::JobRunner::WaitAtExit jobsEnd;
    ardesk::MainWindow window;
    window.setRemembersSettings(false);
    window.resize(1280, 800);
    window.show();
    ardesk::DashboardPage* dashboard = window.dashboardPage();
    window.showPage(dashboard);
    settle();

    QElapsedTimer timer;
    timer.start();
    if (!window.openLedger(QString::fromLocal8Bit(argv[1])))
        return 1;
    window.showPage(dashboard);
    settle();
    std::printf("%-42s %6lld ms\n", "open ledger (dashboard page shown)",
                static_cast<long long>(timer.elapsed()));
    while (dashboard->isBusy() && timer.elapsed() < 120'000)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    settle();
    std::printf("%-42s %6lld ms\n", "open ledger, dashboard figures and charts",
                static_cast<long long>(timer.elapsed()));

    // The filter changes are timed once every background load is done, as a user who opened
    // the ledger and then starts working meets them.
    timer.restart();
    const auto busy = [&window] {
        const QList<ardesk::LedgerPage*> pages = window.pages();
        return std::any_of(pages.begin(), pages.end(),
                           [](const ardesk::LedgerPage* p) { return p->isBusy(); });
    };
    while (busy() && timer.elapsed() < 120'000)
        QApplication::processEvents(QEventLoop::AllEvents, 50);

    ardesk::InvoicesPage* page = window.invoicesPage();
    const ardesk::InvoiceListModel& model = *page->model();
    auto* status = page->findChild<QComboBox*>(u"statusFilterComboBox"_s);
    auto* search = page->findChild<QLineEdit*>(u"invoiceSearchLineEdit"_s);
    timer.restart();
    window.showPage(page);
    settle();
    report("show the Invoices page's first rows", timer, model);

    timer.restart();
    status->setCurrentIndex(
        status->findData(static_cast<int>(ardesk::InvoiceListQuery::Filter::Overdue)));
    settle();
    report("status filter: Overdue", timer, model);

    timer.restart();
    search->setText(u"INV-09"_s);
    Q_EMIT search->returnPressed();
    settle();
    report("search \"INV-09\" (with Overdue)", timer, model);

    timer.restart();
    status->setCurrentIndex(0);
    settle();
    report("status filter: All (search \"INV-09\")", timer, model);

    timer.restart();
    page->findChild<QTableView*>(u"invoicesTableView"_s)
        ->sortByColumn(ardesk::InvoiceListModel::DaysOverdue, Qt::DescendingOrder);
    settle();
    report("sort by days overdue (search \"INV-09\")", timer, model);

    timer.restart();
    search->clear();
    Q_EMIT search->returnPressed();
    settle();
    report("search cleared (sorted by days overdue)", timer, model);

    for (int column = 0; column < ardesk::InvoiceListModel::ColumnCount; ++column) {
        timer.restart();
        page->findChild<QTableView*>(u"invoicesTableView"_s)
            ->sortByColumn(column, Qt::AscendingOrder);
        settle();
        const QByteArray what = "sort by column " + QByteArray::number(column) + " (" +
                                model.headerData(column, Qt::Horizontal).toString().toUtf8() + ")";
        report(what.constData(), timer, model);
    }

    ardesk::CustomersPage* customersPage = window.customersPage();
    const ardesk::CustomerListModel& customers = *customersPage->model();
    auto* customerTable = customersPage->findChild<QTableView*>(u"customersTableView"_s);
    auto* show = customersPage->findChild<QComboBox*>(u"customerFilterComboBox"_s);
    timer.restart();
    window.showPage(customersPage);
    settle();
    report("show the Customers page's first rows", timer, customers);

    timer.restart();
    customerTable->sortByColumn(ardesk::CustomerListModel::Overdue, Qt::DescendingOrder);
    settle();
    report("customers: sort by overdue, descending", timer, customers);

    timer.restart();
    show->setCurrentIndex(show->findData(static_cast<int>(ardesk::CustomerQuery::Filter::Overdue)));
    settle();
    report("customers: show Overdue (sorted by overdue)", timer, customers);

    timer.restart();
    customerTable->sortByColumn(ardesk::CustomerListModel::Name, Qt::AscendingOrder);
    settle();
    report("customers: sort by name (Overdue)", timer, customers);

    timer.restart();
    show->setCurrentIndex(0);
    settle();
    report("customers: show All (sorted by name)", timer, customers);
    window.closeLedger();
    return 0;
}
