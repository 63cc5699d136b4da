#include "dunning/PreviewNotice.h"

#include "dunning/DunningService.h"

using namespace Qt::StringLiterals;

namespace ardesk {

PreviewNotice::PreviewNotice(const Customer& customer, const DunningLevel& level,
                             const QList<AccountOpenItem>& openItems, QDate asOf)
    : m_notice{.customer = customer.id,
               .customerCode = customer.code,
               .customerName = customer.name,
               .customerEmail = customer.email,
               .customerAddress = customer.address,
               .language = customer.language,
               .currency = customer.currency,
               .asOf = asOf,
               .level = level,
               .items = {},
               .totalOverdueMinor = 0,
               .interestMinor = 0,
               .feeMinor = 0,
               .totalDueMinor = 0}
{
    // A courtesy reminder lists the items soon due (within its days), the others the overdue.
    const auto listed = [&](const AccountOpenItem& item) {
        const int age = item.ageDays(asOf);
        return level.isCourtesy() ? age <= 0 && age >= level.daysOverdue : age >= 1;
    };
    for (const AccountOpenItem& item : openItems) {
        if (listed(item) && !item.disputed)
            addItem(item.id, item.document, item.issueDate, item.dueDate, item.openMinor,
                    item.installment);
    }
    if (m_notice.items.isEmpty()) {
        // Two invoices just past the level's days (a courtesy level's: due within them), in
        // round amounts of the customer's currency.
        m_sample = true;
        const qint64 unit = customer.currency.minorPerMajor();
        const QDate firstDue = level.isCourtesy() ? asOf.addDays(-level.daysOverdue / 2)
                                                  : asOf.addDays(-level.daysOverdue - 10);
        const QDate secondDue = asOf.addDays(-level.daysOverdue);
        addItem({}, u"INV-0001"_s, firstDue.addDays(-30), firstDue, 1250 * unit);
        addItem({}, u"INV-0002"_s, secondDue.addDays(-30), secondDue, 480 * unit);
    }
    DunningService::addTotals(m_notice);
}

void PreviewNotice::addItem(InvoiceId id, const QString& document, QDate issueDate, QDate dueDate,
                            qint64 openMinor, bool installment)
{
    const int daysOverdue = int(dueDate.daysTo(m_notice.asOf));
    const qint64 interest =
        DunningService::interestMinor(openMinor, m_notice.level.annualRateBasisPoints, daysOverdue);
    m_notice.items.append({.item = id,
                           .document = document,
                           .issueDate = issueDate,
                           .dueDate = dueDate,
                           .daysOverdue = daysOverdue,
                           .openMinor = openMinor,
                           .interestMinor = interest,
                           .level = m_notice.level.level,
                           .installment = installment});
}

} // namespace ardesk
