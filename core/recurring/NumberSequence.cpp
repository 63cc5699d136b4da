#include "recurring/NumberSequence.h"

namespace ardesk {

std::optional<NumberSequence> NumberSequence::named(const QString& number)
{
    qsizetype start = number.size();
    while (start > 0 && number.at(start - 1) >= u'0' && number.at(start - 1) <= u'9')
        --start;
    if (start == number.size())
        return std::nullopt;
    bool whole = false;
    const qint64 first = number.mid(start).toLongLong(&whole);
    if (!whole)
        return std::nullopt;
    return NumberSequence(number.left(start), static_cast<int>(number.size() - start), first);
}

NumberSequence::NumberSequence(QString stem, int width, qint64 first)
    : m_stem(std::move(stem))
    , m_width(width)
    , m_first(first)
{}

QString NumberSequence::number(qint64 counter) const
{
    return m_stem + QString::number(counter).rightJustified(m_width, u'0');
}

} // namespace ardesk
