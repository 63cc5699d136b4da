// SmtpReplyReader on arbitrary server bytes, delivered in pieces the way a socket may hand
// them over: the first byte sets the size of the pieces, the rest is what the server sent.
// Replies are taken after each piece until the reader needs more, as SmtpClient does, and the
// reading stops where the client would drop the session.

#include <cstdint>

#include <QByteArray>

#include "FuzzCheck.h"
#include "mail/SmtpReplyReader.h"

using namespace ardesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const qsizetype step = 1 + data[0] % 64;
    const QByteArray bytes(reinterpret_cast<const char*>(data) + 1,
                           static_cast<qsizetype>(size) - 1);
    SmtpReplyReader reader;
    SmtpReply reply;
    for (qsizetype at = 0; at < bytes.size(); at += step) {
        reader.append(bytes.mid(at, step));
        for (;;) {
            const SmtpReplyReader::Status status = reader.next(reply);
            if (status == SmtpReplyReader::Status::NeedMore)
                break;
            if (status != SmtpReplyReader::Status::Reply) {
                fuzz::check(status == SmtpReplyReader::Status::OverLong ||
                                !reader.malformedLine().isNull(),
                            "a malformed reply keeps its line");
                return 0;
            }
            fuzz::check(reply.code >= 200 && reply.code <= 599, "a reply has a valid code");
            fuzz::check(!reply.lines.isEmpty() && reply.lines.size() <= 100,
                        "a reply has one line at least and a bounded number of them");
        }
    }
    return 0;
}
