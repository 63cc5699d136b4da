#include "dialogs/CustomerDetailDialog.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>

#include "ui_CustomerDetailDialog.h"

#include "agency/AgencyCaseFile.h"
#include "agency/AgencyService.h"
#include "dialogs/ActivityDialog.h"
#include "dialogs/AgencyHandoverDialog.h"
#include "dialogs/CustomerDialog.h"
#include "jobs/ForesightLoader.h"
#include "jobs/JobProgressDialog.h"
#include "jobs/JobRunner.h"
#include "ledger/ActivityService.h"
#include "ledger/AuditTrailService.h"
#include "ledger/CorrectionHistoryService.h"
#include "ledger/CustomerAccountService.h"
#include "ledger/CustomerService.h"
#include "ledger/LedgerInfoService.h"
#include "ledger/StatementService.h"
#include "letters/LetterComposer.h"
#include "letters/LetterPdfWriter.h"
#include "letters/LetterTemplateService.h"
#include "models/ActivityListModel.h"
#include "models/AuditTrailModel.h"
#include "models/CorrectionListModel.h"
#include "models/CustomerCreditsModel.h"
#include "models/CustomerOpenItemsModel.h"
#include "models/PlanListModel.h"
#include "printing/LetterPrinting.h"
#include "session/LedgerSession.h"
#include "storage/Database.h"
#include "text/AgencyText.h"
#include "text/ErrorMessages.h"
#include "text/ForesightText.h"
#include "text/NumberFormat.h"
#include "widgets/FileDialogs.h"
#include "widgets/MessageBoxes.h"
#include "widgets/PageHeading.h"
#include "widgets/TableViewStyle.h"

using namespace Qt::StringLiterals;

namespace ardesk {

CustomerDetailDialog::CustomerDetailDialog(LedgerSession& session, CustomerId customer, QDate today,
                                           QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CustomerDetailDialog>())
    , m_session(session)
    , m_customerId(customer)
    , m_today(today)
    , m_nameLabel(nullptr)
    , m_openItemsModel(new CustomerOpenItemsModel(this))
    , m_creditsModel(new CustomerCreditsModel(this))
    , m_plansModel(new PlanListModel(this))
    , m_activityModel(new ActivityListModel(this))
    , m_correctionModel(new CorrectionListModel(this))
    , m_correctionsTableView(new QTableView(this))
    , m_historyModel(new AuditTrailModel(this))
    , m_historyTableView(new QTableView(this))
    , m_openItemsProxy(new QSortFilterProxyModel(this))
    , m_creditsProxy(new QSortFilterProxyModel(this))
    , m_plansProxy(new QSortFilterProxyModel(this))
    , m_activityProxy(new QSortFilterProxyModel(this))
    , m_handOverAction(new QAction(tr("&Hand Over to Agency…"), this))
    , m_recallAction(new QAction(tr("&Take Back from Agency…"), this))
    , m_exportCaseFileAction(new QAction(tr("&Export Case File…"), this))
    , m_jobs(new JobRunner(this))
    , m_foresight(new ForesightLoader(this))
{
    m_ui->setupUi(this);
    setObjectName(u"customerDetailDialog"_s);
    m_nameLabel = createPageHeading(QString(), u"customerNameLabel"_s, this);
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ui->identityLayout->insertWidget(0, m_nameLabel);

    // The figures: captions small and quiet, values in the heading's weight.
    for (QLabel* caption :
         {m_ui->balanceCaptionLabel, m_ui->overdueCaptionLabel, m_ui->creditLimitCaptionLabel,
          m_ui->onHoldCaptionLabel, m_ui->riskCaptionLabel})
        caption->setForegroundRole(QPalette::PlaceholderText);
    for (QLabel* value :
         {m_ui->balanceValueLabel, m_ui->overdueValueLabel, m_ui->creditLimitValueLabel,
          m_ui->onHoldValueLabel, m_ui->riskValueLabel}) {
        QFont font = value->font();
        font.setBold(true);
        font.setPointSizeF(font.pointSizeF() * 1.15);
        value->setFont(font);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    m_openItemsProxy->setSourceModel(m_openItemsModel);
    m_creditsProxy->setSourceModel(m_creditsModel);
    m_plansProxy->setSourceModel(m_plansModel);
    m_activityProxy->setSourceModel(m_activityModel);
    setUpTable(m_ui->openItemsTableView, m_openItemsProxy, CustomerOpenItemsModel::SortRole);
    setUpTable(m_ui->paymentsTableView, m_creditsProxy, CustomerCreditsModel::SortRole);
    setUpTable(m_ui->plansTableView, m_plansProxy, PlanListModel::SortRole);
    setUpTable(m_ui->activityTableView, m_activityProxy, ActivityListModel::SortRole);
    // Corrections of the customer's documents are part of its history: a tab of their own,
    // newest first, beside the activity log.
    m_correctionsTableView->setObjectName(u"correctionsTableView"_s);
    m_correctionsTableView->setAccessibleName(tr("Corrections"));
    auto* correctionProxy = new QSortFilterProxyModel(this);
    correctionProxy->setSourceModel(m_correctionModel);
    setUpTable(m_correctionsTableView, correctionProxy, CorrectionListModel::SortRole);
    m_correctionsTableView->horizontalHeader()->setSectionResizeMode(CorrectionListModel::Change,
                                                                     QHeaderView::Stretch);
    m_ui->detailTabWidget->addTab(m_correctionsTableView, tr("&Corrections"));
    // Who changed what and when, across every document of the customer, newest first.
    m_historyTableView->setObjectName(u"historyTableView"_s);
    m_historyTableView->setAccessibleName(tr("History"));
    auto* historyProxy = new QSortFilterProxyModel(this);
    historyProxy->setSourceModel(m_historyModel);
    setUpTable(m_historyTableView, historyProxy, AuditTrailModel::SortRole);
    m_historyTableView->horizontalHeader()->setSectionResizeMode(AuditTrailModel::Details,
                                                                 QHeaderView::Stretch);
    m_ui->detailTabWidget->addTab(m_historyTableView, tr("&History"));
    m_ui->openItemsTableView->setAccessibleName(tr("Open items"));
    m_ui->paymentsTableView->setAccessibleName(tr("Payments and credit notes"));
    m_ui->plansTableView->setAccessibleName(tr("Installment plans"));
    m_ui->activityTableView->setAccessibleName(tr("Activity log"));
    // Every plan here is this customer's.
    m_ui->plansTableView->setColumnHidden(PlanListModel::Customer, true);
    m_ui->openItemsTableView->horizontalHeader()->setSectionResizeMode(CustomerOpenItemsModel::Note,
                                                                       QHeaderView::Stretch);
    m_ui->paymentsTableView->horizontalHeader()->setSectionResizeMode(CustomerCreditsModel::Note,
                                                                      QHeaderView::Stretch);
    m_ui->activityTableView->horizontalHeader()->setSectionResizeMode(ActivityListModel::Details,
                                                                      QHeaderView::Stretch);
    for (QLabel* hint : {m_ui->openItemsHintLabel, m_ui->paymentsHintLabel})
        hint->setForegroundRole(QPalette::PlaceholderText);

    connect(m_ui->editCustomerButton, &QPushButton::clicked, this,
            &CustomerDetailDialog::editCustomer);
    const auto activityButton = [this](QPushButton* button, ActivityKind kind) {
        connect(button, &QPushButton::clicked, this, [this, kind] { addActivity(kind); });
    };
    activityButton(m_ui->logCallButton, ActivityKind::Call);
    activityButton(m_ui->logEmailButton, ActivityKind::Email);
    activityButton(m_ui->addNoteButton, ActivityKind::Note);
    activityButton(m_ui->promiseButton, ActivityKind::Promise);
    activityButton(m_ui->disputeButton, ActivityKind::Dispute);
    connect(m_ui->resolveButton, &QPushButton::clicked, this,
            &CustomerDetailDialog::resolveDispute);
    connect(m_ui->activityTableView->selectionModel(), &QItemSelectionModel::currentRowChanged,
            this, &CustomerDetailDialog::updateActivityButtons);
    connect(m_ui->statementButton, &QPushButton::clicked, this,
            &CustomerDetailDialog::previewStatement);
    connect(m_ui->saveStatementButton, &QPushButton::clicked, this,
            &CustomerDetailDialog::saveStatement);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_handOverAction->setObjectName(u"handOverAction"_s);
    m_recallAction->setObjectName(u"recallAction"_s);
    m_exportCaseFileAction->setObjectName(u"exportCaseFileAction"_s);
    m_exportCaseFileAction->setToolTip(
        tr("The statement and a letter to the agency with the reminders sent and the activity "
           "log as PDF, and the same as CSV files beside it"));
    auto* agencyMenu = new QMenu(this);
    agencyMenu->setObjectName(u"agencyMenu"_s);
    agencyMenu->addActions({m_handOverAction, m_recallAction});
    agencyMenu->addSeparator();
    agencyMenu->addAction(m_exportCaseFileAction);
    m_ui->agencyButton->setMenu(agencyMenu);
    connect(m_handOverAction, &QAction::triggered, this, &CustomerDetailDialog::changeAgency);
    connect(m_recallAction, &QAction::triggered, this, &CustomerDetailDialog::changeAgency);
    connect(m_exportCaseFileAction, &QAction::triggered, this,
            &CustomerDetailDialog::exportCaseFile);
    connect(m_jobs, &JobRunner::runningChanged, m_exportCaseFileAction,
            [this](bool running) { m_exportCaseFileAction->setEnabled(!running); });

    // The predictions read the whole ledger: they arrive after the rest.
    m_foresight->setLedgerPath(m_session.path());
    connect(m_foresight, &ForesightLoader::loaded, this, &CustomerDetailDialog::showForesight);
    connect(m_foresight, &ForesightLoader::failed, this, &CustomerDetailDialog::readFailed,
            Qt::QueuedConnection);

    resize(1100, 660);
    reload();
    m_ui->detailTabWidget->setFocus();
}

CustomerDetailDialog::~CustomerDetailDialog() = default;

void CustomerDetailDialog::setUpTable(QTableView* view, QSortFilterProxyModel* proxy, int sortRole)
{
    proxy->setSortRole(sortRole);
    view->setModel(proxy);
    applyTableViewStyle(view);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // No indicator: the lists keep the order they were read in until a header is clicked.
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view->setSortingEnabled(true);
}

void CustomerDetailDialog::readFailed(const Error& error)
{
    MessageBoxes::warning(this, tr("Cannot Read Customer"), ErrorMessages::readLedger(error),
                          error.detail);
}

void CustomerDetailDialog::reload()
{
    auto customer = m_session.customers().find(m_customerId);
    if (!customer)
        return readFailed(customer.error());
    m_customer = *customer;
    CustomerAccountService& accounts = m_session.customerAccounts();
    auto summary = accounts.summary(m_customerId, m_today);
    auto items = accounts.openItems(m_customerId, listLimit);
    auto credits = accounts.credits(m_customerId, listLimit);
    auto creditCount = accounts.creditCount(m_customerId);
    auto plans = accounts.plans(m_customerId, m_today);
    auto activities = m_session.activities().list(m_customerId, m_today, listLimit);
    auto reminders = m_session.activities().remindersSent(m_customerId, m_today);
    auto handover = m_session.agency().current(m_customerId);
    auto corrections = m_session.correctionHistory().forCustomer(m_customerId);
    auto history = m_session.auditTrail().forCustomer(m_customerId, listLimit);
    for (const Error* error :
         {summary ? nullptr : &summary.error(), items ? nullptr : &items.error(),
          credits ? nullptr : &credits.error(), creditCount ? nullptr : &creditCount.error(),
          plans ? nullptr : &plans.error(), activities ? nullptr : &activities.error(),
          reminders ? nullptr : &reminders.error(), handover ? nullptr : &handover.error(),
          corrections ? nullptr : &corrections.error(), history ? nullptr : &history.error()}) {
        if (error)
            return readFailed(*error);
    }
    m_handover = *handover;
    m_handOverAction->setEnabled(!m_handover);
    m_recallAction->setEnabled(m_handover.has_value());

    m_openItems = *items;
    m_openItemsModel->setItems(*items, m_today);
    m_openItemsModel->setAgency(m_handover ? m_handover->agency : QString());
    m_foresight->refresh(m_today);
    m_creditsModel->setCredits(*credits);
    m_plansModel->setPlans(*plans);
    m_activityModel->setEntries(*activities, *reminders);
    m_correctionModel->setCorrections(*corrections);
    m_historyModel->setEntries(*history);
    for (QTableView* view :
         {m_ui->openItemsTableView, m_ui->paymentsTableView, m_ui->plansTableView,
          m_ui->activityTableView, m_correctionsTableView, m_historyTableView})
        view->resizeColumnsToContents();

    const QLocale locale;
    const CurrencyCode currency = m_customer->currency;
    m_ui->balanceValueLabel->setText(
        NumberFormat::money(summary->balanceMinor(), currency, locale));
    m_ui->overdueValueLabel->setText(NumberFormat::money(summary->overdueMinor, currency, locale));
    m_ui->creditLimitValueLabel->setText(
        m_customer->creditLimitMinor
            ? NumberFormat::money(*m_customer->creditLimitMinor, currency, locale)
            : tr("None"));
    // A customer with an agency gets no reminder, on hold or not: the agency says why.
    // An agency's name may be long: it wraps rather than widening the dialog.
    m_ui->onHoldValueLabel->setWordWrap(m_handover.has_value());
    m_ui->onHoldValueLabel->setMinimumWidth(m_handover ? 260 : 0);
    m_ui->onHoldValueLabel->setMaximumWidth(m_handover ? 300 : QWIDGETSIZE_MAX);
    m_ui->onHoldValueLabel->setText(
        m_handover           ? AgencyText::customer(*m_handover, locale)
        : m_customer->onHold ? tr("On hold")
                             : tr("Active", "reminders: sent as items fall due, not on hold"));
    m_ui->openItemsHintLabel->setText(
        summary->openItems > items->size()
            ? tr("The %1 oldest of %2 open items.")
                  .arg(locale.toString(items->size()), locale.toString(summary->openItems))
            : tr("Open items: %1, oldest due first.").arg(locale.toString(items->size())));
    m_ui->paymentsHintLabel->setText(
        *creditCount > credits->size()
            ? tr("The %1 latest of %2 payments and credit notes.")
                  .arg(locale.toString(credits->size()), locale.toString(*creditCount))
            : tr("Payments and credit notes: %1, latest first.")
                  .arg(locale.toString(credits->size())));
    m_ui->detailTabWidget->setTabText(
        m_ui->detailTabWidget->indexOf(m_ui->openItemsTab),
        tr("&Open Items (%1)").arg(locale.toString(summary->openItems)));
    showCustomer();
    updateActivityButtons();
}

void CustomerDetailDialog::showForesight()
{
    const std::shared_ptr<const ForesightIndex> foresight = m_foresight->index();
    m_openItemsModel->setForesight(foresight);
    m_ui->openItemsTableView->resizeColumnToContents(CustomerOpenItemsModel::ExpectedPayment);
    const CustomerRisk* risk = foresight->risk(m_customerId.value);
    const QLocale locale;
    // Nothing open, nothing at risk.
    m_ui->riskValueLabel->setText(
        risk ? tr("%1 (%2)").arg(risk->grade).arg(locale.toString(risk->score)) : tr("None"));
    m_ui->riskValueLabel->setToolTip(risk ? ForesightText::risk(*risk, locale) : QString());
}

void CustomerDetailDialog::showCustomer()
{
    const Customer& customer = *m_customer;
    setWindowTitle(tr("Customer %1 — %2").arg(customer.code, customer.name));
    m_nameLabel->setText(customer.name);
    QStringList contact{customer.code};
    for (const QString& part : {customer.email, customer.phone})
        if (!part.isEmpty())
            contact.append(part);
    contact.append(customer.termsDays == 0
                       ? tr("Due on receipt")
                       : tr("Net %1").arg(QLocale().toString(customer.termsDays)));
    QString text = contact.join(u"  ·  "_s);
    if (!customer.address.isEmpty())
        text += u'\n' + customer.address.simplified();
    m_ui->contactLabel->setText(text);
}

void CustomerDetailDialog::editCustomer()
{
    if (!m_customer)
        return;
    auto* dialog = new CustomerDialog(m_session.customers(), *m_customer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        Q_EMIT customerChanged(m_customerId);
    });
    dialog->open();
}

void CustomerDetailDialog::addActivity(ActivityKind kind)
{
    if (!m_customer)
        return;
    auto* dialog =
        new ActivityDialog(m_session.activities(), *m_customer, kind, m_openItems, m_today, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        m_ui->detailTabWidget->setCurrentWidget(m_ui->activityTab);
        Q_EMIT customerChanged(m_customerId);
    });
    dialog->open();
}

std::optional<Activity> CustomerDetailDialog::selectedActivity() const
{
    const QModelIndex current = m_ui->activityTableView->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_activityModel->activityAt(m_activityProxy->mapToSource(current).row());
}

void CustomerDetailDialog::updateActivityButtons()
{
    const auto activity = selectedActivity();
    const bool open = activity && activity->isOpenDispute();
    m_ui->resolveButton->setEnabled(open);
    m_ui->resolveButton->setToolTip(open ? QString()
                                         : tr("Select an open dispute in the list to resolve it"));
}

void CustomerDetailDialog::resolveDispute()
{
    const auto activity = selectedActivity();
    if (!activity || !activity->isOpenDispute())
        return;
    const auto answer = MessageBoxes::question(
        this, tr("Resolve Dispute"),
        tr("Resolve the dispute on invoice %1 as of %2? Reminders include the invoice again.")
            .arg(activity->invoiceNumber, QLocale().toString(m_today, QLocale::ShortFormat)));
    if (answer != QMessageBox::Yes)
        return;
    if (auto resolved = m_session.activities().resolveDispute(activity->id, m_today); !resolved) {
        MessageBoxes::critical(this, tr("Cannot Resolve Dispute"),
                               tr("The dispute could not be resolved."), resolved.error().detail);
        return;
    }
    reload();
    Q_EMIT customerChanged(m_customerId);
}

std::optional<Letter> CustomerDetailDialog::composeStatement()
{
    if (!m_customer)
        return std::nullopt;
    const auto settings = m_session.ledgerInfo().settings();
    if (!settings) {
        readFailed(settings.error());
        return std::nullopt;
    }
    const auto templates = m_session.letterTemplates().templates();
    if (!templates) {
        readFailed(templates.error());
        return std::nullopt;
    }
    const auto statement = m_session.statements().statement(m_customer->code, m_today);
    if (!statement) {
        readFailed(statement.error());
        return std::nullopt;
    }
    auto letter = LetterComposer(settings->company, *templates).statement(*statement);
    if (!letter) {
        MessageBoxes::critical(this, tr("Cannot Compose the Statement"),
                               tr("The statement could not be written from its template."),
                               letter.error().detail);
        return std::nullopt;
    }
    return *letter;
}

void CustomerDetailDialog::previewStatement()
{
    const auto letter = composeStatement();
    const auto settings = m_session.ledgerInfo().settings();
    if (!letter || !settings)
        return;
    LetterPrinting::preview(this, tr("Statement for %1").arg(m_customer->name), settings->company,
                            {*letter});
}

void CustomerDetailDialog::saveStatement()
{
    const auto letter = composeStatement();
    const auto settings = m_session.ledgerInfo().settings();
    if (!letter || !settings)
        return;
    const QString title = tr("Save Statement as PDF");
    const QString path = FileDialogs::savePdf(
        this, title,
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(
                tr("statement-%1-%2.pdf").arg(m_customer->code, m_today.toString(Qt::ISODate))));
    if (path.isEmpty())
        return;
    LetterPdfWriter writer(settings->company);
    Result<void> written = writer.open(path);
    if (written)
        written = writer.add(*letter);
    if (written)
        written = writer.finish();
    if (!written)
        MessageBoxes::critical(this, title,
                               tr("“%1” could not be written. Check that you may write to that "
                                  "folder and that the disk is not full.")
                                   .arg(QDir::toNativeSeparators(path)),
                               written.error().detail);
}

void CustomerDetailDialog::changeAgency()
{
    if (!m_customer)
        return;
    auto* dialog =
        new AgencyHandoverDialog(m_session.agency(), *m_customer, m_handover, m_today, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        Q_EMIT customerChanged(m_customerId);
    });
    dialog->open();
}

void CustomerDetailDialog::exportCaseFile()
{
    if (!m_customer || m_jobs->isRunning())
        return;
    const QString title = tr("Export Case File");
    const QString pdf = FileDialogs::savePdf(
        this, title,
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(
                tr("case-file-%1-%2.pdf").arg(m_customer->code, m_today.toString(Qt::ISODate))));
    if (pdf.isEmpty())
        return;
    const CaseFilePaths paths{.pdf = pdf,
                              .itemsCsv = CaseFilePaths::beside(pdf, u"items"_s),
                              .remindersCsv = CaseFilePaths::beside(pdf, u"reminders"_s),
                              .activityCsv = CaseFilePaths::beside(pdf, u"activity"_s)};
    auto* progress = new JobProgressDialog(
        m_jobs, title, tr("Writing the case file of %1…").arg(m_customer->name), this);
    progress->setObjectName(u"caseFileProgressDialog"_s);
    m_jobs->start(
        // The job opens its own connection: the dialog's belongs to the GUI thread.
        [ledger = m_session.path(), code = m_customer->code, asOf = m_today,
         paths](const JobControl&) -> Result<void> {
            auto database = Database::open(ledger);
            if (!database)
                return std::unexpected(database.error());
            return AgencyCaseFile(**database).write(code, asOf, paths);
        },
        [this, title, paths](const Result<void>& written) {
            if (!written) {
                MessageBoxes::critical(this, title,
                                       tr("The case file could not be written to “%1”.")
                                           .arg(QDir::toNativeSeparators(paths.pdf)),
                                       written.error().detail);
                return;
            }
            MessageBoxes::information(
                this, title,
                tr("The case file is written: %1, with %2, %3 and %4 beside it.")
                    .arg(QDir::toNativeSeparators(paths.pdf), QFileInfo(paths.itemsCsv).fileName(),
                         QFileInfo(paths.remindersCsv).fileName(),
                         QFileInfo(paths.activityCsv).fileName()));
        });
}

} // namespace ardesk
