#include "BankSamples.h"
#include "bank/CamtReader.h"

using namespace Qt::StringLiterals;
using namespace ardesk;

namespace {

QList<BankStatement> readCamt(const QString& name)
{
    const auto result = CamtReader(name).read(test::bankSample(name));
    INFO((result ? QString() : result.error().detail).toStdString());
    REQUIRE(result.has_value());
    return *result;
}

Money eur(qint64 minor)
{
    return Money(minor, *CurrencyCode::fromCode(u"EUR"));
}

QString readError(const QString& name)
{
    const auto result = CamtReader(name).read(test::bankSample(name));
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == ErrorCode::InvalidInput);
    return result.error().detail;
}

} // namespace

TEST_CASE("camt.053.001.02 with two statements, one entry each", "[bank][camt]")
{
    const QList<BankStatement> statements = readCamt(u"camt053-v02-multi-statement.xml"_s);
    REQUIRE(statements.size() == 2);
    CHECK(test::countEntries(statements).credits == 1);
    CHECK(test::countEntries(statements).debits == 1);

    const BankStatement& first = statements[0];
    CHECK(first.format == u"camt.053");
    CHECK(first.account == u"NL26VAYB8060476890");
    CHECK(first.statementId == u"253EURNL26VAYB8060476890");
    CHECK(first.currency.code() == u"EUR");
    REQUIRE(first.entries.size() == 1);
    const BankEntry& credit = first.entries[0];
    CHECK(credit.bankReference == u"000000001"); // no AcctSvcrRef or NtryRef: the EndToEndId
    CHECK(credit.bookingDate == QDate(2014, 12, 31));
    CHECK(credit.valueDate == QDate(2015, 1, 2));
    CHECK(credit.amount == eur(885));
    CHECK(credit.credit);
    CHECK(credit.booked);
    CHECK(credit.counterpartyName.isEmpty()); // a credit's counterparty is the debtor: none here
    CHECK(credit.counterpartyAccount.isEmpty());
    CHECK(credit.reference == u"Transaction Description 1");
    CHECK(credit.sourceLine == 66);
    CHECK(credit.sourceColumn == 13);

    const BankStatement& second = statements[1];
    CHECK(second.statementId == u"254EURNL26VAYB8060476890");
    REQUIRE(second.entries.size() == 1);
    const BankEntry& debit = second.entries[0];
    CHECK(debit.bankReference == u"000000002");
    CHECK(debit.amount == eur(700));
    CHECK_FALSE(debit.credit);
    CHECK(debit.booked);
    CHECK(debit.counterpartyName == u"Company Name 2"); // a debit's counterparty: the creditor
    CHECK(debit.counterpartyAccount == u"NL56AGDH9619008421");
    CHECK(debit.reference == u"Transaction Description 2");
    CHECK(debit.sourceLine == 145);
    CHECK(debit.sourceColumn == 13);
}

TEST_CASE("camt.053.001.04: an entry with two transaction details gives two entries",
          "[bank][camt]")
{
    const QList<BankStatement> statements = readCamt(u"camt053-v04-txdtls.xml"_s);
    REQUIRE(statements.size() == 1);
    const BankStatement& statement = statements[0];
    CHECK(statement.format == u"camt.053");
    CHECK(statement.account == u"CH1111000000123456789");
    CHECK(statement.statementId == u"20170323123456789012345");
    CHECK(statement.currency.code() == u"CHF"); // no Acct/Ccy: the entries' currency
    REQUIRE(statement.entries.size() == 2);
    CHECK(test::countEntries(statements).credits == 2);

    const BankEntry& first = statement.entries[0];
    CHECK(first.bankReference == u"20170323001234567891234567891234/1");
    CHECK(first.bookingDate == QDate(2017, 3, 22));
    CHECK(first.valueDate == QDate(2017, 3, 23));
    CHECK(first.amount.minor() == 218700);
    CHECK(first.amount.currency().code() == u"CHF");
    CHECK(first.credit);
    CHECK(first.booked);
    CHECK(first.counterpartyName == u"Banque Cantonale Vaudoise");
    CHECK(first.counterpartyAccount == u"CH2222000000123456789");
    CHECK(first.reference == u"302388292000011111111111111");
    CHECK(first.sourceLine == 79);
    CHECK(first.sourceColumn == 11);

    const BankEntry& last = statement.entries[1];
    CHECK(last.bankReference == u"20170323001234567891234567891234/2");
    CHECK(last.bookingDate == QDate(2017, 3, 22));
    CHECK(last.valueDate == QDate(2017, 3, 23));
    CHECK(last.amount.minor() == 129600);
    CHECK(last.credit);
    CHECK(last.booked);
    CHECK(last.counterpartyName == u"Banque Cantonale Vaudoise");
    CHECK(last.counterpartyAccount == u"CH3333000000123456789");
    CHECK(last.reference == u"302388292000022222222222222");
    CHECK(last.sourceLine == 144);
    CHECK(last.sourceColumn == 11);
    // The details add up to the entry (3483.00).
    CHECK(first.amount.minor() + last.amount.minor() == 348300);
}

TEST_CASE("camt.053.001.08: Sts/Cd, BookgDt/DtTm, Dbtr/Pty, one detail takes the entry amount",
          "[bank][camt]")
{
    const QList<BankStatement> statements = readCamt(u"camt053-v08.xml"_s);
    REQUIRE(statements.size() == 1);
    const BankStatement& statement = statements[0];
    CHECK(statement.account == u"NL26VAYB8060476890"); // Acct/Id/Othr/Id
    CHECK(statement.statementId == u"253EURNL26VAYB8060476890");
    CHECK(statement.currency.code() == u"EUR");
    REQUIRE(statement.entries.size() == 1);
    const BankEntry& entry = statement.entries[0];
    CHECK(entry.bankReference == u"AAAASESS-FP-CN_98765/01");
    CHECK(entry.bookingDate == QDate(2014, 12, 31)); // 2014-12-31T13:15:00+01:00, as written
    CHECK(entry.valueDate == QDate(2015, 1, 2));
    // The detail says "0 SEK"; what moved on the account is the entry's 8.85 EUR.
    CHECK(entry.amount == eur(885));
    CHECK(entry.credit);
    CHECK(entry.booked);
    CHECK(entry.counterpartyName == u"NAME NAME");
    CHECK(entry.counterpartyAccount == u"NL56AGDH9619008421");
    CHECK(entry.reference == u"4654654654654654");
    CHECK(entry.sourceLine == 110);
    CHECK(entry.sourceColumn == 13);
}

TEST_CASE("camt.054.001.02: details without amounts stay one entry", "[bank][camt]")
{
    const QList<BankStatement> statements = readCamt(u"camt054-v02.xml"_s);
    REQUIRE(statements.size() == 1);
    const BankStatement& notification = statements[0];
    CHECK(notification.format == u"camt.054");
    CHECK(notification.account == u"CH2801234000123456789");
    CHECK(notification.statementId == u"AAAASESS-FP-ACCR001");
    CHECK(notification.currency.code() == u"SEK");
    REQUIRE(notification.entries.size() == 1);
    const BankEntry& entry = notification.entries[0];
    CHECK(entry.bankReference == u"AAAASESS-FP-ACCR001");
    CHECK(entry.bookingDate == QDate(2007, 10, 18));
    CHECK(entry.valueDate == QDate(2007, 10, 18));
    CHECK(entry.amount.minor() == 20000000);
    CHECK(entry.amount.currency().code() == u"SEK");
    CHECK_FALSE(entry.credit);
    CHECK(entry.booked);
    CHECK(entry.counterpartyName.isEmpty()); // only the debtor is named, and this is a debit
    CHECK(entry.reference == u"ISR ref number V1 ISR ref number V2 Ref number V3 block 1 "
                             u"Ref number V3 block 2");
    CHECK(entry.sourceLine == 58);
    CHECK(entry.sourceColumn == 13);
}

TEST_CASE("camt: pending entries, unstructured remittance, NOTPROVIDED, NtryRef", "[bank][camt]")
{
    const QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08">
 <BkToCstmrDbtCdtNtfctn>
  <Ntfctn><Id>N1</Id>
   <Acct><Id><IBAN>DE02120300000000202051</IBAN></Id><Ccy>EUR</Ccy></Acct>
   <Ntry><NtryRef>R-1</NtryRef><Amt Ccy="EUR">1234.5</Amt><CdtDbtInd>CRDT</CdtDbtInd>
    <Sts><Cd>PDNG</Cd></Sts><ValDt><Dt>2024-02-29</Dt></ValDt>
    <NtryDtls><TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
     <RltdPties><Dbtr><Pty><Nm>Kunde  GmbH</Nm></Pty></Dbtr>
      <DbtrAcct><Id><Othr><Id>12345678</Id></Othr></Id></DbtrAcct></RltdPties>
     <RmtInf><Ustrd>Rechnung 2024-17</Ustrd><Ustrd> und 2024-18 </Ustrd></RmtInf>
    </TxDtls></NtryDtls>
   </Ntry>
   <Ntry><Amt Ccy="EUR">5</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
    <BookgDt><Dt>2024-03-01</Dt></BookgDt>
    <NtryDtls><TxDtls><Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs></TxDtls></NtryDtls>
    <AddtlNtryInf>Gutschrift RF18539007547034</AddtlNtryInf>
   </Ntry>
  </Ntfctn>
 </BkToCstmrDbtCdtNtfctn>
</Document>
)";
    const auto result = CamtReader(u"inline.xml"_s).read(xml);
    REQUIRE(result.has_value());
    REQUIRE(result->size() == 1);
    const BankStatement& statement = result->front();
    CHECK(statement.account == u"DE02120300000000202051");
    REQUIRE(statement.entries.size() == 2);
    const BankEntry& pending = statement.entries[0];
    CHECK(pending.bankReference == u"R-1");
    CHECK_FALSE(pending.booked);
    CHECK(pending.bookingDate == QDate(2024, 2, 29)); // no booking day yet: the value day
    CHECK(pending.amount == eur(123450));
    CHECK(pending.counterpartyName == u"Kunde GmbH");
    CHECK(pending.counterpartyAccount == u"12345678");
    CHECK(pending.reference == u"Rechnung 2024-17 und 2024-18");
    CHECK(pending.sourceLine == 6);
    CHECK(pending.sourceColumn == 4);
    const BankEntry& booked = statement.entries[1];
    CHECK(booked.bankReference.isEmpty()); // nothing but NOTPROVIDED
    CHECK(booked.booked);
    CHECK(booked.amount == eur(500));
    CHECK(booked.reference == u"Gutschrift RF18539007547034"); // AddtlNtryInf, lacking RmtInf
}

TEST_CASE("camt: refused versions and messages", "[bank][camt]")
{
    const auto read = [](const char* ns) {
        const QByteArray xml =
            QByteArray("<Document xmlns=\"") + ns + "\"><BkToCstmrStmt></BkToCstmrStmt></Document>";
        return CamtReader(u"f.xml"_s).read(xml);
    };
    CHECK(read("urn:iso:std:iso:20022:tech:xsd:camt.053.001.02").has_value());
    CHECK(read("urn:iso:std:iso:20022:tech:xsd:camt.053.001.08").has_value());
    const auto old = read("urn:iso:std:iso:20022:tech:xsd:camt.053.001.01");
    REQUIRE_FALSE(old.has_value());
    CHECK(old.error().detail.startsWith(u"f.xml:1:1: expected a camt.053 or camt.054 document"));
    CHECK(old.error().detail.endsWith(u"found camt.053.001.01"));
    const auto report = read("urn:iso:std:iso:20022:tech:xsd:camt.052.001.02");
    REQUIRE_FALSE(report.has_value());
    CHECK(report.error().detail.endsWith(u"found camt.052"));
    const auto other = read("urn:iso:std:iso:20022:tech:xsd:pain.001.001.03");
    REQUIRE_FALSE(other.has_value());
    CHECK(other.error().detail.contains(u"pain.001.001.03"));
}

TEST_CASE("camt: broken files name file, line, column and what was expected", "[bank][camt]")
{
    CHECK(readError(u"broken-camt053-amount.xml"_s) ==
          u"broken-camt053-amount.xml:67:17: Amt: expected a plain decimal amount with at most 2 "
          u"decimals, like 1234.50, found \"8,85\"");
    CHECK(readError(u"broken-camt053-no-currency.xml"_s) ==
          u"broken-camt053-no-currency.xml:111:17: expected a Ccy attribute with the amount's "
          u"currency");
    CHECK(readError(u"broken-camt053-currency-letters.xml"_s) ==
          u"broken-camt053-currency-letters.xml:111:17: Ccy: expected a three-letter currency "
          u"code like EUR, found \"EURO\"");
    CHECK(readError(u"broken-camt054-date.xml"_s) ==
          u"broken-camt054-date.xml:63:21: BookgDt: expected a date YYYY-MM-DD or a date and "
          u"time YYYY-MM-DDThh:mm:ss, found \"2007-10-32T13:15:00+01:00\"");
    CHECK(readError(u"broken-camt053-version.xml"_s) ==
          u"broken-camt053-version.xml:2:1: expected a camt.053 or camt.054 document, versions "
          u".001.02 to .001.08 (namespace urn:iso:std:iso:20022:tech:xsd:camt.053.001.0N), found "
          u"camt.053.001.10");

    const QString xml = readError(u"broken-camt053-xml.xml"_s);
    CHECK(xml.startsWith(u"broken-camt053-xml.xml:73:"));
    CHECK(xml.contains(u"malformed XML ("));
    CHECK(xml.endsWith(u"expected a well-formed camt.053 or camt.054 document"));

    const QString truncated = readError(u"broken-camt053-truncated.xml"_s);
    CHECK(truncated.startsWith(u"broken-camt053-truncated.xml:100:13: malformed XML ("));
}

TEST_CASE("camt: a missing amount, date or credit/debit mark is located at its entry",
          "[bank][camt]")
{
    const auto read = [](const QByteArray& entry) {
        const QByteArray xml =
            "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.04\">\n"
            "<BkToCstmrStmt><Stmt><Acct><Ccy>EUR</Ccy></Acct>\n  <Ntry>" +
            entry + "</Ntry></Stmt></BkToCstmrStmt></Document>";
        return CamtReader(u"e.xml"_s).read(xml);
    };
    const QByteArray date = "<BookgDt><Dt>2024-01-02</Dt></BookgDt>";
    CHECK(read("<Amt Ccy=\"EUR\">1</Amt><CdtDbtInd>CRDT</CdtDbtInd>" + date).has_value());
    CHECK(read("<CdtDbtInd>CRDT</CdtDbtInd>" + date).error().detail ==
          u"e.xml:3:3: Ntry: expected an <Amt Ccy=\"…\"> with the entry's amount");
    CHECK(read("<Amt Ccy=\"EUR\">1</Amt><CdtDbtInd>CRDT</CdtDbtInd>").error().detail ==
          u"e.xml:3:3: Ntry: expected a <BookgDt> or <ValDt> with <Dt> or <DtTm>");
    CHECK(read("<Amt Ccy=\"EUR\">1</Amt>" + date).error().detail ==
          u"e.xml:3:3: Ntry: expected a <CdtDbtInd> with CRDT or DBIT");
    CHECK(read("<Amt Ccy=\"EUR\">1</Amt><CdtDbtInd>CR</CdtDbtInd>" + date).error().detail ==
          u"e.xml:3:31: CdtDbtInd: expected CRDT or DBIT, found \"CR\"");
    CHECK(read("<Amt Ccy=\"EUR\">1.234</Amt><CdtDbtInd>CRDT</CdtDbtInd>" + date).error().detail ==
          u"e.xml:3:9: Amt: expected a plain decimal amount with at most 2 decimals, like "
          u"1234.50, found \"1.234\"");
    CHECK(read("<Amt Ccy=\"XYZ\">1</Amt><CdtDbtInd>CRDT</CdtDbtInd>" + date).error().detail ==
          u"e.xml:3:9: Ccy: expected a current ISO 4217 currency, found \"XYZ\"");
}
