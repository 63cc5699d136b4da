#include "dialogs/PlanCustomerPage.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "domain/Money.h"
#include "models/CustomerListModel.h"
#include "plans/PlanService.h"
#include "session/LedgerSession.h"
#include "text/ErrorMessages.h"
#include "text/NumberFormat.h"
#include "widgets/MessageBoxes.h"
#include "widgets/SearchFieldKeys.h"
#include "widgets/TableViewStyle.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {
enum InvoiceColumn { NumberColumn, IssuedColumn, AmountColumn, InvoiceColumnCount };
// As on the Customers page: one query per pause in typing.
constexpr int searchDelayMs = 250;
} // namespace

PlanCustomerPage::PlanCustomerPage(LedgerSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_customerModel(new CustomerListModel(this))
    , m_invoiceModel(new QStandardItemModel(0, InvoiceColumnCount, this))
    , m_searchLineEdit(new QLineEdit(this))
    , m_customersTableView(new QTableView(this))
    , m_allOpenCheckBox(new QCheckBox(tr("Put &all open invoices on the plan"), this))
    , m_invoicesTableView(new QTableView(this))
    , m_coverLabel(new QLabel(this))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(u"planCustomerPage"_s);
    setTitle(tr("Customer and Invoices"));
    setSubTitle(tr("Choose the customer and the open invoices the plan takes over."));

    auto* searchLabel = new QLabel(tr("&Customer:"), this);
    searchLabel->setBuddy(m_searchLineEdit);
    m_searchLineEdit->setObjectName(u"customerSearchLineEdit"_s);
    m_searchLineEdit->setPlaceholderText(tr("Search by name or number"));
    m_searchLineEdit->setClearButtonEnabled(true);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    new SearchFieldKeys(m_searchLineEdit, m_customersTableView, m_searchTimer,
                        [this] { applySearch(); });
    connect(m_searchTimer, &QTimer::timeout, this, &PlanCustomerPage::applySearch);
    connect(m_searchLineEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));

    m_customersTableView->setObjectName(u"customersTableView"_s);
    m_customersTableView->setAccessibleName(tr("Customers"));
    m_customerModel->setLedger(session.path());
    m_customersTableView->setModel(m_customerModel);
    applyTableViewStyle(m_customersTableView);
    m_customersTableView->setSelectionMode(QAbstractItemView::SingleSelection);
    for (int column = 0; column < CustomerListModel::ColumnCount; ++column) {
        m_customersTableView->setColumnHidden(column, column != CustomerListModel::Code &&
                                                          column != CustomerListModel::Name &&
                                                          column != CustomerListModel::Currency);
    }
    m_customersTableView->horizontalHeader()->setSectionResizeMode(CustomerListModel::Name,
                                                                   QHeaderView::Stretch);
    connect(m_customersTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PlanCustomerPage::selectCustomer);

    m_allOpenCheckBox->setObjectName(u"allOpenCheckBox"_s);
    m_allOpenCheckBox->setChecked(true);
    connect(m_allOpenCheckBox, &QCheckBox::toggled, this, &PlanCustomerPage::loadInvoices);

    m_invoiceModel->setHorizontalHeaderLabels({tr("Invoice"), tr("Issued"), tr("To Cover")});
    m_invoiceModel->horizontalHeaderItem(AmountColumn)
        ->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_invoicesTableView->setObjectName(u"invoicesTableView"_s);
    m_invoicesTableView->setAccessibleName(tr("Open invoices"));
    m_invoicesTableView->setModel(m_invoiceModel);
    applyTableViewStyle(m_invoicesTableView);
    m_invoicesTableView->horizontalHeader()->setSectionResizeMode(NumberColumn,
                                                                  QHeaderView::Stretch);
    connect(m_invoiceModel, &QStandardItemModel::itemChanged, this, [this] {
        if (!m_loading)
            updateCover();
    });

    m_coverLabel->setObjectName(u"coverLabel"_s);

    auto* searchLayout = new QHBoxLayout;
    searchLayout->addWidget(searchLabel);
    searchLayout->addWidget(m_searchLineEdit);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(searchLayout);
    layout->addWidget(m_customersTableView, 3);
    layout->addWidget(m_allOpenCheckBox);
    layout->addWidget(m_invoicesTableView, 2);
    layout->addWidget(m_coverLabel);

    setTabOrder(m_searchLineEdit, m_customersTableView);
    setTabOrder(m_customersTableView, m_allOpenCheckBox);
    setTabOrder(m_allOpenCheckBox, m_invoicesTableView);
}

void PlanCustomerPage::applySearch()
{
    m_searchTimer->stop();
    CustomerQuery query = m_customerModel->query();
    query.search = m_searchLineEdit->text().trimmed();
    m_customerModel->setQuery(query);
}

void PlanCustomerPage::preselect(const QString& customerCode, const QStringList& invoiceNumbers)
{
    {
        const QSignalBlocker blocker(m_searchLineEdit);
        m_searchLineEdit->setText(customerCode);
    }
    applySearch();
    // The search is read in the background; the customer is picked from what it finds.
    m_customerModel->whenLoaded(
        this, [this, customerCode, invoiceNumbers] { select(customerCode, invoiceNumbers); });
}

void PlanCustomerPage::select(const QString& customerCode, const QStringList& invoiceNumbers)
{
    // Among the rows the search read with its count: the code sought is among the first.
    for (int row = 0; row < m_customerModel->rowCount() && m_customerModel->hasRow(row); ++row) {
        const auto candidate = m_customerModel->rowAt(row);
        if (candidate && candidate->customer.code == customerCode) {
            m_allOpenCheckBox->setChecked(invoiceNumbers.isEmpty());
            m_customersTableView->selectRow(row);
            break;
        }
    }
    m_loading = true;
    for (int row = 0; row < m_invoiceModel->rowCount(); ++row) {
        QStandardItem* item = m_invoiceModel->item(row, NumberColumn);
        if (item->isCheckable())
            item->setCheckState(invoiceNumbers.contains(item->text()) ? Qt::Checked
                                                                      : Qt::Unchecked);
    }
    m_loading = false;
    updateCover();
}

void PlanCustomerPage::setPlanDate(QDate date)
{
    if (date == m_planDate)
        return;
    m_planDate = date;
    loadInvoices();
}

void PlanCustomerPage::selectCustomer()
{
    const QModelIndex current = m_customersTableView->currentIndex();
    const auto row = current.isValid() ? m_customerModel->rowAt(current.row()) : std::nullopt;
    m_customer = row ? std::optional(row->customer) : std::nullopt;
    loadInvoices();
}

void PlanCustomerPage::loadInvoices()
{
    // What was ticked stays ticked when the invoices are read again for another date.
    const QStringList ticked = invoiceNumbers();
    m_loading = true;
    m_invoiceModel->removeRows(0, m_invoiceModel->rowCount());
    m_invoices.clear();
    if (m_customer) {
        const auto invoices = m_session.plans().coverableInvoices(m_customer->code, m_planDate);
        if (invoices) {
            m_invoices = *invoices;
        } else {
            MessageBoxes::warning(this, tr("Cannot Read Invoices"),
                                  ErrorMessages::readLedger(invoices.error()),
                                  invoices.error().detail);
        }
    }
    const QLocale locale;
    const bool all = m_allOpenCheckBox->isChecked();
    for (const CoverableInvoice& invoice : std::as_const(m_invoices)) {
        auto* number = new QStandardItem(invoice.number);
        number->setEditable(false);
        number->setCheckable(!all);
        number->setCheckState(all || ticked.contains(invoice.number) ? Qt::Checked : Qt::Unchecked);
        if (all)
            number->setEnabled(false);
        auto* issued = new QStandardItem(locale.toString(invoice.issueDate, QLocale::ShortFormat));
        issued->setEditable(false);
        auto* amount = new QStandardItem(
            Money(invoice.amountMinor, m_customer->currency).toLocalizedString(locale));
        amount->setEditable(false);
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_invoiceModel->appendRow({number, issued, amount});
    }
    m_loading = false;
    updateCover();
}

bool PlanCustomerPage::allOpen() const
{
    return m_allOpenCheckBox->isChecked();
}

QStringList PlanCustomerPage::invoiceNumbers() const
{
    QStringList numbers;
    if (allOpen())
        return numbers;
    for (int row = 0; row < m_invoiceModel->rowCount(); ++row) {
        const QStandardItem* item = m_invoiceModel->item(row, NumberColumn);
        if (item->checkState() == Qt::Checked)
            numbers.append(item->text());
    }
    return numbers;
}

qint64 PlanCustomerPage::coveredMinor() const
{
    qint64 covered = 0;
    const bool all = allOpen();
    for (int row = 0; row < m_invoiceModel->rowCount(); ++row) {
        if (all || m_invoiceModel->item(row, NumberColumn)->checkState() == Qt::Checked)
            covered += m_invoices.at(row).amountMinor;
    }
    return covered;
}

PlanRequest PlanCustomerPage::request(const PlanScheduleRequest& schedule) const
{
    return {.customerCode = m_customer ? m_customer->code : QString(),
            .invoiceNumbers = invoiceNumbers(),
            .allOpen = allOpen(),
            .schedule = schedule};
}

void PlanCustomerPage::updateCover()
{
    if (!m_customer)
        m_coverLabel->setText(tr("Choose a customer."));
    else if (m_invoices.isEmpty())
        m_coverLabel->setText(
            tr("%1 has nothing open on %2 that a plan could take over.")
                .arg(m_customer->name, QLocale().toString(m_planDate, QLocale::ShortFormat)));
    else
        m_coverLabel->setText(
            tr("Amount to cover on %1: %2")
                .arg(QLocale().toString(m_planDate, QLocale::ShortFormat),
                     NumberFormat::money(coveredMinor(), m_customer->currency, QLocale())));
    Q_EMIT completeChanged();
}

bool PlanCustomerPage::isComplete() const
{
    return m_customer && coveredMinor() > 0;
}

} // namespace ardesk
