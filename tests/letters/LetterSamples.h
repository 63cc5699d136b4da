#pragma once

#include "domain/CompanyDetails.h"
#include "domain/ReminderNotice.h"

namespace ardesk::test {

// The company in the letterhead of the letter tests.
CompanyDetails sampleCompany();
// A notice for a customer with two overdue invoices (1,234.50 and 99.99 EUR), 8 % interest
// and a 5.00 fee, at `level` (1-4) in `language`.
ReminderNotice sampleNotice(int level = 1, const QString& language = QStringLiteral("en"),
                            const QString& customerName = QStringLiteral("Müller Bau GmbH"));

} // namespace ardesk::test
