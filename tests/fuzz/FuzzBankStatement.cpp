// The bank statement readers on arbitrary bytes: the format detector, then every reader
// (camt.053/054, MT940, OFX, and a bank CSV export with the Caisse d'Épargne profile of the
// tests, plus the sampling that proposes a CSV profile), whatever the detector said, so that
// each reader meets the others' files too. Each gives statements or a located error.

#include <cstdint>

#include <QByteArrayView>

#include "FuzzCheck.h"
#include "bank/BankCsvReader.h"
#include "bank/BankCsvSample.h"
#include "bank/BankFormatDetector.h"
#include "bank/CaisseEpargneProfile.h"
#include "bank/CamtReader.h"
#include "bank/Mt940Reader.h"
#include "bank/OfxReader.h"

using namespace Qt::StringLiterals;
using namespace ardesk;

namespace {

const QString fileName = u"fuzz"_s;

void checkOutcome(const Result<QList<BankStatement>>& result)
{
    if (!result) {
        fuzz::check(result.error().code == ErrorCode::InvalidInput, "bad input is invalid input");
        fuzz::check(result.error().detail.startsWith(fileName + u':'), "an error is located");
        return;
    }
    for (const BankStatement& statement : *result) {
        for (const BankEntry& entry : statement.entries) {
            fuzz::check(entry.amount.minor() >= 0, "an entry's amount is positive");
            fuzz::check(entry.bookingDate.isValid(), "an entry has a booking date");
            fuzz::check(entry.sourceLine >= 1, "an entry is located");
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const BankCsvProfile profile = test::caisseEpargneProfile();
    const QByteArrayView content(data, static_cast<qsizetype>(size));
    const auto format = BankFormatDetector(fileName).detect(content);
    if (!format)
        fuzz::check(format.error().detail.startsWith(fileName + u':'), "detection is located");
    checkOutcome(CamtReader(fileName).read(content));
    checkOutcome(Mt940Reader(fileName).read(content));
    checkOutcome(OfxReader(fileName).read(content));
    checkOutcome(BankCsvReader(fileName, profile).read(content));
    const QChar separator = BankCsvSample::guessSeparator(content);
    const QList<QStringList> records = BankCsvSample::records(content, separator, 20);
    for (int column = 0; column < 3; ++column) {
        QStringList values;
        for (const QStringList& record : records)
            values.append(record.value(column));
        (void)BankCsvSample::guessDateFormat(values);
    }
    return 0;
}
