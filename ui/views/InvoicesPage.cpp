#include "views/InvoicesPage.h"

#include <algorithm>

#include <QComboBox>
#include <QDate>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTimer>

#include "domain/Clock.h"
#include "jobs/ForesightLoader.h"
#include "ledger/InvoiceListService.h"
#include "models/InvoiceListModel.h"
#include "session/LedgerSession.h"
#include "text/ReminderText.h"
#include "widgets/EmptyListLabel.h"
#include "widgets/PageHeading.h"
#include "widgets/SearchField.h"
#include "widgets/TableViewState.h"
#include "widgets/TableViewStyle.h"

using namespace Qt::StringLiterals;

namespace ardesk {

InvoicesPage::InvoicesPage(QWidget* parent)
    : LedgerPage(parent)
    , m_model(new InvoiceListModel(this))
    , m_foresight(new ForesightLoader(this))
    , m_statusComboBox(new QComboBox(this))
    , m_searchLineEdit(new QLineEdit(this))
    , m_tableView(new QTableView(this))
    , m_emptyLabel(new EmptyListLabel(m_tableView))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(u"invoicesPage"_s);

    QLabel* headingLabel = createPageHeading(tr("Invoices"), u"invoicesHeadingLabel"_s, this);

    using Filter = InvoiceListQuery::Filter;
    auto* statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_statusComboBox);
    m_statusComboBox->setObjectName(u"statusFilterComboBox"_s);
    m_statusComboBox->setAccessibleName(tr("Status filter"));
    m_statusComboBox->addItem(tr("All"), static_cast<int>(Filter::All));
    m_statusComboBox->addItem(tr("Open"), static_cast<int>(Filter::Open));
    m_statusComboBox->addItem(tr("Overdue"), static_cast<int>(Filter::Overdue));
    m_statusComboBox->addItem(tr("Paid"), static_cast<int>(Filter::Paid));
    m_statusComboBox->addItem(tr("On plan"), static_cast<int>(Filter::OnPlan));
    m_statusComboBox->addItem(tr("Disputed"), static_cast<int>(Filter::Disputed));
    m_statusComboBox->setItemData(1, tr("Anything left to pay, overdue or not"), Qt::ToolTipRole);
    m_statusComboBox->setItemData(4, tr("Covered by an active installment plan"), Qt::ToolTipRole);
    m_statusComboBox->setItemData(5, tr("With an open dispute"), Qt::ToolTipRole);

    m_searchLineEdit->setObjectName(u"invoiceSearchLineEdit"_s);
    m_searchLineEdit->setAccessibleName(tr("Search invoices"));
    m_searchLineEdit->setPlaceholderText(tr("Search by number or customer"));
    setUpSearchField(m_searchLineEdit, m_tableView, m_searchTimer, searchDelayMs, 40,
                     [this] { applyFilter(); });
    connect(m_statusComboBox, &QComboBox::currentIndexChanged, this, &InvoicesPage::applyFilter);

    m_tableView->setObjectName(u"invoicesTableView"_s);
    m_tableView->setAccessibleName(tr("Invoices"));
    m_tableView->setModel(m_model);
    applyPagedListStyle(m_tableView, m_model->sortColumn(), m_model->sortOrder());
    // Statuses are measured as the translation writes them, so that "Überfällig" is never cut
    // short.
    const QFontMetrics metrics = m_tableView->fontMetrics();
    const int charWidth = metrics.averageCharWidth();
    int statusWidth = 0;
    for (const InvoiceStatus status :
         {InvoiceStatus::Open, InvoiceStatus::Overdue, InvoiceStatus::Paid, InvoiceStatus::OnPlan,
          InvoiceStatus::Void})
        statusWidth = std::max(
            statusWidth, metrics.horizontalAdvance(InvoiceListModel::statusText(status, true)));
    const int dateWidth = dateColumnWidth(m_tableView);
    resizeColumnAtLeast(m_tableView, InvoiceListModel::Number, charWidth * 15);
    resizeColumnAtLeast(m_tableView, InvoiceListModel::IssueDate, dateWidth);
    resizeColumnAtLeast(m_tableView, InvoiceListModel::DueDate, dateWidth);
    resizeColumnAtLeast(m_tableView, InvoiceListModel::Amount, charWidth * 17);
    resizeColumnAtLeast(m_tableView, InvoiceListModel::OpenAmount, charWidth * 17);
    resizeColumnAtLeast(m_tableView, InvoiceListModel::DaysOverdue, charWidth * 8);
    resizeColumnAtLeast(m_tableView, InvoiceListModel::Status, statusWidth + charWidth * 3);
    resizeColumnAtLeast(m_tableView, InvoiceListModel::LastReminder,
                        metrics.horizontalAdvance(ReminderText::last(
                            {.date = QDate(2026, 12, 28), .level = 3}, QLocale())) +
                            charWidth * 3);
    resizeColumnAtLeast(m_tableView, InvoiceListModel::ExpectedPayment, dateWidth);
    keepSortIndicatorOnSortableColumns(m_tableView, m_model);
    connect(m_tableView, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (const auto invoice = m_model->rowAt(index.row()))
            Q_EMIT invoiceActivated(invoice->number);
    });
    m_tableView->horizontalHeader()->setSectionResizeMode(InvoiceListModel::Customer,
                                                          QHeaderView::Stretch);

    // The count of the unfiltered list is the total the status bar compares a filter with.
    connect(m_model, &PagedListModel::matchingCountChanged, this, [this](qint64 count) {
        const InvoiceListQuery& query = m_model->query();
        if (query.search.isEmpty() && query.filter == InvoiceListQuery::Filter::All)
            m_totalCount = count;
    });
    followPagedList(
        m_model, [this] { updateEmptyState(); }, [] { return tr("Cannot Read Invoices"); });
    connect(m_foresight, &ForesightLoader::loaded, this,
            [this] { m_model->setForesight(m_foresight->index()); });
    connect(m_foresight, &ForesightLoader::loadingChanged, this,
            [this] { Q_EMIT busyChanged(isBusy()); });
    // The dates are a help, not the list: the list stays without them.
    connect(
        m_foresight, &ForesightLoader::failed, this,
        [this](const Error& error) { showReadError(tr("Cannot Predict Pay Dates"), error); },
        Qt::QueuedConnection);

    layOutFilteredList(headingLabel, statusLabel, m_statusComboBox, m_searchLineEdit, {},
                       m_tableView);
}

QString InvoicesPage::pageId() const
{
    return u"invoices"_s;
}

QString InvoicesPage::title() const
{
    return tr("Invoices");
}

void InvoicesPage::setSession(LedgerSession* session)
{
    m_session = session;
    m_searchTimer->stop();
    {
        const QSignalBlocker searchBlocker(m_searchLineEdit);
        const QSignalBlocker statusBlocker(m_statusComboBox);
        m_searchLineEdit->clear();
        m_statusComboBox->setCurrentIndex(0);
    }
    // A new ledger starts unfiltered, so that the model's one count is also the total.
    InvoiceListQuery query = m_model->query();
    query.search.clear();
    query.filter = InvoiceListQuery::Filter::All;
    query.asOf = Clock::today();
    m_model->setLedger(QString());
    m_model->setQuery(query);
    m_model->setForesight(nullptr);
    m_foresight->setLedgerPath(session ? session->path() : QString());
    m_totalCount = 0;
    const auto read = [this] {
        m_model->setLedger(m_session ? m_session->path() : QString());
        m_foresight->refresh(Clock::today());
        m_tableView->scrollToTop();
        updateStatus();
    };
    readWhenShown(read);
}

void InvoicesPage::ledgerEdited(LedgerSession* session, const SavedDocument& saved)
{
    if (!session || session != m_session) {
        setSession(session);
        return;
    }
    const TableViewState state(m_tableView, InvoiceListModel::InvoiceIdRole);
    const std::optional<qint64> select =
        saved.kind == SavedDocument::Kind::Invoice ? std::optional(saved.id) : std::nullopt;
    readWhenShown([this, state, select] {
        m_searchTimer->stop();
        const InvoiceListQuery query = currentQuery();
        // One read with the query shown, also when the read after opening the ledger was
        // still waiting for the page to be shown.
        m_model->reread(m_session->path(), query);
        if (const auto total =
                m_session->invoiceList().count(InvoiceListQuery{.asOf = Clock::today()}))
            m_totalCount = *total;
        m_foresight->refresh(Clock::today());
        m_model->whenLoaded(this, [state, select] { state.restore(select); });
        updateStatus();
    });
}

bool InvoicesPage::isBusy() const
{
    return m_foresight->isLoading() || m_model->isReading();
}

QString InvoicesPage::statusText() const
{
    if (!m_session)
        return QString();
    const QLocale locale;
    const InvoiceListQuery& query = m_model->query();
    if (query.search.isEmpty() && query.filter == InvoiceListQuery::Filter::All)
        return tr("Invoices: %1").arg(locale.toString(m_totalCount));
    return tr("Invoices: %1 of %2")
        .arg(locale.toString(m_model->matchingCount()), locale.toString(m_totalCount));
}

QList<InvoiceListRow> InvoicesPage::selectedInvoices() const
{
    QModelIndexList rows = m_tableView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    QList<InvoiceListRow> invoices;
    for (const QModelIndex& row : std::as_const(rows)) {
        if (const auto invoice = m_model->rowAt(row.row()))
            invoices.append(*invoice);
    }
    return invoices;
}

bool InvoicesPage::focusSearch()
{
    m_searchLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchLineEdit->selectAll();
    return true;
}

InvoiceListQuery InvoicesPage::currentQuery() const
{
    InvoiceListQuery query = m_model->query();
    query.search = m_searchLineEdit->text().trimmed();
    query.filter = static_cast<InvoiceListQuery::Filter>(m_statusComboBox->currentData().toInt());
    // "Overdue" means overdue today, also in a window left open overnight.
    query.asOf = Clock::today();
    return query;
}

void InvoicesPage::applyFilter()
{
    m_searchTimer->stop();
    m_model->setQuery(currentQuery());
    updateStatus();
}

void InvoicesPage::updateEmptyState()
{
    const bool empty = m_session && m_model->rowCount() == 0;
    if (empty) {
        const InvoiceListQuery& query = m_model->query();
        if (query.search.isEmpty() && query.filter == InvoiceListQuery::Filter::All)
            m_emptyLabel->showMessage(tr("This ledger has no invoices yet.\nImport invoices with "
                                         "“ardesk-cli import invoices FILE”."));
        else if (query.search.isEmpty())
            m_emptyLabel->showMessage(
                tr("No invoice has the status “%1”.").arg(m_statusComboBox->currentText()));
        else
            m_emptyLabel->showMessage(
                tr("No invoice number or customer matches “%1”.").arg(query.search));
    }
    if (!empty)
        m_emptyLabel->hide();
}

} // namespace ardesk
