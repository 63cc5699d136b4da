#include "BankSamples.h"
#include "bank/BankCsvReader.h"

using namespace Qt::StringLiterals;
using namespace ardesk;

namespace {

Result<QList<BankStatement>> readCsv(const QString& name, const QByteArray& bytes,
                                     const BankCsvProfile& profile)
{
    return BankCsvReader(name, profile).read(bytes);
}

QList<BankStatement> readOk(const QString& name, const QByteArray& bytes,
                            const BankCsvProfile& profile)
{
    const auto result = readCsv(name, bytes, profile);
    INFO((result ? QString() : result.error().detail).toStdString());
    REQUIRE(result.has_value());
    return *result;
}

QString readError(const QString& name, const QByteArray& bytes, const BankCsvProfile& profile)
{
    const auto result = readCsv(name, bytes, profile);
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == ErrorCode::InvalidInput);
    return result.error().detail;
}

QString sampleError(const QString& name)
{
    return readError(name, test::bankSample(name), test::caisseEpargneProfile());
}

Money eur(qint64 minor)
{
    return Money(minor, *CurrencyCode::fromCode(u"EUR"));
}

} // namespace

TEST_CASE("a bank's CSV export read with its profile: head and tail rows, debit and credit "
          "columns, decimal comma",
          "[bank][csv]")
{
    const QString name = u"csv-fr-caisse-epargne.csv"_s;
    const auto statements = readOk(name, test::bankSample(name), test::caisseEpargneProfile());
    REQUIRE(statements.size() == 1);
    const BankStatement& statement = statements[0];
    CHECK(statement.format == u"csv"_s);
    CHECK(statement.account == u"FR7610101001000123456789012"_s);
    CHECK(statement.currency.code() == u"EUR"_s);
    REQUIRE(statement.entries.size() == 3);
    const BankEntry& salary = statement.entries[0];
    CHECK(salary.credit);
    CHECK(salary.booked);
    CHECK(salary.amount == eur(25050));
    CHECK(salary.bookingDate == QDate(2024, 1, 5));
    CHECK(salary.valueDate == QDate(2024, 1, 5));
    CHECK(salary.bankReference == u"0123456789"_s);
    CHECK(salary.reference == u"VIREMENT RECU Salaire"_s);
    CHECK(salary.sourceLine == 6);
    const BankEntry& card = statement.entries[1];
    CHECK_FALSE(card.credit);
    CHECK(card.amount == eur(7525));
    CHECK(card.reference == u"PAIEMENT CB Achat supermarché"_s);
    CHECK(test::countEntries(statements).debits == 2);
}

TEST_CASE("CSV profiles: one signed amount column, positions without a header, two-digit "
          "years, thousands groups, a currency column",
          "[bank][csv]")
{
    const BankCsvProfile profile{.name = u"plain"_s,
                                 .headerRow = false,
                                 .bookingDateColumn = u"1"_s,
                                 .valueDateColumn = u"2"_s,
                                 .amountColumn = u"3"_s,
                                 .counterpartyNameColumn = u"4"_s,
                                 .counterpartyAccountColumn = u"5"_s,
                                 .referenceColumns = {u"6"_s},
                                 .currencyColumn = u"7"_s,
                                 .dateFormat = u"MM/dd/yy"_s,
                                 .account = u"ACC-1"_s};
    const auto statements =
        readOk(u"a.csv"_s,
               "01/31/26,02/01/26,\"1,234.50\",Acme GmbH,DE02120300000000202051,INV-1,EUR\n"
               "02/02/26,,-20,Shop,,,EUR\n",
               profile);
    REQUIRE(statements.size() == 1);
    REQUIRE(statements[0].entries.size() == 2);
    const BankEntry& first = statements[0].entries[0];
    CHECK(first.bookingDate == QDate(2026, 1, 31));
    CHECK(first.valueDate == QDate(2026, 2, 1));
    CHECK(first.amount == eur(123450));
    CHECK(first.credit);
    CHECK(first.counterpartyName == u"Acme GmbH"_s);
    CHECK(first.counterpartyAccount == u"DE02120300000000202051"_s);
    CHECK(first.reference == u"INV-1"_s);
    CHECK(first.bankReference.isEmpty());
    CHECK_FALSE(statements[0].entries[1].credit);
    CHECK(statements[0].entries[1].valueDate == QDate(2026, 2, 2));

    CHECK(readError(u"a.csv"_s, "01/31/26,,\"1,5\",x,,,EUR\n", profile) ==
          u"a.csv:1:3: column 3: expected an amount like -1234.50 with at most 2 decimals, got "
          "\"1,5\""_s);
    CHECK(readError(u"a.csv"_s, "01/31/26,,1.5,x,,,EURO\n", profile) ==
          u"a.csv:1:7: column 7: expected a three-letter currency code like EUR, found "
          "\"EURO\""_s);
}

TEST_CASE("broken bank CSV files are refused with the place and what was expected", "[bank][csv]")
{
    CHECK(sampleError(u"broken-csv-amount.csv"_s) ==
          u"broken-csv-amount.csv:6:5: Crédit: expected an amount like -1234,50 with at most 2 "
          "decimals, got \"250.50.0\""_s);
    CHECK(sampleError(u"broken-csv-date.csv"_s) ==
          u"broken-csv-date.csv:8:1: Date: expected a date like dd/MM/yyyy, got "
          "\"15/13/2024\""_s);
    CHECK(sampleError(u"broken-csv-quote.csv"_s) ==
          u"broken-csv-quote.csv:7:3: quote inside unquoted field"_s);
    BankCsvProfile other = test::caisseEpargneProfile();
    other.creditColumn = u"Credit"_s;
    CHECK(readError(u"x.csv"_s, test::bankSample(u"csv-fr-caisse-epargne.csv"_s), other)
              .startsWith(u"x.csv:5:1: expected a column \"Credit\" (CSV profile "
                          "\"caisse-epargne\"); the header has \"Date\""_s));
    BankCsvProfile bare = test::caisseEpargneProfile();
    bare.skipRows = 0;
    bare.skipTrailingRows = 0;
    CHECK(readError(u"x.csv"_s,
                    "Date;Numéro d'opération;Libellé;Débit;Crédit;Détail\n"
                    "05/01/2024;1;X;-1,00;2,00;\n",
                    bare) ==
          u"x.csv:2:5: Crédit: expected an amount in only one of \"Débit\" and \"Crédit\""_s);
    CHECK(readError(u"x.csv"_s, "", test::caisseEpargneProfile()) ==
          u"x.csv:1:1: the file is empty; expected the header row of CSV profile "
          "\"caisse-epargne\""_s);
}

TEST_CASE("an incomplete CSV profile is a usage error; profiles survive JSON", "[bank][csv]")
{
    BankCsvProfile profile = test::caisseEpargneProfile();
    profile.amountColumn = u"Montant"_s;
    const auto result = BankCsvReader(u"x.csv"_s, profile).read("a;b\n");
    REQUIRE_FALSE(result);
    CHECK(result.error().code == ErrorCode::InvalidArgument);
    CHECK(result.error().detail ==
          u"CSV profile \"caisse-epargne\": expected either an amount column or a debit and a "
          "credit column"_s);

    const BankCsvProfile original = test::caisseEpargneProfile();
    const auto back = bankCsvProfileFromJson(u"again"_s, bankCsvProfileToJson(original));
    REQUIRE(back);
    CHECK(back->name == u"again"_s);
    CHECK(back->separator == u';');
    CHECK(back->skipRows == 3);
    CHECK(back->skipTrailingRows == 1);
    CHECK(back->debitColumn == u"Débit"_s);
    CHECK(back->referenceColumns == QStringList{u"Libellé"_s, u"Détail"_s});
    CHECK(back->decimalComma);
    CHECK(back->dateFormat == u"dd/MM/yyyy"_s);
    CHECK(back->account == original.account);
    CHECK_FALSE(bankCsvProfileFromJson(u"x"_s, "[1]"));
}
