#pragma once

#include <optional>

#include <QDialog>

#include "plans/PlanReport.h"

class QDialogButtonBox;

namespace ardesk {

class PlanService;
class PlanTermsEditor;

// Reschedule Plan: new terms for what an active plan still owes, with the same live schedule
// as the plan wizard's terms page. Reschedule stays disabled while the terms make no plan.
class RescheduleDialog : public QDialog {
    Q_OBJECT

public:
    RescheduleDialog(PlanService& plans, const PlanView& plan, QWidget* parent = nullptr);

    PlanTermsEditor* editor() const { return m_editor; }
    // The new plan, once the dialog was accepted.
    const std::optional<PlanView>& rescheduled() const { return m_rescheduled; }

    void accept() override;

private:
    PlanService& m_plans;
    PlanId m_planId;
    PlanTermsEditor* m_editor;
    QDialogButtonBox* m_buttonBox;
    std::optional<PlanView> m_rescheduled;
};

} // namespace ardesk
