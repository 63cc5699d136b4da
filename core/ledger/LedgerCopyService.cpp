#include "ledger/LedgerCopyService.h"

#include "storage/ServerAddress.h"

namespace ardesk {

LedgerCopyService::LedgerCopyService(Database& source)
    : m_source(source)
{}

Result<void> LedgerCopyService::checkTarget(const QString& target)
{
    if (!ServerAddress::isServerAddress(target))
        return {};
    const auto address = ServerAddress::parse(target);
    if (!address)
        return std::unexpected(address.error());
    return {};
}

Result<LedgerCopy> LedgerCopyService::copyTo(const QString& target,
                                             const LedgerCopier::Progress& progress)
{
    if (auto ok = checkTarget(target); !ok)
        return std::unexpected(ok.error());
    return LedgerCopier(m_source).copyTo(target, progress);
}

} // namespace ardesk
