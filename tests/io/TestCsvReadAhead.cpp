#include <catch2/catch.hpp>

#include <QBuffer>
#include <QByteArray>
#include <QList>
#include <QString>

#include "csv/CsvReadAhead.h"
#include "csv/CsvReader.h"

using namespace Qt::StringLiterals;
using ardesk::CsvReadAhead;
using ardesk::CsvReader;
using ardesk::CsvRecord;

namespace {

// What a taker sees of one record: its status, fields, line, syntax error and position.
struct Taken {
    CsvReader::Status status;
    QStringList fields;
    int line;
    int errorLine;
    int errorColumn;
    QString errorMessage;
    qint64 bytesRead;

    bool operator==(const Taken&) const = default;
};

template <typename Source>
Taken take(Source& source)
{
    CsvRecord record;
    const CsvReader::Status status = source.next(record);
    const bool error = status == CsvReader::Status::SyntaxError;
    return {status,
            status == CsvReader::Status::Record ? record.fields : QStringList(),
            status == CsvReader::Status::Record ? record.line : 0,
            error ? source.syntaxError().line : 0,
            error ? source.syntaxError().column : 0,
            error ? source.syntaxError().message : QString(),
            source.bytesRead()};
}

// Everything taken up to and including End, and one more End after it.
template <typename Source>
QList<Taken> takeAll(Source& source)
{
    QList<Taken> all;
    do {
        all.append(take(source));
    } while (all.last().status != CsvReader::Status::End);
    all.append(take(source));
    return all;
}

// Everything `data` gives, read directly or ahead.
QList<Taken> read(const QByteArray& data, bool ahead)
{
    QBuffer device;
    device.setData(data);
    REQUIRE(device.open(QIODevice::ReadOnly));
    CsvReader reader(&device);
    if (!ahead)
        return takeAll(reader);
    CsvReadAhead readAhead(reader);
    return takeAll(readAhead);
}

// Many records with syntax errors strewn through them, past several hand-overs.
QByteArray manyRecords(int count)
{
    QByteArray data = "code,amount,note\n";
    for (int i = 0; i < count; ++i) {
        if (i % 997 == 0)
            data += "P" + QByteArray::number(i) + ",1.00,\"broken\"x\n";
        else if (i % 1009 == 0)
            data += "P" + QByteArray::number(i) + ",2.00,\"two\nlines\"\n";
        else
            data += "P" + QByteArray::number(i) + ",3.00,plain\n";
    }
    return data;
}

} // namespace

TEST_CASE("Read ahead, a CSV file gives the records, errors and positions of reading it directly",
          "[csv]")
{
    for (const QByteArray& data : {QByteArray(), QByteArray("a,b\n"), QByteArray("a,\"b"),
                                   QByteArray("\xEF\xBB\xBF"
                                              "a,b\r\n\r\nc,d"),
                                   manyRecords(9000)}) {
        const QList<Taken> direct = read(data, false);
        const QList<Taken> ahead = read(data, true);
        CAPTURE(data.left(40).toStdString());
        REQUIRE(ahead.size() == direct.size());
        CHECK(ahead == direct);
    }
    const QList<Taken> many = read(manyRecords(9000), true);
    CHECK(many.size() == 9003); // the header, 9000 records, End twice
    CHECK(std::count_if(many.cbegin(), many.cend(), [](const Taken& taken) {
              return taken.status == CsvReader::Status::SyntaxError;
          }) == 10);
}

TEST_CASE("Read ahead, a taker may leave before the end: the reading stops with it", "[csv]")
{
    QBuffer device;
    device.setData(manyRecords(50000));
    REQUIRE(device.open(QIODevice::ReadOnly));
    CsvReader reader(&device);
    {
        CsvReadAhead ahead(reader);
        CsvRecord record;
        REQUIRE(ahead.next(record) == CsvReader::Status::Record);
        CHECK(record.fields == QStringList{u"code"_s, u"amount"_s, u"note"_s});
    } // stopped and joined here, long before the file's end
    CHECK(reader.bytesRead() < device.size());
}
