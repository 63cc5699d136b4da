#include "jobs/ExportRunner.h"

#include <QDir>
#include <QLocale>
#include <QMainWindow>
#include <QStandardPaths>
#include <QStatusBar>

#include "aging/AgingService.h"
#include "exports/ReportExport.h"
#include "exports/ReportTables.h"
#include "jobs/JobProgressDialog.h"
#include "jobs/JobRunner.h"
#include "ledger/CustomerService.h"
#include "storage/Database.h"
#include "text/ErrorMessages.h"
#include "widgets/FileDialogs.h"
#include "widgets/MessageBoxes.h"

using namespace Qt::StringLiterals;

namespace ardesk {

ExportRunner::ExportRunner(QWidget* parent)
    : QObject(parent)
    , m_parent(parent)
    , m_jobs(new JobRunner(this))
{
    connect(m_jobs, &JobRunner::progressed, this,
            [this](qint64 rows, qint64) { Q_EMIT progressed(rows); });
}

QString ExportRunner::chooseFile(const QString& title, const QString& fileName) const
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(fileName);
    return FileDialogs::saveReport(m_parent, title, suggested);
}

void ExportRunner::exportCustomers(const QString& ledgerPath, const CustomerQuery& query,
                                   const QString& path)
{
    start(tr("Exporting the customer list…"), path,
          [ledgerPath, query](const TableWriter& write) -> Result<void> {
              auto database = Database::open(ledgerPath);
              if (!database)
                  return std::unexpected(database.error());
              CustomerService customers(**database);
              return write(ReportTables::customers(customers, query));
          });
}

void ExportRunner::exportOpenItems(const QString& ledgerPath, QDate asOf, const QString& path)
{
    start(tr("Exporting the open items…"), path,
          [ledgerPath, asOf](const TableWriter& write) -> Result<void> {
              auto database = Database::open(ledgerPath);
              if (!database)
                  return std::unexpected(database.error());
              AgingService aging(**database);
              return write(ReportTables::openItems(aging, asOf));
          });
}

void ExportRunner::exportAgingReport(const AgingReportData& data, const QString& path)
{
    // The job keeps its own copy of the report: the page may read another one meanwhile.
    start(tr("Exporting the aging report…"), path, [data](const TableWriter& write) {
        if (data.isDetail())
            return write(ReportTables::agingDetail(std::get<AgingDetail>(data.report)));
        return write(ReportTables::agingSummary(std::get<AgingSummary>(data.report)));
    });
}

void ExportRunner::start(const QString& label, const QString& path, Job job)
{
    Q_ASSERT(!isRunning());
    // Busy rather than a percentage: counting the rows first would cost another pass over the
    // ledger.
    auto* progress = new JobProgressDialog(m_jobs, tr("Export"), label, m_parent);
    progress->setObjectName(u"exportProgressDialog"_s);
    progress->setProgressText(
        [](qint64 rows, qint64) { return tr("Rows written: %1").arg(QLocale().toString(rows)); });

    const auto format = ReportExport::formatForPath(path);
    m_jobs->start(
        [job = std::move(job), path, format](const JobControl& control) -> Outcome {
            qint64 rows = 0;
            const TableWriter write = [&](const ReportTable& table) {
                ReportTable counted = table;
                counted.rows = [&rows, &control,
                                tableRows = table.rows](const ReportRowSink& sink) {
                    return tableRows([&](const ReportRow& row) -> Result<void> {
                        // An error stops the writer, which then discards its temporary file.
                        if (control.shouldStop())
                            return fail(ErrorCode::Io, u"export cancelled"_s);
                        if (++rows % progressStep == 0)
                            control.progress(rows, 0);
                        return sink(row);
                    });
                };
                return ReportExport::write(counted, path, format);
            };
            const auto written = job(write);
            // A cancel ends the writer with an error of its own; it is no failure to report.
            if (control.shouldStop())
                return Outcome{.rows = 0, .error = std::nullopt, .cancelled = true};
            if (!written)
                return Outcome{.rows = rows, .error = written.error(), .cancelled = false};
            return Outcome{.rows = rows, .error = std::nullopt, .cancelled = false};
        },
        [this, path](const Outcome& outcome) { finish(path, outcome); });
}

void ExportRunner::finish(const QString& path, const Outcome& outcome)
{
    if (outcome.cancelled) {
        Q_EMIT cancelled();
        return;
    }
    if (!outcome.error) {
        if (auto* window = qobject_cast<QMainWindow*>(m_parent->window())) {
            window->statusBar()->showMessage(
                tr("%n row(s) exported to “%1”.", nullptr, static_cast<int>(outcome.rows))
                    .arg(QDir::toNativeSeparators(path)),
                10'000);
        }
        Q_EMIT exported(path, outcome.rows);
        return;
    }
    const Error& error = *outcome.error;
    // Writing the file (Io, or a table too long for a sheet) or reading the ledger.
    const QString text =
        error.code == ErrorCode::Io || error.code == ErrorCode::InvalidInput
            ? tr("The report could not be written to “%1”.").arg(QDir::toNativeSeparators(path))
            : ErrorMessages::readLedger(error);
    MessageBoxes::critical(m_parent, tr("Cannot Export the Report"), text, error.detail);
    Q_EMIT failed(error);
}

void ExportRunner::cancel()
{
    m_jobs->cancel();
}

bool ExportRunner::isRunning() const
{
    return m_jobs->isRunning();
}

} // namespace ardesk
