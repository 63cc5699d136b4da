#include "ImportCommand.h"

#include "imports/NativeImporter.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace ardesk::cli {

QString ImportCommand::name() const
{
    return u"import"_s;
}

QString ImportCommand::summary() const
{
    return u"Import customers, invoices, payments or credit notes from CSV, all or nothing."_s;
}

void ImportCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(u"KIND"_s, u"customers, invoices, payments or credit-notes."_s);
    parser.addPositionalArgument(u"FILE"_s, u"The CSV file to import."_s);
    parser.addOption({u"format"_s,
                      u"File layout: native (default); quickbooks (QuickBooks Online customer or "
                      u"invoice import), xero (SalesInvoiceTemplate.csv: its contacts as "
                      u"customers, or its invoices) or gnucash (Import Customers & Vendors, or "
                      u"Import Bills & Invoices; ';' or ','). Other formats: customers and "
                      u"invoices only."_s,
                      u"FORMAT"_s, u"native"_s});
    parser.addOption({u"date-order"_s,
                      u"How the quickbooks, xero or gnucash file writes dates: dmy, mdy or ymd. "
                      u"Default: detected from the file (stated on stderr)."_s,
                      u"ORDER"_s});
    parser.addOption({u"decimal-comma"_s,
                      u"The quickbooks, xero or gnucash file writes amounts with a decimal comma "
                      u"(1.234,56), as GnuCash does in many European languages."_s});
    parser.addOption({u"dry-run"_s, u"Check every row and report problems, but change nothing."_s});
}

int ImportCommand::run(CliContext& context)
{
    QCommandLineParser& parser = context.parser();
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 2)
        return context.usageError(u"expected KIND and FILE"_s);
    const auto kind = importKindFromName(arguments.at(0));
    if (!kind) {
        return context.usageError(
            u"unknown KIND \"%1\"; expected customers, invoices, payments or credit-notes"_s.arg(
                arguments.at(0)));
    }
    const auto format = importFormatFromName(parser.value(u"format"_s));
    if (!format) {
        return context.usageError(
            u"--format: unknown format \"%1\"; expected native, quickbooks, xero or gnucash"_s.arg(
                parser.value(u"format"_s)));
    }
    std::optional<DateOrder> dateOrder;
    if (parser.isSet(u"date-order"_s)) {
        dateOrder = dateOrderFromName(parser.value(u"date-order"_s));
        if (!dateOrder) {
            return context.usageError(u"--date-order: expected dmy, mdy or ymd, got \"%1\""_s.arg(
                parser.value(u"date-order"_s)));
        }
    }

    const bool decimalComma = parser.isSet(u"decimal-comma"_s);
    if (decimalComma && *format == ImportFormat::Native)
        return context.usageError(
            u"--decimal-comma is for quickbooks, xero or gnucash files; native amounts are "
            "plain decimals (1234.50)"_s);

    const auto ledger = context.openLedger();
    if (!ledger)
        return context.fail(ledger.error());
    const bool dryRun = parser.isSet(u"dry-run"_s);
    NativeImporter importer(**ledger);
    const auto report =
        importer.run(*kind, arguments.at(1),
                     {.dryRun = dryRun,
                      .format = *format,
                      .dateOrder = dateOrder,
                      .decimalMark = decimalComma ? DecimalMark::Comma : DecimalMark::Point,
                      .progress = {}});
    if (!report)
        return context.fail(report.error());
    if (report->dateOrder) {
        context.message(
            u"dates read as %1%2"_s.arg(dateOrderPattern(*report->dateOrder),
                                        dateOrder ? u" (--date-order)"_s : u" (detected)"_s));
    }
    for (const ImportIssue& issue : report->issues)
        context.message(issue.toString());
    if (!report->issues.isEmpty()) {
        context.message(u"%1 problem(s) found; nothing was imported."_s.arg(report->issues.size()));
        return InvalidData;
    }
    if (dryRun) {
        context.message(
            u"%1 row(s) checked; no problems found; nothing was imported (dry run)."_s.arg(
                report->rowsRead));
    } else {
        context.message(u"Imported %1 %2."_s.arg(report->rowsImported).arg(importKindName(*kind)));
    }
    return Success;
}

} // namespace ardesk::cli
