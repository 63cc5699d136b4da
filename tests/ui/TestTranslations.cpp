#include <catch2/catch.hpp>

#include <QAbstractItemModel>
#include <QAction>
#include <QCoreApplication>
#include <QLabel>
#include <QTableView>
#include <QTranslator>

#include "DefaultLocale.h"
#include "PagedListReading.h"
#include "UiTestLedger.h"
#include "dialogs/PlanDialog.h"
#include "domain/Clock.h"
#include "domain/CurrencyCode.h"
#include "domain/PaymentMethod.h"
#include "imports/ImportKind.h"
#include "models/BankQueueModel.h"
#include "plans/PlanService.h"
#include "session/LedgerSession.h"
#include "session/UiLanguage.h"
#include "text/BankMatchText.h"
#include "text/NumberFormat.h"
#include "text/PaymentMethodNames.h"
#include "views/BankPage.h"
#include "views/MainWindow.h"

using namespace Qt::StringLiterals;

namespace {

// The .qm files the build makes for the application (app/gui), read where they are built: the
// test executable does not embed them under :/i18n like the application does.
const QString qmDirectory = QStringLiteral(ARDESK_QM_DIR);

// Installs ARDesk's translation for one test, as main() does at start-up, and removes it again.
class InstalledTranslation {
public:
    explicit InstalledTranslation(const QLocale& locale)
    {
        m_loaded = ardesk::UiLanguage::loadTranslation(m_translator, locale, qmDirectory);
        if (m_loaded)
            QCoreApplication::installTranslator(&m_translator);
    }
    ~InstalledTranslation() { QCoreApplication::removeTranslator(&m_translator); }
    InstalledTranslation(const InstalledTranslation&) = delete;
    InstalledTranslation& operator=(const InstalledTranslation&) = delete;

    bool loaded() const { return m_loaded; }
    QString language() const { return m_translator.language(); }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

QString actionText(const ardesk::MainWindow& window, const QString& name)
{
    auto* action = window.findChild<QAction*>(name);
    REQUIRE(action);
    return action->text();
}

int headerColumn(const QAbstractItemModel& model, const QString& title)
{
    for (int column = 0; column < model.columnCount(); ++column) {
        if (model.headerData(column, Qt::Horizontal).toString() == title)
            return column;
    }
    return -1;
}

// The text a cell of the customer list shows for the customer with this name.
QString customerCell(const QAbstractItemModel& model, const QString& name, int column)
{
    const int nameColumn = 1; // CustomerListModel::Name, second whatever the language
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, nameColumn).data().toString() == name)
            return model.index(row, column).data().toString();
    }
    return QString();
}

QString importedRows(int rows)
{
    return QCoreApplication::translate("ardesk::MainWindow", "%n row(s) imported.", nullptr, rows);
}

} // namespace

TEST_CASE("The main window speaks each language, with the locale's amounts", "[ui][i18n]")
{
    struct Language {
        const char* code;
        QString recordPayment;
        QString customersStatus;
        QString creditLimitHeader;
        QString zephyrLimit; // C0001's credit limit, 12345.67 EUR, in the customer list
        QString amount;      // 12345678.90 EUR through NumberFormat::money
        QString oneRow;
        QString threeRows;
        QString card; // the stored payment method "card"
    };
    // French groups digits with a narrow no-break space (U+202F), as CLDR says. The amount has
    // two digits before its first separator: Qt 6.4 writes 1234567 as "1234.567" in Spanish.
    const Language language = GENERATE(
        Language{"de", u"&Zahlung erfassen…"_s, u"Kunden: 5"_s, u"Kreditlimit"_s, u"12.345,67"_s,
                 u"12.345.678,90 EUR"_s, u"1 Zeile importiert."_s, u"3 Zeilen importiert."_s,
                 u"Karte"_s},
        Language{"fr", u"Enregistrer un &paiement…"_s, u"Clients\u00a0: 5"_s,
                 u"Plafond de crédit"_s, u"12\u202f345,67"_s, u"12\u202f345\u202f678,90 EUR"_s,
                 u"1 ligne importée."_s, u"3 lignes importées."_s, u"Carte"_s},
        Language{"es", u"Registrar &pago…"_s, u"Clientes: 5"_s, u"Límite de crédito"_s,
                 u"12.345,67"_s, u"12.345.678,90 EUR"_s, u"1 fila importada."_s,
                 u"3 filas importadas."_s, u"Tarjeta"_s},
        Language{"en", u"Record &Payment…"_s, u"Customers: 5"_s, u"Credit Limit"_s, u"12,345.67"_s,
                 u"12,345,678.90 EUR"_s, u"1 row imported."_s, u"3 rows imported."_s, u"Card"_s});
    INFO("language " << language.code);
    const QLocale locale(QString::fromLatin1(language.code));
    const ardesk::test::DefaultLocale defaultLocale(locale);
    const InstalledTranslation translation(locale);
    REQUIRE(translation.loaded());
    CHECK(translation.language().startsWith(QString::fromLatin1(language.code)));

    const ardesk::test::UiTestLedger ledger(5);
    ardesk::MainWindow window;
    window.setRemembersSettings(false);
    REQUIRE(window.openLedger(ledger.path()));

    CHECK(actionText(window, u"recordPaymentAction"_s) == language.recordPayment);
    auto* status = window.findChild<QLabel*>(u"pageStatusLabel"_s);
    REQUIRE(status);
    CHECK(status->text() == language.customersStatus);

    auto* table = window.findChild<QTableView*>(u"customersTableView"_s);
    REQUIRE(table);
    REQUIRE(ardesk::test::waitForList(table));
    const int limitColumn = headerColumn(*table->model(), language.creditLimitHeader);
    REQUIRE(limitColumn >= 0);
    CHECK(customerCell(*table->model(), u"Zephyr Bakery"_s, limitColumn).toStdString() ==
          language.zephyrLimit.toStdString());

    const auto eur = ardesk::CurrencyCode::fromCode(u"EUR");
    REQUIRE(eur);
    CHECK(ardesk::NumberFormat::money(1234567890, *eur, QLocale()).toStdString() ==
          language.amount.toStdString());

    CHECK(importedRows(1) == language.oneRow);
    CHECK(importedRows(3) == language.threeRows);
    CHECK(ardesk::PaymentMethodNames::text(ardesk::PaymentMethod::card) == language.card);
}

TEST_CASE("Languages without a translation get English plurals", "[ui][i18n]")
{
    // The C locale of a bare system, and a language ARDesk does not ship.
    const QLocale locale = GENERATE(QLocale(QLocale::C), QLocale(QLocale::Italian));
    INFO("locale " << locale.name().toStdString());
    const InstalledTranslation translation(locale);
    REQUIRE(translation.loaded());
    CHECK(importedRows(1) == u"1 row imported."_s);
    CHECK(importedRows(2) == u"2 rows imported."_s);
    // Only plurals are in the English file: everything else is the source text.
    CHECK(QCoreApplication::translate("ardesk::MainWindow", "Record &Payment…") ==
          u"Record &Payment…"_s);
}

TEST_CASE("The plan view counts installments in words of each language", "[ui][i18n]")
{
    const auto [code, terms] =
        GENERATE(std::pair{"en", u"3 installments, Monthly, the first due on "_s},
                 std::pair{"de", u"3 Raten, Monatlich, die erste fällig am "_s},
                 std::pair{"fr", u"3 échéances, Mensuel, la première le "_s},
                 std::pair{"es", u"3 cuotas, Mensual, la primera vence el "_s});
    INFO("language " << code);
    const QLocale locale(QString::fromLatin1(code));
    const ardesk::test::DefaultLocale defaultLocale(locale);
    const InstalledTranslation translation(locale);
    REQUIRE(translation.loaded());

    ardesk::test::UiTestLedger ledger(4);
    const QDate today = ardesk::Clock::today();
    ledger.load(ardesk::ImportKind::Invoices,
                "invoice_number,customer_id,issue_date,due_date,amount\n"
                "INV-1,C0001," +
                    today.addDays(-40).toString(Qt::ISODate).toLatin1() + "," +
                    today.addDays(-10).toString(Qt::ISODate).toLatin1() + ",1500.00\n");
    auto session = ardesk::LedgerSession::open(ledger.path());
    REQUIRE(session.has_value());
    const auto plan =
        (*session)->plans().create({.customerCode = u"C0001"_s,
                                    .allOpen = true,
                                    .schedule = {.date = today,
                                                 .installments = 3,
                                                 .frequency = ardesk::PlanFrequency::Monthly,
                                                 .firstDue = today.addDays(30)}});
    REQUIRE(plan.has_value());

    ardesk::PlanDialog dialog((*session)->plans(), plan->plan.id);
    REQUIRE(dialog.hasPlan());
    auto* termsLabel = dialog.findChild<QLabel*>(u"termsValueLabel"_s);
    REQUIRE(termsLabel);
    CHECK(termsLabel->text().toStdString() ==
          QString(terms + locale.toString(today.addDays(30), QLocale::ShortFormat)).toStdString());

    // For people to look at, when ARDESK_SHOTS_DIR names a folder.
    const QString shots = qEnvironmentVariable("ARDESK_SHOTS_DIR");
    if (!shots.isEmpty()) {
        dialog.show();
        REQUIRE(
            dialog.grab().save(shots + u"/plan-view-"_s + QString::fromLatin1(code) + u".png"_s));
    }
}

TEST_CASE("The Bank page speaks each language", "[ui][i18n][bank]")
{
    struct Language {
        const char* code;
        QString title;
        QString reasonHeader;
        QString reason; // rule reference, exact amount
        QString threeLines;
    };
    const Language language = GENERATE(
        Language{"de", u"Bank"_s, u"Begründung"_s,
                 u"Der Verwendungszweck nennt INV-1; der Betrag ist ihr offener Gesamtbetrag."_s,
                 u"3 Kontoumsätze zu buchen oder zu ignorieren"_s},
        Language{"fr", u"Banque"_s, u"Motif"_s,
                 u"La référence cite INV-1\u00a0; le montant est leur total ouvert."_s,
                 u"3 lignes bancaires à comptabiliser ou ignorer"_s},
        Language{"es", u"Banco"_s, u"Motivo"_s,
                 u"La referencia menciona INV-1; el importe es su total abierto."_s,
                 u"3 movimientos bancarios por contabilizar o ignorar"_s},
        Language{"en", u"Bank"_s, u"Why"_s,
                 u"The reference names INV-1; the amount is their open total."_s,
                 u"3 bank lines to post or ignore"_s});
    INFO("language " << language.code);
    const QLocale locale(QString::fromLatin1(language.code));
    const ardesk::test::DefaultLocale defaultLocale(locale);
    const InstalledTranslation translation(locale);
    REQUIRE(translation.loaded());

    const ardesk::BankPage page;
    CHECK(page.title() == language.title);
    CHECK(page.model()->headerData(ardesk::BankQueueModel::Reason, Qt::Horizontal).toString() ==
          language.reasonHeader);
    const ardesk::CurrencyCode euro = *ardesk::CurrencyCode::fromCode(u"EUR");
    const ardesk::BankMatch match{.line = ardesk::BankLine{.amount = ardesk::Money(10000, euro)},
                                  .rule = ardesk::MatchRule::Reference,
                                  .score = 100,
                                  .customerCode = u"C1"_s,
                                  .documents = {u"INV-1"_s},
                                  .clue = ardesk::CustomerClue::Documents,
                                  .fit = ardesk::AmountFit::Exact};
    CHECK(ardesk::BankMatchText::reason(match).toStdString() == language.reason.toStdString());
    CHECK(QCoreApplication::translate("ardesk::DashboardPage", "%n bank line(s) to post or ignore",
                                      nullptr, 3)
              .toStdString() == language.threeLines.toStdString());
}
