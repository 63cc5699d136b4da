#include "bank/BankCsvSample.h"

#include <QBuffer>
#include <QDate>

#include "bank/BankText.h"
#include "csv/CsvReader.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// Enough lines to look past a bank's account header to the entries.
constexpr int linesLookedAt = 20;

} // namespace

QChar BankCsvSample::guessSeparator(QByteArrayView content)
{
    const QList<QByteArrayView> lines = [&] {
        QList<QByteArrayView> found;
        qsizetype start = 0;
        while (start < content.size() && found.size() < linesLookedAt) {
            qsizetype end = content.indexOf('\n', start);
            if (end < 0)
                end = content.size();
            const QByteArrayView line = content.sliced(start, end - start).trimmed();
            if (!line.isEmpty())
                found.append(line);
            start = end + 1;
        }
        return found;
    }();
    QChar best = u',';
    std::pair<int, qsizetype> bestScore{0, 0}; // lines it is on, then how often
    for (const char candidate : {',', ';', '\t', '|'}) {
        std::pair<int, qsizetype> score{0, 0};
        for (const QByteArrayView line : lines) {
            const qsizetype count = line.count(candidate);
            score.first += count > 0 ? 1 : 0;
            score.second += count;
        }
        if (score > bestScore) {
            bestScore = score;
            best = QChar::fromLatin1(candidate);
        }
    }
    return best;
}

QList<QStringList> BankCsvSample::records(QByteArrayView content, QChar separator, int maxRecords)
{
    QByteArray text = BankText::decode(content).toUtf8();
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, separator);
    QList<QStringList> rows;
    CsvRecord record;
    while (rows.size() < maxRecords && reader.next(record) == CsvReader::Status::Record)
        rows.append(record.fields);
    return rows;
}

QStringList BankCsvSample::dateFormats()
{
    return {u"dd.MM.yyyy"_s, u"dd/MM/yyyy"_s, u"yyyy-MM-dd"_s, u"MM/dd/yyyy"_s, u"dd-MM-yyyy"_s,
            u"yyyyMMdd"_s,   u"dd.MM.yy"_s,   u"dd/MM/yy"_s,   u"MM/dd/yy"_s,   u"d.M.yyyy"_s};
}

QString BankCsvSample::guessDateFormat(const QStringList& values)
{
    QStringList given;
    for (const QString& value : values) {
        if (!value.trimmed().isEmpty())
            given.append(value.trimmed());
    }
    if (given.isEmpty())
        return {};
    for (const QString& format : dateFormats()) {
        if (std::all_of(given.cbegin(), given.cend(), [&format](const QString& value) {
                return QDate::fromString(value, format).isValid();
            }))
            return format;
    }
    return {};
}

} // namespace ardesk
