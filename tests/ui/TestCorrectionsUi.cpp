// Corrections in the desktop app (docs/contract.md, Corrections): Enter on an invoice row opens
// it for edit, Edit > Void… voids the selected invoice, Enter on a payment row opens its
// allocation to un-apply and re-apply, and the customer's detail view lists the corrections.
// Driven by object name; the ledger is read back through the core.

#include <catch2/catch.hpp>

#include <memory>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include "FormDriving.h"
#include "MessageBoxShot.h"
#include "ScreenshotFolder.h"
#include "ScreenshotLanguage.h"
#include "UiTestLedger.h"
#include "dialogs/CreditApplicationsDialog.h"
#include "dialogs/CustomerDetailDialog.h"
#include "dialogs/InvoiceEditDialog.h"
#include "dialogs/VoidDialog.h"
#include "domain/Clock.h"
#include "domain/Money.h"
#include "ledger/CreditCorrectionService.h"
#include "ledger/CustomerService.h"
#include "ledger/InvoiceCorrectionService.h"
#include "models/AllocationTableModel.h"
#include "models/CorrectionListModel.h"
#include "models/CreditListModel.h"
#include "models/CustomerCreditsModel.h"
#include "models/InvoiceListModel.h"
#include "session/LedgerSession.h"
#include "storage/Database.h"
#include "views/CreditsPage.h"
#include "views/InvoicesPage.h"
#include "views/MainWindow.h"
#include "widgets/MessageBoxes.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::child;
using ardesk::test::type;
using ardesk::test::UiTestLedger;

namespace {

const QDate today(2026, 12, 1);

// Zephyr Bakery (C0001) owes INV-1 100.00, paid by P-1, and INV-2 250.00.
void loadDocuments(UiTestLedger& ledger)
{
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-1,C0001,2026-10-01,2026-10-15,100.00\n"
                                      "INV-2,C0001,2026-10-20,2026-11-15,250.00\n");
    ledger.load(ImportKind::Payments, "payment_id,customer_id,date,amount,invoice_number\n"
                                      "P-1,C0001,2026-10-20,100.00,INV-1\n");
}

CorrectableInvoice storedInvoice(const UiTestLedger& ledger, const QString& number)
{
    auto database = Database::open(ledger.path());
    REQUIRE(database.has_value());
    const auto found = InvoiceCorrectionService(**database).invoice(number);
    REQUIRE(found.has_value());
    return *found;
}

// A window's session on the ledger.
std::unique_ptr<LedgerSession> openSession(const UiTestLedger& ledger)
{
    auto session = LedgerSession::open(ledger.path());
    REQUIRE(session.has_value());
    return std::move(*session);
}

CorrectableCredit storedPayment(const UiTestLedger& ledger, const QString& code)
{
    auto database = Database::open(ledger.path());
    REQUIRE(database.has_value());
    const auto found = CreditCorrectionService(**database).credit(Credit::Kind::Payment, code);
    REQUIRE(found.has_value());
    return *found;
}

// Makes the row with `text` in `column` current in the view.
void selectRow(QTableView* view, QAbstractItemModel* model, const QString& text, int column)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString() == text) {
            view->setFocus(Qt::OtherFocusReason);
            view->setCurrentIndex(model->index(row, 0));
            view->selectRow(row);
            return;
        }
    }
    FAIL("no row " << text.toStdString());
}

// The main window on the ledger, on screen, as a user meets it.
void showLedger(MainWindow& window, const UiTestLedger& ledger)
{
    window.setRemembersSettings(false);
    REQUIRE(window.openLedger(ledger.path()));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
}

} // namespace

TEST_CASE("Enter on an invoice row opens it for edit, within the rules", "[ui][corrections]")
{
    const ClockOverride clock(today);
    UiTestLedger ledger(10);
    loadDocuments(ledger);
    MainWindow window;
    showLedger(window, ledger);
    window.showPage(window.invoicesPage());
    auto* table = child<QTableView>(window.invoicesPage(), u"invoicesTableView"_s);
    InvoiceListModel* model = window.invoicesPage()->model();
    REQUIRE(QTest::qWaitFor([&] { return model->rowCount() == 2; }, 2000));

    // INV-1 is paid: its amount cannot go below what is applied, and Save says why.
    selectRow(table, model, u"INV-1"_s, InvoiceListModel::Number);
    bool seen = false;
    QTimer::singleShot(0, [&seen] {
        auto* dialog = qobject_cast<InvoiceEditDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        auto* save = child<QPushButton>(dialog, u"saveButton"_s);
        CHECK(save->isEnabled());
        type(*dialog, u"amountLineEdit"_s, u"50.00"_s);
        CHECK_FALSE(save->isEnabled());
        CHECK_FALSE(child<QLabel>(dialog, u"problemLabel"_s)->text().isEmpty());
        type(*dialog, u"amountLineEdit"_s, u"120.00"_s);
        type(*dialog, u"descriptionLineEdit"_s, u"Bread, October"_s);
        type(*dialog, u"reasonLineEdit"_s, u"wrong amount"_s);
        REQUIRE(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
    });
    QTest::keyClick(table, Qt::Key_Return);
    CHECK(seen);
    const CorrectableInvoice edited = storedInvoice(ledger, u"INV-1"_s);
    CHECK(edited.amountMinor == 12000);
    CHECK(edited.description == u"Bread, October"_s);
    // The list shows the change at once.
    REQUIRE(QTest::qWaitFor(
        [&] {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, InvoiceListModel::Number).data().toString() == u"INV-1"_s)
                    return model->rowAt(row)->amountMinor == 12000;
            }
            return false;
        },
        2000));
}

TEST_CASE("Saving an invoice someone else changed meanwhile asks before overwriting theirs",
          "[ui][corrections]")
{
    const ClockOverride clock(today);
    UiTestLedger ledger(10);
    loadDocuments(ledger);
    auto session = openSession(ledger);
    // Another bookkeeper, on the same ledger, moves INV-2's due date while the dialog is open.
    auto other = openSession(ledger);
    const auto moveDueDateElsewhere = [&](QDate due) {
        REQUIRE(other->invoiceCorrections().edit({.number = u"INV-2"_s, .dueDate = due}));
    };
    const auto dueDate = [](QWidget& dialog) { return child<QDateEdit>(dialog, u"dueDateEdit"_s); };

    InvoiceEditDialog dialog(*session, storedInvoice(ledger, u"INV-2"_s));
    dialog.show();
    type(dialog, u"amountLineEdit"_s, u"260.00"_s);
    moveDueDateElsewhere(QDate(2026, 12, 15));
    MessageBoxes::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
    REQUIRE(MessageBoxes::lastShown().has_value());
    CHECK(MessageBoxes::lastShown()->title == u"Invoice Changed Meanwhile"_s);
    // Nothing was written; the form shows theirs and the dialog stays open.
    CHECK(storedInvoice(ledger, u"INV-2"_s).amountMinor == 25000);
    CHECK(dialog.isVisible());
    CHECK(dueDate(dialog)->date() == QDate(2026, 12, 15));
    const CorrectableInvoice theirs = storedInvoice(ledger, u"INV-2"_s);
    CHECK(child<QLineEdit>(dialog, u"amountLineEdit"_s)->text() ==
          Money(theirs.amountMinor, theirs.currency).toLocalizedString(dialog.locale()));

    // Edited again over theirs: saved without a question, their due date kept.
    type(dialog, u"amountLineEdit"_s, u"260.00"_s);
    MessageBoxes::clearLastShown();
    QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
    CHECK_FALSE(MessageBoxes::lastShown().has_value());
    CHECK(dialog.result() == QDialog::Accepted);
    CorrectableInvoice saved = storedInvoice(ledger, u"INV-2"_s);
    CHECK(saved.amountMinor == 26000);
    CHECK(saved.dueDate == QDate(2026, 12, 15));

    // Changed again meanwhile, and this time saved over theirs on purpose.
    InvoiceEditDialog again(*session, saved);
    again.show();
    type(again, u"descriptionLineEdit"_s, u"Cakes, November"_s);
    moveDueDateElsewhere(QDate(2026, 12, 31));
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(again, u"saveButton"_s), Qt::LeftButton);
    CHECK(again.result() == QDialog::Accepted);
    saved = storedInvoice(ledger, u"INV-2"_s);
    CHECK(saved.description == u"Cakes, November"_s);
    // The form's due date, not the one the other desk set meanwhile.
    CHECK(saved.dueDate == QDate(2026, 12, 15));
}

TEST_CASE("Edit > Void voids the selected invoice with a date and a reason", "[ui][corrections]")
{
    const ClockOverride clock(today);
    UiTestLedger ledger(10);
    loadDocuments(ledger);
    MainWindow window;
    showLedger(window, ledger);
    window.showPage(window.invoicesPage());
    auto* table = child<QTableView>(window.invoicesPage(), u"invoicesTableView"_s);
    REQUIRE(QTest::qWaitFor([&] { return window.invoicesPage()->model()->rowCount() == 2; }, 2000));
    selectRow(table, window.invoicesPage()->model(), u"INV-2"_s, InvoiceListModel::Number);

    bool seen = false;
    QTimer::singleShot(0, [&seen] {
        auto* dialog = qobject_cast<VoidDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        auto* voidButton = child<QPushButton>(dialog, u"voidButton"_s);
        CHECK_FALSE(voidButton->isEnabled());
        type(*dialog, u"voidReasonLineEdit"_s, u"entered twice"_s);
        REQUIRE(voidButton->isEnabled());
        QTest::mouseClick(voidButton, Qt::LeftButton);
    });
    child<QAction>(window, u"voidDocumentAction"_s)->trigger();
    CHECK(seen);
    const CorrectableInvoice voided = storedInvoice(ledger, u"INV-2"_s);
    CHECK(voided.voidDate == today);
    CHECK(voided.voidReason == u"entered twice"_s);
    // The list keeps it, marked void instead of paid.
    InvoiceListModel* model = window.invoicesPage()->model();
    REQUIRE(QTest::qWaitFor(
        [&] {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, InvoiceListModel::Number).data().toString() == u"INV-2"_s)
                    return model->index(row, InvoiceListModel::Status).data().toString() ==
                           u"Void"_s;
            }
            return false;
        },
        2000));
}

TEST_CASE("Enter on a payment row opens its allocation: un-apply, then apply elsewhere",
          "[ui][corrections]")
{
    const ClockOverride clock(today);
    UiTestLedger ledger(10);
    loadDocuments(ledger);
    MainWindow window;
    showLedger(window, ledger);
    CreditsPage* payments = window.paymentsPage();
    window.showPage(payments);
    auto* table = child<QTableView>(payments, u"paymentsTableView"_s);
    REQUIRE(QTest::qWaitFor([&] { return payments->model()->rowCount() == 1; }, 2000));
    selectRow(table, payments->model(), u"P-1"_s, CreditListModel::Number);

    bool seen = false;
    QTimer::singleShot(0, [&seen] {
        auto* dialog = qobject_cast<CreditApplicationsDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        auto* applied = child<QTableView>(dialog, u"appliedTableView"_s);
        QAbstractItemModelTester tester(applied->model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        REQUIRE(applied->model()->rowCount() == 1);
        CHECK(applied->model()->index(0, 0).data().toString() == u"INV-1"_s);
        auto* unapply = child<QPushButton>(dialog, u"unapplyButton"_s);
        auto* apply = child<QPushButton>(dialog, u"applyButton"_s);
        CHECK_FALSE(apply->isEnabled()); // nothing unapplied yet
        applied->setCurrentIndex(applied->model()->index(0, 0));
        REQUIRE(unapply->isEnabled());
        type(*dialog, u"correctionReasonLineEdit"_s, u"belongs to INV-2"_s);
        QTest::mouseClick(unapply, Qt::LeftButton);
        CHECK(applied->model()->rowCount() == 0);

        // The payment dialog's allocation editor, with the rule's proposal: INV-1 first.
        AllocationTableModel* shares = dialog->allocationModel();
        REQUIRE(shares->rowCount() == 2);
        CHECK(shares->allocatedMinor() == 10000);
        QList<AllocationShare> proposed = shares->shares();
        REQUIRE(proposed.size() == 1);
        // The bookkeeper moves it to INV-2 instead.
        const InvoiceId first = proposed.first().item;
        for (int row = 0; row < shares->rowCount(); ++row) {
            const bool isFirst =
                shares->index(row, AllocationTableModel::Number).data().toString() == u"INV-1"_s;
            CHECK(shares->setData(shares->index(row, AllocationTableModel::Share),
                                  QVariant::fromValue<qint64>(isFirst ? 0 : 10000)));
        }
        CHECK(shares->shares().size() == 1);
        CHECK(shares->shares().first().item != first);
        REQUIRE(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        REQUIRE(applied->model()->rowCount() == 1);
        CHECK(applied->model()->index(0, 0).data().toString() == u"INV-2"_s);
        dialog->reject();
    });
    QTest::keyClick(table, Qt::Key_Return);
    CHECK(seen);
    CHECK(storedPayment(ledger, u"P-1"_s).unappliedMinor == 0);
    CHECK(storedInvoice(ledger, u"INV-1"_s).allocatedMinor == 0);
    CHECK(storedInvoice(ledger, u"INV-2"_s).allocatedMinor == 10000);
}

TEST_CASE("The customer's detail view lists its corrections, newest first", "[ui][corrections]")
{
    const ClockOverride clock(today);
    UiTestLedger ledger(10);
    loadDocuments(ledger);
    auto session = LedgerSession::open(ledger.path());
    REQUIRE(session.has_value());
    LedgerSession& ledgerSession = **session;
    REQUIRE(ledgerSession.invoiceCorrections()
                .edit({.number = u"INV-2"_s, .amountMinor = 26000, .reason = u"typo"_s})
                .has_value());
    REQUIRE(ledgerSession.creditCorrections()
                .voidCredit(Credit::Kind::Payment, u"P-1"_s, today, u"bounced"_s)
                .has_value());
    const auto zephyr = ledgerSession.invoiceCorrections().invoice(u"INV-2"_s);
    REQUIRE(zephyr.has_value());

    CustomerDetailDialog detail(ledgerSession, zephyr->customerId, today);
    detail.show();
    REQUIRE(QTest::qWaitForWindowExposed(&detail));
    auto* corrections = child<QTableView>(detail, u"correctionsTableView"_s);
    QAbstractItemModel* model = corrections->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // The edit, then the void's un-application of INV-1 and the void itself: newest first.
    REQUIRE(model->rowCount() == 3);
    CHECK(model->index(0, CorrectionListModel::Action).data().toString() == u"Voided"_s);
    CHECK(model->index(0, CorrectionListModel::Document).data().toString() == u"Payment P-1"_s);
    CHECK(model->index(0, CorrectionListModel::Reason).data().toString() == u"bounced"_s);
    CHECK(model->index(1, CorrectionListModel::Action).data().toString() == u"Un-applied"_s);
    CHECK(model->index(2, CorrectionListModel::Document).data().toString() == u"Invoice INV-2"_s);
    CHECK(model->index(2, CorrectionListModel::Change).data().toString() ==
          u"Amount: 250.00 → 260.00"_s);
    // The payment stays in the customer's payments, marked void.
    QAbstractItemModel* payments = child<QTableView>(detail, u"paymentsTableView"_s)->model();
    REQUIRE(payments->rowCount() == 1);
    CHECK(payments->index(0, CustomerCreditsModel::Note)
              .data()
              .toString()
              .startsWith(u"Void since "_s));
}

TEST_CASE("Edit > Delete Document deletes only an invoice nothing used", "[ui][corrections]")
{
    const ClockOverride clock(today);
    UiTestLedger ledger(10);
    loadDocuments(ledger);
    MainWindow window;
    showLedger(window, ledger);
    window.showPage(window.invoicesPage());
    InvoiceListModel* model = window.invoicesPage()->model();
    auto* table = child<QTableView>(window.invoicesPage(), u"invoicesTableView"_s);
    REQUIRE(QTest::qWaitFor([&] { return model->rowCount() == 2; }, 2000));
    auto* remove = child<QAction>(window, u"deleteDocumentAction"_s);

    // INV-1 was paid: asked, then refused with the reason.
    selectRow(table, model, u"INV-1"_s, InvoiceListModel::Number);
    MessageBoxes::clearLastShown();
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    remove->trigger();
    const auto refused = MessageBoxes::lastShown();
    REQUIRE(refused.has_value());
    CHECK(refused->title == u"Cannot Delete Invoice"_s);
    CHECK(refused->details.contains(u"void it instead"_s));
    CHECK(storedInvoice(ledger, u"INV-1"_s).amountMinor == 10000);

    // INV-2 was never used: deleted once the question is answered Yes.
    selectRow(table, model, u"INV-2"_s, InvoiceListModel::Number);
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    remove->trigger();
    REQUIRE(QTest::qWaitFor([&] { return model->rowCount() == 1; }, 2000));
    auto database = Database::open(ledger.path());
    REQUIRE(database.has_value());
    CHECK(InvoiceCorrectionService(**database).invoice(u"INV-2"_s).error().code ==
          ErrorCode::NotFound);
}

// Not run by default: `test_ui_corrections "[screenshots]"` with ARDESK_SHOTS_DIR set (and
// ARDESK_SHOTS_LANGUAGE for a translation).
TEST_CASE("Screenshots of an invoice edit that met a change made meanwhile", "[.][screenshots]")
{
    const auto folder = ardesk::test::screenshotFolder();
    if (!folder)
        return;
    const ardesk::test::ScreenshotLanguage language;
    const ClockOverride clock(today);
    UiTestLedger ledger(10);
    loadDocuments(ledger);
    auto session = openSession(ledger);
    auto other = openSession(ledger);

    InvoiceEditDialog dialog(*session, storedInvoice(ledger, u"INV-2"_s));
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    type(dialog, u"amountLineEdit"_s, u"260"_s);
    REQUIRE(
        other->invoiceCorrections().edit({.number = u"INV-2"_s, .dueDate = QDate(2026, 12, 15)}));
    {
        // The real question on screen, then answered No.
        const ardesk::test::MessageBoxShot question(*folder, u"invoice-changed-meanwhile.png"_s,
                                                    QMessageBox::No);
        QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
        CHECK(question.saved());
    }
    QCoreApplication::processEvents();
    CHECK(dialog.grab().save(folder->filePath(u"invoice-edit-theirs.png"_s)));
}
