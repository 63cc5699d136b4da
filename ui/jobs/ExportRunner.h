#pragma once

#include <functional>
#include <optional>

#include <QDate>
#include <QObject>
#include <QString>

#include "domain/Error.h"
#include "exports/ReportTable.h"
#include "jobs/DashboardLoader.h"
#include "ledger/CustomerService.h"

class QWidget;

namespace ardesk {

class JobRunner;

// Writes one report (the customer list, the open items, the Reports page's aging) to a CSV file
// or an Excel workbook off the GUI thread, the format chosen by the file's suffix. A progress
// dialog over the parent's window counts the rows written and has Cancel; a failure is said in
// a message box, a success in the main window's status bar.
//
// The export is a JobRunner job: a report read from the ledger opens its own Database on the
// ledger path in the job (a connection belongs to the thread that opened it) and streams its
// rows into the writer. Cancel stops the writer at its next row; ReportExport writes
// atomically, so a cancelled or failed export leaves no file behind (and an existing file as it
// was). One export at a time per runner.
class ExportRunner : public QObject {
    Q_OBJECT

public:
    // The progress dialog's value changes every this many rows.
    static constexpr qint64 progressStep = 1000;

    explicit ExportRunner(QWidget* parent);

    // Asks for the file to export to (FileDialogs::saveReport), suggesting `fileName` in the
    // documents folder; empty when the user cancelled.
    QString chooseFile(const QString& title, const QString& fileName) const;

    // The customers `query` selects, in its order, with balance, overdue amount (as of its
    // date) and oldest due date.
    void exportCustomers(const QString& ledgerPath, const CustomerQuery& query,
                         const QString& path);
    // Every invoice and installment open as of `asOf`.
    void exportOpenItems(const QString& ledgerPath, QDate asOf, const QString& path);
    // A report already read (the Reports page's), as `ardesk-cli aging` writes it.
    void exportAgingReport(const AgingReportData& data, const QString& path);

    // Asks the running export to stop before its next row.
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    // Rows written so far, every progressStep rows.
    void progressed(qint64 rows);
    void exported(const QString& path, qint64 rows);
    // After the message box that said why.
    void failed(const ardesk::Error& error);
    void cancelled();

private:
    // Writes the table it is given to the chosen file; the job calls it once.
    using TableWriter = std::function<Result<void>(const ReportTable&)>;
    // Builds the report's table on the job's thread and hands it to the writer.
    using Job = std::function<Result<void>(const TableWriter&)>;
    struct Outcome {
        qint64 rows = 0;
        std::optional<Error> error;
        bool cancelled = false;
    };

    void start(const QString& label, const QString& path, Job job);
    void finish(const QString& path, const Outcome& outcome);

    QWidget* m_parent;
    JobRunner* m_jobs;
};

} // namespace ardesk
