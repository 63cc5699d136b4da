#include "InitCommand.h"

#include "ledger/LedgerCreator.h"

using namespace Qt::StringLiterals;

namespace ardesk::cli {

QString InitCommand::name() const
{
    return u"init"_s;
}

QString InitCommand::summary() const
{
    return u"Create a new ledger (never overwrites an existing file)."_s;
}

void InitCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({u"company"_s, u"The company's name."_s, u"NAME"_s});
    parser.addOption(
        {u"currency"_s, u"Home currency, an ISO 4217 code (default EUR)."_s, u"CODE"_s, u"EUR"_s});
}

int InitCommand::run(CliContext& context)
{
    QCommandLineParser& parser = context.parser();
    if (!parser.isSet(u"company"_s) || parser.value(u"company"_s).isEmpty())
        return context.usageError(u"--company NAME is required"_s);
    const QString code = parser.value(u"currency"_s);
    const auto currency = CurrencyCode::fromCode(code);
    if (!currency) {
        return context.usageError(
            u"--currency: expected a current ISO 4217 code like EUR, got \"%1\""_s.arg(code));
    }
    const auto ledger =
        LedgerCreator::create(context.ledgerPath(), parser.value(u"company"_s), *currency);
    if (!ledger)
        return context.fail(ledger.error());
    context.message(u"Created ledger %1 for %2 (%3)."_s.arg(
        context.ledgerPath(), parser.value(u"company"_s), currency->code()));
    return Success;
}

} // namespace ardesk::cli
