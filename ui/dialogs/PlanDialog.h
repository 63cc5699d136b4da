#pragma once

#include <memory>
#include <optional>

#include <QDialog>

#include "domain/Ids.h"
#include "plans/PlanReport.h"

namespace Ui {
class PlanDialog;
}

namespace ardesk {

class InstallmentModel;
class PlanService;

// One installment plan as of today: its terms and status, its installments, the schedules it
// replaced (one tab each), and the actions Reschedule… and Cancel Plan…. After a reschedule
// the dialog shows the new plan, which replaced the one it was opened with.
class PlanDialog : public QDialog {
    Q_OBJECT

public:
    PlanDialog(PlanService& plans, PlanId plan, QWidget* parent = nullptr);
    ~PlanDialog() override;

    // Whether it shows a plan (reading it may have failed).
    bool hasPlan() const { return m_view.has_value(); }
    PlanId planId() const { return m_planId; }
    // Whether the ledger was changed from here (the plan list needs reading again).
    bool changedLedger() const { return m_changed; }

    void reschedule();
    void cancelPlan();

private:
    bool load(PlanId plan);
    void addHistoryTab(const PlanView& plan);

    std::unique_ptr<Ui::PlanDialog> m_ui;
    PlanService& m_plans;
    InstallmentModel* m_model;
    PlanId m_planId;
    std::optional<PlanView> m_view;
    bool m_changed = false;
};

} // namespace ardesk
