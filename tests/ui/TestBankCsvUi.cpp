// Bank CSV files on the Bank page: imported through a saved column profile the page asks for,
// and the profile wizard reading a bank export with rows around its entries.

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QWizard>

#include "BankPageFixture.h"
#include "DefaultLocale.h"
#include "UiTestLedger.h"
#include "cashapp/BankCsvProfileService.h"
#include "cashapp/BankLineService.h"
#include "dialogs/BankCsvProfileDialog.h"
#include "dialogs/BankCsvProfileWizard.h"
#include "session/LedgerSession.h"
#include "views/BankPage.h"

using namespace Qt::StringLiterals;
using ardesk::BankLine;
using ardesk::BankLineStatus;
using ardesk::BankPage;
using ardesk::test::BankFixture;
using ardesk::test::bankJobTimeoutMs;
using ardesk::test::frenchBankExport;
using ardesk::test::UiTestLedger;

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
        REQUIRE(QTest::qWaitFor([&seen] { return seen; }, bankJobTimeoutMs));
        REQUIRE(QTest::qWaitFor([&page] { return page.message().startsWith(u"Imported"_s); },
                                bankJobTimeoutMs));
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
        REQUIRE(QTest::qWaitFor([&seen] { return seen; }, bankJobTimeoutMs));
        REQUIRE(QTest::qWaitFor([&page] { return page.message().contains(u"cancelled"_s); },
                                bankJobTimeoutMs));
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
        REQUIRE(QTest::qWaitFor([&seen] { return seen; }, bankJobTimeoutMs));
        // The second import, with the profile, reports when done.
        REQUIRE(QTest::qWaitFor([&page] { return page.message().startsWith(u"Imported"_s); },
                                bankJobTimeoutMs));
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
    ardesk::BankCsvProfileWizard wizard(u"releve.csv"_s, frenchBankExport(),
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
