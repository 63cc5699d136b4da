#include "domain/DocumentNumber.h"

namespace ardesk {

QString DocumentNumber::next(const QString& last)
{
    qsizetype start = last.size();
    while (start > 0 && last.at(start - 1) >= u'0' && last.at(start - 1) <= u'9')
        --start;
    if (start == last.size())
        return QString();
    // Counted up digit by digit from the end, so that a run longer than any integer still
    // works.
    QString digits = last.mid(start);
    qsizetype i = digits.size() - 1;
    for (; i >= 0; --i) {
        if (digits[i] != u'9') {
            digits[i] = QChar(digits[i].unicode() + 1);
            break;
        }
        digits[i] = u'0';
    }
    if (i < 0)
        digits.prepend(u'1');
    return last.left(start) + digits;
}

} // namespace ardesk
