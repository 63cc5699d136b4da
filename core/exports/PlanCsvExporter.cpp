#include "exports/PlanCsvExporter.h"

#include "csv/CsvWriter.h"
#include "domain/IsoDate.h"
#include "domain/Money.h"

using namespace Qt::StringLiterals;

namespace ardesk {

bool PlanCsvExporter::writeSchedule(const PlanView& plan, QIODevice* device)
{
    CsvWriter writer(device);
    writer.writeRow({u"n"_s, u"due_date"_s, u"amount"_s, u"paid"_s, u"open"_s, u"status"_s});
    const CurrencyCode currency = plan.plan.currency;
    for (const InstallmentRow& row : plan.installments) {
        writer.writeRow({QString::number(row.number), IsoDate::format(row.dueDate),
                         Money(row.amountMinor, currency).toPlainString(),
                         Money(row.paidMinor, currency).toPlainString(),
                         Money(row.openMinor, currency).toPlainString(),
                         installmentStatusName(row.status)});
    }
    return !writer.hasError();
}

bool PlanCsvExporter::writeList(const QList<PlanView>& plans, QIODevice* device)
{
    CsvWriter writer(device);
    writer.writeRow(
        {u"plan_id"_s, u"customer_id"_s, u"date"_s, u"total"_s, u"open"_s, u"status"_s});
    for (const PlanView& plan : plans) {
        const CurrencyCode currency = plan.plan.currency;
        writer.writeRow(QList<CsvCell>{
            CsvCell::value(QString::number(plan.plan.id.value)),
            CsvCell::text(plan.plan.customerCode), CsvCell::value(IsoDate::format(plan.plan.date)),
            CsvCell::value(Money(plan.totalMinor, currency).toPlainString()),
            CsvCell::value(Money(plan.openMinor, currency).toPlainString()),
            CsvCell::value(planStatusName(plan.status))});
    }
    return !writer.hasError();
}

} // namespace ardesk
