#include "imports/ImportFormat.h"

#include <array>
#include <utility>

namespace ardesk {

namespace {
const std::array<std::pair<ImportFormat, QStringView>, 4> names{{
    {ImportFormat::Native, u"native"},
    {ImportFormat::QuickBooks, u"quickbooks"},
    {ImportFormat::Xero, u"xero"},
    {ImportFormat::GnuCash, u"gnucash"},
}};
} // namespace

std::optional<ImportFormat> importFormatFromName(QStringView name)
{
    for (const auto& [format, text] : names) {
        if (text == name)
            return format;
    }
    return std::nullopt;
}

QString importFormatName(ImportFormat format)
{
    for (const auto& [candidate, text] : names) {
        if (candidate == format)
            return text.toString();
    }
    return {};
}

} // namespace ardesk
