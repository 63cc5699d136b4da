#include "domain/Mod97.h"

namespace ardesk {

std::optional<int> mod97(QStringView text)
{
    int remainder = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9') {
            remainder = (remainder * 10 + (u - u'0')) % 97;
        } else if (u >= u'A' && u <= u'Z') {
            remainder = (remainder * 100 + (u - u'A' + 10)) % 97;
        } else {
            return std::nullopt;
        }
    }
    return remainder;
}

} // namespace ardesk
