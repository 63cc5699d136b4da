#include "cashapp/BankLineService.h"

namespace ardesk {

BankLineService::BankLineService(Database& database)
    : m_lines(database)
{}

Result<QList<BankLine>> BankLineService::lines(std::optional<BankLineStatus> status)
{
    return m_lines.list(status);
}

Result<QList<BankLineTotal>> BankLineService::openTotals()
{
    return m_lines.openTotals();
}

} // namespace ardesk
