#include "dialogs/PlanSummaryPage.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include "dialogs/PlanCustomerPage.h"
#include "dialogs/PlanTermsEditor.h"
#include "dialogs/PlanTermsPage.h"
#include "models/PlanScheduleModel.h"
#include "text/NumberFormat.h"
#include "widgets/TableViewStyle.h"

using namespace Qt::StringLiterals;

namespace ardesk {

PlanSummaryPage::PlanSummaryPage(const PlanCustomerPage* customerPage,
                                 const PlanTermsPage* termsPage, QWidget* parent)
    : QWizardPage(parent)
    , m_customerPage(customerPage)
    , m_termsPage(termsPage)
    , m_summaryLabel(new QLabel(this))
    , m_model(new PlanScheduleModel(this))
    , m_scheduleTableView(new QTableView(this))
{
    setObjectName(u"planSummaryPage"_s);
    setTitle(tr("Summary"));
    setSubTitle(tr("Create Plan puts the invoices on this plan."));
    setFinalPage(true);

    m_summaryLabel->setObjectName(u"summaryLabel"_s);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setWordWrap(true);
    m_scheduleTableView->setObjectName(u"summaryScheduleTableView"_s);
    m_scheduleTableView->setAccessibleName(tr("Schedule"));
    m_scheduleTableView->setModel(m_model);
    applyTableViewStyle(m_scheduleTableView);
    // Schedules are short (600 rows at most): every column fits its contents, the dates take
    // what is left.
    m_scheduleTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_scheduleTableView->horizontalHeader()->setSectionResizeMode(PlanScheduleModel::DueDate,
                                                                  QHeaderView::Stretch);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_scheduleTableView);
}

void PlanSummaryPage::initializePage()
{
    const PlanTermsEditor* editor = m_termsPage->editor();
    const auto& preview = editor->preview();
    const auto& customer = m_customerPage->customer();
    if (!preview || !customer)
        return;
    const QLocale locale;
    const PlanScheduleRequest terms = editor->request();
    const QString invoices = m_customerPage->allOpen()
                                 ? tr("all open invoices")
                                 : locale.createSeparatedList(m_customerPage->invoiceNumbers());
    const qint64 interest = preview->interestMinor();
    QStringList lines{
        tr("Customer: %1 (%2)").arg(customer->name, customer->code),
        tr("Invoices: %1").arg(invoices),
        tr("Plan date: %1").arg(locale.toString(terms.date, QLocale::LongFormat)),
        tr("Installments: %1 (%2), the first due on %3")
            .arg(locale.toString(terms.installments),
                 PlanTermsEditor::frequencyText(terms.frequency),
                 locale.toString(terms.firstDue, QLocale::LongFormat)),
        tr("Covered: %1")
            .arg(NumberFormat::money(preview->coveredMinor, preview->currency, locale))};
    if (preview->downPaymentMinor != 0)
        lines.append(
            tr("Down payment, due on the plan date: %1")
                .arg(NumberFormat::money(preview->downPaymentMinor, preview->currency, locale)));
    if (preview->feeMinor != 0)
        lines.append(
            tr("Fee: %1").arg(NumberFormat::money(preview->feeMinor, preview->currency, locale)));
    if (interest != 0)
        lines.append(tr("Interest at %1% a year: %2")
                         .arg(QString(terms.annualRate).replace(u'.', locale.decimalPoint()),
                              NumberFormat::money(interest, preview->currency, locale)));
    lines.append(tr("Total to pay: %1")
                     .arg(NumberFormat::money(preview->totalMinor, preview->currency, locale)));
    m_summaryLabel->setText(lines.join(u'\n'));
    m_model->setSchedule(preview->schedule, preview->currency);
    m_scheduleTableView->setColumnHidden(PlanScheduleModel::Interest, interest == 0);
    m_scheduleTableView->setColumnHidden(PlanScheduleModel::Principal, interest == 0);
}

} // namespace ardesk
