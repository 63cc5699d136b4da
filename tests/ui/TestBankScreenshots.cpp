// Screenshots of the Bank page and its dialogs, in any language: not run by default.

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include "BankPageFixture.h"
#include "ScreenshotFolder.h"
#include "ScreenshotLanguage.h"
#include "dialogs/BankAutoPostDialog.h"
#include "dialogs/BankCsvProfileWizard.h"
#include "dialogs/BankIgnoreDialog.h"
#include "dialogs/BankPostDialog.h"
#include "dialogs/BankSplitDialog.h"
#include "models/BankQueueModel.h"
#include "models/OpenItemChoiceModel.h"
#include "views/BankPage.h"
#include "views/DashboardPage.h"
#include "widgets/CustomerPicker.h"

using namespace Qt::StringLiterals;
using ardesk::BankPage;
using ardesk::test::BankFixture;
using ardesk::test::bankJobTimeoutMs;
using ardesk::test::frenchBankExport;
using ardesk::test::queueView;
using ardesk::test::selectLine;

TEST_CASE("Screenshots of the Bank page and its dialogs", "[.][screenshots]")
{
    const auto dir = ardesk::test::screenshotFolder();
    if (!dir)
        return;
    const ardesk::test::ScreenshotLanguage language;
    BankFixture fixture;
    BankPage& page = fixture.page;
    fixture.importStatement();
    page.resize(1180, 560);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    selectLine(page, u"Invoice INV-1"_s);
    QApplication::processEvents();
    REQUIRE(page.grab().save(dir->filePath(u"bank-page%1.png"_s.arg(language.suffix()))));

    selectLine(page, u"payment"_s);
    const auto match =
        page.model()->matchAt(static_cast<QSortFilterProxyModel*>(queueView(page)->model())
                                  ->mapToSource(queueView(page)->currentIndex())
                                  .row());
    REQUIRE(match);
    ardesk::BankPostDialog post(*fixture.session, *match);
    auto* picker = post.findChild<ardesk::CustomerPicker*>(u"bankCustomerPicker"_s);
    QTest::keyClicks(picker, u"C0004"_s);
    post.itemsModel()->setChecked({u"INV-4"_s});
    post.show();
    QApplication::processEvents();
    REQUIRE(post.grab().save(dir->filePath(u"bank-post-dialog%1.png"_s.arg(language.suffix()))));
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
    REQUIRE(split.grab().save(dir->filePath(u"bank-split-dialog%1.png"_s.arg(language.suffix()))));
    split.reject();

    ardesk::BankIgnoreDialog ignore(match->line);
    QTest::keyClicks(ignore.findChild<QLineEdit*>(u"ignoreReasonLineEdit"_s),
                     u"Refund from a supplier"_s);
    ignore.show();
    QApplication::processEvents();
    REQUIRE(
        ignore.grab().save(dir->filePath(u"bank-ignore-dialog%1.png"_s.arg(language.suffix()))));
    ignore.reject();

    QList<ardesk::BankMatch> sure;
    for (const ardesk::BankMatch& proposal : page.model()->matches()) {
        if (proposal.score >= BankPage::postAllMinScore)
            sure.append(proposal);
    }
    ardesk::BankAutoPostDialog all(sure, BankPage::postAllMinScore);
    all.show();
    QApplication::processEvents();
    REQUIRE(all.grab().save(dir->filePath(u"bank-post-all-dialog%1.png"_s.arg(language.suffix()))));
    all.reject();

    {
        ardesk::BankCsvProfileWizard wizard(u"releve.csv"_s, frenchBankExport(),
                                            *ardesk::CurrencyCode::fromCode(u"EUR"));
        wizard.show();
        wizard.findChild<QSpinBox*>(u"skipRowsSpinBox"_s)->setValue(3);
        wizard.findChild<QSpinBox*>(u"skipTrailingSpinBox"_s)->setValue(1);
        QApplication::processEvents();
        REQUIRE(wizard.grab().save(
            dir->filePath(u"bank-csv-wizard-layout%1.png"_s.arg(language.suffix()))));
        wizard.next();
        QTest::keyClicks(wizard.findChild<QLineEdit*>(u"statementAccountLineEdit"_s),
                         u"FR7630003035409876543210925"_s);
        QTest::keyClicks(wizard.findChild<QLineEdit*>(u"profileNameLineEdit"_s), u"Caisse"_s);
        QApplication::processEvents();
        REQUIRE(wizard.grab().save(
            dir->filePath(u"bank-csv-wizard-columns%1.png"_s.arg(language.suffix()))));
    }

    ardesk::DashboardPage dashboard;
    dashboard.resize(1180, 700);
    dashboard.setSession(fixture.session.get());
    dashboard.show();
    REQUIRE(QTest::qWaitFor([&] { return dashboard.data().has_value(); }, bankJobTimeoutMs));
    QApplication::processEvents();
    REQUIRE(dashboard.grab().save(dir->filePath(u"bank-dashboard%1.png"_s.arg(language.suffix()))));
}
