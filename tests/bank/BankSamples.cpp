#include "BankSamples.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;

namespace ardesk::test {

QByteArray bankSample(const QString& name)
{
    QFile file(QStringLiteral(ARDESK_BANK_DATA) + u'/' + name);
    INFO(name.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QStringList bankSampleNames()
{
    return {
        u"camt053-v02-multi-statement.xml"_s,
        u"camt053-v04-txdtls.xml"_s,
        u"camt053-v08.xml"_s,
        u"camt054-v02.xml"_s,
        u"mt940-de-sepa.sta"_s,
        u"mt940-nl-asn.txt"_s,
        u"mt940-nl-ing.sta"_s,
        u"mt940-nl-ing-latin1.sta"_s,
        u"ofx1-bank-medium.ofx"_s,
        u"ofx1-utf8-euro.ofx"_s,
        u"ofx2-fields.ofx"_s,
        u"csv-fr-caisse-epargne.csv"_s,
    };
}

BankFormat bankSampleFormat(const QString& name)
{
    if (name.startsWith(u"camt"))
        return BankFormat::Camt;
    if (name.startsWith(u"mt940"))
        return BankFormat::Mt940;
    if (name.startsWith(u"ofx"))
        return BankFormat::Ofx;
    return BankFormat::Csv;
}

EntryCounts countEntries(const QList<BankStatement>& statements)
{
    EntryCounts counts;
    for (const BankStatement& statement : statements) {
        for (const BankEntry& entry : statement.entries)
            ++(entry.credit ? counts.credits : counts.debits);
    }
    return counts;
}

} // namespace ardesk::test
