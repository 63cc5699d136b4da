#pragma once

#include <optional>

#include <QString>
#include <QStringView>

namespace ardesk {

// The bank file formats of `bank import --format`.
enum class BankFormat { Camt, Mt940, Ofx, Csv };

// "camt", "mt940", "ofx", "csv": the names the command line uses.
QString bankFormatName(BankFormat format);
std::optional<BankFormat> bankFormatFromName(QStringView name);

} // namespace ardesk
