#include "CopyCommand.h"

#include "ledger/LedgerCopyService.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace ardesk::cli {

QString CopyCommand::name() const
{
    return u"copy"_s;
}

QString CopyCommand::summary() const
{
    return u"Copy the ledger to a new file or server database (SQLite <-> PostgreSQL)."_s;
}

void CopyCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({u"to"_s,
                      u"The new ledger: a file that does not exist yet, or "
                      "postgresql://USER@HOST[:PORT]/DBNAME, a database without tables."_s,
                      u"LEDGER"_s});
    parser.addOption({u"progress"_s, u"Report each table copied on stderr."_s});
}

int CopyCommand::run(CliContext& context)
{
    QCommandLineParser& parser = context.parser();
    const QString target = parser.value(u"to"_s);
    if (target.isEmpty())
        return context.usageError(u"--to LEDGER is required"_s);
    if (auto ok = LedgerCopyService::checkTarget(target); !ok)
        return context.fail(ok.error());
    const auto source = context.openLedger();
    if (!source)
        return context.fail(source.error());

    LedgerCopier::Progress progress;
    if (parser.isSet(u"progress"_s)) {
        progress = [&context](const QString& table, qint64 rows) {
            context.message(u"copied %1: %2 rows"_s.arg(table).arg(rows));
            return true;
        };
    }
    const auto copied = LedgerCopyService(**source).copyTo(target, progress);
    if (!copied)
        return context.fail(copied.error());
    context.message(u"Copied ledger %1 to %2: %3 rows in %4 tables (schema %5)."_s
                        .arg(context.ledgerPath(), target)
                        .arg(copied->rows)
                        .arg(copied->tables)
                        .arg(copied->schemaVersion));
    return Success;
}

} // namespace ardesk::cli
