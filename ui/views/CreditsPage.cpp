#include "views/CreditsPage.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTimer>

#include "ledger/CreditListService.h"
#include "models/CreditListModel.h"
#include "session/LedgerSession.h"
#include "widgets/EmptyListLabel.h"
#include "widgets/PageHeading.h"
#include "widgets/SearchField.h"
#include "widgets/TableViewState.h"
#include "widgets/TableViewStyle.h"

using namespace Qt::StringLiterals;

namespace ardesk {

CreditsPage::CreditsPage(Credit::Kind kind, QWidget* parent)
    : LedgerPage(parent)
    , m_kind(kind)
    , m_model(new CreditListModel(this))
    , m_filterComboBox(new QComboBox(this))
    , m_searchLineEdit(new QLineEdit(this))
    , m_tableView(new QTableView(this))
    , m_emptyLabel(new EmptyListLabel(m_tableView))
    , m_searchTimer(new QTimer(this))
{
    const bool payments = kind == Credit::Kind::Payment;
    setObjectName(payments ? u"paymentsPage"_s : u"creditNotesPage"_s);
    CreditListQuery query;
    query.kind = kind;
    m_model->setQuery(query);

    QLabel* headingLabel = createPageHeading(
        title(), payments ? u"paymentsHeadingLabel"_s : u"creditNotesHeadingLabel"_s, this);

    using Filter = CreditListQuery::Filter;
    auto* filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_filterComboBox);
    m_filterComboBox->setObjectName(u"creditFilterComboBox"_s);
    m_filterComboBox->addItem(tr("All"), static_cast<int>(Filter::All));
    m_filterComboBox->addItem(tr("Unapplied"), static_cast<int>(Filter::Unapplied));
    m_filterComboBox->setItemData(1, tr("Only those with money not yet allocated to an invoice"),
                                  Qt::ToolTipRole);

    m_searchLineEdit->setObjectName(u"creditSearchLineEdit"_s);
    m_searchLineEdit->setAccessibleName(payments ? tr("Search payments")
                                                 : tr("Search credit notes"));
    m_searchLineEdit->setPlaceholderText(payments ? tr("Search by number, customer or reference")
                                                  : tr("Search by number, customer or reason"));
    setUpSearchField(m_searchLineEdit, m_tableView, m_searchTimer, searchDelayMs, 40,
                     [this] { applyFilter(); });
    connect(m_filterComboBox, &QComboBox::currentIndexChanged, this, &CreditsPage::applyFilter);

    m_tableView->setObjectName(payments ? u"paymentsTableView"_s : u"creditNotesTableView"_s);
    m_tableView->setAccessibleName(title());
    m_tableView->setModel(m_model);
    connect(m_tableView, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (const auto credit = m_model->rowAt(index.row()))
            Q_EMIT creditActivated(credit->code);
    });
    applyPagedListStyle(m_tableView, m_model->sortColumn(), m_model->sortOrder());
    m_tableView->setColumnHidden(CreditListModel::Method, !payments);

    const int charWidth = m_tableView->fontMetrics().averageCharWidth();
    resizeColumnAtLeast(m_tableView, CreditListModel::Date, dateColumnWidth(m_tableView));
    resizeColumnAtLeast(m_tableView, CreditListModel::Number, charWidth * 15);
    resizeColumnAtLeast(m_tableView, CreditListModel::Customer, charWidth * 32);
    resizeColumnAtLeast(m_tableView, CreditListModel::Amount, charWidth * 17);
    resizeColumnAtLeast(m_tableView, CreditListModel::Unapplied, charWidth * 17);
    resizeColumnAtLeast(m_tableView, CreditListModel::Method, charWidth * 16);
    QHeaderView* columns = m_tableView->horizontalHeader();
    columns->setSectionResizeMode(CreditListModel::Note, QHeaderView::Stretch);
    keepSortIndicatorOnSortableColumns(m_tableView, m_model);

    // The count of the unfiltered list is the total the status bar compares a filter with.
    connect(m_model, &PagedListModel::matchingCountChanged, this, [this](qint64 count) {
        const CreditListQuery& shown = m_model->query();
        if (shown.search.isEmpty() && shown.filter == CreditListQuery::Filter::All)
            m_totalCount = count;
    });
    followPagedList(
        m_model, [this] { updateEmptyState(); },
        [this] {
            return m_kind == Credit::Kind::Payment ? tr("Cannot Read Payments")
                                                   : tr("Cannot Read Credit Notes");
        });

    layOutFilteredList(headingLabel, filterLabel, m_filterComboBox, m_searchLineEdit, {},
                       m_tableView);
}

QString CreditsPage::pageId() const
{
    return m_kind == Credit::Kind::Payment ? u"payments"_s : u"creditNotes"_s;
}

QString CreditsPage::title() const
{
    return m_kind == Credit::Kind::Payment ? tr("Payments") : tr("Credit Notes");
}

void CreditsPage::setSession(LedgerSession* session)
{
    m_session = session;
    m_searchTimer->stop();
    {
        const QSignalBlocker searchBlocker(m_searchLineEdit);
        const QSignalBlocker filterBlocker(m_filterComboBox);
        m_searchLineEdit->clear();
        m_filterComboBox->setCurrentIndex(0);
    }
    // A new ledger starts unfiltered, so that the model's one count is also the total.
    CreditListQuery query = m_model->query();
    query.search.clear();
    query.filter = CreditListQuery::Filter::All;
    m_model->setLedger(QString());
    m_model->setQuery(query);
    m_totalCount = 0;
    const auto read = [this] {
        m_model->setLedger(m_session ? m_session->path() : QString());
        m_tableView->scrollToTop();
        updateStatus();
    };
    readWhenShown(read);
}

void CreditsPage::refresh()
{
    ledgerEdited(m_session, SavedDocument());
}

void CreditsPage::ledgerEdited(LedgerSession* session, const SavedDocument& saved)
{
    if (!session || session != m_session) {
        setSession(session);
        return;
    }
    const SavedDocument::Kind kind = m_kind == Credit::Kind::Payment
                                         ? SavedDocument::Kind::Payment
                                         : SavedDocument::Kind::CreditNote;
    const std::optional<qint64> select =
        saved.kind == kind ? std::optional(saved.id) : std::nullopt;
    const TableViewState state(m_tableView, CreditListModel::CreditIdRole);
    readWhenShown([this, state, select] {
        m_searchTimer->stop();
        CreditListQuery query = m_model->query();
        query.search = m_searchLineEdit->text().trimmed();
        query.filter =
            static_cast<CreditListQuery::Filter>(m_filterComboBox->currentData().toInt());
        // One read with the query shown, also when the read after opening the ledger was
        // still waiting for the page to be shown.
        m_model->reread(m_session->path(), query);
        countTotal();
        m_model->whenLoaded(this, [state, select] { state.restore(select); });
        updateStatus();
    });
}

void CreditsPage::countTotal()
{
    const CreditListQuery& query = m_model->query();
    // The unfiltered list's own count is the total (see the constructor).
    if (query.search.isEmpty() && query.filter == CreditListQuery::Filter::All)
        return;
    CreditListQuery all;
    all.kind = m_kind;
    const auto total = m_session->creditList().count(all);
    if (total)
        m_totalCount = *total;
}

bool CreditsPage::isBusy() const
{
    return m_model->isReading();
}

QString CreditsPage::statusText() const
{
    if (!m_session)
        return QString();
    const QLocale locale;
    const CreditListQuery& query = m_model->query();
    const bool payments = m_kind == Credit::Kind::Payment;
    if (query.search.isEmpty() && query.filter == CreditListQuery::Filter::All)
        return (payments ? tr("Payments: %1") : tr("Credit notes: %1"))
            .arg(locale.toString(m_totalCount));
    return (payments ? tr("Payments: %1 of %2") : tr("Credit notes: %1 of %2"))
        .arg(locale.toString(m_model->matchingCount()), locale.toString(m_totalCount));
}

bool CreditsPage::focusSearch()
{
    m_searchLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchLineEdit->selectAll();
    return true;
}

void CreditsPage::applyFilter()
{
    m_searchTimer->stop();
    CreditListQuery query = m_model->query();
    query.search = m_searchLineEdit->text().trimmed();
    query.filter = static_cast<CreditListQuery::Filter>(m_filterComboBox->currentData().toInt());
    m_model->setQuery(query);
    updateStatus();
}

void CreditsPage::updateEmptyState()
{
    const bool empty = m_session && m_model->rowCount() == 0;
    if (!empty) {
        m_emptyLabel->hide();
        return;
    }
    const bool payments = m_kind == Credit::Kind::Payment;
    const CreditListQuery& query = m_model->query();
    if (!query.search.isEmpty())
        m_emptyLabel->showMessage(
            (payments ? tr("No payment number, customer or reference matches “%1”.")
                      : tr("No credit note number, customer or reason matches “%1”."))
                .arg(query.search));
    else if (query.filter == CreditListQuery::Filter::Unapplied)
        m_emptyLabel->showMessage(payments ? tr("Every payment is fully applied.")
                                           : tr("Every credit note is fully applied."));
    else
        m_emptyLabel->showMessage(payments ? tr("This ledger has no payments yet.\nRecord one "
                                                "with Edit ▸ Record Payment… (Ctrl+Shift+P).")
                                           : tr("This ledger has no credit notes yet.\nEnter one "
                                                "with Edit ▸ New Credit Note… (Ctrl+Shift+C)."));
}

QString CreditsPage::selectedCode() const
{
    const QModelIndexList rows = m_tableView->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return QString();
    const auto credit = m_model->rowAt(rows.first().row());
    return credit ? credit->code : QString();
}

} // namespace ardesk
