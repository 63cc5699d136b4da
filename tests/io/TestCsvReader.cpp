#include <catch2/catch.hpp>

#include <string>

#include <QBuffer>
#include <QByteArray>
#include <QString>
#include <QStringList>

#include "csv/CsvReader.h"

using namespace Qt::StringLiterals;
using ardesk::CsvReader;
using ardesk::CsvRecord;

namespace {

// Reads `data` to its end into one line per record ("3: [a][b]") or syntax error
// ("3:2! message"), with CR and LF inside values written as \r and \n. Also checks that every
// call consumes input and that bytesRead() ends at the size of the input.
std::string readAll(const QByteArray& data, QChar separator = u',')
{
    QBuffer device;
    device.setData(data);
    REQUIRE(device.open(QIODevice::ReadOnly));
    CsvReader reader(&device, separator);
    std::string out;
    CsvRecord record;
    qint64 consumed = 0;
    for (;;) {
        const CsvReader::Status status = reader.next(record);
        if (status == CsvReader::Status::End)
            break;
        REQUIRE(reader.bytesRead() > consumed);
        consumed = reader.bytesRead();
        if (status == CsvReader::Status::Record) {
            out += std::to_string(record.line) + ':';
            QString fields;
            for (const QString& field : std::as_const(record.fields))
                fields += u'[' + field + u']';
            fields.replace(u'\r', u"\\r"_s).replace(u'\n', u"\\n"_s);
            out += ' ' + fields.toStdString() + '\n';
        } else {
            const ardesk::CsvSyntaxError& error = reader.syntaxError();
            out += std::to_string(error.line) + ':' + std::to_string(error.column) + "! " +
                   error.message.toStdString() + '\n';
        }
    }
    REQUIRE(reader.bytesRead() == data.size());
    REQUIRE(reader.next(record) == CsvReader::Status::End);
    return out;
}

QList<CsvRecord> readRecords(const QByteArray& data)
{
    QBuffer device;
    device.setData(data);
    REQUIRE(device.open(QIODevice::ReadOnly));
    CsvReader reader(&device);
    QList<CsvRecord> records;
    CsvRecord record;
    CsvReader::Status status;
    while ((status = reader.next(record)) == CsvReader::Status::Record)
        records.append(record);
    REQUIRE(status == CsvReader::Status::End);
    return records;
}

} // namespace

TEST_CASE("CsvReader splits lines and fields", "[csv]")
{
    const auto [input, expected] = GENERATE(table<const char*, const char*>({
        {"a,b,c\n1,2,3\n", "1: [a][b][c]\n2: [1][2][3]\n"},
        {"a,b\r\nc,d\r\n", "1: [a][b]\n2: [c][d]\n"},
        {"a,b\nc,d\r\ne,f\n", "1: [a][b]\n2: [c][d]\n3: [e][f]\n"},
        {"a,b\nc,d", "1: [a][b]\n2: [c][d]\n"},
        {"a", "1: [a]\n"},
        {"a,b,\n", "1: [a][b][]\n"},
        {"a,b,", "1: [a][b][]\n"},
        {",,\n", "1: [][][]\n"},
        {",", "1: [][]\n"},
        {" \n", "1: [ ]\n"},
        {"  a , b \t\n", "1: [  a ][ b \t]\n"},
        {"\xEF\xBB\xBF"
         "a,b\n",
         "1: [a][b]\n"},
        {"\xEF\xBB\xBF", ""},
        {"\xEF\xBB\xBF\n\nx", "3: [x]\n"},
        // A BOM anywhere else is a character (U+FEFF) of the value.
        {"a\n\xEF\xBB\xBF"
         "b\n",
         "1: [a]\n2: [\xEF\xBB\xBF"
         "b]\n"},
        // A lone CR ends a line as well.
        {"a,b\rc\r", "1: [a][b]\n2: [c]\n"},
        {"a\r\r\nb", "1: [a]\n3: [b]\n"},
    }));
    CAPTURE(input);
    REQUIRE(readAll(input) == expected);
}

TEST_CASE("CsvReader skips blank lines and keeps counting them", "[csv]")
{
    const auto [input, expected] = GENERATE(table<const char*, const char*>({
        {"", ""},
        {"\n", ""},
        {"\r\n", ""},
        {"\r\n\r\n\r\n", ""},
        {"\n\n\n", ""},
        {"\na,b\n", "2: [a][b]\n"},
        {"\r\n\r\na\r\n", "3: [a]\n"},
        {"a\n\n\nb\n", "1: [a]\n4: [b]\n"},
        {"a\r\n\r\nb\r\n", "1: [a]\n3: [b]\n"},
        {"a\n\n", "1: [a]\n"},
        {"a\n\n\n\n", "1: [a]\n"},
        {"a\r\n\r\n", "1: [a]\n"},
        {"\n\na\n\nb\n\n", "3: [a]\n5: [b]\n"},
    }));
    CAPTURE(input);
    REQUIRE(readAll(input) == expected);
}

TEST_CASE("CsvReader unquotes RFC 4180 fields", "[csv]")
{
    const auto [input, expected] = GENERATE(table<const char*, const char*>({
        {"\"a,b\",c\n", "1: [a,b][c]\n"},
        {"\"say \"\"hi\"\"\",x\n", "1: [say \"hi\"][x]\n"},
        {"\"\"\"\"\n", "1: [\"]\n"},
        {"\"\"\"a\"\"\",\"b\"\"\"\"c\"\n", "1: [\"a\"][b\"\"c]\n"},
        {"\"\",\"\"\n", "1: [][]\n"},
        {"\"\"\n", "1: []\n"},
        {"\"\"", "1: []\n"},
        {"a,\"\"\n", "1: [a][]\n"},
        {"\"a\"", "1: [a]\n"},
        {"\"a\",", "1: [a][]\n"},
        {"\"a\",\r\n", "1: [a][]\n"},
        {"\" a \",b\n", "1: [ a ][b]\n"},
        {"\"a\r\nb\"\r\n", "1: [a\\r\\nb]\n"},
        {"a,\"line1\nline2\",b\nnext\n", "1: [a][line1\\nline2][b]\n3: [next]\n"},
        {"\"x\r\ny\"\r\nnext\r\n", "1: [x\\r\\ny]\n3: [next]\n"},
        {"\"a\n\nb\"\n\nc\n", "1: [a\\n\\nb]\n5: [c]\n"},
        {"\"a\nb\",\"c\nd\"\ne\n", "1: [a\\nb][c\\nd]\n4: [e]\n"},
        {"\"\n\"\n", "1: [\\n]\n"},
        {"\"a\rb\",c\nd", "1: [a\\rb][c]\n3: [d]\n"},
        {"\"a\"\"\nb\"\nc", "1: [a\"\\nb]\n3: [c]\n"},
        {"\"a\r\"\"\nb\"\nc", "1: [a\\r\"\\nb]\n4: [c]\n"},
    }));
    CAPTURE(input);
    REQUIRE(readAll(input) == expected);
}

TEST_CASE("CsvReader takes the separator it is given", "[csv]")
{
    REQUIRE(readAll("a;b;\"c;d\"\n1,5;;2\n", u';') == "1: [a][b][c;d]\n2: [1,5][][2]\n");
    REQUIRE(readAll("a\tb\t\"c\td\"\n1,5\t\t2\n", u'\t') == "1: [a][b][c\td]\n2: [1,5][][2]\n");
    REQUIRE(readAll("\t\n", u'\t') == "1: [][]\n");
    REQUIRE(readAll("a,b;c\n", u';') == "1: [a,b][c]\n");
}

TEST_CASE("CsvReader reports syntax errors and resynchronises", "[csv]")
{
    const auto [input, expected] = GENERATE(table<const char*, const char*>({
        // A quote inside an unquoted field.
        {"a,b\nab\"c,d\ne,f\n", "1: [a][b]\n2:1! quote inside unquoted field\n3: [e][f]\n"},
        {"x,ab\"c\r\ny\r\n", "1:2! quote inside unquoted field\n2: [y]\n"},
        {"x,y\"", "1:2! quote inside unquoted field\n"},
        // The line of the error, not of the record, after a field spanning lines.
        {"\"a\nb\",c\"d\nok\n", "2:2! quote inside unquoted field\n3: [ok]\n"},
        // Characters after a closing quote.
        {"\"ab\"c,d\nok\n", "1:1! expected separator or line end after closing quote\n2: [ok]\n"},
        {"x,\"ab\" \nok\n", "1:2! expected separator or line end after closing quote\n2: [ok]\n"},
        {"x,\"a\"\"b\"\"\"c", "1:2! expected separator or line end after closing quote\n"},
        {"\"a\nb\"x\nok\n", "2:1! expected separator or line end after closing quote\n3: [ok]\n"},
        // Resynchronisation skips line breaks inside later quoted fields of the bad record.
        {"ab\"c,\"x\ny\"\nok\n", "1:1! quote inside unquoted field\n3: [ok]\n"},
        {"\"a\"b,\"x\r\ny\",z\r\nok\r\n",
         "1:1! expected separator or line end after closing quote\n3: [ok]\n"},
        // Only the first error of a record is reported.
        {"a\"b,\"c\"d\nok\n", "1:1! quote inside unquoted field\n2: [ok]\n"},
        // One error per bad record, every one of them.
        {"a\"\n\"b\"c\nok\nd\"\"\n", "1:1! quote inside unquoted field\n"
                                     "2:1! expected separator or line end after closing quote\n"
                                     "3: [ok]\n"
                                     "4:1! quote inside unquoted field\n"},
        // An unterminated quoted field: reported where it starts, and the input ends there.
        {"a\n\"b,c\nd\n\ne\n", "1: [a]\n2:1! unterminated quoted field\n"},
        {"a,\"b\n", "1:2! unterminated quoted field\n"},
        {"a,\"", "1:2! unterminated quoted field\n"},
        {"a,b\nc,\"d\"\"\n", "1: [a][b]\n2:2! unterminated quoted field\n"},
        {"\"a\nb\",\"c\n", "2:2! unterminated quoted field\n"},
        {"a\"b,\"c\n", "1:1! quote inside unquoted field\n"},
    }));
    CAPTURE(input);
    REQUIRE(readAll(input) == expected);
}

TEST_CASE("CsvReader refuses invalid UTF-8", "[csv]")
{
    const auto [input, expected] = GENERATE(table<const char*, const char*>({
        {"a,\xFF\nb\n", "1:2! invalid UTF-8\n2: [b]\n"},
        {"\x80,a\n", "1:1! invalid UTF-8\n"},
        {"a,b,x\xC3(\n", "1:3! invalid UTF-8\n"},
        {"\xC0\xAF\n", "1:1! invalid UTF-8\n"},         // overlong '/'
        {"\xE0\x80\xAF\n", "1:1! invalid UTF-8\n"},     // overlong '/'
        {"\xF0\x82\x82\xAC\n", "1:1! invalid UTF-8\n"}, // overlong '€'
        {"\xED\xA0\x80\n", "1:1! invalid UTF-8\n"},     // surrogate U+D800
        {"\xF4\x90\x80\x80\n", "1:1! invalid UTF-8\n"}, // above U+10FFFF
        {"\xF5\x80\x80\x80\n", "1:1! invalid UTF-8\n"},
        {"x,\xE2\x82", "1:2! invalid UTF-8\n"},
        {"\xE2\x82,\xAC\n", "1:1! invalid UTF-8\n"},
        {"\xEF\xBB", "1:1! invalid UTF-8\n"},
        {"\"a\nb\xC3\",x\nok\n", "2:1! invalid UTF-8\n3: [ok]\n"},
        {"\"a\"\"\r\n\r\nb\xC3\",x\nok\n", "3:1! invalid UTF-8\n4: [ok]\n"},
        // The structural error comes first when it comes earlier.
        {"a\"b,\xFF\n", "1:1! quote inside unquoted field\n"},
        {"\xFF,a\"b\n", "1:1! invalid UTF-8\n"},
        // Valid sequences at every length and at the edges of the ranges.
        {"\x7F,\xC2\x80,\xDF\xBF,\xE0\xA0\x80,\xED\x9F\xBF,\xEF\xBF\xBF,\xF0\x90\x80\x80,"
         "\xF4\x8F\xBF\xBF\n",
         "1: [\x7F][\xC2\x80][\xDF\xBF][\xE0\xA0\x80][\xED\x9F\xBF][\xEF\xBF\xBF][\xF0\x90\x80\x80]"
         "[\xF4\x8F\xBF\xBF]\n"},
    }));
    CAPTURE(input);
    REQUIRE(readAll(input) == expected);
}

TEST_CASE("CsvReader refuses a field longer than its limit and reads no further", "[csv]")
{
    constexpr qsizetype limit = CsvReader::maxFieldBytes;
    const std::string tooLong = "field too long: more than " + std::to_string(limit) +
                                " bytes; the rest of the file is "
                                "not read\n";
    // As written, quotes included: the limit is the same wherever the reads split the field.
    const QByteArray fits(limit, 'x');
    const QByteArray quotedFits = '"' + QByteArray(limit - 2, 'q') + '"';
    CHECK(readRecords("a," + fits + "\nb\n").size() == 2);
    CHECK(readRecords("a," + quotedFits + "\nb\n").size() == 2);

    CHECK(readAll("a\nb," + fits + "y\nc,d\n") == "1: [a]\n2:2! " + tooLong);
    CHECK(readAll("a\nb," + fits + "y") == "1: [a]\n2:2! " + tooLong);
    // A quoted field is reported on the line it starts, found before its closing quote.
    CHECK(readAll("a\n\"line\n" + fits + "\",c\nd\n") == "1: [a]\n2:1! " + tooLong);
    CHECK(readAll("a\n\"" + fits + "\"\"x") == "1: [a]\n2:1! " + tooLong);
    // The record's first problem is the one reported.
    CHECK(readAll("a\"b," + fits + "y\n") == "1:1! quote inside unquoted field\n");
}

TEST_CASE("CsvReader decodes non-ASCII text", "[csv]")
{
    const QList<CsvRecord> records =
        readRecords(u"é,€,漢字,😀\n\"Müller, Zoë\",\"€ 1.234\n😀\"\n"_s.toUtf8());
    REQUIRE(records.size() == 2);
    REQUIRE(records[0].fields == QStringList{u"é"_s, u"€"_s, u"漢字"_s, u"😀"_s});
    REQUIRE(records[1].fields == QStringList{u"Müller, Zoë"_s, u"€ 1.234\n😀"_s});
    REQUIRE(records[1].line == 2);
}

TEST_CASE("CsvReader reads records across the 64 KiB read boundary", "[csv]")
{
    // Shifting the input byte by byte puts the boundary at every position of the tail: in a
    // multi-byte character, between CR and LF (also of a blank line), between two doubled quotes.
    constexpr qsizetype chunk = qsizetype(64) * 1024;
    const QByteArray tail = u"\"q\"\"uo,\r\nted\",café € 😀 漢\r\n\r\nlast,漢\n"_s.toUtf8();
    const int shift = GENERATE_COPY(range(0, static_cast<int>(tail.size()) + 1));
    CAPTURE(shift);
    const QByteArray padding(chunk - shift - 1, 'p');

    const QList<CsvRecord> records = readRecords(padding + '\n' + tail);
    REQUIRE(records.size() == 3);
    REQUIRE(records[0].fields == QStringList{QString::fromLatin1(padding)});
    REQUIRE(records[1].fields == QStringList{u"q\"uo,\r\nted"_s, u"café € 😀 漢"_s});
    REQUIRE(records[1].line == 2);
    REQUIRE(records[2].fields == QStringList{u"last"_s, u"漢"_s});
    REQUIRE(records[2].line == 5);
}

TEST_CASE("CsvReader reads records longer than many reads", "[csv]")
{
    QString quoted;
    for (int i = 0; i < 5000; ++i)
        quoted += u"line %1, with \"\"quotes\"\" and é\n"_s.arg(i);
    const QString unquoted(qsizetype(700) * 1024, u'x');
    const QByteArray data =
        (u"\"%1\",%2\n%2\n\"a\"\n"_s.arg(quoted, unquoted)).toUtf8() + QByteArray(100'000, '\n');

    const QList<CsvRecord> records = readRecords(data);
    REQUIRE(records.size() == 3);
    REQUIRE(records[0].fields ==
            QStringList{QString(quoted).replace(u"\"\""_s, u"\""_s), unquoted});
    REQUIRE(records[1].fields == QStringList{unquoted});
    REQUIRE(records[1].line == 5002);
    REQUIRE(records[2].fields == QStringList{u"a"_s});
    REQUIRE(records[2].line == 5003);
}

TEST_CASE("CsvReader reads a large generated file", "[csv]")
{
    constexpr int rows = 200'000;
    QByteArray data = "id,name,amount,note\r\n";
    for (int i = 0; i < rows; ++i) {
        data += QByteArray::number(i) + ",Kunde " + QByteArray::number(i * 7) + " \xC3\xA9," +
                QByteArray::number(i % 1000) + '.' + QByteArray::number(i % 90 + 10) + ',';
        if (i % 10 == 0)
            data += "\"multi\nline, \"\"" + QByteArray::number(i) + "\"\"\"\r\n";
        else
            data += "plain\r\n";
    }

    QBuffer device(&data);
    REQUIRE(device.open(QIODevice::ReadOnly));
    CsvReader reader(&device);
    CsvRecord record;
    REQUIRE(reader.next(record) == CsvReader::Status::Record);
    REQUIRE(record.fields == QStringList{u"id"_s, u"name"_s, u"amount"_s, u"note"_s});

    int line = 2;
    qint64 progress = reader.bytesRead();
    for (int i = 0; i < rows; ++i) {
        REQUIRE(reader.next(record) == CsvReader::Status::Record);
        REQUIRE(record.line == line);
        REQUIRE(record.fields.size() == 4);
        REQUIRE(record.fields[0] == QString::number(i));
        REQUIRE(record.fields[1] == u"Kunde %1 é"_s.arg(i * 7));
        REQUIRE(record.fields[2] == u"%1.%2"_s.arg(i % 1000).arg(i % 90 + 10));
        REQUIRE(record.fields[3] == (i % 10 == 0 ? u"multi\nline, \"%1\""_s.arg(i) : u"plain"_s));
        line += i % 10 == 0 ? 2 : 1;
        REQUIRE(reader.bytesRead() > progress);
        progress = reader.bytesRead();
    }
    REQUIRE(reader.next(record) == CsvReader::Status::End);
    REQUIRE(reader.bytesRead() == data.size());
}
