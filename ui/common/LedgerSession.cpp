#include "common/LedgerSession.h"

#include <QFileInfo>

#include "services/BackupService.h"
#include "services/CustomerService.h"
#include "services/InvoiceListService.h"
#include "services/LedgerInfoService.h"
#include "storage/Database.h"

namespace ardesk {

LedgerSession::LedgerSession(std::unique_ptr<Database> database)
    : m_database(std::move(database))
    , m_customers(std::make_unique<CustomerService>(*m_database))
    , m_invoiceList(std::make_unique<InvoiceListService>(*m_database))
    , m_ledgerInfo(std::make_unique<LedgerInfoService>(*m_database))
    , m_backup(std::make_unique<BackupService>(*m_database))
    , m_path(m_database->path())
{}

LedgerSession::~LedgerSession() = default;

Result<std::unique_ptr<LedgerSession>> LedgerSession::open(const QString& path)
{
    auto database = Database::open(QFileInfo(path).absoluteFilePath());
    if (!database)
        return std::unexpected(database.error());
    std::unique_ptr<LedgerSession> session(new LedgerSession(std::move(*database)));
    auto company = session->m_ledgerInfo->companyName();
    if (!company)
        return std::unexpected(company.error());
    session->m_companyName = *company;
    return session;
}

} // namespace ardesk
