#include "mail/SmtpReplyReader.h"

#include <utility>

namespace ardesk {

namespace {

// What one reply may take, so a hostile or broken server cannot make us buffer without end
// (endless "220-" continuation lines). RFC 5321 4.5.3.1.5 allows 512 octets per line; real
// servers stay far below these, which are lenient on purpose.
constexpr qsizetype MaxReplyLine = 4 * 1024; // CRLF included
constexpr qsizetype MaxReplyLines = 100;
constexpr qsizetype MaxReplyBytes = 64 * 1024;

} // namespace

SmtpReplyReader::Status SmtpReplyReader::next(SmtpReply& reply)
{
    qsizetype end = 0;
    while ((end = m_buffer.indexOf("\r\n")) >= 0) {
        m_bytes += end + 2;
        if (end + 2 > MaxReplyLine || m_lines.size() >= MaxReplyLines || m_bytes > MaxReplyBytes)
            return Status::OverLong;
        const QString line = QString::fromUtf8(m_buffer.first(end));
        m_buffer.remove(0, end + 2);
        bool numeric = false;
        const int code = line.left(3).toInt(&numeric);
        if (!numeric || code < 200 || code > 599 ||
            (line.size() > 3 && line[3] != u' ' && line[3] != u'-')) {
            m_malformedLine = line.left(80);
            return Status::Malformed;
        }
        m_lines.append(line.mid(4));
        if (line.size() > 3 && line[3] == u'-')
            continue;
        reply.code = code;
        reply.lines = std::exchange(m_lines, {});
        m_bytes = 0;
        return Status::Reply;
    }
    return m_buffer.size() > MaxReplyLine ? Status::OverLong : Status::NeedMore;
}

void SmtpReplyReader::clear()
{
    m_buffer.clear();
    m_lines.clear();
    m_bytes = 0;
    m_malformedLine.clear();
}

} // namespace ardesk
