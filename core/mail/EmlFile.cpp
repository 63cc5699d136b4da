#include "mail/EmlFile.h"

#include <QSaveFile>

namespace ardesk {

Result<void> EmlFile::save(const QString& path, const MailMessage& message,
                           MimeWriter::Purpose purpose)
{
    const Result<QByteArray> content = MimeWriter::write(message, purpose);
    if (!content)
        return std::unexpected(content.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*content) != content->size() ||
        !file.commit())
        return fail(ErrorCode::Io, QStringLiteral("%1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace ardesk
