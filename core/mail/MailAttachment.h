#pragma once

#include <QByteArray>
#include <QString>

namespace ardesk {

// A file sent along with a message, typically the reminder letter as PDF. Always base64 on the
// wire; a non-ASCII file name goes out as an RFC 2231 parameter.
struct MailAttachment {
    QString fileName;
    QByteArray mimeType = QByteArrayLiteral("application/pdf");
    QByteArray data;
};

} // namespace ardesk
