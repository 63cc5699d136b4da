#include "BankFiles.h"

using namespace Qt::StringLiterals;

namespace ardesk::test {

QByteArray camt053(const QString& statementId, const QList<TestEntry>& entries)
{
    QString xml = u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                  "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">\n"
                  "<BkToCstmrStmt>\n"
                  "<GrpHdr><MsgId>MSG-%1</MsgId><CreDtTm>2026-11-30T18:00:00</CreDtTm></GrpHdr>\n"
                  "<Stmt>\n"
                  "<Id>%1</Id><CreDtTm>2026-11-30T18:00:00</CreDtTm>\n"
                  "<Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>EUR</Ccy></Acct>\n"_s.arg(
                      statementId);
    for (const TestEntry& entry : entries) {
        xml += u"<Ntry>\n"
               "<Amt Ccy=\"%1\">%2</Amt><CdtDbtInd>%3</CdtDbtInd><Sts>%4</Sts>\n"
               "<BookgDt><Dt>%5</Dt></BookgDt><ValDt><Dt>%5</Dt></ValDt>\n"_s.arg(
                   entry.currency, entry.amount, entry.credit ? u"CRDT"_s : u"DBIT"_s, entry.status,
                   entry.bookingDate);
        if (!entry.bankReference.isEmpty())
            xml += u"<AcctSvcrRef>%1</AcctSvcrRef>\n"_s.arg(entry.bankReference);
        xml += u"<NtryDtls><TxDtls>\n"
               "<RltdPties><Dbtr><Nm>%1</Nm></Dbtr>"
               "<DbtrAcct><Id><IBAN>%2</IBAN></Id></DbtrAcct></RltdPties>\n"
               "<RmtInf><Ustrd>%3</Ustrd></RmtInf>\n"
               "</TxDtls></NtryDtls>\n"
               "</Ntry>\n"_s.arg(entry.counterparty, entry.counterpartyIban, entry.reference);
    }
    xml += u"</Stmt>\n</BkToCstmrStmt>\n</Document>\n"_s;
    return xml.toUtf8();
}

QByteArray mt940(const QList<TestEntry>& entries)
{
    QString text = u":20:STARTUMS\r\n:25:37040044/0532013000\r\n:28C:1/1\r\n"
                   ":60F:C261101EUR1000,00\r\n"_s;
    for (const TestEntry& entry : entries) {
        const QString date =
            entry.bookingDate.mid(2, 2) + entry.bookingDate.mid(5, 2) + entry.bookingDate.mid(8, 2);
        QString amount = entry.amount;
        amount.replace(u'.', u',');
        text += u":61:%1%2%3%4NTRFNONREF\r\n:86:166?00GUTSCHRIFT?20%5?32%6?31%7\r\n"_s.arg(
            date, date.mid(2), entry.credit ? u"C"_s : u"D"_s, amount, entry.reference,
            entry.counterparty, entry.counterpartyIban);
    }
    text += u":62F:C261130EUR1000,00\r\n-\r\n"_s;
    return text.toLatin1();
}

} // namespace ardesk::test
