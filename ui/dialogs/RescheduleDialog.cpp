#include "dialogs/RescheduleDialog.h"

#include <algorithm>

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "dialogs/PlanTermsEditor.h"
#include "domain/Clock.h"
#include "plans/PlanService.h"
#include "text/ErrorMessages.h"
#include "text/NumberFormat.h"
#include "widgets/MessageBoxes.h"

using namespace Qt::StringLiterals;

namespace ardesk {

RescheduleDialog::RescheduleDialog(PlanService& plans, const PlanView& plan, QWidget* parent)
    : QDialog(parent)
    , m_plans(plans)
    , m_planId(plan.plan.id)
    , m_editor(new PlanTermsEditor(this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"rescheduleDialog"_s);
    setWindowTitle(tr("Reschedule Plan %1").arg(plan.plan.id.value));

    auto* introLabel =
        new QLabel(tr("What plan %1 still owes, %2, moves to a new plan with these terms. The old "
                      "schedule is kept as history.")
                       .arg(QString::number(plan.plan.id.value),
                            NumberFormat::money(plan.openMinor, plan.plan.currency, QLocale())),
                   this);
    introLabel->setObjectName(u"introLabel"_s);
    introLabel->setWordWrap(true);

    // Proposed terms: from today, as many installments as are still open, at the old
    // frequency and rate, the first one due when the next old one was.
    const QDate today = std::max(Clock::today(), plan.plan.date);
    int open = 0;
    QDate nextDue;
    for (const InstallmentRow& installment : plan.installments) {
        if (installment.openMinor > 0) {
            ++open;
            if (!nextDue.isValid())
                nextDue = installment.dueDate;
        }
    }
    m_editor->setDateLabel(tr("Re&schedule on:"));
    m_editor->setPreviewer(plan.plan.currency, [this](const PlanScheduleRequest& request) {
        return m_plans.previewReschedule(m_planId, request);
    });
    m_editor->setTerms({.date = today,
                        .installments = std::max(open, 1),
                        .frequency = plan.plan.frequency,
                        .firstDue = nextDue >= today ? nextDue : today.addMonths(1),
                        .annualRate = plan.plan.annualRate});

    QPushButton* okButton = m_buttonBox->button(QDialogButtonBox::Ok);
    okButton->setObjectName(u"rescheduleOkButton"_s);
    okButton->setText(tr("&Reschedule"));
    okButton->setEnabled(m_editor->isValid());
    connect(m_editor, &PlanTermsEditor::previewChanged, this,
            [this, okButton] { okButton->setEnabled(m_editor->isValid()); });
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addWidget(m_editor);
    layout->addWidget(m_buttonBox);
    resize(820, 480);
}

void RescheduleDialog::accept()
{
    if (!m_editor->isValid())
        return;
    auto rescheduled = m_plans.reschedule(m_planId, m_editor->request());
    if (!rescheduled) {
        MessageBoxes::warning(this, tr("Cannot Reschedule Plan"),
                              ErrorMessages::changeLedger(rescheduled.error()),
                              rescheduled.error().detail);
        return;
    }
    m_rescheduled = std::move(*rescheduled);
    QDialog::accept();
}

} // namespace ardesk
