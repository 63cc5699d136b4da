#pragma once

#include <QWizardPage>

namespace ardesk {

class PlanCustomerPage;
class PlanService;
class PlanTermsEditor;

// The plan wizard's second page: the terms, with the schedule they make for the customer and
// invoices of the first page. Next stays disabled while the terms make no plan.
class PlanTermsPage : public QWizardPage {
    Q_OBJECT

public:
    PlanTermsPage(PlanService& plans, const PlanCustomerPage* customerPage,
                  QWidget* parent = nullptr);

    PlanTermsEditor* editor() const { return m_editor; }

    void initializePage() override;
    bool isComplete() const override;

private:
    PlanService& m_plans;
    const PlanCustomerPage* m_customerPage;
    PlanTermsEditor* m_editor;
};

} // namespace ardesk
