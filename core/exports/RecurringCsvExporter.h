#pragma once

#include <QIODevice>
#include <QList>

#include "recurring/RecurringService.h"

namespace ardesk {

// The recurring CSVs of the public contract: the schedules (`recurring list`) and the invoices
// a run created (`recurring run`).
class RecurringCsvExporter {
public:
    static bool writeList(const QList<RecurringScheduleView>& schedules, QIODevice* device);
    static bool writeInvoices(const QList<RecurringInvoice>& invoices, QIODevice* device);
};

} // namespace ardesk
