#include "views/CustomersPage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "dialogs/CustomerDetailDialog.h"
#include "dialogs/CustomerDialog.h"
#include "domain/Clock.h"
#include "jobs/ExportRunner.h"
#include "jobs/ForesightLoader.h"
#include "ledger/CustomerService.h"
#include "ledger/LedgerInfoService.h"
#include "models/CustomerListModel.h"
#include "session/LedgerSession.h"
#include "widgets/EmptyListLabel.h"
#include "widgets/PageHeading.h"
#include "widgets/RiskGradeDelegate.h"
#include "widgets/SearchField.h"
#include "widgets/TableViewState.h"
#include "widgets/TableViewStyle.h"

using namespace Qt::StringLiterals;

namespace ardesk {

CustomersPage::CustomersPage(QWidget* parent)
    : LedgerPage(parent)
    , m_model(new CustomerListModel(this))
    , m_foresight(new ForesightLoader(this))
    , m_filterComboBox(new QComboBox(this))
    , m_searchLineEdit(new QLineEdit(this))
    , m_newButton(new QPushButton(tr("&New Customer…"), this))
    , m_editButton(new QPushButton(tr("Ed&it…"), this))
    , m_openButton(new QPushButton(tr("&Open Account"), this))
    , m_exportButton(new QPushButton(tr("E&xport…"), this))
    , m_tableView(new QTableView(this))
    , m_emptyLabel(new EmptyListLabel(m_tableView))
    , m_searchTimer(new QTimer(this))
    , m_exportRunner(new ExportRunner(this))
{
    setObjectName(u"customersPage"_s);
    setUpFilter();
    setUpTable();
    setUpCommands();
    layOut();
    updateButtons();
}

// The Show filter and the search field.
void CustomersPage::setUpFilter()
{
    using Filter = CustomerQuery::Filter;
    m_filterComboBox->setObjectName(u"customerFilterComboBox"_s);
    m_filterComboBox->setAccessibleName(tr("Customer filter"));
    m_filterComboBox->addItem(tr("All"), static_cast<int>(Filter::All));
    m_filterComboBox->addItem(tr("With balance"), static_cast<int>(Filter::WithBalance));
    m_filterComboBox->addItem(tr("Overdue"), static_cast<int>(Filter::Overdue));
    m_filterComboBox->addItem(tr("On hold"), static_cast<int>(Filter::OnHold));
    m_filterComboBox->addItem(tr("Over limit"), static_cast<int>(Filter::OverLimit));
    m_filterComboBox->setItemData(1, tr("Owing something, or in credit"), Qt::ToolTipRole);
    m_filterComboBox->setItemData(2, tr("With anything open past its due date today"),
                                  Qt::ToolTipRole);
    m_filterComboBox->setItemData(4, tr("Owing more than their credit limit"), Qt::ToolTipRole);
    connect(m_filterComboBox, &QComboBox::currentIndexChanged, this, &CustomersPage::applyFilter);

    m_searchLineEdit->setObjectName(u"searchLineEdit"_s);
    m_searchLineEdit->setPlaceholderText(tr("Search by code or name"));
    setUpSearchField(m_searchLineEdit, m_tableView, m_searchTimer, searchDelayMs, 40,
                     [this] { applyFilter(); });
}

void CustomersPage::setUpTable()
{
    m_tableView->setObjectName(u"customersTableView"_s);
    m_tableView->setModel(m_model);
    applyPagedListStyle(m_tableView, m_model->sortColumn(), m_model->sortOrder());
    // Room for typical content, and never less than the (translated) header needs.
    const int charWidth = m_tableView->fontMetrics().averageCharWidth();
    const int amountWidth = charWidth * 15;
    resizeColumnAtLeast(m_tableView, CustomerListModel::Code, charWidth * 10);
    growColumnToContents(m_tableView, CustomerListModel::Code, 30);
    resizeColumnAtLeast(m_tableView, CustomerListModel::Name, charWidth * 30);
    resizeColumnAtLeast(m_tableView, CustomerListModel::Risk, charWidth * 7);
    m_tableView->setItemDelegateForColumn(CustomerListModel::Risk,
                                          new RiskGradeDelegate(m_tableView));
    resizeColumnAtLeast(m_tableView, CustomerListModel::Balance, amountWidth);
    resizeColumnAtLeast(m_tableView, CustomerListModel::Overdue, amountWidth);
    resizeColumnAtLeast(m_tableView, CustomerListModel::OldestDue, dateColumnWidth(m_tableView));
    resizeColumnAtLeast(m_tableView, CustomerListModel::CreditLimit, amountWidth);
    resizeColumnAtLeast(m_tableView, CustomerListModel::OnHold, charWidth * 9);
    resizeColumnAtLeast(m_tableView, CustomerListModel::Currency, charWidth * 9);
    resizeColumnAtLeast(m_tableView, CustomerListModel::Email, charWidth * 24);
    resizeColumnAtLeast(m_tableView, CustomerListModel::Phone, charWidth * 21);
    resizeColumnAtLeast(m_tableView, CustomerListModel::Terms, charWidth * 14);
    QHeaderView* columns = m_tableView->horizontalHeader();
    // The figures come first and keep their width; the e-mail address takes what is left.
    columns->setSectionResizeMode(CustomerListModel::Email, QHeaderView::Stretch);
    keepSortIndicatorOnSortableColumns(m_tableView, m_model);
}

// New, Edit, Open and Export, with their keys, and what follows the list's selection.
void CustomersPage::setUpCommands()
{
    m_newButton->setObjectName(u"newCustomerButton"_s);
    m_newButton->setToolTip(tr("Add a customer (Ctrl+Shift+N or Insert)"));
    m_editButton->setObjectName(u"editCustomerButton"_s);
    m_editButton->setToolTip(tr("Edit the selected customer (F2)"));
    m_openButton->setObjectName(u"openCustomerButton"_s);
    m_openButton->setToolTip(
        tr("Open the selected customer's account: open items, payments, plans and activity "
           "(Enter)"));
    connect(m_newButton, &QPushButton::clicked, this, &CustomersPage::newCustomer);
    connect(m_editButton, &QPushButton::clicked, this, &CustomersPage::editSelectedCustomer);
    connect(m_openButton, &QPushButton::clicked, this, &CustomersPage::openSelectedCustomer);
    m_exportButton->setObjectName(u"exportButton"_s);
    m_exportButton->setToolTip(
        tr("Save every customer with their balance today as CSV or as an Excel workbook"));
    connect(m_exportButton, &QPushButton::clicked, this, &CustomersPage::exportCustomers);
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QKeySequence(Qt::Key_Insert)}) {
        auto* shortcut = new QShortcut(keys, this, this, &CustomersPage::newCustomer);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    }
    auto* editShortcut = new QShortcut(QKeySequence(Qt::Key_F2), m_tableView, this,
                                       &CustomersPage::editSelectedCustomer);
    editShortcut->setContext(Qt::WidgetShortcut);
    // Enter and a double click both activate a row.
    connect(m_tableView, &QAbstractItemView::activated, this, &CustomersPage::openSelectedCustomer);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CustomersPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomersPage::updateButtons);

    followPagedList(
        m_model, [this] { updateEmptyState(); }, [] { return tr("Cannot Read Customers"); });
    connect(m_foresight, &ForesightLoader::loaded, this, &CustomersPage::showRisks);
    connect(m_foresight, &ForesightLoader::loadingChanged, this,
            [this] { Q_EMIT busyChanged(isBusy()); });
    connect(
        m_foresight, &ForesightLoader::failed, this,
        [this](const Error& error) { showReadError(tr("Cannot Rate Customers' Risk"), error); },
        Qt::QueuedConnection);
}

void CustomersPage::layOut()
{
    QLabel* headingLabel = createPageHeading(tr("Customers"), u"customersHeadingLabel"_s, this);

    auto* filterLabel = new QLabel(tr("Sho&w:"), this);
    filterLabel->setBuddy(m_filterComboBox);
    auto* topLayout = new QHBoxLayout;
    topLayout->addWidget(headingLabel);
    topLayout->addSpacing(18);
    topLayout->addWidget(m_newButton);
    topLayout->addWidget(m_editButton);
    topLayout->addWidget(m_openButton);
    topLayout->addWidget(m_exportButton);
    topLayout->addStretch();
    topLayout->addWidget(filterLabel);
    topLayout->addWidget(m_filterComboBox);
    topLayout->addSpacing(12);
    topLayout->addWidget(m_searchLineEdit);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(topLayout);
    layout->addWidget(m_tableView);

    setFocusProxy(m_tableView);
    setTabOrder(m_newButton, m_editButton);
    setTabOrder(m_editButton, m_openButton);
    setTabOrder(m_openButton, m_exportButton);
    setTabOrder(m_exportButton, m_filterComboBox);
    setTabOrder(m_filterComboBox, m_searchLineEdit);
    setTabOrder(m_searchLineEdit, m_tableView);
}

QString CustomersPage::pageId() const
{
    return u"customers"_s;
}

QString CustomersPage::title() const
{
    return tr("Customers");
}

void CustomersPage::setSession(LedgerSession* session)
{
    m_session = session;
    m_searchTimer->stop();
    {
        const QSignalBlocker searchBlocker(m_searchLineEdit);
        const QSignalBlocker filterBlocker(m_filterComboBox);
        m_searchLineEdit->clear();
        m_filterComboBox->setCurrentIndex(0);
    }
    m_totalCount = 0;
    CustomerQuery query = m_model->query();
    query.search.clear();
    query.filter = CustomerQuery::Filter::All;
    // Balances are read again after every entry (MainWindow::documentsChanged), as of today.
    query.asOf = Clock::today();
    m_model->setLedger(QString());
    m_model->setQuery(query);
    m_model->setForesight(nullptr);
    m_foresight->setLedgerPath(session ? session->path() : QString());
    const auto read = [this] {
        m_foresight->refresh(Clock::today());
        if (m_session) {
            if (auto total = m_session->customers().count(CustomerQuery{}))
                m_totalCount = *total;
            else
                QMetaObject::invokeMethod(
                    this,
                    [this, error = total.error()] {
                        showReadError(tr("Cannot Read Customers"), error);
                    },
                    Qt::QueuedConnection);
        }
        m_model->setLedger(m_session ? m_session->path() : QString());
        m_tableView->scrollToTop();
        updateStatus();
    };
    readWhenShown(read);
    updateButtons();
}

void CustomersPage::ledgerEdited(LedgerSession* session, const SavedDocument&)
{
    if (!session || session != m_session) {
        setSession(session);
        return;
    }
    const TableViewState state(m_tableView, CustomerListModel::CustomerIdRole);
    readWhenShown([this, state] { reread(state); });
}

void CustomersPage::reread(const TableViewState& state, std::optional<qint64> select)
{
    if (!m_session)
        return;
    m_searchTimer->stop();
    CustomerQuery query = m_model->query();
    query.search = m_searchLineEdit->text().trimmed();
    query.filter = static_cast<CustomerQuery::Filter>(m_filterComboBox->currentData().toInt());
    // Balances and the overdue filter as of today, also in a window left open overnight.
    query.asOf = Clock::today();
    // One read with the query shown, also when the read after opening the ledger was
    // still waiting for the page to be shown.
    m_model->reread(m_session->path(), query);
    if (const auto total = m_session->customers().count(CustomerQuery{}))
        m_totalCount = *total;
    m_foresight->refresh(Clock::today());
    m_model->whenLoaded(this, [state, select] { state.restore(select); });
    updateStatus();
    updateButtons();
}

bool CustomersPage::isBusy() const
{
    return m_foresight->isLoading() || m_model->isReading();
}

void CustomersPage::showRisks()
{
    if (!m_session)
        return;
    m_model->setForesight(m_foresight->index());
    // A list in risk order was read before the scores were there.
    if (m_model->query().sortKey == CustomerQuery::SortKey::Risk)
        m_model->refresh();
}

QString CustomersPage::statusText() const
{
    if (!m_session)
        return QString();
    const QLocale locale;
    const CustomerQuery& query = m_model->query();
    if (query.search.isEmpty() && query.filter == CustomerQuery::Filter::All)
        return tr("Customers: %1").arg(locale.toString(m_totalCount));
    return tr("Customers: %1 of %2")
        .arg(locale.toString(m_model->matchingCount()), locale.toString(m_totalCount));
}

bool CustomersPage::focusSearch()
{
    m_searchLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchLineEdit->selectAll();
    return true;
}

std::optional<Customer> CustomersPage::selectedCustomer() const
{
    const QModelIndex current = m_tableView->currentIndex();
    if (!current.isValid() || !m_tableView->selectionModel()->isRowSelected(current.row()))
        return std::nullopt;
    const auto row = m_model->rowAt(current.row());
    return row ? std::optional(row->customer) : std::nullopt;
}

void CustomersPage::updateButtons()
{
    const bool selected = m_session && selectedCustomer().has_value();
    m_newButton->setEnabled(m_session != nullptr);
    m_exportButton->setEnabled(m_session != nullptr);
    m_editButton->setEnabled(selected);
    m_openButton->setEnabled(selected);
}

void CustomersPage::newCustomer()
{
    if (!m_session)
        return;
    // New customers invoice in the ledger's currency unless the user picks another.
    auto currency = m_session->ledgerInfo().currency();
    if (!currency)
        return showReadError(tr("Cannot Read Customers"), currency.error());
    auto* dialog = new CustomerDialog(m_session->customers(), *currency, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reread(TableViewState(m_tableView, CustomerListModel::CustomerIdRole),
               dialog->customerId().value);
    });
    dialog->open();
}

void CustomersPage::editSelectedCustomer()
{
    const auto customer = selectedCustomer();
    if (!m_session || !customer)
        return;
    auto* dialog = new CustomerDialog(m_session->customers(), *customer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reread(TableViewState(m_tableView, CustomerListModel::CustomerIdRole),
               dialog->customerId().value);
    });
    dialog->open();
}

void CustomersPage::openSelectedCustomer()
{
    const auto customer = selectedCustomer();
    if (!m_session || !customer)
        return;
    auto* dialog = new CustomerDetailDialog(*m_session, customer->id, Clock::today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CustomerDetailDialog::customerChanged, this,
            [this] { reread(TableViewState(m_tableView, CustomerListModel::CustomerIdRole)); });
    dialog->open();
}

void CustomersPage::exportCustomers()
{
    if (!m_session || m_exportRunner->isRunning())
        return;
    const QDate today = Clock::today();
    const QString path = m_exportRunner->chooseFile(
        tr("Export Customers"), u"customers-%1.csv"_s.arg(today.toString(Qt::ISODate)));
    // The list as shown: its filter, search and sort, with today's figures.
    CustomerQuery query = m_model->query();
    query.asOf = today;
    // A file keeps the order the command line promises for it (docs/contract.md): names by
    // code point, so that the same export from either gives the same bytes.
    query.nameOrder = NameOrder::CodePoint;
    if (!path.isEmpty())
        m_exportRunner->exportCustomers(m_session->path(), query, path);
}

void CustomersPage::applyFilter()
{
    m_searchTimer->stop();
    CustomerQuery query = m_model->query();
    query.search = m_searchLineEdit->text().trimmed();
    query.filter = static_cast<CustomerQuery::Filter>(m_filterComboBox->currentData().toInt());
    // "Overdue" means overdue today, also in a window left open overnight.
    query.asOf = Clock::today();
    m_model->setQuery(query);
    updateStatus();
}

void CustomersPage::updateEmptyState()
{
    const bool empty = m_session && m_model->rowCount() == 0;
    if (empty) {
        const CustomerQuery& query = m_model->query();
        if (!query.search.isEmpty())
            m_emptyLabel->showMessage(
                tr("No customer code or name contains “%1”.").arg(query.search));
        else if (query.filter != CustomerQuery::Filter::All)
            m_emptyLabel->showMessage(
                tr("No customer matches “%1”.").arg(m_filterComboBox->currentText()));
        else
            m_emptyLabel->showMessage(
                tr("This ledger has no customers yet.\nAdd one with New Customer… "
                   "(Ctrl+Shift+N), or import a customer list with "
                   "“ardesk-cli import customers FILE”."));
    }
    if (!empty)
        m_emptyLabel->hide();
}

} // namespace ardesk
