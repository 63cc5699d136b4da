#include "dialogs/ImportWizard.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>

#include "jobs/ImportRunner.h"
#include "models/ImportIssueModel.h"
#include "models/ImportPreviewModel.h"
#include "text/ErrorMessages.h"
#include "ui_ImportWizard.h"
#include "widgets/EmptyListLabel.h"
#include "widgets/FileDialogs.h"
#include "widgets/MessageBoxes.h"
#include "widgets/TableViewStyle.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {
// The progress bars count per mille: byte counts do not fit an int for large files.
constexpr int progressSteps = 1000;
} // namespace

ImportWizard::ImportWizard(const QString& ledgerPath, QWidget* parent)
    : QWizard(parent)
    , m_ui(std::make_unique<Ui::ImportWizard>())
    , m_runner(new ImportRunner(this))
    , m_previewModel(new ImportPreviewModel(this))
    , m_issueModel(new ImportIssueModel(this))
    , m_ledgerPath(ledgerPath)
{
    m_ui->setupUi(this);
    setObjectName(u"importWizard"_s);
    m_ui->fileProblemLabel->setForegroundRole(QPalette::PlaceholderText);
    setOption(QWizard::NoBackButtonOnLastPage);
    // The check page commits: once the import has started there is no going back.
    m_ui->checkPage->setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    const std::pair<ImportKind, QString> kinds[] = {
        {ImportKind::Customers, tr("Customers")},
        {ImportKind::Invoices, tr("Invoices")},
        {ImportKind::Payments, tr("Payments")},
        {ImportKind::CreditNotes, tr("Credit notes")},
    };
    for (const auto& [kind, name] : kinds)
        m_ui->kindComboBox->addItem(name, QVariant::fromValue(static_cast<int>(kind)));
    const std::pair<ImportFormat, QString> formats[] = {
        {ImportFormat::Native, tr("ARDesk CSV")},
        {ImportFormat::QuickBooks, tr("QuickBooks Online")},
        {ImportFormat::Xero, tr("Xero")},
        {ImportFormat::GnuCash, tr("GnuCash")},
    };
    for (const auto& [format, name] : formats)
        m_ui->formatComboBox->addItem(name, QVariant::fromValue(static_cast<int>(format)));
    // Item 0 detects the order; the others choose one.
    m_ui->dateOrderComboBox->addItem(tr("Detect"));
    const std::pair<DateOrder, QString> orders[] = {
        {DateOrder::DayMonthYear, u"29/3/2019"_s},
        {DateOrder::MonthDayYear, u"3/29/2019"_s},
        {DateOrder::YearMonthDay, u"2019-03-29"_s},
    };
    for (const auto& [order, example] : orders) {
        //: A date order and an example date written in it: "D/M/Y (29/3/2019)".
        m_ui->dateOrderComboBox->addItem(tr("%1 (%2)").arg(orderText(order), example),
                                         QVariant::fromValue(static_cast<int>(order)));
    }
    connect(m_ui->formatComboBox, &QComboBox::currentIndexChanged, this,
            &ImportWizard::formatChanged);
    formatChanged();
    connect(m_ui->fileLineEdit, &QLineEdit::textChanged, this, &ImportWizard::validateFile);
    connect(m_ui->browsePushButton, &QPushButton::clicked, this, &ImportWizard::browse);

    m_ui->previewTableView->setModel(m_previewModel);
    m_ui->previewTableView->setAccessibleName(tr("First rows of the file"));
    applyTableViewStyle(m_ui->previewTableView);
    // The file's line numbers, to match rows with what an editor or the check shows.
    m_ui->previewTableView->verticalHeader()->show();
    m_ui->previewTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->previewTableView->horizontalHeader()->setStretchLastSection(true);

    m_ui->issuesTableView->setModel(m_issueModel);
    m_ui->issuesTableView->setAccessibleName(tr("Problems found"));
    applyTableViewStyle(m_ui->issuesTableView);
    QHeaderView* issueColumns = m_ui->issuesTableView->horizontalHeader();
    issueColumns->setSectionResizeMode(QHeaderView::ResizeToContents);
    issueColumns->setSectionResizeMode(ImportIssueModel::Message, QHeaderView::Stretch);
    // A problem is read more often than it is sorted: keep them in file order.
    m_ui->issuesTableView->setWordWrap(true);
    m_issuesEmptyLabel = new EmptyListLabel(m_ui->issuesTableView);

    m_ui->checkProgressBar->setAccessibleName(tr("Check progress"));
    m_ui->runProgressBar->setAccessibleName(tr("Import progress"));
    connect(m_ui->stopCheckPushButton, &QPushButton::clicked, this, &ImportWizard::stop);
    connect(m_ui->stopImportPushButton, &QPushButton::clicked, this, &ImportWizard::stop);
    connect(m_ui->checkAgainPushButton, &QPushButton::clicked, this, &ImportWizard::startCheck);
    connect(m_runner, &ImportRunner::progressed, this, &ImportWizard::showProgress);
    connect(m_runner, &ImportRunner::finished, this, &ImportWizard::runFinished);
    connect(m_runner, &ImportRunner::failed, this, &ImportWizard::runFailed);

    validateFile();
}

ImportWizard::~ImportWizard() = default;

ImportKind ImportWizard::kind() const
{
    return static_cast<ImportKind>(m_ui->kindComboBox->currentData().toInt());
}

void ImportWizard::setKind(ImportKind kind)
{
    m_ui->kindComboBox->setCurrentIndex(
        m_ui->kindComboBox->findData(QVariant::fromValue(static_cast<int>(kind))));
}

QString ImportWizard::fileName() const
{
    const QString text = m_ui->fileLineEdit->text().trimmed();
    return text.isEmpty() ? QString() : QDir::fromNativeSeparators(text);
}

void ImportWizard::setFileName(const QString& fileName)
{
    m_ui->fileLineEdit->setText(QDir::toNativeSeparators(fileName));
}

ImportFormat ImportWizard::format() const
{
    return static_cast<ImportFormat>(m_ui->formatComboBox->currentData().toInt());
}

void ImportWizard::setFormat(ImportFormat format)
{
    m_ui->formatComboBox->setCurrentIndex(
        m_ui->formatComboBox->findData(QVariant::fromValue(static_cast<int>(format))));
}

std::optional<DateOrder> ImportWizard::dateOrder() const
{
    const QVariant chosen = m_ui->dateOrderComboBox->currentData();
    if (!chosen.isValid())
        return std::nullopt;
    return static_cast<DateOrder>(chosen.toInt());
}

void ImportWizard::setDateOrder(std::optional<DateOrder> order)
{
    m_ui->dateOrderComboBox->setCurrentIndex(
        order ? m_ui->dateOrderComboBox->findData(QVariant::fromValue(static_cast<int>(*order)))
              : 0);
}

void ImportWizard::formatChanged()
{
    // Native dates are always YYYY-MM-DD.
    const bool foreign = format() != ImportFormat::Native;
    m_ui->dateOrderComboBox->setEnabled(foreign);
    m_ui->dateOrderLabel->setEnabled(foreign);
    m_ui->decimalCommaCheckBox->setEnabled(foreign);
    showDetectedOrder(std::nullopt);
}

QString ImportWizard::orderText(DateOrder order)
{
    switch (order) {
    case DateOrder::DayMonthYear:
        //: Day, month, year: translate the letters.
        return tr("D/M/Y");
    case DateOrder::MonthDayYear:
        //: Month, day, year: translate the letters.
        return tr("M/D/Y");
    case DateOrder::YearMonthDay:
        //: Year, month, day: translate the letters.
        return tr("Y/M/D");
    }
    return QString();
}

void ImportWizard::showDetectedOrder(std::optional<DateOrder> detected)
{
    m_ui->dateOrderComboBox->setItemText(
        0, detected ? tr("Detect (found %1)").arg(orderText(*detected)) : tr("Detect"));
}

bool ImportWizard::isBusy() const
{
    return m_runner->isRunning();
}

void ImportWizard::browse()
{
    QString directory = QFileInfo(fileName()).absolutePath();
    if (fileName().isEmpty())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialogs::openCsv(this, tr("Import File"), directory);
    if (!path.isEmpty())
        setFileName(path);
}

void ImportWizard::validateFile()
{
    const QString path = fileName();
    QString problem;
    if (!path.isEmpty() && !QFileInfo(path).isFile())
        problem = tr("There is no file “%1”.").arg(QDir::toNativeSeparators(path));
    m_ui->fileProblemLabel->setText(problem);
    m_ui->filePage->setComplete(!path.isEmpty() && problem.isEmpty());
}

void ImportWizard::initializePage(int id)
{
    switch (id) {
    case PreviewPage:
        loadPreview();
        break;
    case CheckPage:
        startCheck();
        break;
    case RunPage:
        startImport();
        break;
    default:
        break;
    }
    QWizard::initializePage(id);
}

void ImportWizard::cleanupPage(int id)
{
    // Back from the check: the file or kind may change, so this check no longer counts.
    if (id == CheckPage && m_runner->isRunning()) {
        // A dry run writes nothing: its answer is simply dropped.
        m_runner->discard();
        setRunning(false);
    }
    QWizard::cleanupPage(id);
}

void ImportWizard::reject()
{
    // An import may be committing already: the wizard closes once the job has stopped, so that
    // what it did (rows imported, or nothing) is known to whoever opened it.
    if (m_runner->isRunning()) {
        m_closeWhenStopped = true;
        stop();
        return;
    }
    QWizard::reject();
}

void ImportWizard::loadPreview()
{
    const QString path = fileName();
    const QString shown = QDir::toNativeSeparators(path);
    if (!m_previewModel->load(path, ImportPreviewModel::defaultRows, format())) {
        m_ui->previewSummaryLabel->setText(
            tr("Cannot read “%1”: %2").arg(shown, m_previewModel->problem()));
        m_ui->previewPage->setComplete(false);
        return;
    }
    QString summary;
    const int rows = m_previewModel->rowCount();
    if (m_previewModel->columnCount() == 0)
        summary = tr("“%1” is empty.").arg(shown);
    else if (m_previewModel->hasMoreRows())
        summary = tr("The first %n row(s) of “%1”:", nullptr, rows).arg(shown);
    else
        summary = tr("All %n row(s) of “%1”:", nullptr, rows).arg(shown);
    if (!m_previewModel->problem().isEmpty())
        summary += u' ' + tr("The preview stops at a problem (%1); the check lists them all.")
                              .arg(m_previewModel->problem());
    m_ui->previewSummaryLabel->setText(summary);
    // An empty or broken file still goes on to the check, which says what is wrong and where.
    m_ui->previewPage->setComplete(true);
}

void ImportWizard::startCheck()
{
    m_dryRun = true;
    m_issueModel->setIssues({});
    m_issuesEmptyLabel->hide();
    m_ui->checkPage->setComplete(false);
    m_ui->checkStatusLabel->setText(
        tr("Checking every row of “%1”…").arg(QFileInfo(fileName()).fileName()));
    startRun(true);
}

void ImportWizard::startImport()
{
    m_dryRun = false;
    m_importedRows = 0;
    m_ui->runPage->setComplete(false);
    m_ui->runStatusLabel->setText(tr("Importing “%1”…").arg(QFileInfo(fileName()).fileName()));
    startRun(false);
}

void ImportWizard::startRun(bool dryRun)
{
    setRunning(true);
    m_runner->start(
        m_ledgerPath, kind(), fileName(),
        {.dryRun = dryRun,
         .format = format(),
         .dateOrder = dateOrder(),
         .decimalMark = format() != ImportFormat::Native && m_ui->decimalCommaCheckBox->isChecked()
                            ? DecimalMark::Comma
                            : DecimalMark::Point,
         .progress = {}});
}

void ImportWizard::stop()
{
    m_runner->cancel();
    (m_dryRun ? m_ui->stopCheckPushButton : m_ui->stopImportPushButton)->setEnabled(false);
}

QProgressBar* ImportWizard::progressBar() const
{
    return m_dryRun ? m_ui->checkProgressBar : m_ui->runProgressBar;
}

void ImportWizard::showProgress(qint64 done, qint64 total)
{
    if (!m_runner->isRunning())
        return; // a late report of a run that has ended
    QProgressBar* bar = progressBar();
    if (total <= 0 || done >= total) {
        // Every row is read; what is left (index rebuild, commit) cannot report progress and
        // cannot be stopped any more.
        bar->setRange(0, 0);
        (m_dryRun ? m_ui->stopCheckPushButton : m_ui->stopImportPushButton)->setEnabled(false);
        if (!m_dryRun)
            m_ui->runStatusLabel->setText(tr("Saving the ledger…"));
        return;
    }
    bar->setRange(0, progressSteps);
    bar->setValue(static_cast<int>(done * progressSteps / total));
}

void ImportWizard::setRunning(bool running)
{
    QProgressBar* bar = progressBar();
    bar->setRange(0, progressSteps);
    bar->setValue(0);
    bar->setVisible(running);
    if (m_dryRun) {
        m_ui->stopCheckPushButton->setVisible(running);
        m_ui->stopCheckPushButton->setEnabled(running);
        m_ui->checkAgainPushButton->setVisible(!running);
    } else {
        m_ui->stopImportPushButton->setVisible(running);
        m_ui->stopImportPushButton->setEnabled(running);
    }
}

void ImportWizard::runFinished(const ImportReport& report)
{
    if (report.dryRun)
        checkFinished(report);
    else
        importFinished(report);
    if (m_closeWhenStopped)
        QWizard::reject();
}

void ImportWizard::checkFinished(const ImportReport& report)
{
    m_issueModel->setIssues(report.issues);
    setRunning(false);
    if (!dateOrder())
        showDetectedOrder(report.dateOrder);
    // Which order the dates were read in, before anything else the user reads here.
    const QString datesRead = report.dateOrder
                                  ? tr("Dates read as %1.").arg(orderText(*report.dateOrder)) + u' '
                                  : QString();
    if (report.cancelled || !report.issues.isEmpty())
        m_issuesEmptyLabel->hide();
    else
        m_issuesEmptyLabel->showMessage(tr("No problems found."));
    if (report.cancelled) {
        m_ui->checkStatusLabel->setText(tr("The check was stopped. Check Again starts it over."));
    } else if (!report.issues.isEmpty()) {
        m_ui->checkStatusLabel->setText(
            datesRead + tr("%n problem(s) found. Nothing will be imported until the file is "
                           "corrected: fix it, save it, and click Check Again.",
                           nullptr, static_cast<int>(report.issues.size())));
        m_ui->issuesTableView->setFocus(Qt::OtherFocusReason);
    } else if (report.rowsRead == 0) {
        m_ui->checkStatusLabel->setText(tr("The file has a header but no rows: nothing to "
                                           "import."));
    } else {
        m_ui->checkStatusLabel->setText(
            datesRead + tr("No problems in %n row(s). Click Import to add them to the ledger.",
                           nullptr, report.rowsRead));
        m_ui->checkPage->setComplete(true);
        if (QAbstractButton* next = button(QWizard::CommitButton))
            next->setFocus(Qt::OtherFocusReason);
    }
}

void ImportWizard::importFinished(const ImportReport& report)
{
    setRunning(false);
    if (report.cancelled) {
        m_ui->runStatusLabel->setText(
            tr("The import was stopped. Nothing was imported: the ledger is as it was."));
    } else if (!report.succeeded()) {
        // The check passed, so the file or the ledger changed in between.
        m_issueModel->setIssues(report.issues);
        m_ui->runStatusLabel->setText(
            tr("Nothing was imported: %n problem(s) appeared since the check, the first: %1",
               nullptr, static_cast<int>(report.issues.size()))
                .arg(report.issues.first().toString()));
    } else {
        m_importedRows = report.rowsImported;
        m_ui->runStatusLabel->setText(
            tr("%n row(s) imported into the ledger.", nullptr, report.rowsImported));
        m_ui->runPage->setComplete(true);
        if (QAbstractButton* finish = button(QWizard::FinishButton))
            finish->setFocus(Qt::OtherFocusReason);
    }
}

void ImportWizard::runFailed(const Error& error)
{
    setRunning(false);
    if (m_closeWhenStopped) {
        QWizard::reject();
        return;
    }
    const QString text =
        m_dryRun ? ErrorMessages::readLedger(error) : ErrorMessages::changeLedger(error);
    (m_dryRun ? m_ui->checkStatusLabel : m_ui->runStatusLabel)->setText(text);
    MessageBoxes::critical(this, m_dryRun ? tr("Cannot Check the File") : tr("Cannot Import"), text,
                           error.detail);
}

} // namespace ardesk
