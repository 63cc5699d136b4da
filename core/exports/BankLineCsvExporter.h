#pragma once

#include <QIODevice>
#include <QList>

#include "cashapp/BankImportReport.h"
#include "domain/BankLine.h"

namespace ardesk {

// The bank line CSVs of the public contract, one layout for both:
// `line_id,account,booking_date,value_date,amount,currency,counterparty,counterparty_account,
// reference,status`. `bank import` writes a row per credit of the file with status `new` or
// `duplicate` (line_id empty for a new line of a dry run); `bank lines` writes the stored lines
// with status `open`, `posted` or `ignored`.
class BankLineCsvExporter {
public:
    static bool writeImport(const BankImportReport& report, QIODevice* device);
    static bool writeLines(const QList<BankLine>& lines, QIODevice* device);
};

} // namespace ardesk
