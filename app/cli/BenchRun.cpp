#include "BenchRun.h"

#include <algorithm>
#include <limits>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMap>
#include <QProcess>

#if defined(Q_OS_LINUX) || defined(Q_OS_MACOS)
#include <sys/resource.h>
#endif

#include "CliContext.h"
#include "aging/AgingService.h"
#include "cashapp/BankStatementImporter.h"
#include "cashapp/CashApplicationService.h"
#include "demo/DemoBankStatement.h"
#include "domain/IsoDate.h"
#include "exports/ForesightCsvExporter.h"
#include "exports/KpiCsvExporter.h"
#include "foresight/Backtest.h"
#include "foresight/ForesightService.h"
#include "imports/NativeImporter.h"
#include "kpi/KpiService.h"
#include "ledger/CustomerService.h"
#include "ledger/LedgerCreator.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace ardesk::cli {

namespace {

// The foundation issue's targets, for 1M invoices: import under 15 s, an aging summary under
// 1 s (aim 0.3 s), the whole run under 500 MB of memory; the KPI issue's: the dashboard's
// 24-month series under 2 s.
constexpr double importInvoicesTargetSeconds = 15.0;
constexpr qint64 importInvoicesTargetRows = 1'000'000;
constexpr double agingTargetSeconds = 1.0;
constexpr double agingAimSeconds = 0.3;
constexpr qint64 memoryTargetBytes = qint64(500) * 1024 * 1024;
constexpr int agingRepeats = 3;
constexpr int kpiMonths = 24;
// What the customer list reads when it is shown: the count and its first page.
constexpr int customerPageRows = 200;
constexpr double kpiSeriesTargetSeconds = 2.0;
constexpr double foresightTargetSeconds = 2.0;
constexpr double backtestTargetSeconds = 30.0;
// The cash application issue's, for a 10,000-line camt.053 against 1M invoices: import under
// 2 s, matching every line under 5 s.
constexpr double bankImportTargetSeconds = 2.0;
constexpr double bankMatchTargetSeconds = 5.0;
// The house issue's: ardesk-cli starts and does a small command in under 50 ms; the median of
// a few runs, so that one slow start does not decide.
constexpr double startupTargetSeconds = 0.050;
constexpr int startupRuns = 21;

// The order the demo ledger uses, for the reason DemoLedgerGenerator::buildLedger gives.
constexpr ImportKind importOrder[] = {ImportKind::Customers, ImportKind::Invoices,
                                      ImportKind::Payments, ImportKind::CreditNotes};

// Peak resident memory of this process so far, where the platform tells it.
std::optional<qint64> peakMemoryBytes()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_MACOS)
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return std::nullopt;
#if defined(Q_OS_MACOS)
    return static_cast<qint64>(usage.ru_maxrss); // bytes on macOS
#else
    return static_cast<qint64>(usage.ru_maxrss) * 1024; // kilobytes on Linux
#endif
#else
    return std::nullopt;
#endif
}

double seconds(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

qint64 fileSize(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : 0;
}

AgingOptions agingAsOf(QDate date)
{
    AgingOptions options;
    options.asOf = date;
    return options;
}

QString agingTarget(double time)
{
    return u"target < 1 s (aim 0.3 s)  "_s +
           (time < agingAimSeconds ? u"ok"_s : BenchTable::verdict(time < agingTargetSeconds));
}

// Judged as a rate, so smaller runs are held to the same standard.
QString importTarget(ImportKind kind, qint64 rows, double time)
{
    if (kind != ImportKind::Invoices)
        return {};
    const double allowed = importInvoicesTargetSeconds * static_cast<double>(rows) /
                           static_cast<double>(importInvoicesTargetRows);
    return u"target 1M in < 15 s  "_s + BenchTable::verdict(time < std::max(allowed, 0.5));
}

} // namespace

BenchRun::BenchRun(CliContext& context, const DemoParameters& parameters, int bankLines,
                   const QString& folder, const QString& ledger)
    : m_context(context)
    , m_parameters(parameters)
    , m_bankLines(bankLines)
    , m_folder(folder)
    , m_ledgerPath(ledger)
{}

BenchRun::~BenchRun() = default;

void BenchRun::printHeading()
{
    if (Database::isServerLedger(m_ledgerPath)) {
        m_table.text({});
        m_table.text(u"the same on a ledger on a server: "_s + m_ledgerPath);
        m_table.text({});
        return;
    }
    m_table.text(
        u"ARDesk bench: %1 customers, %2 invoices, %3 payments aimed at, seed %4, today %5"_s.arg(
            m_table.number(m_parameters.customers), m_table.number(m_parameters.invoices),
            m_table.number(m_parameters.payments.value_or(0)), QString::number(m_parameters.seed),
            IsoDate::format(m_parameters.today)));
    m_table.text(u"working in "_s + m_folder);
    m_table.text({});
}

bool BenchRun::generate()
{
    QElapsedTimer timer;
    timer.start();
    const CurrencyCode currency = *CurrencyCode::fromCode(u"EUR");
    const auto generated = DemoLedgerGenerator(m_parameters, currency).generate(m_folder);
    const double time = seconds(timer);
    if (!generated)
        return failed(generated.error());
    const qint64 rows = qint64(generated->customers) + generated->invoices + generated->payments +
                        generated->creditNotes;
    m_table.timed(u"generate CSV (4 files)"_s, rows, time);
    qint64 csvBytes = 0;
    for (ImportKind kind : importOrder)
        csvBytes += fileSize(filePath(DemoLedgerGenerator::fileName(kind)));
    m_table.value(u"  CSV size"_s, m_table.megabytes(csvBytes));
    return true;
}

bool BenchRun::createLedger()
{
    auto ledger =
        LedgerCreator::create(m_ledgerPath, u"Bench Company"_s, *CurrencyCode::fromCode(u"EUR"));
    if (!ledger) {
        failed(ledger.error());
        if (ledger.error().code == ErrorCode::AlreadyExists)
            m_context.message(u"(remove it, or choose another --dir)"_s);
        return false;
    }
    m_ledger = std::move(*ledger);
    return true;
}

void BenchRun::timeStartup()
{
    const QString label = u"ardesk-cli start-up (company show)"_s;
    QList<double> times;
    for (int run = 0; run < startupRuns; ++run) {
        QProcess cli;
        cli.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer timer;
        timer.start();
        cli.start(QCoreApplication::applicationFilePath(),
                  {u"--ledger"_s, m_ledgerPath, u"company"_s, u"show"_s});
        const bool finished = cli.waitForFinished();
        times.append(seconds(timer));
        if (!finished || cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0) {
            m_table.value(label, u"n/a"_s, u"ardesk-cli did not run: "_s + cli.errorString());
            return;
        }
    }
    std::sort(times.begin(), times.end());
    const double median = times.at(times.size() / 2);
    m_table.value(label, u"%1 ms"_s.arg(median * 1000, 0, 'f', 1),
                  u"target < 50 ms  "_s + BenchTable::verdict(median < startupTargetSeconds));
}

bool BenchRun::importFiles()
{
    NativeImporter importer(*m_ledger);
    for (ImportKind kind : importOrder) {
        QElapsedTimer timer;
        timer.start();
        const auto report = importer.run(kind, filePath(DemoLedgerGenerator::fileName(kind)), {});
        const double time = seconds(timer);
        if (!report)
            return failed(report.error());
        if (!report->issues.isEmpty()) {
            for (qsizetype i = 0; i < std::min<qsizetype>(report->issues.size(), 10); ++i)
                m_context.message(report->issues.at(i).toString());
            return failed(
                {ErrorCode::Storage,
                 u"the importer refused the generated %1 (%2 problems)"_s.arg(importKindName(kind))
                     .arg(report->issues.size())});
        }
        m_table.timed(u"import "_s + importKindName(kind), report->rowsImported, time,
                      importTarget(kind, report->rowsImported, time));
    }
    return true;
}

bool BenchRun::timeAging()
{
    const QDate today = m_parameters.today;
    if (!timeAgingSummary(today) || !timeAgingSummary(today.addMonths(-6)) || !timeAgingDetail())
        return false;
    m_table.text(u"  (aging times: best of %1 runs)"_s.arg(agingRepeats));
    return true;
}

bool BenchRun::timeAgingSummary(QDate asOf)
{
    AgingService aging(*m_ledger);
    double best = std::numeric_limits<double>::max();
    Result<AgingSummary> summary = fail(ErrorCode::Storage, QString());
    for (int i = 0; i < agingRepeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        summary = aging.summary(agingAsOf(asOf));
        best = std::min(best, seconds(timer));
        if (!summary)
            return failed(summary.error());
    }
    m_table.timed(u"aging summary "_s + IsoDate::format(asOf), summary->customers.size(), best,
                  agingTarget(best), false);
    for (const AgingSummaryRow& total : summary->totals) {
        QStringList parts;
        for (int b = 0; b < summary->buckets.count(); ++b) {
            parts.append(summary->buckets.label(b) + u' ' +
                         m_table.number(total.bucketsMinor.at(b) / 100));
        }
        parts.append(u"unapplied "_s + m_table.number(total.unappliedMinor / 100));
        m_table.text(u"  %1 (whole units): "_s.arg(total.currency.code()) + parts.join(u", "_s));
    }
    return true;
}

bool BenchRun::timeAgingDetail()
{
    AgingService aging(*m_ledger);
    double best = std::numeric_limits<double>::max();
    qsizetype rows = 0;
    for (int i = 0; i < agingRepeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto detail = aging.detail(agingAsOf(m_parameters.today));
        best = std::min(best, seconds(timer));
        if (!detail)
            return failed(detail.error());
        rows = detail->rows.size();
    }
    m_table.timed(u"aging detail "_s + IsoDate::format(m_parameters.today), rows, best, {}, false);
    return true;
}

// The customer list as the window shows it, by name and by balance (the order that needs
// every customer's open amount before the first row).
bool BenchRun::timeCustomerList()
{
    CustomerService customers(*m_ledger);
    for (const auto& [order, key] : {std::pair(u"name"_s, CustomerQuery::SortKey::Name),
                                     std::pair(u"balance"_s, CustomerQuery::SortKey::Balance)}) {
        const CustomerQuery query{.sortKey = key,
                                  .descending = key == CustomerQuery::SortKey::Balance,
                                  .asOf = m_parameters.today};
        double best = std::numeric_limits<double>::max();
        qint64 count = 0;
        for (int i = 0; i < agingRepeats; ++i) {
            QElapsedTimer timer;
            timer.start();
            const auto counted = customers.count(query);
            if (!counted)
                return failed(counted.error());
            const auto page = customers.page(query, 0, customerPageRows);
            if (!page)
                return failed(page.error());
            best = std::min(best, seconds(timer));
            count = *counted;
        }
        m_table.timed(u"customer list by "_s + order, count, best, {}, false);
    }
    m_table.text(u"  (the count and the first %1 rows; best of %2 runs)"_s.arg(customerPageRows)
                     .arg(agingRepeats));
    return true;
}

// The `kpi --period month` report over the dashboard's months reads the ledger the same way
// as the series.
bool BenchRun::timeKpis()
{
    const QDate today = m_parameters.today;
    KpiService kpis(*m_ledger);
    QElapsedTimer timer;
    timer.start();
    const auto series = kpis.monthlySeries(today, kpiMonths);
    const double seriesTime = seconds(timer);
    if (!series)
        return failed(series.error());
    m_table.timed(u"KPI series %1 months"_s.arg(kpiMonths), series->points.size(), seriesTime,
                  u"target < 2 s  "_s + BenchTable::verdict(seriesTime < kpiSeriesTargetSeconds),
                  false);
    const QDate from = QDate(today.year(), today.month(), 1).addMonths(1 - kpiMonths);
    timer.restart();
    const auto report = kpis.report({.from = from, .to = today, .period = KpiPeriod::Month});
    const double reportTime = seconds(timer);
    if (!report)
        return failed(report.error());
    m_table.timed(u"kpi --period month"_s, report->rows.size(), reportTime, {}, false);
    if (!report->rows.isEmpty()) {
        const KpiRow& last = report->rows.last();
        m_table.text(u"  %1: dso %2, countback %3, bpdso %4, add %5, cei %6"_s.arg(
            IsoDate::format(last.periodStart).left(7), KpiCsvExporter::formatRatio(last.dso),
            KpiCsvExporter::formatRatio(last.dsoCountback), KpiCsvExporter::formatRatio(last.bpdso),
            KpiCsvExporter::formatRatio(last.add), KpiCsvExporter::formatRatio(last.cei)));
    }
    return true;
}

// Issue 16's targets on 1M invoices: predict and risk under 2 s, a backtest under 30 s. The
// backtest fits on the history up to six months back and predicts the six months since.
bool BenchRun::timeForesight()
{
    const QDate today = m_parameters.today;
    ForesightService foresight(*m_ledger);
    QElapsedTimer timer;
    timer.start();
    const auto predictions = foresight.predict(today);
    const double predictTime = seconds(timer);
    if (!predictions)
        return failed(predictions.error());
    m_table.timed(u"predict"_s, predictions->size(), predictTime,
                  u"target < 2 s  "_s + BenchTable::verdict(predictTime < foresightTargetSeconds),
                  false);
    timer.restart();
    const auto risk = foresight.risk(today);
    const double riskTime = seconds(timer);
    if (!risk)
        return failed(risk.error());
    m_table.timed(u"risk"_s, risk->size(), riskTime,
                  u"target < 2 s  "_s + BenchTable::verdict(riskTime < foresightTargetSeconds),
                  false);
    timer.restart();
    const auto forecast = foresight.forecast(today, ForecastPeriod::Week, 12);
    const double forecastTime = seconds(timer);
    if (!forecast)
        return failed(forecast.error());
    m_table.timed(u"forecast --weeks 12"_s, forecast->size(), forecastTime, {}, false);

    timer.restart();
    const auto backtest = Backtest(*m_ledger).run(today.addMonths(-6), today);
    const double backtestTime = seconds(timer);
    if (!backtest)
        return failed(backtest.error());
    m_table.timed(u"backtest 6 months"_s, backtest->items, backtestTime,
                  u"target < 30 s  "_s + BenchTable::verdict(backtestTime < backtestTargetSeconds),
                  false);
    for (qsizetype i = 0; i + 2 < backtest->figures.size(); i += 3) {
        QString line = u"  "_s + backtest->figures.at(i).metric.leftJustified(20);
        for (qsizetype m = i; m < i + 3; ++m) {
            const BacktestFigure& figure = backtest->figures.at(m);
            line += u"%1 %2   "_s.arg(figure.model,
                                      figure.value ? ForesightCsvExporter::decimal(*figure.value, 3)
                                                   : u"-"_s);
        }
        m_table.text(line);
    }
    return true;
}

// Last, because posting changes the ledger the other figures are read from.
bool BenchRun::timeBank()
{
    if (m_bankLines == 0)
        return true;
    const QString statement = filePath(u"bank-statement.xml"_s);
    const auto written =
        DemoBankStatement::write(*m_ledger, statement, m_bankLines, m_parameters.today);
    if (!written)
        return failed(written.error());
    QElapsedTimer timer;
    timer.start();
    const auto imported = BankStatementImporter(*m_ledger).run(statement, std::nullopt, false);
    const double importTime = seconds(timer);
    if (!imported)
        return failed(imported.error());
    m_table.timed(u"bank import camt.053"_s, imported->newLines, importTime,
                  u"target < 2 s  "_s + BenchTable::verdict(importTime < bankImportTargetSeconds));

    CashApplicationService cash(*m_ledger);
    timer.restart();
    const auto proposals = cash.match({.asOf = m_parameters.today});
    const double matchTime = seconds(timer);
    if (!proposals)
        return failed(proposals.error());
    m_table.timed(u"bank match"_s, proposals->size(), matchTime,
                  u"target < 5 s  "_s + BenchTable::verdict(matchTime < bankMatchTargetSeconds));
    QMap<int, int> byScore;
    for (const BankMatch& proposal : *proposals)
        ++byScore[proposal.score];
    QStringList scores;
    for (auto it = byScore.cbegin(); it != byScore.cend(); ++it)
        scores.prepend(u"%1: %2"_s.arg(it.key()).arg(m_table.number(it.value())));
    m_table.text(u"  lines by score: "_s + scores.join(u", "_s));

    timer.restart();
    const auto posted = cash.match({.asOf = m_parameters.today, .autoPost = true});
    const double postTime = seconds(timer);
    if (!posted)
        return failed(posted.error());
    const auto postedLines = std::count_if(posted->cbegin(), posted->cend(),
                                           [](const BankMatch& match) { return match.posted; });
    m_table.timed(u"bank match --auto (posted)"_s, postedLines, postTime);
    return true;
}

void BenchRun::reportSizes()
{
    // Closing the last connection checkpoints the WAL into the file, so its size is complete.
    m_ledger.reset();
    if (!Database::isServerLedger(m_ledgerPath)) {
        const qint64 ledgerBytes = fileSize(m_ledgerPath) + fileSize(m_ledgerPath + u"-wal"_s);
        m_table.value(u"ledger file size"_s, m_table.megabytes(ledgerBytes));
    }
    const auto peak = peakMemoryBytes();
    m_table.value(u"peak memory (max RSS)"_s, peak ? m_table.megabytes(*peak) : u"n/a"_s,
                  peak ? u"target < 500 MB  "_s + BenchTable::verdict(*peak < memoryTargetBytes)
                       : QString());
}

bool BenchRun::failed(const Error& error)
{
    m_exitCode = m_context.fail(error);
    return false;
}

QString BenchRun::filePath(const QString& name) const
{
    return QDir(m_folder).filePath(name);
}

} // namespace ardesk::cli
