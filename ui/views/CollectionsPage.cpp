#include "views/CollectionsPage.h"

#include <algorithm>

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "domain/Clock.h"
#include "jobs/JobProgressDialog.h"
#include "jobs/JobRunner.h"
#include "letters/LetterComposer.h"
#include "mail/SecretStore.h"
#include "models/LocaleSortProxyModel.h"
#include "models/ReminderRunModel.h"
#include "printing/LetterPrinting.h"
#include "session/LedgerSession.h"
#include "text/AgencyText.h"
#include "text/NumberFormat.h"
#include "text/ReminderText.h"
#include "widgets/DateEdit.h"
#include "widgets/EmptyListLabel.h"
#include "widgets/FileDialogs.h"
#include "widgets/MessageBoxes.h"
#include "widgets/PageHeading.h"
#include "widgets/RiskGradeDelegate.h"
#include "widgets/TableViewStyle.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// The confirmation names this many customers; a longer run ends in "and N more".
constexpr int confirmationNames = 15;

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

CollectionsPage::CollectionsPage(QWidget* parent)
    : LedgerPage(parent)
    , m_runner(new ReminderRunner(this))
    , m_model(new ReminderRunModel(this))
    , m_proxy(new LocaleSortProxyModel(ReminderRunModel::SortRole, this))
    , m_asOfDateEdit(new DateEdit(Clock::today(), this))
    , m_previewButton(new QPushButton(tr("P&review Run"), this))
    , m_receiptsWarning(new QLabel(this))
    , m_agencyNote(new QLabel(this))
    , m_tableView(new QTableView(this))
    , m_emptyLabel(new EmptyListLabel(m_tableView))
    , m_itemsTextBrowser(new QTextBrowser(this))
    , m_previewLetterButton(new QPushButton(tr("Preview &Letter…"), this))
    , m_printButton(new QPushButton(tr("&Print…"), this))
    , m_saveLettersButton(new QPushButton(tr("Save Letters as P&DF…"), this))
    , m_perCustomerCheckBox(new QCheckBox(tr("One PDF per c&ustomer"), this))
    , m_bookChargesCheckBox(new QCheckBox(tr("&Book interest and fees"), this))
    , m_saveEmailsButton(new QPushButton(tr("Save E-&mails as .eml…"), this))
    , m_sendEmailsButton(new QPushButton(tr("&Send E-mails…"), this))
    , m_previewRunAction(new QAction(tr("P&review Run"), this))
    , m_previewLetterAction(new QAction(tr("Preview &Letter…"), this))
    , m_printAction(new QAction(tr("&Print Letters…"), this))
    , m_saveLettersAction(new QAction(tr("Save Letters as P&DF…"), this))
    , m_saveEmailsAction(new QAction(tr("Save E-&mails as .eml…"), this))
    , m_sendEmailsAction(new QAction(tr("&Send E-mails…"), this))
    , m_sortByRiskAction(new QAction(tr("Sort by &Amount at Risk"), this))
{
    setObjectName(u"collectionsPage"_s);
    setUpRunTable();
    setUpCommands();
    connectRunner();
    layOut();
    updateActions();
}

// The as-of field, Preview, and the table of the run with its detail pane.
void CollectionsPage::setUpRunTable()
{
    m_asOfDateEdit->setObjectName(u"collectionsAsOfDateEdit"_s);
    m_asOfDateEdit->setAccessibleName(tr("Run as of"));
    m_asOfDateEdit->setCalendarPopup(true);
    m_asOfDateEdit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_previewButton->setObjectName(u"previewRunButton"_s);
    m_previewButton->setToolTip(tr("List who gets which reminder as of the date; records nothing"));
    m_previewButton->setDefault(true);
    connect(m_previewButton, &QPushButton::clicked, this, &CollectionsPage::previewRun);
    m_receiptsWarning->setObjectName(u"waitingReceiptsWarning"_s);
    m_receiptsWarning->setWordWrap(true);
    // Customer names from the ledger: never read as rich text.
    m_receiptsWarning->setTextFormat(Qt::PlainText);
    // Framed and bold rather than coloured, so that it reads in a dark palette as in a light one.
    m_receiptsWarning->setFrameShape(QFrame::StyledPanel);
    m_receiptsWarning->setMargin(6);
    QFont bold = m_receiptsWarning->font();
    bold.setBold(true);
    m_receiptsWarning->setFont(bold);
    m_receiptsWarning->hide();
    m_agencyNote->setObjectName(u"withAgencyNote"_s);
    m_agencyNote->setWordWrap(true);
    m_agencyNote->setTextFormat(Qt::PlainText);
    m_agencyNote->hide();

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_tableView->setObjectName(u"remindersTableView"_s);
    m_tableView->setAccessibleName(tr("Reminders of the run"));
    m_tableView->setModel(m_proxy);
    applyTableViewStyle(m_tableView);
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(ReminderRunModel::Customer, Qt::AscendingOrder);
    QHeaderView* columns = m_tableView->horizontalHeader();
    columns->setSectionsMovable(true);
    const int charWidth = m_tableView->fontMetrics().averageCharWidth();
    resizeColumnAtLeast(m_tableView, ReminderRunModel::Level, charWidth * 24);
    resizeColumnAtLeast(m_tableView, ReminderRunModel::Channel, charWidth * 12);
    resizeColumnAtLeast(m_tableView, ReminderRunModel::Documents, charWidth * 34);
    for (const int column : {ReminderRunModel::Overdue, ReminderRunModel::Interest,
                             ReminderRunModel::Fee, ReminderRunModel::TotalDue})
        resizeColumnAtLeast(m_tableView, column, charWidth * 15);
    resizeColumnAtLeast(m_tableView, ReminderRunModel::AtRisk, charWidth * 20);
    columns->resizeSection(ReminderRunModel::Risk, charWidth * 9);
    m_tableView->setItemDelegateForColumn(ReminderRunModel::Risk,
                                          new RiskGradeDelegate(m_tableView));
    columns->setSectionResizeMode(ReminderRunModel::Customer, QHeaderView::Stretch);
    // Enter or a double click shows the customer's letter.
    connect(m_tableView, &QTableView::activated, this, &CollectionsPage::previewLetter);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateDetails();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CollectionsPage::updateEmptyState);

    m_itemsTextBrowser->setObjectName(u"reminderItemsTextBrowser"_s);
    m_itemsTextBrowser->setAccessibleName(tr("Items of the selected reminder"));
    m_itemsTextBrowser->setOpenLinks(false);
}

// The buttons under the table and the same commands as menu actions.
void CollectionsPage::setUpCommands()
{
    const QList<std::pair<QPushButton*, void (CollectionsPage::*)()>> commands{
        {m_previewLetterButton, &CollectionsPage::previewLetter},
        {m_printButton, &CollectionsPage::printRun},
        {m_saveLettersButton, &CollectionsPage::saveLettersAsPdf},
        {m_saveEmailsButton, &CollectionsPage::saveEmails},
        {m_sendEmailsButton, &CollectionsPage::sendEmails}};
    for (const auto& [button, command] : commands)
        connect(button, &QPushButton::clicked, this, command);
    m_previewLetterButton->setObjectName(u"previewLetterButton"_s);
    m_printButton->setObjectName(u"printRunButton"_s);
    m_printButton->setToolTip(tr("Print every letter of the run; records nothing"));
    m_saveLettersButton->setObjectName(u"saveLettersButton"_s);
    m_saveLettersButton->setToolTip(tr("Write the letters into PDF files and record them as sent"));
    m_perCustomerCheckBox->setObjectName(u"pdfPerCustomerCheckBox"_s);
    m_perCustomerCheckBox->setToolTip(
        tr("Save each customer's letter as its own PDF file in a folder, instead of one file "
           "for the whole run"));
    m_bookChargesCheckBox->setObjectName(u"bookChargesCheckBox"_s);
    m_bookChargesCheckBox->setToolTip(
        tr("Also book each reminder's late-payment interest and fee as a charge (an invoice "
           "REM-date-customer) on the customer's account"));
    m_saveEmailsButton->setObjectName(u"saveEmailsButton"_s);
    m_saveEmailsButton->setToolTip(
        tr("Write the e-mails as .eml drafts into a folder and record them as sent"));
    m_sendEmailsButton->setObjectName(u"sendEmailsButton"_s);
    m_sendEmailsButton->setToolTip(
        tr("Send the e-mails through the mail server of the settings and record them"));

    const QList<std::pair<QAction*, void (CollectionsPage::*)()>> actions{
        {m_previewRunAction, &CollectionsPage::previewRun},
        {m_previewLetterAction, &CollectionsPage::previewLetter},
        {m_printAction, &CollectionsPage::printRun},
        {m_saveLettersAction, &CollectionsPage::saveLettersAsPdf},
        {m_saveEmailsAction, &CollectionsPage::saveEmails},
        {m_sendEmailsAction, &CollectionsPage::sendEmails},
        {m_sortByRiskAction, &CollectionsPage::sortByAmountAtRisk}};
    for (const auto& [action, command] : actions)
        connect(action, &QAction::triggered, this, command);
    m_previewRunAction->setObjectName(u"previewRunAction"_s);
    // F5 reads again, as in browsers and file managers.
    m_previewRunAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_previewLetterAction->setObjectName(u"previewLetterAction"_s);
    m_printAction->setObjectName(u"printRunAction"_s);
    m_saveLettersAction->setObjectName(u"saveLettersAction"_s);
    m_saveEmailsAction->setObjectName(u"saveEmailsAction"_s);
    m_sendEmailsAction->setObjectName(u"sendEmailsAction"_s);
    m_sortByRiskAction->setObjectName(u"sortByRiskAction"_s);
    m_sortByRiskAction->setToolTip(
        tr("Put first the customers with the most money likely to be paid late: each open "
           "item's amount times its predicted chance of being paid late"));
}

void CollectionsPage::connectRunner()
{
    connect(m_runner, &ReminderRunner::previewed, this, &CollectionsPage::showPreview);
    connect(m_runner, &ReminderRunner::previewFailed, this, [this](const Error& error) {
        updateActions();
        Q_EMIT busyChanged(false);
        showReadError(tr("Cannot Read the Dunning Run"), error);
    });
    connect(m_runner, &ReminderRunner::delivered, this, &CollectionsPage::showDelivered);
}

void CollectionsPage::layOut()
{
    QLabel* headingLabel = createPageHeading(tr("Collections"), u"collectionsHeadingLabel"_s, this);
    auto* asOfLabel = new QLabel(tr("&As of:"), this);
    asOfLabel->setBuddy(m_asOfDateEdit);

    auto* topLayout = new QHBoxLayout;
    topLayout->addWidget(headingLabel);
    topLayout->addStretch();
    topLayout->addWidget(asOfLabel);
    topLayout->addWidget(m_asOfDateEdit);
    topLayout->addWidget(m_previewButton);

    auto* buttonLayout = new QHBoxLayout;
    buttonLayout->addWidget(m_previewLetterButton);
    buttonLayout->addWidget(m_printButton);
    buttonLayout->addStretch();
    buttonLayout->addWidget(m_bookChargesCheckBox);
    buttonLayout->addWidget(m_perCustomerCheckBox);
    buttonLayout->addWidget(m_saveLettersButton);
    buttonLayout->addWidget(m_saveEmailsButton);
    buttonLayout->addWidget(m_sendEmailsButton);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"collectionsSplitter"_s);
    splitter->addWidget(m_tableView);
    splitter->addWidget(m_itemsTextBrowser);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(topLayout);
    layout->addWidget(m_receiptsWarning);
    layout->addWidget(m_agencyNote);
    layout->addWidget(splitter);
    layout->addLayout(buttonLayout);

    setFocusProxy(m_asOfDateEdit);
    QWidget* previous = m_asOfDateEdit;
    for (QWidget* next :
         QList<QWidget*>{m_previewButton, m_tableView, m_itemsTextBrowser, m_previewLetterButton,
                         m_printButton, m_bookChargesCheckBox, m_perCustomerCheckBox,
                         m_saveLettersButton, m_saveEmailsButton, m_sendEmailsButton}) {
        setTabOrder(previous, next);
        previous = next;
    }
}

QString CollectionsPage::pageId() const
{
    return u"collections"_s;
}

QString CollectionsPage::title() const
{
    return tr("Collections");
}

QList<QAction*> CollectionsPage::menuActions() const
{
    return {m_previewRunAction, m_previewLetterAction, m_printAction,     m_saveLettersAction,
            m_saveEmailsAction, m_sendEmailsAction,    m_sortByRiskAction};
}

void CollectionsPage::sortByAmountAtRisk()
{
    m_tableView->sortByColumn(ReminderRunModel::AtRisk, Qt::DescendingOrder);
}

void CollectionsPage::setSession(LedgerSession* session)
{
    // A run still being read belongs to the ledger before; its answer is dropped.
    m_runner->discardPreview();
    Q_EMIT busyChanged(isBusy());
    m_session = session;
    m_preview.reset();
    m_model->setNotices({});
    updateDetails();
    updateActions();
    updateStatus();
    readWhenShown([this] { previewRun(); });
}

bool CollectionsPage::isBusy() const
{
    return m_runner->isPreviewing() || m_runner->isDelivering();
}

QString CollectionsPage::statusText() const
{
    if (!m_session || !m_preview)
        return QString();
    return tr("Reminders as of %1: %2")
        .arg(QLocale().toString(m_preview->asOf, QLocale::ShortFormat),
             QLocale().toString(m_model->rowCount()));
}

void CollectionsPage::previewRun()
{
    // A newer preview supersedes one still being read.
    if (!m_session || m_runner->isDelivering())
        return;
    m_runner->preview(m_session->path(), m_asOfDateEdit->date());
    updateActions();
    Q_EMIT busyChanged(true);
}

void CollectionsPage::showPreview(const ReminderPreview& preview)
{
    if (!m_session)
        return;
    // The page shows the run as of the date in its field. An answer for a date the field no
    // longer shows (set while the read ran) is dropped and read again, so that the table never
    // contradicts the field above it.
    if (preview.asOf != m_asOfDateEdit->date()) {
        updateActions();
        Q_EMIT busyChanged(false);
        readWhenShown([this] { previewRun(); });
        return;
    }
    m_preview = preview;
    const QString warning = waitingReceiptsText(preview);
    m_receiptsWarning->setText(warning);
    m_receiptsWarning->setVisible(!warning.isEmpty());
    const QString withAgency = withAgencyText(preview);
    m_agencyNote->setText(withAgency);
    m_agencyNote->setVisible(!withAgency.isEmpty());
    m_model->setNotices(preview.notices, preview.risks);
    if (m_model->rowCount() > 0)
        m_tableView->selectRow(0);
    updateDetails();
    updateActions();
    updateStatus();
    Q_EMIT busyChanged(false);
}

QString CollectionsPage::waitingReceiptsText(const ReminderPreview& preview)
{
    if (preview.waitingReceipts.isEmpty())
        return {};
    QSet<qint64> reminded;
    for (const ReminderNotice& notice : preview.notices)
        reminded.insert(notice.customer.value);
    const QLocale locale;
    QStringList paid;
    for (const BankMatch& receipt : preview.waitingReceipts) {
        if (!reminded.contains(receipt.customer.value))
            continue;
        paid.append(tr("%1 may already have paid %2 on %3.")
                        .arg(receipt.customerName,
                             NumberFormat::money(receipt.line.amount.minor(),
                                                 receipt.line.amount.currency(), locale),
                             locale.toString(receipt.line.bookingDate, QLocale::ShortFormat)));
    }
    QString text = tr("%n bank receipt(s) are waiting to be applied on the Bank page: a customer "
                      "may already have paid.",
                      "", static_cast<int>(preview.waitingReceipts.size()));
    if (!paid.isEmpty())
        text += u' ' + paid.join(u' ');
    return text;
}

QString CollectionsPage::withAgencyText(const ReminderPreview& preview)
{
    if (preview.withAgency.isEmpty())
        return {};
    const QLocale locale;
    QStringList customers;
    for (const AgencyHandover& handover : preview.withAgency)
        customers.append(
            tr("%1 (%2)").arg(handover.customerName, AgencyText::customer(handover, locale)));
    return tr("Left out, with a collection agency: %1.").arg(customers.join(u"; "_s));
}

void CollectionsPage::updateDetails()
{
    const QModelIndex current = m_proxy->mapToSource(m_tableView->currentIndex());
    const auto notice = m_model->noticeAt(current.isValid() ? current.row() : -1);
    m_itemsTextBrowser->setHtml(notice ? ReminderRunModel::itemsHtml(*notice) : QString());
}

void CollectionsPage::updateActions()
{
    const bool idle = m_session && !isBusy();
    const bool any = idle && m_model->rowCount() > 0;
    const bool selected = any && m_tableView->currentIndex().isValid();
    m_asOfDateEdit->setEnabled(idle);
    m_previewButton->setEnabled(idle);
    m_previewRunAction->setEnabled(idle);
    m_previewLetterButton->setEnabled(selected);
    m_previewLetterAction->setEnabled(selected);
    for (QPushButton* button :
         {m_printButton, m_saveLettersButton, m_saveEmailsButton, m_sendEmailsButton})
        button->setEnabled(any);
    for (QAction* action :
         {m_printAction, m_saveLettersAction, m_saveEmailsAction, m_sendEmailsAction})
        action->setEnabled(any);
}

void CollectionsPage::updateEmptyState()
{
    if (!m_session || m_model->rowCount() > 0) {
        m_emptyLabel->hide();
        return;
    }
    if (!m_preview)
        m_emptyLabel->showMessage(tr("Reading who is due a reminder…"));
    else
        m_emptyLabel->showMessage(
            tr("Nobody is due a reminder as of %1.")
                .arg(QLocale().toString(m_preview->asOf, QLocale::LongFormat)));
}

std::optional<QList<Letter>> CollectionsPage::composeLetters(const QList<ReminderNotice>& notices)
{
    LetterComposer composer(m_preview->company, m_preview->templates);
    QList<Letter> letters;
    for (const ReminderNotice& notice : notices) {
        const auto letter = composer.reminder(notice);
        if (!letter) {
            MessageBoxes::critical(
                this, tr("Cannot Compose the Letter"),
                tr("The letter to %1 could not be written from its template. Check the "
                   "template of the level “%2”.")
                    .arg(notice.customerName, notice.level.name),
                letter.error().detail);
            return std::nullopt;
        }
        letters.append(*letter);
    }
    return letters;
}

void CollectionsPage::previewLetter()
{
    const QModelIndex current = m_proxy->mapToSource(m_tableView->currentIndex());
    const auto notice = m_model->noticeAt(current.isValid() ? current.row() : -1);
    if (!m_preview || !notice)
        return;
    if (const auto letters = composeLetters({*notice}))
        LetterPrinting::preview(this, tr("Letter to %1").arg(notice->customerName),
                                m_preview->company, *letters);
}

void CollectionsPage::printRun()
{
    if (!m_preview || m_preview->notices.isEmpty())
        return;
    if (const auto letters = composeLetters(m_preview->notices))
        LetterPrinting::print(this, tr("Print Reminders"), m_preview->company, *letters);
}

void CollectionsPage::saveLettersAsPdf()
{
    if (!m_preview || m_preview->notices.isEmpty() || isBusy())
        return;
    const QString title = tr("Save Letters as PDF");
    ReminderDelivery delivery{.kind = ReminderDelivery::Kind::LettersFile,
                              .path = {},
                              .smtp = {},
                              .password = {},
                              .date = m_preview->asOf};
    if (m_perCustomerCheckBox->isChecked()) {
        delivery.kind = ReminderDelivery::Kind::LettersPerCustomer;
        delivery.path = FileDialogs::chooseDirectory(this, title, documentsFolder());
    } else {
        delivery.path = FileDialogs::savePdf(
            this, title,
            QDir(documentsFolder())
                .filePath(tr("reminders-%1.pdf").arg(m_preview->asOf.toString(Qt::ISODate))));
    }
    if (delivery.path.isEmpty())
        return;
    confirmAndDeliver(delivery, tr("Letters to “%1”").arg(QDir::toNativeSeparators(delivery.path)));
}

void CollectionsPage::saveEmails()
{
    if (!m_preview || m_preview->notices.isEmpty() || isBusy())
        return;
    const QString from = sender();
    if (from.isEmpty()) {
        MessageBoxes::warning(this, tr("Save E-mails"), noSenderText());
        return;
    }
    const QString directory =
        FileDialogs::chooseDirectory(this, tr("Save E-mails as .eml"), documentsFolder());
    if (directory.isEmpty())
        return;
    ReminderDelivery delivery{.kind = ReminderDelivery::Kind::EmlDrafts,
                              .path = directory,
                              .smtp = {},
                              .password = {},
                              .date = m_preview->asOf,
                              .sender = from};
    if (!chooseBothLettersFolder(delivery))
        return;
    confirmAndDeliver(delivery,
                      tr("E-mail drafts (.eml) to “%1”").arg(QDir::toNativeSeparators(directory)));
}

void CollectionsPage::sendEmails()
{
    if (!m_preview || m_preview->notices.isEmpty() || isBusy())
        return;
    const QString title = tr("Send E-mails");
    const SmtpSettings smtp = SmtpSettings::load(QSettings());
    if (smtp.host.trimmed().isEmpty()) {
        MessageBoxes::warning(this, title,
                              tr("No mail server is set up. Enter it in Edit > Settings first."));
        return;
    }
    const QString from = sender();
    if (from.isEmpty()) {
        MessageBoxes::warning(this, title, noSenderText());
        return;
    }
    QString password;
    if (!smtp.user.isEmpty()) {
        const auto stored = SecretStore().read(smtp.secretKey());
        if (!stored) {
            MessageBoxes::warning(
                this, title,
                stored.error().code == ErrorCode::NotFound
                    ? tr("No password is saved for %1 on %2. Enter it in Edit > Settings first.")
                          .arg(smtp.user, smtp.host)
                    : tr("The password for %1 on %2 could not be read from the keychain.")
                          .arg(smtp.user, smtp.host),
                stored.error().detail);
            return;
        }
        password = *stored;
    }
    ReminderDelivery delivery{.kind = ReminderDelivery::Kind::Send,
                              .path = {},
                              .smtp = smtp,
                              .password = password,
                              .date = m_preview->asOf,
                              .sender = from};
    if (!chooseBothLettersFolder(delivery))
        return;
    confirmAndDeliver(delivery, tr("E-mails sent through %1").arg(smtp.host));
}

QString CollectionsPage::notesText(const QList<ReminderRun::Note>& notes)
{
    QStringList lines;
    for (const ReminderRun::Note& note : notes) {
        //: A customer in the notes of a reminder run: name (code), level number.
        const QString who =
            tr("%1 (%2), level %3").arg(note.customerName, note.customerCode).arg(note.level);
        switch (note.reason) {
        case ReminderRun::Note::Reason::NoEmailAddress:
            lines.append(tr("%1: no e-mail address, so a letter is due instead.").arg(who));
            break;
        case ReminderRun::Note::Reason::NeedsLetters:
            lines.append(
                tr("%1: not sent; its letter goes out with Save Letters as PDF.").arg(who));
            break;
        case ReminderRun::Note::Reason::NeedsEmails:
            lines.append(tr("%1: not sent; its e-mail goes out with Save E-mails or Send "
                            "E-mails.")
                             .arg(who));
            break;
        case ReminderRun::Note::Reason::Refused:
            //: %2 names the customer's address, the mail server and the server's reply.
            lines.append(
                tr("%1: not sent; the mail server refused the address. It stays in the run. %2")
                    .arg(who, note.detail));
            break;
        }
    }
    return lines.join(u'\n');
}

// The sender of Edit > Settings > E-mail, else the company's address.
QString CollectionsPage::sender() const
{
    const QString saved = SmtpSettings::load(QSettings()).from.trimmed();
    return saved.isEmpty() ? m_preview->company.email.trimmed() : saved;
}

QString CollectionsPage::noSenderText()
{
    return tr("The e-mails need a sender: enter a sender address in Edit > Settings > E-mail, "
              "or the company's e-mail address, first.");
}

// A level sent by letter and e-mail is recorded only once both exist, so an e-mail run that
// includes such customers also writes their letters: one PDF each, in a folder asked for here.
bool CollectionsPage::chooseBothLettersFolder(ReminderDelivery& delivery)
{
    const bool anyBoth = std::ranges::any_of(m_preview->notices, [](const ReminderNotice& notice) {
        return notice.level.channel == ReminderChannel::Both &&
               !notice.customerEmail.trimmed().isEmpty();
    });
    if (!anyBoth)
        return true;
    delivery.bothLettersFolder = FileDialogs::chooseDirectory(
        this, tr("Folder for the Letters of Levels Sent by Letter and E-mail"), documentsFolder());
    return !delivery.bothLettersFolder.isEmpty();
}

void CollectionsPage::confirmAndDeliver(const ReminderDelivery& delivery, const QString& what)
{
    const QList<ReminderNotice>& notices = m_preview->notices;
    const QLocale locale;
    QStringList lines;
    for (qsizetype i = 0; i < notices.size() && i < confirmationNames; ++i) {
        const ReminderNotice& notice = notices.at(i);
        lines.append(tr("%1: %2 (%3), %4")
                         .arg(notice.customerName, notice.level.name,
                              ReminderText::channel(notice.level.channel),
                              NumberFormat::money(notice.totalDueMinor, notice.currency, locale)));
    }
    if (notices.size() > confirmationNames)
        lines.append(
            tr("… and %n more", nullptr, static_cast<int>(notices.size() - confirmationNames)));
    const QString text =
        tr("%1 for the run as of %2, recorded as sent once written:\n\n%3\n\nA customer gets a "
           "reminder only by the channel of its level: letters go to the PDF, e-mails to the "
           "drafts or the server; a level sent by both needs an e-mail run, which also writes "
           "its letters. Customers without an e-mail address get a letter instead.\n\nGo "
           "ahead?")
            .arg(what, locale.toString(delivery.date, QLocale::ShortFormat), lines.join(u'\n'));
    if (MessageBoxes::question(this, tr("Run Reminders"), text, QMessageBox::Yes | QMessageBox::No,
                               QMessageBox::No) != QMessageBox::Yes)
        return;

    ReminderDelivery confirmed = delivery;
    confirmed.bookCharges = m_bookChargesCheckBox->isChecked();
    // One PDF for the run is written, and recorded, as a whole: there is nothing to stop
    // between customers.
    const bool cancellable = delivery.kind != ReminderDelivery::Kind::LettersFile;
    auto* progress = new JobProgressDialog(m_runner->deliveries(), tr("Run Reminders"),
                                           tr("Sending reminders…"), this, cancellable);
    progress->setObjectName(u"reminderProgressDialog"_s);
    m_runner->deliver(m_session->path(), notices, confirmed);
    updateActions();
    Q_EMIT busyChanged(true);
}

void CollectionsPage::showDelivered(const ReminderDeliveryReport& report)
{
    const QString title = tr("Run Reminders");
    const QString done = tr("Reminders recorded for %n customer(s).", nullptr,
                            static_cast<int>(report.delivered.size()));
    if (report.error) {
        QString why = tr("the ledger could not record the reminders.");
        if (report.error->code == ErrorCode::Io)
            why = tr("a file could not be written, or the mail server refused a message.");
        else if (report.error->code == ErrorCode::InvalidInput)
            why = tr("a reminder could not be composed: check its template and the customer's "
                     "e-mail address.");
        MessageBoxes::critical(
            this, title,
            tr("The run stopped: %1\n\n%2 The others were not sent and stay in the run.")
                .arg(why, done),
            report.error->detail);
    } else if (report.cancelled) {
        MessageBoxes::information(
            this, title,
            tr("Cancelled. %1 The others were not sent and stay in the run.").arg(done));
    } else if (!report.notes.isEmpty()) {
        MessageBoxes::warning(this, title,
                              tr("%1 Some customers were left out of this run; see the "
                                 "details.")
                                  .arg(done),
                              notesText(report.notes));
    } else {
        MessageBoxes::information(this, title, done);
    }
    Q_EMIT busyChanged(false);
    if (!report.delivered.isEmpty())
        Q_EMIT ledgerChanged();
    // What was sent is gone from the run now.
    previewRun();
}

} // namespace ardesk
