#include "domain/IsoDate.h"

namespace ardesk::IsoDate {

namespace {

// Reads `count` ASCII digits (QChar::isDigit() would also take other scripts' digits).
bool readNumber(QStringView text, qsizetype from, qsizetype count, int& value)
{
    value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        value = value * 10 + (c - u'0');
    }
    return true;
}

void writeDigits(char* out, int count, int value)
{
    for (int i = count - 1; i >= 0; --i) {
        out[i] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
}

} // namespace

std::optional<QDate> parse(QStringView text)
{
    int year = 0;
    int month = 0;
    int day = 0;
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-' || !readNumber(text, 0, 4, year) ||
        !readNumber(text, 5, 2, month) || !readNumber(text, 8, 2, day))
        return std::nullopt;
    // QDate has no year 0, and its calendar checks reject month 13, February 29 in 2023 etc.
    if (!QDate::isValid(year, month, day))
        return std::nullopt;
    return QDate(year, month, day);
}

QString format(QDate date)
{
    if (!writable(date))
        return {};
    char buffer[10];
    writeDigits(buffer, 4, date.year());
    buffer[4] = '-';
    writeDigits(buffer + 5, 2, date.month());
    buffer[7] = '-';
    writeDigits(buffer + 8, 2, date.day());
    return QString::fromLatin1(buffer, 10);
}

bool writable(QDate date)
{
    // Years outside 1..9999 have no four-digit form, and parse() could not read them back.
    return date.isValid() && date.year() >= 1 && date.year() <= 9999;
}

} // namespace ardesk::IsoDate
