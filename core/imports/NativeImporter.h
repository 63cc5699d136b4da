#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QString>

#include "domain/Error.h"
#include "imports/DateOrder.h"
#include "imports/ForeignAmount.h"
#include "imports/ImportColumns.h"
#include "imports/ImportFormat.h"
#include "imports/ImportIssue.h"
#include "imports/ImportKind.h"

namespace ardesk {

class Database;
class RowImporter;
class Transaction;

struct ImportOptions {
    bool dryRun = false;
    // Another tool's layout is translated into native rows first (imports/ForeignReader).
    ImportFormat format = ImportFormat::Native;
    // For another tool's dates; nullopt detects the order from the file.
    std::optional<DateOrder> dateOrder;
    // For another tool's amounts: "1,234.56" or, in many European locales, "1.234,56".
    DecimalMark decimalMark = DecimalMark::Point;
    // Called now and then with bytes read so far and the file size; return false to cancel.
    std::function<bool(qint64 done, qint64 total)> progress;
};

// Imports a file in ARDesk's native CSV format, or in another tool's (translated into the same
// native rows, which then go the same way), all or nothing: every row is validated (and
// written inside one transaction, so later rows see earlier ones); if any row is bad, or on a
// dry run or cancel, the transaction is rolled back and the ledger is as it was. Every bad row
// is reported, not just the first.
class NativeImporter {
public:
    explicit NativeImporter(Database& database);
    ~NativeImporter();

    // Input problems are in the report's issues; the error is for failures of the ledger itself.
    Result<ImportReport> run(ImportKind kind, const QString& path, const ImportOptions& options);

private:
    Result<std::unique_ptr<RowImporter>> rowImporter(ImportKind kind);
    Result<ImportReport> runForeign(ImportKind kind, const QString& path,
                                    const ImportOptions& options);
    // After the last row: commits unless there were issues or this is a dry run.
    Result<void> finish(RowImporter& importer, Transaction& transaction, ImportReport& report,
                        const ImportOptions& options);
    bool readHeader(const QStringList& fields, int line, const RowImporter& importer,
                    const QString& file, ImportColumns& columns, ImportReport& report);

    Database& m_database;
};

} // namespace ardesk
