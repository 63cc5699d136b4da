// The Recurring page: a schedule added through its dialog (by the keyboard), listed, filtered
// and sorted; edited, paused, resumed and ended; "Create due invoices" previewed as of a date,
// then created as a job, once; Ctrl+Shift+R in the main window. Screenshots on request.

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include "DefaultLocale.h"
#include "FormDriving.h"
#include "ScreenshotFolder.h"
#include "ScreenshotLanguage.h"
#include "UiTestLedger.h"
#include "dialogs/RecurringDialog.h"
#include "dialogs/RecurringPreviewDialog.h"
#include "domain/Clock.h"
#include "ledger/InvoiceEntryService.h"
#include "models/RecurringInvoiceModel.h"
#include "models/RecurringListModel.h"
#include "recurring/RecurringService.h"
#include "session/LedgerSession.h"
#include "views/MainWindow.h"
#include "views/RecurringPage.h"
#include "widgets/CustomerPicker.h"
#include "widgets/MessageBoxes.h"

using namespace Qt::StringLiterals;
using ardesk::MessageBoxes;
using ardesk::RecurringListModel;
using ardesk::RecurringPage;
using ardesk::test::UiTestLedger;

namespace {

constexpr int jobTimeoutMs = 20'000;
const QDate today(2026, 6, 15);

template <typename T>
T* child(const QObject& parent, const QString& name)
{
    auto* found = parent.findChild<T*>(name);
    REQUIRE(found);
    return found;
}

void waitIdle(const RecurringPage& page)
{
    REQUIRE(QTest::qWaitFor([&page] { return !page.isBusy(); }, jobTimeoutMs));
}

QTableView* table(const RecurringPage& page)
{
    return child<QTableView>(page, u"recurringTableView"_s);
}

QString cell(const RecurringPage& page, int row, int column)
{
    return table(page)->model()->index(row, column).data().toString();
}

// A page on a ledger of eight customers, with "today" fixed.
struct RecurringFixture {
    RecurringFixture()
        : clock(today)
        , ledger(8)
    {
        auto opened = ardesk::LedgerSession::open(ledger.path());
        REQUIRE(opened.has_value());
        session = std::move(*opened);
        page.setSession(session.get());
        page.resize(1180, 520);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
    }

    // Adds a schedule through the service.
    void add(const QString& customer, const QString& amount, const QString& description,
             ardesk::RecurringFrequency frequency, QDate start)
    {
        REQUIRE(session->recurring()
                    .add({.customerCode = customer,
                          .amount = amount,
                          .description = description,
                          .frequency = frequency,
                          .start = start,
                          .day = 0,
                          .lastDay = false,
                          .count = std::nullopt,
                          .end = std::nullopt,
                          .prefix = {}})
                    .has_value());
    }

    void select(int row)
    {
        QApplication::setActiveWindow(&page);
        table(page)->setFocus();
        table(page)->setCurrentIndex(table(page)->model()->index(row, 0));
    }

    ardesk::ClockOverride clock;
    UiTestLedger ledger;
    std::unique_ptr<ardesk::LedgerSession> session;
    RecurringPage page;
};

// Waits for the preview dialog with its preview read.
ardesk::RecurringPreviewDialog* previewShown(const RecurringPage& page)
{
    ardesk::RecurringPreviewDialog* dialog = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] {
            dialog = page.findChild<ardesk::RecurringPreviewDialog*>();
            return dialog && dialog->isVisible() && !page.isBusy();
        },
        jobTimeoutMs));
    return dialog;
}

} // namespace

TEST_CASE("A recurring invoice is added through its dialog by the keyboard", "[ui][recurring]")
{
    const ardesk::test::DefaultLocale english(QLocale(QLocale::English, QLocale::UnitedStates));
    RecurringFixture fixture;
    RecurringPage& page = fixture.page;
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(page.model()->rowCount() == 0);
    CHECK_FALSE(child<QPushButton>(page, u"createDueButton"_s)->isEnabled());

    bool seen = false;
    QTimer::singleShot(0, [&seen] {
        auto* dialog = qobject_cast<ardesk::RecurringDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        auto* save = child<QPushButton>(*dialog, u"saveButton"_s);
        auto* problem = child<QLabel>(*dialog, u"problemLabel"_s);
        CHECK_FALSE(save->isEnabled());
        CHECK(problem->text() == u"Choose the customer."_s);
        QTest::keyClicks(child<ardesk::CustomerPicker>(*dialog, u"customerLineEdit"_s), u"C0001"_s);
        CHECK(child<QLabel>(*dialog, u"currencyLabel"_s)->text() == u"EUR"_s);
        QTest::keyClicks(child<QLineEdit>(*dialog, u"amountLineEdit"_s), u"1,250.50"_s);
        QTest::keyClicks(child<QLineEdit>(*dialog, u"descriptionLineEdit"_s), u"Hosting"_s);
        auto* start = child<QDateEdit>(*dialog, u"startDateEdit"_s);
        start->setDate(QDate(2026, 1, 31));
        // Monthly is the default; the last day of the month.
        auto* day = child<QComboBox>(*dialog, u"dayComboBox"_s);
        day->setCurrentIndex(2);
        auto* ends = child<QComboBox>(*dialog, u"endComboBox"_s);
        ends->setCurrentIndex(1);
        child<QSpinBox>(*dialog, u"countSpinBox"_s)->setValue(12);
        CHECK(problem->text().isEmpty());
        CHECK(child<QLabel>(*dialog, u"datesLabel"_s)->text() ==
              u"1/31/26, 2/28/26, 3/31/26, 4/30/26, … (the first numbered REC-202601-1)"_s);
        REQUIRE(save->isEnabled());
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    // Insert on the page opens the dialog, as on the Customers page.
    QApplication::setActiveWindow(&page);
    table(page)->setFocus();
    QTest::keyClick(table(page), Qt::Key_Insert);
    REQUIRE(seen);
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(cell(page, 0, RecurringListModel::Customer) == u"Zephyr Bakery"_s);
    CHECK(cell(page, 0, RecurringListModel::Amount) == u"1,250.50 EUR"_s);
    CHECK(cell(page, 0, RecurringListModel::Frequency) == u"Monthly on the last day"_s);
    CHECK(cell(page, 0, RecurringListModel::Ends) == u"After 12 invoice(s)"_s);
    CHECK(cell(page, 0, RecurringListModel::Next) == u"1/31/26"_s);
    CHECK(cell(page, 0, RecurringListModel::Status) == u"Active"_s);
    CHECK(page.statusText() == u"Recurring invoices: 1"_s);
    CHECK(table(page)->currentIndex().row() == 0); // the new one is selected
}

TEST_CASE("A recurring invoice numbered on from a sequence is saved and edited as such",
          "[ui][recurring]")
{
    const ardesk::test::DefaultLocale english(QLocale(QLocale::English, QLocale::UnitedStates));
    RecurringFixture fixture;
    {
        ardesk::RecurringDialog dialog(*fixture.session);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        auto* numbering = child<QComboBox>(dialog, u"numberingComboBox"_s);
        auto* prefix = child<QLineEdit>(dialog, u"prefixLineEdit"_s);
        auto* sequence = child<QLineEdit>(dialog, u"sequenceLineEdit"_s);
        auto* problem = child<QLabel>(dialog, u"problemLabel"_s);
        CHECK(prefix->isVisible());
        CHECK_FALSE(sequence->isVisible());
        // Every mnemonic leads somewhere, also on rows whose field is a layout.
        for (const QLabel* label : dialog.findChildren<QLabel*>()) {
            INFO(label->text().toStdString());
            CHECK((!label->text().contains(u'&') || label->buddy()));
        }
        QTest::keyClicks(child<ardesk::CustomerPicker>(dialog, u"customerLineEdit"_s), u"C0001"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"amountLineEdit"_s), u"49.00"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"descriptionLineEdit"_s), u"Hosting"_s);
        child<QDateEdit>(dialog, u"startDateEdit"_s)->setDate(QDate(2026, 1, 31));

        numbering->setCurrentIndex(1);
        CHECK_FALSE(prefix->isVisible());
        CHECK(sequence->isVisible());
        sequence->clear();
        CHECK(problem->text() == u"Enter a number of the sequence to continue, e.g. INV-000001."_s);
        QTest::keyClicks(sequence, u"INV-"_s);
        CHECK(problem->text() ==
              u"The sequence is named by a number that ends in digits, e.g. INV-000001."_s);
        QTest::keyClicks(sequence, u"000100"_s);
        CHECK(problem->text().isEmpty());
        CHECK(child<QLabel>(dialog, u"datesLabel"_s)->text() ==
              u"1/31/26, 2/28/26, 3/31/26, 4/30/26, … (numbered on from INV-000100)"_s);
        QTest::keyClick(&dialog, Qt::Key_Return);
        CHECK(dialog.result() == QDialog::Accepted);
    }
    const auto views = fixture.session->recurring().list();
    REQUIRE(views.has_value());
    REQUIRE(views->size() == 1);
    CHECK(views->first().schedule.sequence == u"INV-000100"_s);
    CHECK(views->first().schedule.prefix.isEmpty());

    ardesk::RecurringDialog edit(*fixture.session, views->first());
    edit.show();
    REQUIRE(QTest::qWaitForWindowExposed(&edit));
    CHECK(child<QComboBox>(edit, u"numberingComboBox"_s)->currentIndex() == 1);
    CHECK(child<QLineEdit>(edit, u"sequenceLineEdit"_s)->text() == u"INV-000100"_s);
    // Back to prefix numbering: the default prefix is offered.
    child<QComboBox>(edit, u"numberingComboBox"_s)->setCurrentIndex(0);
    CHECK(child<QLineEdit>(edit, u"prefixLineEdit"_s)->text() == u"REC-"_s);
    QTest::keyClick(&edit, Qt::Key_Return);
    const auto edited = fixture.session->recurring().list();
    REQUIRE(edited.has_value());
    CHECK(edited->first().schedule.sequence.isEmpty());
    CHECK(edited->first().schedule.prefix == u"REC-"_s);
}

TEST_CASE(
    "Saving a recurring invoice someone else changed meanwhile asks before overwriting theirs",
    "[ui][recurring]")
{
    const ardesk::test::DefaultLocale english(QLocale(QLocale::English, QLocale::UnitedStates));
    RecurringFixture fixture;
    fixture.add(u"C0001"_s, u"99.50"_s, u"Hosting"_s, ardesk::RecurringFrequency::Monthly,
                QDate(2026, 1, 10));
    ardesk::RecurringService& mine = fixture.session->recurring();
    const ardesk::RecurringScheduleId id = mine.list()->first().schedule.id;
    // Another bookkeeper, on the same ledger, changes the description while the dialog is open.
    auto other = ardesk::LedgerSession::open(fixture.ledger.path());
    REQUIRE(other.has_value());
    const auto describeElsewhere = [&](const QString& description) {
        const auto read = (*other)->recurring().view(id);
        REQUIRE(read.has_value());
        auto edited = ardesk::RecurringRequest::of(read->schedule);
        edited.description = description;
        REQUIRE((*other)->recurring().edit(id, edited, read->schedule));
    };
    const auto stored = [&] { return mine.view(id)->schedule; };
    const auto save = [](ardesk::RecurringDialog& dialog) {
        QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
    };

    ardesk::RecurringDialog dialog(*fixture.session, *mine.view(id));
    dialog.show();
    ardesk::test::type(dialog, u"amountLineEdit"_s, u"120.00"_s);
    describeElsewhere(u"Hosting, theirs"_s);
    MessageBoxes::setNextAnswer(QMessageBox::No);
    save(dialog);
    REQUIRE(MessageBoxes::lastShown().has_value());
    CHECK(MessageBoxes::lastShown()->title == u"Recurring Invoice Changed Meanwhile"_s);
    // Nothing was written; the form shows theirs and the dialog stays open.
    CHECK(stored().amount.toPlainString() == u"99.50"_s);
    CHECK(dialog.isVisible());
    CHECK(child<QLineEdit>(dialog, u"descriptionLineEdit"_s)->text() == u"Hosting, theirs"_s);
    CHECK(child<QLineEdit>(dialog, u"amountLineEdit"_s)->text() == u"99.50"_s);

    // Edited again over theirs: saved without a question, their description kept.
    ardesk::test::type(dialog, u"amountLineEdit"_s, u"120.00"_s);
    MessageBoxes::clearLastShown();
    save(dialog);
    CHECK_FALSE(MessageBoxes::lastShown().has_value());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(stored().amount.toPlainString() == u"120.00"_s);
    CHECK(stored().description == u"Hosting, theirs"_s);

    // Changed again meanwhile, and this time saved over theirs on purpose.
    ardesk::RecurringDialog again(*fixture.session, *mine.view(id));
    again.show();
    ardesk::test::type(again, u"descriptionLineEdit"_s, u"Hosting, mine"_s);
    describeElsewhere(u"Hosting, theirs again"_s);
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    save(again);
    CHECK(again.result() == QDialog::Accepted);
    CHECK(stored().description == u"Hosting, mine"_s);
    CHECK(stored().amount.toPlainString() == u"120.00"_s);
}

TEST_CASE("Recurring invoices are filtered, searched and sorted", "[ui][recurring]")
{
    RecurringFixture fixture;
    RecurringPage& page = fixture.page;
    fixture.add(u"C0001"_s, u"10.00"_s, u"Hosting"_s, ardesk::RecurringFrequency::Monthly,
                QDate(2026, 1, 10));
    fixture.add(u"C0004"_s, u"300.00"_s, u"Maintenance"_s, ardesk::RecurringFrequency::Yearly,
                QDate(2026, 3, 1));
    fixture.add(u"C0002"_s, u"25.00"_s, u"Newsletter"_s, ardesk::RecurringFrequency::Weekly,
                QDate(2026, 5, 4));
    REQUIRE(fixture.session->recurring().pause(ardesk::RecurringScheduleId{3}, today).has_value());
    page.reload();
    REQUIRE(page.model()->rowCount() == 3);

    table(page)->sortByColumn(RecurringListModel::Amount, Qt::DescendingOrder);
    CHECK(cell(page, 0, RecurringListModel::Description) == u"Maintenance"_s);
    CHECK(cell(page, 2, RecurringListModel::Description) == u"Hosting"_s);

    auto* status = child<QComboBox>(page, u"statusFilterComboBox"_s);
    status->setCurrentIndex(status->findText(
        RecurringListModel::statusText(ardesk::RecurringScheduleView::Status::Paused)));
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(cell(page, 0, RecurringListModel::Description) == u"Newsletter"_s);
    status->setCurrentIndex(0);
    QTest::keyClicks(child<QLineEdit>(page, u"recurringSearchLineEdit"_s), u"maint"_s);
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(cell(page, 0, RecurringListModel::Customer) == u"Ärzte Bedarf"_s);
    CHECK(page.statusText() == u"Recurring invoices: 1 of 3"_s);
}

TEST_CASE("Pause, Resume and End act on the selected schedule once confirmed", "[ui][recurring]")
{
    RecurringFixture fixture;
    RecurringPage& page = fixture.page;
    fixture.add(u"C0001"_s, u"10.00"_s, u"Hosting"_s, ardesk::RecurringFrequency::Monthly,
                QDate(2026, 7, 1));
    page.reload();
    fixture.select(0);
    auto* pause = child<QPushButton>(page, u"pauseRecurringButton"_s);
    auto* resume = child<QPushButton>(page, u"resumeRecurringButton"_s);
    auto* end = child<QPushButton>(page, u"endRecurringButton"_s);
    CHECK(pause->isEnabled());
    CHECK_FALSE(resume->isEnabled());

    MessageBoxes::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(pause, Qt::LeftButton);
    CHECK(cell(page, 0, RecurringListModel::Status) == u"Active"_s);

    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(pause, Qt::LeftButton);
    CHECK(MessageBoxes::lastShown()->title == u"Pause Recurring Invoice"_s);
    CHECK(cell(page, 0, RecurringListModel::Status) == u"Paused"_s);
    CHECK(cell(page, 0, RecurringListModel::Next).isEmpty());
    CHECK(resume->isEnabled());
    CHECK_FALSE(pause->isEnabled());

    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(resume, Qt::LeftButton);
    CHECK(cell(page, 0, RecurringListModel::Status) == u"Active"_s);

    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(end, Qt::LeftButton);
    CHECK(cell(page, 0, RecurringListModel::Status) == u"Ended"_s);
    CHECK_FALSE(end->isEnabled());
    CHECK_FALSE(pause->isEnabled());
}

TEST_CASE("Create due invoices previews as of a date, then creates them once", "[ui][recurring]")
{
    const ardesk::test::DefaultLocale english(QLocale(QLocale::English, QLocale::UnitedStates));
    RecurringFixture fixture;
    RecurringPage& page = fixture.page;
    fixture.add(u"C0001"_s, u"10.00"_s, u"Hosting"_s, ardesk::RecurringFrequency::Monthly,
                QDate(2026, 4, 30));
    fixture.add(u"C0003"_s, u"5000"_s, u"Support"_s, ardesk::RecurringFrequency::Quarterly,
                QDate(2026, 6, 1));
    page.reload();

    // Cancel in the preview creates nothing.
    QTest::mouseClick(child<QPushButton>(page, u"createDueButton"_s), Qt::LeftButton);
    ardesk::RecurringPreviewDialog* dialog = previewShown(page);
    CHECK(dialog->model()->rowCount() == 3);
    dialog->reject();
    REQUIRE(QTest::qWaitFor([&] { return !page.findChild<ardesk::RecurringPreviewDialog*>(); },
                            jobTimeoutMs));
    CHECK_FALSE(fixture.session->invoiceEntry().numberTaken(u"REC-202604-1"_s).value());

    QTest::mouseClick(child<QPushButton>(page, u"createDueButton"_s), Qt::LeftButton);
    dialog = previewShown(page);
    // A later date previews more.
    child<QDateEdit>(*dialog, u"asOfDateEdit"_s)->setDate(QDate(2026, 7, 15));
    REQUIRE(QTest::qWaitFor([&] { return dialog->model()->rowCount() == 4 && !page.isBusy(); },
                            jobTimeoutMs));
    QStringList numbers;
    for (int row = 0; row < dialog->model()->rowCount(); ++row)
        numbers.append(
            dialog->model()->index(row, ardesk::RecurringInvoiceModel::Number).data().toString());
    CHECK(numbers ==
          QStringList{u"REC-202604-1"_s, u"REC-202605-1"_s, u"REC-202606-1"_s, u"REC-202606-2"_s});
    CHECK(child<QLabel>(*dialog, u"previewTotalLabel"_s)->text() ==
          u"Total: 30.00 EUR; 5,000 JPY"_s);
    auto* create = child<QPushButton>(*dialog, u"createInvoicesButton"_s);
    CHECK(create->text() == u"&Create 4 Invoice(s)"_s);
    QTest::mouseClick(create, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return page.message().startsWith(u"Created"_s); }, jobTimeoutMs));
    waitIdle(page);
    CHECK(page.message() == u"Created 4 invoice(s). Numbers REC-202604-1 to REC-202606-2."_s);
    for (const QString& number : numbers)
        CHECK(fixture.session->invoiceEntry().numberTaken(number).value());
    CHECK(cell(page, 0, RecurringListModel::Created) == u"3"_s);

    // Nothing is due twice.
    QTest::mouseClick(child<QPushButton>(page, u"createDueButton"_s), Qt::LeftButton);
    dialog = previewShown(page);
    child<QDateEdit>(*dialog, u"asOfDateEdit"_s)->setDate(QDate(2026, 7, 15));
    REQUIRE(QTest::qWaitFor(
        [&] {
            return child<QLabel>(*dialog, u"previewIntroLabel"_s)
                ->text()
                .startsWith(u"No invoice"_s);
        },
        jobTimeoutMs));
    CHECK(dialog->model()->rowCount() == 0);
    CHECK_FALSE(child<QPushButton>(*dialog, u"createInvoicesButton"_s)->isEnabled());
    dialog->reject();
}

TEST_CASE("The main window shows the Recurring page on Ctrl+Shift+R", "[ui][recurring]")
{
    UiTestLedger ledger(8);
    ardesk::MainWindow window;
    window.setRemembersSettings(false);
    REQUIRE(window.openLedger(ledger.path()));
    REQUIRE(window.pages().contains(window.recurringPage()));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(window.currentPage() == window.recurringPage());
    auto* action = child<QAction>(window, u"recurringPageAction"_s);
    CHECK(action->isChecked());
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    // No other command of the window has the same keys.
    for (const QAction* other : window.findChildren<QAction*>()) {
        if (other != action)
            CHECK(!other->shortcuts().contains(action->shortcut()));
    }
}

// Not run by default: `test_ui_recurring "[screenshots]"` with ARDESK_SHOTS_DIR set (and
// ARDESK_SHOTS_LANGUAGE for another language).
TEST_CASE("Screenshots of the Recurring page and its dialogs", "[.][screenshots]")
{
    const auto dir = ardesk::test::screenshotFolder();
    if (!dir)
        return;
    const ardesk::test::ScreenshotLanguage language;
    const QString suffix = language.suffix();
    {
        RecurringFixture fixture;
        RecurringPage& page = fixture.page;
        page.setSession(fixture.session.get()); // the page's texts in the language installed
        fixture.add(u"C0001"_s, u"49.00"_s, u"Hosting, monthly"_s,
                    ardesk::RecurringFrequency::Monthly, QDate(2026, 1, 31));
        fixture.add(u"C0004"_s, u"1200.00"_s, u"Maintenance contract"_s,
                    ardesk::RecurringFrequency::Yearly, QDate(2024, 2, 29));
        fixture.add(u"C0002"_s, u"25.00"_s, u"Newsletter"_s, ardesk::RecurringFrequency::Weekly,
                    QDate(2026, 5, 4));
        fixture.add(u"C0003"_s, u"50000"_s, u"Support"_s, ardesk::RecurringFrequency::Quarterly,
                    QDate(2026, 1, 1));
        REQUIRE(fixture.session->recurring()
                    .run({.asOf = QDate(2026, 5, 31), .dryRun = false, .progress = {}})
                    .has_value());
        REQUIRE(
            fixture.session->recurring().pause(ardesk::RecurringScheduleId{3}, today).has_value());
        page.reload();
        fixture.select(0);
        QApplication::processEvents();
        REQUIRE(page.grab().save(dir->filePath(u"recurring-page%1.png"_s.arg(suffix))));

        QTest::mouseClick(child<QPushButton>(page, u"createDueButton"_s), Qt::LeftButton);
        ardesk::RecurringPreviewDialog* preview = previewShown(page);
        child<QDateEdit>(*preview, u"asOfDateEdit"_s)->setDate(QDate(2026, 7, 31));
        REQUIRE(QTest::qWaitFor([&] { return preview->model()->rowCount() > 0 && !page.isBusy(); },
                                jobTimeoutMs));
        QApplication::processEvents();
        REQUIRE(preview->grab().save(dir->filePath(u"recurring-preview%1.png"_s.arg(suffix))));
        preview->reject();

        const auto views = fixture.session->recurring().list();
        REQUIRE(views.has_value());
        ardesk::RecurringDialog edit(*fixture.session, views->first());
        edit.show();
        QApplication::processEvents();
        REQUIRE(edit.grab().save(dir->filePath(u"recurring-dialog%1.png"_s.arg(suffix))));
        child<QComboBox>(edit, u"numberingComboBox"_s)->setCurrentIndex(1);
        child<QLineEdit>(edit, u"sequenceLineEdit"_s)->setText(u"INV-000413"_s);
        QApplication::processEvents();
        REQUIRE(edit.grab().save(dir->filePath(u"recurring-dialog-sequence%1.png"_s.arg(suffix))));
        edit.reject();
    }
}
