#include "PlanCommand.h"

#include <QTextStream>

#include "domain/Clock.h"
#include "exports/PlanCsvExporter.h"
#include "plans/PlanService.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace ardesk::cli {

namespace {

std::optional<PlanId> planId(CliContext& context, const QString& text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value <= 0 || text.startsWith(u'+')) {
        context.usageError(u"expected a plan id (a whole number), got \"%1\""_s.arg(text));
        return std::nullopt;
    }
    return PlanId{value};
}

} // namespace

QString PlanCommand::name() const
{
    return u"plan"_s;
}

QString PlanCommand::summary() const
{
    return u"Installment plans: create, show, list, reschedule, cancel."_s;
}

void PlanCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(u"ACTION"_s, u"create, show, list, reschedule or cancel."_s);
    parser.addPositionalArgument(u"ID"_s, u"The plan (show, reschedule, cancel)."_s, u"[ID]"_s);
    parser.addOption({u"customer"_s, u"create: the customer."_s, u"ID"_s});
    parser.addOption({u"invoices"_s, u"create: the invoices to cover."_s, u"N1,N2"_s});
    parser.addOption({u"all-open"_s, u"create: cover every open invoice of the customer."_s});
    parser.addOption({u"installments"_s, u"Number of installments."_s, u"K"_s});
    parser.addOption({u"frequency"_s, u"weekly, biweekly or monthly."_s, u"F"_s});
    parser.addOption({u"first-due"_s, u"Due date of the first installment."_s, u"DATE"_s});
    parser.addOption({u"down-payment"_s, u"Due on the plan's date."_s, u"A"_s});
    parser.addOption({u"fee"_s, u"Set-up fee added to the plan."_s, u"A"_s});
    parser.addOption({u"annual-rate"_s, u"Annual interest in percent."_s, u"PCT"_s});
    parser.addOption(
        {u"date"_s, u"The plan's (or the change's) date; default today."_s, u"DATE"_s});
    parser.addOption({u"as-of"_s, u"show, list: state as of this date."_s, u"DATE"_s});
}

std::optional<PlanScheduleRequest> PlanCommand::scheduleOptions(CliContext& context) const
{
    QCommandLineParser& parser = context.parser();
    PlanScheduleRequest request;
    request.date = Clock::today();
    if (parser.isSet(u"date"_s)) {
        const auto date = context.requiredDate(u"date"_s);
        if (!date)
            return std::nullopt;
        request.date = *date;
    }
    const QString count = parser.value(u"installments"_s);
    bool ok = false;
    request.installments = count.toInt(&ok);
    if (!ok || request.installments < 1 || count.startsWith(u'+')) {
        context.usageError(u"--installments K: expected a whole number of at least 1"_s);
        return std::nullopt;
    }
    const auto frequency = planFrequencyFromName(parser.value(u"frequency"_s));
    if (!frequency) {
        context.usageError(u"--frequency: expected weekly, biweekly or monthly"_s);
        return std::nullopt;
    }
    request.frequency = *frequency;
    const auto firstDue = context.requiredDate(u"first-due"_s);
    if (!firstDue)
        return std::nullopt;
    request.firstDue = *firstDue;
    request.downPayment = parser.value(u"down-payment"_s);
    request.fee = parser.value(u"fee"_s);
    request.annualRate = parser.value(u"annual-rate"_s);
    return request;
}

int PlanCommand::run(CliContext& context)
{
    const QStringList arguments = context.parser().positionalArguments();
    const QString action = arguments.value(0);
    const bool needsId = action == u"show"_s || action == u"reschedule"_s || action == u"cancel"_s;
    const int expected = needsId ? 2 : 1;
    if (arguments.size() != expected ||
        !(needsId || action == u"create"_s || action == u"list"_s)) {
        return context.usageError(
            u"expected plan create | plan show ID | plan list | plan reschedule ID | "
            "plan cancel ID"_s);
    }
    if (action == u"create"_s)
        return create(context);
    if (action == u"list"_s)
        return list(context);
    if (action == u"show"_s)
        return show(context, arguments.at(1));
    if (action == u"reschedule"_s)
        return reschedule(context, arguments.at(1));
    return cancel(context, arguments.at(1));
}

int PlanCommand::create(CliContext& context)
{
    QCommandLineParser& parser = context.parser();
    PlanRequest request;
    request.customerCode = parser.value(u"customer"_s);
    if (request.customerCode.isEmpty())
        return context.usageError(u"--customer ID is required"_s);
    request.allOpen = parser.isSet(u"all-open"_s);
    if (request.allOpen == parser.isSet(u"invoices"_s))
        return context.usageError(u"give either --invoices N1,N2 or --all-open"_s);
    if (!request.allOpen) {
        request.invoiceNumbers = parser.value(u"invoices"_s).split(u',');
        if (request.invoiceNumbers.contains(QString()))
            return context.usageError(u"--invoices: expected invoice numbers like N1,N2"_s);
    }
    const auto schedule = scheduleOptions(context);
    if (!schedule)
        return UsageError;
    request.schedule = *schedule;

    const auto ledger = context.openLedger();
    if (!ledger)
        return context.fail(ledger.error());
    const auto plan = PlanService(**ledger).create(request);
    if (!plan)
        return context.fail(plan.error());
    return context.writeOutput([&](QIODevice* device) {
        device->write(QByteArray::number(plan->plan.id.value) + '\n');
        return PlanCsvExporter::writeSchedule(*plan, device);
    });
}

int PlanCommand::show(CliContext& context, const QString& id)
{
    const auto plan = planId(context, id);
    if (!plan)
        return UsageError;
    const auto asOf = context.requiredDate(u"as-of"_s);
    if (!asOf)
        return UsageError;
    const auto ledger = context.openLedger();
    if (!ledger)
        return context.fail(ledger.error());
    const auto view = PlanService(**ledger).show(*plan, *asOf);
    if (!view)
        return context.fail(view.error());
    return context.writeOutput(
        [&](QIODevice* device) { return PlanCsvExporter::writeSchedule(*view, device); });
}

int PlanCommand::list(CliContext& context)
{
    const auto asOf = context.requiredDate(u"as-of"_s);
    if (!asOf)
        return UsageError;
    const auto ledger = context.openLedger();
    if (!ledger)
        return context.fail(ledger.error());
    const auto plans = PlanService(**ledger).list(*asOf);
    if (!plans)
        return context.fail(plans.error());
    return context.writeOutput(
        [&](QIODevice* device) { return PlanCsvExporter::writeList(*plans, device); });
}

int PlanCommand::reschedule(CliContext& context, const QString& id)
{
    const auto plan = planId(context, id);
    if (!plan)
        return UsageError;
    const auto schedule = scheduleOptions(context);
    if (!schedule)
        return UsageError;
    const auto ledger = context.openLedger();
    if (!ledger)
        return context.fail(ledger.error());
    const auto view = PlanService(**ledger).reschedule(*plan, *schedule);
    if (!view)
        return context.fail(view.error());
    return context.writeOutput([&](QIODevice* device) {
        device->write(QByteArray::number(view->plan.id.value) + '\n');
        return PlanCsvExporter::writeSchedule(*view, device);
    });
}

int PlanCommand::cancel(CliContext& context, const QString& id)
{
    const auto plan = planId(context, id);
    if (!plan)
        return UsageError;
    QDate date = Clock::today();
    if (context.parser().isSet(u"date"_s)) {
        const auto given = context.requiredDate(u"date"_s);
        if (!given)
            return UsageError;
        date = *given;
    }
    const auto ledger = context.openLedger();
    if (!ledger)
        return context.fail(ledger.error());
    const auto view = PlanService(**ledger).cancel(*plan, date);
    if (!view)
        return context.fail(view.error());
    context.message(u"Plan %1 cancelled as of %2; its invoices age by their own due dates "
                    "again."_s.arg(id, date.toString(Qt::ISODate)));
    return Success;
}

} // namespace ardesk::cli
