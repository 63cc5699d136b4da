#pragma once

#include <QIODevice>
#include <QList>

#include "cashapp/BankMatch.h"

namespace ardesk {

// The `bank match` CSV of the public contract:
// `line_id,booking_date,amount,currency,customer_id,documents,score,rule,action`, documents
// joined by ";"; then `explanation`, the reason in words (a column the contract adds at the
// end, where scripts that read the first nine by name or position still find them).
class BankMatchCsvExporter {
public:
    static bool write(const QList<BankMatch>& matches, QIODevice* device);
};

} // namespace ardesk
