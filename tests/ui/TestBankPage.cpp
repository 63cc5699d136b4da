// The Bank page: a statement imported (through the file dialog and by drag and drop), the
// queue of proposals with their scores and reasons, a proposal posted with Enter, a line ignored
// with a reason (Delete), "Post all" previewed and posted; the dashboard's Receipts to apply;
// Ctrl+9 in the main window; scores banded and reasons put into words.

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDropEvent>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include "BankPageFixture.h"
#include "DefaultLocale.h"
#include "UiTestLedger.h"
#include "cashapp/BankLineService.h"
#include "dialogs/BankAutoPostDialog.h"
#include "dialogs/BankIgnoreDialog.h"
#include "models/BankQueueModel.h"
#include "text/BankMatchText.h"
#include "views/BankPage.h"
#include "views/CollectionsPage.h"
#include "views/DashboardPage.h"
#include "views/DashboardTile.h"
#include "views/MainWindow.h"
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
using ardesk::test::BankFixture;
using ardesk::test::bankJobTimeoutMs;
using ardesk::test::lineCell;
using ardesk::test::lineRow;
using ardesk::test::pageAction;
using ardesk::test::queueView;
using ardesk::test::selectLine;
using ardesk::test::UiTestLedger;
using ardesk::test::waitIdle;

TEST_CASE("An imported statement fills the queue with the matcher's proposals", "[ui][bank]")
{
    const ardesk::test::DefaultLocale english(QLocale(QLocale::English, QLocale::UnitedStates));
    BankFixture fixture;
    BankPage& page = fixture.page;
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(page.model()->rowCount() == 0);
    CHECK_FALSE(pageAction(page, u"postAllAction"_s)->isEnabled());

    fixture.importStatement();
    CHECK(page.message() == u"Imported “statement.xml”: credits 5, new 5, duplicates 0, debits "
                            "skipped 1, pending skipped 1."_s);
    REQUIRE(page.model()->rowCount() == 5);
    CHECK(page.statusText() == u"Receipts to apply: 5"_s);

    CHECK(lineCell(page, u"Invoice INV-1"_s, BankQueueModel::Amount) == u"100.00 EUR"_s);
    CHECK(lineCell(page, u"Invoice INV-1"_s, BankQueueModel::Payer) == u"Zephyr Bakery"_s);
    CHECK(lineCell(page, u"Invoice INV-1"_s, BankQueueModel::Customer) ==
          u"Zephyr Bakery (C0001)"_s);
    CHECK(lineCell(page, u"Invoice INV-1"_s, BankQueueModel::Documents) == u"INV-1"_s);
    CHECK(lineCell(page, u"Invoice INV-1"_s, BankQueueModel::Score) == u"100"_s);
    CHECK(lineCell(page, u"Invoice INV-1"_s, BankQueueModel::Reason) ==
          u"The reference names INV-1; the amount is their open total."_s);
    CHECK(lineCell(page, u"payment"_s, BankQueueModel::Customer) == u"No proposal"_s);
    CHECK(lineCell(page, u"payment"_s, BankQueueModel::Score) == u"0"_s);
    CHECK(lineCell(page, u"payment"_s, BankQueueModel::Reason) ==
          u"No open document, customer code, known account or customer name in the line."_s);

    // The score column sorts by number, highest first on a second click.
    queueView(page)->sortByColumn(BankQueueModel::Score, Qt::DescendingOrder);
    CHECK(queueView(page)->model()->index(0, BankQueueModel::Score).data().toString() == u"100"_s);
    CHECK(queueView(page)->model()->index(4, BankQueueModel::Score).data().toString() == u"0"_s);

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
    pageAction(fixture.page, u"importStatementAction"_s)->trigger();
    waitIdle(fixture.page);
    REQUIRE(
        QTest::qWaitFor([] { return MessageBoxes::lastShown().has_value(); }, bankJobTimeoutMs));
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
    selectLine(page, u"Invoice INV-1"_s);
    MessageBoxes::setNextAnswer(QMessageBox::No);
    QTest::keyClick(queueView(page), Qt::Key_Return);
    waitIdle(page);
    CHECK(fixture.lines(BankLineStatus::Posted).isEmpty());
    CHECK(page.model()->rowCount() == 5);

    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(queueView(page), Qt::Key_Return);
    CHECK(MessageBoxes::lastShown()->text.startsWith(
        u"Post the receipt of 100.00 EUR from Zephyr Bakery to Zephyr Bakery (C0001)?"_s));
    waitIdle(page);
    const QList<BankLine> posted = fixture.lines(BankLineStatus::Posted);
    REQUIRE(posted.size() == 1);
    CHECK(posted.first().reference == u"Invoice INV-1"_s);
    CHECK(page.model()->rowCount() == 4);
    CHECK(lineRow(page, u"Invoice INV-1"_s) == -1);
    CHECK(fixture.openItems(u"C0001"_s) == QStringList{u"INV-2"_s});
    CHECK(page.message() == u"Posted 100.00 EUR from Zephyr Bakery to Zephyr Bakery (C0001)."_s);
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
    selectLine(page, u"refund 2026/11"_s);
    queueView(page)->setFocus();

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
    QTest::keyClick(queueView(page), Qt::Key_Delete);
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
    pageAction(page, u"postAllAction"_s)->trigger();
    ardesk::BankAutoPostDialog* dialog = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] {
            dialog = page.findChild<ardesk::BankAutoPostDialog*>();
            return dialog && dialog->isVisible();
        },
        bankJobTimeoutMs));
    CHECK(dialog->model()->rowCount() == 3);
    dialog->reject();
    REQUIRE(QTest::qWaitFor([&] { return !page.findChild<ardesk::BankAutoPostDialog*>(); },
                            bankJobTimeoutMs));
    CHECK(fixture.lines(BankLineStatus::Posted).isEmpty());

    pageAction(page, u"postAllAction"_s)->trigger();
    REQUIRE(QTest::qWaitFor(
        [&] {
            dialog = page.findChild<ardesk::BankAutoPostDialog*>();
            return dialog && dialog->isVisible();
        },
        bankJobTimeoutMs));
    QStringList previewed;
    for (int row = 0; row < dialog->model()->rowCount(); ++row)
        previewed.append(dialog->model()->index(row, BankQueueModel::Documents).data().toString());
    previewed.sort();
    CHECK(previewed == QStringList({u"INV-1"_s, u"INV-2"_s, u"INV-3"_s}));
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"postAllButton"_s), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return fixture.lines(BankLineStatus::Posted).size() == 3; },
                            bankJobTimeoutMs));
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
    REQUIRE(QTest::qWaitFor([&] { return dashboard.data().has_value(); }, bankJobTimeoutMs));
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
