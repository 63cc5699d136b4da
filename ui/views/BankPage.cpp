#include "views/BankPage.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include "cashapp/BankCsvProfileService.h"
#include "cashapp/CashApplicationService.h"
#include "dialogs/BankAutoPostDialog.h"
#include "dialogs/BankCsvProfileDialog.h"
#include "dialogs/BankCsvProfileWizard.h"
#include "dialogs/BankIgnoreDialog.h"
#include "dialogs/BankPostDialog.h"
#include "dialogs/BankSplitDialog.h"
#include "domain/Clock.h"
#include "jobs/JobProgressDialog.h"
#include "jobs/JobRunner.h"
#include "ledger/LedgerInfoService.h"
#include "models/BankQueueModel.h"
#include "models/LocaleSortProxyModel.h"
#include "session/LedgerSession.h"
#include "text/BankMatchText.h"
#include "text/ErrorMessages.h"
#include "text/NumberFormat.h"
#include "widgets/EmptyListLabel.h"
#include "widgets/FileDialogs.h"
#include "widgets/MessageBoxes.h"
#include "widgets/PageHeading.h"
#include "widgets/ScoreBadgeDelegate.h"
#include "widgets/TableViewStyle.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// What the profile wizard reads of a file: a bank's export of years, far more than it shows.
constexpr qint64 wizardBytes = 32 * 1024 * 1024;

// The one local file a drag carries, if that is all it carries.
std::optional<QString> droppedFile(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 ||
        !mime->urls().first().isLocalFile())
        return std::nullopt;
    return mime->urls().first().toLocalFile();
}

QString matchedText(qint64 done, qint64 total)
{
    if (total <= 0)
        return QString();
    const QLocale locale;
    return BankPage::tr("Receipts: %1 of %2").arg(locale.toString(done), locale.toString(total));
}

} // namespace

BankPage::BankPage(QWidget* parent)
    : LedgerPage(parent)
    , m_runner(new BankRunner(this))
    , m_model(new BankQueueModel(this))
    , m_proxy(new LocaleSortProxyModel(BankQueueModel::SortRole, this))
    , m_toolBar(new QToolBar(this))
    , m_tableView(new QTableView(this))
    , m_emptyLabel(new EmptyListLabel(m_tableView))
    , m_detailsLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
    , m_importAction(new QAction(tr("&Import Statement…"), this))
    , m_matchAction(new QAction(tr("&Match"), this))
    , m_postAction(new QAction(tr("&Post…"), this))
    , m_changeAction(new QAction(tr("&Change…"), this))
    , m_splitAction(new QAction(tr("&Split…"), this))
    , m_ignoreAction(new QAction(tr("I&gnore…"), this))
    , m_postAllAction(
          new QAction(tr("Post &All ≥ %1…").arg(QLocale().toString(postAllMinScore)), this))
{
    setObjectName(u"bankPage"_s);
    setAcceptDrops(true);
    setUpActions();
    setUpTable();
    layOut();

    connect(m_runner, &BankRunner::matched, this, &BankPage::showMatched);
    connect(m_runner, &BankRunner::imported, this, &BankPage::showImported);
    // Queued: no modal box from inside the runner's signal.
    connect(m_runner, &BankRunner::importFailed, this, &BankPage::showImportFailed,
            Qt::QueuedConnection);
    connect(m_runner, &BankRunner::matchFailed, this, &BankPage::showMatchFailed,
            Qt::QueuedConnection);
    for (JobRunner* jobs : {m_runner->queueJobs(), m_runner->workJobs()})
        connect(jobs, &JobRunner::runningChanged, this, &BankPage::runningChanged);
    updateActions();
}

void BankPage::setUpActions()
{
    const QList<std::pair<QAction*, void (BankPage::*)()>> commands{
        {m_importAction, &BankPage::importStatement}, {m_matchAction, &BankPage::refresh},
        {m_postAction, &BankPage::postSelected},      {m_changeAction, &BankPage::changeSelected},
        {m_splitAction, &BankPage::splitSelected},    {m_ignoreAction, &BankPage::ignoreSelected},
        {m_postAllAction, &BankPage::postAll}};
    for (const auto& [action, command] : commands)
        connect(action, &QAction::triggered, this, command);

    m_importAction->setObjectName(u"importStatementAction"_s);
    m_importAction->setToolTip(tr("Import a bank statement (camt.053, camt.054 or MT940); each "
                                  "receipt is added once, however often it is imported. You "
                                  "can also drop the file on this page."));
    m_matchAction->setObjectName(u"matchAction"_s);
    m_matchAction->setToolTip(tr("Propose again who paid what for every receipt in the queue"));
    m_postAction->setObjectName(u"postAction"_s);
    m_postAction->setToolTip(tr("Post the selected receipt as proposed (Enter)"));
    m_changeAction->setObjectName(u"changeAction"_s);
    m_changeAction->setToolTip(
        tr("Post the selected receipt to another customer or other documents"));
    m_splitAction->setObjectName(u"splitAction"_s);
    m_splitAction->setToolTip(
        tr("Post the selected receipt across several customers, each with its share"));
    m_ignoreAction->setObjectName(u"ignoreAction"_s);
    m_ignoreAction->setToolTip(
        tr("Take the selected line out of the queue with a reason, such as a refund (Delete)"));
    // Delete acts on the page's table only, never on a text field of another page.
    m_ignoreAction->setShortcut(QKeySequence::Delete);
    m_ignoreAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_ignoreAction);
    m_postAllAction->setObjectName(u"postAllAction"_s);
    m_postAllAction->setToolTip(
        tr("Show every receipt scoring %1 or more, then post them all at once")
            .arg(QLocale().toString(postAllMinScore)));

    m_toolBar->setObjectName(u"bankToolBar"_s);
    m_toolBar->setAccessibleName(tr("Bank commands"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_importAction);
    m_toolBar->addAction(m_matchAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_postAction);
    m_toolBar->addAction(m_changeAction);
    m_toolBar->addAction(m_splitAction);
    m_toolBar->addAction(m_ignoreAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_postAllAction);
}

void BankPage::setUpTable()
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_tableView->setObjectName(u"bankTableView"_s);
    m_tableView->setAccessibleName(tr("Receipts to apply"));
    m_tableView->setModel(m_proxy);
    applyTableViewStyle(m_tableView);
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(BankQueueModel::BookingDate, Qt::AscendingOrder);
    m_tableView->setItemDelegateForColumn(
        BankQueueModel::Score, new ScoreBadgeDelegate(BankQueueModel::ScoreRole, m_tableView));
    QHeaderView* columns = m_tableView->horizontalHeader();
    columns->setSectionsMovable(true);
    const int charWidth = m_tableView->fontMetrics().averageCharWidth();
    resizeColumnAtLeast(m_tableView, BankQueueModel::BookingDate, dateColumnWidth(m_tableView));
    resizeColumnAtLeast(m_tableView, BankQueueModel::Amount, charWidth * 16);
    resizeColumnAtLeast(m_tableView, BankQueueModel::Payer, charWidth * 22);
    resizeColumnAtLeast(m_tableView, BankQueueModel::Reference, charWidth * 22);
    resizeColumnAtLeast(m_tableView, BankQueueModel::Customer, charWidth * 24);
    resizeColumnAtLeast(m_tableView, BankQueueModel::Documents, charWidth * 14);
    resizeColumnAtLeast(m_tableView, BankQueueModel::Score, charWidth * 8);
    columns->setSectionResizeMode(BankQueueModel::Reason, QHeaderView::Stretch);

    // Enter (or a double click) posts the selected proposal, after a confirmation.
    connect(m_tableView, &QTableView::activated, this, &BankPage::postSelected);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &BankPage::updateEmptyState);
}

void BankPage::layOut()
{
    QLabel* headingLabel = createPageHeading(tr("Bank"), u"bankHeadingLabel"_s, this);
    // The selected line in full: the table's columns are too narrow for long references.
    m_detailsLabel->setObjectName(u"bankDetailsLabel"_s);
    m_detailsLabel->setWordWrap(true);
    m_detailsLabel->setTextFormat(Qt::RichText);
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsLabel->setFrameShape(QFrame::StyledPanel);
    m_detailsLabel->setMargin(6);
    m_detailsLabel->setMinimumHeight(m_detailsLabel->fontMetrics().lineSpacing() * 3 + 14);
    m_detailsLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_messageLabel->setObjectName(u"bankMessageLabel"_s);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* topLayout = new QHBoxLayout;
    topLayout->addWidget(headingLabel);
    topLayout->addStretch();
    topLayout->addWidget(m_toolBar);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(topLayout);
    layout->addWidget(m_tableView, 1);
    layout->addWidget(m_detailsLabel);
    layout->addWidget(m_messageLabel);
    setFocusProxy(m_tableView);
}

QString BankPage::pageId() const
{
    return u"bank"_s;
}

QString BankPage::title() const
{
    return tr("Bank");
}

void BankPage::setSession(LedgerSession* session)
{
    // What is still running belongs to the ledger before; its answer is dropped.
    m_runner->discardAll();
    m_session = session;
    m_queueRead = false;
    m_keepSelected.reset();
    m_model->setMatches({});
    m_messageLabel->clear();
    updateDetails();
    updateActions();
    updateStatus();
    if (session)
        readWhenShown([this] { readQueue(); });
}

QString BankPage::statusText() const
{
    if (!m_session || !m_queueRead)
        return QString();
    return tr("Receipts to apply: %1").arg(QLocale().toString(m_model->rowCount()));
}

bool BankPage::isBusy() const
{
    return m_runner->isReadingQueue() || m_runner->isWorking();
}

QString BankPage::message() const
{
    return m_messageLabel->text();
}

void BankPage::refresh()
{
    if (m_session)
        readWhenShown([this] { readQueue(); });
}

void BankPage::readQueue()
{
    if (!m_session || m_runner->isWorking())
        return;
    if (const auto selected = selectedMatch()) {
        m_keepSelected = selected->line.id;
        m_keepRow = m_tableView->currentIndex().row();
    }
    auto* progress = new JobProgressDialog(m_runner->queueJobs(), tr("Match Receipts"),
                                           tr("Matching the receipts to open documents…"), this);
    progress->setObjectName(u"bankMatchProgressDialog"_s);
    progress->setProgressText(matchedText);
    m_runner->readQueue(m_session->path(), Clock::today());
    // Matching writes nothing, so Cancel simply stops waiting for it.
    connect(progress, &QProgressDialog::canceled, m_runner, &BankRunner::discardQueue);
    updateEmptyState();
}

void BankPage::runningChanged()
{
    updateActions();
    updateEmptyState();
    Q_EMIT busyChanged(isBusy());
}

void BankPage::showMatched(const BankMatchOutcome& outcome)
{
    switch (outcome.kind) {
    case BankMatchOutcome::Kind::Queue:
        showQueue(outcome);
        break;
    case BankMatchOutcome::Kind::AutoPreview:
        showAutoPreview(outcome);
        break;
    case BankMatchOutcome::Kind::AutoPost:
        showAutoPosted(outcome);
        break;
    }
}

void BankPage::showQueue(const BankMatchOutcome& outcome)
{
    if (!m_session || outcome.cancelled)
        return;
    m_queueRead = true;
    m_model->setMatches(outcome.matches);
    selectLine(m_keepSelected.value_or(BankLineId{}), m_keepRow);
    m_keepSelected.reset();
    updateActions();
    updateDetails();
    updateEmptyState();
    updateStatus();
}

void BankPage::selectLine(BankLineId line, int fallbackRow)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    int row = std::clamp(fallbackRow, 0, rows - 1);
    if (const int source = m_model->rowOf(line); source >= 0)
        row = m_proxy->mapFromSource(m_model->index(source, 0)).row();
    m_tableView->selectRow(row);
}

std::optional<BankMatch> BankPage::selectedMatch() const
{
    const QModelIndex current = m_proxy->mapToSource(m_tableView->currentIndex());
    return m_model->matchAt(current.isValid() ? current.row() : -1);
}

void BankPage::setMessage(const QString& text)
{
    m_messageLabel->setText(text);
}

void BankPage::changed()
{
    readQueue();
    Q_EMIT ledgerChanged();
}

void BankPage::updateActions()
{
    const bool idle = m_session && !isBusy();
    const bool selected = idle && selectedMatch().has_value();
    m_importAction->setEnabled(idle);
    m_matchAction->setEnabled(idle);
    m_postAction->setEnabled(selected);
    m_changeAction->setEnabled(selected);
    m_splitAction->setEnabled(selected);
    m_ignoreAction->setEnabled(selected);
    m_postAllAction->setEnabled(idle && m_model->rowCount() > 0);
}

void BankPage::updateDetails()
{
    const auto match = selectedMatch();
    if (!match) {
        m_detailsLabel->setText(m_model->rowCount() > 0 ? tr("Select a receipt to see it in full.")
                                                        : QString());
        return;
    }
    const QLocale locale;
    const BankLine& line = match->line;
    QString payer = BankMatchText::payer(line);
    if (!line.counterpartyAccount.isEmpty())
        //: A payer and its bank account.
        payer = tr("%1 (account %2)").arg(payer, line.counterpartyAccount);
    //: The selected bank line: amount, payer, booking date, then its reference.
    QString received =
        tr("<b>%1</b> from %2, booked on %3")
            .arg(NumberFormat::money(line.amount.minor(), line.amount.currency(), locale)
                     .toHtmlEscaped(),
                 payer.toHtmlEscaped(), locale.toString(line.bookingDate, QLocale::LongFormat));
    if (!line.reference.isEmpty())
        received += u" — "_s + tr("reference “%1”").arg(line.reference.toHtmlEscaped());
    QString proposal;
    if (match->customerCode.isEmpty()) {
        proposal = tr("No proposal: post it with Change… to the customer who paid, or ignore it.");
    } else if (match->documents.isEmpty()) {
        //: %1 customer, %2 score.
        proposal = tr("Proposed: %1, score %2, on account.")
                       .arg(BankMatchText::customer(*match).toHtmlEscaped(),
                            locale.toString(match->score));
    } else {
        //: %1 customer, %2 documents, %3 score.
        proposal = tr("Proposed: %1 for %2, score %3.")
                       .arg(BankMatchText::customer(*match).toHtmlEscaped(),
                            BankMatchText::documents(*match).toHtmlEscaped(),
                            locale.toString(match->score));
    }
    m_detailsLabel->setText(received + u"<br>"_s + proposal + u' ' +
                            BankMatchText::reason(*match).toHtmlEscaped());
}

void BankPage::updateEmptyState()
{
    if (!m_session || m_model->rowCount() > 0) {
        m_emptyLabel->hide();
        return;
    }
    if (!m_queueRead || m_runner->isReadingQueue())
        m_emptyLabel->showMessage(tr("Matching the receipts…"));
    else
        m_emptyLabel->showMessage(
            tr("No receipts to apply.\n\nImport a bank statement (camt.053, camt.054 or MT940) "
               "with Import Statement…, or drop the file on this page.\nEach receipt is "
               "proposed a customer and the documents it pays: Enter posts the selected "
               "proposal, Delete takes a line out of the queue."));
}

void BankPage::importStatement()
{
    if (!m_session || isBusy())
        return;
    const QString path = FileDialogs::openBankStatement(
        this, tr("Import Bank Statement"),
        QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    if (!path.isEmpty())
        importFile(path);
}

void BankPage::importFile(const QString& path, const std::optional<BankCsvProfile>& csvProfile)
{
    if (!m_session || isBusy())
        return;
    auto* progress =
        new JobProgressDialog(m_runner->workJobs(), tr("Import Bank Statement"),
                              tr("Importing “%1”…").arg(QFileInfo(path).fileName()), this);
    progress->setObjectName(u"bankImportProgressDialog"_s);
    m_runner->importFile(m_session->path(), path, csvProfile);
}

void BankPage::showImported(const BankImportOutcome& outcome)
{
    const QString name = QFileInfo(outcome.path).fileName();
    if (outcome.cancelled) {
        setMessage(tr("The import of “%1” was cancelled; nothing was imported.").arg(name));
        return;
    }
    setMessage(BankMatchText::importSummary(name, outcome.report, QLocale()));
    if (outcome.report.newLines > 0)
        changed();
}

void BankPage::showImportFailed(const QString& path, const Error& error)
{
    // The reader refuses a CSV file without a profile as a usage error: no file could fix that.
    if (error.code == ErrorCode::InvalidArgument) {
        chooseCsvProfile(path);
        return;
    }
    const QString name = QFileInfo(path).fileName();
    QString text;
    switch (error.code) {
    case ErrorCode::InvalidInput:
        text = tr("“%1” could not be imported: it is not a bank statement ARDesk reads "
                  "(camt.053, camt.054, MT940, OFX, or CSV with its profile), it is damaged, it "
                  "names no account, or it is "
                  "in a currency the ledger does not bill in. Nothing was imported.")
                   .arg(name);
        break;
    case ErrorCode::Io:
    case ErrorCode::NotFound:
        text = tr("“%1” could not be read. Nothing was imported.").arg(name);
        break;
    default:
        text = ErrorMessages::changeLedger(error);
        break;
    }
    setMessage(text);
    MessageBoxes::warning(this, tr("Cannot Import Statement"), text, error.detail);
}

void BankPage::chooseCsvProfile(const QString& path)
{
    if (!m_session)
        return;
    const QString name = QFileInfo(path).fileName();
    const auto profiles = m_session->bankCsvProfiles().list();
    if (!profiles) {
        showReadError(tr("Cannot Read CSV Profiles"), profiles.error());
        return;
    }
    if (profiles->isEmpty()) {
        createCsvProfile(path);
        return;
    }
    BankCsvProfileDialog dialog(name, *profiles, this);
    const int chosen = dialog.exec();
    if (chosen == BankCsvProfileDialog::NewProfile) {
        createCsvProfile(path);
        return;
    }
    if (chosen != QDialog::Accepted) {
        setMessage(tr("The import of “%1” was cancelled; nothing was imported.").arg(name));
        return;
    }
    importFile(path, dialog.profile());
}

void BankPage::createCsvProfile(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showImportFailed(path, Error{ErrorCode::Io, file.errorString()});
        return;
    }
    const auto currency = m_session->ledgerInfo().currency();
    BankCsvProfileWizard wizard(name, file.read(wizardBytes),
                                currency ? *currency : *CurrencyCode::fromCode(u"EUR"), this);
    if (wizard.exec() != QDialog::Accepted) {
        setMessage(tr("The import of “%1” was cancelled; nothing was imported.").arg(name));
        return;
    }
    const BankCsvProfile profile = wizard.profile();
    if (auto saved = m_session->bankCsvProfiles().save(profile); !saved) {
        MessageBoxes::warning(this, tr("Cannot Save CSV Profile"),
                              ErrorMessages::changeLedger(saved.error()), saved.error().detail);
        return;
    }
    importFile(path, profile);
}

void BankPage::showMatchFailed(BankMatchOutcome::Kind kind, const Error& error)
{
    if (kind == BankMatchOutcome::Kind::Queue) {
        showReadError(tr("Cannot Match Receipts"), error);
        return;
    }
    MessageBoxes::warning(this, tr("Cannot Post Receipts"),
                          kind == BankMatchOutcome::Kind::AutoPost
                              ? tr("Nothing was posted: %1").arg(ErrorMessages::changeLedger(error))
                              : ErrorMessages::readLedger(error),
                          error.detail);
    readQueue();
}

void BankPage::postSelected()
{
    const auto match = selectedMatch();
    if (!m_session || isBusy() || !match)
        return;
    // Nothing proposed: the bookkeeper says who paid.
    if (match->customerCode.isEmpty()) {
        changeSelected();
        return;
    }
    const QLocale locale;
    const BankLine& line = match->line;
    const QString amount = NumberFormat::money(line.amount.minor(), line.amount.currency(), locale);
    const QString payer = BankMatchText::payer(line);
    const QString pays =
        match->documents.isEmpty()
            ? tr("It pays the customer's oldest open items; what is left stays on the customer "
                 "as unapplied credit.")
            : tr("It pays %1 first, then the customer's oldest open items; what is left stays "
                 "on the customer as unapplied credit.")
                  .arg(BankMatchText::documents(*match));
    //: %1 amount, %2 payer, %3 customer, %4 what it pays (a sentence).
    const QString text = tr("Post the receipt of %1 from %2 to %3?\n\n%4")
                             .arg(amount, payer, BankMatchText::customer(*match), pays);
    if (MessageBoxes::question(this, tr("Post Receipt"), text, QMessageBox::Yes | QMessageBox::No,
                               QMessageBox::Yes) != QMessageBox::Yes)
        return;
    const auto posted =
        m_session->cashApplication().post(line.id, match->customerCode, match->documents);
    if (!posted) {
        MessageBoxes::warning(this, tr("Cannot Post Receipt"),
                              BankMatchText::changeError(posted.error()), posted.error().detail);
        readQueue();
        return;
    }
    setMessage(tr("Posted %1 from %2 to %3.").arg(amount, payer, BankMatchText::customer(*posted)));
    changed();
}

void BankPage::changeSelected()
{
    const auto match = selectedMatch();
    if (!m_session || isBusy() || !match)
        return;
    BankPostDialog dialog(*m_session, *match, this);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    if (!accepted || !dialog.posted()) {
        // A failed post may have found the line changed meanwhile.
        readQueue();
        return;
    }
    const BankMatch& posted = *dialog.posted();
    const BankLine& line = posted.line;
    const QString amount =
        NumberFormat::money(line.amount.minor(), line.amount.currency(), QLocale());
    const QString payer = BankMatchText::payer(line);
    setMessage(tr("Posted %1 from %2 to %3.").arg(amount, payer, BankMatchText::customer(posted)));
    changed();
}

void BankPage::splitSelected()
{
    const auto match = selectedMatch();
    if (!m_session || isBusy() || !match)
        return;
    BankSplitDialog dialog(*m_session, *match, this);
    if (dialog.exec() != QDialog::Accepted || dialog.posted().isEmpty()) {
        readQueue();
        return;
    }
    QStringList customers;
    for (const BankMatch& part : dialog.posted())
        customers.append(BankMatchText::customer(part));
    const BankLine& line = match->line;
    setMessage(tr("Posted %1 from %2 to %3.")
                   .arg(NumberFormat::money(line.amount.minor(), line.amount.currency(), QLocale()),
                        BankMatchText::payer(line), customers.join(u", "_s)));
    changed();
}

void BankPage::ignoreSelected()
{
    const auto match = selectedMatch();
    if (!m_session || isBusy() || !match)
        return;
    BankIgnoreDialog dialog(match->line, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto ignored = m_session->cashApplication().ignore(match->line.id, dialog.reason());
    if (!ignored) {
        MessageBoxes::warning(this, tr("Cannot Ignore Line"),
                              BankMatchText::changeError(ignored.error()), ignored.error().detail);
        readQueue();
        return;
    }
    const BankLine& line = match->line;
    setMessage(tr("Ignored %1 from %2: %3")
                   .arg(NumberFormat::money(line.amount.minor(), line.amount.currency(), QLocale()),
                        BankMatchText::payer(line), dialog.reason()));
    changed();
}

void BankPage::postAll()
{
    if (!m_session || isBusy())
        return;
    auto* progress = new JobProgressDialog(m_runner->workJobs(), tr("Post All"),
                                           tr("Finding the receipts to post…"), this);
    progress->setObjectName(u"bankPreviewProgressDialog"_s);
    progress->setProgressText(matchedText);
    m_runner->postAll(m_session->path(), Clock::today(), postAllMinScore, true);
    // The preview writes nothing: Cancel stops waiting for it.
    connect(progress, &QProgressDialog::canceled, m_runner->workJobs(), &JobRunner::discard);
}

void BankPage::showAutoPreview(const BankMatchOutcome& outcome)
{
    if (!m_session || outcome.cancelled)
        return;
    QList<BankMatch> toPost;
    m_previewed.clear();
    for (const BankMatch& match : outcome.matches) {
        if (match.posted) {
            toPost.append(match);
            m_previewed.insert(match.line.id.value);
        }
    }
    if (toPost.isEmpty()) {
        MessageBoxes::information(this, tr("Post All"),
                                  tr("No receipt scores %1 or more: post them one by one.")
                                      .arg(QLocale().toString(outcome.minScore)));
        return;
    }
    // Window-modal and not exec(): nothing waits on the GUI thread inside a job's answer.
    auto* dialog = new BankAutoPostDialog(toPost, outcome.minScore, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, minScore = outcome.minScore] {
        if (!m_session || isBusy())
            return;
        // All postings are one transaction: Cancel before its end posts nothing.
        auto* progress = new JobProgressDialog(m_runner->workJobs(), tr("Post All"),
                                               tr("Posting the receipts…"), this);
        progress->setObjectName(u"bankPostAllProgressDialog"_s);
        progress->setProgressText(matchedText);
        m_runner->postAll(m_session->path(), Clock::today(), minScore, false);
    });
    dialog->open();
}

void BankPage::showAutoPosted(const BankMatchOutcome& outcome)
{
    if (outcome.cancelled) {
        m_previewed.clear();
        setMessage(tr("Post All was cancelled; nothing was posted."));
        return;
    }
    QSet<qint64> posted;
    for (const BankMatch& match : outcome.matches) {
        if (match.posted)
            posted.insert(match.line.id.value);
    }
    QString text = tr("Posted %n receipt(s).", nullptr, static_cast<int>(posted.size()));
    if (posted != m_previewed)
        text += u' ' + tr("The ledger changed after the preview, so the receipts posted differ "
                          "from those listed.");
    m_previewed.clear();
    setMessage(text);
    changed();
}

void BankPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_session && !isBusy() && droppedFile(event->mimeData()))
        event->acceptProposedAction();
}

void BankPage::dropEvent(QDropEvent* event)
{
    const auto file = droppedFile(event->mimeData());
    if (!m_session || isBusy() || !file)
        return;
    event->acceptProposedAction();
    importFile(*file);
}

} // namespace ardesk
