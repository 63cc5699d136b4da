// The Bank page: a statement imported (through the file dialog and by drag and drop), the
// queue of proposals with their scores and reasons, a proposal posted with Enter, a line posted
// to another customer through the dialog, a line ignored with a reason (Delete), "Post all"
// previewed and posted; the dashboard's Receipts to apply; Ctrl+9 in the main window.

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QWizard>

#include "BankFiles.h"
#include "DefaultLocale.h"
#include "UiTestLedger.h"
#include "cashapp/BankCsvProfileService.h"
#include "cashapp/BankLineService.h"
#include "dialogs/BankAutoPostDialog.h"
#include "dialogs/BankCsvProfileDialog.h"
#include "dialogs/BankCsvProfileWizard.h"
#include "dialogs/BankIgnoreDialog.h"
#include "dialogs/BankPostDialog.h"
#include "dialogs/BankSplitDialog.h"
#include "ledger/AllocationService.h"
#include "ledger/CustomerService.h"
#include "models/BankQueueModel.h"
#include "models/OpenItemChoiceModel.h"
#include "models/SplitPartModel.h"
#include "session/LedgerSession.h"
#include "session/UiLanguage.h"
#include "storage/Database.h"
#include "text/BankMatchText.h"
#include "views/BankPage.h"
#include "views/CollectionsPage.h"
#include "views/DashboardPage.h"
#include "views/DashboardTile.h"
#include "views/MainWindow.h"
#include "widgets/CustomerPicker.h"
#include "widgets/FileDialogs.h"
#include "widgets/MessageBoxes.h"
#include "widgets/ScoreBadgeDelegate.h"

using namespace Qt::StringLiterals;
using ardesk::BankLine;
using ardesk::BankLineStatus;
using ardesk::BankPage;
using ardesk::BankQueueModel;
using ardesk::FileDialogs;
using ardesk::MessageBoxes;
using ardesk::test::TestEntry;
using ardesk::test::UiTestLedger;

namespace {

constexpr int jobTimeoutMs = 20'000;

// Zephyr Bakery (C0001) owes INV-1 and INV-2, 100% Organic_Foods (C0002) INV-3, Ärzte Bedarf
// (C0004) INV-4.
void loadInvoices(UiTestLedger& ledger)
{
    ledger.load(ardesk::ImportKind::Invoices,
                "invoice_number,customer_id,issue_date,due_date,amount\n"
                "INV-1,C0001,2026-10-01,2026-10-31,100.00\n"
                "INV-2,C0001,2026-10-05,2026-11-04,250.00\n"
                "INV-3,C0002,2026-10-01,2026-10-31,400.00\n"
                "INV-4,C0004,2026-10-01,2026-10-31,80.00\n");
}

TestEntry entry(const QString& id, const QString& amount, const QString& reference,
                const QString& payer)
{
    return TestEntry{.bankReference = id,
                     .bookingDate = u"2026-11-20"_s,
                     .amount = amount,
                     .counterparty = payer,
                     .counterpartyIban = u"DE44500105175407324931"_s,
                     .reference = reference};
}

// Five booked credits (three name their invoice exactly: score 100; two name nothing), a debit
// and a pending credit.
QString writeStatement(const UiTestLedger& ledger)
{
    TestEntry debit = entry(u"D1"_s, u"30.00"_s, u"bank fees"_s, u"Bank"_s);
    debit.credit = false;
    TestEntry pending = entry(u"P1"_s, u"70.00"_s, u"INV-4"_s, u"Ärzte Bedarf"_s);
    pending.status = u"PDNG"_s;
    const QByteArray xml = ardesk::test::camt053(
        u"STMT-1"_s, {entry(u"R1"_s, u"100.00"_s, u"Invoice INV-1"_s, u"Zephyr Bakery"_s),
                      entry(u"R2"_s, u"400.00"_s, u"INV-3"_s, u"Organic Foods"_s),
                      entry(u"R3"_s, u"80.00"_s, u"payment"_s, u"Dr. A. Someone"_s),
                      entry(u"R4"_s, u"12.00"_s, u"refund 2026/11"_s, u"Supplier AG"_s),
                      entry(u"R5"_s, u"250.00"_s, u"INV-2"_s, u"Zephyr Bakery"_s), debit, pending});
    const QString path = ledger.dir() + u"/statement.xml"_s;
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(xml);
    return path;
}

std::unique_ptr<ardesk::LedgerSession> openSession(const UiTestLedger& ledger)
{
    auto session = ardesk::LedgerSession::open(ledger.path());
    REQUIRE(session.has_value());
    return std::move(*session);
}

void waitIdle(const BankPage& page)
{
    REQUIRE(QTest::qWaitFor([&page] { return !page.isBusy(); }, jobTimeoutMs));
}

QTableView* table(const BankPage& page)
{
    auto* view = page.findChild<QTableView*>(u"bankTableView"_s);
    REQUIRE(view);
    return view;
}

QAction* action(const BankPage& page, const QString& name)
{
    auto* found = page.findChild<QAction*>(name);
    REQUIRE(found);
    return found;
}

// The row of the view showing the line with this reference; -1 if none.
int viewRow(const BankPage& page, const QString& reference)
{
    const QAbstractItemModel* model = table(page)->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, BankQueueModel::Reference).data().toString() == reference)
            return row;
    }
    return -1;
}

QString cell(const BankPage& page, const QString& reference, int column)
{
    const int row = viewRow(page, reference);
    REQUIRE(row >= 0);
    return table(page)->model()->index(row, column).data().toString();
}

void select(const BankPage& page, const QString& reference)
{
    const int row = viewRow(page, reference);
    REQUIRE(row >= 0);
    table(page)->setCurrentIndex(table(page)->model()->index(row, 0));
}

// A page with the ledger open and its (empty) queue read.
struct BankFixture {
    explicit BankFixture()
        : ledger(8)
    {
        loadInvoices(ledger);
        statement = writeStatement(ledger);
        session = openSession(ledger);
        page.setSession(session.get());
        waitIdle(page);
    }

    void importStatement()
    {
        FileDialogs::setNextFileName(statement);
        action(page, u"importStatementAction"_s)->trigger();
        waitIdle(page);
    }

    QList<BankLine> lines(BankLineStatus status) const
    {
        auto database = ardesk::Database::open(ledger.path());
        REQUIRE(database.has_value());
        auto found = ardesk::BankLineService(**database).lines(status);
        REQUIRE(found.has_value());
        return *found;
    }

    QStringList openItems(const QString& customerCode) const
    {
        QStringList numbers;
        auto customers = session->customers().page({}, 0, 100);
        REQUIRE(customers.has_value());
        for (const auto& row : *customers) {
            if (row.customer.code != customerCode)
                continue;
            auto items = session->allocation().openItems(row.customer.id);
            REQUIRE(items.has_value());
            for (const auto& item : *items)
                numbers.append(item.number);
        }
        return numbers;
    }

    UiTestLedger ledger;
    QString statement;
    std::unique_ptr<ardesk::LedgerSession> session;
    BankPage page;
};

} // namespace

TEST_CASE("An imported statement fills the queue with the matcher's proposals", "[ui][bank]")
{
    const ardesk::test::DefaultLocale english(QLocale(QLocale::English, QLocale::UnitedStates));
    BankFixture fixture;
    BankPage& page = fixture.page;
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(page.model()->rowCount() == 0);
    CHECK_FALSE(action(page, u"postAllAction"_s)->isEnabled());

    fixture.importStatement();
    CHECK(page.message() == u"Imported “statement.xml”: credits 5, new 5, duplicates 0, debits "
                            "skipped 1, pending skipped 1."_s);
    REQUIRE(page.model()->rowCount() == 5);
    CHECK(page.statusText() == u"Receipts to apply: 5"_s);

    CHECK(cell(page, u"Invoice INV-1"_s, BankQueueModel::Amount) == u"100.00 EUR"_s);
    CHECK(cell(page, u"Invoice INV-1"_s, BankQueueModel::Payer) == u"Zephyr Bakery"_s);
    CHECK(cell(page, u"Invoice INV-1"_s, BankQueueModel::Customer) == u"Zephyr Bakery (C0001)"_s);
    CHECK(cell(page, u"Invoice INV-1"_s, BankQueueModel::Documents) == u"INV-1"_s);
    CHECK(cell(page, u"Invoice INV-1"_s, BankQueueModel::Score) == u"100"_s);
    CHECK(cell(page, u"Invoice INV-1"_s, BankQueueModel::Reason) ==
          u"The reference names INV-1; the amount is their open total."_s);
    CHECK(cell(page, u"payment"_s, BankQueueModel::Customer) == u"No proposal"_s);
    CHECK(cell(page, u"payment"_s, BankQueueModel::Score) == u"0"_s);
    CHECK(cell(page, u"payment"_s, BankQueueModel::Reason) ==
          u"No open document, customer code, known account or customer name in the line."_s);

    // The score column sorts by number, highest first on a second click.
    table(page)->sortByColumn(BankQueueModel::Score, Qt::DescendingOrder);
    CHECK(table(page)->model()->index(0, BankQueueModel::Score).data().toString() == u"100"_s);
    CHECK(table(page)->model()->index(4, BankQueueModel::Score).data().toString() == u"0"_s);

    // The same file again adds nothing.
    fixture.importStatement();
    CHECK(page.message().contains(u"credits 5, new 0, duplicates 5"_s));
    CHECK(page.model()->rowCount() == 5);
}

TEST_CASE("A file that is no statement is refused with a message", "[ui][bank]")
{
    BankFixture fixture;
    const QString path = fixture.ledger.dir() + u"/notes.txt"_s;
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("just some notes\n");
    file.close();
    MessageBoxes::clearLastShown();
    FileDialogs::setNextFileName(path);
    action(fixture.page, u"importStatementAction"_s)->trigger();
    waitIdle(fixture.page);
    REQUIRE(QTest::qWaitFor([] { return MessageBoxes::lastShown().has_value(); }, jobTimeoutMs));
    CHECK(MessageBoxes::lastShown()->title == u"Cannot Import Statement"_s);
    CHECK(MessageBoxes::lastShown()->text.contains(u"notes.txt"_s));
    CHECK(fixture.page.model()->rowCount() == 0);
    CHECK(fixture.lines(BankLineStatus::Open).isEmpty());
}

TEST_CASE("A statement dropped on the page is imported", "[ui][bank]")
{
    BankFixture fixture;
    BankPage& page = fixture.page;
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(fixture.statement)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&page, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&page, &drop);
    waitIdle(page);
    CHECK(page.model()->rowCount() == 5);

    // Two files at once are not one statement.
    QMimeData two;
    two.setUrls({QUrl::fromLocalFile(fixture.statement), QUrl::fromLocalFile(fixture.statement)});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &two, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(&page, &refused);
    CHECK_FALSE(refused.isAccepted());
}

TEST_CASE("Enter posts the selected proposal once confirmed", "[ui][bank]")
{
    const ardesk::test::DefaultLocale english(QLocale(QLocale::English, QLocale::UnitedStates));
    BankFixture fixture;
    BankPage& page = fixture.page;
    fixture.importStatement();

    // No: nothing is posted.
    select(page, u"Invoice INV-1"_s);
    MessageBoxes::setNextAnswer(QMessageBox::No);
    QTest::keyClick(table(page), Qt::Key_Return);
    waitIdle(page);
    CHECK(fixture.lines(BankLineStatus::Posted).isEmpty());
    CHECK(page.model()->rowCount() == 5);

    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(table(page), Qt::Key_Return);
    CHECK(MessageBoxes::lastShown()->text.startsWith(
        u"Post the receipt of 100.00 EUR from Zephyr Bakery to Zephyr Bakery (C0001)?"_s));
    waitIdle(page);
    const QList<BankLine> posted = fixture.lines(BankLineStatus::Posted);
    REQUIRE(posted.size() == 1);
    CHECK(posted.first().reference == u"Invoice INV-1"_s);
    CHECK(page.model()->rowCount() == 4);
    CHECK(viewRow(page, u"Invoice INV-1"_s) == -1);
    CHECK(fixture.openItems(u"C0001"_s) == QStringList{u"INV-2"_s});
    CHECK(page.message() == u"Posted 100.00 EUR from Zephyr Bakery to Zephyr Bakery (C0001)."_s);
}

TEST_CASE("A receipt is posted to another customer and documents through the dialog", "[ui][bank]")
{
    BankFixture fixture;
    BankPage& page = fixture.page;
    fixture.importStatement();
    select(page, u"payment"_s);

    bool seen = false;
    QTimer::singleShot(0, [&seen] {
        auto* dialog = qobject_cast<ardesk::BankPostDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        auto* picker = dialog->findChild<ardesk::CustomerPicker*>(u"bankCustomerPicker"_s);
        auto* post = dialog->findChild<QPushButton*>(u"postButton"_s);
        // Nothing proposed: nobody is chosen yet, so nothing can be posted.
        CHECK(picker->text().isEmpty());
        CHECK_FALSE(post->isEnabled());
        // Tokyo Trading is billed in JPY: not for a receipt in EUR.
        QTest::keyClicks(picker, u"C0003"_s);
        CHECK_FALSE(post->isEnabled());
        picker->clear();
        QTest::keyClicks(picker, u"C0004"_s);
        REQUIRE(picker->customer().has_value());
        ardesk::OpenItemChoiceModel* items = dialog->itemsModel();
        REQUIRE(items->rowCount() == 1);
        CHECK(items->index(0, 0).data().toString() == u"INV-4"_s);
        CHECK(items->setData(items->index(0, 0), Qt::Checked, Qt::CheckStateRole));
        CHECK(items->checkedNumbers() == QStringList{u"INV-4"_s});
        REQUIRE(post->isEnabled());
        QTest::mouseClick(post, Qt::LeftButton);
    });
    action(page, u"changeAction"_s)->trigger();
    CHECK(seen);
    waitIdle(page);
    const QList<BankLine> posted = fixture.lines(BankLineStatus::Posted);
    REQUIRE(posted.size() == 1);
    CHECK(posted.first().reference == u"payment"_s);
    CHECK(fixture.openItems(u"C0004"_s).isEmpty());
    CHECK(viewRow(page, u"payment"_s) == -1);
}

TEST_CASE("A receipt is split across two customers by the keyboard, each paying its documents",
          "[ui][bank]")
{
    const ardesk::test::DefaultLocale english(QLocale(QLocale::English, QLocale::UnitedStates));
    BankFixture fixture;
    BankPage& page = fixture.page;
    fixture.importStatement();
    select(page, u"payment"_s); // 80.00 EUR from Dr. A. Someone

    bool seen = false;
    QTimer::singleShot(0, [&seen] {
        auto* dialog = qobject_cast<ardesk::BankSplitDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        auto* picker = dialog->findChild<ardesk::CustomerPicker*>(u"splitCustomerPicker"_s);
        auto* amount = dialog->findChild<QLineEdit*>(u"splitAmountLineEdit"_s);
        auto* documents = dialog->findChild<QLineEdit*>(u"splitDocumentsLineEdit"_s);
        auto* problem = dialog->findChild<QLabel*>(u"problemLabel"_s);
        auto* totals = dialog->findChild<QLabel*>(u"splitTotalsLabel"_s);
        auto* post = dialog->findChild<QPushButton*>(u"postSplitButton"_s);
        REQUIRE((picker && amount && documents && problem && totals && post));
        // The whole receipt is offered as the first part's amount.
        CHECK(amount->text() == u"80.00"_s);
        CHECK_FALSE(post->isEnabled());

        // A document that is not the customer's is refused with the reason.
        QTest::keyClicks(picker, u"C0001"_s);
        amount->clear();
        QTest::keyClicks(amount, u"50"_s);
        QTest::keyClicks(documents, u"INV-4"_s);
        QTest::keyClick(documents, Qt::Key_Return);
        CHECK(problem->text() == u"INV-4 is not an open item of Zephyr Bakery."_s);
        CHECK(dialog->partsModel()->rowCount() == 0);
        documents->clear();
        QTest::keyClicks(documents, u"inv-1"_s);
        QTest::keyClick(documents, Qt::Key_Return);
        REQUIRE(dialog->partsModel()->rowCount() == 1);
        CHECK(problem->text().isEmpty());
        // One part is no split yet; the rest is offered for the next.
        CHECK_FALSE(post->isEnabled());
        CHECK(amount->text() == u"30.00"_s);
        CHECK(totals->text() == u"Split: 50.00 EUR of 80.00 EUR    Left: 30.00 EUR"_s);

        // More than is left is refused.
        QTest::keyClicks(picker, u"C0004"_s);
        amount->clear();
        QTest::keyClicks(amount, u"30.01"_s);
        QTest::keyClick(amount, Qt::Key_Return);
        CHECK(problem->text() == u"The part is more than the 30.00 EUR left to split."_s);
        amount->clear();
        QTest::keyClicks(amount, u"30.00"_s);
        QTest::keyClick(amount, Qt::Key_Return);
        REQUIRE(dialog->partsModel()->rowCount() == 2);
        // Enter added the part and posted nothing: posting is the button's.
        CHECK(dialog->posted().isEmpty());
        CHECK(dialog->isVisible());
        const QAbstractItemModel& parts = *dialog->partsModel();
        CHECK(parts.index(0, ardesk::SplitPartModel::Customer).data().toString() ==
              u"Zephyr Bakery (C0001)"_s);
        CHECK(parts.index(0, ardesk::SplitPartModel::Documents).data().toString() == u"inv-1"_s);
        CHECK(parts.index(1, ardesk::SplitPartModel::Amount).data().toString() == u"30.00 EUR"_s);
        REQUIRE(post->isEnabled());
        QTest::mouseClick(post, Qt::LeftButton);
    });
    action(page, u"splitAction"_s)->trigger();
    CHECK(seen);
    waitIdle(page);
    const QList<BankLine> posted = fixture.lines(BankLineStatus::Posted);
    REQUIRE(posted.size() == 1);
    CHECK(posted.first().reference == u"payment"_s);
    // INV-1 (100.00) paid 50.00 of it; INV-4 (80.00) 30.00: both still open, for less.
    CHECK(fixture.openItems(u"C0001"_s) == QStringList{u"INV-1"_s, u"INV-2"_s});
    auto database = ardesk::Database::open(fixture.ledger.path());
    REQUIRE(database.has_value());
    auto items = ardesk::AllocationService(**database)
                     .openItems(fixture.session->customers()
                                    .page({.search = u"C0001"_s}, 0, 1)
                                    ->first()
                                    .customer.id);
    REQUIRE(items.has_value());
    CHECK(items->first().openMinor == 5000);
    CHECK(viewRow(page, u"payment"_s) == -1);
    CHECK(page.message() == u"Posted 80.00 EUR from Dr. A. Someone to Zephyr Bakery (C0001), "
                            "Ärzte Bedarf (C0004)."_s);
}

namespace {

ardesk::BankCsvProfile simpleProfile(const QString& name)
{
    return {.name = name,
            .bookingDateColumn = u"date"_s,
            .amountColumn = u"amount"_s,
            .counterpartyNameColumn = u"payer"_s,
            .referenceColumns = {u"reference"_s},
            .currency = u"EUR"_s,
            .account = u"DE44500105175407324931"_s};
}

// The layout of a French savings bank's export: account lines, a balance, the header, the
// entries with a debit and a credit column, and a closing balance.
QByteArray frenchExport()
{
    return "Code de la banque : 10101;Code de l'agence : 00100;;;;\n"
           "Num\xc3\xa9ro de compte : 01234567890;Devise : EUR;;;;\n"
           "\n"
           "Solde en fin de p\xc3\xa9riode;;;;655,25;\n"
           "Date;Num\xc3\xa9ro d'op\xc3\xa9ration;Libell\xc3\xa9;D\xc3\xa9"
           "bit;Cr\xc3\xa9"
           "dit;D\xc3\xa9tail\n"
           "05/01/2024;0123456789;VIREMENT RECU;;1 250,50;INV-7\n"
           "10/01/2024;9876543210;PAIEMENT CB;-75,25;;Achat\n"
           "Solde en d\xc3\xa9"
           "but de p\xc3\xa9riode;;;;500,00;\n";
}

QString writeCsv(const UiTestLedger& ledger)
{
    const QString path = ledger.dir() + u"/umsatz.csv"_s;
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("date,amount,payer,reference\n"
               "2026-11-20,80.00,Ärzte Bedarf,INV-4\n"
               "2026-11-21,-12.00,Bank,fees\n");
    return path;
}

} // namespace

TEST_CASE("A bank CSV file is imported through a saved column profile the page asks for",
          "[ui][bank]")
{
    const ardesk::test::DefaultLocale english(QLocale(QLocale::English, QLocale::UnitedStates));
    BankFixture fixture;
    BankPage& page = fixture.page;
    const QString csv = writeCsv(fixture.ledger);

    SECTION("without a saved profile the wizard sets one up, saves it and imports the file")
    {
        bool seen = false;
        QTimer poll;
        poll.setInterval(10);
        QObject::connect(&poll, &QTimer::timeout, [&seen, &poll] {
            auto* wizard =
                qobject_cast<ardesk::BankCsvProfileWizard*>(QApplication::activeModalWidget());
            if (!wizard)
                return;
            poll.stop();
            seen = true;
            CHECK(wizard->findChild<QComboBox*>(u"separatorComboBox"_s)->currentData() == u","_s);
            CHECK(wizard->findChild<QTableWidget*>(u"sampleTable"_s)->rowCount() == 2);
            wizard->next();
            const auto column = [wizard](const char* name) {
                return wizard->findChild<QComboBox*>(QString::fromLatin1(name))->currentData();
            };
            // Proposed from the header's names and the dates.
            CHECK(column("bookingDateComboBox") == u"date"_s);
            CHECK(column("amountComboBox") == u"amount"_s);
            CHECK(column("payerNameComboBox") == u"payer"_s);
            CHECK(column("referenceComboBox") == u"reference"_s);
            CHECK(wizard->findChild<QComboBox*>(u"dateFormatComboBox"_s)->currentText() ==
                  u"yyyy-MM-dd"_s);
            auto* finish = wizard->button(QWizard::FinishButton);
            auto* check = wizard->findChild<QLabel*>(u"checkLabel"_s);
            CHECK_FALSE(finish->isEnabled());
            CHECK(check->text() == u"Enter the account the bank's files are statements of."_s);
            QTest::keyClicks(wizard->findChild<QLineEdit*>(u"statementAccountLineEdit"_s),
                             u"DE44500105175407324931"_s);
            QTest::keyClicks(wizard->findChild<QLineEdit*>(u"profileNameLineEdit"_s), u"my-bank"_s);
            CHECK(check->text() == u"The file reads: 2 entries, 1 of them money in.\n"
                                   "The first money in: 11/20/26, 80.00 EUR from Ärzte Bedarf."_s);
            REQUIRE(finish->isEnabled());
            QTest::mouseClick(finish, Qt::LeftButton);
        });
        poll.start();
        page.importFile(csv);
        REQUIRE(QTest::qWaitFor([&seen] { return seen; }, jobTimeoutMs));
        REQUIRE(QTest::qWaitFor([&page] { return page.message().startsWith(u"Imported"_s); },
                                jobTimeoutMs));
        const auto saved = fixture.session->bankCsvProfiles().find(u"my-bank"_s);
        REQUIRE(saved.has_value());
        CHECK(ardesk::bankCsvProfileToJson(*saved) ==
              ardesk::bankCsvProfileToJson(simpleProfile(u"my-bank"_s)));
        const QList<BankLine> open = fixture.lines(BankLineStatus::Open);
        REQUIRE(open.size() == 1);
        CHECK(open.first().reference == u"INV-4"_s);
    }

    SECTION("a profile's wizard cancelled imports nothing and saves nothing")
    {
        bool seen = false;
        QTimer poll;
        poll.setInterval(10);
        QObject::connect(&poll, &QTimer::timeout, [&seen, &poll] {
            auto* wizard =
                qobject_cast<ardesk::BankCsvProfileWizard*>(QApplication::activeModalWidget());
            if (!wizard)
                return;
            poll.stop();
            seen = true;
            wizard->reject();
        });
        poll.start();
        page.importFile(csv);
        REQUIRE(QTest::qWaitFor([&seen] { return seen; }, jobTimeoutMs));
        REQUIRE(QTest::qWaitFor([&page] { return page.message().contains(u"cancelled"_s); },
                                jobTimeoutMs));
        CHECK(fixture.session->bankCsvProfiles().list()->isEmpty());
        CHECK(fixture.lines(BankLineStatus::Open).isEmpty());
    }

    SECTION("with saved profiles the chosen one reads the file")
    {
        REQUIRE(fixture.session->bankCsvProfiles().save(simpleProfile(u"another-bank"_s)));
        REQUIRE(fixture.session->bankCsvProfiles().save(simpleProfile(u"sparkasse"_s)));
        // The dialog comes once the job has found the file to be CSV: looked for until then.
        bool seen = false;
        QTimer poll;
        poll.setInterval(10);
        QObject::connect(&poll, &QTimer::timeout, [&seen, &poll] {
            auto* dialog =
                qobject_cast<ardesk::BankCsvProfileDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll.stop();
            seen = true;
            auto* profiles = dialog->findChild<QComboBox*>(u"csvProfileComboBox"_s);
            REQUIRE(profiles);
            REQUIRE(profiles->count() == 2);
            profiles->setCurrentIndex(profiles->findText(u"sparkasse"_s));
            CHECK(dialog->profile().name == u"sparkasse"_s);
            CHECK(dialog->findChild<QLabel*>(u"csvProfileDescriptionLabel"_s)
                      ->text()
                      .contains(u"Amounts in the column “amount”"_s));
            QTest::mouseClick(dialog->findChild<QPushButton*>(u"importButton"_s), Qt::LeftButton);
        });
        poll.start();
        page.importFile(csv);
        REQUIRE(QTest::qWaitFor([&seen] { return seen; }, jobTimeoutMs));
        // The second import, with the profile, reports when done.
        REQUIRE(QTest::qWaitFor([&page] { return page.message().startsWith(u"Imported"_s); },
                                jobTimeoutMs));
        const QList<BankLine> open = fixture.lines(BankLineStatus::Open);
        REQUIRE(open.size() == 1); // the debit is skipped
        CHECK(open.first().reference == u"INV-4"_s);
        CHECK(open.first().amount.minor() == 8000);
        CHECK(page.message().startsWith(u"Imported “umsatz.csv”: credits 1, new 1"_s));
    }
}

TEST_CASE("The CSV profile wizard reads a bank export with rows around its entries", "[ui][bank]")
{
    const ardesk::test::DefaultLocale french(QLocale(QLocale::French, QLocale::France));
    ardesk::BankCsvProfileWizard wizard(u"releve.csv"_s, frenchExport(),
                                        *ardesk::CurrencyCode::fromCode(u"EUR"));
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    CHECK(wizard.findChild<QComboBox*>(u"separatorComboBox"_s)->currentData() == u";"_s);
    wizard.findChild<QSpinBox*>(u"skipRowsSpinBox"_s)->setValue(3);
    wizard.findChild<QSpinBox*>(u"skipTrailingSpinBox"_s)->setValue(1);
    auto* sample = wizard.findChild<QTableWidget*>(u"sampleTable"_s);
    CHECK(sample->horizontalHeaderItem(0)->text() == u"Date"_s);
    CHECK(sample->item(0, 4)->text() == u"1 250,50"_s);
    wizard.next();

    const auto column = [&wizard](const char* name) {
        return wizard.findChild<QComboBox*>(QString::fromLatin1(name))->currentData();
    };
    CHECK(column("amountChoiceComboBox") == 1); // a debit and a credit column
    CHECK(column("bookingDateComboBox") == u"Date"_s);
    CHECK(column("debitComboBox") == u"Débit"_s);
    CHECK(column("creditComboBox") == u"Crédit"_s);
    CHECK(column("payerNameComboBox") == u"Libellé"_s);
    CHECK(column("referenceComboBox") == u"Détail"_s);
    CHECK(wizard.findChild<QComboBox*>(u"dateFormatComboBox"_s)->currentText() == u"dd/MM/yyyy"_s);
    CHECK(wizard.findChild<QCheckBox*>(u"decimalCommaCheckBox"_s)->isChecked());
    QTest::keyClicks(wizard.findChild<QLineEdit*>(u"statementAccountLineEdit"_s), u"01234567890"_s);
    QTest::keyClicks(wizard.findChild<QLineEdit*>(u"profileNameLineEdit"_s), u"caisse"_s);
    auto* check = wizard.findChild<QLabel*>(u"checkLabel"_s);
    CHECK(check->text().startsWith(u"The file reads: 2 entries, 1 of them money in."_s));
    CHECK(check->text().contains(u"The first money in: 05/01/2024, "_s));
    CHECK(check->text().endsWith(u"EUR from VIREMENT RECU."_s));
    CHECK(wizard.button(QWizard::FinishButton)->isEnabled());
    // A wrong date format says where the file stops reading.
    wizard.findChild<QComboBox*>(u"dateFormatComboBox"_s)->setCurrentText(u"yyyy-MM-dd"_s);
    CHECK(
        check->text().startsWith(u"The file does not read with these settings: releve.csv:6:1:"_s));
    CHECK_FALSE(wizard.button(QWizard::FinishButton)->isEnabled());
    wizard.findChild<QComboBox*>(u"dateFormatComboBox"_s)->setCurrentText(u"dd/MM/yyyy"_s);

    const ardesk::BankCsvProfile profile = wizard.profile();
    CHECK(profile.separator == u';');
    CHECK(profile.skipRows == 3);
    CHECK(profile.skipTrailingRows == 1);
    CHECK(profile.decimalComma);
    CHECK(profile.referenceColumns == QStringList{u"Détail"_s});
    CHECK(profile.account == u"01234567890"_s);
    CHECK(profile.currency == u"EUR"_s);
}

TEST_CASE("The dialog starts from the proposal and may pay other documents", "[ui][bank]")
{
    BankFixture fixture;
    BankPage& page = fixture.page;
    fixture.importStatement();
    select(page, u"INV-2"_s);

    bool seen = false;
    QTimer::singleShot(0, [&seen] {
        auto* dialog = qobject_cast<ardesk::BankPostDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        auto* picker = dialog->findChild<ardesk::CustomerPicker*>(u"bankCustomerPicker"_s);
        CHECK(picker->customer().has_value());
        CHECK(picker->customer()->code == u"C0001"_s);
        ardesk::OpenItemChoiceModel* items = dialog->itemsModel();
        CHECK(items->checkedNumbers() == QStringList{u"INV-2"_s});
        // Pay INV-1 first instead.
        items->setChecked({u"inv-1"_s});
        CHECK(items->checkedNumbers() == QStringList{u"INV-1"_s});
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"postButton"_s), Qt::LeftButton);
    });
    action(page, u"changeAction"_s)->trigger();
    CHECK(seen);
    waitIdle(page);
    // 250.00 paid INV-1 (100.00) first, then 150.00 of INV-2.
    CHECK(fixture.openItems(u"C0001"_s) == QStringList{u"INV-2"_s});
    CHECK(fixture.lines(BankLineStatus::Posted).size() == 1);
}

TEST_CASE("Delete ignores the selected line with a reason", "[ui][bank]")
{
    BankFixture fixture;
    BankPage& page = fixture.page;
    fixture.importStatement();
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    waitIdle(page);
    select(page, u"refund 2026/11"_s);
    table(page)->setFocus();

    bool seen = false;
    QTimer::singleShot(0, [&seen] {
        auto* dialog = qobject_cast<ardesk::BankIgnoreDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        auto* reason = dialog->findChild<QLineEdit*>(u"ignoreReasonLineEdit"_s);
        auto* ignore = dialog->findChild<QPushButton*>(u"ignoreButton"_s);
        CHECK_FALSE(ignore->isEnabled());
        QTest::keyClicks(reason, u"   "_s);
        CHECK_FALSE(ignore->isEnabled());
        reason->clear();
        QTest::keyClicks(reason, u"Refund from a supplier"_s);
        REQUIRE(ignore->isEnabled());
        QTest::mouseClick(ignore, Qt::LeftButton);
    });
    QTest::keyClick(table(page), Qt::Key_Delete);
    CHECK(seen);
    waitIdle(page);
    const QList<BankLine> ignored = fixture.lines(BankLineStatus::Ignored);
    REQUIRE(ignored.size() == 1);
    CHECK(ignored.first().reference == u"refund 2026/11"_s);
    CHECK(ignored.first().ignoreReason == u"Refund from a supplier"_s);
    CHECK(page.model()->rowCount() == 4);
    CHECK(fixture.lines(BankLineStatus::Posted).isEmpty());
}

TEST_CASE("Post all: the receipts scoring 90 or more are previewed, then posted", "[ui][bank]")
{
    BankFixture fixture;
    BankPage& page = fixture.page;
    fixture.importStatement();

    // Cancel in the preview posts nothing.
    action(page, u"postAllAction"_s)->trigger();
    ardesk::BankAutoPostDialog* dialog = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] {
            dialog = page.findChild<ardesk::BankAutoPostDialog*>();
            return dialog && dialog->isVisible();
        },
        jobTimeoutMs));
    CHECK(dialog->model()->rowCount() == 3);
    dialog->reject();
    REQUIRE(QTest::qWaitFor([&] { return !page.findChild<ardesk::BankAutoPostDialog*>(); },
                            jobTimeoutMs));
    CHECK(fixture.lines(BankLineStatus::Posted).isEmpty());

    action(page, u"postAllAction"_s)->trigger();
    REQUIRE(QTest::qWaitFor(
        [&] {
            dialog = page.findChild<ardesk::BankAutoPostDialog*>();
            return dialog && dialog->isVisible();
        },
        jobTimeoutMs));
    QStringList previewed;
    for (int row = 0; row < dialog->model()->rowCount(); ++row)
        previewed.append(dialog->model()->index(row, BankQueueModel::Documents).data().toString());
    previewed.sort();
    CHECK(previewed == QStringList({u"INV-1"_s, u"INV-2"_s, u"INV-3"_s}));
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"postAllButton"_s), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return fixture.lines(BankLineStatus::Posted).size() == 3; },
                            jobTimeoutMs));
    waitIdle(page);
    CHECK(page.message() == u"Posted 3 receipt(s)."_s);
    CHECK(page.model()->rowCount() == 2);
    CHECK(fixture.openItems(u"C0001"_s).isEmpty());
    CHECK(fixture.openItems(u"C0002"_s).isEmpty());
    CHECK(fixture.openItems(u"C0004"_s) == QStringList{u"INV-4"_s});
}

TEST_CASE("The dashboard counts the receipts to apply", "[ui][bank]")
{
    const ardesk::test::DefaultLocale english(QLocale(QLocale::English, QLocale::UnitedStates));
    BankFixture fixture;
    fixture.importStatement();
    ardesk::DashboardPage dashboard;
    dashboard.setSession(fixture.session.get());
    REQUIRE(QTest::qWaitFor([&] { return dashboard.data().has_value(); }, jobTimeoutMs));
    auto* tile = dashboard.findChild<ardesk::DashboardTile*>(u"receiptsTile"_s);
    REQUIRE(tile);
    CHECK(tile->value() == u"842.00 EUR"_s);
    CHECK(tile->note() == u"5 bank line(s) to post or ignore"_s);
}

TEST_CASE("The main window has the Bank page after Collections, on Ctrl+9", "[ui][bank]")
{
    UiTestLedger ledger(8);
    ardesk::MainWindow window;
    window.setRemembersSettings(false);
    REQUIRE(window.openLedger(ledger.path()));
    REQUIRE(window.pages().size() >= 9);
    CHECK(window.pages().at(8) == window.bankPage());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_9, Qt::ControlModifier);
    CHECK(window.currentPage() == window.bankPage());
    QTest::keyClick(&window, Qt::Key_8, Qt::ControlModifier);
    CHECK(window.currentPage() == window.collectionsPage());
}

TEST_CASE("Scores are banded and reasons put into words", "[ui][bank]")
{
    using Band = ardesk::ScoreBadgeDelegate::Band;
    CHECK(ardesk::ScoreBadgeDelegate::band(100) == Band::Sure);
    CHECK(ardesk::ScoreBadgeDelegate::band(90) == Band::Sure);
    CHECK(ardesk::ScoreBadgeDelegate::band(89) == Band::Likely);
    CHECK(ardesk::ScoreBadgeDelegate::band(50) == Band::Likely);
    CHECK(ardesk::ScoreBadgeDelegate::band(49) == Band::Unsure);
    CHECK(ardesk::ScoreBadgeDelegate::band(0) == Band::Unsure);

    const ardesk::CurrencyCode euro = *ardesk::CurrencyCode::fromCode(u"EUR");
    ardesk::BankMatch match{
        .line = ardesk::BankLine{.amount = ardesk::Money(35000, euro),
                                 .counterpartyAccount = u"DE02120300000000202051"_s},
        .customerCode = u"C0001"_s,
        .documents = {u"INV-7"_s, u"INV-8"_s}};
    match.clue = ardesk::CustomerClue::RememberedAccount;
    match.fit = ardesk::AmountFit::OldestItems;
    CHECK(ardesk::BankMatchText::reason(match) ==
          u"Account DE02120300000000202051 paid for this customer before; the amount is the "
          "open total of the oldest items, INV-7, INV-8."_s);
    match.clue = ardesk::CustomerClue::Name;
    match.fit = ardesk::AmountFit::None;
    CHECK(ardesk::BankMatchText::reason(match) ==
          u"The payer's name is the customer's; the amount matches no open item (a payment on "
          "account)."_s);
    match.clue = ardesk::CustomerClue::Documents;
    match.fit = ardesk::AmountFit::Different;
    CHECK(ardesk::BankMatchText::reason(match) ==
          u"The reference names INV-7, INV-8; the amount differs from their open total."_s);
}

// Not run by default: `test_ui_bank "[screenshots]"` with ARDESK_SHOTS_DIR set (and LANGUAGE
// or a translator for another language).
TEST_CASE("Screenshots of the Bank page and its dialogs", "[.][screenshots]")
{
    const QString directory = qEnvironmentVariable("ARDESK_SHOTS_DIR");
    if (directory.isEmpty()) {
        WARN("ARDESK_SHOTS_DIR is not set: nothing saved");
        return;
    }
    const QDir dir(directory);
    // The application's translation for ARDESK_SHOTS_LANGUAGE (say, de), as main() installs it.
    const QString language = qEnvironmentVariable("ARDESK_SHOTS_LANGUAGE");
    std::optional<ardesk::test::DefaultLocale> locale;
    QTranslator translator;
    if (!language.isEmpty()) {
        locale.emplace(QLocale(language));
        REQUIRE(ardesk::UiLanguage::loadTranslation(translator, QLocale(language),
                                                    QStringLiteral(ARDESK_QM_DIR)));
        QCoreApplication::installTranslator(&translator);
    }
    BankFixture fixture;
    BankPage& page = fixture.page;
    fixture.importStatement();
    page.resize(1180, 560);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    select(page, u"Invoice INV-1"_s);
    QApplication::processEvents();
    REQUIRE(page.grab().save(dir.filePath(u"bank-page.png"_s)));

    select(page, u"payment"_s);
    const auto match =
        page.model()->matchAt(static_cast<QSortFilterProxyModel*>(table(page)->model())
                                  ->mapToSource(table(page)->currentIndex())
                                  .row());
    REQUIRE(match);
    ardesk::BankPostDialog post(*fixture.session, *match);
    auto* picker = post.findChild<ardesk::CustomerPicker*>(u"bankCustomerPicker"_s);
    QTest::keyClicks(picker, u"C0004"_s);
    post.itemsModel()->setChecked({u"INV-4"_s});
    post.show();
    QApplication::processEvents();
    REQUIRE(post.grab().save(dir.filePath(u"bank-post-dialog.png"_s)));
    post.reject();

    ardesk::BankSplitDialog split(*fixture.session, *match);
    auto* splitPicker = split.findChild<ardesk::CustomerPicker*>(u"splitCustomerPicker"_s);
    auto* splitAmount = split.findChild<QLineEdit*>(u"splitAmountLineEdit"_s);
    QTest::keyClicks(splitPicker, u"C0001"_s);
    splitAmount->setText(QLocale().toString(50.0, 'f', 2));
    QTest::keyClicks(split.findChild<QLineEdit*>(u"splitDocumentsLineEdit"_s), u"INV-1"_s);
    split.addPart();
    QTest::keyClicks(splitPicker, u"C0004"_s);
    split.show();
    QApplication::processEvents();
    REQUIRE(split.grab().save(dir.filePath(u"bank-split-dialog.png"_s)));
    split.reject();

    ardesk::BankIgnoreDialog ignore(match->line);
    QTest::keyClicks(ignore.findChild<QLineEdit*>(u"ignoreReasonLineEdit"_s),
                     u"Refund from a supplier"_s);
    ignore.show();
    QApplication::processEvents();
    REQUIRE(ignore.grab().save(dir.filePath(u"bank-ignore-dialog.png"_s)));
    ignore.reject();

    QList<ardesk::BankMatch> sure;
    for (const ardesk::BankMatch& proposal : page.model()->matches()) {
        if (proposal.score >= BankPage::postAllMinScore)
            sure.append(proposal);
    }
    ardesk::BankAutoPostDialog all(sure, BankPage::postAllMinScore);
    all.show();
    QApplication::processEvents();
    REQUIRE(all.grab().save(dir.filePath(u"bank-post-all-dialog.png"_s)));
    all.reject();

    {
        ardesk::BankCsvProfileWizard wizard(u"releve.csv"_s, frenchExport(),
                                            *ardesk::CurrencyCode::fromCode(u"EUR"));
        wizard.show();
        wizard.findChild<QSpinBox*>(u"skipRowsSpinBox"_s)->setValue(3);
        wizard.findChild<QSpinBox*>(u"skipTrailingSpinBox"_s)->setValue(1);
        QApplication::processEvents();
        REQUIRE(wizard.grab().save(dir.filePath(u"bank-csv-wizard-layout%1.png"_s.arg(language))));
        wizard.next();
        QTest::keyClicks(wizard.findChild<QLineEdit*>(u"statementAccountLineEdit"_s),
                         u"FR7630003035409876543210925"_s);
        QTest::keyClicks(wizard.findChild<QLineEdit*>(u"profileNameLineEdit"_s), u"Caisse"_s);
        QApplication::processEvents();
        REQUIRE(wizard.grab().save(dir.filePath(u"bank-csv-wizard-columns%1.png"_s.arg(language))));
    }

    ardesk::DashboardPage dashboard;
    dashboard.resize(1180, 700);
    dashboard.setSession(fixture.session.get());
    dashboard.show();
    REQUIRE(QTest::qWaitFor([&] { return dashboard.data().has_value(); }, jobTimeoutMs));
    QApplication::processEvents();
    REQUIRE(dashboard.grab().save(dir.filePath(u"bank-dashboard.png"_s)));
    QCoreApplication::removeTranslator(&translator);
}
