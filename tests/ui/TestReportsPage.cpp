#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>
#include <utility>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "DefaultLocale.h"
#include "UiTestLedger.h"
#include "domain/Money.h"
#include "jobs/ExportRunner.h"
#include "models/AgingSummaryModel.h"
#include "printing/AgingReportDocument.h"
#include "views/DashboardPage.h"
#include "views/MainWindow.h"
#include "views/ReportsPage.h"
#include "widgets/FileDialogs.h"

using namespace Qt::StringLiterals;
using ardesk::AgingReportData;
using ardesk::ReportsPage;
using ardesk::test::DefaultLocale;
using ardesk::test::UiTestLedger;

namespace {

constexpr int loadTimeoutMs = 5000;
const QDate asOf(2026, 11, 23);

// As of 2026-11-23 by due date, standard buckets:
//   Zephyr Bakery (C0001)       INV-1 paid by P1, which leaves 200.00 EUR unapplied
//   100% Organic_Foods (C0002)  INV-3 250.00 EUR, 145 days: 91+
//   Tokyo Trading KK (C0003)    INV-4 50,000 JPY, 8 days: 1–30
//   Ärzte Bedarf (C0004)        INV-2 4,000.00 EUR, 53 days: 31–60 (61–90 by issue date)
// EUR total 4,050.00; JPY total 50,000.
void loadInvoices(UiTestLedger& ledger)
{
    ledger.load(ardesk::ImportKind::Invoices,
                "invoice_number,customer_id,issue_date,due_date,amount\n"
                "INV-1,C0001,2026-11-01,2026-11-30,1000.00\n"
                "INV-2,C0004,2026-09-01,2026-10-01,4000.00\n"
                "INV-3,C0002,2026-06-01,2026-07-01,250.00\n"
                "INV-4,C0003,2026-11-01,2026-11-15,50000\n");
    ledger.load(ardesk::ImportKind::Payments, "payment_id,customer_id,date,amount\n"
                                              "P1,C0001,2026-11-10,1200.00\n");
}

// A main window on the ledger, showing the Reports page as of `asOf`.
struct ReportsFixture {
    explicit ReportsFixture(UiTestLedger& ledger)
    {
        window.setRemembersSettings(false);
        // The page reads its report when it is first shown.
        window.show();
        REQUIRE(window.openLedger(ledger.path()));
        page = window.reportsPage();
        REQUIRE(page);
        window.showPage(page);
        child<QDateEdit>(u"reportAsOfDateEdit"_s)->setDate(asOf);
        waitFor([](const AgingReportData& data) { return data.options.asOf == asOf; });
    }

    template <typename T>
    T* child(const QString& name) const
    {
        auto* widget = page->findChild<T*>(name);
        REQUIRE(widget);
        return widget;
    }

    void waitFor(const std::function<bool(const AgingReportData&)>& shown) const
    {
        REQUIRE(
            QTest::qWaitFor([&] { return !page->isBusy() && page->data() && shown(*page->data()); },
                            loadTimeoutMs));
    }

    // Restarted by typing in the options; its timeout reads the report again.
    QTimer* changeTimer() const
    {
        auto* timer = page->findChild<QTimer*>(u"changeTimer"_s);
        REQUIRE(timer);
        return timer;
    }

    void setBuckets(const QString& text) const
    {
        auto* edit = child<QLineEdit>(u"bucketsLineEdit"_s);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    ardesk::MainWindow window;
    ReportsPage* page = nullptr;
};

QByteArray cliAging(const QString& ledger, const QStringList& options)
{
    QProcess cli;
    cli.start(QString::fromUtf8(ARDESK_CLI_PATH),
              QStringList{u"--ledger"_s, ledger, u"aging"_s} + options);
    REQUIRE(cli.waitForFinished(loadTimeoutMs));
    INFO(cli.readAllStandardError().toStdString());
    REQUIRE(cli.exitCode() == 0);
    return cli.readAllStandardOutput();
}

QByteArray exported(const ReportsFixture& fixture, const QTemporaryDir& dir, const QString& name)
{
    const QString path = dir.filePath(name);
    ardesk::FileDialogs::setNextFileName(path);
    QTest::mouseClick(fixture.child<QPushButton>(u"exportButton"_s), Qt::LeftButton);
    // The file is written off the GUI thread, and appears only once complete.
    REQUIRE(
        QTest::qWaitFor([&] { return !fixture.page->exportRunner()->isRunning(); }, loadTimeoutMs));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("The Reports page is a page of the main window with Ctrl+3", "[ui][reports]")
{
    UiTestLedger ledger(4);
    ardesk::MainWindow window;
    window.setRemembersSettings(false);
    REQUIRE(window.openLedger(ledger.path()));
    auto* action = window.findChild<QAction*>(u"reportsPageAction"_s);
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_3));
    action->trigger();
    CHECK(window.currentPage() == window.reportsPage());
    for (const QString& name : {u"reportAsOfDateEdit"_s, u"basisComboBox"_s, u"bucketsLineEdit"_s,
                                u"layoutComboBox"_s, u"customerLineEdit"_s, u"reportTableView"_s}) {
        INFO(name.toStdString());
        auto* widget = window.reportsPage()->findChild<QWidget*>(name);
        REQUIRE(widget);
        CHECK_FALSE(widget->accessibleName().isEmpty());
    }
}

TEST_CASE("The Reports page shows the aging and reads again when an option changes",
          "[ui][reports][model]")
{
    const DefaultLocale locale{QLocale(QLocale::English, QLocale::UnitedStates)};
    UiTestLedger ledger(4);
    loadInvoices(ledger);
    ReportsFixture fixture(ledger);
    auto* table = fixture.child<QTableView>(u"reportTableView"_s);
    QAbstractItemModelTester tester(table->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);

    // Four customers, then the EUR and JPY totals; 3 + 5 buckets + unapplied + total columns.
    QAbstractItemModel* model = table->model();
    REQUIRE(model->rowCount() == 6);
    REQUIRE(model->columnCount() == 10);
    const auto summaryColumn = [&](int column) {
        QStringList values;
        for (int r = 0; r < model->rowCount(); ++r)
            values.append(model->index(r, column).data().toString());
        return values;
    };
    // By name as people read them ("Ärzte" among the A's, not after the Z's), totals last.
    CHECK(summaryColumn(ardesk::AgingSummaryModel::Customer) ==
          QStringList{u"100% Organic_Foods"_s, u"Ärzte Bedarf"_s, u"Tokyo Trading KK"_s,
                      u"Zephyr Bakery"_s, u"Total"_s, u"Total"_s});
    CHECK(summaryColumn(9) == QStringList{u"250.00"_s, u"4,000.00"_s, u"50,000"_s, u"-200.00"_s,
                                          u"4,050.00"_s, u"50,000"_s});
    CHECK(model->index(0, 9).data(Qt::TextAlignmentRole) ==
          QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter));
    CHECK(model->headerData(4, Qt::Horizontal).toString() == u"1–30"_s);

    // Sorting is by the raw amount, not the text ("50,000" would come first), and the totals
    // stay below the customers in either order.
    table->sortByColumn(9, Qt::DescendingOrder);
    CHECK(summaryColumn(ardesk::AgingSummaryModel::Customer) ==
          QStringList{u"Ärzte Bedarf"_s, u"Tokyo Trading KK"_s, u"100% Organic_Foods"_s,
                      u"Zephyr Bakery"_s, u"Total"_s, u"Total"_s});
    table->sortByColumn(9, Qt::AscendingOrder);
    CHECK(summaryColumn(ardesk::AgingSummaryModel::Customer) ==
          QStringList{u"Zephyr Bakery"_s, u"100% Organic_Foods"_s, u"Tokyo Trading KK"_s,
                      u"Ärzte Bedarf"_s, u"Total"_s, u"Total"_s});
    // Names sort as the user's language orders them: "Ä" with the "A"s, not after "Z".
    table->sortByColumn(ardesk::AgingSummaryModel::Customer, Qt::AscendingOrder);
    CHECK(summaryColumn(ardesk::AgingSummaryModel::Customer) ==
          QStringList{u"100% Organic_Foods"_s, u"Ärzte Bedarf"_s, u"Tokyo Trading KK"_s,
                      u"Zephyr Bakery"_s, u"Total"_s, u"Total"_s});

    fixture.setBuckets(u"15,45"_s);
    fixture.waitFor([](const AgingReportData& data) {
        return data.options.buckets.edges() == QList{15, 45};
    });
    CHECK(model->columnCount() == 9);
    CHECK(model->headerData(6, Qt::Horizontal).toString() == u"46+"_s);

    fixture.child<QComboBox>(u"basisComboBox"_s)->setCurrentIndex(1);
    fixture.waitFor([](const AgingReportData& data) {
        return data.options.basis == ardesk::AgingBasis::IssueDate;
    });

    fixture.child<QComboBox>(u"layoutComboBox"_s)->setCurrentIndex(1);
    fixture.waitFor([](const AgingReportData& data) { return data.isDetail(); });
    // INV-2, INV-3, INV-4 and P1's unapplied credit.
    CHECK(model->rowCount() == 4);

    QTest::keyClicks(fixture.child<QLineEdit>(u"customerLineEdit"_s), u"C0004"_s);
    fixture.waitFor(
        [](const AgingReportData& data) { return data.options.customerCode == u"C0004"_s; });
    CHECK(model->rowCount() == 1);
}

TEST_CASE("A hidden Reports page reads nothing until it is shown", "[ui][reports]")
{
    UiTestLedger ledger(4);
    loadInvoices(ledger);
    ardesk::MainWindow window;
    window.setRemembersSettings(false);
    window.show();
    ardesk::ReportsPage* page = window.reportsPage();
    QSignalSpy busy(page, &ardesk::LedgerPage::busyChanged);
    REQUIRE(window.openLedger(ledger.path()));
    window.showPage(window.dashboardPage());
    // The dashboard has the machine to itself while it loads.
    CHECK_FALSE(page->isBusy());
    // Still nothing once the dashboard is in: a read started then, or queued meanwhile, would
    // have made the page busy, and one left to the typing delay would still be pending.
    ardesk::DashboardPage* dashboard = window.dashboardPage();
    REQUIRE(QTest::qWaitFor([&] { return !dashboard->isBusy() && dashboard->data().has_value(); },
                            loadTimeoutMs));
    CHECK(busy.isEmpty());
    const auto* changeTimer = page->findChild<QTimer*>(u"changeTimer"_s);
    REQUIRE(changeTimer);
    CHECK_FALSE(changeTimer->isActive());
    CHECK_FALSE(page->data().has_value());

    window.showPage(page);
    REQUIRE(QTest::qWaitFor([&] { return !page->isBusy() && page->data().has_value(); },
                            loadTimeoutMs));
    CHECK(page->findChild<QTableView*>(u"reportTableView"_s)->model()->rowCount() == 6);
}

TEST_CASE("Bad bucket edges are explained and keep the last report", "[ui][reports]")
{
    UiTestLedger ledger(4);
    loadInvoices(ledger);
    ReportsFixture fixture(ledger);
    auto* error = fixture.child<QLabel>(u"reportErrorLabel"_s);
    const int columns = fixture.child<QTableView>(u"reportTableView"_s)->model()->columnCount();
    CHECK_FALSE(error->isVisibleTo(fixture.page));
    // Any read the bad edges set off, however short, would show here.
    QSignalSpy busy(fixture.page, &ardesk::LedgerPage::busyChanged);

    for (const QString& bad : {u"30,60,45"_s, u"30, 60"_s, u"0,30"_s, u"thirty"_s, QString()}) {
        INFO(bad.toStdString());
        fixture.setBuckets(bad);
        // What the typing delay would do, without waiting for it each time.
        fixture.page->refresh();
        CHECK(error->isVisibleTo(fixture.page));
        CHECK_FALSE(error->text().isEmpty());
    }
    const QTimer* changeTimer = fixture.changeTimer();
    CHECK_FALSE(changeTimer->isActive());
    // And the typing delay itself, left to run out once.
    fixture.setBuckets(u"30,,60"_s);
    REQUIRE(changeTimer->isActive());
    REQUIRE(QTest::qWaitFor([changeTimer] { return !changeTimer->isActive(); }, loadTimeoutMs));
    CHECK(busy.isEmpty());
    CHECK_FALSE(fixture.page->isBusy());
    CHECK(error->isVisibleTo(fixture.page));
    CHECK(fixture.page->data()->options.buckets.edges() == QList{30, 60, 90});
    CHECK(fixture.child<QTableView>(u"reportTableView"_s)->model()->columnCount() == columns);

    fixture.setBuckets(u"30,60"_s);
    fixture.waitFor([](const AgingReportData& data) {
        return data.options.buckets.edges() == QList{30, 60};
    });
    CHECK_FALSE(error->isVisibleTo(fixture.page));
}

TEST_CASE("Export CSV writes what ardesk-cli aging writes", "[ui][reports]")
{
    UiTestLedger ledger(4);
    loadInvoices(ledger);
    ReportsFixture fixture(ledger);
    const QTemporaryDir dir;
    REQUIRE(dir.isValid());

    CHECK(exported(fixture, dir, u"summary.csv"_s) ==
          cliAging(ledger.path(), {u"--as-of"_s, u"2026-11-23"_s}));

    fixture.setBuckets(u"15,45"_s);
    fixture.child<QComboBox>(u"basisComboBox"_s)->setCurrentIndex(1);
    fixture.child<QComboBox>(u"layoutComboBox"_s)->setCurrentIndex(1);
    fixture.waitFor([](const AgingReportData& data) {
        return data.isDetail() && data.options.buckets.edges() == QList{15, 45};
    });
    CHECK(exported(fixture, dir, u"detail.csv"_s) ==
          cliAging(ledger.path(), {u"--as-of"_s, u"2026-11-23"_s, u"--buckets"_s, u"15,45"_s,
                                   u"--basis"_s, u"issue"_s, u"--detail"_s}));
}

TEST_CASE("Export writes an Excel workbook when the file name ends in .xlsx", "[ui][reports]")
{
    UiTestLedger ledger(4);
    loadInvoices(ledger);
    ReportsFixture fixture(ledger);
    const QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QByteArray csv = cliAging(ledger.path(), {u"--as-of"_s, u"2026-11-23"_s});

    const QByteArray workbook = exported(fixture, dir, u"summary.xlsx"_s);
    REQUIRE(workbook.startsWith("PK")); // a zip container
    QProcess unzip;
    unzip.start(u"unzip"_s,
                {u"-p"_s, dir.filePath(u"summary.xlsx"_s), u"xl/worksheets/sheet1.xml"_s});
    REQUIRE(unzip.waitForFinished(loadTimeoutMs));
    const QString sheet = QString::fromUtf8(unzip.readAllStandardOutput());
    CHECK(sheet.contains(u"state=\"frozen\""_s));
    // One sheet row per CSV line (header, customers, TOTAL rows), each customer's name as text.
    CHECK(sheet.count(u"<row "_s) == csv.count('\n'));
    const QString firstCustomer = QString::fromUtf8(csv.split('\n').at(1).split(',').at(1));
    CHECK(sheet.contains(u"<t>"_s + firstCustomer + u"</t>"_s));
    CHECK(sheet.contains(u"<t>TOTAL</t>"_s));
}

TEST_CASE("The printed report has the customers and the totals", "[ui][reports][print]")
{
    const DefaultLocale locale{QLocale(QLocale::English, QLocale::UnitedStates)};
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    REQUIRE_FALSE(pdftotext.isEmpty());
    UiTestLedger ledger(4);
    loadInvoices(ledger);
    ReportsFixture fixture(ledger);
    const QTemporaryDir dir;
    REQUIRE(dir.isValid());

    const QString pdf = dir.filePath(u"aging.pdf"_s);
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        fixture.page->printTo(&printer);
    }
    QProcess process;
    process.start(pdftotext, {u"-layout"_s, pdf, u"-"_s});
    REQUIRE(process.waitForFinished(loadTimeoutMs));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    for (const QString& expected :
         {UiTestLedger::company, u"100% Organic_Foods"_s, u"Tokyo Trading KK"_s, u"Zephyr Bakery"_s,
          u"Ärzte Bedarf"_s, u"4,050.00"_s, u"50,000"_s, u"-200.00"_s}) {
        INFO(expected.toStdString() << " in\n" << text.toStdString());
        CHECK(text.contains(expected));
    }
}

namespace {

// Many customers of the word-list kind (C0005 on), each with invoices in several buckets and
// large amounts: the summary runs over more than one page whatever the paper.
void loadManyInvoices(UiTestLedger& ledger)
{
    QByteArray csv = "invoice_number,customer_id,issue_date,due_date,amount\n";
    for (int i = 5; i <= ledger.customers(); ++i) {
        for (int k = 0; k < 3; ++k) {
            const QDate due = asOf.addDays(-((i * 37 + k * 45) % 150));
            csv += u"M-%1-%2,C%3,%4,%4,%5\n"_s.arg(i)
                       .arg(k)
                       .arg(i, 4, 10, QChar(u'0'))
                       .arg(due.toString(Qt::ISODate))
                       .arg(1234567 + i * 1000 + k, 0, 10)
                       .toUtf8();
        }
    }
    ledger.load(ardesk::ImportKind::Invoices, csv);
}

// pdftotext's text of one page (-layout), or of the whole file with page 0.
QString pdfPageText(const QString& pdftotext, const QString& pdf, int page = 0)
{
    QStringList arguments{u"-layout"_s, u"-enc"_s, u"UTF-8"_s};
    if (page > 0)
        arguments << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    QProcess process;
    process.start(pdftotext, arguments << pdf << u"-"_s);
    REQUIRE(process.waitForFinished(loadTimeoutMs));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC);
}

// The right edge of the rightmost word on any page, and the page width, in points
// (pdftotext -bbox).
std::pair<double, double> rightmostWord(const QString& pdftotext, const QString& pdf)
{
    QProcess process;
    process.start(pdftotext, {u"-bbox"_s, pdf, u"-"_s});
    REQUIRE(process.waitForFinished(loadTimeoutMs));
    const QString html = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression page(uR"re(<page width="([\d.]+)")re"_s);
    static const QRegularExpression word(
        uR"re(<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)")re"_s);
    const double width = page.match(html).captured(1).toDouble();
    double right = 0;
    for (auto it = word.globalMatch(html); it.hasNext();)
        right = std::max(right, it.next().captured(1).toDouble());
    return {right, width};
}

} // namespace

TEST_CASE("The printed summary fits the paper, repeats its header and numbers its pages",
          "[ui][reports][print]")
{
    const DefaultLocale locale{QLocale(QLocale::English, QLocale::UnitedStates)};
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty()) {
        WARN("pdftotext (poppler-utils) is not installed: the printed pages are not checked");
        return;
    }
    UiTestLedger ledger(90);
    loadInvoices(ledger);
    loadManyInvoices(ledger);
    ReportsFixture fixture(ledger);
    const auto& summary = std::get<ardesk::AgingSummary>(fixture.page->data()->report);
    REQUIRE(summary.customers.size() == 90);
    const auto eurTotal = std::ranges::find_if(
        summary.totals, [](const auto& row) { return row.currency.code() == u"EUR"_s; });
    REQUIRE(eurTotal != summary.totals.cend());
    const QString grandTotal =
        ardesk::Money(eurTotal->totalMinor, eurTotal->currency).toLocalizedString(QLocale());

    // The preview and print dialogs start wide reports in landscape.
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageOrientation(QPageLayout::Portrait);
        fixture.page->setUpPrinter(printer);
        CHECK(printer.pageLayout().orientation() == QPageLayout::Landscape);
    }

    const auto paper = GENERATE(QPageSize::A4, QPageSize::Letter);
    const auto orientation = GENERATE(QPageLayout::Portrait, QPageLayout::Landscape);
    CAPTURE(int(paper), int(orientation));
    const QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pdf = dir.filePath(u"aging.pdf"_s);
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        printer.setPageSize(QPageSize(paper));
        printer.setPageOrientation(orientation);
        fixture.page->printTo(&printer);
    }
    if (const QString keep = qEnvironmentVariable("ARDESK_KEEP_PRINTS"); !keep.isEmpty()) {
        QFile::copy(pdf,
                    u"%1/aging-%2-%3.pdf"_s.arg(
                        keep, paper == QPageSize::A4 ? u"a4"_s : u"letter"_s,
                        orientation == QPageLayout::Portrait ? u"portrait"_s : u"landscape"_s));
    }

    const QString all = pdfPageText(pdftotext, pdf);
    const int pages = int(all.count(u'\f'));
    REQUIRE(pages >= 2);
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfPageText(pdftotext, pdf, page);
        INFO("page " << page << ":\n" << text.toStdString());
        // Every page has the whole header, Unapplied and Total included, and its number.
        CHECK(text.contains(u"Customer"_s));
        CHECK(text.contains(u"Unapplied"_s));
        CHECK(text.contains(u"91+"_s));
        CHECK(text.contains(u"Page %1 of %2"_s.arg(page).arg(pages)));
    }
    const QString last = pdfPageText(pdftotext, pdf, pages);
    INFO(last.toStdString());
    CHECK(last.contains(grandTotal));
    CHECK(last.contains(u"50,000"_s));
    // Nothing runs off the right edge of the paper.
    const auto [right, width] = rightmostWord(pdftotext, pdf);
    CHECK(right <= width);
    CHECK(right > width / 2);
    // Empty buckets print blank: no cell reads a bare 0.00.
    static const QRegularExpression zero(uR"((^|\s)0\.00(\s|$))"_s,
                                         QRegularExpression::MultilineOption);
    CHECK_FALSE(zero.match(all).hasMatch());
}

TEST_CASE("Empty buckets are blank on screen too, the total and the sort keep the amounts",
          "[ui][reports][model]")
{
    const DefaultLocale locale{QLocale(QLocale::English, QLocale::UnitedStates)};
    UiTestLedger ledger(4);
    loadInvoices(ledger);
    ReportsFixture fixture(ledger);
    QAbstractItemModel* model = fixture.child<QTableView>(u"reportTableView"_s)->model();
    // Rows by name: 100% Organic_Foods (250.00 in 91+), Ärzte Bedarf, Tokyo, Zephyr Bakery
    // (200.00 unapplied only).
    REQUIRE(model->index(0, ardesk::AgingSummaryModel::Customer).data() == u"100% Organic_Foods"_s);
    REQUIRE(model->index(3, ardesk::AgingSummaryModel::Customer).data() == u"Zephyr Bakery"_s);
    const auto cell = [&](int row, int column) {
        return model->index(row, column).data().toString();
    };
    for (int column = 3; column <= 6; ++column) {
        CHECK(cell(0, column).isEmpty());
        CHECK(cell(3, column).isEmpty());
        CHECK(model->index(0, column).data(ardesk::AgingSummaryModel::SortRole).toLongLong() == 0);
    }
    CHECK(cell(0, 7) == u"250.00"_s);
    CHECK(cell(0, 8).isEmpty());
    CHECK(cell(0, 9) == u"250.00"_s);
    CHECK(cell(3, 7).isEmpty());
    CHECK(cell(3, 8) == u"-200.00"_s);
    CHECK(cell(3, 9) == u"-200.00"_s);
}

TEST_CASE("The printed report escapes ledger text", "[ui][reports][print]")
{
    const auto eur = *ardesk::CurrencyCode::fromCode(u"EUR");
    const ardesk::AgingSummaryRow row{.customerCode = u"C<1>"_s,
                                      .customerName = u"<b>Smith & Sons</b>"_s,
                                      .currency = eur,
                                      .bucketsMinor = {100, 0, 0, 0, 0},
                                      .unappliedMinor = 0,
                                      .totalMinor = 100};
    const AgingReportData data{
        .options = {.asOf = asOf},
        .report = ardesk::AgingSummary{.buckets = ardesk::AgingBuckets::standard(),
                                       .customers = {row},
                                       .totals = {}},
    };
    const QString html = ardesk::AgingReportDocument::html(data, u"A & <B>"_s, QLocale::c());
    CHECK(html.contains(u"&lt;b&gt;Smith &amp; Sons&lt;/b&gt;"_s));
    CHECK(html.contains(u"C&lt;1&gt;"_s));
    CHECK(html.contains(u"A &amp; &lt;B&gt;"_s));
    CHECK_FALSE(html.contains(u"<b>Smith"_s));
}
