// Edit > Settings: company details, currency and default aging buckets are saved in the ledger
// (read back through the core); the language and the mail server are kept in QSettings, the
// mail password only in the keychain.

#include <catch2/catch.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include "UiTestLedger.h"
#include "dialogs/SettingsDialog.h"
#include "ledger/LedgerInfoService.h"
#include "mail/SecretStore.h"
#include "mail/SmtpSettings.h"
#include "session/LedgerSession.h"
#include "session/UiLanguage.h"
#include "storage/Database.h"
#include "views/MainWindow.h"
#include "widgets/MessageBoxes.h"

using namespace Qt::StringLiterals;
using ardesk::SettingsDialog;

namespace {

template <typename T>
T* child(const QWidget& parent, const QString& name)
{
    auto* found = parent.findChild<T*>(name);
    INFO(name.toStdString());
    REQUIRE(found);
    return found;
}

void retype(QWidget& dialog, const QString& name, const QString& text)
{
    auto* edit = child<QLineEdit>(dialog, name);
    edit->selectAll();
    QTest::keyClicks(edit, text);
    REQUIRE(edit->text() == text);
}

QPushButton* okButton(const QWidget& dialog)
{
    return child<QDialogButtonBox>(dialog, u"settingsButtonBox"_s)->button(QDialogButtonBox::Ok);
}

std::unique_ptr<ardesk::LedgerSession> openSession(const QString& path)
{
    auto session = ardesk::LedgerSession::open(path);
    REQUIRE(session.has_value());
    return std::move(*session);
}

ardesk::LedgerSettings readSettings(const QString& path)
{
    auto database = ardesk::Database::open(path);
    REQUIRE(database.has_value());
    auto settings = ardesk::LedgerInfoService(**database).settings();
    REQUIRE(settings.has_value());
    return *settings;
}

// Before a screenshot: the window is on screen and the layout requests the last change queued
// are handled (grab() paints at once, but lays out only a hidden widget).
void settle(QWidget& widget)
{
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
    QCoreApplication::processEvents();
}

// Puts the language setting back to "system" after a test that changed it.
struct LanguageReset {
    ~LanguageReset() { ardesk::UiLanguage::store(QString()); }
};

} // namespace

TEST_CASE("Settings someone else saved meanwhile are not overwritten unasked", "[ui][settings]")
{
    using ardesk::MessageBoxes;
    const ardesk::test::UiTestLedger ledger(5);
    auto session = openSession(ledger.path());
    // Another bookkeeper, on the same ledger, changes the phone number while the dialog is open.
    auto other = openSession(ledger.path());
    const auto setPhoneElsewhere = [&](const QString& phone) {
        const auto read = other->ledgerInfo().settings();
        REQUIRE(read.has_value());
        ardesk::LedgerSettings theirs = *read;
        theirs.company.phone = phone;
        REQUIRE(other->saveSettings(theirs, *read).has_value());
    };
    const auto phoneField = [](const QWidget& dialog) {
        return child<QLineEdit>(dialog, u"phoneLineEdit"_s)->text();
    };

    SettingsDialog dialog(session.get());
    dialog.show();
    retype(dialog, u"emailLineEdit"_s, u"ar@nordwind.example"_s);
    setPhoneElsewhere(u"+49 40 111"_s);
    MessageBoxes::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    REQUIRE(MessageBoxes::lastShown().has_value());
    CHECK(MessageBoxes::lastShown()->title == u"Settings Changed Meanwhile"_s);
    // Nothing was written; the dialog shows theirs and stays open.
    CHECK(readSettings(ledger.path()).company.email.isEmpty());
    CHECK(dialog.isVisible());
    CHECK(phoneField(dialog) == u"+49 40 111"_s);
    CHECK(child<QLineEdit>(dialog, u"emailLineEdit"_s)->text().isEmpty());

    // Edited again over theirs: saved without a question, their phone number kept.
    retype(dialog, u"emailLineEdit"_s, u"ar@nordwind.example"_s);
    MessageBoxes::clearLastShown();
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    CHECK_FALSE(MessageBoxes::lastShown().has_value());
    CHECK(dialog.result() == QDialog::Accepted);
    ardesk::LedgerSettings saved = readSettings(ledger.path());
    CHECK(saved.company.email == u"ar@nordwind.example"_s);
    CHECK(saved.company.phone == u"+49 40 111"_s);

    // Changed again meanwhile, and this time saved over theirs on purpose.
    SettingsDialog again(session.get());
    again.show();
    retype(again, u"phoneLineEdit"_s, u"+49 40 222"_s);
    setPhoneElsewhere(u"+49 40 333"_s);
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(okButton(again), Qt::LeftButton);
    CHECK(again.result() == QDialog::Accepted);
    saved = readSettings(ledger.path());
    CHECK(saved.company.phone == u"+49 40 222"_s);
    CHECK(saved.company.email == u"ar@nordwind.example"_s);
}

TEST_CASE("Settings saves company details and bucket edges in the ledger", "[ui][settings]")
{
    const ardesk::test::UiTestLedger ledger(5);
    auto session = openSession(ledger.path());
    SettingsDialog dialog(session.get());
    dialog.show();
    CHECK(child<QLineEdit>(dialog, u"companyNameLineEdit"_s)->text() ==
          ardesk::test::UiTestLedger::company);
    CHECK(child<QLineEdit>(dialog, u"agingBucketsLineEdit"_s)->text() == u"30,60,90"_s);
    // No documents yet: the currency may still change.
    CHECK(child<QComboBox>(dialog, u"currencyComboBox"_s)->isEnabled());

    retype(dialog, u"companyNameLineEdit"_s, u"Nordwind Handel AG"_s);
    QTest::keyClicks(child<QPlainTextEdit>(dialog, u"addressPlainTextEdit"_s), u"Hafenstraße 1"_s);
    retype(dialog, u"emailLineEdit"_s, u"ar@nordwind.example"_s);
    retype(dialog, u"phoneLineEdit"_s, u"+49 40 123456"_s);
    retype(dialog, u"taxIdLineEdit"_s, u"DE123456789"_s);
    retype(dialog, u"registrationLineEdit"_s, u"Amtsgericht Hamburg HRB 12345"_s);
    // The address is several lines, as printed in the letters' sender block.
    auto* address = child<QPlainTextEdit>(dialog, u"addressPlainTextEdit"_s);
    QTest::keyClick(address, Qt::Key_Return);
    QTest::keyClicks(address, u"20457 Hamburg"_s);
    retype(dialog, u"agingBucketsLineEdit"_s, u"15,45"_s);
    child<QComboBox>(dialog, u"currencyComboBox"_s)->setCurrentText(u"CHF"_s);
    REQUIRE(okButton(dialog)->isEnabled());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);

    const ardesk::LedgerSettings saved = readSettings(ledger.path());
    CHECK(saved.company.name == u"Nordwind Handel AG"_s);
    CHECK(saved.company.address == u"Hafenstraße 1\n20457 Hamburg"_s);
    CHECK(saved.company.email == u"ar@nordwind.example"_s);
    CHECK(saved.company.phone == u"+49 40 123456"_s);
    CHECK(saved.company.taxId == u"DE123456789"_s);
    CHECK(saved.company.registration == u"Amtsgericht Hamburg HRB 12345"_s);
    CHECK(saved.currency.code() == u"CHF"_s);
    CHECK(saved.agingBuckets.edges() == QList<int>{15, 45});
    CHECK(session->companyName() == u"Nordwind Handel AG"_s);
}

TEST_CASE("Settings refuses invalid bucket edges and an empty company name", "[ui][settings]")
{
    const ardesk::test::UiTestLedger ledger(5);
    auto session = openSession(ledger.path());
    SettingsDialog dialog(session.get());
    dialog.show();
    auto* note = child<QLabel>(dialog, u"agingBucketsNoteLabel"_s);

    const QString edges =
        GENERATE(u"60,30"_s, u"30,,60"_s, u"0,30"_s, u"30, 60"_s, u""_s, u"abc"_s);
    INFO(edges.toStdString());
    retype(dialog, u"agingBucketsLineEdit"_s, u"10,20"_s);
    CHECK(okButton(dialog)->isEnabled());
    auto* bucketsLineEdit = child<QLineEdit>(dialog, u"agingBucketsLineEdit"_s);
    bucketsLineEdit->clear();
    QTest::keyClicks(bucketsLineEdit, edges);
    CHECK_FALSE(okButton(dialog)->isEnabled());
    CHECK(note->text().contains(u"30,60,90"_s));
    dialog.accept(); // Enter would land here: refused while invalid
    CHECK(dialog.isVisible());
    CHECK(readSettings(ledger.path()).agingBuckets.edges() == QList<int>{30, 60, 90});

    retype(dialog, u"agingBucketsLineEdit"_s, u"10,20"_s);
    child<QLineEdit>(dialog, u"companyNameLineEdit"_s)->clear();
    CHECK_FALSE(okButton(dialog)->isEnabled());
    dialog.accept();
    CHECK(readSettings(ledger.path()).company.name == ardesk::test::UiTestLedger::company);
}

TEST_CASE("Settings shows the currency fixed once the ledger has documents", "[ui][settings]")
{
    ardesk::test::UiTestLedger ledger(5);
    ledger.load(ardesk::ImportKind::Invoices, "invoice_number,customer_id,issue_date,amount\n"
                                              "INV-1,C0001,2025-01-10,100.00\n");
    auto session = openSession(ledger.path());
    SettingsDialog dialog(session.get());
    auto* currency = child<QComboBox>(dialog, u"currencyComboBox"_s);
    CHECK(currency->currentText() == u"EUR"_s);
    CHECK_FALSE(currency->isEnabled());
    CHECK(child<QLabel>(dialog, u"currencyNoteLabel"_s)->text().contains(u"EUR"_s));
}

TEST_CASE("The language choice is kept for the next start", "[ui][settings]")
{
    const LanguageReset reset;
    CHECK(ardesk::UiLanguage::stored().isEmpty());
    {
        // Without a ledger only the language can be set.
        SettingsDialog dialog(nullptr);
        CHECK_FALSE(child<QLineEdit>(dialog, u"companyNameLineEdit"_s)->isEnabled());
        auto* language = child<QComboBox>(dialog, u"languageComboBox"_s);
        CHECK(language->count() == 5);
        CHECK(language->currentIndex() == 0);
        CHECK(child<QLabel>(dialog, u"languageNoteLabel"_s)->text().contains(u"next time"_s));
        language->setCurrentIndex(language->findText(u"Deutsch"_s));
        REQUIRE(okButton(dialog)->isEnabled());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    }
    CHECK(QSettings().value(u"ui/language"_s).toString() == u"de"_s);
    CHECK(ardesk::UiLanguage::stored() == u"de"_s);
    CHECK(ardesk::UiLanguage::translationLocale().language() == QLocale::German);
    {
        SettingsDialog dialog(nullptr);
        CHECK(child<QComboBox>(dialog, u"languageComboBox"_s)->currentText() == u"Deutsch"_s);
    }
    // A value the application does not know (edited by hand) means the system's language.
    QSettings().setValue(u"ui/language"_s, u"xx"_s);
    CHECK(ardesk::UiLanguage::stored().isEmpty());
}

TEST_CASE("New settings reach the window title and the Reports page", "[ui][settings][window]")
{
    const ardesk::test::UiTestLedger ledger(5);
    ardesk::MainWindow window;
    window.setRemembersSettings(false);
    window.show();
    REQUIRE(window.openLedger(ledger.path()));
    auto* settingsAction = child<QAction>(window, u"settingsAction"_s);
    CHECK(settingsAction->shortcuts().contains(QKeySequence(u"Ctrl+,"_s)));

    bool driven = false;
    QTimer::singleShot(0, &window, [&] {
        auto* dialog = qobject_cast<SettingsDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        retype(*dialog, u"companyNameLineEdit"_s, u"Westwind GmbH"_s);
        retype(*dialog, u"agingBucketsLineEdit"_s, u"7,14,28"_s);
        QTest::keyClick(child<QLineEdit>(*dialog, u"agingBucketsLineEdit"_s), Qt::Key_Return);
        driven = true;
    });
    settingsAction->trigger();
    REQUIRE(driven);
    CHECK(window.windowTitle() == u"ARDesk — Westwind GmbH"_s);
    CHECK(child<QLabel>(window, u"companyNameLabel"_s)->text() == u"Westwind GmbH"_s);
    CHECK(child<QLineEdit>(window, u"bucketsLineEdit"_s)->text() == u"7,14,28"_s);
    CHECK(readSettings(ledger.path()).agingBuckets.edges() == QList<int>{7, 14, 28});
}

// Not run by default: `test_ui_import "[screenshots]"` with ARDESK_SHOTS_DIR set.
TEST_CASE("Screenshot of the settings dialog", "[.][screenshots]")
{
    const QString directory = qEnvironmentVariable("ARDESK_SHOTS_DIR");
    if (directory.isEmpty()) {
        WARN("ARDESK_SHOTS_DIR is not set: nothing saved");
        return;
    }
    ardesk::test::UiTestLedger ledger(5);
    auto session = openSession(ledger.path());
    {
        SettingsDialog dialog(session.get());
        dialog.show();
        retype(dialog, u"agingBucketsLineEdit"_s, u"30,60,45"_s);
        settle(dialog);
        REQUIRE(dialog.grab().save(directory + u"/settings-invalid-buckets.png"_s));
    }
    ledger.load(ardesk::ImportKind::Invoices, "invoice_number,customer_id,issue_date,amount\n"
                                              "INV-1,C0001,2025-01-10,100.00\n");
    SettingsDialog dialog(session.get());
    dialog.show();
    settle(dialog);
    REQUIRE(dialog.grab().save(directory + u"/settings.png"_s));
    auto* tabs = child<QTabWidget>(dialog, u"settingsTabWidget"_s);
    tabs->setCurrentWidget(child<QWidget>(dialog, u"emailTab"_s));
    retype(dialog, u"smtpHostLineEdit"_s, u"mail.nordwind.example"_s);
    retype(dialog, u"smtpUserLineEdit"_s, u"ar@nordwind.example"_s);
    settle(dialog);
    REQUIRE(dialog.grab().save(directory + u"/settings-email.png"_s));
    tabs->setCurrentWidget(child<QWidget>(dialog, u"paymentTab"_s));
    retype(dialog, u"ibanLineEdit"_s, u"DE89 3704 0044 0532 0130 00"_s);
    retype(dialog, u"bicLineEdit"_s, u"COBADEFFXXX"_s);
    retype(dialog, u"paymentLinkLineEdit"_s,
           u"https://pay.nordwind.example/{customer}?amount={amount}"_s);
    child<QLineEdit>(dialog, u"paymentLinkLineEdit"_s)->home(false);
    settle(dialog);
    REQUIRE(dialog.grab().save(directory + u"/settings-payments.png"_s));
}

TEST_CASE("Settings saves how customers pay, and says what is wrong with an IBAN",
          "[ui][settings][payment]")
{
    const ardesk::test::UiTestLedger ledger(5);
    auto session = openSession(ledger.path());
    SettingsDialog dialog(session.get());
    dialog.show();
    child<QTabWidget>(dialog, u"settingsTabWidget"_s)
        ->setCurrentWidget(child<QWidget>(dialog, u"paymentTab"_s));
    auto* ibanNote = child<QLabel>(dialog, u"ibanNoteLabel"_s);
    const QString help = ibanNote->text();
    REQUIRE_FALSE(help.isEmpty());

    // One digit off: the note says so at once, and OK waits for a valid IBAN.
    retype(dialog, u"ibanLineEdit"_s, u"DE89 3704 0044 0532 0130 01"_s);
    CHECK(ibanNote->text() != help);
    CHECK(ibanNote->text().contains(u"check digits"_s));
    CHECK_FALSE(okButton(dialog)->isEnabled());
    retype(dialog, u"ibanLineEdit"_s, u"DE89 3704 0044 0532 0130 00"_s);
    CHECK(ibanNote->text() == help);
    retype(dialog, u"bicLineEdit"_s, u"COBA"_s);
    CHECK(child<QLabel>(dialog, u"bicNoteLabel"_s)->text().contains(u"not a BIC"_s));
    CHECK_FALSE(okButton(dialog)->isEnabled());
    retype(dialog, u"bicLineEdit"_s, u"cobadeff"_s);
    retype(dialog, u"paymentLinkLineEdit"_s, u"pay.example.com"_s);
    CHECK_FALSE(okButton(dialog)->isEnabled());
    retype(dialog, u"paymentLinkLineEdit"_s, u"https://pay.example.com/{customer}"_s);
    retype(dialog, u"accountHolderLineEdit"_s, u"Nordwind Handel AG"_s);
    retype(dialog, u"accountNumberLineEdit"_s, u"0532013000"_s);
    retype(dialog, u"routingLineEdit"_s, u"37040044"_s);
    REQUIRE(okButton(dialog)->isEnabled());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);

    const ardesk::PaymentDetails saved = readSettings(ledger.path()).company.payment;
    CHECK(saved.accountHolder == u"Nordwind Handel AG"_s);
    CHECK(saved.iban == u"DE89370400440532013000"_s);
    CHECK(saved.bic == u"COBADEFF"_s);
    CHECK(saved.accountNumber == u"0532013000"_s);
    CHECK(saved.routing == u"37040044"_s);
    CHECK(saved.paymentLinkPattern == u"https://pay.example.com/{customer}"_s);

    // Opened again, the IBAN reads in groups of four.
    SettingsDialog again(session.get());
    CHECK(child<QLineEdit>(again, u"ibanLineEdit"_s)->text() == u"DE89 3704 0044 0532 0130 00"_s);
}

TEST_CASE("Settings keeps the mail server in QSettings, never the password", "[ui][settings]")
{
    const ardesk::test::UiTestLedger ledger(5);
    auto session = openSession(ledger.path());
    SettingsDialog dialog(session.get());
    dialog.show();
    const QString password = u"s3cret-Passwort"_s;
    retype(dialog, u"smtpHostLineEdit"_s, u"mail.nordwind.example"_s);
    auto* port = child<QSpinBox>(dialog, u"smtpPortSpinBox"_s);
    port->selectAll();
    QTest::keyClicks(port, u"465"_s);
    auto* security = child<QComboBox>(dialog, u"smtpSecurityComboBox"_s);
    security->setCurrentIndex(security->findData(int(ardesk::SmtpSecurity::ImplicitTls)));
    retype(dialog, u"smtpUserLineEdit"_s, u"ar@nordwind.example"_s);
    retype(dialog, u"smtpFromLineEdit"_s, u"mahnwesen@nordwind.example"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"smtpPasswordLineEdit"_s), password);
    ardesk::MessageBoxes::clearLastShown();
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);

    const QSettings settings;
    const ardesk::SmtpSettings smtp = ardesk::SmtpSettings::load(settings);
    CHECK(smtp.host == u"mail.nordwind.example"_s);
    CHECK(smtp.port == 465);
    CHECK(smtp.security == ardesk::SmtpSecurity::ImplicitTls);
    CHECK(smtp.user == u"ar@nordwind.example"_s);
    CHECK(smtp.from == u"mahnwesen@nordwind.example"_s);
    // Whatever the keychain did, the settings file never holds the password.
    QFile file(settings.fileName());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray ini = file.readAll();
    CHECK(ini.contains("mail.nordwind.example"));
    CHECK_FALSE(ini.contains(password.toUtf8()));
    CHECK_FALSE(ini.contains("s3cret"));

    const ardesk::SecretStore keychain;
    if (const auto stored = keychain.read(smtp.secretKey())) {
        CHECK(*stored == password); // a desktop with a keychain
        CHECK(keychain.remove(smtp.secretKey()));
    } else {
        // This machine has no keychain: the user is told, and the rest was saved above.
        const auto shown = ardesk::MessageBoxes::lastShown();
        REQUIRE(shown.has_value());
        CHECK(shown->title == u"Password Not Saved"_s);
        CHECK(shown->text.contains(u"keychain"_s));
    }

    // Opened again: the settings are shown, the password field stays empty.
    SettingsDialog again(session.get());
    CHECK(child<QLineEdit>(again, u"smtpHostLineEdit"_s)->text() == u"mail.nordwind.example"_s);
    CHECK(child<QSpinBox>(again, u"smtpPortSpinBox"_s)->value() == 465);
    CHECK(child<QLineEdit>(again, u"smtpPasswordLineEdit"_s)->text().isEmpty());
}
