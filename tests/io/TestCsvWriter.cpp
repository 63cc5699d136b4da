#include <catch2/catch.hpp>

#include <random>
#include <string>

#include <QBuffer>
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"

using namespace Qt::StringLiterals;
using ardesk::CsvCell;
using ardesk::CsvReader;
using ardesk::CsvRecord;
using ardesk::CsvWriter;

namespace {

std::string written(const QList<CsvCell>& cells)
{
    QBuffer device;
    REQUIRE(device.open(QIODevice::WriteOnly));
    CsvWriter writer(&device);
    writer.writeRow(cells);
    REQUIRE_FALSE(writer.hasError());
    return device.data().toStdString();
}

} // namespace

TEST_CASE("CsvWriter quotes only cells that need it", "[csv]")
{
    const auto [cell, expected] = GENERATE(table<const char*, const char*>({
        {"plain", "plain\n"},
        {"two words", "two words\n"},
        {" padded ", " padded \n"},
        {"a;b\tc'd", "a;b\tc'd\n"},
        {"a,b", "\"a,b\"\n"},
        {"say \"hi\"", "\"say \"\"hi\"\"\"\n"},
        {"\"", "\"\"\"\"\n"},
        {"a\nb", "\"a\nb\"\n"},
        {"a\r\nb", "\"a\r\nb\"\n"},
        {"a\rb", "\"a\rb\"\n"},
        {"", "\"\"\n"},
    }));
    const QString text = QString::fromUtf8(cell);
    CAPTURE(cell);
    REQUIRE(written({CsvCell::value(text)}) == expected);
    REQUIRE(written({CsvCell::text(text)}) == expected);
}

TEST_CASE("CsvWriter separates cells and ends rows with LF", "[csv]")
{
    REQUIRE(written({CsvCell::text(u"a"_s), CsvCell::value(u"1.00"_s), CsvCell::text(u"c"_s)}) ==
            "a,1.00,c\n");
    REQUIRE(written({CsvCell::text(u""_s), CsvCell::text(u""_s)}) == ",\n");
    REQUIRE(written({CsvCell::text(u"x"_s), CsvCell::text(u""_s)}) == "x,\n");
    REQUIRE(written({CsvCell::text(u"a,b"_s), CsvCell::text(u"c"_s)}) == "\"a,b\",c\n");
    REQUIRE(written({}) == "\n");
}

TEST_CASE("CsvWriter writes UTF-8 without a BOM", "[csv]")
{
    REQUIRE(written({CsvCell::text(u"Müller"_s), CsvCell::text(u"€ 漢 😀"_s)}) ==
            "M\xC3\xBCller,\xE2\x82\xAC \xE6\xBC\xA2 \xF0\x9F\x98\x80\n");
}

TEST_CASE("CsvWriter neutralises formulas in text cells only", "[csv]")
{
    const auto [cell, neutralised, asText, asValue] =
        GENERATE(table<const char*, const char*, const char*, const char*>({
            {"=SUM(A1:A9)", "'=SUM(A1:A9)", "'=SUM(A1:A9)\n", "=SUM(A1:A9)\n"},
            {"+491234", "'+491234", "'+491234\n", "+491234\n"},
            {"-20.00", "'-20.00", "'-20.00\n", "-20.00\n"},
            {"@cmd", "'@cmd", "'@cmd\n", "@cmd\n"},
            {"=", "'=", "'=\n", "=\n"},
            {"a=b", "a=b", "a=b\n", "a=b\n"},
            {" =x", " =x", " =x\n", " =x\n"},
            {"'=x", "'=x", "'=x\n", "'=x\n"},
            {"=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")",
             "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\n",
             "\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\n"},
            {"-1,5", "'-1,5", "\"'-1,5\"\n", "\"-1,5\"\n"},
            {"+a\nb", "'+a\nb", "\"'+a\nb\"\n", "\"+a\nb\"\n"},
        }));
    const QString text = QString::fromUtf8(cell);
    CAPTURE(cell);
    REQUIRE(CsvWriter::neutralised(text) == QString::fromUtf8(neutralised));
    REQUIRE(written({CsvCell::text(text)}) == asText);
    REQUIRE(written({CsvCell::value(text)}) == asValue);
}

TEST_CASE("CsvWriter writes string lists as one kind of cell", "[csv]")
{
    QBuffer device;
    REQUIRE(device.open(QIODevice::WriteOnly));
    CsvWriter writer(&device);
    writer.writeRow(QStringList{u"customer_id"_s, u"-20.00"_s});
    writer.writeRow(QStringList{u"=1+1"_s, u"-20.00"_s}, CsvCell::Kind::Text);
    REQUIRE_FALSE(writer.hasError());
    REQUIRE(device.data() == "customer_id,-20.00\n'=1+1,'-20.00\n");
}

TEST_CASE("CsvWriter reports a failed write", "[csv]")
{
    // Like a full disk: accepts the first row's bytes, then nothing more.
    class FullDevice : public QIODevice {
    public:
        QByteArray data;

    protected:
        qint64 readData(char*, qint64) override { return -1; }
        qint64 writeData(const char* bytes, qint64 size) override
        {
            if (data.size() + size > 4)
                return -1;
            data.append(bytes, size);
            return size;
        }
    };

    FullDevice device;
    REQUIRE(device.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    CsvWriter writer(&device);
    writer.writeRow(QStringList{u"a"_s, u"b"_s});
    REQUIRE_FALSE(writer.hasError());
    writer.writeRow(QStringList{u"c"_s});
    REQUIRE(writer.hasError());
    writer.writeRow(QStringList{u""_s});
    REQUIRE(writer.hasError());
    REQUIRE(device.data == "a,b\n");
}

TEST_CASE("CsvWriter output reads back as written", "[csv]")
{
    const QStringList pieces{u"a"_s,  u"Z9"_s,   u" "_s, u","_s,  u"\""_s, u"\"\""_s, u"\r"_s,
                             u"\n"_s, u"\r\n"_s, u";"_s, u"\t"_s, u"é"_s,  u"€"_s,    u"漢字"_s,
                             u"😀"_s,  u"="_s,    u"-"_s, u"+"_s,  u"@"_s,  u"'"_s,    u"1.50"_s};
    std::mt19937 random(20240611);
    const auto below = [&](int n) { return static_cast<int>(random() % static_cast<unsigned>(n)); };

    QList<QList<CsvCell>> rows;
    for (int r = 0; r < 3000; ++r) {
        QList<CsvCell> row;
        const int cells = 1 + below(6);
        for (int c = 0; c < cells; ++c) {
            QString content;
            const int length = below(3) == 0 ? 0 : below(8);
            for (int p = 0; p < length; ++p)
                content += pieces.at(below(static_cast<int>(pieces.size())));
            row.append(below(2) == 0 ? CsvCell::text(content) : CsvCell::value(content));
        }
        rows.append(row);
    }

    QByteArray data;
    QBuffer out(&data);
    REQUIRE(out.open(QIODevice::WriteOnly));
    CsvWriter writer(&out);
    for (const QList<CsvCell>& row : std::as_const(rows))
        writer.writeRow(row);
    REQUIRE_FALSE(writer.hasError());
    out.close();

    QBuffer in(&data);
    REQUIRE(in.open(QIODevice::ReadOnly));
    CsvReader reader(&in);
    CsvRecord record;
    for (const QList<CsvCell>& row : std::as_const(rows)) {
        REQUIRE(reader.next(record) == CsvReader::Status::Record);
        QStringList expected;
        for (const CsvCell& cell : row) {
            expected.append(cell.kind == CsvCell::Kind::Text ? CsvWriter::neutralised(cell.content)
                                                             : cell.content);
        }
        REQUIRE(record.fields == expected);
    }
    REQUIRE(reader.next(record) == CsvReader::Status::End);
}
