#include "cashapp/BankFileReader.h"

#include <QFile>

#include "bank/BankFormatDetector.h"
#include "bank/CamtReader.h"
#include "bank/Mt940Reader.h"
#include "bank/OfxReader.h"

using namespace Qt::StringLiterals;

namespace ardesk {

Result<BankFile> BankFileReader::read(const QString& path, std::optional<BankFormat> format)
{
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly))
        return fail(ErrorCode::InvalidInput,
                    path + u": cannot read the file: "_s + input.errorString());
    const QByteArray content = input.readAll();
    if (input.error() != QFileDevice::NoError)
        return fail(ErrorCode::InvalidInput,
                    path + u": cannot read the file: "_s + input.errorString());
    if (!format) {
        const auto detected = BankFormatDetector(path).detect(content);
        if (!detected)
            return std::unexpected(detected.error());
        format = *detected;
    }
    Result<QList<BankStatement>> statements = fail(ErrorCode::InvalidInput, QString());
    switch (*format) {
    case BankFormat::Camt:
        statements = CamtReader(path).read(content);
        break;
    case BankFormat::Mt940:
        statements = Mt940Reader(path).read(content);
        break;
    case BankFormat::Ofx:
        statements = OfxReader(path).read(content);
        break;
    case BankFormat::Csv:
        return fail(ErrorCode::InvalidInput,
                    u"%1: %2 bank files cannot be imported yet; camt.053, camt.054 and MT940 "
                    "can"_s.arg(path, bankFormatName(*format)));
    }
    if (!statements)
        return std::unexpected(statements.error());
    return BankFile{.path = path, .format = *format, .statements = std::move(*statements)};
}

} // namespace ardesk
