#include "StatementCommand.h"

#include "ledger/LedgerInfoService.h"
#include "ledger/StatementService.h"
#include "letters/LetterComposer.h"
#include "letters/LetterPdfWriter.h"
#include "letters/LetterTemplateService.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace ardesk::cli {

QString StatementCommand::name() const
{
    return u"statement"_s;
}

QString StatementCommand::summary() const
{
    return u"A customer's statement of account (open items, aging) as a PDF letter."_s;
}

void StatementCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({u"customer"_s, u"The customer's id."_s, u"ID"_s});
    parser.addOption({u"as-of"_s, u"The statement's date (YYYY-MM-DD)."_s, u"DATE"_s});
    parser.addOption({u"pdf"_s, u"Write the statement to this PDF file."_s, u"FILE"_s});
    parser.addOption(
        {u"paper"_s, u"Paper size: a4 (default) or letter."_s, u"a4|letter"_s, u"a4"_s});
    parser.addOption({u"logo"_s, u"An image for the letterhead."_s, u"IMAGE"_s});
}

int StatementCommand::run(CliContext& context)
{
    QCommandLineParser& parser = context.parser();
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(u"statement takes no arguments"_s);
    const QString customer = parser.value(u"customer"_s);
    if (customer.isEmpty())
        return context.usageError(u"--customer ID is required"_s);
    const auto asOf = context.requiredDate(u"as-of"_s);
    if (!asOf)
        return UsageError;
    const QString pdf = parser.value(u"pdf"_s);
    if (pdf.isEmpty())
        return context.usageError(u"--pdf FILE is required"_s);
    const QString paper = parser.value(u"paper"_s);
    if (paper != u"a4"_s && paper != u"letter"_s)
        return context.usageError(u"--paper: expected a4 or letter, got \"%1\""_s.arg(paper));

    const auto ledger = context.openLedger();
    if (!ledger)
        return context.fail(ledger.error());
    const auto settings = LedgerInfoService(**ledger).settings();
    if (!settings)
        return context.fail(settings.error());
    const auto statement = StatementService(**ledger).statement(customer, *asOf);
    if (!statement)
        return context.fail(statement.error());
    const auto templates = LetterTemplateService(**ledger).templates();
    if (!templates)
        return context.fail(templates.error());
    const auto letter = LetterComposer(settings->company, *templates).statement(*statement);
    if (!letter)
        return context.fail(letter.error());

    LetterPdfWriter writer(settings->company,
                           {.paper = paper == u"letter"_s ? PaperSize::Letter : PaperSize::A4,
                            .logoPath = parser.value(u"logo"_s)});
    Result<void> written = writer.open(pdf);
    if (written)
        written = writer.add(*letter);
    if (written)
        written = writer.finish();
    if (!written)
        return context.fail(written.error());
    return Success;
}

} // namespace ardesk::cli
