#pragma once

#include <QIODevice>
#include <QList>

#include "plans/PlanReport.h"

namespace ardesk {

// The plan CSVs of the public contract: a schedule (`n,due_date,amount,paid,open,status`) and
// the plan list (`plan_id,customer_id,date,total,open,status`).
class PlanCsvExporter {
public:
    static bool writeSchedule(const PlanView& plan, QIODevice* device);
    static bool writeList(const QList<PlanView>& plans, QIODevice* device);
};

} // namespace ardesk
