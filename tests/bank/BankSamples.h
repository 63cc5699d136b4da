#pragma once

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "CaisseEpargneProfile.h"
#include "bank/BankCsvProfile.h"
#include "bank/BankFormat.h"
#include "bank/BankStatement.h"

// Readable failure messages for QString comparisons; every test file here includes this header,
// so the specialisation is the same in all of them.
namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

namespace ardesk::test {

// The sample files of tests/data/bank, read whole.
QByteArray bankSample(const QString& name);
// Every real sample (not the broken ones), for detection and the fuzz test.
QStringList bankSampleNames();
// The format a sample is in, from its name (camt…, mt940…, ofx…, csv…).
BankFormat bankSampleFormat(const QString& name);

struct EntryCounts {
    int credits = 0;
    int debits = 0;
    int entries() const { return credits + debits; }
};
EntryCounts countEntries(const QList<BankStatement>& statements);

} // namespace ardesk::test
