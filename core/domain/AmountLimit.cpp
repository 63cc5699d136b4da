#include "domain/AmountLimit.h"

#include <optional>

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

Result<void> AmountLimit::countIn(AmountLimit* running,
                                  const std::function<Result<Int128>()>& stored, qint64 minor,
                                  CurrencyCode currency, const QString& documents)
{
    std::optional<AmountLimit> own;
    if (!running) {
        const auto total = stored();
        if (!total)
            return std::unexpected(total.error());
        running = &own.emplace(*total);
    }
    if (!running->add(minor))
        return fail(ErrorCode::InvalidInput, problem(documents, currency));
    return {};
}

} // namespace ardesk
