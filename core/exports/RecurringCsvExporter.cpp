#include "exports/RecurringCsvExporter.h"

#include "csv/CsvWriter.h"
#include "domain/IsoDate.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

QString optionalDate(QDate date)
{
    return date.isValid() ? IsoDate::format(date) : QString();
}

// `last`, the day of the month, or nothing for weekly schedules.
QString dayText(const RecurringSchedule& schedule)
{
    if (schedule.lastDay)
        return u"last"_s;
    return schedule.day > 0 ? QString::number(schedule.day) : QString();
}

} // namespace

bool RecurringCsvExporter::writeList(const QList<RecurringScheduleView>& schedules,
                                     QIODevice* device)
{
    CsvWriter writer(device);
    writer.writeRow({u"schedule_id"_s, u"customer_id"_s, u"frequency"_s, u"day"_s, u"start"_s,
                     u"count"_s, u"end"_s, u"amount"_s, u"currency"_s, u"description"_s,
                     u"prefix"_s, u"status"_s, u"created"_s, u"last_issue_date"_s,
                     u"next_issue_date"_s, u"sequence"_s});
    for (const RecurringScheduleView& view : schedules) {
        const RecurringSchedule& schedule = view.schedule;
        writer.writeRow(QList<CsvCell>{
            CsvCell::value(QString::number(schedule.id.value)),
            CsvCell::text(schedule.customerCode),
            CsvCell::value(recurringFrequencyName(schedule.frequency)),
            CsvCell::value(dayText(schedule)), CsvCell::value(IsoDate::format(schedule.start)),
            CsvCell::value(schedule.count ? QString::number(*schedule.count) : QString()),
            CsvCell::value(optionalDate(schedule.end.value_or(QDate()))),
            CsvCell::value(schedule.amount.toPlainString()),
            CsvCell::value(schedule.amount.currency().code()), CsvCell::text(schedule.description),
            CsvCell::text(schedule.prefix), CsvCell::value(recurringStatusName(view.status)),
            CsvCell::value(QString::number(view.invoicesCreated)),
            CsvCell::value(optionalDate(view.lastCreated)), CsvCell::value(optionalDate(view.next)),
            CsvCell::text(schedule.sequence)});
    }
    return !writer.hasError();
}

bool RecurringCsvExporter::writeInvoices(const QList<RecurringInvoice>& invoices, QIODevice* device)
{
    CsvWriter writer(device);
    writer.writeRow({u"invoice_number"_s, u"customer_id"_s, u"issue_date"_s, u"due_date"_s,
                     u"amount"_s, u"currency"_s, u"description"_s, u"schedule_id"_s});
    for (const RecurringInvoice& invoice : invoices) {
        writer.writeRow(QList<CsvCell>{
            CsvCell::text(invoice.number), CsvCell::text(invoice.customerCode),
            CsvCell::value(IsoDate::format(invoice.issueDate)),
            CsvCell::value(IsoDate::format(invoice.dueDate)),
            CsvCell::value(invoice.amount.toPlainString()),
            CsvCell::value(invoice.amount.currency().code()), CsvCell::text(invoice.description),
            CsvCell::value(QString::number(invoice.schedule.value))});
    }
    return !writer.hasError();
}

} // namespace ardesk
