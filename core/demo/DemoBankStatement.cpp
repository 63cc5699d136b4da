#include "demo/DemoBankStatement.h"

#include <QHash>
#include <QSaveFile>
#include <QXmlStreamWriter>

#include "domain/CreditorReference.h"
#include "domain/IsoDate.h"
#include "domain/Money.h"
#include "storage/AllocationRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/LedgerInfoRepository.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

const QString statementAccount = u"DE89370400440532013000"_s;

// How the i-th receipt names what it pays: out of ten, six by number, two by creditor
// reference, one short by 1.00, one by the payer's name alone.
struct Receipt {
    QString reference;
    qint64 amountMinor = 0;
    QString payer;
};

Receipt receiptFor(int i, const AllocationItem& item, const QString& customerName)
{
    switch (i % 10) {
    case 6:
    case 7:
        if (const auto rf = CreditorReference::forDocument(item.number))
            return {*rf, item.openMinor, customerName};
        break;
    case 8:
        if (item.openMinor > 100)
            return {u"Invoice "_s + item.number, item.openMinor - 100, customerName};
        break;
    case 9:
        return {QString(), item.openMinor, customerName};
    default:
        break;
    }
    return {u"Invoice "_s + item.number, item.openMinor, customerName};
}

void writeEntry(QXmlStreamWriter& xml, int i, const Receipt& receipt, const Money& amount,
                QDate today)
{
    xml.writeStartElement(u"Ntry"_s);
    xml.writeStartElement(u"Amt"_s);
    xml.writeAttribute(u"Ccy"_s, amount.currency().code());
    xml.writeCharacters(amount.toPlainString());
    xml.writeEndElement();
    xml.writeTextElement(u"CdtDbtInd"_s, u"CRDT"_s);
    xml.writeTextElement(u"Sts"_s, u"BOOK"_s);
    xml.writeStartElement(u"BookgDt"_s);
    xml.writeTextElement(u"Dt"_s, IsoDate::format(today));
    xml.writeEndElement();
    xml.writeStartElement(u"ValDt"_s);
    xml.writeTextElement(u"Dt"_s, IsoDate::format(today));
    xml.writeEndElement();
    xml.writeTextElement(u"AcctSvcrRef"_s, u"DEMO-%1-%2"_s.arg(IsoDate::format(today)).arg(i));
    xml.writeStartElement(u"NtryDtls"_s);
    xml.writeStartElement(u"TxDtls"_s);
    xml.writeStartElement(u"RltdPties"_s);
    xml.writeStartElement(u"Dbtr"_s);
    xml.writeTextElement(u"Nm"_s, receipt.payer);
    xml.writeEndElement(); // Dbtr
    xml.writeEndElement(); // RltdPties
    if (!receipt.reference.isEmpty()) {
        xml.writeStartElement(u"RmtInf"_s);
        xml.writeTextElement(u"Ustrd"_s, receipt.reference);
        xml.writeEndElement();
    }
    xml.writeEndElement(); // TxDtls
    xml.writeEndElement(); // NtryDtls
    xml.writeEndElement(); // Ntry
}

} // namespace

Result<DemoBankStatement::Counts> DemoBankStatement::write(Database& database, const QString& path,
                                                           int receipts, QDate today)
{
    const auto currency = LedgerInfoRepository(database).currency();
    if (!currency)
        return std::unexpected(currency.error());
    const auto items = AllocationRepository(database).allOpenItems();
    if (!items)
        return std::unexpected(items.error());
    const auto customers = CustomerRepository(database).all();
    if (!customers)
        return std::unexpected(customers.error());
    QHash<qint64, QString> names;
    for (const Customer& customer : *customers)
        names.insert(customer.id.value, customer.name);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, path + u": "_s + file.errorString());
    QXmlStreamWriter xml(&file);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(u"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"_s);
    xml.writeStartElement(u"Document"_s);
    xml.writeStartElement(u"BkToCstmrStmt"_s);
    xml.writeStartElement(u"GrpHdr"_s);
    xml.writeTextElement(u"MsgId"_s, u"DEMO-"_s + IsoDate::format(today));
    xml.writeTextElement(u"CreDtTm"_s, IsoDate::format(today) + u"T18:00:00"_s);
    xml.writeEndElement();
    xml.writeStartElement(u"Stmt"_s);
    xml.writeTextElement(u"Id"_s, u"DEMO-"_s + IsoDate::format(today));
    xml.writeTextElement(u"CreDtTm"_s, IsoDate::format(today) + u"T18:00:00"_s);
    xml.writeStartElement(u"Acct"_s);
    xml.writeStartElement(u"Id"_s);
    xml.writeTextElement(u"IBAN"_s, statementAccount);
    xml.writeEndElement();
    xml.writeTextElement(u"Ccy"_s, currency->code());
    xml.writeEndElement(); // Acct

    // Every item in the home currency at most once, spread over the whole ledger.
    QList<const AllocationItem*> candidates;
    for (const AllocationItem& item : *items) {
        if (item.currency == *currency && item.issueDate <= today)
            candidates.append(&item);
    }
    const int count = static_cast<int>(std::min<qsizetype>(receipts, candidates.size()));
    const qsizetype stride = count > 0 ? candidates.size() / count : 1;
    for (int i = 0; i < count; ++i) {
        const AllocationItem& item = *candidates.at(i * stride);
        const Receipt receipt = receiptFor(i, item, names.value(item.customerId.value));
        writeEntry(xml, i + 1, receipt, Money(receipt.amountMinor, *currency), today);
    }
    xml.writeEndElement(); // Stmt
    xml.writeEndElement(); // BkToCstmrStmt
    xml.writeEndElement(); // Document
    xml.writeEndDocument();
    if (xml.hasError() || !file.commit())
        return fail(ErrorCode::Io, path + u": "_s + file.errorString());
    return Counts{count};
}

} // namespace ardesk
