#include "cashapp/BankLineIdentities.h"

#include "domain/IsoDate.h"

using namespace Qt::StringLiterals;

namespace ardesk {

QString BankLineIdentities::next(const QString& account, const BankEntry& entry)
{
    // The unit separator cannot occur in a bank's text, so no two keys run together alike.
    const QChar separator(0x1F);
    QString key;
    if (entry.bankReference.isEmpty()) {
        key = u"content"_s + separator + IsoDate::format(entry.bookingDate) + separator +
              QString::number(entry.amount.minor()) + entry.amount.currency().code() +
              separator + entry.counterpartyName + separator + entry.counterpartyAccount +
              separator + entry.reference;
    } else {
        key = u"bank"_s + separator + entry.bankReference;
    }
    const int occurrence = ++m_occurrences[account + separator + key];
    return occurrence == 1 ? key : key + separator + QString::number(occurrence);
}

} // namespace ardesk
