#pragma once

#include <memory>

#include <QCommandLineParser>
#include <QDate>
#include <QString>

#include "ExitCode.h"
#include "domain/Error.h"
#include "domain/Money.h"
#include "exports/ReportExport.h"

class QIODevice;

namespace ardesk {
class Database;
}

namespace ardesk::cli {

// What every command needs: the ledger path, the output device, stderr messages, and the
// shared option checks (dates, amounts) that end in a usage error.
class CliContext {
public:
    CliContext(QString ledgerPath, QCommandLineParser& parser);

    QString ledgerPath() const { return m_ledgerPath; }
    QCommandLineParser& parser() { return m_parser; }

    Result<std::unique_ptr<Database>> openLedger() const;

    // Writes an error for a person on stderr and returns the exit code it maps to.
    int fail(const Error& error) const;
    int usageError(const QString& message) const;
    void message(const QString& text) const;

    // A required --name TEXT option, trimmed; a usage error and nullopt when missing or blank.
    std::optional<QString> requiredText(const QString& option) const;
    // --name AMOUNT when given (nothing when not), in the decimals of `currency`; the error
    // names the option, for a usage error.
    Result<std::optional<Money>> amountOption(const QString& option, CurrencyCode currency) const;
    // A required --name DATE option; an error message and nullopt when missing or impossible.
    std::optional<QDate> requiredDate(const QString& option) const;
    // --name DATE when given, else the clock's today; nullopt after a usage error.
    std::optional<QDate> dateOrToday(const QString& option) const;
    // --name N as a whole number in [minimum, maximum]; a usage error naming the option and
    // nullopt otherwise.
    std::optional<qint64> wholeNumber(const QString& option, qint64 minimum, qint64 maximum) const;

    // Writes `write`'s output to --output FILE (atomically) or to stdout.
    int writeOutput(const std::function<bool(QIODevice*)>& write) const;

    // --format csv|xlsx (default csv), for the commands that write a ReportTable.
    static void addFormatOption(QCommandLineParser& parser);
    // The chosen format; a usage error and nullopt for an unknown one, or for xlsx without
    // --output (a workbook is a file, not a stream).
    std::optional<ReportFormat> outputFormat() const;
    // Writes the table in the format to --output FILE (atomically) or, as CSV, to stdout.
    int writeTable(const ReportTable& table, ReportFormat format) const;

private:
    QString m_ledgerPath;
    QCommandLineParser& m_parser;
};

} // namespace ardesk::cli
