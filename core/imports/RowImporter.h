#pragma once

#include <QStringList>

#include "domain/Error.h"
#include "imports/ImportRow.h"

namespace ardesk {

// Validates and writes the rows of one kind of import file. Problems with a row's values are
// recorded on the row; the returned error is for storage failures that end the import.
class RowImporter {
public:
    virtual ~RowImporter() = default;

    virtual QStringList columns() const = 0;
    virtual QStringList requiredColumns() const = 0;
    virtual Result<void> import(ImportRow& row) = 0;

    // Inside the import's transaction: before the first row, with a rough count of the rows to
    // come, and after the last one, so a kind can prepare its tables for a large load.
    virtual Result<void> startBulk([[maybe_unused]] qint64 expectedRows) { return {}; }
    virtual Result<void> finishBulk() { return {}; }

    // Below this many rows, preparing for a bulk load costs more than it saves.
    static constexpr qint64 bulkRows = 50'000;
};

} // namespace ardesk
