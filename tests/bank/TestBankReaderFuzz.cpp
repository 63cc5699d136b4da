#include <random>

#include "BankSamples.h"
#include "bank/BankCsvReader.h"
#include "bank/BankFormatDetector.h"
#include "bank/CamtReader.h"
#include "bank/Mt940Reader.h"
#include "bank/OfxReader.h"

using namespace Qt::StringLiterals;
using namespace ardesk;

namespace {

// One deterministic damage of a file: the kinds a broken download, a wrong editor or a
// careless export cause.
QByteArray mutate(QByteArray bytes, std::mt19937& random)
{
    const auto below = [&random](qsizetype n) {
        return n <= 0 ? qsizetype(0)
                      : static_cast<qsizetype>(
                            std::uniform_int_distribution<qint64>(0, n - 1)(random));
    };
    const int kind = static_cast<int>(below(6));
    const int edits = 1 + static_cast<int>(below(4));
    for (int i = 0; i < edits && !bytes.isEmpty(); ++i) {
        const qsizetype at = below(bytes.size());
        switch (kind) {
        case 0: // truncated
            bytes.truncate(at);
            break;
        case 1: // a byte flipped
            bytes[at] = static_cast<char>(bytes[at] ^ (1 << below(8)));
            break;
        case 2: // a byte inserted, often one that means something in these formats
            bytes.insert(at, "<>:?/&,.-{}\n\xC3\xFF"[below(14)]);
            break;
        case 3: // bytes deleted
            bytes.remove(at, 1 + below(16));
            break;
        case 4: { // a line duplicated
            const qsizetype start = bytes.lastIndexOf('\n', at) + 1;
            const qsizetype end = bytes.indexOf('\n', at);
            const QByteArray line = bytes.mid(start, end < 0 ? -1 : end - start + 1);
            bytes.insert(start, line);
            break;
        }
        default: // a line removed
        {
            const qsizetype start = bytes.lastIndexOf('\n', at) + 1;
            const qsizetype end = bytes.indexOf('\n', at);
            bytes.remove(start, end < 0 ? bytes.size() - start : end - start + 1);
            break;
        }
        }
    }
    return bytes;
}

// Statements or an error with a located message; either way every value is sane.
void checkOutcome(const Result<QList<BankStatement>>& result, const QString& name)
{
    if (!result) {
        CHECK(result.error().code == ErrorCode::InvalidInput);
        CHECK(result.error().detail.startsWith(name + u':'));
        return;
    }
    for (const BankStatement& statement : *result) {
        for (const BankEntry& entry : statement.entries) {
            CHECK(entry.amount.minor() >= 0);
            CHECK(entry.bookingDate.isValid());
            CHECK(entry.sourceLine >= 1);
        }
    }
}

Result<QList<BankStatement>> readSample(BankFormat format, const QString& name,
                                        const QByteArray& bytes)
{
    switch (format) {
    case BankFormat::Camt:
        return CamtReader(name).read(bytes);
    case BankFormat::Mt940:
        return Mt940Reader(name).read(bytes);
    case BankFormat::Ofx:
        return OfxReader(name).read(bytes);
    case BankFormat::Csv:
        break;
    }
    return BankCsvReader(name, test::caisseEpargneProfile()).read(bytes);
}

} // namespace

TEST_CASE("mutated samples give statements or an error, never a crash", "[bank][fuzz]")
{
    std::mt19937 random(20240229);
    constexpr int runsPerSample = 400;
    int errors = 0;
    int read = 0;
    for (const QString& name : test::bankSampleNames()) {
        const QByteArray original = test::bankSample(name);
        const BankFormat format = test::bankSampleFormat(name);
        for (int run = 0; run < runsPerSample; ++run) {
            const QByteArray bytes = mutate(original, random);
            (void)BankFormatDetector(name).detect(bytes);
            const auto result = readSample(format, name, bytes);
            checkOutcome(result, name);
            ++(result ? read : errors);
        }
    }
    // Both outcomes occur, or the mutations would not be testing anything.
    CHECK(errors > 100);
    CHECK(read > 100);
}
