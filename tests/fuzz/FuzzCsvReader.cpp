// CsvReader on arbitrary bytes, with ',' and ';' as separator. Each input is read twice: from
// a QBuffer in one piece, and through a device that hands out a few bytes per read, so that
// every record and field boundary also falls on a refill of the reader's buffer. Both readings
// must agree record for record: the reader promises the same result however the bytes arrive.

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <utility>

#include <QBuffer>
#include <QByteArray>
#include <QIODevice>
#include <QList>

#include "FuzzCheck.h"
#include "csv/CsvReader.h"

using namespace ardesk;

namespace {

// A sequential device that returns at most `step` bytes per read, like a slow pipe.
class TrickleDevice : public QIODevice {
public:
    TrickleDevice(QByteArray bytes, qint64 step)
        : m_bytes(std::move(bytes))
        , m_step(step)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 n = std::min({maxSize, m_step, m_bytes.size() - m_pos});
        std::memcpy(data, m_bytes.constData() + m_pos, static_cast<size_t>(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_step;
    qint64 m_pos = 0;
};

struct Reading {
    QList<CsvRecord> records;
    QList<CsvSyntaxError> errors;
};

Reading readAll(QIODevice* device, QChar separator)
{
    CsvReader reader(device, separator);
    Reading reading;
    CsvRecord record;
    for (;;) {
        const CsvReader::Status status = reader.next(record);
        if (status == CsvReader::Status::End)
            break;
        if (status == CsvReader::Status::SyntaxError) {
            const CsvSyntaxError& error = reader.syntaxError();
            fuzz::check(error.line >= 1 && !error.message.isEmpty(),
                        "a syntax error has a line and a message");
            reading.errors.append(error);
            continue;
        }
        fuzz::check(record.line >= 1, "a record starts on a line");
        reading.records.append(record);
    }
    return reading;
}

bool sameErrors(const QList<CsvSyntaxError>& a, const QList<CsvSyntaxError>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const auto& x, const auto& y) {
        return x.line == y.line && x.column == y.column && x.message == y.message;
    });
}

bool sameRecords(const QList<CsvRecord>& a, const QList<CsvRecord>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const auto& x, const auto& y) {
        return x.line == y.line && x.fields == y.fields;
    });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    // The step follows from the input, so a crash reproduces from the saved file alone.
    const qint64 step = 1 + static_cast<qint64>(size % 7);
    for (const QChar separator : {QChar(u','), QChar(u';')}) {
        QBuffer whole;
        whole.setData(bytes);
        whole.open(QIODevice::ReadOnly);
        const Reading inOnePiece = readAll(&whole, separator);
        TrickleDevice trickle(bytes, step);
        const Reading inPieces = readAll(&trickle, separator);
        fuzz::check(sameRecords(inOnePiece.records, inPieces.records),
                    "the same records whatever the reads' sizes");
        fuzz::check(sameErrors(inOnePiece.errors, inPieces.errors),
                    "the same syntax errors whatever the reads' sizes");
    }
    return 0;
}
