#pragma once

#include <QDate>

#include "aging/AgingReport.h"
#include "domain/Correction.h"
#include "exports/ReportTable.h"
#include "ledger/ActivityService.h"
#include "storage/CustomerRepository.h"

namespace ardesk {

class AgingService;
class CustomerService;

// The layout of every exported report, once, for CSV and XLSX alike. The aging tables are the
// CSV of the public contract (docs/contract.md: "Aging"); the customer list and open items tables
// extend it with the same conventions (snake_case headers, ISO dates, plain amounts in CSV).
// A table reads from the report or service it was made from when its rows are asked for: that
// must outlive it.
class ReportTables {
public:
    // customer_id,customer_name,currency,<buckets>,unapplied,total; then one TOTAL row per
    // currency.
    static ReportTable agingSummary(const AgingSummary& summary);
    // customer_id,customer_name,currency,document,issue_date,due_date,age_days,bucket,
    // open_amount.
    static ReportTable agingDetail(const AgingDetail& detail);
    // customer_id,name,email,phone,terms_days,currency,credit_limit,on_hold,balance,overdue,
    // oldest_due: the customers `query` selects, in its order (the Customers page's filter,
    // search and sort; all by name for the command line), streamed from one query.
    static ReportTable customers(CustomerService& service, const CustomerQuery& query);
    // customer_id,customer_name,currency,document,issue_date,due_date,days_overdue,open_amount:
    // every invoice and installment open as of `asOf` (unapplied credit left out), in the
    // aging detail's order, streamed from the database.
    static ReportTable openItems(AgingService& service, QDate asOf);
    // date,kind,document,text,promised_amount,promised_date,promise_status,resolved_date: the
    // activity log (the case file's activity CSV and `activity list`), in the entries' order.
    static ReportTable activities(const QList<ActivityService::Entry>& entries);
    // A customer's corrections (`correction list`): made_at, document_kind, document, action,
    // field, old_value, new_value, date, reason, in the order they were made.
    static ReportTable corrections(const QList<Correction>& corrections);
};

} // namespace ardesk
