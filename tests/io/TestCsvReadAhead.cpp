// The read-ahead hands out exactly what the reader would, across many hand-overs between its
// threads, and stops cleanly when dropped before the end of the file.

#include <catch2/catch.hpp>

#include <string>

#include <QBuffer>
#include <QByteArray>

#include "io/CsvReadAhead.h"

using ardesk::CsvReadAhead;
using ardesk::CsvReader;
using ardesk::CsvRecord;

namespace {

// 20,000 records (many read-ahead batches), with an unterminated quote every 997 rows: a syntax
// error the reader resynchronises after.
QByteArray sampleFile()
{
    QByteArray data;
    for (int i = 1; i <= 20'000; ++i) {
        if (i % 997 == 0)
            data += "bad,\"unterminated\n";
        data += "row" + QByteArray::number(i) + ",\"quoted, " + QByteArray::number(i * 7) + "\"\n";
    }
    return data;
}

// "line:field|field" per record, "line:column!message" per error, and the bytes read so far.
template <typename Source>
std::string describeAll(Source& source)
{
    std::string out;
    CsvRecord record;
    for (;;) {
        const CsvReader::Status status = source.next(record);
        if (status == CsvReader::Status::End)
            break;
        if (status == CsvReader::Status::SyntaxError) {
            out += std::to_string(source.syntaxError().line) + ':' +
                   std::to_string(source.syntaxError().column) + '!' +
                   source.syntaxError().message.toStdString();
        } else {
            out += std::to_string(record.line) + ':' + record.fields.join(u'|').toStdString();
        }
        out += '@' + std::to_string(source.bytesRead()) + '\n';
    }
    return out;
}

} // namespace

TEST_CASE("The read-ahead yields the reader's records, errors and positions", "[csv]")
{
    const QByteArray data = sampleFile();
    QBuffer direct;
    direct.setData(data);
    REQUIRE(direct.open(QIODevice::ReadOnly));
    CsvReader plainReader(&direct);
    const std::string expected = describeAll(plainReader);

    QBuffer ahead;
    ahead.setData(data);
    REQUIRE(ahead.open(QIODevice::ReadOnly));
    CsvReader reader(&ahead);
    CsvReadAhead rows(reader);
    CHECK(describeAll(rows) == expected);
    CHECK(expected.find('!') != std::string::npos); // the file did have syntax errors
    CsvRecord record;
    CHECK(rows.next(record) == CsvReader::Status::End); // and stays at the end
}

TEST_CASE("A read-ahead dropped halfway stops its thread", "[csv]")
{
    QBuffer device;
    device.setData(sampleFile());
    REQUIRE(device.open(QIODevice::ReadOnly));
    CsvReader reader(&device);
    {
        CsvReadAhead rows(reader);
        CsvRecord record;
        REQUIRE(rows.next(record) == CsvReader::Status::Record);
        CHECK(record.fields.first() == QStringLiteral("row1"));
    } // joins the reading thread, which may be waiting for room or still reading
    SUCCEED("the read-ahead was destroyed before the end of the file");
}
