#pragma once

#include <QDateTime>
#include <QString>

#include "dunning/ReminderOutput.h"
#include "mail/ReminderMail.h"

namespace ardesk {

// Each e-mail reminder as an .eml draft in a folder (`reminders --eml-dir DIR`), named by
// ReminderMail::fileBaseName, for the user to open and send from their mail program. Each file
// is saved atomically, so a delivered notice is a complete file on disk.
class EmlReminderOutput final : public ReminderOutput {
public:
    // `mail` outlives this output; `date` is the messages' Date header.
    EmlReminderOutput(ReminderMail& mail, QString directory, QDateTime date);

    Result<void> deliver(const ReminderNotice& notice, const Accepted& accepted) override;

private:
    ReminderMail& m_mail;
    QString m_directory;
    QDateTime m_date;
};

} // namespace ardesk
