#include "bank/BankFormat.h"

#include <array>

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

constexpr std::array kFormats{BankFormat::Camt, BankFormat::Mt940, BankFormat::Ofx,
                              BankFormat::Csv};

} // namespace

QString bankFormatName(BankFormat format)
{
    switch (format) {
    case BankFormat::Camt:
        return u"camt"_s;
    case BankFormat::Mt940:
        return u"mt940"_s;
    case BankFormat::Ofx:
        return u"ofx"_s;
    case BankFormat::Csv:
        return u"csv"_s;
    }
    return {};
}

std::optional<BankFormat> bankFormatFromName(QStringView name)
{
    for (const BankFormat format : kFormats) {
        if (name == bankFormatName(format))
            return format;
    }
    return std::nullopt;
}

} // namespace ardesk
