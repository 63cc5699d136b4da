#include "dialogs/PlanWizard.h"

#include "dialogs/PlanCustomerPage.h"
#include "dialogs/PlanSummaryPage.h"
#include "dialogs/PlanTermsEditor.h"
#include "dialogs/PlanTermsPage.h"
#include "plans/PlanService.h"
#include "session/LedgerSession.h"
#include "text/ErrorMessages.h"
#include "widgets/MessageBoxes.h"

using namespace Qt::StringLiterals;

namespace ardesk {

PlanWizard::PlanWizard(LedgerSession& session, QWidget* parent)
    : QWizard(parent)
    , m_session(session)
    , m_customerPage(new PlanCustomerPage(session, this))
    , m_termsPage(new PlanTermsPage(session.plans(), m_customerPage, this))
    , m_summaryPage(new PlanSummaryPage(m_customerPage, m_termsPage, this))
{
    setObjectName(u"planWizard"_s);
    setWindowTitle(tr("New Installment Plan"));
    // One look on every platform, and room for the schedule beside the terms.
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Create Plan"));
    setPage(CustomerPageId, m_customerPage);
    setPage(TermsPageId, m_termsPage);
    setPage(SummaryPageId, m_summaryPage);
    resize(820, 560);

    // The invoices' open amounts are those of the plan's date, which the terms page sets: read
    // them again when the user goes back.
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == CustomerPageId)
            m_customerPage->setPlanDate(m_termsPage->editor()->planDate());
    });
}

void PlanWizard::preselect(const QString& customerCode, const QStringList& invoiceNumbers)
{
    m_customerPage->preselect(customerCode, invoiceNumbers);
}

void PlanWizard::accept()
{
    const PlanRequest request = m_customerPage->request(m_termsPage->editor()->request());
    auto created = m_session.plans().create(request);
    if (!created) {
        MessageBoxes::warning(this, tr("Cannot Create Plan"),
                              ErrorMessages::changeLedger(created.error()), created.error().detail);
        return;
    }
    m_created = std::move(*created);
    QWizard::accept();
}

} // namespace ardesk
