#include "DemoCommand.h"

#include <limits>

#include "demo/DemoLedgerGenerator.h"
#include "domain/Clock.h"
#include "domain/IsoDate.h"

using namespace Qt::StringLiterals;

namespace ardesk::cli {

QString DemoCommand::name() const
{
    return u"demo"_s;
}

QString DemoCommand::summary() const
{
    return u"Create a new ledger filled with a made-up company's history."_s;
}

void DemoCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(
        {u"company"_s, u"The company's name."_s, u"NAME"_s, u"Brightwater Trading Ltd"_s});
    parser.addOption(
        {u"currency"_s, u"Home currency, an ISO 4217 code (default EUR)."_s, u"CODE"_s, u"EUR"_s});
    parser.addOption({u"customers"_s, u"Number of customers (default 40)."_s, u"N"_s, u"40"_s});
    parser.addOption({u"invoices"_s, u"Number of invoices (default 500)."_s, u"M"_s, u"500"_s});
    parser.addOption({u"payments"_s,
                      u"Number of payments to aim for (default: about one per paid invoice)."_s,
                      u"P"_s});
    parser.addOption({u"seed"_s,
                      u"Random seed; the same seed gives the same company (default 1)."_s, u"S"_s,
                      u"1"_s});
    parser.addOption(
        {u"today"_s, u"The last day of the history, YYYY-MM-DD (default: today)."_s, u"DATE"_s});
}

int DemoCommand::run(CliContext& context)
{
    QCommandLineParser& parser = context.parser();
    const QString company = parser.value(u"company"_s);
    if (company.isEmpty())
        return context.usageError(u"--company: expected a name"_s);
    const QString code = parser.value(u"currency"_s);
    const auto currency = CurrencyCode::fromCode(code);
    if (!currency) {
        return context.usageError(
            u"--currency: expected a current ISO 4217 code like EUR, got \"%1\""_s.arg(code));
    }

    constexpr qint64 maxCount = std::numeric_limits<int>::max();
    const auto customers = context.wholeNumber(u"customers"_s, 1, 10'000'000);
    if (!customers)
        return UsageError;
    const auto invoices = context.wholeNumber(u"invoices"_s, 0, 100'000'000);
    if (!invoices)
        return UsageError;
    const auto seed = context.wholeNumber(u"seed"_s, 0, std::numeric_limits<quint32>::max());
    if (!seed)
        return UsageError;
    DemoParameters parameters{.customers = static_cast<int>(*customers),
                              .invoices = static_cast<int>(*invoices),
                              .payments = std::nullopt,
                              .seed = static_cast<quint32>(*seed),
                              .today = Clock::today()};
    if (parser.isSet(u"payments"_s)) {
        const auto payments = context.wholeNumber(u"payments"_s, 0, maxCount);
        if (!payments)
            return UsageError;
        parameters.payments = static_cast<int>(*payments);
    }
    if (parser.isSet(u"today"_s)) {
        const auto today = context.requiredDate(u"today"_s);
        if (!today)
            return UsageError;
        parameters.today = *today;
    }

    const auto counts =
        DemoLedgerGenerator::buildLedger(context.ledgerPath(), company, *currency, parameters);
    if (!counts)
        return context.fail(counts.error());
    context.message(
        u"Created demo ledger %1 for %2 (%3), history up to %4: %5 customers, "
        "%6 invoices, %7 payments, %8 credit notes."_s
            .arg(context.ledgerPath(), company, currency->code(), IsoDate::format(parameters.today))
            .arg(counts->customers)
            .arg(counts->invoices)
            .arg(counts->payments)
            .arg(counts->creditNotes));
    return Success;
}

} // namespace ardesk::cli
