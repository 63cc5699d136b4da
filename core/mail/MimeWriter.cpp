#include "mail/MimeWriter.h"

#include <QRegularExpression>
#include <QUuid>

#include "mail/MimeEncoding.h"

namespace ardesk {

namespace {

const QByteArray Crlf = QByteArrayLiteral("\r\n");

// A practical addr-spec check: ASCII, one "@", no spaces or angle brackets. Anything stricter
// belongs to the server, which answers RCPT TO with a clear code.
bool isAddress(const QString& address)
{
    static const QRegularExpression pattern(QStringLiteral("^[!-;=?-~]+@[A-Za-z0-9.\\-\\[\\]:]+$"));
    return pattern.match(address).hasMatch() && address.count(u'@') == 1;
}

QByteArray mailbox(const MailAddress& address)
{
    return "<" + address.address.toLatin1() + ">";
}

QByteArray addressHeader(const QByteArray& name, const QList<MailAddress>& addresses)
{
    QList<QByteArray> tokens;
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        const MailAddress& address = addresses[i];
        const QString displayName = mime::headerText(address.displayName).trimmed();
        if (!displayName.isEmpty())
            tokens += mime::phraseTokens(displayName);
        tokens.append(mailbox(address) + (i + 1 < addresses.size() ? "," : ""));
    }
    return mime::foldedHeader(name, tokens);
}

// "=_" never occurs in quoted-printable or base64 output, so the boundary cannot appear in a body.
QByteArray newBoundary()
{
    return "=_ardesk_" + QUuid::createUuid().toByteArray(QUuid::Id128);
}

QByteArray textPart(const QByteArray& subtype, const QString& text)
{
    return "Content-Type: text/" + subtype + "; charset=utf-8\r\n" +
           "Content-Transfer-Encoding: quoted-printable\r\n\r\n" + mime::quotedPrintable(text);
}

QByteArray multipart(const QByteArray& subtype, const QList<QByteArray>& parts)
{
    const QByteArray boundary = newBoundary();
    QByteArray out = "Content-Type: multipart/" + subtype + ";\r\n boundary=\"" + boundary +
                     "\"\r\n\r\nThis is a multi-part message in MIME format.\r\n";
    for (const QByteArray& part : parts)
        out += "\r\n--" + boundary + Crlf + part;
    return out + "\r\n--" + boundary + "--\r\n";
}

QByteArray parameterHeader(const QByteArray& nameAndValue, const QByteArray& parameter,
                           const QString& value)
{
    QByteArray out = nameAndValue;
    for (const QByteArray& section : mime::parameterSections(parameter, value))
        out += ";\r\n " + section;
    return out + Crlf;
}

QByteArray attachmentPart(const MailAttachment& attachment)
{
    return parameterHeader("Content-Type: " + attachment.mimeType, "name", attachment.fileName) +
           parameterHeader("Content-Disposition: attachment", "filename", attachment.fileName) +
           "Content-Transfer-Encoding: base64\r\n\r\n" + mime::base64Lines(attachment.data);
}

QByteArray body(const MailMessage& message)
{
    QByteArray text = textPart("plain", message.text);
    if (!message.html.isEmpty())
        text = multipart("alternative", {text, textPart("html", message.html)});
    if (message.attachments.isEmpty())
        return text;
    QList<QByteArray> parts{text};
    for (const MailAttachment& attachment : message.attachments)
        parts.append(attachmentPart(attachment));
    return multipart("mixed", parts);
}

} // namespace

Result<QByteArray> MimeWriter::write(const MailMessage& message, Purpose purpose)
{
    if (!isAddress(message.from.address))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("not a sender address: \"%1\"").arg(message.from.address));
    if (message.to.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("the message has no recipient"));
    for (const QString& recipient : message.recipientAddresses()) {
        if (!isAddress(recipient))
            return fail(ErrorCode::InvalidInput,
                        QStringLiteral("not a recipient address: \"%1\"").arg(recipient));
    }
    if (!message.date.isValid())
        return fail(ErrorCode::InvalidInput, QStringLiteral("the message has no date"));

    const QByteArray domain = message.from.address.section(u'@', 1).toLatin1();
    QByteArray out = "Date: " + mime::rfc5322Date(message.date) + Crlf;
    out += addressHeader("From", {message.from});
    out += addressHeader("To", message.to);
    if (!message.cc.isEmpty())
        out += addressHeader("Cc", message.cc);
    out += mime::foldedHeader("Subject",
                              mime::unstructuredTokens(message.subject, 76 - 9 /* "Subject: " */));
    out += "Message-ID: <" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + '@' + domain +
           ">\r\n";
    out += "MIME-Version: 1.0\r\n";
    if (purpose == Purpose::Draft)
        out += "X-Unsent: 1\r\n";
    return out + body(message);
}

} // namespace ardesk
