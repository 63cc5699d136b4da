#pragma once

#include <QDate>
#include <QList>

#include "domain/Customer.h"
#include "domain/ReminderNotice.h"
#include "storage/CustomerAccountRepository.h"

namespace ardesk {

// What a reminder at one level would say to one customer, for the template editor's preview:
// the customer's real overdue items (past due on `asOf`, not disputed; for a courtesy level the
// items due within its days), or made-up sample
// items when there are none, so every part of the template still shows. Nothing is selected
// or recorded: the dunning run's rules (DunningService) do not apply to a preview.
class PreviewNotice {
public:
    // `openItems`: the customer's open items (CustomerAccountService::openItems).
    PreviewNotice(const Customer& customer, const DunningLevel& level,
                  const QList<AccountOpenItem>& openItems, QDate asOf);

    const ReminderNotice& notice() const { return m_notice; }
    // True when the items are made up because the customer has nothing overdue.
    bool usesSampleItems() const { return m_sample; }

private:
    void addItem(InvoiceId id, const QString& document, QDate issueDate, QDate dueDate,
                 qint64 openMinor, bool installment = false);

    ReminderNotice m_notice;
    bool m_sample = false;
};

} // namespace ardesk
