#include "dunning/WaitingReceipts.h"

#include <QSet>

#include "cashapp/CashApplicationService.h"
#include "domain/IsoDate.h"

using namespace Qt::StringLiterals;

namespace ardesk {

WaitingReceipts::WaitingReceipts(Database& database)
    : m_database(database)
{}

Result<QList<BankMatch>> WaitingReceipts::find(QDate asOf)
{
    return CashApplicationService(m_database).match({.asOf = asOf});
}

QStringList WaitingReceipts::describe(const QList<BankMatch>& waiting,
                                      const QList<ReminderNotice>& notices)
{
    if (waiting.isEmpty())
        return {};
    QSet<qint64> reminded;
    for (const ReminderNotice& notice : notices)
        reminded.insert(notice.customer.value);
    QStringList lines{
        u"warning: %1 bank receipt(s) are waiting to be applied; a customer may already have "
        "paid (ardesk-cli bank match)"_s.arg(waiting.size())};
    for (const BankMatch& match : waiting) {
        if (!reminded.contains(match.customer.value))
            continue;
        lines.append(u"warning: %1 (%2) may have paid: bank line %3, %4 %5 on %6"_s.arg(
            match.customerName, match.customerCode, QString::number(match.line.id.value),
            match.line.amount.toPlainString(), match.line.amount.currency().code(),
            IsoDate::format(match.line.bookingDate)));
    }
    return lines;
}

} // namespace ardesk
