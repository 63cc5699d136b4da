// The Bank page's posting dialogs: a receipt posted to another customer and documents, split
// across two customers by the keyboard, and the dialog started from the proposal.

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include "BankPageFixture.h"
#include "DefaultLocale.h"
#include "cashapp/BankLineService.h"
#include "dialogs/BankPostDialog.h"
#include "dialogs/BankSplitDialog.h"
#include "ledger/AllocationService.h"
#include "ledger/CustomerService.h"
#include "models/OpenItemChoiceModel.h"
#include "models/SplitPartModel.h"
#include "session/LedgerSession.h"
#include "storage/Database.h"
#include "views/BankPage.h"
#include "widgets/CustomerPicker.h"

using namespace Qt::StringLiterals;
using ardesk::BankLine;
using ardesk::BankLineStatus;
using ardesk::BankPage;
using ardesk::test::BankFixture;
using ardesk::test::lineRow;
using ardesk::test::pageAction;
using ardesk::test::selectLine;
using ardesk::test::waitIdle;

TEST_CASE("A receipt is posted to another customer and documents through the dialog", "[ui][bank]")
{
    BankFixture fixture;
    BankPage& page = fixture.page;
    fixture.importStatement();
    selectLine(page, u"payment"_s);

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
    pageAction(page, u"changeAction"_s)->trigger();
    CHECK(seen);
    waitIdle(page);
    const QList<BankLine> posted = fixture.lines(BankLineStatus::Posted);
    REQUIRE(posted.size() == 1);
    CHECK(posted.first().reference == u"payment"_s);
    CHECK(fixture.openItems(u"C0004"_s).isEmpty());
    CHECK(lineRow(page, u"payment"_s) == -1);
}

TEST_CASE("A receipt is split across two customers by the keyboard, each paying its documents",
          "[ui][bank]")
{
    const ardesk::test::DefaultLocale english(QLocale(QLocale::English, QLocale::UnitedStates));
    BankFixture fixture;
    BankPage& page = fixture.page;
    fixture.importStatement();
    selectLine(page, u"payment"_s); // 80.00 EUR from Dr. A. Someone

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
    pageAction(page, u"splitAction"_s)->trigger();
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
    CHECK(lineRow(page, u"payment"_s) == -1);
    CHECK(page.message() == u"Posted 80.00 EUR from Dr. A. Someone to Zephyr Bakery (C0001), "
                            "Ärzte Bedarf (C0004)."_s);
}

TEST_CASE("The dialog starts from the proposal and may pay other documents", "[ui][bank]")
{
    BankFixture fixture;
    BankPage& page = fixture.page;
    fixture.importStatement();
    selectLine(page, u"INV-2"_s);

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
    pageAction(page, u"changeAction"_s)->trigger();
    CHECK(seen);
    waitIdle(page);
    // 250.00 paid INV-1 (100.00) first, then 150.00 of INV-2.
    CHECK(fixture.openItems(u"C0001"_s) == QStringList{u"INV-2"_s});
    CHECK(fixture.lines(BankLineStatus::Posted).size() == 1);
}
