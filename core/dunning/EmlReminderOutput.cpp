#include "dunning/EmlReminderOutput.h"

#include <QDir>

#include "mail/EmlFile.h"

using namespace Qt::StringLiterals;

namespace ardesk {

EmlReminderOutput::EmlReminderOutput(ReminderMail& mail, QString directory, QDateTime date)
    : m_mail(mail)
    , m_directory(std::move(directory))
    , m_date(std::move(date))
{}

Result<void> EmlReminderOutput::deliver(const ReminderNotice& notice, const Accepted&)
{
    if (!QDir().mkpath(m_directory))
        return fail(ErrorCode::Io, u"%1: cannot create the folder"_s.arg(m_directory));
    const auto message = m_mail.compose(notice, m_date);
    if (!message)
        return std::unexpected(message.error());
    return EmlFile::save(QDir(m_directory).filePath(ReminderMail::fileBaseName(notice) + u".eml"_s),
                         *message);
}

} // namespace ardesk
