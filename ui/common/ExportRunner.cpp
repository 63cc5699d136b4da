#include "common/ExportRunner.h"

#include <QDir>
#include <QLocale>
#include <QMainWindow>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

#include "common/ErrorMessages.h"
#include "common/FileDialogs.h"
#include "common/MessageBoxes.h"
#include "common/PostToOwner.h"
#include "io/ReportExport.h"
#include "io/ReportTables.h"
#include "services/AgingService.h"
#include "services/CustomerService.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace ardesk {

ExportRunner::ExportRunner(QWidget* parent)
    : QObject(parent)
    , m_parent(parent)
{
    connect(this, &ExportRunner::progressed, this, &ExportRunner::showRows);
}

ExportRunner::~ExportRunner()
{
    cancel();
    waitForFinished();
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
    m_label = label;
    m_cancelled = std::make_shared<std::atomic_bool>(false);

    // Busy rather than a percentage: counting the rows first would cost another pass over the
    // ledger. A quick export is over before the dialog would appear.
    m_progress = new QProgressDialog(QString(), tr("Cancel"), 0, 0, m_parent);
    m_progress->setObjectName(u"exportProgressDialog"_s);
    m_progress->setWindowTitle(tr("Export"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    showRows(0);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, &ExportRunner::cancel);

    m_watcher = new QFutureWatcher<Outcome>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this, path] { finish(path); });

    const QPointer<ExportRunner> self(this);
    const auto format = ReportExport::formatForPath(path);
    m_watcher->setFuture(QtConcurrent::run(
        [job = std::move(job), path, format, self, cancelled = m_cancelled]() -> Outcome {
            qint64 rows = 0;
            const TableWriter write = [&](const ReportTable& table) {
                ReportTable counted = table;
                counted.rows = [&rows, &self, &cancelled,
                                tableRows = table.rows](const ReportRowSink& sink) {
                    return tableRows([&](const ReportRow& row) -> Result<void> {
                        // An error stops the writer, which then discards its temporary file.
                        if (cancelled->load())
                            return fail(ErrorCode::Io, u"export cancelled"_s);
                        if (++rows % progressStep == 0) {
                            postToOwner(self, [rows](ExportRunner& runner) {
                                Q_EMIT runner.progressed(rows);
                            });
                        }
                        return sink(row);
                    });
                };
                return ReportExport::write(counted, path, format);
            };
            if (auto written = job(write); !written)
                return std::unexpected(written.error());
            return rows;
        }));
}

void ExportRunner::finish(const QString& path)
{
    const Outcome outcome = m_watcher->result();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    if (m_progress) {
        // Not close(): its close event would report a cancel.
        m_progress->hide();
        m_progress->deleteLater();
    }
    if (outcome) {
        if (auto* window = qobject_cast<QMainWindow*>(m_parent->window())) {
            window->statusBar()->showMessage(
                tr("%n row(s) exported to “%1”.", nullptr, static_cast<int>(*outcome))
                    .arg(QDir::toNativeSeparators(path)),
                10'000);
        }
        Q_EMIT exported(path, *outcome);
        return;
    }
    if (m_cancelled->load()) {
        Q_EMIT cancelled();
        return;
    }
    const Error& error = outcome.error();
    // Writing the file (Io, or a table too long for a sheet) or reading the ledger.
    const QString text =
        error.code == ErrorCode::Io || error.code == ErrorCode::InvalidInput
            ? tr("The report could not be written to “%1”.").arg(QDir::toNativeSeparators(path))
            : ErrorMessages::readLedger(error);
    MessageBoxes::critical(m_parent, tr("Cannot Export the Report"), text, error.detail);
    Q_EMIT failed(error);
}

void ExportRunner::showRows(qint64 rows)
{
    if (m_progress) {
        m_progress->setLabelText(m_label + u'\n' +
                                 tr("Rows written: %1").arg(QLocale().toString(rows)));
    }
}

void ExportRunner::cancel()
{
    if (m_cancelled)
        *m_cancelled = true;
}

void ExportRunner::waitForFinished()
{
    if (m_watcher)
        m_watcher->waitForFinished();
}

} // namespace ardesk
