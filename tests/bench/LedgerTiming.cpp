// Times the main window on a big ledger, the way a user meets it: open the ledger and wait for
// the dashboard to show its figures and charts, then show the Invoices page's first rows, go
// to the last one with Ctrl+End, type a search (how long the GUI thread is held per key while
// searches run) and change its status filter, search and sort; then the Customers page's,
// sorted by the overdue amount and filtered to the overdue accounts. Lists count and read in
// the background: a step ends when the list has its count and the rows in view. Run by hand on
// the 1M-invoice benchmark ledger (not a CTest test: timings depend on the machine):
//   QT_QPA_PLATFORM=offscreen build/perf/tests/bench/ledger_timing LEDGER
#include <algorithm>
#include <cstdio>

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include "jobs/JobRunner.h"
#include "models/CustomerListModel.h"
#include "models/InvoiceListModel.h"
#include "views/CustomersPage.h"
#include "views/DashboardPage.h"
#include "views/InvoicesPage.h"
#include "views/MainWindow.h"

using namespace Qt::StringLiterals;

namespace {

// Until the list has its count and the rows the view asked for (both read in the background).
void waitForList(const ardesk::PagedListModel& model)
{
    QElapsedTimer waited;
    waited.start();
    do {
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    } while (model.isReading() && waited.elapsed() < 120'000);
}

void settle(const ardesk::PagedListModel* model = nullptr)
{
    // Two rounds: the view lays out, then paints what it asked for; then the rows it asked for.
    QApplication::processEvents();
    QApplication::processEvents();
    if (model) {
        waitForList(*model);
        QApplication::processEvents();
    }
}

void press(QWidget* widget, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier,
           const QString& text = QString())
{
    QKeyEvent down(QEvent::KeyPress, key, modifiers, text);
    QApplication::sendEvent(widget, &down);
    QKeyEvent up(QEvent::KeyRelease, key, modifiers, text);
    QApplication::sendEvent(widget, &up);
}

// Ctrl+End: the scroll bar spans the whole list, so the last row is one jump away; it shows once
// its page has come (read backwards from the end of the list). Then back to the top.
void timeCtrlEnd(QTableView* table, const ardesk::PagedListModel& model, const char* what)
{
    table->setFocus();
    const int last = model.rowCount() - 1;
    QElapsedTimer timer;
    timer.start();
    press(table, Qt::Key_End, Qt::ControlModifier);
    const qint64 keyMs = timer.elapsed();
    while (!model.hasRow(last) && timer.elapsed() < 120'000)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    settle(&model);
    std::printf("%-42s %6lld ms  (key handled in %lld ms; row %d of %lld, scroll bar %d of %d)\n",
                what, static_cast<long long>(timer.elapsed()), static_cast<long long>(keyMs),
                table->currentIndex().row() + 1, static_cast<long long>(model.matchingCount()),
                table->verticalScrollBar()->value(), table->verticalScrollBar()->maximum());
    press(table, Qt::Key_Home, Qt::ControlModifier);
    settle(&model);
}

// The longest the GUI thread went without running its event loop, as a 5 ms heartbeat timer
// sees it: what a key typed at the worst moment would have waited.
class StallMeter : public QObject {
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, this,
                         [this] { m_longest = std::max(m_longest, m_sinceLast.restart()); });
        m_sinceLast.start();
        m_timer.start();
    }
    qint64 longestMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceLast;
    qint64 m_longest = 0;
};

// Runs the event loop for `ms`, as time passing between keys.
void idle(int ms)
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < ms)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
}

void report(const char* what, const QElapsedTimer& timer, const ardesk::PagedListModel& model)
{
    std::printf("%-42s %6lld ms  (%lld matching)\n", what, static_cast<long long>(timer.elapsed()),
                static_cast<long long>(model.matchingCount()));
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
    auto* table = page->findChild<QTableView*>(u"invoicesTableView"_s);
    timer.restart();
    window.showPage(page);
    settle(&model);
    report("show the Invoices page's first rows", timer, model);

    timeCtrlEnd(table, model, "Ctrl+End: last row shown (by number)");

    // Typing a search: a pause after each key longer than the search delay, so that every key
    // starts a search while the one before may still run. The GUI thread's longest stall is
    // what a key typed at that moment waits for its echo.
    {
        auto* searchField = page->findChild<QLineEdit*>(u"invoiceSearchLineEdit"_s);
        searchField->setFocus();
        const StallMeter stalls;
        qint64 longestKey = 0;
        timer.restart();
        for (const QChar c : u"INV-0999"_s) {
            QElapsedTimer key;
            key.start();
            press(searchField, c.unicode(), Qt::NoModifier, QString(c));
            longestKey = std::max(longestKey, key.elapsed());
            idle(ardesk::InvoicesPage::searchDelayMs + 50);
        }
        settle(&model);
        std::printf("%-42s %6lld ms  (longest key %lld ms, longest GUI stall %lld ms; %lld "
                    "matching)\n",
                    "type \"INV-0999\", a search per key", static_cast<long long>(timer.elapsed()),
                    static_cast<long long>(longestKey), static_cast<long long>(stalls.longestMs()),
                    static_cast<long long>(model.matchingCount()));
        searchField->clear();
        Q_EMIT searchField->returnPressed();
        settle(&model);
    }

    timer.restart();
    status->setCurrentIndex(
        status->findData(static_cast<int>(ardesk::InvoiceListQuery::Filter::Overdue)));
    settle(&model);
    report("status filter: Overdue", timer, model);

    timer.restart();
    search->setText(u"INV-09"_s);
    Q_EMIT search->returnPressed();
    settle(&model);
    report("search \"INV-09\" (with Overdue)", timer, model);

    timer.restart();
    status->setCurrentIndex(0);
    settle(&model);
    report("status filter: All (search \"INV-09\")", timer, model);

    timer.restart();
    page->findChild<QTableView*>(u"invoicesTableView"_s)
        ->sortByColumn(ardesk::InvoiceListModel::DaysOverdue, Qt::DescendingOrder);
    settle(&model);
    report("sort by days overdue (search \"INV-09\")", timer, model);

    timer.restart();
    search->clear();
    Q_EMIT search->returnPressed();
    settle(&model);
    report("search cleared (sorted by days overdue)", timer, model);

    for (int column = 0; column < ardesk::InvoiceListModel::ColumnCount; ++column) {
        timer.restart();
        page->findChild<QTableView*>(u"invoicesTableView"_s)
            ->sortByColumn(column, Qt::AscendingOrder);
        settle(&model);
        const QByteArray what = "sort by column " + QByteArray::number(column) + " (" +
                                model.headerData(column, Qt::Horizontal).toString().toUtf8() + ")";
        report(what.constData(), timer, model);
    }

    table->sortByColumn(ardesk::InvoiceListModel::Customer, Qt::AscendingOrder);
    settle(&model);
    timeCtrlEnd(table, model, "Ctrl+End: last row shown (by customer)");

    ardesk::CustomersPage* customersPage = window.customersPage();
    const ardesk::CustomerListModel& customers = *customersPage->model();
    auto* customerTable = customersPage->findChild<QTableView*>(u"customersTableView"_s);
    auto* show = customersPage->findChild<QComboBox*>(u"customerFilterComboBox"_s);
    timer.restart();
    window.showPage(customersPage);
    settle(&customers);
    report("show the Customers page's first rows", timer, customers);

    timer.restart();
    customerTable->sortByColumn(ardesk::CustomerListModel::Overdue, Qt::DescendingOrder);
    settle(&customers);
    report("customers: sort by overdue, descending", timer, customers);

    timer.restart();
    show->setCurrentIndex(show->findData(static_cast<int>(ardesk::CustomerQuery::Filter::Overdue)));
    settle(&customers);
    report("customers: show Overdue (sorted by overdue)", timer, customers);

    timer.restart();
    customerTable->sortByColumn(ardesk::CustomerListModel::Name, Qt::AscendingOrder);
    settle(&customers);
    report("customers: sort by name (Overdue)", timer, customers);

    timer.restart();
    show->setCurrentIndex(0);
    settle(&customers);
    report("customers: show All (sorted by name)", timer, customers);
    window.closeLedger();
    return 0;
}
