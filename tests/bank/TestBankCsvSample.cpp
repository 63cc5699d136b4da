// BankCsvSample: what the CSV profile wizard proposes from a bank's file (the separator, the
// date format) and the records it shows, on the real French export and on made-up layouts.

#include <catch2/catch.hpp>

#include "BankSamples.h"
#include "bank/BankCsvSample.h"

using namespace Qt::StringLiterals;
using ardesk::BankCsvSample;

TEST_CASE("The separator proposed is the one on most of the first lines", "[bank][csv]")
{
    CHECK(BankCsvSample::guessSeparator(ardesk::test::bankSample(u"csv-fr-caisse-epargne.csv"_s)) ==
          u';');
    CHECK(BankCsvSample::guessSeparator("date,amount,payer\n2026-01-05,1.50,A\n") == u',');
    // Decimal commas in a semicolon file do not win: they are on fewer lines.
    CHECK(BankCsvSample::guessSeparator("Datum;Betrag;Name\n05.01.2026;1,50;A\n06.01.2026;2;B\n") ==
          u';');
    CHECK(BankCsvSample::guessSeparator("a\tb\tc\n1\t2\t3\n") == u'\t');
    CHECK(BankCsvSample::guessSeparator("a|b\n1|2\n") == u'|');
    CHECK(BankCsvSample::guessSeparator("") == u',');
    CHECK(BankCsvSample::guessSeparator("just words\n") == u',');
}

TEST_CASE("The records shown are the first ones, up to a malformed one", "[bank][csv]")
{
    const auto records =
        BankCsvSample::records(ardesk::test::bankSample(u"csv-fr-caisse-epargne.csv"_s), u';', 5);
    REQUIRE(records.size() == 5);
    CHECK(records.at(3).first() == u"Date"_s);
    CHECK(records.at(3).at(2) == u"Libellé"_s); // ISO-8859-1 or UTF-8, read as text
    CHECK(records.at(4).at(4) == u"250,50"_s);

    const auto broken = BankCsvSample::records("a,b\n1,2\n\"open,3\n4,5\n", u',', 10);
    CHECK(broken.size() == 2);
    CHECK(BankCsvSample::records("", u',', 10).isEmpty());
}

TEST_CASE("The date format proposed is the first that reads every date", "[bank][csv]")
{
    CHECK(BankCsvSample::guessDateFormat({u"05/01/2024"_s, u"15/01/2024"_s}) == u"dd/MM/yyyy"_s);
    CHECK(BankCsvSample::guessDateFormat({u"01/15/2024"_s, u""_s}) == u"MM/dd/yyyy"_s);
    CHECK(BankCsvSample::guessDateFormat({u"2024-01-15"_s}) == u"yyyy-MM-dd"_s);
    CHECK(BankCsvSample::guessDateFormat({u"15.01.24"_s}) == u"dd.MM.yy"_s);
    CHECK(BankCsvSample::guessDateFormat({u"20240115"_s}) == u"yyyyMMdd"_s);
    CHECK(BankCsvSample::guessDateFormat({u"15/01/2024"_s, u"Solde"_s}).isEmpty());
    CHECK(BankCsvSample::guessDateFormat({u" "_s}).isEmpty());
}
