#include "dialogs/CreditDialog.h"

#include <QHeaderView>
#include <QPushButton>

#include "domain/Clock.h"
#include "domain/PaymentMethod.h"
#include "ledger/AllocationService.h"
#include "models/AllocationTableModel.h"
#include "session/LedgerSession.h"
#include "text/AmountText.h"
#include "text/NumberFormat.h"
#include "text/PaymentMethodNames.h"
#include "ui_CreditDialog.h"
#include "widgets/MessageBoxes.h"
#include "widgets/TableViewStyle.h"

using namespace Qt::StringLiterals;

namespace ardesk {

CreditDialog::CreditDialog(Credit::Kind kind, LedgerSession& session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CreditDialog>())
    , m_kind(kind)
    , m_session(session)
    , m_model(new AllocationTableModel(this))
{
    m_ui->setupUi(this);
    const bool payment = kind == Credit::Kind::Payment;
    setObjectName(payment ? u"paymentDialog"_s : u"creditNoteDialog"_s);
    setWindowTitle(payment ? tr("Record Payment") : tr("New Credit Note"));
    m_ui->numberLabel->setText(payment ? tr("Payment &ID:") : tr("Credit note &number:"));
    m_ui->formLayout->setRowVisible(m_ui->methodComboBox, payment);
    m_ui->formLayout->setRowVisible(m_ui->referenceLineEdit, payment);
    m_ui->formLayout->setRowVisible(m_ui->reasonLineEdit, !payment);
    m_ui->methodComboBox->addItem(QString());
    for (const QString& method : PaymentMethod::offered())
        m_ui->methodComboBox->addItem(PaymentMethodNames::text(method), method);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setObjectName(u"saveButton"_s);
    m_ui->problemLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->customerLineEdit->setService(&session.customers());
    m_ui->dateEdit->setDate(Clock::today());
    if (const auto code = session.allocation().suggestedCode(kind))
        m_ui->numberLineEdit->setText(*code);

    QTableView* table = m_ui->allocationTableView;
    table->setModel(m_model);
    applyTableViewStyle(table);
    table->setAccessibleName(tr("Allocation to open items"));
    // Typing over a selected share replaces it, as in a spreadsheet; F2 edits it.
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                           QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    QHeaderView* columns = table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(AllocationTableModel::Number, QHeaderView::Stretch);
    columns->setMinimumSectionSize(table->fontMetrics().averageCharWidth() * 14);

    connect(m_ui->customerLineEdit, &CustomerPicker::customerChanged, this,
            &CreditDialog::customerChanged);
    connect(m_ui->amountLineEdit, &QLineEdit::textChanged, this, &CreditDialog::propose);
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, &CreditDialog::propose);
    connect(m_ui->numberLineEdit, &QLineEdit::textChanged, this, &CreditDialog::validate);
    connect(m_ui->proposeButton, &QPushButton::clicked, this, &CreditDialog::propose);
    connect(m_ui->clearButton, &QPushButton::clicked, this, [this] { m_model->setShares({}); });
    connect(m_model, &AllocationTableModel::sharesChanged, this, [this] {
        m_refusedShare.clear();
        validate();
    });
    connect(m_model, &AllocationTableModel::shareRefused, this,
            [this](const QString& number, qint64 openMinor) {
                // Rows exist only once a customer is chosen.
                const CurrencyCode currency = m_ui->customerLineEdit->customer()->currency;
                m_refusedShare =
                    tr("%1 takes from nothing up to its open %2.")
                        .arg(number, NumberFormat::money(openMinor, currency, locale()));
                validate();
            });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CreditDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    customerChanged();
    resize(std::max(sizeHint().width(), 720), std::max(sizeHint().height(), 560));
}

CreditDialog::~CreditDialog() = default;

std::optional<qint64> CreditDialog::amountMinor() const
{
    const auto& customer = m_ui->customerLineEdit->customer();
    if (!customer)
        return std::nullopt;
    return AmountText::parsePositive(m_ui->amountLineEdit->text(), customer->currency);
}

QString CreditDialog::method() const
{
    // A method picked from the list is stored as its code; typed text as it is.
    const QString typed = m_ui->methodComboBox->currentText().trimmed();
    const int index = m_ui->methodComboBox->findText(typed, Qt::MatchFixedString);
    if (index >= 0)
        return m_ui->methodComboBox->itemData(index).toString();
    return typed;
}

void CreditDialog::startWithInvoice(const Customer& customer, InvoiceId invoice)
{
    m_invoice = invoice;
    m_ui->customerLineEdit->setCustomer(customer);
    const int row = m_model->rowOf(invoice);
    if (row < 0)
        return;
    // Most payments settle the invoice they are recorded from: its open amount is offered,
    // selected so that typing another replaces it.
    m_ui->amountLineEdit->setText(
        Money(m_model->openMinorAt(row), customer.currency).toLocalizedString(locale()));
    m_ui->allocationTableView->setCurrentIndex(m_model->index(row, AllocationTableModel::Share));
    m_ui->amountLineEdit->setFocus(Qt::OtherFocusReason);
    m_ui->amountLineEdit->selectAll();
}

void CreditDialog::customerChanged()
{
    const auto& customer = m_ui->customerLineEdit->customer();
    m_ui->currencyLabel->setText(customer ? customer->currency.code() : QString());
    if (!customer) {
        m_model->clear();
        validate();
        return;
    }
    const auto items = m_session.allocation().openItems(customer->id);
    if (!items) {
        MessageBoxes::warning(this, tr("Cannot Read Open Items"),
                              tr("The customer's open items could not be read."),
                              items.error().detail);
    }
    m_model->setItems(items ? *items : QList<AllocationItem>(), customer->currency);
    propose();
}

void CreditDialog::propose()
{
    const auto& customer = m_ui->customerLineEdit->customer();
    const auto minor = amountMinor();
    if (!customer || !minor) {
        m_model->setShares({});
        return;
    }
    const auto shares = m_session.allocation().propose(
        customer->id, Money(*minor, customer->currency), m_ui->dateEdit->date(), m_invoice);
    m_model->setShares(shares ? *shares : QList<AllocationShare>());
}

void CreditDialog::validate()
{
    const auto& customer = m_ui->customerLineEdit->customer();
    const QString code = m_ui->numberLineEdit->text().trimmed();
    const auto minor = amountMinor();
    const qint64 allocated = m_model->allocatedMinor();
    const bool payment = m_kind == Credit::Kind::Payment;

    if (customer && minor) {
        m_ui->totalsLabel->setText(
            tr("Allocated: %1    Unapplied: %2")
                .arg(NumberFormat::money(allocated, customer->currency, locale()),
                     NumberFormat::money(std::max<qint64>(*minor - allocated, 0),
                                         customer->currency, locale())));
    } else {
        m_ui->totalsLabel->clear();
    }

    QString problem;
    if (!customer) {
        problem = m_ui->customerLineEdit->text().trimmed().isEmpty()
                      ? tr("Choose the customer.")
                      : tr("No customer has this code or name. Pick one from the suggestions.");
    } else if (code.isEmpty()) {
        problem = payment ? tr("Enter the payment's ID.") : tr("Enter the credit note's number.");
    } else if (const auto taken = m_session.allocation().codeTaken(m_kind, code); taken && *taken) {
        problem = payment ? tr("Payment %1 already exists.").arg(code)
                          : tr("Credit note %1 already exists.").arg(code);
    } else if (!minor) {
        problem = AmountText::problem(m_ui->amountLineEdit->text(), customer->currency);
    } else if (allocated > *minor) {
        problem = tr("The allocation is %1 more than the amount. Lower a share.")
                      .arg(NumberFormat::money(allocated - *minor, customer->currency, locale()));
    } else if (!m_refusedShare.isEmpty()) {
        problem = m_refusedShare;
    }
    m_ui->problemLabel->setText(problem);
    // A refused share only explains why a row kept its value; it does not block saving.
    m_ui->buttonBox->button(QDialogButtonBox::Save)
        ->setEnabled(problem.isEmpty() || problem == m_refusedShare);
}

void CreditDialog::accept()
{
    validate();
    if (!m_ui->buttonBox->button(QDialogButtonBox::Save)->isEnabled())
        return;
    const Customer customer = *m_ui->customerLineEdit->customer();
    const bool payment = m_kind == Credit::Kind::Payment;
    const Credit credit{.id = {},
                        .kind = m_kind,
                        .code = m_ui->numberLineEdit->text().trimmed(),
                        .customerId = customer.id,
                        .date = m_ui->dateEdit->date(),
                        .amount = Money(*amountMinor(), customer.currency),
                        .invoiceId = {},
                        .planId = {},
                        .method = payment ? method() : QString(),
                        .reference =
                            payment ? m_ui->referenceLineEdit->text().trimmed() : QString(),
                        .reason = payment ? QString() : m_ui->reasonLineEdit->text().trimmed()};
    const auto recorded = m_session.allocation().record(credit, m_model->shares());
    if (!recorded) {
        MessageBoxes::warning(this,
                              payment ? tr("Cannot Record Payment") : tr("Cannot Save Credit Note"),
                              payment ? tr("The payment could not be recorded.")
                                      : tr("The credit note could not be saved."),
                              recorded.error().detail);
        validate();
        return;
    }
    m_creditId = recorded->id;
    QDialog::accept();
}

} // namespace ardesk
