#pragma once

#include <optional>

#include <QStringList>
#include <QWizard>

#include "plans/PlanReport.h"

namespace ardesk {

class LedgerSession;
class PlanCustomerPage;
class PlanSummaryPage;
class PlanTermsPage;

// New Plan: the customer and invoices, the terms with a live schedule, a summary; Create Plan
// stores the plan through PlanService::create in one transaction. A refusal is explained and
// the wizard stays open.
class PlanWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { CustomerPageId, TermsPageId, SummaryPageId };

    explicit PlanWizard(LedgerSession& session, QWidget* parent = nullptr);

    // Starts with this customer and these invoices ticked (from the invoice list).
    void preselect(const QString& customerCode, const QStringList& invoiceNumbers);

    PlanCustomerPage* customerPage() const { return m_customerPage; }
    PlanTermsPage* termsPage() const { return m_termsPage; }
    // The plan created, once the wizard was accepted.
    const std::optional<PlanView>& createdPlan() const { return m_created; }

    void accept() override;

private:
    LedgerSession& m_session;
    PlanCustomerPage* m_customerPage;
    PlanTermsPage* m_termsPage;
    PlanSummaryPage* m_summaryPage;
    std::optional<PlanView> m_created;
};

} // namespace ardesk
