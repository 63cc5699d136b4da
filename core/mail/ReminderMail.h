#pragma once

#include <QDateTime>
#include <QString>

#include "domain/CompanyDetails.h"
#include "domain/Error.h"
#include "domain/ReminderNotice.h"
#include "letters/LetterComposer.h"
#include "mail/MailAddress.h"
#include "mail/MailMessage.h"

namespace ardesk {

// A reminder as an e-mail: the same letter the PDF run prints, once as the message's HTML and
// plain-text body and once as the attached PDF, so the customer can print the letter they
// would have received by post. Shared by the .eml drafts and the SMTP sending.
class ReminderMail {
public:
    // `templates`: the ledger's (LetterTemplateService), else the defaults.
    ReminderMail(CompanyDetails company, MailAddress from, LetterTemplates templates = {});

    // InvalidInput when the template is broken or the customer has no e-mail address; Io when
    // the PDF cannot be laid out. Needs a QGuiApplication (fonts), as the PDF does.
    Result<MailMessage> compose(const ReminderNotice& notice, const QDateTime& date);

    // "<customer code>-<yyyy-MM-dd>-<level>" for the .eml and the attached PDF. Any character
    // but ASCII letters, digits, "-" and "_" becomes "_": a customer code is free text, and
    // the name has to be valid on every file system and in a mail program's attachment list.
    static QString fileBaseName(const ReminderNotice& notice);

private:
    CompanyDetails m_company;
    MailAddress m_from;
    LetterComposer m_composer;
};

} // namespace ardesk
