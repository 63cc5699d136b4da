// The text COPY sends to a server (storage/PostgresCopy): a value the format would read as
// something else (a tab ends a column, a line break a row, a backslash starts an escape, \N is
// NULL) must arrive as it was. The server tests load such values and compare them with a file
// ledger; these pin the encoding itself without a server.

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QString>
#include <QVariant>

#include "storage/PostgresCopy.h"

using namespace Qt::StringLiterals;
using namespace ardesk;

namespace {

QByteArray copyText(const QVariant& value)
{
    QByteArray out;
    PostgresCopy::appendText(out, value);
    return out;
}

} // namespace

TEST_CASE("COPY text escapes what would end a column or a row, and keeps the rest as it is",
          "[storage]")
{
    CHECK(copyText(u"plain text"_s) == "plain text");
    CHECK(copyText(u"a\tb\nc\rd\\e"_s) == "a\\tb\\nc\\rd\\\\e");
    CHECK(copyText(u"\\N"_s) == "\\\\N"); // the text, not NULL
    CHECK(copyText(u"Müller – 5 €"_s) == QByteArray("M\xc3\xbcller \xe2\x80\x93 5 \xe2\x82\xac"));
    CHECK(copyText(u""_s) == "");
}

TEST_CASE("COPY text writes NULL of any type as \\N, integers in decimal, flags as 0 and 1",
          "[storage]")
{
    CHECK(copyText(QVariant()) == "\\N");
    CHECK(copyText(QVariant(QMetaType::fromType<QString>())) == "\\N");
    CHECK(copyText(QVariant(QMetaType::fromType<qint64>())) == "\\N");
    CHECK(copyText(qint64{-9'223'372'036'854'775'807} - 1) == "-9223372036854775808");
    CHECK(copyText(qint64{1'234'567'890'123}) == "1234567890123");
    CHECK(copyText(42) == "42");
    CHECK(copyText(true) == "1");
    CHECK(copyText(false) == "0");
}

TEST_CASE("COPY text writes bytes as bytea's hex form, its backslash escaped", "[storage]")
{
    CHECK(copyText(QByteArray("\x00\xff"
                              "A",
                              3)) == "\\\\x00ff41");
}
