#include "jobs/JobProgressDialog.h"

#include <algorithm>
#include <limits>

#include "jobs/JobRunner.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// QProgressDialog counts in int; a total beyond that is scaled down.
int scaled(qint64 value, qint64 total)
{
    constexpr qint64 limit = std::numeric_limits<int>::max();
    if (total <= limit)
        return static_cast<int>(value);
    return static_cast<int>(value / (total / limit + 1));
}

} // namespace

JobProgressDialog::JobProgressDialog(JobRunner* runner, const QString& title, const QString& label,
                                     QWidget* parent, bool cancellable)
    : QProgressDialog(label, cancellable ? tr("Cancel") : QString(), 0, 0, parent)
    , m_label(label)
{
    setObjectName(u"jobProgressDialog"_s);
    setWindowTitle(title);
    // Sized to its label alone, the dialog is narrower than its title, which the title bar
    // then elides ("Run R…inders"): room for the title, in the title bar's larger font, beside
    // the window's buttons.
    setMinimumWidth(
        std::max(minimumSizeHint().width(), fontMetrics().horizontalAdvance(title) * 3 / 2 + 150));
    setWindowModality(Qt::WindowModal);
    // A quick job is over before the dialog would appear.
    setMinimumDuration(300);
    setAutoClose(false);
    setAutoReset(false);
    setValue(0);
    if (!cancellable)
        setCancelButton(nullptr);
    connect(this, &QProgressDialog::canceled, runner, &JobRunner::cancel);
    connect(runner, &JobRunner::progressed, this, &JobProgressDialog::showProgress);
    connect(runner, &JobRunner::runningChanged, this, [this](bool running) {
        if (running)
            return;
        // Hidden now, not close(): its close event would report a cancel, and a message box the
        // result brings up next must not open under a dialog still on screen.
        hide();
        deleteLater();
    });
}

void JobProgressDialog::setProgressText(ProgressText text)
{
    m_progressText = std::move(text);
}

void JobProgressDialog::showProgress(qint64 done, qint64 total)
{
    if (total > 0) {
        setMaximum(scaled(total, total));
        setValue(scaled(done, total));
    }
    if (m_progressText)
        setLabelText(m_label + u'\n' + m_progressText(done, total));
}

} // namespace ardesk
