#pragma once

#include <string>

#include <QString>

#include "domain/Ids.h"
#include "dunning/DunningService.h"
#include "support/ServiceLedger.h"

namespace ardesk::test {

// A ServiceLedger for dunning, all EUR:
//   A "Alpha":  INV-A1 due 2025-03-01 100.00, INV-A2 due 2025-03-20 50.00
//   B "Beta":   INV-B1 due 2025-03-01 200.00
//   H "Hold":   INV-H1 due 2025-03-01 80.00, the customer on hold from dunning
// (all issued 30 days before their due date), plus the dunning run as the contract's CSV.
class DunningLedger : public ServiceLedger {
public:
    DunningLedger();

    CustomerId customer(const QString& code);
    InvoiceId invoice(const QString& number);
    void setOnHold(const QString& code, bool onHold);

    // `reminders --as-of DATE --dry-run` without the header: one line per notice.
    std::string run(const char* asOf);
    // The run as of the date, each notice then recorded as a letter sent that day; returns what
    // run() would have shown.
    std::string runAndRecord(const char* asOf);

    DunningService& dunning() { return m_dunning; }

private:
    DunningService m_dunning;
};

} // namespace ardesk::test
