#pragma once

#include <QDateTime>
#include <QString>

#include "dunning/ReminderOutput.h"
#include "mail/ReminderMail.h"
#include "mail/SmtpSettings.h"

namespace ardesk {

// Each e-mail reminder sent through an SMTP server (`reminders --send`), one connection per
// message. A notice is delivered once the server accepted the message (250 after DATA), the
// contract's "e-mail accepted by the server", and `accepted` is called right then, before QUIT.
// A refusal carries the server's reply ("535 5.7.8 Authentication failed"): Refused when the
// server turned the customer's address down, which leaves the next customers unaffected, else
// Io.
class SmtpReminderOutput final : public ReminderOutput {
public:
    // `mail` outlives this output; `date` is the messages' Date header.
    SmtpReminderOutput(ReminderMail& mail, SmtpSettings settings, QString password, QString sender,
                       QDateTime date);

    Result<void> deliver(const ReminderNotice& notice, const Accepted& accepted) override;

private:
    ReminderMail& m_mail;
    SmtpSettings m_settings;
    QString m_password;
    QString m_sender; // the envelope's MAIL FROM
    QDateTime m_date;
};

} // namespace ardesk
