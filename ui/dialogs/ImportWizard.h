#pragma once

#include <memory>
#include <optional>

#include <QString>
#include <QWizard>

#include "domain/Error.h"
#include "imports/DateOrder.h"
#include "imports/ImportFormat.h"
#include "imports/ImportIssue.h"
#include "imports/ImportKind.h"

class QProgressBar;

namespace Ui {
class ImportWizard;
}

namespace ardesk {

class EmptyListLabel;
class ImportIssueModel;
class ImportPreviewModel;
class ImportRunner;

// File > Import: the kind and the file, a preview of its first rows, a full check (a dry run
// that lists every problem with its line and column), then the import. Check and import run off
// the GUI thread with a progress bar and Stop; both are all or nothing, so a stopped or failed
// run leaves the ledger as it was.
class ImportWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { FilePage, PreviewPage, CheckPage, RunPage };

    explicit ImportWizard(const QString& ledgerPath, QWidget* parent = nullptr);
    ~ImportWizard() override;

    ImportKind kind() const;
    void setKind(ImportKind kind);
    QString fileName() const;
    void setFileName(const QString& fileName);
    ImportFormat format() const;
    void setFormat(ImportFormat format);
    // The order chosen for another tool's dates; nullopt to detect it.
    std::optional<DateOrder> dateOrder() const;
    void setDateOrder(std::optional<DateOrder> order);

    // Rows written to the ledger; 0 until an import has succeeded.
    int importedRows() const { return m_importedRows; }
    // Whether a check or the import is running.
    bool isBusy() const;
    ImportPreviewModel* previewModel() const { return m_previewModel; }
    ImportIssueModel* issueModel() const { return m_issueModel; }

    // Stops a running check or import (its transaction rolls back) before closing.
    void reject() override;

protected:
    void initializePage(int id) override;
    void cleanupPage(int id) override;

private:
    // The order as the user reads it: "D/M/Y" in English, "T/M/J" in German.
    static QString orderText(DateOrder order);

    void browse();
    void validateFile();
    void formatChanged();
    // "Detect" names the order the last check found, so the user sees it and can overrule it.
    void showDetectedOrder(std::optional<DateOrder> detected);
    void startRun(bool dryRun);
    void loadPreview();
    void startCheck();
    void startImport();
    void stop();
    void showProgress(qint64 done, qint64 total);
    void runFinished(const ImportReport& report);
    void runFailed(const Error& error);
    void checkFinished(const ImportReport& report);
    void importFinished(const ImportReport& report);
    void setRunning(bool running);
    QProgressBar* progressBar() const;

    std::unique_ptr<Ui::ImportWizard> m_ui;
    ImportRunner* m_runner;
    ImportPreviewModel* m_previewModel;
    ImportIssueModel* m_issueModel;
    EmptyListLabel* m_issuesEmptyLabel = nullptr;
    QString m_ledgerPath;
    bool m_dryRun = true; // what the runner is doing, or last did
    int m_importedRows = 0;
    bool m_closeWhenStopped = false; // Cancel was pressed while a run was going on
};

} // namespace ardesk
