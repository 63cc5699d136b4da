#include "ledger/LedgerCreator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "storage/LedgerInfoRepository.h"
#include "storage/Transaction.h"

using namespace Qt::StringLiterals;

namespace ardesk {

Result<std::unique_ptr<Database>> LedgerCreator::create(const QString& path, const QString& company,
                                                        CurrencyCode currency)
{
    const bool onServer = Database::isServerLedger(path);
    // The default ledger lives in a per-user folder that may not exist yet; a server ledger's
    // address is no path at all.
    if (!onServer)
        QDir().mkpath(QFileInfo(path).absolutePath());
    auto database = Database::create(path);
    if (!database)
        return database;
    auto store = [&]() -> Result<void> {
        auto transaction = Transaction::begin(**database);
        if (!transaction)
            return std::unexpected(transaction.error());
        LedgerInfoRepository info(**database);
        if (auto ok = info.setCompanyName(company); !ok)
            return ok;
        if (auto ok = info.setCurrency(currency); !ok)
            return ok;
        return transaction->commit();
    };
    if (auto ok = store(); !ok) {
        database->reset();
        if (!onServer)
            for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s})
                QFile::remove(path + suffix);
        return std::unexpected(ok.error());
    }
    return database;
}

} // namespace ardesk
