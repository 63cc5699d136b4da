#pragma once

#include <QByteArray>

#include "domain/Error.h"
#include "mail/MailMessage.h"

namespace ardesk {

// Turns a MailMessage into the bytes of an Internet message (RFC 5322 + MIME, CRLF, 7-bit):
// multipart/mixed holding a multipart/alternative (text/plain + text/html, quoted-printable)
// and base64 attachments. The same bytes go to SMTP (dot-stuffed there) and to a .eml file.
class MimeWriter {
public:
    // A draft is saved for the user to open and send from a mail program: "X-Unsent: 1" makes
    // Outlook open it as a new message, Thunderbird ignores it.
    enum class Purpose { Send, Draft };

    // InvalidInput when an address is missing, not ASCII or not an addr-spec.
    static Result<QByteArray> write(const MailMessage& message, Purpose purpose = Purpose::Send);
};

} // namespace ardesk
