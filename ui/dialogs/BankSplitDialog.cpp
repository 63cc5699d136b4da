#include "dialogs/BankSplitDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

#include "cashapp/CashApplicationService.h"
#include "domain/Money.h"
#include "ledger/AllocationService.h"
#include "ledger/CustomerService.h"
#include "models/SplitPartModel.h"
#include "session/LedgerSession.h"
#include "text/AmountText.h"
#include "text/BankMatchText.h"
#include "text/NumberFormat.h"
#include "widgets/CustomerPicker.h"
#include "widgets/MessageBoxes.h"
#include "widgets/TableViewStyle.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// "INV-1, INV-2" or "INV-1 INV-2": the numbers typed, in order, without repeats.
QStringList numbersIn(const QString& text)
{
    QStringList numbers;
    for (const QString& number : text.split(QRegularExpression(u"[,;\\s]+"_s), Qt::SkipEmptyParts))
        if (!numbers.contains(number, Qt::CaseInsensitive))
            numbers.append(number);
    return numbers;
}

} // namespace

BankSplitDialog::BankSplitDialog(LedgerSession& session, const BankMatch& proposal, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_proposal(proposal)
    , m_parts(new SplitPartModel(this))
    , m_customerPicker(new CustomerPicker(this))
    , m_amountLineEdit(new QLineEdit(this))
    , m_documentsLineEdit(new QLineEdit(this))
    , m_addButton(new QPushButton(tr("&Add Part"), this))
    , m_removeButton(new QPushButton(tr("&Remove Part"), this))
    , m_partsTableView(new QTableView(this))
    , m_totalsLabel(new QLabel(this))
    , m_problemLabel(new QLabel(this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"bankSplitDialog"_s);
    setWindowTitle(tr("Split Receipt"));

    auto* summaryLabel = new QLabel(BankMatchText::lineSummary(proposal.line, QLocale()), this);
    summaryLabel->setObjectName(u"bankLineSummaryLabel"_s);
    summaryLabel->setWordWrap(true);
    summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_customerPicker->setObjectName(u"splitCustomerPicker"_s);
    m_customerPicker->setService(&session.customers());
    m_amountLineEdit->setObjectName(u"splitAmountLineEdit"_s);
    m_amountLineEdit->setAccessibleName(tr("Amount of the part"));
    m_documentsLineEdit->setObjectName(u"splitDocumentsLineEdit"_s);
    m_documentsLineEdit->setPlaceholderText(tr("Optional, for example INV-1, INV-2"));
    m_addButton->setObjectName(u"addPartButton"_s);
    // Enter in a field of the part adds it, rather than posting a split that may not add up
    // yet; posting takes the Post Split button itself.
    m_addButton->setDefault(true);
    m_removeButton->setObjectName(u"removePartButton"_s);
    m_removeButton->setAutoDefault(false);

    m_partsTableView->setObjectName(u"splitPartsTableView"_s);
    m_partsTableView->setAccessibleName(tr("Parts of the receipt"));
    m_partsTableView->setModel(m_parts);
    applyTableViewStyle(m_partsTableView);
    m_partsTableView->setSelectionMode(QAbstractItemView::SingleSelection);
    QHeaderView* columns = m_partsTableView->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(SplitPartModel::Customer, QHeaderView::Stretch);

    m_totalsLabel->setObjectName(u"splitTotalsLabel"_s);
    m_problemLabel->setObjectName(u"problemLabel"_s);
    m_problemLabel->setWordWrap(true);
    auto* hintLabel =
        new QLabel(tr("Each part becomes a payment of its customer and pays the documents "
                      "named first, then that customer's oldest open items; what is left stays "
                      "on the customer as unapplied credit. The parts must add up to the "
                      "receipt."),
                   this);
    hintLabel->setWordWrap(true);
    hintLabel->setForegroundRole(QPalette::PlaceholderText);

    QPushButton* postButton = m_buttonBox->button(QDialogButtonBox::Ok);
    postButton->setText(tr("&Post Split"));
    postButton->setObjectName(u"postSplitButton"_s);
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &BankSplitDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addButton, &QPushButton::clicked, this, &BankSplitDialog::addPart);
    connect(m_removeButton, &QPushButton::clicked, this, &BankSplitDialog::removePart);
    connect(m_partsTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BankSplitDialog::updateTotals);

    auto* form = new QFormLayout;
    const auto row = [this, form](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    row(tr("&Customer:"), m_customerPicker);
    row(tr("A&mount:"), m_amountLineEdit);
    row(tr("&Documents to pay first:"), m_documentsLineEdit);
    auto* partButtons = new QHBoxLayout;
    partButtons->addWidget(m_addButton);
    partButtons->addWidget(m_removeButton);
    partButtons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summaryLabel);
    layout->addLayout(form);
    layout->addLayout(partButtons);
    layout->addWidget(m_partsTableView, 1);
    layout->addWidget(m_totalsLabel);
    layout->addWidget(hintLabel);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttonBox);

    // The matcher's customer is usually one of the parts: offered first.
    if (!proposal.customerCode.isEmpty()) {
        if (const auto customer = session.customers().find(proposal.customer))
            m_customerPicker->setCustomer(*customer);
    }
    prefillAmount();
    updateTotals();
    m_customerPicker->setFocus();
    resize(std::max(sizeHint().width(), 640), std::max(sizeHint().height(), 520));
}

BankSplitDialog::~BankSplitDialog() = default;

qint64 BankSplitDialog::remainingMinor() const
{
    return m_proposal.line.amount.minor() - m_parts->totalMinor();
}

void BankSplitDialog::prefillAmount()
{
    const CurrencyCode currency = m_proposal.line.amount.currency();
    const qint64 remaining = remainingMinor();
    // As the amount is typed and read back (AmountText), so that the suggestion parses.
    m_amountLineEdit->setText(
        remaining > 0 ? Money(remaining, currency).toLocalizedString(QLocale()) : QString());
}

QString BankSplitDialog::partProblem() const
{
    const CurrencyCode currency = m_proposal.line.amount.currency();
    const auto& customer = m_customerPicker->customer();
    if (!customer)
        return m_customerPicker->text().trimmed().isEmpty()
                   ? tr("Choose the customer of the part.")
                   : tr("No customer has this code or name. Pick one from the suggestions.");
    if (customer->currency != currency)
        return tr("%1 is billed in %2; the receipt is in %3.")
            .arg(customer->name, customer->currency.code(), currency.code());
    const auto amount = AmountText::parsePositive(m_amountLineEdit->text(), currency);
    if (!amount)
        return AmountText::problem(m_amountLineEdit->text(), currency);
    if (*amount > remainingMinor())
        return tr("The part is more than the %1 left to split.")
            .arg(NumberFormat::money(remainingMinor(), currency, QLocale()));
    const QStringList numbers = numbersIn(m_documentsLineEdit->text());
    if (numbers.isEmpty())
        return QString();
    const auto items = m_session.allocation().openItems(customer->id);
    if (!items)
        return tr("The customer's open items could not be read.");
    QSet<QString> open;
    for (const AllocationItem& item : *items)
        open.insert(item.number.toUpper());
    for (const QString& number : numbers) {
        if (!open.contains(number.toUpper()))
            return tr("%1 is not an open item of %2.").arg(number, customer->name);
    }
    return QString();
}

void BankSplitDialog::addPart()
{
    const QString problem = partProblem();
    m_problemLabel->setText(problem);
    if (!problem.isEmpty())
        return;
    const Customer& customer = *m_customerPicker->customer();
    const CurrencyCode currency = m_proposal.line.amount.currency();
    m_parts->append(
        {.part = {.customerCode = customer.code,
                  .amount = Money(*AmountText::parsePositive(m_amountLineEdit->text(), currency),
                                  currency),
                  .invoiceNumbers = numbersIn(m_documentsLineEdit->text())},
         .customerName = customer.name});
    m_customerPicker->clear();
    m_documentsLineEdit->clear();
    prefillAmount();
    updateTotals();
    m_customerPicker->setFocus();
}

void BankSplitDialog::removePart()
{
    const QModelIndexList selected = m_partsTableView->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return;
    m_parts->removeAt(selected.first().row());
    prefillAmount();
    updateTotals();
}

void BankSplitDialog::updateTotals()
{
    const CurrencyCode currency = m_proposal.line.amount.currency();
    const QLocale locale;
    m_totalsLabel->setText(
        tr("Split: %1 of %2    Left: %3")
            .arg(NumberFormat::money(m_parts->totalMinor(), currency, locale),
                 NumberFormat::money(m_proposal.line.amount.minor(), currency, locale),
                 NumberFormat::money(remainingMinor(), currency, locale)));
    m_removeButton->setEnabled(m_partsTableView->selectionModel()->hasSelection());
    // One part is an ordinary posting (Change…); a split needs two customers or more.
    m_buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(m_parts->rowCount() >= 2 && remainingMinor() == 0);
}

void BankSplitDialog::accept()
{
    if (!m_buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const auto posted =
        m_session.cashApplication().postSplit(m_proposal.line.id, m_parts->splitParts());
    if (!posted) {
        MessageBoxes::warning(this, tr("Cannot Split Receipt"),
                              BankMatchText::changeError(posted.error()), posted.error().detail);
        return;
    }
    m_posted = *posted;
    QDialog::accept();
}

} // namespace ardesk
