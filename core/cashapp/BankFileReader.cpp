#include "cashapp/BankFileReader.h"

#include <QFile>

#include "bank/BankCsvReader.h"
#include "bank/BankFormatDetector.h"
#include "bank/CamtReader.h"
#include "bank/Mt940Reader.h"
#include "bank/OfxReader.h"

using namespace Qt::StringLiterals;

namespace ardesk {

Result<BankFile> BankFileReader::read(const QString& path, std::optional<BankFormat> format,
                                      const std::optional<BankCsvProfile>& csvProfile)
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
        if (!csvProfile)
            return fail(ErrorCode::InvalidArgument,
                        u"%1: a bank CSV file is read with its bank's column profile; name a "
                        "--csv-profile"_s.arg(path));
        statements = BankCsvReader(path, *csvProfile).read(content);
        break;
    }
    if (!statements)
        return std::unexpected(statements.error());
    return BankFile{.path = path, .format = *format, .statements = std::move(*statements)};
}

} // namespace ardesk
