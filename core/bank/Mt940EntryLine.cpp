#include "bank/Mt940EntryLine.h"

#include <array>

#include "bank/BankText.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isUpperLetter(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

bool isAlphanumeric(QChar c)
{
    return isDigit(c) || isUpperLetter(c) || (c >= u'a' && c <= u'z');
}

// Reads `count` ASCII digits at `from`; -1 when they are not all there.
int number(QStringView text, qsizetype from, qsizetype count)
{
    if (from < 0 || from + count > text.size())
        return -1;
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        if (!isDigit(text[i]))
            return -1;
        value = value * 10 + (text[i].unicode() - u'0');
    }
    return value;
}

// The entry date has no year: the one that puts it nearest the value date (a booking on
// December 31 of an entry valued January 2 belongs to the year before).
std::optional<QDate> entryDateNear(QDate valueDate, int month, int day)
{
    std::optional<QDate> best;
    for (const int year :
         std::array{valueDate.year() - 1, valueDate.year(), valueDate.year() + 1}) {
        const QDate candidate(year, month, day);
        if (candidate.isValid() &&
            (!best || qAbs(candidate.daysTo(valueDate)) < qAbs(best->daysTo(valueDate))))
            best = candidate;
    }
    return best;
}

std::unexpected<Mt940FieldError> failAt(qsizetype offset, QString expected)
{
    return std::unexpected(Mt940FieldError{offset, std::move(expected)});
}

} // namespace

std::optional<QDate> Mt940EntryLine::parseShortDate(QStringView yymmdd)
{
    const int yy = number(yymmdd, 0, 2);
    const int mm = number(yymmdd, 2, 2);
    const int dd = number(yymmdd, 4, 2);
    if (yy < 0 || mm < 0 || dd < 0)
        return std::nullopt;
    const QDate date(yy < 80 ? 2000 + yy : 1900 + yy, mm, dd);
    return date.isValid() ? std::optional(date) : std::nullopt;
}

std::expected<Mt940EntryLine, Mt940FieldError> Mt940EntryLine::parse(QStringView field,
                                                                     CurrencyCode currency)
{
    Mt940EntryLine line;
    const auto valueDate = parseShortDate(field.first(qMin<qsizetype>(6, field.size())));
    if (field.size() < 6 || !valueDate)
        return failAt(0, u"expected the value date as YYMMDD"_s);
    line.valueDate = *valueDate;
    line.bookingDate = *valueDate;
    qsizetype i = 6;

    const int month = number(field, i, 2);
    const int day = number(field, i + 2, 2);
    if (month >= 0 && day >= 0) {
        const auto entryDate = entryDateNear(*valueDate, month, day);
        if (!entryDate)
            return failAt(i, u"expected the entry date as MMDD"_s);
        line.bookingDate = *entryDate;
        i += 4;
    }

    // RD (reversal of a debit) puts money back in; RC (reversal of a credit) takes it out.
    const QStringView rest = field.sliced(i);
    if (rest.startsWith(u"RC") || rest.startsWith(u"RD")) {
        line.credit = rest[1] == u'D';
        i += 2;
    } else if (rest.startsWith(u'C') || rest.startsWith(u'D')) {
        line.credit = rest[0] == u'C';
        i += 1;
    } else {
        return failAt(i, u"expected the debit/credit mark C, D, RC or RD"_s);
    }
    // The funds code: the third letter of the currency code, given by some banks.
    if (i < field.size() && isUpperLetter(field[i]))
        ++i;

    const qsizetype amountStart = i;
    // A '.' is not MT940, but taking it into the amount names the whole wrong amount.
    while (i < field.size() && (isDigit(field[i]) || field[i] == u',' || field[i] == u'.'))
        ++i;
    const auto amount =
        BankText::decimalCommaAmount(field.sliced(amountStart, i - amountStart), currency);
    if (!amount)
        return failAt(amountStart, amount.error());
    line.amount = *amount;

    const bool typed = i + 4 <= field.size() &&
                       (field[i] == u'N' || field[i] == u'F' || field[i] == u'S') &&
                       isAlphanumeric(field[i + 1]) && isAlphanumeric(field[i + 2]) &&
                       isAlphanumeric(field[i + 3]);
    if (!typed)
        return failAt(i, u"expected the transaction type: N, F or S and a three-character "
                         u"code like NTRF"_s);
    i += 4;

    const QStringView references = field.sliced(i);
    const qsizetype slashes = references.indexOf(u"//");
    line.customerReference =
        (slashes < 0 ? references : references.first(slashes)).trimmed().toString();
    if (slashes >= 0)
        line.bankReference = references.sliced(slashes + 2).trimmed().toString();
    if (line.bankReference == u"NONREF")
        line.bankReference.clear();
    return line;
}

} // namespace ardesk
