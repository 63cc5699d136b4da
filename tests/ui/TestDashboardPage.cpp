#include <catch2/catch.hpp>

#include <memory>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLineSeries>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTest>
#include <QTextDocumentFragment>
#include <QThread>
#include <QValueAxis>

#include "DefaultLocale.h"
#include "UiTestLedger.h"
#include "charts/AgingBucketChart.h"
#include "charts/ChartStyle.h"
#include "charts/ForecastChart.h"
#include "dialogs/AgingBucketDialog.h"
#include "jobs/JobRunner.h"
#include "models/AgingDetailModel.h"
#include "views/DashboardPage.h"
#include "views/MainWindow.h"

using namespace Qt::StringLiterals;
using ardesk::AgingDetailModel;
using ardesk::DashboardPage;
using ardesk::test::DefaultLocale;
using ardesk::test::UiTestLedger;

namespace {

constexpr int loadTimeoutMs = 5000;

QDate day(const char* iso)
{
    const QDate date = QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
    REQUIRE(date.isValid());
    return date;
}

// As of 2026-11-23, in EUR:  INV-1  1,000.00 current           (due 2026-11-30)
//                            INV-2    300.00 31–60, 39 days    (500.00 less P1's 200.00)
//                            INV-3    250.00 1–30, 23 days     (due 2026-10-31)
//                            INV-4    paid by P2, which leaves 50.00 unapplied
// and INV-5, 50,000 JPY, which the EUR figures leave out.
// October 2026 (the last full month): end AR 850.00, credit sales 500.00, so DSO = 850 / 500 ×
// 31 = 52.70; begin AR 550.00, current AR 250.00, so CEI = (550 + 500 − 850) / (550 + 500 −
// 250) = 25.00%.
void loadInvoices(UiTestLedger& ledger)
{
    ledger.load(ardesk::ImportKind::Invoices,
                "invoice_number,customer_id,issue_date,due_date,amount\n"
                "INV-1,C0001,2026-11-01,2026-11-30,1000.00\n"
                "INV-2,C0001,2026-10-01,2026-10-15,500.00\n"
                "INV-3,C0004,2026-09-01,2026-10-31,250.00\n"
                "INV-4,C0002,2026-06-01,2026-07-01,300.00\n"
                "INV-5,C0003,2026-11-01,2026-11-15,50000\n");
    ledger.load(ardesk::ImportKind::Payments, "payment_id,customer_id,date,amount\n"
                                              "P1,C0001,2026-10-20,200.00\n"
                                              "P2,C0002,2026-11-10,350.00\n");
}

QString text(const QWidget& parent, const QString& labelName)
{
    auto* label = parent.findChild<QLabel*>(labelName);
    REQUIRE(label);
    return label->text();
}

void waitUntilLoaded(const DashboardPage& page, QDate asOf)
{
    REQUIRE(QTest::qWaitFor(
        [&] { return !page.isBusy() && page.data() && page.data()->asOf == asOf; }, loadTimeoutMs));
}

// Waits until every background job has ended, so that any answer a job sends is queued for the
// GUI thread by then. JobRunner::waitForAllJobs() blocks, so it runs on a thread of its own:
// the GUI thread goes on handling what arrives meanwhile, and the wait can time out.
bool waitForAllJobs(int timeoutMs)
{
    std::unique_ptr<QThread> waiter(QThread::create(&ardesk::JobRunner::waitForAllJobs));
    waiter->start();
    if (!QTest::qWaitFor([&waiter] { return waiter->isFinished(); }, timeoutMs)) {
        // Still waiting for a job that does not end: destroying the thread now would abort.
        (void)waiter.release();
        return false;
    }
    return true;
}

QStringList documents(const AgingDetailModel& model)
{
    QStringList result;
    for (const ardesk::AgingDetailRow& row : model.rows())
        result.append(row.document);
    return result;
}

} // namespace

TEST_CASE("The dashboard tiles show the ledger's figures in the user's locale", "[ui][dashboard]")
{
    const auto [localeName, receivables, overdue, share, dso, cei, unapplied, others] =
        GENERATE(table<const char*, const char*, const char*, const char*, const char*, const char*,
                       const char*, const char*>({
            {"en_US", "1,550.00 EUR", "550.00 EUR", "35.5% of receivables", "52.70", "25.00%",
             "50.00 EUR", "50,000 JPY"},
            {"de_DE", "1.550,00 EUR", "550,00 EUR", "35,5% of receivables", "52,70", "25,00%",
             "50,00 EUR", "50.000 JPY"},
        }));
    INFO("locale " << localeName);
    const DefaultLocale locale{QLocale(QString::fromLatin1(localeName))};
    UiTestLedger ledger(4);
    loadInvoices(ledger);

    ardesk::MainWindow window;
    window.setRemembersSettings(false);
    REQUIRE(window.openLedger(ledger.path()));
    DashboardPage* page = window.dashboardPage();
    REQUIRE(page);
    page->setAsOf(day("2026-11-23"));
    waitUntilLoaded(*page, day("2026-11-23"));

    CHECK(text(*page, u"receivablesValueLabel"_s) == QString::fromUtf8(receivables));
    CHECK(text(*page, u"overdueValueLabel"_s) == QString::fromUtf8(overdue));
    CHECK(text(*page, u"overdueNoteLabel"_s) == QString::fromUtf8(share));
    CHECK(text(*page, u"dsoValueLabel"_s) == QString::fromUtf8(dso));
    CHECK(text(*page, u"ceiValueLabel"_s) == QString::fromUtf8(cei));
    CHECK(text(*page, u"unappliedValueLabel"_s) == QString::fromUtf8(unapplied));
    CHECK(text(*page, u"otherCurrenciesLabel"_s).endsWith(QString::fromUtf8(others)));
    CHECK(page->data()->kpis.points.size() == ardesk::DashboardLoader::trendMonths);
    CHECK(page->data()->kpis.points.last().month == day("2026-10-01"));
}

TEST_CASE("The dashboard is a page of the main window with a shortcut", "[ui][dashboard]")
{
    UiTestLedger ledger(4);
    ardesk::MainWindow window;
    window.setRemembersSettings(false);
    REQUIRE(window.openLedger(ledger.path()));
    auto* action = window.findChild<QAction*>(u"dashboardPageAction"_s);
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_2));
    CHECK(window.currentPage() != window.dashboardPage());
    action->trigger();
    CHECK(window.currentPage() == window.dashboardPage());
    CHECK(action->isChecked());
    // Screen readers name the date control and the charts.
    CHECK_FALSE(window.findChild<QDateEdit*>(u"asOfDateEdit"_s)->accessibleName().isEmpty());
    CHECK_FALSE(window.findChild<ardesk::AgingBucketChart*>()->accessibleName().isEmpty());
    // An empty ledger: nothing owed, no ratio defined.
    waitUntilLoaded(*window.dashboardPage(), window.dashboardPage()->asOf());
    CHECK(text(window, u"overdueNoteLabel"_s).isEmpty());
    CHECK(text(window, u"dsoValueLabel"_s) == u"—"_s);
    CHECK_FALSE(window.findChild<QLabel*>(u"otherCurrenciesLabel"_s)->isVisibleTo(&window));
}

TEST_CASE("A newer as-of date wins over one still loading", "[ui][dashboard]")
{
    const DefaultLocale locale{QLocale(QLocale::English, QLocale::UnitedStates)};
    UiTestLedger ledger(4);
    loadInvoices(ledger);
    ardesk::MainWindow window;
    window.setRemembersSettings(false);
    REQUIRE(window.openLedger(ledger.path()));
    DashboardPage* page = window.dashboardPage();
    window.showPage(page);
    window.show();
    // Every answer the page is given, stale or not.
    QList<QDate> answered;
    const QObject receiver; // after `answered`: the connection ends before the list does
    auto* loader = page->findChild<ardesk::DashboardLoader*>();
    REQUIRE(loader);
    QObject::connect(
        loader, &ardesk::DashboardLoader::dashboardLoaded, &receiver,
        [&answered](const ardesk::DashboardData& data) { answered.append(data.asOf); });

    page->setAsOf(day("2026-11-23"));
    CHECK(page->isBusy());
    CHECK(window.findChild<QProgressBar*>(u"busyProgressBar"_s)->isVisible());
    page->setAsOf(day("2026-10-05"));
    waitUntilLoaded(*page, day("2026-10-05"));
    // The reads for 2026-11-23 (and for today, from opening the ledger) may still be running, on
    // other threads, and answer after 2026-10-05 did. Once every job has ended their answers
    // are queued, and handling the queue delivers them unless they are dropped.
    REQUIRE(waitForAllJobs(loadTimeoutMs));
    QCoreApplication::processEvents();
    CHECK(answered == QList{day("2026-10-05")});
    CHECK(page->data()->asOf == day("2026-10-05"));
    CHECK_FALSE(window.findChild<QProgressBar*>(u"busyProgressBar"_s)->isVisible());
    // As of 2026-10-05: INV-2 500.00 and INV-3 250.00 current, INV-4 300.00 91+ days.
    CHECK(text(*page, u"receivablesValueLabel"_s) == u"1,050.00 EUR"_s);
    CHECK(text(*page, u"overdueValueLabel"_s) == u"300.00 EUR"_s);
    CHECK(text(*page, u"unappliedValueLabel"_s) == u"0.00 EUR"_s);
    CHECK(text(*page, u"dsoNoteLabel"_s) == u"Days, September 2026"_s);
}

namespace {

QList<ardesk::ForecastRow> rowsIn(const ardesk::ForecastData& data, const QString& currency)
{
    QList<ardesk::ForecastRow> rows;
    for (const ardesk::ForecastRow& row : data.rows) {
        if (row.currency == currency)
            rows.append(row);
    }
    return rows;
}

template <typename Series>
Series* onlySeries(const QChart& chart)
{
    Series* found = nullptr;
    for (QAbstractSeries* series : chart.series()) {
        if (auto* typed = qobject_cast<Series*>(series)) {
            REQUIRE_FALSE(found);
            found = typed;
        }
    }
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE("The dashboard forecasts the cash to come in, by week or by month", "[ui][dashboard]")
{
    const DefaultLocale locale{QLocale(QLocale::English, QLocale::UnitedStates)};
    UiTestLedger ledger(4);
    loadInvoices(ledger);
    // A history of paying on the due date, so that INV-1 is expected within the weeks shown.
    ledger.load(ardesk::ImportKind::Invoices,
                "invoice_number,customer_id,issue_date,due_date,amount\n"
                "H-1,C0001,2026-03-01,2026-03-31,100.00\n"
                "H-2,C0001,2026-04-01,2026-04-30,100.00\n"
                "H-3,C0001,2026-05-01,2026-05-31,100.00\n"
                "H-4,C0001,2026-06-01,2026-06-30,100.00\n");
    ledger.load(ardesk::ImportKind::Payments, "payment_id,customer_id,date,amount,invoice_number\n"
                                              "PH-1,C0001,2026-03-31,100.00,H-1\n"
                                              "PH-2,C0001,2026-04-30,100.00,H-2\n"
                                              "PH-3,C0001,2026-05-31,100.00,H-3\n"
                                              "PH-4,C0001,2026-06-30,100.00,H-4\n");
    ardesk::MainWindow window;
    window.setRemembersSettings(false);
    REQUIRE(window.openLedger(ledger.path()));
    DashboardPage* page = window.dashboardPage();
    page->setAsOf(day("2026-11-23"));
    REQUIRE(QTest::qWaitFor(
        [&] {
            return !page->isBusy() && page->forecast() &&
                   page->forecast()->asOf == day("2026-11-23");
        },
        loadTimeoutMs));

    // Weeks from 2026-11-24. By the terms, INV-1 (1,000.00, due 2026-11-30) falls in the first
    // week, and so do the overdue INV-2 (300.00) and INV-3 (250.00).
    const ardesk::ForecastData& weekly = *page->forecast();
    CHECK(weekly.period == ardesk::ForecastPeriod::Week);
    CHECK(weekly.currency.code() == u"EUR"_s);
    const QList<ardesk::ForecastRow> euros = rowsIn(weekly, u"EUR"_s);
    REQUIRE(euros.size() == 12);
    CHECK(euros.first().start == day("2026-11-24"));
    CHECK(euros.first().end == day("2026-11-30"));
    CHECK(euros.last().end == day("2027-02-15"));
    CHECK(euros.first().contractualMinor == 155000);
    qint64 expected = 0;
    for (const ardesk::ForecastRow& row : euros) {
        CHECK(row.lowMinor <= row.expectedMinor);
        CHECK(row.expectedMinor <= row.highMinor);
        expected += row.expectedMinor;
    }
    CHECK(expected > 0);
    CHECK(expected <= 155000);
    CHECK(rowsIn(weekly, u"JPY"_s).size() == 12);

    // The chart shows the EUR rows only: a bar per week, the band and the contractual line.
    auto* chartView = page->findChild<ardesk::ForecastChart*>(u"forecastChartView"_s);
    REQUIRE(chartView);
    const QChart& chart = *chartView->chart();
    auto* bars = onlySeries<QBarSeries>(chart);
    REQUIRE(bars->count() == 1);
    CHECK(bars->barSets().first()->count() == 12);
    CHECK(bars->barSets().first()->at(0) ==
          Approx(static_cast<double>(euros.first().expectedMinor) / 100.0));
    auto* band = onlySeries<QAreaSeries>(chart);
    CHECK(band->upperSeries()->count() == 12);
    CHECK(band->upperSeries()->at(0).y() ==
          Approx(static_cast<double>(euros.first().highMinor) / 100.0));
    auto* line = onlySeries<QLineSeries>(chart);
    CHECK(line->at(0).y() == Approx(1550.0));

    auto* period = page->findChild<QComboBox*>(u"forecastPeriodComboBox"_s);
    REQUIRE(period);
    period->setCurrentIndex(1);
    REQUIRE(QTest::qWaitFor(
        [&] {
            return !page->isBusy() && page->forecast()->period == ardesk::ForecastPeriod::Month;
        },
        loadTimeoutMs));
    const QList<ardesk::ForecastRow> months = rowsIn(*page->forecast(), u"EUR"_s);
    REQUIRE(months.size() == 6);
    // The rest of November, then calendar months.
    CHECK(months.first().end == day("2026-11-30"));
    CHECK(months[1].start == day("2026-12-01"));
    CHECK(months.last().end == day("2027-04-30"));
    CHECK(onlySeries<QBarSeries>(chart)->barSets().first()->count() == 6);
    CHECK(ardesk::ForecastChart::periodLabels(months, ardesk::ForecastPeriod::Month).first() ==
          u"Nov<br>26"_s);
    CHECK(ardesk::ForecastChart::periodLabels(euros, ardesk::ForecastPeriod::Week)[1] ==
          u"1<br>Dec"_s);
}

TEST_CASE("Clicking an aging bar lists the invoices in that bucket", "[ui][dashboard]")
{
    UiTestLedger ledger(4);
    loadInvoices(ledger);
    ardesk::MainWindow window;
    window.setRemembersSettings(false);
    REQUIRE(window.openLedger(ledger.path()));
    DashboardPage* page = window.dashboardPage();
    page->setAsOf(day("2026-11-23"));
    waitUntilLoaded(*page, day("2026-11-23"));

    auto* chart = page->findChild<ardesk::AgingBucketChart*>(u"agingBucketChartView"_s);
    REQUIRE(chart);
    const auto* series = qobject_cast<QStackedBarSeries*>(chart->chart()->series().value(0));
    REQUIRE(series);
    REQUIRE(series->count() == 5);

    // The bar of bucket k is set k's value at index k; a click on it reports the index.
    const auto [bucket, expected] = GENERATE(table<int, QStringList>({
        {0, {u"INV-1"_s}},
        {1, {u"INV-3"_s}}, // not INV-5: JPY is not in the EUR bars
        {2, {u"INV-2"_s}},
        {4, {}},
    }));
    INFO("bucket " << bucket);
    Q_EMIT series->barSets().at(bucket)->clicked(bucket);
    REQUIRE(QTest::qWaitFor(
        [&] {
            return !page->isBusy() && page->bucketDialog() && page->bucketDialog()->isVisible();
        },
        loadTimeoutMs));
    ardesk::AgingBucketDialog* dialog = page->bucketDialog();
    CHECK(documents(*dialog->model()) == expected);
    CHECK(dialog->findChild<QTableView*>(u"bucketTableView"_s)->model()->rowCount() ==
          expected.size());
    if (bucket == 2) {
        const ardesk::AgingDetailRow& row = dialog->model()->rows().first();
        CHECK(row.openMinor == 30000);
        CHECK(row.ageDays == 39);
        CHECK(dialog->windowTitle().contains(u"31–60"_s));
    }
    dialog->close();
}

TEST_CASE("The bucket detail model is a valid, sortable table model", "[ui][dashboard][model]")
{
    const DefaultLocale locale{QLocale(QLocale::English, QLocale::UnitedStates)};
    AgingDetailModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(AgingDetailModel::SortRole);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);

    const auto eur = *ardesk::CurrencyCode::fromCode(u"EUR");
    const auto row = [&](const char* customer, const char* document, const char* due, int age,
                         qint64 open) {
        return ardesk::AgingDetailRow{.customerCode = u"C1"_s,
                                      .customerName = QString::fromUtf8(customer),
                                      .currency = eur,
                                      .document = QString::fromUtf8(document),
                                      .issueDate = day(due).addDays(-30),
                                      .dueDate = day(due),
                                      .ageDays = age,
                                      .bucket = 2,
                                      .openMinor = open};
    };
    model.setRows({row("Zephyr", "A-1", "2026-10-01", 53, 9'999'99),
                   row("Alpha", "A-2", "2026-10-20", 34, 100),
                   row("Mid", "A-3", "2026-10-10", 44, 1'000'000'00),
                   row("Later", "A-4", "2026-12-01", -3, 500),
                   row("Today", "A-5", "2026-11-23", 0, 500)});
    REQUIRE(model.rowCount() == 5);
    // Not yet overdue: no days shown, rather than a negative count.
    CHECK(model.index(3, AgingDetailModel::DaysOverdue).data().toString().isEmpty());
    CHECK(model.index(4, AgingDetailModel::DaysOverdue).data().toString().isEmpty());
    model.setRows({row("Zephyr", "A-1", "2026-10-01", 53, 9'999'99),
                   row("Alpha", "A-2", "2026-10-20", 34, 100),
                   row("Mid", "A-3", "2026-10-10", 44, 1'000'000'00)});
    REQUIRE(model.rowCount() == 3);
    CHECK(model.columnCount() == AgingDetailModel::ColumnCount);
    CHECK(model.index(2, AgingDetailModel::OpenAmount).data() == u"1,000,000.00"_s);
    CHECK(model.index(0, AgingDetailModel::DaysOverdue).data() == u"53"_s);
    CHECK(model.index(0, AgingDetailModel::OpenAmount).data(Qt::TextAlignmentRole) ==
          QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter));

    const auto sortedDocuments = [&proxy] {
        QStringList values;
        for (int r = 0; r < proxy.rowCount(); ++r)
            values.append(proxy.index(r, AgingDetailModel::Document).data().toString());
        return values;
    };
    // By amount, numerically: "1,000,000.00" sorts after "9,999.99" only by its raw value.
    proxy.sort(AgingDetailModel::OpenAmount, Qt::AscendingOrder);
    CHECK(sortedDocuments() == QStringList{u"A-2"_s, u"A-1"_s, u"A-3"_s});
    proxy.sort(AgingDetailModel::DueDate, Qt::DescendingOrder);
    CHECK(sortedDocuments() == QStringList{u"A-2"_s, u"A-3"_s, u"A-1"_s});
    proxy.sort(AgingDetailModel::Customer, Qt::AscendingOrder);
    CHECK(sortedDocuments() == QStringList{u"A-2"_s, u"A-3"_s, u"A-1"_s});

    model.setRows({});
    CHECK(proxy.rowCount() == 0);
}

TEST_CASE("Chart axes write amounts with the locale's thousands separators", "[ui][dashboard]")
{
    const auto [locale, expected] = GENERATE(table<QLocale::Language, QString>({
        {QLocale::German, u"150.000.000"_s},
        {QLocale::English, u"150,000,000"_s},
    }));
    const ardesk::test::DefaultLocale chosen(QLocale(locale, QLocale::AnyTerritory));
    QChartView view;
    ardesk::ChartStyle::apply(view, u"Receivables"_s);
    auto* series = new QBarSeries;
    auto* set = new QBarSet(u"Due"_s);
    *set << 150'000'000;
    series->append(set);
    view.chart()->addSeries(series);
    QValueAxis* axis = ardesk::ChartStyle::valueAxis(u"EUR"_s);
    view.chart()->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    axis->setRange(0, 150'000'000);
    axis->setTickCount(4);
    view.resize(640, 400);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));

    // The labels are text items of the chart's scene.
    QStringList labels;
    const QList<QGraphicsItem*> items = view.scene()->items();
    for (const QGraphicsItem* item : items) {
        if (const auto* text = dynamic_cast<const QGraphicsTextItem*>(item))
            labels.append(text->toPlainText());
    }
    INFO(labels.join(u" | "_s).toStdString());
    CHECK(labels.contains(expected));
}

TEST_CASE("Month labels stay whole however narrow the chart", "[ui][dashboard]")
{
    const auto language = GENERATE(QLocale::German, QLocale::English, QLocale::French);
    const int width = GENERATE(420, 640, 1400);
    const ardesk::test::DefaultLocale chosen(QLocale(language, QLocale::AnyTerritory));
    QChartView view;
    ardesk::ChartStyle::apply(view, u"DSO"_s);
    auto* line = new QLineSeries;
    QList<QDate> months;
    for (int i = 0; i < 12; ++i) {
        months.append(QDate(2025, 12, 1).addMonths(i));
        line->append(i, 40 + i);
    }
    view.chart()->addSeries(line);
    QBarCategoryAxis* axis =
        ardesk::ChartStyle::categoryAxis(*view.chart(), ardesk::ChartStyle::monthLabels(months));
    line->attachAxis(axis);
    QValueAxis* days = ardesk::ChartStyle::valueAxis(u"Days"_s);
    view.chart()->addAxis(days, Qt::AlignLeft);
    line->attachAxis(days);
    view.resize(width, 320);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    QApplication::processEvents();

    QStringList expected;
    for (const QString& category : axis->categories())
        expected.append(QTextDocumentFragment::fromHtml(category).toPlainText().simplified());
    QStringList shown;
    for (const QGraphicsItem* item : view.scene()->items()) {
        const auto* text = dynamic_cast<const QGraphicsTextItem*>(item);
        if (text && text->isVisible() && expected.contains(text->toPlainText().simplified()))
            shown.append(text->toPlainText().simplified());
    }
    INFO(QLocale().name().toStdString()
         << " at " << width << " px: " << expected.join(u" | "_s).toStdString() << " shown as "
         << shown.join(u" | "_s).toStdString());
    CHECK(shown.size() == 12);
    // Wide enough, the labels keep the chart's own font and lie flat.
    if (width >= 1400) {
        CHECK(axis->labelsAngle() == 0);
        CHECK(axis->labelsFont() == view.chart()->axes(Qt::Vertical).first()->labelsFont());
    }
}
