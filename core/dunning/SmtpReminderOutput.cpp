#include "dunning/SmtpReminderOutput.h"

#include "mail/MimeWriter.h"
#include "mail/SmtpClient.h"

using namespace Qt::StringLiterals;

namespace ardesk {

SmtpReminderOutput::SmtpReminderOutput(ReminderMail& mail, SmtpSettings settings, QString password,
                                       QString sender, QDateTime date)
    : m_mail(mail)
    , m_settings(std::move(settings))
    , m_password(std::move(password))
    , m_sender(std::move(sender))
    , m_date(std::move(date))
{}

Result<void> SmtpReminderOutput::deliver(const ReminderNotice& notice, const Accepted& accepted)
{
    const auto message = m_mail.compose(notice, m_date);
    if (!message)
        return std::unexpected(message.error());
    const auto bytes = MimeWriter::write(*message);
    if (!bytes)
        return std::unexpected(bytes.error());
    const auto sent = SmtpClient::sendBlocking(m_settings, m_password, m_sender,
                                               message->recipientAddresses(), *bytes, accepted);
    if (!sent) {
        // A refused address is this customer's problem only; anything else (login, TLS, the
        // connection, the server going away) would fail every customer after it just the same.
        const bool recipient = sent.error().kind == SmtpError::Kind::Recipient;
        return fail(recipient ? ErrorCode::Refused : ErrorCode::Io,
                    u"%1 (%2): %3:%4 did not take the reminder: %5"_s.arg(
                        notice.customerName, notice.customerEmail, m_settings.host,
                        QString::number(m_settings.port), sent.error().toString()));
    }
    return {};
}

} // namespace ardesk
