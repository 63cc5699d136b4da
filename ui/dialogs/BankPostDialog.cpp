#include "dialogs/BankPostDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "cashapp/CashApplicationService.h"
#include "ledger/AllocationService.h"
#include "ledger/CustomerService.h"
#include "models/OpenItemChoiceModel.h"
#include "session/LedgerSession.h"
#include "text/BankMatchText.h"
#include "text/NumberFormat.h"
#include "widgets/CustomerPicker.h"
#include "widgets/MessageBoxes.h"
#include "widgets/TableViewStyle.h"

using namespace Qt::StringLiterals;

namespace ardesk {

BankPostDialog::BankPostDialog(LedgerSession& session, const BankMatch& proposal, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_proposal(proposal)
    , m_items(new OpenItemChoiceModel(this))
    , m_customerPicker(new CustomerPicker(this))
    , m_itemsTableView(new QTableView(this))
    , m_totalsLabel(new QLabel(this))
    , m_problemLabel(new QLabel(this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"bankPostDialog"_s);
    setWindowTitle(tr("Post Receipt"));
    const BankLine& line = proposal.line;
    const QLocale locale;

    auto* summaryLabel = new QLabel(this);
    summaryLabel->setObjectName(u"bankLineSummaryLabel"_s);
    summaryLabel->setWordWrap(true);
    summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    summaryLabel->setText(BankMatchText::lineSummary(line, locale));

    m_customerPicker->setObjectName(u"bankCustomerPicker"_s);
    m_customerPicker->setService(&session.customers());

    m_itemsTableView->setObjectName(u"bankItemsTableView"_s);
    m_itemsTableView->setAccessibleName(tr("Open items to pay first"));
    m_itemsTableView->setModel(m_items);
    applyTableViewStyle(m_itemsTableView);
    QHeaderView* columns = m_itemsTableView->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(OpenItemChoiceModel::Document, QHeaderView::Stretch);
    // Space ticks the current item, as in any list of check boxes.
    connect(m_itemsTableView, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QModelIndex box = index.siblingAtColumn(OpenItemChoiceModel::Document);
        const bool checked = box.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
        m_items->setData(box, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    });

    auto* hintLabel = new QLabel(
        tr("The receipt pays the ticked documents first, then the customer's oldest open "
           "items; what is left stays on the customer as unapplied credit. The payer's "
           "account is remembered for this customer."),
        this);
    hintLabel->setWordWrap(true);
    hintLabel->setForegroundRole(QPalette::PlaceholderText);
    m_totalsLabel->setObjectName(u"bankPostTotalsLabel"_s);
    m_problemLabel->setObjectName(u"problemLabel"_s);
    m_problemLabel->setWordWrap(true);

    QPushButton* postButton = m_buttonBox->button(QDialogButtonBox::Ok);
    postButton->setText(tr("&Post"));
    postButton->setObjectName(u"postButton"_s);
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &BankPostDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    auto* customerLabel = new QLabel(tr("&Customer:"), this);
    customerLabel->setBuddy(m_customerPicker);
    form->addRow(customerLabel, m_customerPicker);
    auto* itemsLabel = new QLabel(tr("&Documents to pay first:"), this);
    itemsLabel->setBuddy(m_itemsTableView);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summaryLabel);
    layout->addLayout(form);
    layout->addWidget(itemsLabel);
    layout->addWidget(m_itemsTableView, 1);
    layout->addWidget(m_totalsLabel);
    layout->addWidget(hintLabel);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttonBox);

    connect(m_customerPicker, &CustomerPicker::customerChanged, this,
            &BankPostDialog::customerChanged);
    connect(m_items, &OpenItemChoiceModel::checkedChanged, this, &BankPostDialog::validate);

    if (!proposal.customerCode.isEmpty()) {
        if (const auto customer = session.customers().find(proposal.customer))
            m_customerPicker->setCustomer(*customer);
    }
    customerChanged();
    m_customerPicker->setFocus();
    resize(std::max(sizeHint().width(), 640), std::max(sizeHint().height(), 520));
}

BankPostDialog::~BankPostDialog() = default;

void BankPostDialog::customerChanged()
{
    const auto& customer = m_customerPicker->customer();
    if (!customer || customer->currency != m_proposal.line.amount.currency()) {
        m_items->clear();
        validate();
        return;
    }
    const auto items = m_session.allocation().openItems(customer->id);
    if (!items) {
        MessageBoxes::warning(this, tr("Cannot Read Open Items"),
                              tr("The customer's open items could not be read."),
                              items.error().detail);
    }
    m_items->setItems(items ? *items : QList<AllocationItem>(), customer->currency);
    // The proposal's documents stay ticked while its customer is chosen.
    if (customer->id == m_proposal.customer)
        m_items->setChecked(m_proposal.documents);
    validate();
}

void BankPostDialog::validate()
{
    const auto& customer = m_customerPicker->customer();
    const Money& amount = m_proposal.line.amount;
    const QLocale locale;
    QString problem;
    if (!customer) {
        problem = m_customerPicker->text().trimmed().isEmpty()
                      ? tr("Choose the customer who paid.")
                      : tr("No customer has this code or name. Pick one from the suggestions.");
    } else if (customer->currency != amount.currency()) {
        problem = tr("%1 is billed in %2; the receipt is in %3.")
                      .arg(customer->name, customer->currency.code(), amount.currency().code());
    } else if (m_items->rowCount() == 0) {
        problem = tr("%1 has no open items: the whole receipt stays on the customer as "
                     "unapplied credit.")
                      .arg(customer->name);
    }
    if (customer && customer->currency == amount.currency()) {
        m_totalsLabel->setText(
            tr("Ticked: %1 open    Receipt: %2")
                .arg(NumberFormat::money(m_items->checkedOpenMinor(), amount.currency(), locale),
                     NumberFormat::money(amount.minor(), amount.currency(), locale)));
    } else {
        m_totalsLabel->clear();
    }
    m_problemLabel->setText(problem);
    // No open items is a note, not a refusal: a payment on account is allowed.
    const bool postable = customer && customer->currency == amount.currency();
    m_buttonBox->button(QDialogButtonBox::Ok)->setEnabled(postable);
}

void BankPostDialog::accept()
{
    validate();
    if (!m_buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const auto posted = m_session.cashApplication().post(
        m_proposal.line.id, m_customerPicker->customer()->code, m_items->checkedNumbers());
    if (!posted) {
        MessageBoxes::warning(this, tr("Cannot Post Receipt"),
                              BankMatchText::changeError(posted.error()), posted.error().detail);
        return;
    }
    m_posted = *posted;
    QDialog::accept();
}

} // namespace ardesk
