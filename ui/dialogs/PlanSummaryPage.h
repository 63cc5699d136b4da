#pragma once

#include <QWizardPage>

class QLabel;
class QTableView;

namespace ardesk {

class PlanCustomerPage;
class PlanScheduleModel;
class PlanTermsPage;

// The plan wizard's last page: what is about to be created, before Create Plan stores it.
class PlanSummaryPage : public QWizardPage {
    Q_OBJECT

public:
    PlanSummaryPage(const PlanCustomerPage* customerPage, const PlanTermsPage* termsPage,
                    QWidget* parent = nullptr);

    void initializePage() override;

private:
    const PlanCustomerPage* m_customerPage;
    const PlanTermsPage* m_termsPage;
    QLabel* m_summaryLabel;
    PlanScheduleModel* m_model;
    QTableView* m_scheduleTableView;
};

} // namespace ardesk
