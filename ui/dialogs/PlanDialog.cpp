#include "dialogs/PlanDialog.h"

#include "ui_PlanDialog.h"

#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "dialogs/PlanTermsEditor.h"
#include "dialogs/RescheduleDialog.h"
#include "domain/Clock.h"
#include "models/InstallmentModel.h"
#include "models/PlanListModel.h"
#include "plans/PlanService.h"
#include "text/ErrorMessages.h"
#include "text/NumberFormat.h"
#include "widgets/MessageBoxes.h"
#include "widgets/TableViewStyle.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// Plans are short (600 installments at most): every column fits its contents, the dates take
// what is left.
void applyInstallmentTableStyle(QTableView* view)
{
    applyTableViewStyle(view);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(InstallmentModel::DueDate, QHeaderView::Stretch);
}

} // namespace

PlanDialog::PlanDialog(PlanService& plans, PlanId plan, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PlanDialog>())
    , m_plans(plans)
    , m_model(new InstallmentModel(this))
{
    m_ui->setupUi(this);
    setObjectName(u"planDialog"_s);
    m_ui->installmentsTableView->setModel(m_model);
    m_ui->installmentsTableView->setAccessibleName(tr("Installments"));
    applyInstallmentTableStyle(m_ui->installmentsTableView);
    connect(m_ui->rescheduleButton, &QPushButton::clicked, this, &PlanDialog::reschedule);
    connect(m_ui->cancelPlanButton, &QPushButton::clicked, this, &PlanDialog::cancelPlan);
    load(plan);
}

PlanDialog::~PlanDialog() = default;

bool PlanDialog::load(PlanId planId)
{
    const QDate today = Clock::today();
    const auto shown = m_plans.show(planId, today);
    if (!shown) {
        MessageBoxes::warning(this, tr("Cannot Read Plan"),
                              ErrorMessages::readLedger(shown.error()), shown.error().detail);
        return false;
    }
    m_planId = planId;
    m_view = *shown;
    const Plan& plan = m_view->plan;
    const QLocale locale;
    const auto money = [&](qint64 minor) {
        return NumberFormat::money(minor, plan.currency, locale);
    };
    setWindowTitle(tr("Plan %1 — %2").arg(QString::number(plan.id.value), plan.customerName));
    m_ui->customerValueLabel->setText(tr("%1 (%2)").arg(plan.customerName, plan.customerCode));
    m_ui->dateValueLabel->setText(locale.toString(plan.date, QLocale::LongFormat));
    QString terms = tr("%n installment(s), %1, the first due on %2", nullptr, plan.installments)
                        .arg(PlanTermsEditor::frequencyText(plan.frequency),
                             locale.toString(plan.firstDue, QLocale::ShortFormat));
    if (plan.downPaymentMinor != 0)
        terms += tr("; down payment %1 on the plan date").arg(money(plan.downPaymentMinor));
    if (!plan.annualRate.isEmpty())
        terms += tr("; %1% interest a year")
                     .arg(QString(plan.annualRate).replace(u'.', locale.decimalPoint()));
    if (plan.feeMinor != 0)
        terms += tr("; fee %1").arg(money(plan.feeMinor));
    if (plan.replacesPlanId.isValid())
        terms += tr("; replaces plan %1").arg(plan.replacesPlanId.value);
    m_ui->termsValueLabel->setText(terms);
    m_ui->amountsValueLabel->setText(tr("Total %1, paid %2, open %3")
                                         .arg(money(m_view->totalMinor),
                                              money(m_view->totalMinor - m_view->openMinor),
                                              money(m_view->openMinor)));
    QString status = PlanListModel::statusText(m_view->status);
    if (plan.state != Plan::State::Active && plan.endedDate.isValid())
        status = tr("%1 on %2").arg(status, locale.toString(plan.endedDate, QLocale::ShortFormat));
    m_ui->statusValueLabel->setText(status);
    m_model->setInstallments(m_view->installments, plan.currency);

    // The schedules this plan replaced, newest first, each as it stood when it was replaced.
    while (m_ui->scheduleTabWidget->count() > 1) {
        QWidget* tab = m_ui->scheduleTabWidget->widget(1);
        m_ui->scheduleTabWidget->removeTab(1);
        delete tab;
    }
    for (PlanId earlier = plan.replacesPlanId; earlier.isValid();) {
        const auto old = m_plans.show(earlier, today);
        if (!old)
            break;
        addHistoryTab(*old);
        earlier = old->plan.replacesPlanId;
    }

    const bool active = plan.state == Plan::State::Active && m_view->openMinor > 0;
    m_ui->rescheduleButton->setEnabled(active);
    m_ui->cancelPlanButton->setEnabled(active);
    return true;
}

void PlanDialog::addHistoryTab(const PlanView& plan)
{
    auto* tab = new QWidget;
    auto* model = new InstallmentModel(tab);
    model->setInstallments(plan.installments, plan.plan.currency);
    auto* view = new QTableView(tab);
    view->setModel(model);
    applyInstallmentTableStyle(view);
    view->setObjectName(u"historyTableView%1"_s.arg(plan.plan.id.value));
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(view);
    m_ui->scheduleTabWidget->addTab(
        tab, tr("Plan %1 until %2")
                 .arg(QString::number(plan.plan.id.value),
                      QLocale().toString(plan.plan.endedDate, QLocale::ShortFormat)));
}

void PlanDialog::reschedule()
{
    if (!m_view)
        return;
    RescheduleDialog dialog(m_plans, *m_view, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.rescheduled())
        return;
    m_changed = true;
    load(dialog.rescheduled()->plan.id);
}

void PlanDialog::cancelPlan()
{
    if (!m_view)
        return;
    const QDate today = Clock::today();
    const auto answer = MessageBoxes::question(
        this, tr("Cancel Plan"),
        tr("Cancel plan %1 of %2? What is still unpaid goes back to the invoices, which are "
           "due again on their own due dates; unpaid fee and interest lapse.")
            .arg(QString::number(m_planId.value), m_view->plan.customerName),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    const auto cancelled = m_plans.cancel(m_planId, today);
    if (!cancelled) {
        MessageBoxes::warning(this, tr("Cannot Cancel Plan"),
                              ErrorMessages::changeLedger(cancelled.error()),
                              cancelled.error().detail);
        return;
    }
    m_changed = true;
    load(m_planId);
}

} // namespace ardesk
