#include "BankSamples.h"
#include "bank/Mt940Reader.h"

using namespace Qt::StringLiterals;
using namespace ardesk;

namespace {

QList<BankStatement> readMt940(const QString& name, const QByteArray& bytes)
{
    const auto result = Mt940Reader(name).read(bytes);
    INFO((result ? QString() : result.error().detail).toStdString());
    REQUIRE(result.has_value());
    return *result;
}

QList<BankStatement> readMt940(const QString& name)
{
    return readMt940(name, test::bankSample(name));
}

Money eur(qint64 minor)
{
    return Money(minor, *CurrencyCode::fromCode(u"EUR"));
}

QString readError(const QString& name, const QByteArray& bytes)
{
    const auto result = Mt940Reader(name).read(bytes);
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == ErrorCode::InvalidInput);
    return result.error().detail;
}

QString readError(const QString& name)
{
    return readError(name, test::bankSample(name));
}

void checkSameEntries(const QList<BankStatement>& a, const QList<BankStatement>& b)
{
    REQUIRE(a.size() == b.size());
    for (qsizetype s = 0; s < a.size(); ++s) {
        CHECK(a[s].account == b[s].account);
        CHECK(a[s].statementId == b[s].statementId);
        REQUIRE(a[s].entries.size() == b[s].entries.size());
        for (qsizetype e = 0; e < a[s].entries.size(); ++e) {
            const BankEntry& x = a[s].entries[e];
            const BankEntry& y = b[s].entries[e];
            CHECK(x.bankReference == y.bankReference);
            CHECK(x.bookingDate == y.bookingDate);
            CHECK(x.amount == y.amount);
            CHECK(x.credit == y.credit);
            CHECK(x.counterpartyName == y.counterpartyName);
            CHECK(x.counterpartyAccount == y.counterpartyAccount);
            CHECK(x.reference == y.reference);
            CHECK(x.sourceLine == y.sourceLine);
        }
    }
}

} // namespace

TEST_CASE("MT940 of a German bank with ?20 subfields, 26 statements", "[bank][mt940]")
{
    const QList<BankStatement> statements = readMt940(u"mt940-de-sepa.sta"_s);
    REQUIRE(statements.size() == 26);
    CHECK(test::countEntries(statements).credits == 41);
    CHECK(test::countEntries(statements).debits == 56);

    const BankStatement& first = statements.front();
    CHECK(first.format == u"mt940");
    CHECK(first.account == u"50880050/0194774600888"); // BLZ/Kontonummer
    CHECK(first.statementId == u"T089413946000001");
    CHECK(first.currency.code() == u"EUR");
    REQUIRE(first.entries.size() == 7);
    // :61:0709040904CR300,NTRFTFNr 40005 MSGID//0724710345313905 (R: the funds code)
    const BankEntry& entry = first.entries.front();
    CHECK(entry.bankReference == u"0724710345313905");
    CHECK(entry.bookingDate == QDate(2007, 9, 4));
    CHECK(entry.valueDate == QDate(2007, 9, 4));
    CHECK(entry.amount == eur(30000));
    CHECK(entry.credit);
    CHECK(entry.booked);
    CHECK(entry.counterpartyName.isEmpty());
    CHECK(entry.counterpartyAccount.isEmpty());
    // ?21 "MTLG:Grund nicht s" + "pezifizie" runs on into ?22 "rt Reject…" (27 characters).
    CHECK(entry.reference == u"EREF+TFNR 40005 00005 MTLG:Grund nicht spezifiziert Reject aus "
                             u"SEPA-Ueberweisungsauftrag");
    CHECK(entry.sourceLine == 5);
    CHECK(entry.sourceColumn == 1);
    // :61:0709040904RCR204,88NRTINONREF: a reversed credit takes money out; NONREF: no id.
    const BankEntry& reversal = first.entries[5];
    CHECK_FALSE(reversal.credit);
    CHECK(reversal.amount == eur(20488));
    CHECK(reversal.bankReference.isEmpty());

    // The second statement's credit: name from ?32/?33, account from ?31.
    const BankEntry& named = statements[1].entries.front();
    CHECK(named.counterpartyName == u"Richter Renate 70 Zeichen Beginn Fuellzeichen xxxxxxxx");
    CHECK(named.counterpartyAccount == u"DE42100100100043921105");
    CHECK(named.amount == eur(1500005));

    const BankStatement& last = statements.back();
    CHECK(last.account == u"50880050/0194804000888");
    CHECK(last.statementId == u"T089414136000001");
    REQUIRE(last.entries.size() == 1);
    const BankEntry& lastEntry = last.entries.back();
    CHECK(lastEntry.bankReference == u"0724710290648274");
    CHECK(lastEntry.bookingDate == QDate(2007, 9, 4));
    CHECK(lastEntry.valueDate == QDate(2007, 9, 4));
    CHECK(lastEntry.amount == eur(5005));
    CHECK(lastEntry.credit);
    CHECK(lastEntry.counterpartyName == u"Richter Renate 70 Zeichen Beginn Fuellzeichen xxxxxxxx");
    CHECK(lastEntry.counterpartyAccount == u"DE51508800500190038900");
    CHECK(lastEntry.reference ==
          u"EREF+EndToEndIdTFNR5000500001 SVWZ+TO 25 TFNr 50005 Eingangskanal Mint "
          u"Unstrukturierter Verwendungszweck 140 Zeichen Beginn Fuellzeichen "
          u"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
    CHECK(lastEntry.sourceLine == 586);

    // Value date 2007-09-07, entry date 0904: booked on the entry date.
    const BankEntry& early = statements[20].entries.front();
    CHECK(early.valueDate == QDate(2007, 9, 7));
    CHECK(early.bookingDate == QDate(2007, 9, 4));
}

TEST_CASE("MT940 of a Dutch bank in a SWIFT envelope, 31 statements", "[bank][mt940]")
{
    const QList<BankStatement> statements = readMt940(u"mt940-nl-asn.txt"_s);
    REQUIRE(statements.size() == 31);
    CHECK(test::countEntries(statements).credits == 3);
    CHECK(test::countEntries(statements).debits == 5);
    CHECK(statements[1].entries.isEmpty()); // a day without movements is still a statement

    const BankStatement& first = statements.front();
    CHECK(first.account == u"NL81ASNB9999999999");
    CHECK(first.statementId == u"0000000000");
    CHECK(first.currency.code() == u"EUR");
    REQUIRE(first.entries.size() == 1);
    // :61:2001010101D65,00NOVBNL47INGB9999999999: no "//", so no bank reference.
    const BankEntry& entry = first.entries.front();
    CHECK(entry.bankReference.isEmpty());
    CHECK(entry.bookingDate == QDate(2020, 1, 1));
    CHECK(entry.valueDate == QDate(2020, 1, 1));
    CHECK(entry.amount == eur(6500));
    CHECK_FALSE(entry.credit);
    CHECK(entry.booked);
    CHECK(entry.reference == u"NL47INGB9999999999 hr gjlm paulissen Betaling sieraden");
    CHECK(entry.sourceLine == 6);
    CHECK(entry.sourceColumn == 1);

    const BankEntry* lastEntry = nullptr;
    for (const BankStatement& statement : statements) {
        if (!statement.entries.isEmpty())
            lastEntry = &statement.entries.back();
    }
    REQUIRE(lastEntry);
    // :61:2001310131D903,76NIDBNL08ABNA9999999999
    CHECK(lastEntry->sourceLine == 271);
    CHECK(lastEntry->bookingDate == QDate(2020, 1, 31));
    CHECK(lastEntry->valueDate == QDate(2020, 1, 31));
    CHECK(lastEntry->amount == eur(90376));
    CHECK_FALSE(lastEntry->credit);
    CHECK(lastEntry->bankReference.isEmpty());
}

TEST_CASE("MT940 of ING with headers and unstructured :86:, UTF-8 and ISO-8859-1", "[bank][mt940]")
{
    const QList<BankStatement> statements = readMt940(u"mt940-nl-ing.sta"_s);
    REQUIRE(statements.size() == 1);
    const BankStatement& statement = statements.front();
    CHECK(statement.account == u"0001234567");
    CHECK(statement.statementId == u"MPBZ");
    CHECK(test::countEntries(statements).credits == 2);
    CHECK(test::countEntries(statements).debits == 5);
    const BankEntry& first = statement.entries.front();
    CHECK(first.bankReference.isEmpty());
    CHECK(first.bookingDate == QDate(2010, 7, 22));
    CHECK(first.amount == eur(2503));
    CHECK_FALSE(first.credit);
    CHECK(first.reference == u"RC AFREKENING BETALINGSVERKEER BETREFT REKENING 4715589 PERIODE: "
                             u"01-10-2010 / 31-12-2010 ING Bank N.V. tarifering ING");
    const BankEntry& last = statement.entries.back();
    CHECK(last.bookingDate == QDate(2010, 7, 23));
    CHECK(last.amount == eur(100));
    CHECK(last.credit);
    CHECK(last.reference == u"0111111111 Hr S Marechal ROSMALEN Hr S Marechal ROSMALEN "
                            u"Betaling transactiedatum: 22-07-2010");
    CHECK(last.sourceLine == 22);
    // U+00AD (soft hyphen) in the text: two bytes in UTF-8, one in ISO-8859-1.
    CHECK(statement.entries[2].reference.contains(u"10\u00AD06\u00AD2010"));

    checkSameEntries(readMt940(u"mt940-nl-ing-latin1.sta"_s), statements);
}

TEST_CASE("MT940: CRLF and trailing spaces read like LF", "[bank][mt940]")
{
    for (const QString& name : {u"mt940-de-sepa.sta"_s, u"mt940-nl-asn.txt"_s}) {
        QByteArray bytes = test::bankSample(name);
        const QList<BankStatement> plain = readMt940(name, bytes);
        bytes.replace("\n", "  \r\n");
        checkSameEntries(readMt940(name, bytes), plain);
    }
}

TEST_CASE("MT940: the entry date across the turn of the year", "[bank][mt940]")
{
    const QByteArray text = ":20:X\n:25:DE02120300000000202051\n:60F:C231229EUR0,\n"
                            ":61:2401021229C1,5NTRFNONREF//B1\n:86:?20late\n"
                            ":61:2312290102C2,NTRFNONREF//B2\n:62F:C240102EUR3,50\n";
    const QList<BankStatement> statements = readMt940(u"year.sta"_s, text);
    REQUIRE(statements.size() == 1);
    REQUIRE(statements[0].entries.size() == 2);
    CHECK(statements[0].entries[0].valueDate == QDate(2024, 1, 2));
    CHECK(statements[0].entries[0].bookingDate == QDate(2023, 12, 29));
    CHECK(statements[0].entries[0].amount == eur(150));
    CHECK(statements[0].entries[0].reference == u"late");
    CHECK(statements[0].entries[1].bookingDate == QDate(2024, 1, 2));
    CHECK(statements[0].entries[1].bankReference == u"B2");
}

TEST_CASE("MT940: broken files name file, line, column and what was expected", "[bank][mt940]")
{
    CHECK(readError(u"broken-mt940-amount.sta"_s) ==
          u"broken-mt940-amount.sta:8:12: expected an amount with a decimal comma and at most 2 "
          u"decimals, like 1234,50, found \"25.03\"");
    CHECK(readError(u"broken-mt940-no-currency.sta"_s) ==
          u"broken-mt940-no-currency.sta:7:13: expected a three-letter currency code like EUR, "
          u"found \"0,0\"");
    CHECK(readError(u"broken-mt940-truncated.sta"_s) ==
          u"broken-mt940-truncated.sta:52:66: expected the closing balance :62F: of the "
          u"statement that starts on line 44 before the end of the file");

    const QByteArray start = ":20:X\n:25:A\n:60F:C240101EUR0,\n";
    CHECK(readError(u"m.sta"_s, start + ":61:240132C1,NTRF\n:62F:C240101EUR0,\n") ==
          u"m.sta:4:5: expected the value date as YYMMDD");
    CHECK(readError(u"m.sta"_s, start + ":61:2401011301C1,NTRF\n:62F:C240101EUR0,\n") ==
          u"m.sta:4:11: expected the entry date as MMDD");
    CHECK(readError(u"m.sta"_s, start + ":61:240101X1,NTRF\n:62F:C240101EUR0,\n") ==
          u"m.sta:4:11: expected the debit/credit mark C, D, RC or RD");
    CHECK(readError(u"m.sta"_s, start + ":61:240101C1,XTRF\n:62F:C240101EUR0,\n") ==
          u"m.sta:4:14: expected the transaction type: N, F or S and a three-character code "
          u"like NTRF");
    CHECK(readError(u"m.sta"_s, QByteArray(":20:X\n:61:240101C1,NTRF\n")) ==
          u"m.sta:2:1: expected the opening balance :60F: before the first :61:");
    CHECK(readError(u"m.sta"_s, QByteArray(":25:A\n:20:X\n")) ==
          u"m.sta:1:1: expected :20: to start a statement, found :25:");
    CHECK(readError(u"m.sta"_s, QByteArray("just some text\n")) ==
          u"m.sta:1:15: expected an MT940 statement starting with :20:");
    CHECK(readError(u"m.sta"_s, start + ":62F:C240101EUR0,\n:61:240101C1,NTRF\n") ==
          u"m.sta:5:1: expected :20: to start a new statement after the closing balance, "
          u"found :61:");
    CHECK(readError(u"m.sta"_s, start + ":62F:C240101USD0,\n") ==
          u"m.sta:4:13: expected the statement's currency EUR, found USD");
}
