#include "domain/BankLine.h"

using namespace Qt::StringLiterals;

namespace ardesk {

QString bankLineStatusName(BankLineStatus status)
{
    switch (status) {
    case BankLineStatus::Open:
        return u"open"_s;
    case BankLineStatus::Posted:
        return u"posted"_s;
    case BankLineStatus::Ignored:
        return u"ignored"_s;
    }
    return {};
}

std::optional<BankLineStatus> bankLineStatusFromName(QStringView name)
{
    for (BankLineStatus status :
         {BankLineStatus::Open, BankLineStatus::Posted, BankLineStatus::Ignored}) {
        if (name == bankLineStatusName(status))
            return status;
    }
    return std::nullopt;
}

} // namespace ardesk
