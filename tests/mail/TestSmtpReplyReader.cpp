#include <catch2/catch.hpp>

#include "mail/SmtpReplyReader.h"

using namespace Qt::StringLiterals;
using namespace ardesk;

TEST_CASE("a multi-line reply is one reply, however its bytes arrive", "[mail][smtp]")
{
    SmtpReplyReader reader;
    SmtpReply reply;
    reader.append("250-mail.example\r\n250-AUTH PLA");
    CHECK(reader.next(reply) == SmtpReplyReader::Status::NeedMore);
    reader.append("IN LOGIN\r\n250 8BITMIME\r\n220 next");
    REQUIRE(reader.next(reply) == SmtpReplyReader::Status::Reply);
    CHECK(reply.code == 250);
    CHECK(reply.lines == QStringList{u"mail.example"_s, u"AUTH PLAIN LOGIN"_s, u"8BITMIME"_s});
    CHECK(reader.next(reply) == SmtpReplyReader::Status::NeedMore);
    CHECK(reader.hasPendingBytes());
}

TEST_CASE("a line that is no reply, or one too long, ends the reading", "[mail][smtp]")
{
    SmtpReplyReader reader;
    SmtpReply reply;
    reader.append("hello there\r\n");
    CHECK(reader.next(reply) == SmtpReplyReader::Status::Malformed);
    CHECK(reader.malformedLine() == u"hello there"_s);

    reader.clear();
    reader.append(QByteArray(5000, 'x'));
    CHECK(reader.next(reply) == SmtpReplyReader::Status::OverLong);
}
