#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ardesk {

// One complete server reply: "250-first\r\n250 last\r\n" is code 250 with the lines "first"
// and "last" (the text after each code and its separator).
struct SmtpReply {
    int code = 0;
    QStringList lines;
};

// Cuts the bytes an SMTP server sends into replies (RFC 5321 4.2): CRLF-ended lines of a
// three-digit code from 200 to 599, then '-' while more lines follow, or ' ' (or nothing) on
// the last. Bytes arrive as the socket delivers them, so a reply may come in pieces or several
// in one read. A hostile or broken server cannot make it buffer without end.
class SmtpReplyReader {
public:
    enum class Status {
        Reply,     // `reply` holds the next complete reply
        NeedMore,  // the bytes so far end inside a reply
        Malformed, // a line that is not an SMTP reply: malformedLine() has it
        OverLong,  // a line, or a reply, beyond what any real server sends
    };

    void append(const QByteArray& bytes) { m_buffer += bytes; }
    // After Malformed or OverLong the session is beyond repair: the caller drops it.
    Status next(SmtpReply& reply);
    // The bad line of the last Malformed, cut to a length fit for a message.
    const QString& malformedLine() const { return m_malformedLine; }
    // Bytes read after the last complete line: after "220 Ready to start TLS" there must be
    // none (see SmtpClient).
    bool hasPendingBytes() const { return !m_buffer.isEmpty(); }
    void clear();

private:
    QByteArray m_buffer;
    QStringList m_lines;   // lines of a multi-line reply read so far
    qsizetype m_bytes = 0; // their size on the wire
    QString m_malformedLine;
};

} // namespace ardesk
