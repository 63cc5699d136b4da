#include "exports/ReminderCsvExporter.h"

#include "csv/CsvWriter.h"
#include "domain/Money.h"
#include "domain/ReminderChannelName.h"

using namespace Qt::StringLiterals;

namespace ardesk {

bool ReminderCsvExporter::write(const QList<ReminderNotice>& notices, QIODevice* device)
{
    CsvWriter writer(device);
    writer.writeRow({u"customer_id"_s, u"customer_name"_s, u"level"_s, u"documents"_s,
                     u"total_overdue"_s, u"channel"_s});
    for (const ReminderNotice& notice : notices) {
        QStringList documents;
        documents.reserve(notice.items.size());
        for (const ReminderItem& item : notice.items)
            documents.append(item.document);
        writer.writeRow(QList<CsvCell>{
            CsvCell::text(notice.customerCode), CsvCell::text(notice.customerName),
            CsvCell::value(QString::number(notice.level.level)),
            CsvCell::text(documents.join(u';')),
            CsvCell::value(Money(notice.totalOverdueMinor, notice.currency).toPlainString()),
            CsvCell::value(reminderChannelName(notice.level.channel))});
    }
    return !writer.hasError();
}

} // namespace ardesk
