#include "CliContext.h"

#include <cstdio>

#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include "domain/Clock.h"
#include "domain/IsoDate.h"
#include "exports/CsvTableWriter.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace ardesk::cli {

CliContext::CliContext(QString ledgerPath, QCommandLineParser& parser)
    : m_ledgerPath(std::move(ledgerPath))
    , m_parser(parser)
{}

Result<std::unique_ptr<Database>> CliContext::openLedger() const
{
    return Database::open(m_ledgerPath);
}

void CliContext::message(const QString& text) const
{
    QTextStream(stderr) << text << Qt::endl;
}

int CliContext::fail(const Error& error) const
{
    // A failure of the ledger as a whole names it, whichever step of a change met it.
    const bool ofLedger =
        error.code == ErrorCode::DiskFull || error.code == ErrorCode::LedgerReadOnly;
    if (ofLedger && !m_ledgerPath.isEmpty() && !error.detail.startsWith(m_ledgerPath + u':')) {
        message(u"ardesk-cli: %1: %2"_s.arg(m_ledgerPath, error.detail));
        return exitCodeFor(error.code);
    }
    message(u"ardesk-cli: "_s + error.detail);
    return exitCodeFor(error.code);
}

int CliContext::usageError(const QString& text) const
{
    message(u"ardesk-cli: "_s + text + u"\n(see --help)"_s);
    return UsageError;
}

std::optional<QString> CliContext::requiredText(const QString& option) const
{
    const QString text = m_parser.value(option).trimmed();
    if (text.isEmpty()) {
        usageError(u"--%1 TEXT is required"_s.arg(option));
        return std::nullopt;
    }
    return text;
}

Result<std::optional<Money>> CliContext::amountOption(const QString& option,
                                                      CurrencyCode currency) const
{
    if (!m_parser.isSet(option))
        return std::optional<Money>();
    const auto amount = Money::parsePlain(m_parser.value(option), currency);
    if (!amount)
        return std::unexpected(
            Error{ErrorCode::InvalidArgument, u"--%1: %2"_s.arg(option, amount.error().detail)});
    return std::optional<Money>(*amount);
}

std::optional<QDate> CliContext::requiredDate(const QString& option) const
{
    if (!m_parser.isSet(option)) {
        usageError(u"--%1 DATE is required"_s.arg(option));
        return std::nullopt;
    }
    const QString text = m_parser.value(option);
    const auto date = IsoDate::parse(text);
    if (!date)
        usageError(u"--%1: expected a date as YYYY-MM-DD, got \"%2\""_s.arg(option, text));
    return date;
}

std::optional<QDate> CliContext::dateOrToday(const QString& option) const
{
    if (!m_parser.isSet(option))
        return Clock::today();
    return requiredDate(option);
}

std::optional<qint64> CliContext::wholeNumber(const QString& option, qint64 minimum,
                                              qint64 maximum) const
{
    const QString text = m_parser.value(option);
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < minimum || value > maximum) {
        usageError(u"--%1: expected a whole number from %2 to %3, got \"%4\""_s.arg(option)
                       .arg(minimum)
                       .arg(maximum)
                       .arg(text));
        return std::nullopt;
    }
    return value;
}

int CliContext::writeOutput(const std::function<bool(QIODevice*)>& write) const
{
    if (m_parser.isSet(u"output"_s)) {
        const QString path = m_parser.value(u"output"_s);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !write(&file) || !file.commit())
            return fail({ErrorCode::Io, path + u": "_s + file.errorString()});
        return Success;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || !write(&out))
        return fail({ErrorCode::Io, u"cannot write to standard output"_s});
    out.flush();
    return Success;
}

void CliContext::addFormatOption(QCommandLineParser& parser)
{
    parser.addOption({u"format"_s, u"csv (default) or xlsx (an Excel workbook; needs --output)."_s,
                      u"csv|xlsx"_s, u"csv"_s});
}

std::optional<ReportFormat> CliContext::outputFormat() const
{
    const QString name = m_parser.value(u"format"_s);
    const auto format = ReportExport::formatFromName(name);
    if (!format) {
        usageError(u"--format: expected csv or xlsx, got \"%1\""_s.arg(name));
        return std::nullopt;
    }
    if (*format == ReportFormat::Xlsx && !m_parser.isSet(u"output"_s)) {
        usageError(u"--format xlsx needs --output FILE"_s);
        return std::nullopt;
    }
    return format;
}

int CliContext::writeTable(const ReportTable& table, ReportFormat format) const
{
    if (m_parser.isSet(u"output"_s)) {
        if (auto written = ReportExport::write(table, m_parser.value(u"output"_s), format);
            !written)
            return fail(written.error());
        return Success;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return fail({ErrorCode::Io, u"cannot write to standard output"_s});
    if (auto written = CsvTableWriter::write(table, &out); !written)
        return fail(written.error());
    out.flush();
    return Success;
}

} // namespace ardesk::cli
