#include "CustomerCommand.h"

#include "LedgerCustomer.h"
#include "domain/IsoDate.h"
#include "ledger/CustomerService.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace ardesk::cli {

QString CustomerCommand::name() const
{
    return u"customer"_s;
}

QString CustomerCommand::summary() const
{
    return u"Customers: put one on hold (no reminders), release it."_s;
}

void CustomerCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(u"ACTION"_s, u"hold or release."_s);
    parser.addOption({u"customer"_s, u"The customer's id."_s, u"ID"_s});
    parser.addOption({u"reason"_s, u"Why, for the activity log."_s, u"TEXT"_s});
    parser.addOption(
        {u"date"_s, u"The date of the activity log's note (default today)."_s, u"DATE"_s});
}

int CustomerCommand::run(CliContext& context)
{
    const QStringList arguments = context.parser().positionalArguments();
    const QString action = arguments.value(0);
    if (arguments.size() == 1 && action == u"hold"_s)
        return setHold(context, true);
    if (arguments.size() == 1 && action == u"release"_s)
        return setHold(context, false);
    return context.usageError(u"expected customer hold | customer release"_s);
}

int CustomerCommand::setHold(CliContext& context, bool onHold)
{
    const auto date = context.dateOrToday(u"date"_s);
    if (!date)
        return UsageError;
    int exitCode = Success;
    const auto target = LedgerCustomer::open(context, exitCode);
    if (!target)
        return exitCode;
    CustomerService service(*target->ledger);
    const QString reason = context.parser().value(u"reason"_s);
    const auto changed = onHold ? service.putOnHold(target->customer.id, *date, reason)
                                : service.release(target->customer.id, *date, reason);
    if (!changed)
        return context.fail(changed.error());
    const QString who = u"%1 (%2)"_s.arg(target->customer.name, target->customer.code);
    // The hold is no dated state: a run for any date leaves the customer out while it lasts.
    context.message(
        onHold ? u"Put %1 on hold; no reminders go out to it until it is released."_s.arg(who)
               : u"Released %1 from hold; reminders may go out to it again."_s.arg(who));
    return Success;
}

} // namespace ardesk::cli
