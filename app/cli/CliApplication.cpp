#include "CliApplication.h"

#include <algorithm>

#include <QCoreApplication>
#include <QTextStream>

#include "ActivityCommand.h"
#include "AgencyCommand.h"
#include "AgingCommand.h"
#include "BacktestCommand.h"
#include "BankCommand.h"
#include "BenchCommand.h"
#include "CompanyCommand.h"
#include "CopyCommand.h"
#include "CorrectionCommand.h"
#include "CreditCommand.h"
#include "CustomerCommand.h"
#include "DemoCommand.h"
#include "ExportCommand.h"
#include "ForecastCommand.h"
#include "ImportCommand.h"
#include "InitCommand.h"
#include "InvoiceCommand.h"
#include "KpiCommand.h"
#include "PlanCommand.h"
#include "PredictCommand.h"
#include "RecurringCommand.h"
#include "RemindersCommand.h"
#include "RiskCommand.h"
#include "StatementCommand.h"
#include "WriteOffCommand.h"
#include "ledger/LedgerLocation.h"

using namespace Qt::StringLiterals;

namespace ardesk::cli {

namespace {

const QString ledgerOption = u"ledger"_s;

void print(const QString& text)
{
    QTextStream(stdout) << text;
}

// The value of --ledger PATH or --ledger=PATH at arguments[i], advancing i past it.
std::optional<QString> ledgerValue(const QStringList& arguments, qsizetype& i)
{
    const QString& argument = arguments.at(i);
    if (argument.startsWith(u"--ledger="_s))
        return argument.mid(9);
    if (argument == u"--ledger"_s && i + 1 < arguments.size())
        return arguments.at(++i);
    return std::nullopt;
}

} // namespace

CliApplication::CliApplication()
{
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<CopyCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<AgingCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<KpiCommand>());
    m_commands.push_back(std::make_unique<WriteOffCommand>());
    m_commands.push_back(std::make_unique<InvoiceCommand>());
    m_commands.push_back(std::make_unique<CreditCommand>(Credit::Kind::Payment));
    m_commands.push_back(std::make_unique<CreditCommand>(Credit::Kind::CreditNote));
    m_commands.push_back(std::make_unique<CorrectionCommand>());
    m_commands.push_back(std::make_unique<PlanCommand>());
    m_commands.push_back(std::make_unique<RecurringCommand>());
    m_commands.push_back(std::make_unique<StatementCommand>());
    m_commands.push_back(std::make_unique<RemindersCommand>());
    m_commands.push_back(std::make_unique<BankCommand>());
    m_commands.push_back(std::make_unique<PredictCommand>());
    m_commands.push_back(std::make_unique<RiskCommand>());
    m_commands.push_back(std::make_unique<ForecastCommand>());
    m_commands.push_back(std::make_unique<BacktestCommand>());
    m_commands.push_back(std::make_unique<AgencyCommand>());
    m_commands.push_back(std::make_unique<CustomerCommand>());
    m_commands.push_back(std::make_unique<ActivityCommand>());
    m_commands.push_back(std::make_unique<CompanyCommand>());
    m_commands.push_back(std::make_unique<DemoCommand>());
    m_commands.push_back(std::make_unique<BenchCommand>());
}

CliApplication::~CliApplication() = default;

CliCommand* CliApplication::command(const QString& name) const
{
    for (const auto& command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QString CliApplication::usage() const
{
    QString text = u"Usage: ardesk-cli [--ledger PATH] COMMAND [OPTIONS]\n\n"
                   "ARDesk accounts receivable from the command line.\n\n"
                   "Options:\n"
                   "  --ledger PATH  The ledger file, or a ledger on a PostgreSQL server:\n"
                   "                 postgresql://USER@HOST[:PORT]/DBNAME (password from "
                   "PGPASSWORD\n"
                   "                 or ~/.pgpass). Default: $ARDESK_LEDGER, else the GUI's "
                   "default ledger.\n"
                   "  --help         Show this help; COMMAND --help shows a command's options.\n"
                   "  --version      Show the version.\n\n"
                   "Commands:\n"_s;
    // The summaries line up two spaces after the longest name.
    qsizetype width = 0;
    for (const auto& command : m_commands)
        width = std::max(width, command->name().size() + 2);
    for (const auto& command : m_commands)
        text += u"  "_s + command->name().leftJustified(width) + command->summary() + u'\n';
    text += u"\nExit codes: 0 success, 1 usage error, 2 invalid input data (ledger unchanged), "
            "3 ledger cannot be opened, 4 other failure.\n"_s;
    return text;
}

int CliApplication::run(const QStringList& arguments)
{
    QString ledgerPath;
    qsizetype i = 1;
    for (; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == u"--help"_s || argument == u"-h"_s) {
            print(usage());
            return Success;
        }
        if (argument == u"--version"_s) {
            print(u"ardesk-cli "_s + QCoreApplication::applicationVersion() + u'\n');
            return Success;
        }
        if (auto value = ledgerValue(arguments, i)) {
            ledgerPath = *value;
            continue;
        }
        break;
    }
    if (i >= arguments.size()) {
        QTextStream(stderr) << usage();
        return UsageError;
    }
    CliCommand* selected = command(arguments.at(i));
    if (!selected) {
        QTextStream(stderr) << u"ardesk-cli: unknown command \"%1\"\n\n"_s.arg(arguments.at(i))
                            << usage();
        return UsageError;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(selected->summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, u"Show this help."_s);
    parser.addOption(helpOption);
    parser.addOption({ledgerOption, u"The ledger file."_s, u"PATH"_s});
    parser.addOption({u"output"_s, u"Write data to FILE instead of standard output."_s, u"FILE"_s});
    selected->addOptions(parser);

    QStringList commandArguments{u"ardesk-cli "_s + selected->name()};
    commandArguments.append(arguments.mid(i + 1));
    if (!parser.parse(commandArguments)) {
        QTextStream(stderr) << u"ardesk-cli %1: %2\n(see ardesk-cli %1 --help)\n"_s.arg(
            selected->name(), parser.errorText());
        return UsageError;
    }
    if (parser.isSet(helpOption)) {
        print(parser.helpText());
        return Success;
    }
    if (parser.isSet(ledgerOption))
        ledgerPath = parser.value(ledgerOption);
    if (ledgerPath.isEmpty())
        ledgerPath = LedgerLocation::defaultPath();

    CliContext context(ledgerPath, parser);
    return selected->run(context);
}

} // namespace ardesk::cli
