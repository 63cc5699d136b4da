#pragma once

#include <functional>

#include <QProgressDialog>

namespace ardesk {

class JobRunner;

// The window-modal progress dialog of a job: it shows only if the job takes more than a moment,
// follows the runner's progress (a busy bar while the total is unknown), cancels the job with
// Cancel, and is hidden as soon as the job ends, before its result is shown, and then deleted.
class JobProgressDialog : public QProgressDialog {
    Q_OBJECT

public:
    // How far the job is, in words, under `label` (e.g. "Rows written: 12,000").
    using ProgressText = std::function<QString(qint64 done, qint64 total)>;

    // Follows the job `runner` runs now. Without Cancel when `cancellable` is false (a job that
    // is all or nothing once it starts).
    JobProgressDialog(JobRunner* runner, const QString& title, const QString& label,
                      QWidget* parent, bool cancellable = true);

    void setProgressText(ProgressText text);

private:
    void showProgress(qint64 done, qint64 total);

    QString m_label;
    ProgressText m_progressText;
};

} // namespace ardesk
