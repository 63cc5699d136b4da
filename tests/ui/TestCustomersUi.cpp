// Customers in the desktop app, driven by object names: a customer added through the dialog,
// its detail view, a promise to pay and a dispute opened and resolved from the Activity tab,
// and the invoice list filtered by Disputed; each read back through the core's services.

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include "FormDriving.h"
#include "PagedListReading.h"
#include "UiTestLedger.h"
#include "dialogs/ActivityDialog.h"
#include "dialogs/CustomerDetailDialog.h"
#include "dialogs/CustomerDialog.h"
#include "domain/Clock.h"
#include "ledger/ActivityService.h"
#include "ledger/CustomerAccountService.h"
#include "ledger/CustomerService.h"
#include "models/ActivityListModel.h"
#include "models/CustomerCreditsModel.h"
#include "models/CustomerListModel.h"
#include "models/CustomerOpenItemsModel.h"
#include "models/InvoiceListModel.h"
#include "session/LedgerSession.h"
#include "views/CustomersPage.h"
#include "views/InvoicesPage.h"
#include "widgets/MessageBoxes.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::UiTestLedger;

using ardesk::test::child;

namespace {

// C0001 "Zephyr Bakery" owes INV-1 (due 2025-03-01) and INV-2 (due 2025-04-01); paid P1.
void loadLedger(UiTestLedger& ledger)
{
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-1,C0001,2025-02-01,2025-03-01,1000.00\n"
                                      "INV-2,C0001,2025-03-01,2025-04-01,500.00\n"
                                      "INV-3,C0002,2025-03-01,2025-04-01,80.00\n");
    ledger.load(
        ImportKind::Payments,
        "payment_id,customer_id,date,amount,reference\nP1,C0001,2025-02-20,200.00,SEPA 17\n");
}

std::unique_ptr<LedgerSession> openSession(const UiTestLedger& ledger)
{
    auto session = LedgerSession::open(ledger.path());
    REQUIRE(session.has_value());
    return std::move(*session);
}

CustomerId customerId(LedgerSession& session, const QString& code)
{
    CustomerQuery query{.search = code};
    const auto page = session.customers().page(query, 0, 10);
    REQUIRE(page.has_value());
    for (const CustomerListRow& row : *page)
        if (row.customer.code == code)
            return row.customer.id;
    FAIL("no customer " << code.toStdString());
    return {};
}

void clickOk(QWidget* dialog)
{
    auto* buttons = child<QDialogButtonBox>(dialog, u"buttonBox"_s);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    REQUIRE(ok->isEnabled());
    ok->click();
}

// Screenshots for people to look at, when ARDESK_SHOTS_DIR names a folder.
void shoot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("ARDESK_SHOTS_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + u".png"_s);
}

} // namespace

TEST_CASE("The customer account models hold their rows", "[customers][model]")
{
    UiTestLedger ledger(8);
    loadLedger(ledger);
    auto session = openSession(ledger);
    const CustomerId c1 = customerId(*session, u"C0001"_s);
    REQUIRE(session->activities().log(c1, ActivityKind::Call, QDate(2025, 3, 2), u"hi"_s));
    REQUIRE(session->activities().recordPromise(
        {.customer = c1,
         .date = QDate(2025, 3, 3),
         .amount = Money(10000, *CurrencyCode::fromCode(u"EUR")),
         .payBy = QDate(2025, 3, 10)}));

    CustomerOpenItemsModel items;
    QAbstractItemModelTester itemsTester(&items,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    items.setItems(*session->customerAccounts().openItems(c1, 10), QDate(2025, 3, 5));
    REQUIRE(items.rowCount() == 2);
    CHECK(items.index(0, CustomerOpenItemsModel::Document).data() == u"INV-1"_s);
    CHECK(items.index(0, CustomerOpenItemsModel::DaysOverdue).data() == u"4"_s);
    CHECK(items.index(0, CustomerOpenItemsModel::Open).data(CustomerOpenItemsModel::SortRole) ==
          80000);
    CHECK(items.index(1, CustomerOpenItemsModel::DaysOverdue).data().toString().isEmpty());

    CustomerCreditsModel credits;
    QAbstractItemModelTester creditsTester(&credits,
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    credits.setCredits(*session->customerAccounts().credits(c1, 10));
    REQUIRE(credits.rowCount() == 1);
    CHECK(credits.index(0, CustomerCreditsModel::Number).data() == u"P1"_s);
    CHECK(credits.index(0, CustomerCreditsModel::Note).data() == u"SEPA 17"_s);

    ActivityListModel activities;
    QAbstractItemModelTester activitiesTester(
        &activities, QAbstractItemModelTester::FailureReportingMode::Fatal);
    activities.setEntries(*session->activities().list(c1, QDate(2025, 3, 11), 10));
    REQUIRE(activities.rowCount() == 2);
    CHECK(activities.index(0, ActivityListModel::Kind).data() == u"Promise to pay"_s);
    // Nothing was paid from 03-03 to 03-10.
    CHECK(activities.index(0, ActivityListModel::Status).data() == u"Broken"_s);
    CHECK(activities.index(1, ActivityListModel::Details).data() == u"hi"_s);
}

TEST_CASE("A customer is added, opened, promised and disputed through the UI", "[customers][ui]")
{
    UiTestLedger ledger(8);
    loadLedger(ledger);
    auto session = openSession(ledger);
    MessageBoxes::clearLastShown();

    CustomersPage page;
    page.resize(1180, 720);
    page.setSession(session.get());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));

    // New Customer…: OK waits for a valid form.
    QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = page.findChild<CustomerDialog*>();
    REQUIRE(dialog != nullptr);
    auto* ok = child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled());
    QTest::keyClicks(child<QLineEdit>(dialog, u"codeLineEdit"_s), u"C0001"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"nameLineEdit"_s), u"Gamma Tools"_s);
    CHECK_FALSE(ok->isEnabled()); // the code is taken
    CHECK(child<QLabel>(dialog, u"problemLabel"_s)->text().contains(u"C0001"_s));
    child<QLineEdit>(dialog, u"codeLineEdit"_s)->setText(u"C0100"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"emailLineEdit"_s), u"ap@gamma"_s);
    CHECK_FALSE(ok->isEnabled());
    QTest::keyClicks(child<QLineEdit>(dialog, u"emailLineEdit"_s), u".example"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"creditLimitLineEdit"_s), u"2500.50"_s);
    child<QSpinBox>(dialog, u"termsSpinBox"_s)->setValue(45);
    shoot(dialog, u"customer-dialog"_s);
    clickOk(dialog);
    QApplication::processEvents();

    const auto added = session->customers().find(customerId(*session, u"C0100"_s));
    REQUIRE(added.has_value());
    CHECK(added->name == u"Gamma Tools"_s);
    CHECK(added->email == u"ap@gamma.example"_s);
    CHECK(added->termsDays == 45);
    CHECK(added->creditLimitMinor == 250050);
    CHECK(added->currency.code() == u"EUR"_s);
    REQUIRE(ardesk::test::waitForCount(*page.model()));
    CHECK(page.model()->matchingCount() == 9);

    // Enter on Zephyr Bakery (C0001) opens its account.
    auto* table = child<QTableView>(&page, u"customersTableView"_s);
    int row = -1;
    for (int i = 0; i < page.model()->rowCount(); ++i)
        if (page.model()->rowAt(i)->customer.code == u"C0001"_s)
            row = i;
    REQUIRE(row >= 0);
    table->setFocus();
    table->setCurrentIndex(page.model()->index(row, 0));
    QTest::keyClick(table, Qt::Key_Return);
    auto* detail = page.findChild<CustomerDetailDialog*>();
    REQUIRE(detail != nullptr);
    CHECK(child<QLabel>(detail, u"customerNameLabel"_s)->text() == u"Zephyr Bakery"_s);
    CHECK(child<QLabel>(detail, u"balanceValueLabel"_s)->text() == u"1,300.00 EUR"_s);
    CHECK(child<QTableView>(detail, u"openItemsTableView"_s)->model()->rowCount() == 2);
    CHECK(child<QTableView>(detail, u"paymentsTableView"_s)->model()->rowCount() == 1);
    auto* tabs = child<QTabWidget>(detail, u"detailTabWidget"_s);
    const QStringList tabShots{u"detail-open-items"_s, u"detail-payments"_s, u"detail-plans"_s,
                               u"detail-activity"_s};
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        shoot(detail, tabShots.at(i));
    }
    const CustomerId c1 = customerId(*session, u"C0001"_s);

    // Promise to Pay…: 250.00 by the default pay-by date, about INV-1.
    child<QPushButton>(detail, u"promiseButton"_s)->click();
    auto* promise = detail->findChild<ActivityDialog*>();
    REQUIRE(promise != nullptr);
    auto* promiseOk =
        child<QDialogButtonBox>(promise, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    CHECK_FALSE(promiseOk->isEnabled());
    QTest::keyClicks(child<QLineEdit>(promise, u"amountLineEdit"_s), u"250.00"_s);
    auto* promiseInvoice = child<QComboBox>(promise, u"invoiceComboBox"_s);
    promiseInvoice->setCurrentIndex(1);
    CHECK(promiseInvoice->currentText().startsWith(u"INV-1"_s));
    QTest::keyClicks(child<QPlainTextEdit>(promise, u"textPlainTextEdit"_s), u"Will pay Friday"_s);
    shoot(promise, u"promise-dialog"_s);
    clickOk(promise);
    QApplication::processEvents();

    auto log = session->activities().list(c1, ardesk::Clock::today(), 10);
    REQUIRE(log.has_value());
    REQUIRE(log->size() == 1);
    CHECK(log->first().activity.kind == ActivityKind::Promise);
    CHECK(log->first().activity.promisedAmount->minor() == 25000);
    CHECK(log->first().activity.promisedDate == ardesk::Clock::today().addDays(7));
    CHECK(log->first().activity.invoiceNumber == u"INV-1"_s);
    CHECK(log->first().activity.text == u"Will pay Friday"_s);
    CHECK(log->first().promiseStatus == PromiseStatus::Pending);

    // Dispute Invoice…: INV-2.
    child<QPushButton>(detail, u"disputeButton"_s)->click();
    auto* dispute = detail->findChild<ActivityDialog*>();
    REQUIRE(dispute != nullptr);
    auto* disputeInvoice = child<QComboBox>(dispute, u"invoiceComboBox"_s);
    disputeInvoice->setCurrentIndex(disputeInvoice->findText(u"INV-2"_s, Qt::MatchStartsWith));
    QTest::keyClicks(child<QPlainTextEdit>(dispute, u"textPlainTextEdit"_s), u"Goods damaged"_s);
    shoot(dispute, u"dispute-dialog"_s);
    clickOk(dispute);
    QApplication::processEvents();

    const InvoiceId inv2 = session->customerAccounts().openItems(c1, 10)->at(1).id;
    CHECK(session->activities().isDisputed(inv2) == true);
    CHECK(child<QTableView>(detail, u"openItemsTableView"_s)
              ->model()
              ->index(1, CustomerOpenItemsModel::Note)
              .data() == u"Disputed"_s);
    tabs->setCurrentWidget(child<QWidget>(detail, u"activityTab"_s));
    shoot(detail, u"detail-activity-filled"_s);

    // The invoice list's Disputed filter shows INV-2, marked.
    {
        InvoicesPage invoices;
        invoices.setSession(session.get());
        auto* status = child<QComboBox>(&invoices, u"statusFilterComboBox"_s);
        status->setCurrentIndex(status->findText(u"Disputed"_s));
        REQUIRE(ardesk::test::waitForCount(*invoices.model()));
        REQUIRE(invoices.model()->rowCount() == 1);
        CHECK(invoices.model()->index(0, InvoiceListModel::Number).data() == u"INV-2"_s);
        CHECK(invoices.model()
                  ->index(0, InvoiceListModel::Status)
                  .data()
                  .toString()
                  .contains(u"disputed"_s));
    }

    // Resolve Dispute needs the dispute selected, then a yes.
    auto* resolve = child<QPushButton>(detail, u"resolveButton"_s);
    CHECK_FALSE(resolve->isEnabled());
    auto* activityTable = child<QTableView>(detail, u"activityTableView"_s);
    int disputeRow = -1;
    for (int i = 0; i < activityTable->model()->rowCount(); ++i)
        if (activityTable->model()->index(i, ActivityListModel::Kind).data() == u"Dispute"_s)
            disputeRow = i;
    REQUIRE(disputeRow >= 0);
    activityTable->setCurrentIndex(activityTable->model()->index(disputeRow, 0));
    REQUIRE(resolve->isEnabled());
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    resolve->click();
    CHECK(session->activities().isDisputed(inv2) == false);
    log = session->activities().list(c1, ardesk::Clock::today(), 10);
    REQUIRE(log.has_value());
    REQUIRE(log->size() == 2);
    const Activity& resolved = log->at(0).activity.kind == ActivityKind::Dispute
                                   ? log->at(0).activity
                                   : log->at(1).activity;
    CHECK(resolved.resolvedDate == ardesk::Clock::today());
    CHECK(resolved.text == u"Goods damaged"_s);
    detail->close();
}

TEST_CASE("The customer dialog keeps the bank account the customer pays from, checked",
          "[customers][ui]")
{
    UiTestLedger ledger(4);
    auto session = LedgerSession::open(ledger.path());
    REQUIRE(session.has_value());
    CustomerService& customers = (*session)->customers();
    const auto found = customers.page(CustomerQuery{.search = u"C0001"_s}, 0, 1);
    REQUIRE(found.has_value());
    REQUIRE(found->size() == 1);

    CustomerDialog dialog(customers, found->first().customer);
    dialog.show();
    auto* ok =
        ardesk::test::child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    // One check digit wrong.
    ardesk::test::type(dialog, u"bankAccountLineEdit"_s, u"de44 5001 0517 5407 3249 32"_s);
    CHECK_FALSE(ok->isEnabled());
    CHECK(ardesk::test::child<QLabel>(dialog, u"problemLabel"_s)
              ->text()
              .startsWith(u"“de44 5001 0517 5407 3249 32” is not a bank account"_s));
    ardesk::test::type(dialog, u"bankAccountLineEdit"_s, u"de44 5001 0517 5407 3249 31"_s);
    REQUIRE(ok->isEnabled());
    ok->click();
    QApplication::processEvents();

    const auto saved = customers.find(found->first().customer.id);
    REQUIRE(saved.has_value());
    // Kept as the bank files write it, so that a receipt from it finds the customer.
    CHECK(saved->bankAccount == u"DE44500105175407324931"_s);
    CustomerDialog again(customers, *saved);
    CHECK(ardesk::test::child<QLineEdit>(again, u"bankAccountLineEdit"_s)->text() ==
          u"DE44500105175407324931"_s);
}

TEST_CASE("Saving a customer someone else changed meanwhile asks before overwriting theirs",
          "[customers][ui]")
{
    UiTestLedger ledger(4);
    auto session = openSession(ledger);
    CustomerService& customers = session->customers();
    const CustomerId id = customerId(*session, u"C0001"_s);
    // Another bookkeeper, on the same ledger, puts the customer on hold (or takes it off) and
    // changes its e-mail address while the dialog is open.
    auto other = openSession(ledger);
    const auto toggleHoldElsewhere = [&] {
        const Customer read = *other->customers().find(id);
        Customer theirs = read;
        theirs.onHold = !theirs.onHold;
        theirs.email = theirs.onHold ? u"hold@zephyr.example"_s : u"ap@zephyr.example"_s;
        REQUIRE(other->customers().update(theirs, read).has_value());
        return theirs;
    };

    CustomerDialog dialog(customers, *customers.find(id));
    dialog.show();
    ardesk::test::type(dialog, u"nameLineEdit"_s, u"Zephyr Bakery Ltd"_s);
    const Customer theirs = toggleHoldElsewhere();
    MessageBoxes::setNextAnswer(QMessageBox::No);
    clickOk(&dialog);
    REQUIRE(MessageBoxes::lastShown().has_value());
    CHECK(MessageBoxes::lastShown()->title == u"Customer Changed Meanwhile"_s);
    // Nothing was written; the form shows theirs and the dialog stays open.
    CHECK(*customers.find(id) == theirs);
    CHECK(dialog.isVisible());
    CHECK(child<QLineEdit>(dialog, u"emailLineEdit"_s)->text() == theirs.email);
    CHECK(child<QLineEdit>(dialog, u"nameLineEdit"_s)->text() == theirs.name);

    // Edited again over theirs: saved without a question, their hold kept.
    ardesk::test::type(dialog, u"nameLineEdit"_s, u"Zephyr Bakery Ltd"_s);
    MessageBoxes::clearLastShown();
    clickOk(&dialog);
    CHECK_FALSE(MessageBoxes::lastShown().has_value());
    CHECK(dialog.result() == QDialog::Accepted);
    Customer saved = *customers.find(id);
    CHECK(saved.name == u"Zephyr Bakery Ltd"_s);
    CHECK(saved.onHold == theirs.onHold);
    CHECK(saved.email == theirs.email);

    // Changed again meanwhile, and this time saved over theirs on purpose.
    const Customer asShown = saved;
    CustomerDialog again(customers, asShown);
    again.show();
    ardesk::test::type(again, u"nameLineEdit"_s, u"Zephyr Breads"_s);
    toggleHoldElsewhere();
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    clickOk(&again);
    CHECK(again.result() == QDialog::Accepted);
    saved = *customers.find(id);
    CHECK(saved.name == u"Zephyr Breads"_s);
    // The form's hold and address, not the ones the other desk set meanwhile.
    CHECK(saved.onHold == asShown.onHold);
    CHECK(saved.onHold == theirs.onHold);
    CHECK(saved.email == asShown.email);
}

TEST_CASE("Long customer codes show whole on the Customers page", "[customers][ui]")
{
    UiTestLedger ledger(8);
    const QString longCode = u"CUST-000104332-DE-NORTH"_s;
    ledger.load(ImportKind::Customers, "customer_id,name\n"
                                       "CUST-000104332-DE-NORTH,Nordlicht Solar GmbH\n"
                                       "C1,Short Code Ltd\n");
    auto session = openSession(ledger);
    CustomersPage page;
    page.resize(1180, 720);
    page.setSession(session.get());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto* table = child<QTableView>(&page, u"customersTableView"_s);
    // The ledger's own customers and the two loaded here.
    REQUIRE(QTest::qWaitFor([&] { return table->model()->rowCount() >= 3; }));
    const QModelIndexList found =
        table->model()->match(table->model()->index(0, CustomerListModel::Code), Qt::DisplayRole,
                              longCode, 1, Qt::MatchExactly);
    REQUIRE(found.size() == 1);
    const int needed = table->fontMetrics().horizontalAdvance(longCode);
    CHECK(table->horizontalHeader()->sectionSize(CustomerListModel::Code) > needed);
}
