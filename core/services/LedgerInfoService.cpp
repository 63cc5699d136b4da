#include "services/LedgerInfoService.h"

#include "storage/LedgerInfoRepository.h"

namespace ardesk {

// A repository per call: it holds nothing but the database reference.
LedgerInfoService::LedgerInfoService(Database& database)
    : m_database(database)
{}

Result<QString> LedgerInfoService::companyName()
{
    return LedgerInfoRepository(m_database).companyName();
}

Result<CurrencyCode> LedgerInfoService::currency()
{
    return LedgerInfoRepository(m_database).currency();
}

} // namespace ardesk
