#include "LetterSamples.h"

#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;

namespace ardesk::test {

CompanyDetails sampleCompany()
{
    return {.name = u"Acme Office Supplies Ltd"_s,
            .address = u"12 Harbour Road\nBristol BS1 4AB"_s,
            .email = u"accounts@acme.example"_s,
            .phone = u"+44 117 496 0000"_s,
            .taxId = u"GB 123 4567 89"_s};
}

ReminderNotice sampleNotice(int level, const QString& language, const QString& customerName)
{
    const QStringList names{u"Payment reminder"_s, u"Second reminder"_s, u"Final notice"_s,
                            u"Collection agency notice"_s};
    ReminderNotice notice{.customerCode = u"C-042"_s,
                          .customerName = customerName,
                          .customerEmail = u"ap@mueller.example"_s,
                          .customerAddress = u"Hauptstraße 5\n10115 Berlin"_s,
                          .language = language,
                          .currency = currency(u"EUR"),
                          .asOf = day("2026-04-15"),
                          .level = {.level = level,
                                    .name = names.value(level - 1),
                                    .feeMinor = 500,
                                    .annualRateBasisPoints = 800,
                                    .templateName = u"reminder-%1"_s.arg(level)}};
    notice.items = {{.document = u"INV-1001"_s,
                     .issueDate = day("2026-01-10"),
                     .dueDate = day("2026-02-09"),
                     .daysOverdue = 65,
                     .openMinor = 123450,
                     .interestMinor = 1759,
                     .level = level},
                    {.document = u"INV-1002"_s,
                     .issueDate = day("2026-03-01"),
                     .dueDate = day("2026-03-31"),
                     .daysOverdue = 15,
                     .openMinor = 9999,
                     .interestMinor = 33,
                     .level = level}};
    notice.totalOverdueMinor = 133449;
    notice.interestMinor = 1792;
    notice.feeMinor = 500;
    notice.totalDueMinor = 133449 + 1792 + 500;
    return notice;
}

} // namespace ardesk::test
