// Entering documents in the desktop app: the payment and credit-note lists, and the New
// Invoice, Record Payment, New Credit Note and Write Off dialogs, driven by object name and
// checked by reading the ledger back through the core.

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include "FormDriving.h"
#include "PagedListReading.h"
#include "UiTestLedger.h"
#include "dialogs/CreditDialog.h"
#include "dialogs/InvoiceDialog.h"
#include "dialogs/WriteOffDialog.h"
#include "domain/PaymentMethod.h"
#include "ledger/AllocationService.h"
#include "ledger/CreditListService.h"
#include "ledger/CustomerService.h"
#include "ledger/WriteOffService.h"
#include "models/AllocationTableModel.h"
#include "models/CreditListModel.h"
#include "session/LedgerSession.h"
#include "storage/Database.h"
#include "storage/InvoiceRepository.h"
#include "text/PaymentMethodNames.h"
#include "views/CreditsPage.h"
#include "views/MainWindow.h"
#include "widgets/CustomerPicker.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::readColumn;
using ardesk::test::UiTestLedger;
using ardesk::test::waitForCount;

using ardesk::test::child;
using ardesk::test::type;

namespace {

std::unique_ptr<LedgerSession> openSession(const UiTestLedger& ledger)
{
    auto session = LedgerSession::open(ledger.path());
    REQUIRE(session.has_value());
    return std::move(*session);
}

// An invoice as the ledger holds it, read through the core on a connection of its own.
InvoiceBalance invoice(const UiTestLedger& ledger, const QString& number)
{
    auto database = Database::open(ledger.path());
    REQUIRE(database.has_value());
    const auto found = InvoiceRepository(**database).findByNumber(number);
    REQUIRE(found.has_value());
    REQUIRE(found->has_value());
    return **found;
}

// The ledger's credits of one kind, newest first.
QList<CreditListRow> credits(const UiTestLedger& ledger, Credit::Kind kind)
{
    auto database = Database::open(ledger.path());
    REQUIRE(database.has_value());
    CreditListQuery query;
    query.kind = kind;
    const auto rows = CreditListService(**database).page(query, 0, 1000);
    REQUIRE(rows.has_value());
    return *rows;
}

QPushButton* saveButton(QWidget& dialog)
{
    return child<QPushButton>(dialog, u"saveButton"_s);
}

// Types `text` into the allocation table's share cell of `row`, as a user would: the cell's
// editor, then Enter.
void editShare(QDialog& dialog, int row, const QString& text)
{
    auto* table = child<QTableView>(dialog, u"allocationTableView"_s);
    const QModelIndex index = table->model()->index(row, AllocationTableModel::Share);
    table->setCurrentIndex(index);
    QTest::keyClick(table, Qt::Key_F2);
    // Closed editors linger until deleted later: the open one is the visible one.
    QLineEdit* editor = nullptr;
    for (QLineEdit* candidate : table->viewport()->findChildren<QLineEdit*>()) {
        if (candidate->isVisible())
            editor = candidate;
    }
    REQUIRE(editor != nullptr);
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Backspace);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits and closes the editor from the event loop.
    QApplication::processEvents();
}

QString cell(const QAbstractItemModel& model, int row, int column)
{
    return model.index(row, column).data().toString();
}

// C0001 (EUR, Net 14): INV-1 due 2026-10-15 100.00, INV-2 due 2026-11-15 250.00.
// C0005: INV-3 80.00.
void loadInvoices(UiTestLedger& ledger)
{
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-1,C0001,2026-10-01,2026-10-15,100.00\n"
                                      "INV-2,C0001,2026-10-20,2026-11-15,250.00\n"
                                      "INV-3,C0005,2026-10-01,2026-10-31,80.00\n");
}

} // namespace

TEST_CASE("CreditListModel pages, sorts, filters and searches payments", "[ui][model][entry]")
{
    UiTestLedger ledger(10);
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-1,C0001,2026-01-01,2026-01-31,1000.00\n");
    QByteArray csv = "payment_id,customer_id,date,amount,reference\n";
    // 450 payments of C0005-C0010 with nothing to pay: all unapplied; then 3 of C0001 that
    // INV-1 takes whole.
    for (int i = 1; i <= 450; ++i)
        csv += u"PAY-%1,C%2,2026-%3-15,%4.00,REF-%1\n"_s.arg(i, 4, 10, QChar(u'0'))
                   .arg(5 + i % 6, 4, 10, QChar(u'0'))
                   .arg(1 + i % 12, 2, 10, QChar(u'0'))
                   .arg(i)
                   .toUtf8();
    csv += "X-1,C0001,2026-02-01,100.00,Bank\nX-2,C0001,2026-02-02,200.00,\n"
           "X-3,C0001,2026-02-03,300.00,\n";
    ledger.load(ImportKind::Payments, csv);
    ledger.load(ImportKind::CreditNotes, "credit_note_number,customer_id,date,amount,reason\n"
                                         "CN-1,C0001,2026-03-01,5.00,Damaged\n");
    auto session = openSession(ledger);

    CreditListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLedger(session->path());
    REQUIRE(waitForCount(model));
    CHECK(model.columnCount() == CreditListModel::ColumnCount);
    CHECK(model.matchingCount() == 453);
    CHECK(model.rowCount() == 453);

    // By amount, descending, across pages: no row repeated or lost.
    model.sort(CreditListModel::Amount, Qt::DescendingOrder);
    REQUIRE(waitForCount(model));
    QStringList numbers = readColumn(model, CreditListModel::Number);
    CHECK(numbers.size() == 453);
    CHECK(numbers.removeDuplicates() == 0);
    CHECK(numbers.first() == u"PAY-0450"_s);
    CHECK(cell(model, 0, CreditListModel::Amount) == u"450.00 EUR"_s);
    CHECK(model.index(0, CreditListModel::Amount).data(CreditListModel::SortRole).toLongLong() ==
          45000);

    // By customer: names in order, every payment still there once.
    model.sort(CreditListModel::Customer, Qt::AscendingOrder);
    REQUIRE(waitForCount(model));
    const QStringList customers = readColumn(model, CreditListModel::Customer);
    REQUIRE(customers.size() == 453);
    for (qsizetype row = 1; row < customers.size(); ++row)
        REQUIRE(customers.at(row - 1) <= customers.at(row));
    model.sort(CreditListModel::Amount, Qt::DescendingOrder);
    REQUIRE(waitForCount(model));

    // A column that does not sort leaves the order alone.
    model.sort(CreditListModel::Note, Qt::AscendingOrder);
    CHECK(model.sortColumn() == CreditListModel::Amount);

    CreditListQuery query = model.query();
    query.filter = CreditListQuery::Filter::Unapplied;
    model.setQuery(query);
    REQUIRE(waitForCount(model));
    // went to INV-1 whole; X-3 had 700.00 to fill: nothing of C0001's unapplied.
    CHECK(model.matchingCount() == 450);

    query.filter = CreditListQuery::Filter::All;
    query.search = u"X-"_s;
    query.sortKey = CreditListQuery::SortKey::Date;
    query.descending = false;
    model.setQuery(query);
    REQUIRE(waitForCount(model));
    REQUIRE(model.rowCount() == 3);
    CHECK(cell(model, 0, CreditListModel::Number) == u"X-1"_s);
    CHECK(cell(model, 0, CreditListModel::Note) == u"Bank"_s);
    CHECK(cell(model, 0, CreditListModel::Unapplied).isEmpty());

    // Searching the customer's name; credit notes are their own list.
    query.search = u"Zephyr"_s;
    query.kind = Credit::Kind::CreditNote;
    model.setQuery(query);
    REQUIRE(waitForCount(model));
    REQUIRE(model.rowCount() == 1);
    CHECK(cell(model, 0, CreditListModel::Number) == u"CN-1"_s);
    CHECK(cell(model, 0, CreditListModel::Note) == u"Damaged"_s);
    CHECK(model.headerData(CreditListModel::Note, Qt::Horizontal).toString() == u"Reason"_s);
}

TEST_CASE("AllocationTableModel holds shares up to each item's open amount", "[ui][model][entry]")
{
    UiTestLedger ledger(10);
    loadInvoices(ledger);
    auto session = openSession(ledger);
    const auto customer = session->customers().page(CustomerQuery{.search = u"C0001"_s}, 0, 1);
    REQUIRE(customer.has_value());
    REQUIRE(customer->size() == 1);
    const CustomerId c1 = customer->first().customer.id;
    const CurrencyCode eur = customer->first().customer.currency;
    const auto items = session->allocation().openItems(c1);
    REQUIRE(items.has_value());

    AllocationTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setItems(*items, eur);
    REQUIRE(model.rowCount() == 2);
    CHECK(cell(model, 0, AllocationTableModel::Number) == u"INV-1"_s);
    CHECK(model.allocatedMinor() == 0);

    const auto proposed = session->allocation().propose(c1, Money(15000, eur), QDate(2026, 11, 1));
    REQUIRE(proposed.has_value());
    model.setShares(*proposed);
    CHECK(cell(model, 0, AllocationTableModel::Share) == u"100.00"_s);
    CHECK(cell(model, 1, AllocationTableModel::Share) == u"50.00"_s);
    CHECK(model.shares() == *proposed);

    QStringList refused;
    QObject::connect(&model, &AllocationTableModel::shareRefused,
                     [&refused](const QString& number, qint64) { refused.append(number); });
    const QModelIndex first = model.index(0, AllocationTableModel::Share);
    CHECK_FALSE(model.setData(first, u"100.01"_s));
    CHECK_FALSE(model.setData(first, u"-1"_s));
    CHECK_FALSE(model.setData(first, u"1.234"_s));
    CHECK_FALSE(model.setData(model.index(0, AllocationTableModel::OpenAmount), u"1"_s));
    CHECK(refused == QStringList{u"INV-1"_s, u"INV-1"_s, u"INV-1"_s});
    CHECK(model.setData(first, u""_s));
    CHECK(model.setData(model.index(1, AllocationTableModel::Share), u"1,250.00"_s) == false);
    CHECK(model.setData(model.index(1, AllocationTableModel::Share), u"250"_s));
    CHECK(model.allocatedMinor() == 25000);
    CHECK(model.shares() == QList<AllocationShare>{{(*items)[1].id, 25000}});
}

TEST_CASE("New Invoice enters an invoice, with Save only for valid input", "[ui][entry]")
{
    UiTestLedger ledger(10);
    loadInvoices(ledger);
    auto session = openSession(ledger);
    InvoiceDialog dialog(*session);
    dialog.show();

    // The next number of the series is offered.
    CHECK(child<QLineEdit>(dialog, u"numberLineEdit"_s)->text() == u"INV-4"_s);
    CHECK_FALSE(saveButton(dialog)->isEnabled());
    type(dialog, u"customerLineEdit"_s, u"C0001"_s);
    auto* picker = child<CustomerPicker>(dialog, u"customerLineEdit"_s);
    REQUIRE(picker->customer().has_value());
    // Leaving the field shows whom the code names.
    Q_EMIT picker->editingFinished();
    CHECK(picker->text() == picker->customer()->name + u" (C0001)"_s);
    CHECK(picker->customer()->code == u"C0001"_s);
    child<QDateEdit>(dialog, u"issueDateEdit"_s)->setDate(QDate(2026, 11, 2));
    // C0001 pays in 14 days.
    CHECK(child<QDateEdit>(dialog, u"dueDateEdit"_s)->date() == QDate(2026, 11, 16));
    CHECK(child<QLabel>(dialog, u"currencyLabel"_s)->text() == u"EUR"_s);

    for (const QString& bad : {u""_s, u"abc"_s, u"0"_s, u"-5"_s, u"12.345"_s}) {
        INFO(bad.toStdString());
        type(dialog, u"amountLineEdit"_s, bad);
        CHECK_FALSE(saveButton(dialog)->isEnabled());
        CHECK_FALSE(child<QLabel>(dialog, u"problemLabel"_s)->text().isEmpty());
    }
    type(dialog, u"amountLineEdit"_s, u"1,234.50"_s);
    CHECK(saveButton(dialog)->isEnabled());

    // A number that is taken, or reserved for plans, blocks saving too.
    type(dialog, u"numberLineEdit"_s, u"INV-1"_s);
    CHECK_FALSE(saveButton(dialog)->isEnabled());
    type(dialog, u"numberLineEdit"_s, u"PLAN-1/1"_s);
    CHECK_FALSE(saveButton(dialog)->isEnabled());
    type(dialog, u"numberLineEdit"_s, u"INV-100"_s);
    type(dialog, u"descriptionLineEdit"_s, u"Winter stock"_s);
    REQUIRE(saveButton(dialog)->isEnabled());
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);

    const InvoiceBalance saved = invoice(ledger, u"INV-100"_s);
    CHECK(saved.amountMinor == 123450);
    CHECK(saved.issueDate == QDate(2026, 11, 2));
    CHECK(saved.allocatedMinor == 0);
    CHECK(saved.currency.code() == u"EUR"_s);
    CHECK(saved.customerId.isValid());
}

TEST_CASE("Record Payment saves the allocation the user changed", "[ui][entry]")
{
    UiTestLedger ledger(10);
    loadInvoices(ledger);
    auto session = openSession(ledger);
    CreditDialog dialog(Credit::Kind::Payment, *session);
    dialog.show();
    CHECK_FALSE(child<QLineEdit>(dialog, u"reasonLineEdit"_s)->isVisible());

    type(dialog, u"customerLineEdit"_s, u"C0001"_s);
    type(dialog, u"numberLineEdit"_s, u"PAY-77"_s);
    child<QDateEdit>(dialog, u"dateEdit"_s)->setDate(QDate(2026, 11, 20));
    type(dialog, u"amountLineEdit"_s, u"120.00"_s);
    child<QComboBox>(dialog, u"methodComboBox"_s)->setCurrentText(u"Card"_s);
    type(dialog, u"referenceLineEdit"_s, u"Statement 11"_s);

    // Proposed oldest first: INV-1 whole, 20.00 to INV-2.
    const AllocationTableModel& model = *dialog.allocationModel();
    REQUIRE(model.rowCount() == 2);
    CHECK(cell(model, 0, AllocationTableModel::Share) == u"100.00"_s);
    CHECK(cell(model, 1, AllocationTableModel::Share) == u"20.00"_s);
    CHECK(child<QLabel>(dialog, u"totalsLabel"_s)->text().contains(u"120.00 EUR"_s));

    // The user moves the money from the oldest invoice to the second one, and leaves 10.00
    // unapplied.
    editShare(dialog, 0, u"0"_s);
    editShare(dialog, 1, u"110"_s);
    CHECK(model.allocatedMinor() == 11000);
    CHECK(child<QLabel>(dialog, u"totalsLabel"_s)->text().contains(u"10.00 EUR"_s));
    // More than INV-1's open amount is not taken.
    editShare(dialog, 0, u"100.01"_s);
    CHECK(model.index(0, AllocationTableModel::Share).data(AllocationTableModel::SortRole) == 0);
    CHECK(child<QLabel>(dialog, u"problemLabel"_s)->text().contains(u"INV-1"_s));
    // More than the payment in total blocks saving.
    editShare(dialog, 0, u"20"_s);
    CHECK_FALSE(saveButton(dialog)->isEnabled());
    editShare(dialog, 0, u""_s);
    REQUIRE(saveButton(dialog)->isEnabled());
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);

    CHECK(invoice(ledger, u"INV-1"_s).allocatedMinor == 0);
    CHECK(invoice(ledger, u"INV-2"_s).allocatedMinor == 11000);
    const QList<CreditListRow> payments = credits(ledger, Credit::Kind::Payment);
    REQUIRE(payments.size() == 1);
    CHECK(payments.first().code == u"PAY-77"_s);
    CHECK(payments.first().amountMinor == 12000);
    CHECK(payments.first().unappliedMinor == 1000);
    CHECK(payments.first().date == QDate(2026, 11, 20));
    // Stored as its code, whatever the language the dialog spoke; the list shows the word.
    CHECK(payments.first().method == ardesk::PaymentMethod::card);
    CHECK(ardesk::PaymentMethodNames::text(payments.first().method) == u"Card"_s);
    CHECK(payments.first().reference == u"Statement 11"_s);
}

TEST_CASE("New Credit Note records the proposed allocation and its reason", "[ui][entry]")
{
    UiTestLedger ledger(10);
    loadInvoices(ledger);
    auto session = openSession(ledger);
    CreditDialog dialog(Credit::Kind::CreditNote, *session);
    dialog.show();
    CHECK_FALSE(child<QLineEdit>(dialog, u"referenceLineEdit"_s)->isVisible());

    type(dialog, u"customerLineEdit"_s, u"C0005"_s);
    type(dialog, u"numberLineEdit"_s, u"CN-1"_s);
    child<QDateEdit>(dialog, u"dateEdit"_s)->setDate(QDate(2026, 11, 20));
    type(dialog, u"amountLineEdit"_s, u"30"_s);
    type(dialog, u"reasonLineEdit"_s, u"Returned goods"_s);
    REQUIRE(dialog.allocationModel()->rowCount() == 1);
    REQUIRE(saveButton(dialog)->isEnabled());
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);

    CHECK(invoice(ledger, u"INV-3"_s).allocatedMinor == 3000);
    const QList<CreditListRow> notes = credits(ledger, Credit::Kind::CreditNote);
    REQUIRE(notes.size() == 1);
    CHECK(notes.first().code == u"CN-1"_s);
    CHECK(notes.first().reason == u"Returned goods"_s);
    CHECK(notes.first().unappliedMinor == 0);

    // The next one continues the series; its number is then taken.
    CreditDialog next(Credit::Kind::CreditNote, *session);
    CHECK(child<QLineEdit>(next, u"numberLineEdit"_s)->text() == u"CN-2"_s);
    type(next, u"customerLineEdit"_s, u"C0005"_s);
    type(next, u"amountLineEdit"_s, u"1"_s);
    CHECK(saveButton(next)->isEnabled());
    type(next, u"numberLineEdit"_s, u"CN-1"_s);
    CHECK_FALSE(saveButton(next)->isEnabled());
}

TEST_CASE("Write Off takes the open amount by default and needs a reason", "[ui][entry]")
{
    UiTestLedger ledger(10);
    loadInvoices(ledger);
    auto session = openSession(ledger);
    WriteOffDialog dialog(*session, u"INV-2"_s, u"Zephyr Bakery"_s);
    dialog.show();
    auto* writeOff = child<QPushButton>(dialog, u"writeOffButton"_s);
    CHECK(child<QLineEdit>(dialog, u"amountLineEdit"_s)->text() == u"250.00"_s);
    CHECK_FALSE(writeOff->isEnabled());
    type(dialog, u"reasonLineEdit"_s, u"Customer insolvent"_s);
    CHECK(writeOff->isEnabled());
    type(dialog, u"amountLineEdit"_s, u"250.01"_s);
    CHECK_FALSE(writeOff->isEnabled());
    type(dialog, u"amountLineEdit"_s, u"40"_s);
    REQUIRE(writeOff->isEnabled());
    QTest::mouseClick(writeOff, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);

    CHECK(invoice(ledger, u"INV-2"_s).allocatedMinor == 4000);
    CHECK(session->writeOffs().openAmount(u"INV-2"_s) == 21000);
}

TEST_CASE("The payment and credit-note pages are in the window, and saving refreshes them",
          "[ui][entry]")
{
    UiTestLedger ledger(10);
    loadInvoices(ledger);
    ledger.load(ImportKind::Payments, "payment_id,customer_id,date,amount\n"
                                      "P-1,C0001,2026-10-20,40.00\n");
    MainWindow window;
    window.setRemembersSettings(false);
    REQUIRE(window.openLedger(ledger.path()));

    const auto shortcut = [&window](const QString& name) {
        auto* action = window.findChild<QAction*>(name);
        REQUIRE(action != nullptr);
        return action->shortcut().toString();
    };
    CHECK(shortcut(u"paymentsPageAction"_s) == u"Ctrl+5"_s);
    CHECK(shortcut(u"creditNotesPageAction"_s) == u"Ctrl+6"_s);
    CHECK(shortcut(u"newInvoiceAction"_s) == u"Ctrl+I"_s);
    CHECK(shortcut(u"recordPaymentAction"_s) == u"Ctrl+Shift+P"_s);
    CHECK(shortcut(u"newCreditNoteAction"_s) == u"Ctrl+Shift+C"_s);

    CreditsPage* payments = window.paymentsPage();
    window.showPage(payments);
    CHECK(window.currentPage() == payments);
    REQUIRE(waitForCount(*payments->model()));
    CHECK(payments->statusText() == u"Payments: 1"_s);
    CHECK(payments->model()->rowCount() == 1);

    // A payment recorded elsewhere shows once the window is told, keeping the page's filter.
    auto* filter = payments->findChild<QComboBox*>(u"creditFilterComboBox"_s);
    REQUIRE(filter != nullptr);
    filter->setCurrentIndex(1);
    REQUIRE(waitForCount(*payments->model()));
    CHECK(payments->model()->rowCount() == 0);
    const auto customer = Database::open(ledger.path());
    REQUIRE(customer.has_value());
    ledger.load(ImportKind::Payments, "payment_id,customer_id,date,amount\n"
                                      "P-2,C0005,2026-11-01,500.00\n");
    payments->refresh();
    CHECK(filter->currentIndex() == 1);
    REQUIRE(waitForCount(*payments->model()));
    REQUIRE(payments->model()->rowCount() == 1);
    CHECK(cell(*payments->model(), 0, CreditListModel::Unapplied) == u"420.00 EUR"_s);
    CHECK(payments->statusText() == u"Payments: 1 of 2"_s);
}

// Screenshots for people to look at, when ARDESK_SHOTS_DIR names a folder.
TEST_CASE("Screenshots of the entry pages and dialogs", "[.][screenshots]")
{
    const QString dir = qEnvironmentVariable("ARDESK_SHOTS_DIR");
    REQUIRE_FALSE(dir.isEmpty());
    UiTestLedger ledger(40);
    loadInvoices(ledger);
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-4,C0001,2026-11-01,2026-12-01,75.50\n"
                                      "INV-5,C0001,2026-11-10,2026-12-10,1200.00\n");
    ledger.load(ImportKind::Payments,
                "payment_id,customer_id,date,amount,method,reference\n"
                "P-0001,C0005,2026-10-20,40.00,Bank transfer,Statement 10\n"
                "P-0002,C0006,2026-10-22,1500.00,Card,\n"
                "P-0003,C0001,2026-10-25,60.00,Cheque,Cheque 1183\n"
                "P-0004,C0007,2026-11-02,310.25,Bank transfer,Invoice 7 and 8\n");
    ledger.load(ImportKind::CreditNotes, "credit_note_number,customer_id,date,amount,reason\n"
                                         "CN-0001,C0005,2026-10-28,20.00,Damaged goods\n"
                                         "CN-0002,C0008,2026-11-03,99.00,Price agreed\n");
    {
        MainWindow window;
        window.setRemembersSettings(false);
        REQUIRE(window.openLedger(ledger.path()));
        window.resize(1180, 720);
        for (LedgerPage* page : {static_cast<LedgerPage*>(window.paymentsPage()),
                                 static_cast<LedgerPage*>(window.creditNotesPage())}) {
            window.showPage(page);
            window.show();
            QApplication::processEvents();
            REQUIRE(window.grab().save(dir + u"/page-"_s + page->pageId() + u".png"_s));
        }
    }
    auto session = openSession(ledger);
    {
        InvoiceDialog dialog(*session);
        dialog.show();
        type(dialog, u"customerLineEdit"_s, u"C0001"_s);
        type(dialog, u"amountLineEdit"_s, u"1,234.5"_s);
        type(dialog, u"descriptionLineEdit"_s, u"Winter stock"_s);
        QApplication::processEvents();
        REQUIRE(dialog.grab().save(dir + u"/dialog-invoice.png"_s));
        type(dialog, u"amountLineEdit"_s, u"12.345"_s);
        QApplication::processEvents();
        REQUIRE(dialog.grab().save(dir + u"/dialog-invoice-invalid.png"_s));
    }
    {
        CreditDialog dialog(Credit::Kind::Payment, *session);
        dialog.show();
        type(dialog, u"customerLineEdit"_s, u"C0001"_s);
        type(dialog, u"amountLineEdit"_s, u"500"_s);
        child<QComboBox>(dialog, u"methodComboBox"_s)->setCurrentText(u"Bank transfer"_s);
        type(dialog, u"referenceLineEdit"_s, u"Statement 11"_s);
        editShare(dialog, 0, u"0"_s);
        QApplication::processEvents();
        REQUIRE(dialog.grab().save(dir + u"/dialog-payment.png"_s));
    }
    {
        CreditDialog dialog(Credit::Kind::CreditNote, *session);
        dialog.show();
        type(dialog, u"customerLineEdit"_s, u"C0001"_s);
        type(dialog, u"amountLineEdit"_s, u"80"_s);
        type(dialog, u"reasonLineEdit"_s, u"Returned goods"_s);
        QApplication::processEvents();
        REQUIRE(dialog.grab().save(dir + u"/dialog-credit-note.png"_s));
    }
    {
        WriteOffDialog dialog(*session, u"INV-2"_s, u"Zephyr Bakery"_s);
        dialog.show();
        QApplication::processEvents();
        REQUIRE(dialog.grab().save(dir + u"/dialog-write-off.png"_s));
    }
}
