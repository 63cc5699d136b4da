#include "imports/ImportKind.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {
const std::array<std::pair<ImportKind, QStringView>, 4> names{{
    {ImportKind::Customers, u"customers"},
    {ImportKind::Invoices, u"invoices"},
    {ImportKind::Payments, u"payments"},
    {ImportKind::CreditNotes, u"credit-notes"},
}};
} // namespace

std::optional<ImportKind> importKindFromName(QStringView name)
{
    for (const auto& [kind, text] : names) {
        if (text == name)
            return kind;
    }
    return std::nullopt;
}

QString importKindName(ImportKind kind)
{
    for (const auto& [candidate, text] : names) {
        if (candidate == kind)
            return text.toString();
    }
    return {};
}

} // namespace ardesk
