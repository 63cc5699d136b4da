#pragma once

#include <functional>
#include <optional>

#include <QString>
#include <QStringList>

#include "bank/BankCsvProfile.h"
#include "bank/BankFormat.h"
#include "cashapp/BankFile.h"
#include "cashapp/BankImportReport.h"
#include "domain/Error.h"
#include "storage/BankLineRepository.h"
#include "storage/BankStatementRepository.h"

namespace ardesk {

class Database;

// `bank import`: a bank file's booked credits become bank lines to apply, each stored once
// (BankLineIdentities), all in one transaction. A file that cannot be read, or that is in a
// currency the ledger does not bill in, changes nothing.
class BankStatementImporter {
public:
    explicit BankStatementImporter(Database& database);

    Result<BankImportReport> run(const QString& path, std::optional<BankFormat> format, bool dryRun,
                                 const std::optional<BankCsvProfile>& csvProfile = std::nullopt);
    // Called now and then with the entries gone through and their number; return false to
    // cancel: the transaction is rolled back and the report says `cancelled`.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // The same for a file already read (the GUI reads it in its job, then shows it).
    Result<BankImportReport> store(const BankFile& file, bool dryRun,
                                   const Progress& progress = {});

private:
    // Fails on the first booked credit in a currency the ledger does not bill in.
    Result<void> checkCurrencies(const BankFile& file);
    Result<QStringList> knownCurrencies();

    Database& m_database;
    BankStatementRepository m_statements;
    BankLineRepository m_lines;
};

} // namespace ardesk
