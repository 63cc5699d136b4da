#include "BankSamples.h"
#include "bank/OfxReader.h"

using namespace Qt::StringLiterals;
using namespace ardesk;

namespace {

QList<BankStatement> readOfx(const QString& name, const QByteArray& bytes)
{
    const auto result = OfxReader(name).read(bytes);
    INFO((result ? QString() : result.error().detail).toStdString());
    REQUIRE(result.has_value());
    return *result;
}

QList<BankStatement> readOfx(const QString& name)
{
    return readOfx(name, test::bankSample(name));
}

QString readError(const QString& name, const QByteArray& bytes)
{
    const auto result = OfxReader(name).read(bytes);
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == ErrorCode::InvalidInput);
    return result.error().detail;
}

QString readError(const QString& name)
{
    return readError(name, test::bankSample(name));
}

Money money(qint64 minor, const char16_t* code)
{
    return Money(minor, *CurrencyCode::fromCode(QStringView(code)));
}

} // namespace

TEST_CASE("OFX 1.x on one line per transaction, leaves without end tags", "[bank][ofx]")
{
    const auto statements = readOfx(u"ofx1-bank-medium.ofx"_s);
    REQUIRE(statements.size() == 1);
    const BankStatement& statement = statements.front();
    CHECK(statement.format == u"ofx"_s);
    CHECK(statement.account == u"160000100/12300 000012345678"_s);
    CHECK(statement.currency.code() == u"CAD"_s);
    CHECK(statement.statementId == u"20090401-20090523"_s);
    REQUIRE(statement.entries.size() == 3);
    const BankEntry& check = statement.entries[1];
    CHECK(check.bankReference == u"0000123456782009040200004"_s);
    CHECK(check.bookingDate == QDate(2009, 4, 2));
    CHECK(check.valueDate == QDate(2009, 4, 2));
    CHECK(check.amount == money(31667, u"CAD"));
    CHECK_FALSE(check.credit);
    CHECK(check.booked);
    CHECK(check.counterpartyName == u"Joe's Bald Hairstyles"_s);
    CHECK(check.reference == u"MISCELLANEOUS PAYMENTS;Joe's Bald Hairstyles"_s);
    CHECK(check.sourceLine == 16);
    CHECK(check.sourceColumn == 1);
    CHECK(test::countEntries(statements).debits == 3);
}

TEST_CASE("OFX 1.x one tag a line, UTF-8 text, a credit", "[bank][ofx]")
{
    const auto statements = readOfx(u"ofx1-utf8-euro.ofx"_s);
    REQUIRE(statements.size() == 1);
    CHECK(statements[0].account == u"0341/123456"_s);
    REQUIRE(statements[0].entries.size() == 1);
    const BankEntry& entry = statements[0].entries[0];
    CHECK(entry.credit);
    CHECK(entry.amount == money(85000, u"EUR"));
    CHECK(entry.bookingDate == QDate(2026, 6, 17));
    CHECK(entry.bankReference == u"20260617001"_s);
    CHECK(entry.reference == u"Paiement 850€ — café"_s);
    CHECK(entry.counterpartyName.isEmpty());
    CHECK(entry.sourceLine == 39);
}

TEST_CASE("OFX 2.x XML", "[bank][ofx]")
{
    const auto statements = readOfx(u"ofx2-fields.ofx"_s);
    REQUIRE(statements.size() == 1);
    const BankStatement& statement = statements[0];
    CHECK(statement.account == u"000000123/123456"_s);
    CHECK(statement.currency.code() == u"USD"_s);
    REQUIRE(statement.entries.size() == 3);
    CHECK(statement.entries[0].amount == money(50000, u"USD"));
    CHECK(statement.entries[0].counterpartyName == u"Acme Landlord"_s);
    CHECK(statement.entries[0].reference == u"Rent payment August"_s);
    CHECK_FALSE(statement.entries[0].credit);
    const BankEntry& interest = statement.entries[2];
    CHECK(interest.credit);
    CHECK(interest.amount == money(105, u"USD"));
    CHECK(interest.bankReference == u"319380"_s);
    CHECK(interest.bookingDate == QDate(2013, 8, 26));
    CHECK(interest.sourceLine == 47);
    CHECK(interest.sourceColumn == 11);
}

TEST_CASE("OFX: payee, value date, account to, credit card statements, pending list", "[bank][ofx]")
{
    const QByteArray file = "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n"
                            "<OFX><CREDITCARDMSGSRSV1><CCSTMTTRNRS><CCSTMTRS>\n"
                            "<CURDEF>EUR<CCACCTFROM><ACCTID>4111</CCACCTFROM>\n"
                            "<BANKTRANLIST><DTSTART>20260101<DTEND>20260131\n"
                            "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20260105<DTUSER>20260104\n"
                            "<TRNAMT>+1.234,5<FITID>A1<MEMO><PAYEE><NAME>Acme &amp; Co</PAYEE>\n"
                            "<BANKACCTTO><BANKID>BANK<ACCTID>DE02120300000000202051</BANKACCTTO>\n"
                            "</STMTTRN></BANKTRANLIST>\n"
                            "<BANKTRANLISTP><STMTTRNP><DTPOSTED>20260201<TRNAMT>5</STMTTRNP>"
                            "</BANKTRANLISTP>\n"
                            "</CCSTMTRS></CCSTMTTRNRS></CREDITCARDMSGSRSV1></OFX>\n";
    const QString error = readError(u"a.ofx"_s, file);
    CHECK(error.startsWith(u"a.ofx:9:9: TRNAMT: expected a signed amount"_s));
    const auto statements = readOfx(u"a.ofx"_s, QByteArray(file).replace("1.234,5", "1234,5"));
    REQUIRE(statements.size() == 1);
    CHECK(statements[0].account == u"4111"_s);
    REQUIRE(statements[0].entries.size() == 2);
    const BankEntry& entry = statements[0].entries[0];
    CHECK(entry.amount == money(123450, u"EUR"));
    CHECK(entry.credit);
    CHECK(entry.bookingDate == QDate(2026, 1, 5));
    CHECK(entry.valueDate == QDate(2026, 1, 4));
    CHECK(entry.counterpartyName == u"Acme & Co"_s);
    CHECK(entry.counterpartyAccount == u"BANK/DE02120300000000202051"_s);
    CHECK(entry.reference.isEmpty());
    CHECK_FALSE(statements[0].entries[1].booked);
}

TEST_CASE("broken OFX files are refused with the place and what was expected", "[bank][ofx]")
{
    CHECK(readError(u"broken-ofx1-truncated.ofx"_s) ==
          u"broken-ofx1-truncated.ofx:16:41: expected </STMTTRN> (opened at line 16, column 1); "
          "the file ends before it"_s);
    CHECK(readError(u"broken-ofx1-amount.ofx"_s)
              .startsWith(u"broken-ofx1-amount.ofx:16:68: TRNAMT: expected a signed amount like "
                          "-6.60 with at most 2 decimals, found \"-316,6.7\""_s));
    CHECK(readError(u"broken-ofx2-xml.ofx"_s) ==
          u"broken-ofx2-xml.ofx:38:38: expected </MEMO>, found </MEM>"_s);
    CHECK(readError(u"broken-ofx2-date.ofx"_s) ==
          u"broken-ofx2-date.ofx:42:23: DTPOSTED: expected a date YYYYMMDD (time optional), "
          "found \"20130231080000\""_s);
    CHECK(readError(u"x.ofx"_s, "OFXHEADER:100\n\n<OFX><SIGNONMSGSRSV1></SIGNONMSGSRSV1></OFX>") ==
          u"x.ofx:1:1: expected a bank or credit card statement (<STMTRS> or <CCSTMTRS>) in the "
          "OFX file"_s);
    CHECK(readError(u"x.ofx"_s, "OFXHEADER:100\n\n<OFX><BANKMSGSRSV1><STMTRS><CURDEF>EUR\n"
                                "</STMTRS></BANKMSGSRSV1></OFX>") ==
          u"x.ofx:3:20: expected <BANKACCTFROM> with its <ACCTID> in <STMTRS>"_s);
    CHECK(readError(u"x.ofx"_s, "OFXHEADER:100\n\n<OFX></STMTRS>") ==
          u"x.ofx:3:6: expected </OFX>, found </STMTRS>"_s);
    CHECK(readError(u"x.ofx"_s, "OFXHEADER:100\n\n<OFX><BANKMSGSRSV1 junk") ==
          u"x.ofx:3:20: expected '>' to end the tag <BANKMSGSRSV1>"_s);
}
