#include "BenchCommand.h"

#include <limits>
#include <optional>

#include <QDir>
#include <QTemporaryDir>

#include "BenchRun.h"
#include "CliContext.h"
#include "ExitCode.h"
#include "domain/Clock.h"

using namespace Qt::StringLiterals;

namespace ardesk::cli {

namespace {

// The generator's parameters from the options; nothing after a message for a bad one.
std::optional<DemoParameters> readParameters(CliContext& context)
{
    const auto customers = context.wholeNumber(u"customers"_s, 1, 10'000'000);
    if (!customers)
        return std::nullopt;
    const auto invoices = context.wholeNumber(u"invoices"_s, 0, 100'000'000);
    if (!invoices)
        return std::nullopt;
    const auto payments = context.wholeNumber(u"payments"_s, 0, std::numeric_limits<int>::max());
    if (!payments)
        return std::nullopt;
    const auto seed = context.wholeNumber(u"seed"_s, 0, std::numeric_limits<quint32>::max());
    if (!seed)
        return std::nullopt;
    QDate today = Clock::today();
    if (context.parser().isSet(u"today"_s)) {
        const auto date = context.requiredDate(u"today"_s);
        if (!date)
            return std::nullopt;
        today = *date;
    }
    return DemoParameters{.customers = static_cast<int>(*customers),
                          .invoices = static_cast<int>(*invoices),
                          .payments = static_cast<int>(*payments),
                          .seed = static_cast<quint32>(*seed),
                          .today = today};
}

// --dir, created when missing, or `temporary`, kept with --keep.
Result<QString> workFolder(const QCommandLineParser& parser, QTemporaryDir& temporary)
{
    if (parser.isSet(u"dir"_s)) {
        const QString folder = QDir(parser.value(u"dir"_s)).absolutePath();
        if (!QDir().mkpath(folder))
            return fail(ErrorCode::Io, folder + u": cannot create the folder"_s);
        return folder;
    }
    if (!temporary.isValid())
        return fail(ErrorCode::Io,
                    u"cannot create a temporary folder: "_s + temporary.errorString());
    temporary.setAutoRemove(!parser.isSet(u"keep"_s));
    return temporary.path();
}

} // namespace

QString BenchCommand::name() const
{
    return u"bench"_s;
}

QString BenchCommand::summary() const
{
    return u"Benchmark: generate, import and age a large demo ledger (a measurement, not a test)."_s;
}

void BenchCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({u"customers"_s, u"Customers (default 100000)."_s, u"N"_s, u"100000"_s});
    parser.addOption({u"invoices"_s, u"Invoices (default 1000000)."_s, u"M"_s, u"1000000"_s});
    parser.addOption(
        {u"payments"_s, u"Payments to aim for (default 1000000)."_s, u"P"_s, u"1000000"_s});
    parser.addOption({u"seed"_s, u"Random seed (default 1)."_s, u"S"_s, u"1"_s});
    parser.addOption({u"bank-lines"_s,
                      u"Receipts of the bank statement imported and matched (default 10000; 0: "
                      "none)."_s,
                      u"N"_s, u"10000"_s});
    parser.addOption(
        {u"today"_s, u"The generator's today, YYYY-MM-DD (default: today)."_s, u"DATE"_s});
    parser.addOption({u"dir"_s,
                      u"Work in DIR (created if missing; keeps the files there) instead of a "
                      "temporary folder. DIR must not hold a bench.ardesk yet."_s,
                      u"DIR"_s});
    parser.addOption({u"keep"_s, u"Keep the temporary folder with the CSV files and ledger."_s});
    parser.addOption({u"server"_s,
                      u"Then the same on a ledger on a PostgreSQL server, in ADDRESS "
                      "(postgresql://USER@HOST[:PORT]/DBNAME, an empty database), for "
                      "comparison."_s,
                      u"ADDRESS"_s});
}

int BenchCommand::run(CliContext& context)
{
    const auto parameters = readParameters(context);
    if (!parameters)
        return UsageError;
    QTemporaryDir temporary;
    const auto folder = workFolder(context.parser(), temporary);
    if (!folder)
        return context.fail(folder.error());

    const auto bankLines = context.wholeNumber(u"bank-lines"_s, 0, 1'000'000);
    if (!bankLines)
        return UsageError;
    QStringList ledgers{QDir(*folder).filePath(u"bench.ardesk"_s)};
    if (context.parser().isSet(u"server"_s))
        ledgers.append(context.parser().value(u"server"_s));
    for (const QString& ledger : std::as_const(ledgers)) {
        BenchRun bench(context, *parameters, static_cast<int>(*bankLines), *folder, ledger);
        bench.printHeading();
        const bool generated = ledger != ledgers.first() || bench.generate();
        if (!generated || !bench.createLedger())
            return bench.exitCode();
        bench.timeStartup();
        if (!bench.importFiles() || !bench.timeAging() || !bench.timeCustomerList() ||
            !bench.timeKpis() || !bench.timeForesight() || !bench.timeBank())
            return bench.exitCode();
        bench.reportSizes();
    }

    if (context.parser().isSet(u"dir"_s) || context.parser().isSet(u"keep"_s))
        context.message(u"Files kept in "_s + *folder);
    return Success;
}

} // namespace ardesk::cli
