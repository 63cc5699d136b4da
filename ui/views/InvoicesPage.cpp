#include "views/InvoicesPage.h"

#include <algorithm>

#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "common/EmptyListLabel.h"
#include "common/ErrorMessages.h"
#include "common/LedgerSession.h"
#include "common/MessageBoxes.h"
#include "common/PageHeading.h"
#include "common/SearchFieldKeys.h"
#include "common/TableViewStyle.h"
#include "models/InvoiceListModel.h"
#include "services/InvoiceListService.h"

using namespace Qt::StringLiterals;

namespace ardesk {

InvoicesPage::InvoicesPage(QWidget* parent)
    : LedgerPage(parent)
    , m_model(new InvoiceListModel(this))
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
    m_searchLineEdit->setClearButtonEnabled(true);
    const int searchWidth = m_searchLineEdit->fontMetrics().averageCharWidth() * 40;
    m_searchLineEdit->setMinimumWidth(searchWidth * 3 / 4);
    m_searchLineEdit->setMaximumWidth(searchWidth);
    new SearchFieldKeys(m_searchLineEdit, m_tableView, m_searchTimer, [this] { applyFilter(); });

    m_tableView->setObjectName(u"invoicesTableView"_s);
    m_tableView->setAccessibleName(tr("Invoices"));
    m_tableView->setModel(m_model);
    applyTableViewStyle(m_tableView);
    m_tableView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tableView->setCornerButtonEnabled(false);

    // Fixed row heights: the view never has to measure a million rows.
    QHeaderView* rows = m_tableView->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_tableView->fontMetrics().height() + 10);

    QHeaderView* columns = m_tableView->horizontalHeader();
    columns->setSectionsMovable(true);
    // Set before sorting is enabled, which sorts at once by the indicator.
    columns->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_tableView->setSortingEnabled(true);
    const int charWidth = m_tableView->fontMetrics().averageCharWidth();
    const auto setWidth = [columns](int column, int width) {
        columns->resizeSection(column, std::max(width, columns->sectionSizeHint(column)));
    };
    // Dates and statuses are measured as the locale and the translation write them, so that
    // "28 Dec 2026" or "Überfällig" is never cut short.
    const QFontMetrics metrics = m_tableView->fontMetrics();
    const int padding = charWidth * 3;
    const int dateWidth =
        metrics.horizontalAdvance(QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat)) +
        padding;
    int statusWidth = 0;
    for (const InvoiceStatus status :
         {InvoiceStatus::Open, InvoiceStatus::Overdue, InvoiceStatus::Paid, InvoiceStatus::OnPlan})
        statusWidth = std::max(
            statusWidth, metrics.horizontalAdvance(InvoiceListModel::statusText(status, true)));
    setWidth(InvoiceListModel::Number, charWidth * 15);
    setWidth(InvoiceListModel::IssueDate, dateWidth);
    setWidth(InvoiceListModel::DueDate, dateWidth);
    setWidth(InvoiceListModel::Amount, charWidth * 17);
    setWidth(InvoiceListModel::OpenAmount, charWidth * 17);
    setWidth(InvoiceListModel::DaysOverdue, charWidth * 8);
    setWidth(InvoiceListModel::Status, statusWidth + padding);
    columns->setSectionResizeMode(InvoiceListModel::Customer, QHeaderView::Stretch);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &InvoicesPage::applyFilter);
    connect(m_searchLineEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchLineEdit, &QLineEdit::returnPressed, this, &InvoicesPage::applyFilter);
    connect(m_statusComboBox, &QComboBox::currentIndexChanged, this, &InvoicesPage::applyFilter);

    connect(m_model, &QAbstractItemModel::modelReset, this, &InvoicesPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &InvoicesPage::updateEmptyState);
    connect(m_model, &InvoiceListModel::matchingCountChanged, this, &InvoicesPage::updateStatus);
    // Queued: the model may fail in the middle of a view's layout or scroll, which is no place
    // for a modal dialog.
    connect(
        m_model, &InvoiceListModel::readFailed, this,
        [this](const Error& error) { showReadError(tr("Cannot Read Invoices"), error); },
        Qt::QueuedConnection);

    auto* topLayout = new QHBoxLayout;
    topLayout->addWidget(headingLabel);
    topLayout->addStretch();
    topLayout->addWidget(statusLabel);
    topLayout->addWidget(m_statusComboBox);
    topLayout->addSpacing(12);
    topLayout->addWidget(m_searchLineEdit);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(topLayout);
    layout->addWidget(m_tableView);

    setFocusProxy(m_tableView);
    setTabOrder(m_statusComboBox, m_searchLineEdit);
    setTabOrder(m_searchLineEdit, m_tableView);
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
    query.asOf = QDate::currentDate();
    m_model->setService(nullptr);
    m_model->setQuery(query);
    m_model->setService(session ? &session->invoiceList() : nullptr);
    m_totalCount = m_model->matchingCount();
    m_tableView->scrollToTop();
    updateStatus();
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
        if (const auto invoice = m_model->invoiceAt(row.row()))
            invoices.append(*invoice);
    }
    return invoices;
}

void InvoicesPage::focusSearch()
{
    m_searchLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchLineEdit->selectAll();
}

void InvoicesPage::applyFilter()
{
    m_searchTimer->stop();
    InvoiceListQuery query = m_model->query();
    query.search = m_searchLineEdit->text().trimmed();
    query.filter = static_cast<InvoiceListQuery::Filter>(m_statusComboBox->currentData().toInt());
    // "Overdue" means overdue today, also in a window left open overnight.
    query.asOf = QDate::currentDate();
    m_model->setQuery(query);
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

void InvoicesPage::updateStatus()
{
    Q_EMIT statusTextChanged(statusText());
}

} // namespace ardesk
