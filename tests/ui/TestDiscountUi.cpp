// Early-payment discounts in the desktop app: the customer's terms in the customer dialog, an
// invoice's own offer in the New Invoice dialog, a payment within the offer proposed and saved
// with its discount, the discount's row in the customer's history and the offer in the aging
// detail. Driven by object name and read back through the core.

#include <catch2/catch.hpp>

#include <algorithm>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include "FormDriving.h"
#include "UiTestLedger.h"
#include "dialogs/CreditDialog.h"
#include "dialogs/CustomerDialog.h"
#include "dialogs/InvoiceDialog.h"
#include "ledger/CustomerAccountService.h"
#include "ledger/CustomerService.h"
#include "models/AgingDetailModel.h"
#include "models/AllocationTableModel.h"
#include "models/CustomerCreditsModel.h"
#include "session/LedgerSession.h"
#include "storage/AllocationRepository.h"
#include "storage/Database.h"
#include "storage/InvoiceRepository.h"
#include "widgets/CustomerPicker.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::UiTestLedger;

using ardesk::test::child;
using ardesk::test::type;

namespace {

Customer customerCoded(LedgerSession& session, const QString& code)
{
    const auto page = session.customers().page(CustomerQuery{.search = code}, 0, 10);
    REQUIRE(page.has_value());
    const auto found = std::find_if(page->cbegin(), page->cend(), [&](const CustomerListRow& row) {
        return row.customer.code == code;
    });
    INFO("no customer " << code.toStdString());
    REQUIRE(found != page->cend());
    return found->customer;
}

// What the invoice offers and what is open on it, read through the core.
OpenInvoice offerOf(const UiTestLedger& ledger, const QString& number)
{
    auto database = Database::open(ledger.path());
    REQUIRE(database.has_value());
    const auto invoice = InvoiceRepository(**database).findByNumber(number);
    REQUIRE(invoice.has_value());
    REQUIRE(invoice->has_value());
    const auto open = AllocationRepository(**database).openInvoice((*invoice)->id);
    REQUIRE(open.has_value());
    return *open;
}

// Enters an invoice of 200.00 for C0001 issued on 2026-11-02; `discount` is typed into the
// percentage unless null, `until` set unless null.
void enterInvoice(LedgerSession& session, const QString& number, const QString& discount = {},
                  QDate until = {})
{
    InvoiceDialog dialog(session);
    dialog.show();
    type(dialog, u"customerLineEdit"_s, u"C0001"_s);
    child<QDateEdit>(dialog, u"issueDateEdit"_s)->setDate(QDate(2026, 11, 2));
    type(dialog, u"numberLineEdit"_s, number);
    type(dialog, u"amountLineEdit"_s, u"200.00"_s);
    if (!discount.isNull())
        type(dialog, u"discountPercentLineEdit"_s, discount);
    if (until.isValid()) {
        auto* edit = child<QDateEdit>(dialog, u"discountUntilDateEdit"_s);
        edit->setDate(until);
    }
    auto* save = child<QPushButton>(dialog, u"saveButton"_s);
    INFO(child<QLabel>(dialog, u"problemLabel"_s)->text().toStdString());
    REQUIRE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    REQUIRE(dialog.result() == QDialog::Accepted);
}

} // namespace

TEST_CASE("The customer dialog edits early-payment terms and refuses a bad percentage",
          "[ui][discount]")
{
    UiTestLedger ledger(10);
    auto opened = LedgerSession::open(ledger.path());
    REQUIRE(opened.has_value());
    LedgerSession& session = **opened;

    CustomerDialog dialog(session.customers(), customerCoded(session, u"C0001"_s));
    dialog.show();
    auto* ok = child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    auto* days = child<QSpinBox>(dialog, u"discountDaysSpinBox"_s);
    CHECK(child<QLineEdit>(dialog, u"discountPercentLineEdit"_s)->text().isEmpty());
    CHECK_FALSE(days->isEnabled());
    CHECK(ok->isEnabled());

    for (const QString& bad : {u"101"_s, u"2.555"_s, u"-1"_s, u"two"_s}) {
        INFO(bad.toStdString());
        type(dialog, u"discountPercentLineEdit"_s, bad);
        CHECK_FALSE(ok->isEnabled());
        CHECK(child<QLabel>(dialog, u"problemLabel"_s)->text().contains(u"percentage"_s));
    }
    type(dialog, u"discountPercentLineEdit"_s, u"1.5 %"_s);
    CHECK(ok->isEnabled());
    CHECK(days->isEnabled());
    days->setValue(14);
    ok->click();
    QApplication::processEvents();

    const Customer saved = customerCoded(session, u"C0001"_s);
    CHECK(saved.discountBasisPoints == 150);
    CHECK(saved.discountDays == 14);

    // Read back into the dialog, and cleared again: no discount, no days.
    CustomerDialog again(session.customers(), saved);
    CHECK(child<QLineEdit>(again, u"discountPercentLineEdit"_s)->text() == u"1.5"_s);
    CHECK(child<QSpinBox>(again, u"discountDaysSpinBox"_s)->value() == 14);
    type(again, u"discountPercentLineEdit"_s, QString());
    child<QDialogButtonBox>(again, u"buttonBox"_s)->button(QDialogButtonBox::Ok)->click();
    QApplication::processEvents();
    CHECK(customerCoded(session, u"C0001"_s).discountBasisPoints == 0);
    CHECK(customerCoded(session, u"C0001"_s).discountDays == 0);
}

TEST_CASE("New Invoice offers the customer's terms or its own, and a payment in time takes the "
          "discount",
          "[ui][discount]")
{
    UiTestLedger ledger(10);
    auto opened = LedgerSession::open(ledger.path());
    REQUIRE(opened.has_value());
    LedgerSession& session = **opened;
    Customer terms = customerCoded(session, u"C0001"_s);
    terms.discountBasisPoints = 150;
    terms.discountDays = 14;
    REQUIRE(session.customers().update(terms, customerCoded(session, u"C0001"_s)).has_value());

    {
        // The customer's terms are shown, and follow the issue date.
        InvoiceDialog dialog(session);
        dialog.show();
        type(dialog, u"customerLineEdit"_s, u"C0001"_s);
        child<QDateEdit>(dialog, u"issueDateEdit"_s)->setDate(QDate(2026, 11, 2));
        CHECK(child<QLineEdit>(dialog, u"discountPercentLineEdit"_s)->text() == u"1.5"_s);
        CHECK(child<QDateEdit>(dialog, u"discountUntilDateEdit"_s)->date() == QDate(2026, 11, 16));
        type(dialog, u"numberLineEdit"_s, u"D-0"_s);
        type(dialog, u"amountLineEdit"_s, u"10.00"_s);
        auto* save = child<QPushButton>(dialog, u"saveButton"_s);
        CHECK(save->isEnabled());
        type(dialog, u"discountPercentLineEdit"_s, u"abc"_s);
        CHECK_FALSE(save->isEnabled());
        type(dialog, u"discountPercentLineEdit"_s, u"3"_s);
        child<QDateEdit>(dialog, u"discountUntilDateEdit"_s)->setDate(QDate(2026, 11, 1));
        CHECK_FALSE(save->isEnabled()); // offered until before the issue date
    }

    enterInvoice(session, u"D-1"_s);
    CHECK(offerOf(ledger, u"D-1"_s).discount ==
          DiscountOffer{.discountMinor = 300, .until = QDate(2026, 11, 16)});
    enterInvoice(session, u"D-2"_s, u"3"_s, QDate(2026, 11, 10));
    CHECK(offerOf(ledger, u"D-2"_s).discount ==
          DiscountOffer{.discountMinor = 600, .until = QDate(2026, 11, 10)});
    enterInvoice(session, u"D-3"_s, u""_s);
    CHECK(offerOf(ledger, u"D-3"_s).discount == DiscountOffer{});

    // 197.00 on 2026-11-05, naming nothing: D-1, D-2 and D-3 are all due 11-16, D-1 first.
    CreditDialog payment(Credit::Kind::Payment, session);
    payment.show();
    type(payment, u"customerLineEdit"_s, u"C0001"_s);
    type(payment, u"numberLineEdit"_s, u"PAY-1"_s);
    child<QDateEdit>(payment, u"dateEdit"_s)->setDate(QDate(2026, 11, 5));
    type(payment, u"amountLineEdit"_s, u"197.00"_s);
    const AllocationTableModel& model = *payment.allocationModel();
    // D-1 (200.00, 1.5 %) is settled by 197.00 and a discount of 3.00.
    int settled = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, AllocationTableModel::Number).data().toString() == u"D-1"_s)
            settled = row;
    }
    REQUIRE(settled >= 0);
    CHECK(model.index(settled, AllocationTableModel::Share).data().toString() == u"197.00"_s);
    CHECK(model.index(settled, AllocationTableModel::Share)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(u"3.00"_s));
    auto* save = child<QPushButton>(payment, u"saveButton"_s);
    REQUIRE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    REQUIRE(payment.result() == QDialog::Accepted);
    CHECK(offerOf(ledger, u"D-1"_s).openMinor == 0);

    // The customer's history shows the discount as its own row, after its payment.
    auto database = Database::open(ledger.path());
    REQUIRE(database.has_value());
    const auto credits = CustomerAccountService(**database).credits(terms.id, 10);
    REQUIRE(credits.has_value());
    CustomerCreditsModel history;
    QAbstractItemModelTester tester(&history,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    history.setCredits(*credits);
    REQUIRE(history.rowCount() == 2);
    CHECK(history.index(0, CustomerCreditsModel::Kind).data().toString() == u"Discount allowed"_s);
    CHECK(history.index(0, CustomerCreditsModel::Number).data().toString() == u"D-1"_s);
    CHECK(history.index(0, CustomerCreditsModel::Note).data().toString() == u"PAY-1"_s);
    CHECK(history.index(1, CustomerCreditsModel::Kind).data().toString() == u"Payment"_s);
}

TEST_CASE("The aging detail shows the discount still offered", "[ui][discount][model]")
{
    AgingDetailModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const CurrencyCode euro = *CurrencyCode::fromCode(u"EUR");
    model.setRows({{.customerCode = u"C1"_s,
                    .customerName = u"Alpha"_s,
                    .currency = euro,
                    .document = u"INV-1"_s,
                    .issueDate = QDate(2026, 3, 1),
                    .dueDate = QDate(2026, 3, 31),
                    .ageDays = -20,
                    .bucket = 0,
                    .openMinor = 123450,
                    .discount = {.discountMinor = 2469, .until = QDate(2026, 3, 11)}},
                   {.customerCode = u"C1"_s,
                    .customerName = u"Alpha"_s,
                    .currency = euro,
                    .document = u"INV-2"_s,
                    .issueDate = QDate(2026, 3, 1),
                    .dueDate = QDate(2026, 3, 31),
                    .ageDays = -20,
                    .bucket = 0,
                    .openMinor = 10000}});
    CHECK(model.headerData(AgingDetailModel::Discount, Qt::Horizontal).toString() ==
          u"Early-Payment Discount"_s);
    CHECK(model.index(0, AgingDetailModel::Discount).data().toString() ==
          u"24.69 until 11/03/2026"_s);
    CHECK(model.index(0, AgingDetailModel::Discount).data(AgingDetailModel::SortRole) == 2469);
    CHECK(model.index(1, AgingDetailModel::Discount).data().toString().isEmpty());
}
