#pragma once

#include <memory>
#include <optional>

#include <QIODevice>

#include "imports/DateOrder.h"
#include "imports/ForeignInvoices.h"
#include "imports/ImportFormat.h"
#include "imports/ImportKind.h"

namespace ardesk {

class ForeignTable;
class ForeignTranslation;

struct ForeignReadOptions {
    // The user's choice; nullopt to detect it from the file's dates.
    std::optional<DateOrder> dateOrder;
    ForeignInvoices::CurrencyOf currencyOf;
};

// Translates one kind of file of one other tool into native rows. The native row importers do
// all the validating and writing that is not about the file's own layout.
class ForeignReader {
public:
    virtual ~ForeignReader() = default;

    // Reads the whole file; its problems are issues of `table`.
    virtual void read(QIODevice& device, ForeignTable& table, const ForeignReadOptions& options,
                      ForeignTranslation& translation) = 0;

    // nullptr when the format has no such files (payments, credit notes: see the readers).
    static std::unique_ptr<ForeignReader> create(ImportFormat format, ImportKind kind);
};

} // namespace ardesk
