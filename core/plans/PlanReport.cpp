#include "plans/PlanReport.h"

using namespace Qt::StringLiterals;

namespace ardesk {

QString installmentStatusName(InstallmentStatus status)
{
    switch (status) {
    case InstallmentStatus::Paid:
        return u"paid"_s;
    case InstallmentStatus::Partial:
        return u"partial"_s;
    case InstallmentStatus::Overdue:
        return u"overdue"_s;
    case InstallmentStatus::Due:
        return u"due"_s;
    case InstallmentStatus::Rescheduled:
        return u"rescheduled"_s;
    case InstallmentStatus::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

QString planStatusName(PlanStatus status)
{
    switch (status) {
    case PlanStatus::Active:
        return u"active"_s;
    case PlanStatus::Completed:
        return u"completed"_s;
    case PlanStatus::Defaulted:
        return u"defaulted"_s;
    case PlanStatus::Rescheduled:
        return u"rescheduled"_s;
    case PlanStatus::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

} // namespace ardesk
