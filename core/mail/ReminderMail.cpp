#include "mail/ReminderMail.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTextDocumentFragment>

#include "letters/LetterPdfWriter.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// The templates open with the letter's subject line (<p class="subject">, in the customer's
// language); the e-mail reuses it so the subject and the letter never disagree.
QString subjectOf(const QString& bodyHtml, const QString& fallback)
{
    static const QRegularExpression subject(uR"(<p\s+class="subject"\s*>(.*?)</p>)"_s,
                                            QRegularExpression::DotMatchesEverythingOption |
                                                QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = subject.match(bodyHtml);
    if (!match.hasMatch())
        return fallback;
    return QTextDocumentFragment::fromHtml(match.captured(1)).toPlainText().simplified();
}

Result<QByteArray> letterPdf(const CompanyDetails& company, const Letter& letter)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, u"cannot lay out the reminder's PDF"_s);
    LetterPdfWriter writer(company);
    Result<void> written = writer.open(&buffer);
    if (written)
        written = writer.add(letter);
    if (written)
        written = writer.finish();
    if (!written)
        return std::unexpected(written.error());
    return bytes;
}

} // namespace

ReminderMail::ReminderMail(CompanyDetails company, MailAddress from, LetterTemplates templates)
    : m_company(company)
    , m_from(std::move(from))
    , m_composer(std::move(company), std::move(templates))
{}

QString ReminderMail::fileBaseName(const ReminderNotice& notice)
{
    static const QRegularExpression unsafe(u"[^A-Za-z0-9_-]"_s);
    QString code = notice.customerCode;
    code.replace(unsafe, u"_"_s);
    return u"%1-%2-%3"_s.arg(code, notice.asOf.toString(Qt::ISODate),
                             QString::number(notice.level.level));
}

Result<MailMessage> ReminderMail::compose(const ReminderNotice& notice, const QDateTime& date)
{
    if (notice.customerEmail.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, u"%1 (%2) has no e-mail address"_s.arg(
                                                 notice.customerName, notice.customerCode));
    const auto letter = m_composer.reminder(notice);
    if (!letter)
        return std::unexpected(letter.error());
    const auto pdf = letterPdf(m_company, *letter);
    if (!pdf)
        return std::unexpected(pdf.error());
    // The plain-text part as Markdown: its items table keeps rows and columns, where plain
    // text would put every cell on a line of its own.
    QTextDocument body;
    body.setHtml(letter->bodyHtml);
    return MailMessage{
        .from = m_from,
        .to = {MailAddress{.displayName = notice.customerName,
                           .address = notice.customerEmail.trimmed()}},
        .cc = {},
        .subject = subjectOf(letter->bodyHtml, notice.level.name),
        .date = date,
        .text = body.toMarkdown(QTextDocument::MarkdownNoHTML),
        .html = letter->bodyHtml,
        .attachments = {MailAttachment{.fileName = fileBaseName(notice) + u".pdf"_s,
                                       .mimeType = QByteArrayLiteral("application/pdf"),
                                       .data = *pdf}}};
}

} // namespace ardesk
