#include "domain/AmountLimit.h"

#include "domain/Money.h"

using namespace Qt::StringLiterals;

namespace ardesk {

bool AmountLimit::add(qint64 minor)
{
    const Int128 total = m_total + Int128(minor);
    if (total > Int128(totalMinor))
        return false;
    m_total = total;
    return true;
}

QString AmountLimit::problem(const QString& documents, CurrencyCode currency)
{
    return u"amount too large: the ledger's %1 would total more than %2"_s.arg(
        documents, Money(totalMinor, currency).toPlainString());
}

} // namespace ardesk
