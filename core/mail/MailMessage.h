#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "mail/MailAddress.h"
#include "mail/MailAttachment.h"

namespace ardesk {

// What an e-mail says, before MIME encoding (MimeWriter) and sending (SmtpClient). The date is
// set by the caller (an injected clock in tests); an empty html sends text/plain alone.
struct MailMessage {
    MailAddress from;
    QList<MailAddress> to;
    QList<MailAddress> cc;
    QString subject;
    QDateTime date;
    QString text;
    QString html;
    QList<MailAttachment> attachments;

    // Every address the message goes to, for the SMTP envelope (RCPT TO).
    QStringList recipientAddresses() const
    {
        QStringList addresses;
        for (const MailAddress& recipient : to)
            addresses.append(recipient.address);
        for (const MailAddress& recipient : cc)
            addresses.append(recipient.address);
        return addresses;
    }
};

} // namespace ardesk
