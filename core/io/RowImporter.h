#pragma once

#include <QStringList>

#include "domain/Error.h"
#include "io/ImportRow.h"

namespace ardesk {

// Validates and writes the rows of one kind of import file. Problems with a row's values are
// recorded on the row; the returned error is for storage failures that end the import.
class RowImporter {
public:
    virtual ~RowImporter() = default;

    virtual QStringList columns() const = 0;
    virtual QStringList requiredColumns() const = 0;
    virtual Result<void> import(ImportRow& row) = 0;
};

} // namespace ardesk
