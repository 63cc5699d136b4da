// Courtesy reminders and collection agencies in the desktop app: the courtesy level switched on
// in Collections > Dunning Levels; a customer handed over and taken back from its detail view,
// its items marked in the customer detail, the invoice list and the aging detail; the case file
// exported as a job.

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include "FormDriving.h"
#include "PagedListReading.h"
#include "ScreenshotFolder.h"
#include "ScreenshotLanguage.h"
#include "UiTestLedger.h"
#include "agency/AgencyService.h"
#include "aging/AgingService.h"
#include "dialogs/AgencyHandoverDialog.h"
#include "dialogs/CustomerDetailDialog.h"
#include "dialogs/DunningLevelsDialog.h"
#include "dunning/DunningLevelService.h"
#include "ledger/CustomerService.h"
#include "models/AgingDetailModel.h"
#include "models/CustomerOpenItemsModel.h"
#include "models/DunningLevelModel.h"
#include "models/InvoiceListModel.h"
#include "session/LedgerSession.h"
#include "storage/Database.h"
#include "widgets/FileDialogs.h"
#include "widgets/MessageBoxes.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::UiTestLedger;

using ardesk::test::child;

namespace {

const QDate today(2026, 11, 23);

std::unique_ptr<LedgerSession> openSession(const QString& path)
{
    auto session = LedgerSession::open(path);
    REQUIRE(session.has_value());
    return std::move(*session);
}

// C0001 "Zephyr Bakery" owes INV-1 (due 2026-11-30) and INV-2 (overdue since 2026-10-15).
void loadInvoices(UiTestLedger& ledger)
{
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-1,C0001,2026-11-01,2026-11-30,1000.00\n"
                                      "INV-2,C0001,2026-10-01,2026-10-15,500.00\n"
                                      "INV-3,C0004,2026-10-01,2026-10-31,250.00\n");
}

CustomerId customerId(LedgerSession& session, const QString& code)
{
    const auto rows = session.customers().page({.search = code}, 0, 10);
    REQUIRE(rows.has_value());
    REQUIRE_FALSE(rows->isEmpty());
    return rows->first().customer.id;
}

// The hand-over dialog the detail view opened (it opens it window-modal, without waiting).
AgencyHandoverDialog* openedHandoverDialog(const QWidget& detail)
{
    AgencyHandoverDialog* dialog = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        dialog = detail.findChild<AgencyHandoverDialog*>(u"agencyHandoverDialog"_s);
        return dialog != nullptr && dialog->isVisible();
    }));
    return dialog;
}

void handOver(CustomerDetailDialog& detail, const QString& agency, const QString& note)
{
    child<QAction>(detail, u"handOverAction"_s)->trigger();
    AgencyHandoverDialog* dialog = openedHandoverDialog(detail);
    auto* ok = child<QPushButton>(*dialog, u"agencyOkButton"_s);
    CHECK_FALSE(ok->isEnabled()); // no agency named yet
    QTest::keyClicks(child<QLineEdit>(*dialog, u"agencyLineEdit"_s), agency);
    QTest::keyClicks(child<QPlainTextEdit>(*dialog, u"agencyNotePlainTextEdit"_s), note);
    REQUIRE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !dialog->isVisible(); }));
}

} // namespace

TEST_CASE("Dunning levels: the courtesy level is switched on days before the due date",
          "[ui][dunning][courtesy]")
{
    const UiTestLedger ledger(5);
    auto session = openSession(ledger.path());
    DunningLevelsDialog dialog(*session);
    dialog.show();
    auto* table = child<QTableView>(dialog, u"levelsTableView"_s);
    REQUIRE(table->model()->rowCount() == 5);
    CHECK(table->model()->index(0, DunningLevelModel::EnabledColumn).data().toString() == u"Off"_s);
    // "3 day(s) before due" here: the English plural forms come with the application's .qm.
    const QString days0 = table->model()->index(0, DunningLevelModel::DaysColumn).data().toString();
    CHECK(days0.startsWith(u"3 day"_s));
    CHECK(days0.endsWith(u"before due"_s));
    table->setCurrentIndex(table->model()->index(0, DunningLevelModel::NameColumn));

    // The courtesy level counts days before the due date and charges nothing.
    CHECK(child<QLabel>(dialog, u"daysLabel"_s)->text().contains(u"before due"_s));
    auto* days = child<QSpinBox>(dialog, u"daysSpinBox"_s);
    CHECK(days->value() == 3);
    CHECK(days->minimum() == 0);
    CHECK_FALSE(child<QLineEdit>(dialog, u"feeLineEdit"_s)->isEnabled());
    CHECK(child<QLabel>(dialog, u"courtesyHintLabel"_s)->isVisible());
    auto* enabled = child<QCheckBox>(dialog, u"enabledCheckBox"_s);
    CHECK_FALSE(enabled->isChecked());
    enabled->click();
    days->selectAll();
    QTest::keyClicks(days, u"5"_s);
    CHECK(table->model()->index(0, DunningLevelModel::EnabledColumn).data().toString() == u"On"_s);

    // Level 1 is an ordinary level again.
    table->setCurrentIndex(table->model()->index(1, DunningLevelModel::NameColumn));
    CHECK(days->value() == 1);
    CHECK(child<QLineEdit>(dialog, u"feeLineEdit"_s)->isEnabled());
    CHECK_FALSE(child<QLabel>(dialog, u"courtesyHintLabel"_s)->isVisible());

    QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    auto database = Database::open(ledger.path());
    REQUIRE(database.has_value());
    const auto levels = DunningLevelService(**database).levels();
    REQUIRE(levels.has_value());
    CHECK(levels->first().level == 0);
    CHECK(levels->first().enabled);
    CHECK(levels->first().daysOverdue == -5);
    CHECK(levels->at(1).daysOverdue == 1);
}

TEST_CASE("A customer handed over from its detail view shows it, and is taken back", "[ui][agency]")
{
    UiTestLedger ledger(8);
    loadInvoices(ledger);
    auto session = openSession(ledger.path());
    const CustomerId zephyr = customerId(*session, u"C0001"_s);
    CustomerDetailDialog detail(*session, zephyr, today);
    detail.show();
    REQUIRE(QTest::qWaitForWindowExposed(&detail));
    CHECK(child<QAction>(detail, u"handOverAction"_s)->isEnabled());
    CHECK_FALSE(child<QAction>(detail, u"recallAction"_s)->isEnabled());

    handOver(detail, u"Northern Collections Ltd"_s, u"File 2026-118"_s);
    CHECK(child<QLabel>(detail, u"onHoldValueLabel"_s)->text() ==
          u"With Northern Collections Ltd since %1"_s.arg(
              QLocale().toString(today, QLocale::ShortFormat)));
    CHECK_FALSE(child<QAction>(detail, u"handOverAction"_s)->isEnabled());
    CHECK(child<QAction>(detail, u"recallAction"_s)->isEnabled());
    // Every open item says so.
    const auto* items = child<QTableView>(detail, u"openItemsTableView"_s)->model();
    REQUIRE(items->rowCount() == 2);
    for (int row = 0; row < items->rowCount(); ++row)
        CHECK(items->index(row, CustomerOpenItemsModel::Note).data().toString() ==
              u"With Northern Collections Ltd"_s);
    // The activity log records it.
    const auto log = session->activities().list(zephyr, today, 10);
    REQUIRE(log.has_value());
    REQUIRE(log->size() == 1);
    CHECK(log->first().activity.text ==
          u"Handed over to the collection agency Northern Collections Ltd: File 2026-118"_s);

    // The invoice list marks its open invoices, not the others'.
    InvoiceListModel invoices;
    InvoiceListQuery query;
    query.asOf = today;
    invoices.setQuery(query);
    invoices.setLedger(session->path());
    REQUIRE(ardesk::test::waitForCount(invoices));
    REQUIRE(invoices.rowCount() == 3);
    CHECK(invoices.index(0, InvoiceListModel::Status).data().toString() ==
          u"Open · With Northern Collections Ltd"_s);
    CHECK(invoices.index(1, InvoiceListModel::Status).data().toString() ==
          u"Overdue · With Northern Collections Ltd"_s);
    CHECK(invoices.index(2, InvoiceListModel::Status).data().toString() == u"Overdue"_s);

    // So does the aging detail.
    auto database = Database::open(ledger.path());
    REQUIRE(database.has_value());
    const auto aging = AgingService(**database).detail({.asOf = today});
    REQUIRE(aging.has_value());
    AgingDetailModel agingModel;
    agingModel.setRows(aging->rows);
    const auto handovers = session->agency().handovers(today);
    REQUIRE(handovers.has_value());
    QHash<QString, QString> agencies;
    for (const AgencyHandover& handover : *handovers)
        agencies.insert(handover.customerCode, handover.agency);
    agingModel.setAgencies(agencies);
    REQUIRE(agingModel.rowCount() == 3);
    for (int row = 0; row < agingModel.rowCount(); ++row) {
        const QString customer =
            agingModel.index(row, AgingDetailModel::Customer).data().toString();
        CHECK(agingModel.index(row, AgingDetailModel::Note).data().toString() ==
              (customer == u"Zephyr Bakery"_s ? u"With Northern Collections Ltd"_s : QString()));
    }

    // Taken back: the state goes, the log has both.
    child<QAction>(detail, u"recallAction"_s)->trigger();
    AgencyHandoverDialog* recall = openedHandoverDialog(detail);
    CHECK_FALSE(child<QLineEdit>(*recall, u"agencyLineEdit"_s)->isVisible());
    QTest::mouseClick(child<QPushButton>(*recall, u"agencyOkButton"_s), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !recall->isVisible(); }));
    // Reminders go out again: "Active", the opposite of on hold.
    CHECK(child<QLabel>(detail, u"onHoldValueLabel"_s)->text() == u"Active"_s);
    CHECK(items->index(0, CustomerOpenItemsModel::Note).data().toString().isEmpty());
    CHECK(session->activities().list(zephyr, today, 10)->size() == 2);
    CHECK(child<QAction>(detail, u"handOverAction"_s)->isEnabled());
}

TEST_CASE("The case file is exported from the customer detail as a job", "[ui][agency]")
{
    UiTestLedger ledger(8);
    loadInvoices(ledger);
    auto session = openSession(ledger.path());
    CustomerDetailDialog detail(*session, customerId(*session, u"C0001"_s), today);
    detail.show();
    handOver(detail, u"Northern Collections Ltd"_s, {});

    const QString pdf = QDir(ledger.dir()).filePath(u"case.pdf"_s);
    FileDialogs::setNextFileName(pdf);
    MessageBoxes::clearLastShown();
    child<QAction>(detail, u"exportCaseFileAction"_s)->trigger();
    // The job tells when it is done with a message box (not interactive in tests).
    REQUIRE(QTest::qWaitFor([] { return MessageBoxes::lastShown().has_value(); }, 30'000));
    const auto shown = MessageBoxes::lastShown();
    INFO(shown->text.toStdString());
    CHECK(shown->text.startsWith(u"The case file is written"_s));
    CHECK(QFile::exists(pdf));
    for (const QString& suffix : {u"items"_s, u"reminders"_s, u"activity"_s})
        CHECK(QFile::exists(QDir(ledger.dir()).filePath(u"case-%1.csv"_s.arg(suffix))));
    QFile items(QDir(ledger.dir()).filePath(u"case-items.csv"_s));
    REQUIRE(items.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(items.readAll());
    CHECK(csv.contains(u"C0001,Zephyr Bakery,EUR,INV-2,2026-10-01,2026-10-15,39,31-60,500.00"_s));
    CHECK(
        csv.contains(u"C0001,Zephyr Bakery,EUR,INV-1,2026-11-01,2026-11-30,-7,current,1000.00"_s));
}

// Not run by default: `test_ui_agency "[screenshots]"` with ARDESK_SHOTS_DIR set (and
// ARDESK_SHOTS_LANGUAGE=de for another language).
TEST_CASE("Screenshots of the courtesy level and the agency hand-over", "[.][screenshots]")
{
    const auto dir = ardesk::test::screenshotFolder();
    if (!dir)
        return;
    const ardesk::test::ScreenshotLanguage language;
    const QString suffix = language.suffix();
    UiTestLedger ledger(8);
    loadInvoices(ledger);
    auto session = openSession(ledger.path());

    DunningLevelsDialog levels(*session);
    levels.show();
    auto* table = child<QTableView>(levels, u"levelsTableView"_s);
    table->setCurrentIndex(table->model()->index(0, DunningLevelModel::NameColumn));
    child<QCheckBox>(levels, u"enabledCheckBox"_s)->click();
    REQUIRE(QTest::qWaitForWindowExposed(&levels));
    QApplication::processEvents();
    REQUIRE(levels.grab().save(dir->filePath(u"courtesy-level%1.png"_s.arg(suffix))));
    levels.reject();

    const CustomerId zephyr = customerId(*session, u"C0001"_s);
    const auto customer = session->customers().find(zephyr);
    REQUIRE(customer.has_value());
    AgencyHandoverDialog handover(session->agency(), *customer, std::nullopt, today);
    QTest::keyClicks(child<QLineEdit>(handover, u"agencyLineEdit"_s),
                     u"Northern Collections Ltd"_s);
    QTest::keyClicks(child<QPlainTextEdit>(handover, u"agencyNotePlainTextEdit"_s),
                     u"File 2026-118: three reminders unanswered"_s);
    handover.show();
    REQUIRE(QTest::qWaitForWindowExposed(&handover));
    QApplication::processEvents();
    REQUIRE(handover.grab().save(dir->filePath(u"agency-handover-dialog%1.png"_s.arg(suffix))));
    handover.accept();

    CustomerDetailDialog detail(*session, zephyr, today);
    detail.show();
    REQUIRE(QTest::qWaitForWindowExposed(&detail));
    QApplication::processEvents();
    REQUIRE(detail.grab().save(dir->filePath(u"agency-customer-detail%1.png"_s.arg(suffix))));
}
