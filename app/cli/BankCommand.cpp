#include "BankCommand.h"

#include "ExitCode.h"
#include "cashapp/BankCsvProfileService.h"
#include "cashapp/BankLineService.h"
#include "cashapp/BankStatementImporter.h"
#include "cashapp/CashApplicationService.h"
#include "csv/CsvWriter.h"
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
    parser.addPositionalArgument(u"ACTION"_s,
                                 u"import, match, post, ignore, lines or csv-profile."_s);
    parser.addPositionalArgument(u"FILE|LINE_ID"_s,
                                 u"import: the bank file; post, ignore: the bank line."_s,
                                 u"[FILE|LINE_ID]"_s);
    parser.addOption({u"format"_s,
                      u"import: auto (from the content; the default), camt, mt940, ofx or csv."_s,
                      u"FORMAT"_s, u"auto"_s});
    parser.addOption({u"csv-profile"_s,
                      u"import: the saved column profile a bank CSV file is read with."_s,
                      u"NAME"_s});
    // bank csv-profile save NAME: the columns and conventions of one bank's CSV export.
    const QList<std::pair<QString, QString>> profileOptions{
        {u"date-column"_s, u"csv-profile save: the booking date column (header name or 1-based "
                           "position)."_s},
        {u"value-date-column"_s, u"csv-profile save: the value date column."_s},
        {u"amount-column"_s, u"csv-profile save: the signed amount column."_s},
        {u"debit-column"_s, u"csv-profile save: the money-out column (with --credit-column)."_s},
        {u"credit-column"_s, u"csv-profile save: the money-in column."_s},
        {u"name-column"_s, u"csv-profile save: the counterparty's name column."_s},
        {u"account-column"_s, u"csv-profile save: the counterparty's IBAN or account column."_s},
        {u"reference-column"_s,
         u"csv-profile save: a remittance column; repeat it to join several."_s},
        {u"bank-reference-column"_s, u"csv-profile save: the bank's id of the entry."_s},
        {u"currency-column"_s, u"csv-profile save: the currency column (else --currency)."_s},
        {u"separator"_s, u"csv-profile save: the field separator (default ,; tab: \\t)."_s},
        {u"skip-rows"_s, u"csv-profile save: rows before the header (default 0)."_s},
        {u"skip-trailing-rows"_s, u"csv-profile save: rows after the last entry (default 0)."_s},
        {u"date-format"_s, u"csv-profile save: like dd.MM.yyyy (default yyyy-MM-dd)."_s},
        {u"currency"_s, u"csv-profile save: the statement's currency."_s},
        {u"account"_s, u"csv-profile save: the account the statements are of."_s},
    };
    for (const auto& [name, help] : profileOptions)
        parser.addOption({name, help, u"VALUE"_s});
    parser.addOption({u"no-header"_s, u"csv-profile save: the file has no header row."_s});
    parser.addOption({u"decimal-comma"_s, u"csv-profile save: amounts are written 1234,50."_s});
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
    if (action == u"csv-profile"_s && arguments.size() == 3 && arguments.at(1) == u"save"_s)
        return saveCsvProfile(context, arguments.at(2));
    if (action == u"csv-profile"_s && arguments.size() == 2 && arguments.at(1) == u"list"_s)
        return listCsvProfiles(context);
    return context.usageError(u"expected bank import FILE | bank match | bank post LINE_ID | "
                              "bank ignore LINE_ID | bank lines | bank csv-profile save NAME | "
                              "bank csv-profile list"_s);
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
    std::optional<BankCsvProfile> profile;
    if (context.parser().isSet(u"csv-profile"_s)) {
        auto found = BankCsvProfileService(**ledger).find(context.parser().value(u"csv-profile"_s));
        if (!found)
            return found.error().code == ErrorCode::NotFound
                       ? context.usageError(found.error().detail)
                       : context.fail(found.error());
        profile = std::move(*found);
    }
    const auto report = BankStatementImporter(**ledger).run(
        path, format, context.parser().isSet(u"dry-run"_s), profile);
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
    const auto reason = context.requiredText(u"reason"_s);
    if (!reason)
        return UsageError;
    const auto ledger = context.openLedger();
    if (!ledger)
        return context.fail(ledger.error());
    if (auto ok = CashApplicationService(**ledger).ignore(*line, *reason); !ok)
        return context.fail(ok.error());
    return Success;
}

int BankCommand::saveCsvProfile(CliContext& context, const QString& name)
{
    const QCommandLineParser& parser = context.parser();
    BankCsvProfile profile{.name = name,
                           .headerRow = !parser.isSet(u"no-header"_s),
                           .bookingDateColumn = parser.value(u"date-column"_s),
                           .valueDateColumn = parser.value(u"value-date-column"_s),
                           .amountColumn = parser.value(u"amount-column"_s),
                           .debitColumn = parser.value(u"debit-column"_s),
                           .creditColumn = parser.value(u"credit-column"_s),
                           .counterpartyNameColumn = parser.value(u"name-column"_s),
                           .counterpartyAccountColumn = parser.value(u"account-column"_s),
                           .referenceColumns = parser.values(u"reference-column"_s),
                           .bankReferenceColumn = parser.value(u"bank-reference-column"_s),
                           .currencyColumn = parser.value(u"currency-column"_s),
                           .decimalComma = parser.isSet(u"decimal-comma"_s),
                           .currency = parser.value(u"currency"_s),
                           .account = parser.value(u"account"_s)};
    if (parser.isSet(u"separator"_s)) {
        const QString separator = parser.value(u"separator"_s);
        if (separator == u"\\t"_s || separator == u"tab"_s)
            profile.separator = u'\t';
        else if (separator.size() == 1)
            profile.separator = separator.front();
        else
            return context.usageError(u"--separator: expected one character, or \\t"_s);
    }
    if (parser.isSet(u"date-format"_s))
        profile.dateFormat = parser.value(u"date-format"_s);
    for (const auto& [option, field] :
         {std::pair{u"skip-rows"_s, &profile.skipRows},
          std::pair{u"skip-trailing-rows"_s, &profile.skipTrailingRows}}) {
        if (!parser.isSet(option))
            continue;
        const auto rows = context.wholeNumber(option, 0, 1000);
        if (!rows)
            return UsageError;
        *field = static_cast<int>(*rows);
    }
    if (const QString problem = bankCsvProfileProblem(profile); !problem.isEmpty())
        return context.usageError(u"CSV profile \"%1\": %2"_s.arg(name, problem));
    const auto ledger = context.openLedger();
    if (!ledger)
        return context.fail(ledger.error());
    if (auto ok = BankCsvProfileService(**ledger).save(profile); !ok)
        return context.fail(ok.error());
    context.message(u"Saved CSV profile %1."_s.arg(name));
    return Success;
}

int BankCommand::listCsvProfiles(CliContext& context)
{
    const auto ledger = context.openLedger();
    if (!ledger)
        return context.fail(ledger.error());
    const auto profiles = BankCsvProfileService(**ledger).list();
    if (!profiles)
        return context.fail(profiles.error());
    return context.writeOutput([&](QIODevice* device) {
        CsvWriter writer(device);
        writer.writeRow({u"name"_s, u"settings"_s});
        for (const BankCsvProfile& profile : *profiles)
            writer.writeRow({CsvCell::text(profile.name),
                             CsvCell::value(QString::fromUtf8(bankCsvProfileToJson(profile)))});
        return !writer.hasError();
    });
}

} // namespace ardesk::cli
