#pragma once

#include <QString>

namespace ardesk {

// One mailbox: "Müller & Söhne <accounts@mueller.example>". The address itself must be ASCII
// (no SMTPUTF8); the display name may be any Unicode text and is RFC 2047 encoded on output.
struct MailAddress {
    QString displayName;
    QString address;
};

} // namespace ardesk
