#pragma once

#include <QString>

#include "domain/Error.h"
#include "mail/MailMessage.h"
#include "mail/MimeWriter.h"

namespace ardesk {

// "Save as .eml": the message exactly as MimeWriter builds it for sending (RFC 5322, CRLF), so
// Thunderbird, Outlook or Apple Mail open it; a draft carries "X-Unsent: 1".
class EmlFile {
public:
    // Written through QSaveFile: a failed save leaves an existing file as it was.
    static Result<void> save(const QString& path, const MailMessage& message,
                             MimeWriter::Purpose purpose = MimeWriter::Purpose::Draft);
};

} // namespace ardesk
