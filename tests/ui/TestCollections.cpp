// The Collections page: the dunning run previewed off the GUI thread, its letters
// saved as PDF and recorded, and what was sent gone from the next preview.

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QPrinter>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "../cashapp/BankFiles.h"
#include "DefaultLocale.h"
#include "GlobalPoolHold.h"
#include "MailServer.h"
#include "UiTestLedger.h"
#include "cashapp/BankStatementImporter.h"
#include "dialogs/CustomerDetailDialog.h"
#include "domain/Clock.h"
#include "dunning/DunningLevelService.h"
#include "foresight/ForesightService.h"
#include "jobs/ReminderRunner.h"
#include "ledger/CustomerService.h"
#include "ledger/LedgerInfoService.h"
#include "mail/SmtpSettings.h"
#include "models/ReminderRunModel.h"
#include "printing/LetterPrinting.h"
#include "session/LedgerSession.h"
#include "storage/Database.h"
#include "storage/InvoiceRepository.h"
#include "storage/ReminderLogRepository.h"
#include "views/CollectionsPage.h"
#include "views/MainWindow.h"
#include "widgets/FileDialogs.h"
#include "widgets/MessageBoxes.h"

using namespace Qt::StringLiterals;
using ardesk::CollectionsPage;
using ardesk::FileDialogs;
using ardesk::MessageBoxes;
using ardesk::ReminderChannel;
using ardesk::ReminderNotice;
using ardesk::ReminderRunModel;
using ardesk::test::DefaultLocale;
using ardesk::test::UiTestLedger;

namespace {

constexpr int runTimeoutMs = 20'000;
const QDate asOf(2026, 11, 23);

// As of 2026-11-23, with the default levels (1 "Payment reminder" at 1 day overdue):
//   Zephyr Bakery (C0001)       INV-1 1,000.00 EUR, due 2026-10-01: 53 days, level 1
//   Ärzte Bedarf (C0004)        INV-2   250.00 EUR, due 2026-11-13: 10 days, level 1
//   100% Organic_Foods (C0002)  INV-3   400.00 EUR, due 2026-12-01: not yet due
void loadInvoices(UiTestLedger& ledger)
{
    ledger.load(ardesk::ImportKind::Invoices,
                "invoice_number,customer_id,issue_date,due_date,amount\n"
                "INV-1,C0001,2026-09-01,2026-10-01,1000.00\n"
                "INV-2,C0004,2026-10-20,2026-11-13,250.00\n"
                "INV-3,C0002,2026-11-01,2026-12-01,400.00\n");
}

std::unique_ptr<ardesk::LedgerSession> openSession(const UiTestLedger& ledger)
{
    auto session = ardesk::LedgerSession::open(ledger.path());
    REQUIRE(session.has_value());
    return std::move(*session);
}

void waitIdle(const CollectionsPage& page)
{
    REQUIRE(QTest::qWaitFor([&page] { return !page.isBusy(); }, runTimeoutMs));
}

// The page's table as "customer | level" lines, in the view's order.
QStringList shownRows(const CollectionsPage& page)
{
    const auto* view = page.findChild<QTableView*>(u"remindersTableView"_s);
    QStringList rows;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        rows.append(view->model()->index(row, ReminderRunModel::Customer).data().toString() +
                    u" | "_s +
                    view->model()->index(row, ReminderRunModel::Level).data().toString());
    return rows;
}

void previewAsOf(CollectionsPage& page, QDate date)
{
    page.findChild<QDateEdit*>(u"collectionsAsOfDateEdit"_s)->setDate(date);
    QTest::mouseClick(page.findChild<QPushButton*>(u"previewRunButton"_s), Qt::LeftButton);
    waitIdle(page);
}

// Level 1 sent by `channel` with `feeMinor`, and the company's address ar@example.com as the
// e-mails' sender.
void prepareEmailRun(const UiTestLedger& ledger, ReminderChannel channel, qint64 feeMinor)
{
    auto database = ardesk::Database::open(ledger.path());
    REQUIRE(database.has_value());
    ardesk::DunningLevelService levels(**database);
    auto ladder = levels.levels();
    REQUIRE(ladder.has_value());
    (*ladder)[1].channel = channel; // [0] is the courtesy level
    (*ladder)[1].feeMinor = feeMinor;
    REQUIRE(levels.save(*ladder, *levels.levels()));
    ardesk::LedgerInfoService info(**database);
    const auto asRead = info.settings();
    REQUIRE(asRead.has_value());
    auto settings = asRead;
    settings->company.email = u"ar@example.com"_s;
    REQUIRE(info.saveSettings(*settings, *asRead));
}

QString pdfText(const QString& pdf)
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    REQUIRE_FALSE(pdftotext.isEmpty());
    QProcess process;
    process.start(pdftotext, {pdf, u"-"_s});
    REQUIRE(process.waitForFinished(10'000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Each customer's last reminder date in the ledger's log, read through the core.
QHash<ardesk::CustomerId, QDate> lastReminders(const UiTestLedger& ledger)
{
    auto database = ardesk::Database::open(ledger.path());
    REQUIRE(database.has_value());
    const auto dates = ardesk::ReminderLogRepository(**database).lastReminderDates(asOf);
    REQUIRE(dates.has_value());
    return *dates;
}

ReminderNotice notice(const QString& name, int level, qint64 overdue, qint64 interest, qint64 fee,
                      const QStringList& documents)
{
    ReminderNotice made{.customer = ardesk::CustomerId{level},
                        .customerCode = u"C-"_s + name,
                        .customerName = name,
                        .customerEmail = {},
                        .customerAddress = {},
                        .language = u"en"_s,
                        .currency = *ardesk::CurrencyCode::fromCode(u"EUR"),
                        .asOf = asOf,
                        .level = {},
                        .items = {},
                        .totalOverdueMinor = overdue,
                        .interestMinor = interest,
                        .feeMinor = fee,
                        .totalDueMinor = overdue + interest + fee};
    made.level.level = level;
    made.level.name = level == 1 ? u"Payment reminder"_s : u"Final notice"_s;
    made.level.channel = level == 1 ? ReminderChannel::Letter : ReminderChannel::Both;
    for (const QString& document : documents)
        made.items.append({.item = {},
                           .document = document,
                           .issueDate = asOf.addDays(-60),
                           .dueDate = asOf.addDays(-30),
                           .daysOverdue = 30,
                           .openMinor = overdue / documents.size(),
                           .interestMinor = 0,
                           .level = level});
    return made;
}

} // namespace

TEST_CASE("Letters printed on US Letter paper put the address in a #10 envelope's window",
          "[ui][collections][print]")
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    REQUIRE_FALSE(pdftotext.isEmpty());
    const ardesk::CompanyDetails company{.name = u"Nordwind Handel GmbH"_s,
                                         .address = u"Hafenstraße 1\n20457 Hamburg"_s};
    const ardesk::Letter letter{.recipient = u"Zephyr Bakery\n12 Main Street\nSpringfield"_s,
                                .date = u"5 January 2026"_s,
                                .bodyHtml = u"<p>Hello</p>"_s};
    const QTemporaryDir dir;
    const auto paper = GENERATE(QPageSize::A4, QPageSize::Letter);
    const QString pdf = dir.filePath(u"letters.pdf"_s);
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        printer.setPageSize(QPageSize(paper));
        CHECK(ardesk::LetterPrinting::layoutFor(printer).paper ==
              (paper == QPageSize::Letter ? ardesk::PaperSize::Letter : ardesk::PaperSize::A4));
        ardesk::LetterPrinting::printTo(nullptr, printer, company, {letter});
    }
    QProcess process;
    process.start(pdftotext, {u"-bbox"_s, pdf, u"-"_s});
    REQUIRE(process.waitForFinished(30000));
    const QString html = QString::fromUtf8(process.readAllStandardOutput());
    const auto boxOf = [&](const QString& text) {
        const QRegularExpression word(
            uR"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">)re"_s +
            text + u'<');
        const auto match = word.match(html);
        REQUIRE(match.hasMatch());
        return QRectF(QPointF(match.captured(1).toDouble(), match.captured(2).toDouble()),
                      QPointF(match.captured(3).toDouble(), match.captured(4).toDouble()));
    };
    const QRectF name = boxOf(u"Zephyr"_s);
    const QRectF town = boxOf(u"Springfield"_s);
    // Points from the sheet's top: the DIN window is 45 to 90 mm from the top of either sheet;
    // a #10 window shows 2.04 to 3.17 in of a Letter sheet, so there the name starts higher.
    CAPTURE(name.top() / 72, town.bottom() / 72);
    CHECK(name.top() >= 45 / 25.4 * 72);
    CHECK(town.bottom() <= 90 / 25.4 * 72);
    if (paper == QPageSize::Letter) {
        CHECK(name.top() >= 2.042 * 72);
        CHECK(name.top() <= 2.25 * 72);
        CHECK(town.bottom() <= 3.167 * 72);
    } else {
        CHECK(name.top() >= 62 / 25.4 * 72); // below DIN 5008's endorsement zone
    }
}

TEST_CASE("The run's model shows each notice and sorts by raw values", "[ui][collections]")
{
    const DefaultLocale english(QLocale(QLocale::English, QLocale::UnitedStates));
    ReminderRunModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setNotices({notice(u"Zephyr Bakery"_s, 1, 100000, 0, 0, {u"INV-1"_s}),
                      notice(u"Alpha"_s, 3, 25050, 120, 500, {u"INV-7"_s, u"INV-9"_s})});
    REQUIRE(model.rowCount() == 2);
    REQUIRE(model.columnCount() == ReminderRunModel::ColumnCount);

    struct Cell {
        int row;
        int column;
        QString text;
        QVariant sort;
    };
    const auto cell =
        GENERATE(Cell{0, ReminderRunModel::Customer, u"Zephyr Bakery"_s, u"Zephyr Bakery"_s},
                 Cell{0, ReminderRunModel::Level, u"1 – Payment reminder"_s, 1},
                 Cell{0, ReminderRunModel::Channel, u"Letter"_s, 0},
                 Cell{1, ReminderRunModel::Channel, u"Letter and e-mail"_s, 2},
                 Cell{1, ReminderRunModel::Documents, u"2: INV-7, INV-9"_s, 2},
                 Cell{1, ReminderRunModel::Overdue, u"250.50 EUR"_s, qint64(25050)},
                 Cell{1, ReminderRunModel::Interest, u"1.20 EUR"_s, qint64(120)},
                 Cell{1, ReminderRunModel::Fee, u"5.00 EUR"_s, qint64(500)},
                 Cell{1, ReminderRunModel::TotalDue, u"256.70 EUR"_s, qint64(25670)});
    const QModelIndex index = model.index(cell.row, cell.column);
    CHECK(index.data().toString() == cell.text);
    CHECK(index.data(ReminderRunModel::SortRole) == cell.sort);
    // The rows' tool tip lists the documents of the letter.
    CHECK(index.data(Qt::ToolTipRole).toString().contains(u"INV-"_s));

    model.setNotices({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("The run's model shows each customer's risk grade and amount at risk",
          "[ui][collections]")
{
    const DefaultLocale english(QLocale(QLocale::English, QLocale::UnitedStates));
    ReminderRunModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ardesk::CustomerRisk alpha{.customerId = 3,
                               .customerCode = u"C-Alpha"_s,
                               .customerName = u"Alpha"_s,
                               .currency = u"EUR"_s,
                               .score = 72,
                               .grade = u'D',
                               .openMinor = 25050,
                               .atRiskMinor = 18010,
                               .expectedDaysLate = 20,
                               .basis = ardesk::PredictionBasis::Customer,
                               .reasons = {{.kind = ardesk::ReasonKind::PaysLate, .value = 20}}};
    // A risk in another currency than the notice's is not the notice's: none is shown.
    ardesk::CustomerRisk other = alpha;
    other.customerId = 1;
    other.currency = u"USD"_s;
    model.setNotices({notice(u"Zephyr Bakery"_s, 1, 100000, 0, 0, {u"INV-1"_s}),
                      notice(u"Alpha"_s, 3, 25050, 120, 500, {u"INV-7"_s, u"INV-9"_s})},
                     {alpha, other});
    CHECK(model.index(1, ReminderRunModel::Risk).data().toString() == u"D"_s);
    CHECK(model.index(1, ReminderRunModel::Risk).data(ReminderRunModel::SortRole) == 72);
    CHECK(model.index(1, ReminderRunModel::AtRisk).data().toString() == u"180.10 EUR"_s);
    CHECK(model.index(1, ReminderRunModel::AtRisk).data(ReminderRunModel::SortRole) ==
          qint64(18010));
    const QString why = model.index(1, ReminderRunModel::Risk).data(Qt::ToolTipRole).toString();
    CHECK(why.startsWith(u"Risk D (72 of 100)"_s));
    // The test main loads no translation: the English plural is the source's "(s)".
    CHECK(why.contains(u"Pays 20 day(s) late on average"_s));
    CHECK(model.index(1, ReminderRunModel::AtRisk).data(Qt::ToolTipRole).toString() ==
          u"Of 250.50 EUR open, 180.10 EUR is expected to be paid late"_s);
    // Without a risk: empty cells that sort below every score and amount.
    CHECK(model.index(0, ReminderRunModel::Risk).data().isNull());
    CHECK(model.index(0, ReminderRunModel::Risk).data(ReminderRunModel::SortRole) == -1);
    CHECK(model.index(0, ReminderRunModel::AtRisk).data(ReminderRunModel::SortRole) == qint64(-1));
    CHECK(model.index(0, ReminderRunModel::Risk)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(u"INV-1"_s));
}

TEST_CASE("Collections puts first the customer with the most money at risk", "[ui][collections]")
{
    const DefaultLocale english(QLocale(QLocale::English, QLocale::UnitedStates));
    UiTestLedger ledger(8);
    loadInvoices(ledger);
    // Ärzte Bedarf has paid its last six invoices 35 to 45 days late, Zephyr Bakery on the due
    // date, and Ärzte owes 9,000.00 more, 13 days overdue: about half of it is likely to come
    // later than 30 days from now, more than Zephyr's 1,000.00 at risk, though Ärzte comes
    // second by name.
    QByteArray invoices = "invoice_number,customer_id,issue_date,due_date,amount\n"
                          "INV-4,C0004,2026-10-10,2026-11-10,9000.00\n";
    QByteArray payments = "payment_id,customer_id,date,amount,invoice_number\n";
    for (int month = 1; month <= 6; ++month) {
        const QDate due(2026, month, 28);
        for (const auto& [code, delay] :
             {std::pair{"C0001", 0}, std::pair{"C0004", 33 + 2 * month}}) {
            const QByteArray number = "H-" + QByteArray(code) + '-' + QByteArray::number(month);
            invoices += number + ',' + code + ',' +
                        due.addDays(-30).toString(Qt::ISODate).toLatin1() + ',' +
                        due.toString(Qt::ISODate).toLatin1() + ",100.00\n";
            payments += "P-" + number + ',' + code + ',' +
                        due.addDays(delay).toString(Qt::ISODate).toLatin1() + ",100.00," + number +
                        '\n';
        }
    }
    ledger.load(ardesk::ImportKind::Invoices, invoices);
    ledger.load(ardesk::ImportKind::Payments, payments);
    auto session = openSession(ledger);
    CollectionsPage page;
    page.setSession(session.get());
    page.show();
    waitIdle(page);
    previewAsOf(page, asOf);
    // By name as people read it: Ärzte among the A's.
    REQUIRE(shownRows(page) == QStringList{u"Ärzte Bedarf | 1 – Payment reminder"_s,
                                           u"Zephyr Bakery | 1 – Payment reminder"_s});
    // Names backwards, so that the order by risk has something to change.
    auto* table = page.findChild<QTableView*>(u"remindersTableView"_s);
    REQUIRE(table);
    table->sortByColumn(ReminderRunModel::Customer, Qt::DescendingOrder);
    REQUIRE(shownRows(page) == QStringList{u"Zephyr Bakery | 1 – Payment reminder"_s,
                                           u"Ärzte Bedarf | 1 – Payment reminder"_s});

    auto* sortByRisk = page.findChild<QAction*>(u"sortByRiskAction"_s);
    REQUIRE(sortByRisk);
    CHECK(page.menuActions().contains(sortByRisk));
    sortByRisk->trigger();
    CHECK(shownRows(page) == QStringList{u"Ärzte Bedarf | 1 – Payment reminder"_s,
                                         u"Zephyr Bakery | 1 – Payment reminder"_s});

    // The figures are the core's risk as of the run's date.
    auto database = ardesk::Database::open(ledger.path());
    REQUIRE(database.has_value());
    const auto risks = ardesk::ForesightService(**database).risk(asOf);
    REQUIRE(risks.has_value());
    const auto* view = page.findChild<QTableView*>(u"remindersTableView"_s);
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QString name =
            view->model()->index(row, ReminderRunModel::Customer).data().toString();
        const auto risk = std::find_if(risks->begin(), risks->end(),
                                       [&](const auto& each) { return each.customerName == name; });
        REQUIRE(risk != risks->end());
        CHECK(view->model()->index(row, ReminderRunModel::Risk).data().toString() ==
              QString(risk->grade));
        CHECK(
            view->model()->index(row, ReminderRunModel::AtRisk).data(ReminderRunModel::SortRole) ==
            risk->atRiskMinor);
    }
    const auto atRisk = [view](int row) {
        return view->model()
            ->index(row, ReminderRunModel::AtRisk)
            .data(ReminderRunModel::SortRole)
            .toLongLong();
    };
    CHECK(atRisk(0) > atRisk(1));
}

TEST_CASE("Collections: preview, save the letters as one PDF, recorded, gone from the next "
          "preview",
          "[ui][collections]")
{
    const DefaultLocale english(QLocale(QLocale::English, QLocale::UnitedStates));
    UiTestLedger ledger(8);
    loadInvoices(ledger);
    auto session = openSession(ledger);
    CollectionsPage page;
    page.setSession(session.get());
    page.resize(1100, 700);
    page.show();

    // Shown, the page reads the run as of today by itself; nothing can be sent meanwhile.
    CHECK(page.isBusy());
    CHECK_FALSE(page.findChild<QPushButton*>(u"saveLettersButton"_s)->isEnabled());
    waitIdle(page);

    previewAsOf(page, asOf);
    auto* empty = page.findChild<QLabel*>(u"emptyStateLabel"_s);
    CHECK(shownRows(page) == QStringList{u"Ärzte Bedarf | 1 – Payment reminder"_s,
                                         u"Zephyr Bakery | 1 – Payment reminder"_s});
    CHECK_FALSE(empty->isVisible());
    // Nothing is recorded by a preview.
    CHECK(lastReminders(ledger).isEmpty());

    const QString pdf = QDir(ledger.dir()).filePath(u"run.pdf"_s);
    FileDialogs::setNextFileName(pdf);
    MessageBoxes::setNextAnswer(QMessageBox::Yes); // the confirmation
    MessageBoxes::clearLastShown();
    QTest::mouseClick(page.findChild<QPushButton*>(u"saveLettersButton"_s), Qt::LeftButton);
    // On screen, as in a run that takes a while; wide enough for its whole title.
    QPointer<QProgressDialog> progress =
        page.findChild<QProgressDialog*>(u"reminderProgressDialog"_s);
    REQUIRE(progress);
    progress->show();
    CHECK(progress->width() >=
          progress->fontMetrics().horizontalAdvance(progress->windowTitle()) + 100);
    waitIdle(page);
    // Gone before the result came up: it must not stay on top of the message, taking its keys.
    CHECK(MessageBoxes::lastShown().has_value());
    CHECK_FALSE(MessageBoxes::lastShownOver().contains(u"reminderProgressDialog"_s));
    CHECK((!progress || !progress->isVisible()));

    REQUIRE(QFile::exists(pdf));
    const QString text = pdfText(pdf);
    CHECK(text.contains(u"Zephyr Bakery"_s));
    CHECK(text.contains(u"Ärzte Bedarf"_s));
    CHECK(text.contains(u"1,000.00"_s));
    CHECK(text.contains(u"250.00"_s));

    // Both customers' reminders are in the log, dated the run's day.
    const auto logged = lastReminders(ledger);
    CHECK(logged.size() == 2);
    for (const QDate& date : logged)
        CHECK(date == asOf);
    const auto shown = MessageBoxes::lastShown();
    REQUIRE(shown.has_value());
    CHECK(shown->text.contains(u"2 customer"_s));

    // The page read the run again: what was sent is gone.
    CHECK(shownRows(page).isEmpty());
    CHECK(empty->isVisible());
}

TEST_CASE("Collections: the run warns of bank receipts waiting, naming who may have paid",
          "[ui][collections]")
{
    const DefaultLocale english(QLocale(QLocale::English, QLocale::UnitedStates));
    UiTestLedger ledger(8);
    loadInvoices(ledger);
    auto session = openSession(ledger);
    CollectionsPage page;
    page.setSession(session.get());
    page.show();
    waitIdle(page);
    previewAsOf(page, asOf);
    auto* warning = page.findChild<QLabel*>(u"waitingReceiptsWarning"_s);
    REQUIRE(warning);
    CHECK_FALSE(warning->isVisible());

    {
        auto database = ardesk::Database::open(ledger.path());
        REQUIRE(database.has_value());
        const QString statement = QDir(ledger.dir()).filePath(u"statement.xml"_s);
        QFile file(statement);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(ardesk::test::camt053(u"S1"_s, {{.bankReference = u"R1"_s,
                                                    .bookingDate = u"2026-11-20"_s,
                                                    .amount = u"1000.00"_s,
                                                    .counterparty = u"Zephyr Bakery"_s,
                                                    .reference = u"INV-1"_s},
                                                   {.bankReference = u"R2"_s,
                                                    .bookingDate = u"2026-11-21"_s,
                                                    .amount = u"3.00"_s,
                                                    .counterparty = u"Someone"_s}}));
        file.close();
        REQUIRE(ardesk::BankStatementImporter(**database).run(statement, std::nullopt, false));
    }
    previewAsOf(page, asOf);
    CHECK(warning->isVisible());
    // The test main loads no translation: the English plural is the source's "(s)".
    CHECK(warning->text().startsWith(u"2 bank receipt"_s));
    CHECK(warning->text().contains(u"waiting to be applied"_s));
    CHECK(warning->text().contains(u"Zephyr Bakery may already have paid"_s));
    CHECK(warning->text().contains(u"1,000.00"_s));
    CHECK_FALSE(warning->text().contains(u"Someone"_s));
}

TEST_CASE("Collections: a date set while a run is read wins over the answer for the date before",
          "[ui][collections]")
{
    // On 2026-12-05 INV-3 (due 2026-12-01) is overdue too: three customers, not two.
    const ardesk::ClockOverride clock(QDate(2026, 12, 5));
    UiTestLedger ledger(8);
    loadInvoices(ledger);
    auto session = openSession(ledger);
    CollectionsPage page;
    // Not shown: the page reads as of today at once; the date changes while that read runs.
    page.setSession(session.get());
    REQUIRE(page.isBusy());
    page.findChild<QDateEdit*>(u"collectionsAsOfDateEdit"_s)->setDate(asOf);
    waitIdle(page);

    CHECK(page.model()->rowCount() == 2);
    CHECK(page.statusText().contains(QLocale().toString(asOf, QLocale::ShortFormat)));
}

TEST_CASE("Collections: one PDF per customer; a failed customer stops the run, the ones before "
          "stay recorded",
          "[ui][collections]")
{
    UiTestLedger ledger(8);
    loadInvoices(ledger);
    auto session = openSession(ledger);
    CollectionsPage page;
    page.setSession(session.get());
    previewAsOf(page, asOf);
    REQUIRE(page.model()->rowCount() == 2);

    // The second customer's file cannot be written: a folder has its name.
    const QString folder = QDir(ledger.dir()).filePath(u"letters"_s);
    const auto second = page.model()->noticeAt(1);
    REQUIRE(second.has_value());
    REQUIRE(QDir().mkpath(QDir(folder).filePath(ardesk::ReminderRunner::letterFileName(*second))));

    page.findChild<QCheckBox*>(u"pdfPerCustomerCheckBox"_s)->setChecked(true);
    FileDialogs::setNextFileName(folder);
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(page.findChild<QPushButton*>(u"saveLettersButton"_s), Qt::LeftButton);
    waitIdle(page);

    CHECK(QFile::exists(QDir(folder).filePath(u"C0001-2026-11-23-1.pdf"_s)));
    const auto logged = lastReminders(ledger);
    CHECK(logged.size() == 1);
    // The refreshed run still holds the customer that failed, and only that one.
    CHECK(shownRows(page) == QStringList{u"Ärzte Bedarf | 1 – Payment reminder"_s});
}

TEST_CASE("Collections: an e-mail run also writes the letters of a letter-and-e-mail level, and "
          "books the charges when asked",
          "[ui][collections]")
{
    UiTestLedger ledger(8);
    loadInvoices(ledger);
    prepareEmailRun(ledger, ReminderChannel::Both, 5'00);
    auto session = openSession(ledger);
    CollectionsPage page;
    page.setSession(session.get());
    previewAsOf(page, asOf);
    REQUIRE(page.model()->rowCount() == 2);

    // Zephyr Bakery has an e-mail address: an .eml and a letter. Ärzte Bedarf has none: its
    // letter alone, in the same folder.
    const QString drafts = QDir(ledger.dir()).filePath(u"drafts"_s);
    const QString letters = QDir(ledger.dir()).filePath(u"letters"_s);
    // Folders chosen in a dialog exist.
    REQUIRE(QDir().mkpath(drafts));
    REQUIRE(QDir().mkpath(letters));
    page.findChild<QCheckBox*>(u"bookChargesCheckBox"_s)->setChecked(true);
    FileDialogs::setNextFileNames({drafts, letters});
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    MessageBoxes::clearLastShown();
    QTest::mouseClick(page.findChild<QPushButton*>(u"saveEmailsButton"_s), Qt::LeftButton);
    waitIdle(page);
    const auto shown = MessageBoxes::lastShown();
    REQUIRE(shown.has_value());
    INFO(shown->text.toStdString() << '\n' << shown->details.toStdString());
    CHECK(shown->text.contains(u"2 customer"_s));

    CHECK(QDir(drafts).entryList({u"*.eml"_s}, QDir::Files) ==
          QStringList{u"C0001-2026-11-23-1.eml"_s});
    QFile eml(QDir(drafts).filePath(u"C0001-2026-11-23-1.eml"_s));
    REQUIRE(eml.open(QIODevice::ReadOnly));
    const QByteArray message = eml.readAll();
    CHECK(message.contains("To: "));
    CHECK(message.contains("orders@zephyr.example"));
    CHECK(message.contains("ar@example.com")); // the sender: no other is saved in the settings
    CHECK(QDir(letters).entryList({u"*.pdf"_s}, QDir::Files, QDir::Name) ==
          QStringList{u"C0001-2026-11-23-1.pdf"_s, u"C0004-2026-11-23-1.pdf"_s});
    CHECK(
        pdfText(QDir(letters).filePath(u"C0001-2026-11-23-1.pdf"_s)).contains(u"Zephyr Bakery"_s));
    CHECK(lastReminders(ledger).size() == 2);
    CHECK(shownRows(page).isEmpty());

    // Each letter's fee is now an invoice on the customer's account.
    auto database = ardesk::Database::open(ledger.path());
    REQUIRE(database.has_value());
    ardesk::InvoiceRepository invoices(**database);
    for (const QString& code : {u"C0001"_s, u"C0004"_s}) {
        INFO(code.toStdString());
        const auto charge = invoices.findByNumber(u"REM-2026-11-23-"_s + code);
        REQUIRE(charge.has_value());
        REQUIRE(charge->has_value());
        CHECK((*charge)->amountMinor == 5'00);
    }
}

TEST_CASE("Collections: Send E-mails delivers to a real SMTP server once, never twice",
          "[ui][collections]")
{
    // aiosmtpd on 127.0.0.1 without TLS or AUTH: the page's path from the settings to the
    // server, the log and the refreshed run. TLS and AUTH are test_mail's (same SmtpClient).
    ardesk::test::MailServer server({.mode = ardesk::test::MailServer::Mode::Plain,
                                     .user = {},
                                     .password = {},
                                     .onlyMechanism = {}});
    UiTestLedger ledger(8);
    loadInvoices(ledger);
    prepareEmailRun(ledger, ReminderChannel::Email, 0);
    QSettings settings;
    ardesk::SmtpSettings{.host = u"127.0.0.1"_s,
                         .port = server.port(),
                         .security = ardesk::SmtpSecurity::None,
                         .user = {},
                         .from = u"reminders@example.com"_s,
                         .trustedCertificatesFile = {}}
        .save(settings);
    settings.sync();

    auto session = openSession(ledger);
    CollectionsPage page;
    page.setSession(session.get());
    previewAsOf(page, asOf);
    REQUIRE(page.model()->rowCount() == 2);

    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    MessageBoxes::clearLastShown();
    QTest::mouseClick(page.findChild<QPushButton*>(u"sendEmailsButton"_s), Qt::LeftButton);
    waitIdle(page);

    // Zephyr Bakery has an address: one message. Ärzte Bedarf has none, so its reminder needs a
    // letter, which an e-mail run does not write: it stays in the run, as the details say.
    REQUIRE(server.received().size() == 1);
    CHECK(server.envelope(1) ==
          QStringList{u"reminders@example.com"_s, u"orders@zephyr.example"_s});
    const auto shown = MessageBoxes::lastShown();
    REQUIRE(shown.has_value());
    CHECK(shown->text.contains(u"1 customer"_s));
    CHECK(shown->details.contains(u"Ärzte Bedarf"_s));
    CHECK(lastReminders(ledger).size() == 1);
    CHECK(shownRows(page) == QStringList{u"Ärzte Bedarf | 1 – Payment reminder"_s});

    // Again: the one already sent is not in the run, so nothing goes to the server.
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(page.findChild<QPushButton*>(u"sendEmailsButton"_s), Qt::LeftButton);
    waitIdle(page);
    CHECK(server.received().size() == 1);
}

TEST_CASE("Collections: a run cancelled before its customers records nothing", "[ui][collections]")
{
    UiTestLedger ledger(8);
    loadInvoices(ledger);
    auto database = ardesk::Database::open(ledger.path());
    REQUIRE(database.has_value());
    ardesk::ReminderRunner runner;
    std::optional<ardesk::ReminderPreview> preview;
    QObject::connect(&runner, &ardesk::ReminderRunner::previewed,
                     [&preview](const ardesk::ReminderPreview& read) { preview = read; });
    runner.preview(ledger.path(), asOf);
    REQUIRE(QTest::qWaitFor([&preview] { return preview.has_value(); }, runTimeoutMs));
    REQUIRE(preview->notices.size() == 2);

    const QString folder = QDir(ledger.dir()).filePath(u"cancelled"_s);
    std::optional<ardesk::ReminderDeliveryReport> report;
    QObject::connect(&runner, &ardesk::ReminderRunner::delivered,
                     [&report](const ardesk::ReminderDeliveryReport& done) { report = done; });
    ardesk::test::GlobalPoolHold hold;
    runner.deliver(ledger.path(), preview->notices,
                   {.kind = ardesk::ReminderDelivery::Kind::LettersPerCustomer,
                    .path = folder,
                    .smtp = {},
                    .password = {},
                    .date = asOf});
    // The job waits for a thread: the cancel is in before the first customer.
    runner.cancel();
    hold.release();
    REQUIRE(QTest::qWaitFor([&report] { return report.has_value(); }, runTimeoutMs));
    INFO((report->error ? report->error->detail : QString()).toStdString());
    CHECK(report->cancelled);
    CHECK(report->delivered.isEmpty());
    CHECK_FALSE(report->error.has_value());
    CHECK(QDir(folder).entryList(QDir::Files).isEmpty());
    CHECK(lastReminders(ledger).isEmpty());
}

TEST_CASE("The main window has the Collections page after Plans, on Ctrl+8", "[ui][collections]")
{
    UiTestLedger ledger(8);
    ardesk::MainWindow window;
    window.setRemembersSettings(false);
    REQUIRE(window.openLedger(ledger.path()));
    REQUIRE(window.pages().size() >= 8);
    CHECK(window.pages().at(7) == window.collectionsPage());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_8, Qt::ControlModifier);
    CHECK(window.currentPage() == window.collectionsPage());
    CHECK(window.findChild<QMenu*>(u"collectionsMenu"_s) != nullptr);
}

TEST_CASE("The customer detail's statement is saved as a PDF letter", "[ui][collections]")
{
    UiTestLedger ledger(8);
    loadInvoices(ledger);
    auto session = openSession(ledger);
    const auto rows = session->customers().page({.search = u"C0001"_s}, 0, 10);
    REQUIRE(rows.has_value());
    REQUIRE_FALSE(rows->isEmpty());
    ardesk::CustomerDetailDialog dialog(*session, rows->first().customer.id, asOf);

    const QString pdf = QDir(ledger.dir()).filePath(u"statement.pdf"_s);
    FileDialogs::setNextFileName(pdf);
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"saveStatementButton"_s), Qt::LeftButton);
    REQUIRE(QFile::exists(pdf));
    const QString text = pdfText(pdf);
    CHECK(text.contains(u"Zephyr Bakery"_s));
    CHECK(text.contains(u"INV-1"_s));
    CHECK(text.contains(u"1,000.00"_s));
}
