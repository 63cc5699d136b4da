#include "dialogs/PlanTermsPage.h"

#include <QVBoxLayout>

#include "dialogs/PlanCustomerPage.h"
#include "dialogs/PlanTermsEditor.h"
#include "plans/PlanService.h"

using namespace Qt::StringLiterals;

namespace ardesk {

PlanTermsPage::PlanTermsPage(PlanService& plans, const PlanCustomerPage* customerPage,
                             QWidget* parent)
    : QWizardPage(parent)
    , m_plans(plans)
    , m_customerPage(customerPage)
    , m_editor(new PlanTermsEditor(this))
{
    setObjectName(u"planTermsPage"_s);
    setTitle(tr("Terms"));
    setSubTitle(tr("How the amount is to be paid. The schedule follows every change."));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_editor);
    connect(m_editor, &PlanTermsEditor::previewChanged, this, &QWizardPage::completeChanged);
}

void PlanTermsPage::initializePage()
{
    const auto& customer = m_customerPage->customer();
    if (!customer)
        return;
    m_editor->setPreviewer(customer->currency, [this](const PlanScheduleRequest& schedule) {
        return m_plans.preview(m_customerPage->request(schedule));
    });
}

bool PlanTermsPage::isComplete() const
{
    return m_editor->isValid();
}

} // namespace ardesk
