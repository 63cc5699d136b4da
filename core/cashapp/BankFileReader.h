#pragma once

#include <optional>

#include <QString>

#include "bank/BankCsvProfile.h"
#include "bank/BankFormat.h"
#include "cashapp/BankFile.h"
#include "domain/Error.h"

namespace ardesk {

// Reads a bank file in the format given, or in the one its content shows (`format` empty:
// `bank import --format auto`). Problems are InvalidInput errors "file:line:column: what was
// expected"; nothing is half read. A CSV file needs the column profile of its bank: without
// one it is refused as a usage error (InvalidArgument), since no file could fix that.
class BankFileReader {
public:
    static Result<BankFile> read(const QString& path, std::optional<BankFormat> format,
                                 const std::optional<BankCsvProfile>& csvProfile = std::nullopt);
};

} // namespace ardesk
