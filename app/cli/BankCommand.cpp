#include "BankCommand.h"

#include "ExitCode.h"
#include "cashapp/BankLineService.h"
#include "cashapp/BankStatementImporter.h"
#include "cashapp/CashApplicationService.h"
#include "domain/Clock.h"
#include "exports/BankLineCsvExporter.h"
#include "exports/BankMatchCsvExporter.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace ardesk::cli {

namespace {

std::optional<BankLineId> lineId(CliContext& context, const QString& text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value <= 0 || text.startsWith(u'+')) {
        context.usageError(u"expected a bank line id (a whole number), got \"%1\""_s.arg(text));
        return std::nullopt;
    }
    return BankLineId{value};
}

} // namespace

QString BankCommand::name() const
{
    return u"bank"_s;
}

QString BankCommand::summary() const
{
    return u"Bank statements: import, match receipts to invoices, post, ignore, list."_s;
}

void BankCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(u"ACTION"_s, u"import, match, post, ignore or lines."_s);
    parser.addPositionalArgument(u"FILE|LINE_ID"_s,
                                 u"import: the bank file; post, ignore: the bank line."_s,
                                 u"[FILE|LINE_ID]"_s);
    parser.addOption({u"format"_s,
                      u"import: auto (from the content; the default), camt, mt940, ofx or csv."_s,
                      u"FORMAT"_s, u"auto"_s});
    parser.addOption(
        {u"dry-run"_s, u"import, match --auto: report what would be done, change nothing."_s});
    parser.addOption({u"status"_s, u"lines: only open, posted or ignored lines."_s, u"STATUS"_s});
    parser.addOption(
        {u"as-of"_s, u"match: lines booked on or before DATE (default today)."_s, u"DATE"_s});
    parser.addOption({u"auto"_s, u"match: post every line scoring at least --min-score."_s});
    parser.addOption({u"min-score"_s, u"match --auto: the lowest score posted (default 90)."_s,
                      u"N"_s, u"90"_s});
    parser.addOption({u"progress"_s, u"match: report each line done on stderr."_s});
    parser.addOption({u"customer"_s, u"post: the customer who paid."_s, u"ID"_s});
    parser.addOption({u"invoices"_s, u"post: the documents paid first."_s, u"N1,N2"_s});
    parser.addOption(
        {u"reason"_s, u"ignore: why the line is not a receipt to apply."_s, u"TEXT"_s});
}

int BankCommand::run(CliContext& context)
{
    const QStringList arguments = context.parser().positionalArguments();
    const QString action = arguments.value(0);
    if (action == u"import"_s && arguments.size() == 2)
        return importFile(context, arguments.at(1));
    if (action == u"lines"_s && arguments.size() == 1)
        return lines(context);
    if (action == u"match"_s && arguments.size() == 1)
        return match(context);
    if (action == u"post"_s && arguments.size() == 2)
        return post(context, arguments.at(1));
    if (action == u"ignore"_s && arguments.size() == 2)
        return ignore(context, arguments.at(1));
    return context.usageError(u"expected bank import FILE | bank match | bank post LINE_ID | "
                              "bank ignore LINE_ID | bank lines"_s);
}

int BankCommand::importFile(CliContext& context, const QString& path)
{
    const QString formatName = context.parser().value(u"format"_s);
    std::optional<BankFormat> format;
    if (formatName != u"auto"_s) {
        format = bankFormatFromName(formatName);
        if (!format)
            return context.usageError(u"--format: expected auto, camt, mt940, ofx or csv"_s);
    }
    const auto ledger = context.openLedger();
    if (!ledger)
        return context.fail(ledger.error());
    const auto report =
        BankStatementImporter(**ledger).run(path, format, context.parser().isSet(u"dry-run"_s));
    if (!report)
        return context.fail(report.error());
    const int written = context.writeOutput(
        [&](QIODevice* device) { return BankLineCsvExporter::writeImport(*report, device); });
    context.message(u"%1 credits, %2 new, %3 duplicates, %4 debits skipped, %5 pending skipped%6"_s
                        .arg(report->rows.size())
                        .arg(report->newLines)
                        .arg(report->duplicates)
                        .arg(report->debitsSkipped)
                        .arg(report->pendingSkipped)
                        .arg(report->dryRun ? u" (dry run: nothing stored)"_s : QString()));
    return written;
}

int BankCommand::lines(CliContext& context)
{
    std::optional<BankLineStatus> status;
    if (context.parser().isSet(u"status"_s)) {
        status = bankLineStatusFromName(context.parser().value(u"status"_s));
        if (!status)
            return context.usageError(u"--status: expected open, posted or ignored"_s);
    }
    const auto ledger = context.openLedger();
    if (!ledger)
        return context.fail(ledger.error());
    const auto lines = BankLineService(**ledger).lines(status);
    if (!lines)
        return context.fail(lines.error());
    return context.writeOutput(
        [&](QIODevice* device) { return BankLineCsvExporter::writeLines(*lines, device); });
}

int BankCommand::match(CliContext& context)
{
    QCommandLineParser& parser = context.parser();
    CashApplicationService::MatchOptions options{.asOf = Clock::today(),
                                                 .autoPost = parser.isSet(u"auto"_s),
                                                 .dryRun = parser.isSet(u"dry-run"_s)};
    if (parser.isSet(u"as-of"_s)) {
        const auto date = context.requiredDate(u"as-of"_s);
        if (!date)
            return UsageError;
        options.asOf = *date;
    }
    const auto minScore = context.wholeNumber(u"min-score"_s, 0, 100);
    if (!minScore)
        return UsageError;
    options.minScore = static_cast<int>(*minScore);
    if (parser.isSet(u"progress"_s)) {
        options.progress = [&context](qint64 done, qint64 total) {
            context.message(u"bank match: %1 of %2 lines"_s.arg(done).arg(total));
            return true;
        };
    }
    const auto ledger = context.openLedger();
    if (!ledger)
        return context.fail(ledger.error());
    const auto matches = CashApplicationService(**ledger).match(options);
    if (!matches)
        return context.fail(matches.error());
    return context.writeOutput(
        [&](QIODevice* device) { return BankMatchCsvExporter::write(*matches, device); });
}

int BankCommand::post(CliContext& context, const QString& text)
{
    const auto line = lineId(context, text);
    if (!line)
        return UsageError;
    const QString customer = context.parser().value(u"customer"_s);
    if (customer.isEmpty())
        return context.usageError(u"--customer ID is required"_s);
    QStringList invoices;
    if (context.parser().isSet(u"invoices"_s)) {
        invoices = context.parser().value(u"invoices"_s).split(u',');
        if (invoices.contains(QString()))
            return context.usageError(u"--invoices: expected document numbers like N1,N2"_s);
    }
    const auto ledger = context.openLedger();
    if (!ledger)
        return context.fail(ledger.error());
    const auto posted = CashApplicationService(**ledger).post(*line, customer, invoices);
    if (!posted)
        return context.fail(posted.error());
    return context.writeOutput(
        [&](QIODevice* device) { return BankMatchCsvExporter::write({*posted}, device); });
}

int BankCommand::ignore(CliContext& context, const QString& text)
{
    const auto line = lineId(context, text);
    if (!line)
        return UsageError;
    const QString reason = context.parser().value(u"reason"_s).trimmed();
    if (reason.isEmpty())
        return context.usageError(u"--reason TEXT is required"_s);
    const auto ledger = context.openLedger();
    if (!ledger)
        return context.fail(ledger.error());
    if (auto ok = CashApplicationService(**ledger).ignore(*line, reason); !ok)
        return context.fail(ok.error());
    return Success;
}

} // namespace ardesk::cli
