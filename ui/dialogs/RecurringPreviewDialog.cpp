#include "dialogs/RecurringPreviewDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "models/RecurringInvoiceModel.h"
#include "text/NumberFormat.h"
#include "widgets/DateEdit.h"
#include "widgets/TableViewStyle.h"

using namespace Qt::StringLiterals;

namespace ardesk {

RecurringPreviewDialog::RecurringPreviewDialog(QDate asOf, QWidget* parent)
    : QDialog(parent)
    , m_model(new RecurringInvoiceModel(this))
    , m_asOfDateEdit(new DateEdit(asOf, this))
    , m_introLabel(new QLabel(this))
    , m_totalLabel(new QLabel(this))
    , m_createButton(nullptr)
{
    setObjectName(u"recurringPreviewDialog"_s);
    setWindowTitle(tr("Create Due Invoices"));

    m_asOfDateEdit->setObjectName(u"asOfDateEdit"_s);
    m_asOfDateEdit->setCalendarPopup(true);
    m_asOfDateEdit->setToolTip(
        tr("Every invoice the schedules are due to issue on or before this date and that was "
           "not created yet"));
    connect(m_asOfDateEdit, &QDateEdit::dateChanged, this, &RecurringPreviewDialog::requestPreview);
    auto* dateLayout = new QFormLayout;
    dateLayout->addRow(tr("Due &on or before:"), m_asOfDateEdit);

    m_introLabel->setObjectName(u"previewIntroLabel"_s);
    m_introLabel->setWordWrap(true);

    auto* table = new QTableView(this);
    table->setObjectName(u"previewTableView"_s);
    table->setAccessibleName(tr("Invoices to create"));
    table->setModel(m_model);
    applyTableViewStyle(table);
    QHeaderView* columns = table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(RecurringInvoiceModel::Description, QHeaderView::Stretch);

    m_totalLabel->setObjectName(u"previewTotalLabel"_s);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_createButton = buttons->button(QDialogButtonBox::Ok);
    m_createButton->setObjectName(u"createInvoicesButton"_s);
    m_createButton->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(dateLayout);
    layout->addWidget(m_introLabel);
    layout->addWidget(table, 1);
    layout->addWidget(m_totalLabel);
    layout->addWidget(buttons);
    resize(900, 460);
    m_introLabel->setText(tr("Finding the invoices due…"));
    m_createButton->setText(tr("&Create Invoices"));
}

QDate RecurringPreviewDialog::asOf() const
{
    return m_asOfDateEdit->date();
}

void RecurringPreviewDialog::requestPreview()
{
    m_model->setInvoices({});
    m_createButton->setEnabled(false);
    m_totalLabel->clear();
    m_introLabel->setText(tr("Finding the invoices due…"));
    Q_EMIT previewRequested(asOf());
}

void RecurringPreviewDialog::setPreview(const RecurringRunOutcome& outcome)
{
    if (outcome.asOf != asOf())
        return;
    const QLocale locale;
    const QList<RecurringInvoice>& invoices = outcome.invoices;
    m_model->setInvoices(invoices);
    const int count = static_cast<int>(invoices.size());
    const QString date = locale.toString(outcome.asOf, QLocale::LongFormat);
    if (count == 0) {
        m_introLabel->setText(
            tr("No invoice is due on or before %1: every one due was created already.").arg(date));
    } else {
        m_introLabel->setText(
            tr("%n invoice(s) due on or before %1 and not created yet. Each is created once, "
               "numbered as shown, due after the customer's terms, all in one go:",
               nullptr, count)
                .arg(date));
    }
    QList<Money> amounts;
    for (const RecurringInvoice& invoice : invoices)
        amounts.append(invoice.amount);
    const QString total = NumberFormat::totals(amounts, locale);
    m_totalLabel->setText(total.isEmpty() ? QString() : tr("Total: %1").arg(total));
    m_createButton->setText(tr("&Create %n Invoice(s)", nullptr, count));
    m_createButton->setEnabled(count > 0);
}

QStringList RecurringPreviewDialog::previewedNumbers() const
{
    QStringList numbers;
    for (const RecurringInvoice& invoice : m_model->invoices())
        numbers.append(invoice.number);
    return numbers;
}

} // namespace ardesk
