#include "views/RecurringPage.h"

#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>

#include "dialogs/RecurringDialog.h"
#include "dialogs/RecurringPreviewDialog.h"
#include "domain/Clock.h"
#include "jobs/JobProgressDialog.h"
#include "jobs/JobRunner.h"
#include "models/LocaleSortProxyModel.h"
#include "models/RecurringListModel.h"
#include "session/LedgerSession.h"
#include "text/ErrorMessages.h"
#include "widgets/EmptyListLabel.h"
#include "widgets/MessageBoxes.h"
#include "widgets/PageHeading.h"
#include "widgets/SearchField.h"
#include "widgets/TableViewState.h"
#include "widgets/TableViewStyle.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

QString createdText(qint64 done, qint64 total)
{
    if (total <= 0)
        return QString();
    const QLocale locale;
    return RecurringPage::tr("Invoices: %1 of %2")
        .arg(locale.toString(done), locale.toString(total));
}

// "Acme Ltd — Hosting (3)": a schedule in a sentence.
QString scheduleText(const RecurringSchedule& schedule)
{
    return RecurringPage::tr("%1 — %2 (no. %3)")
        .arg(schedule.customerName, schedule.description, QLocale().toString(schedule.id.value));
}

} // namespace

RecurringPage::RecurringPage(QWidget* parent)
    : LedgerPage(parent)
    , m_runner(new RecurringRunner(this))
    , m_model(new RecurringListModel(this))
    , m_proxy(new LocaleSortProxyModel(RecurringListModel::SortRole, this))
    , m_statusComboBox(new QComboBox(this))
    , m_searchLineEdit(new QLineEdit(this))
    , m_newButton(new QPushButton(tr("&New…"), this))
    , m_editButton(new QPushButton(tr("Ed&it…"), this))
    , m_pauseButton(new QPushButton(tr("&Pause"), this))
    , m_resumeButton(new QPushButton(tr("&Resume"), this))
    , m_endButton(new QPushButton(tr("En&d…"), this))
    , m_createButton(new QPushButton(tr("Create D&ue Invoices…"), this))
    , m_tableView(new QTableView(this))
    , m_emptyLabel(new EmptyListLabel(m_tableView))
    , m_messageLabel(new QLabel(this))
{
    setObjectName(u"recurringPage"_s);
    QLabel* headingLabel =
        createPageHeading(tr("Recurring Invoices"), u"recurringHeadingLabel"_s, this);

    auto* statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_statusComboBox);
    m_statusComboBox->setObjectName(u"statusFilterComboBox"_s);
    m_statusComboBox->setAccessibleName(tr("Status filter"));
    m_statusComboBox->addItem(tr("All"), -1);
    for (const auto status :
         {RecurringScheduleView::Status::Active, RecurringScheduleView::Status::Paused,
          RecurringScheduleView::Status::Ended, RecurringScheduleView::Status::Finished})
        m_statusComboBox->addItem(RecurringListModel::statusText(status), static_cast<int>(status));

    m_searchLineEdit->setObjectName(u"recurringSearchLineEdit"_s);
    m_searchLineEdit->setAccessibleName(tr("Search recurring invoices"));
    m_searchLineEdit->setPlaceholderText(tr("Search by customer or description"));
    // The schedules are in memory: every key filters at once.
    setUpSearchField(m_searchLineEdit, m_tableView, new QTimer(this), 0, 32,
                     [this] { applyFilter(); });
    connect(m_statusComboBox, &QComboBox::currentIndexChanged, this, &RecurringPage::applyFilter);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_tableView->setObjectName(u"recurringTableView"_s);
    m_tableView->setAccessibleName(tr("Recurring invoices"));
    m_tableView->setModel(m_proxy);
    applyTableViewStyle(m_tableView);
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(RecurringListModel::Number, Qt::AscendingOrder);
    QHeaderView* columns = m_tableView->horizontalHeader();
    columns->setSectionsMovable(true);
    const int charWidth = m_tableView->fontMetrics().averageCharWidth();
    resizeColumnAtLeast(m_tableView, RecurringListModel::Number, charWidth * 6);
    resizeColumnAtLeast(m_tableView, RecurringListModel::Customer, charWidth * 24);
    resizeColumnAtLeast(m_tableView, RecurringListModel::Amount, charWidth * 16);
    resizeColumnAtLeast(m_tableView, RecurringListModel::Frequency, charWidth * 22);
    for (const int column :
         {RecurringListModel::Start, RecurringListModel::Ends, RecurringListModel::Next})
        resizeColumnAtLeast(m_tableView, column, dateColumnWidth(m_tableView));
    columns->setSectionResizeMode(RecurringListModel::Description, QHeaderView::Stretch);

    m_messageLabel->setObjectName(u"recurringMessageLabel"_s);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    setUpCommands();
    layOutFilteredList(
        headingLabel, statusLabel, m_statusComboBox, m_searchLineEdit,
        {m_newButton, m_editButton, m_pauseButton, m_resumeButton, m_endButton, m_createButton},
        m_tableView);
    layout()->addWidget(m_messageLabel);

    connect(m_runner, &RecurringRunner::finished, this, &RecurringPage::showOutcome);
    // Queued: no modal box from inside the runner's signal.
    connect(m_runner, &RecurringRunner::failed, this, &RecurringPage::showFailure,
            Qt::QueuedConnection);
    connect(m_runner->jobs(), &JobRunner::runningChanged, this, [this] {
        updateButtons();
        Q_EMIT busyChanged(isBusy());
    });
    updateButtons();
}

void RecurringPage::setUpCommands()
{
    m_newButton->setObjectName(u"newRecurringButton"_s);
    m_newButton->setToolTip(tr("Bill a customer the same amount every week, month, quarter or "
                               "year (Insert)"));
    m_editButton->setObjectName(u"editRecurringButton"_s);
    m_editButton->setToolTip(tr("Change the selected recurring invoice (Enter)"));
    m_pauseButton->setObjectName(u"pauseRecurringButton"_s);
    m_pauseButton->setToolTip(tr("Bill nothing dated today or later until resumed; the paused "
                                 "dates are never billed"));
    m_resumeButton->setObjectName(u"resumeRecurringButton"_s);
    m_resumeButton->setToolTip(tr("Bill again from today; the dates while paused stay unbilled"));
    m_endButton->setObjectName(u"endRecurringButton"_s);
    m_endButton->setToolTip(tr("Bill nothing dated after today; what is due up to today is "
                               "still created by the next run"));
    m_createButton->setObjectName(u"createDueButton"_s);
    m_createButton->setToolTip(tr("Show every invoice due and not created yet, then create them "
                                  "all at once"));

    connect(m_newButton, &QPushButton::clicked, this, &RecurringPage::newSchedule);
    connect(m_editButton, &QPushButton::clicked, this, &RecurringPage::editSelected);
    connect(m_pauseButton, &QPushButton::clicked, this, &RecurringPage::pauseSelected);
    connect(m_resumeButton, &QPushButton::clicked, this, &RecurringPage::resumeSelected);
    connect(m_endButton, &QPushButton::clicked, this, &RecurringPage::endSelected);
    connect(m_createButton, &QPushButton::clicked, this, &RecurringPage::createDueInvoices);
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QKeySequence(Qt::Key_Insert)}) {
        auto* shortcut = new QShortcut(keys, this, this, &RecurringPage::newSchedule);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    }
    auto* editShortcut =
        new QShortcut(QKeySequence(Qt::Key_F2), m_tableView, this, &RecurringPage::editSelected);
    editShortcut->setContext(Qt::WidgetShortcut);
    // Enter and a double click both activate a row.
    connect(m_tableView, &QAbstractItemView::activated, this, &RecurringPage::editSelected);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecurringPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateButtons();
        updateEmptyState();
    });
}

QString RecurringPage::pageId() const
{
    return u"recurring"_s;
}

QString RecurringPage::title() const
{
    return tr("Recurring");
}

void RecurringPage::setSession(LedgerSession* session)
{
    // A run still going belongs to the ledger before; its answer is dropped.
    m_runner->discard();
    m_session = session;
    {
        const QSignalBlocker searchBlocker(m_searchLineEdit);
        const QSignalBlocker statusBlocker(m_statusComboBox);
        m_searchLineEdit->clear();
        m_statusComboBox->setCurrentIndex(0);
    }
    m_model->setFilter(std::nullopt, QString());
    m_messageLabel->clear();
    updateButtons();
    readWhenShown([this] { reload(); });
}

void RecurringPage::ledgerEdited(LedgerSession* session, const SavedDocument&)
{
    if (!session || session != m_session) {
        setSession(session);
        return;
    }
    const TableViewState state(m_tableView, RecurringListModel::ScheduleIdRole);
    readWhenShown([this, state] {
        reload();
        state.restore();
    });
}

void RecurringPage::reload()
{
    QList<RecurringScheduleView> schedules;
    if (m_session) {
        const auto listed = m_session->recurring().list();
        if (listed)
            schedules = *listed;
        else
            showReadError(tr("Cannot Read Recurring Invoices"), listed.error());
    }
    const auto selected = selectedSchedule();
    m_model->setSchedules(schedules);
    if (selected)
        selectSchedule(selected->schedule.id);
    updateStatus();
}

QString RecurringPage::statusText() const
{
    if (!m_session)
        return QString();
    const QLocale locale;
    if (m_model->rowCount() == m_model->scheduleCount())
        return tr("Recurring invoices: %1").arg(locale.toString(m_model->scheduleCount()));
    return tr("Recurring invoices: %1 of %2")
        .arg(locale.toString(m_model->rowCount()), locale.toString(m_model->scheduleCount()));
}

bool RecurringPage::isBusy() const
{
    return m_runner->isRunning();
}

QString RecurringPage::message() const
{
    return m_messageLabel->text();
}

void RecurringPage::applyFilter()
{
    const int status = m_statusComboBox->currentData().toInt();
    m_model->setFilter(status < 0
                           ? std::nullopt
                           : std::optional(static_cast<RecurringScheduleView::Status>(status)),
                       m_searchLineEdit->text().trimmed());
    updateStatus();
}

std::optional<RecurringScheduleView> RecurringPage::selectedSchedule() const
{
    const QModelIndex current = m_proxy->mapToSource(m_tableView->currentIndex());
    return m_model->scheduleAt(current.isValid() ? current.row() : -1);
}

void RecurringPage::selectSchedule(RecurringScheduleId id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_tableView->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
}

void RecurringPage::updateButtons()
{
    const bool idle = m_session && !isBusy();
    const auto selected = idle ? selectedSchedule() : std::nullopt;
    using Status = RecurringScheduleView::Status;
    const bool active = selected && selected->status == Status::Active;
    const bool paused = selected && selected->status == Status::Paused;
    m_newButton->setEnabled(idle);
    m_editButton->setEnabled(selected.has_value());
    m_pauseButton->setEnabled(active);
    m_resumeButton->setEnabled(paused);
    m_endButton->setEnabled(active || paused);
    m_createButton->setEnabled(idle && m_model->scheduleCount() > 0);
}

void RecurringPage::updateEmptyState()
{
    if (!m_session || m_model->rowCount() > 0) {
        m_emptyLabel->hide();
        return;
    }
    if (m_model->scheduleCount() == 0)
        m_emptyLabel->showMessage(
            tr("This ledger has no recurring invoices yet.\nClick New… to bill a customer the "
               "same amount every week, month, quarter or year."));
    else
        m_emptyLabel->showMessage(tr("No recurring invoice matches the status and search."));
}

void RecurringPage::newSchedule()
{
    if (!m_session || isBusy())
        return;
    RecurringDialog dialog(*m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Show the new schedule: the filter could hide it.
    m_searchLineEdit->clear();
    m_statusComboBox->setCurrentIndex(0);
    reload();
    selectSchedule(dialog.scheduleId());
}

void RecurringPage::editSelected()
{
    const auto selected = selectedSchedule();
    if (!m_session || isBusy() || !selected)
        return;
    RecurringDialog dialog(*m_session, *selected, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void RecurringPage::pauseSelected()
{
    change(Change::Pause);
}

void RecurringPage::resumeSelected()
{
    change(Change::Resume);
}

void RecurringPage::endSelected()
{
    change(Change::End);
}

void RecurringPage::change(Change change)
{
    const auto selected = selectedSchedule();
    if (!m_session || isBusy() || !selected)
        return;
    const QDate today = Clock::today();
    const QString schedule = scheduleText(selected->schedule);
    const QString day = QLocale().toString(today, QLocale::LongFormat);
    QString title;
    QString question;
    switch (change) {
    case Change::Pause:
        title = tr("Pause Recurring Invoice");
        question = tr("Pause %1 from today, %2?\n\nNothing dated today or later is billed until "
                      "you resume it, and the dates while paused are never billed. Invoices due "
                      "before today and not created yet are still created by the next run.")
                       .arg(schedule, day);
        break;
    case Change::Resume:
        title = tr("Resume Recurring Invoice");
        question = tr("Resume %1 from today, %2?\n\nIt bills again from today; the dates while it "
                      "was paused stay unbilled.")
                       .arg(schedule, day);
        break;
    case Change::End:
        title = tr("End Recurring Invoice");
        question = tr("End %1 today, %2?\n\nNothing dated after today is billed. Invoices due up "
                      "to today and not created yet are still created by the next run. This "
                      "cannot be undone.")
                       .arg(schedule, day);
        break;
    }
    if (MessageBoxes::question(this, title, question, QMessageBox::Yes | QMessageBox::No,
                               QMessageBox::Yes) != QMessageBox::Yes)
        return;
    RecurringService& service = m_session->recurring();
    const RecurringScheduleId id = selected->schedule.id;
    const auto done = change == Change::Pause    ? service.pause(id, today)
                      : change == Change::Resume ? service.resume(id, today)
                                                 : service.end(id, today);
    if (!done)
        MessageBoxes::warning(this, title, ErrorMessages::changeLedger(done.error()),
                              done.error().detail);
    reload();
}

void RecurringPage::createDueInvoices()
{
    if (!m_session || isBusy() || m_preview)
        return;
    // Window-modal and not exec(): nothing waits on the GUI thread for a job's answer.
    m_preview = new RecurringPreviewDialog(Clock::today(), this);
    m_preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_preview, &RecurringPreviewDialog::previewRequested, this, [this](QDate asOf) {
        if (m_session)
            m_runner->preview(m_session->path(), asOf);
    });
    connect(m_preview, &QObject::destroyed, this, [this] { m_preview = nullptr; });
    connect(m_preview, &QDialog::accepted, this, [this] {
        if (!m_session || !m_preview)
            return;
        m_previewed = m_preview->previewedNumbers();
        // One transaction: Cancel before its end creates nothing.
        auto* progress = new JobProgressDialog(m_runner->jobs(), tr("Create Due Invoices"),
                                               tr("Creating the invoices…"), this);
        progress->setObjectName(u"recurringProgressDialog"_s);
        progress->setProgressText(createdText);
        m_runner->create(m_session->path(), m_preview->asOf());
    });
    m_runner->preview(m_session->path(), m_preview->asOf());
    m_preview->open();
}

void RecurringPage::showOutcome(const RecurringRunOutcome& outcome)
{
    if (outcome.preview) {
        if (m_preview)
            m_preview->setPreview(outcome);
        return;
    }
    if (outcome.cancelled) {
        m_messageLabel->setText(
            tr("Creating the due invoices was cancelled; nothing was created."));
        return;
    }
    QStringList created;
    for (const RecurringInvoice& invoice : outcome.invoices)
        created.append(invoice.number);
    QString text = tr("Created %n invoice(s).", nullptr, static_cast<int>(created.size()));
    if (!created.isEmpty())
        //: %1 the first invoice number, %2 the last.
        text += u' ' + tr("Numbers %1 to %2.").arg(created.first(), created.last());
    if (created != m_previewed)
        text += u' ' + tr("The ledger changed after the preview, so the invoices created differ "
                          "from those listed.");
    m_previewed.clear();
    m_messageLabel->setText(text);
    reload();
    if (!created.isEmpty())
        Q_EMIT ledgerChanged();
}

void RecurringPage::showFailure(bool preview, const Error& error)
{
    if (preview) {
        if (m_preview)
            m_preview->close();
        showReadError(tr("Cannot Read Recurring Invoices"), error);
        return;
    }
    MessageBoxes::warning(this, tr("Cannot Create Invoices"),
                          tr("Nothing was created: %1").arg(ErrorMessages::changeLedger(error)),
                          error.detail);
    reload();
}

} // namespace ardesk
