#include "session/LedgerSession.h"

#include <QFileInfo>

#include "agency/AgencyService.h"
#include "cashapp/BankCsvProfileService.h"
#include "cashapp/BankLineService.h"
#include "cashapp/CashApplicationService.h"
#include "dunning/DunningLevelService.h"
#include "ledger/ActivityService.h"
#include "ledger/AllocationService.h"
#include "ledger/AuditTrailService.h"
#include "ledger/BackupService.h"
#include "ledger/ConnectedUsersService.h"
#include "ledger/CorrectionHistoryService.h"
#include "ledger/CreditCorrectionService.h"
#include "ledger/CreditListService.h"
#include "ledger/CustomerAccountService.h"
#include "ledger/CustomerService.h"
#include "ledger/InvoiceCorrectionService.h"
#include "ledger/InvoiceEntryService.h"
#include "ledger/InvoiceListService.h"
#include "ledger/LedgerChangeFeed.h"
#include "ledger/LedgerInfoService.h"
#include "ledger/StatementService.h"
#include "ledger/WriteOffService.h"
#include "letters/LetterTemplateService.h"
#include "plans/PlanService.h"
#include "recurring/RecurringService.h"
#include "storage/Database.h"

namespace ardesk {

LedgerSession::LedgerSession(std::unique_ptr<Database> database)
    : m_database(std::move(database))
    , m_customers(std::make_unique<CustomerService>(*m_database))
    , m_customerAccounts(std::make_unique<CustomerAccountService>(*m_database))
    , m_activities(std::make_unique<ActivityService>(*m_database))
    , m_invoiceList(std::make_unique<InvoiceListService>(*m_database))
    , m_invoiceEntry(std::make_unique<InvoiceEntryService>(*m_database))
    , m_allocation(std::make_unique<AllocationService>(*m_database))
    , m_creditList(std::make_unique<CreditListService>(*m_database))
    , m_writeOffs(std::make_unique<WriteOffService>(*m_database))
    , m_ledgerInfo(std::make_unique<LedgerInfoService>(*m_database))
    , m_backup(std::make_unique<BackupService>(*m_database))
    , m_plans(std::make_unique<PlanService>(*m_database))
    , m_recurring(std::make_unique<RecurringService>(*m_database))
    , m_statements(std::make_unique<StatementService>(*m_database))
    , m_dunningLevels(std::make_unique<DunningLevelService>(*m_database))
    , m_letterTemplates(std::make_unique<LetterTemplateService>(*m_database))
    , m_bankLines(std::make_unique<BankLineService>(*m_database))
    , m_bankCsvProfiles(std::make_unique<BankCsvProfileService>(*m_database))
    , m_cashApplication(std::make_unique<CashApplicationService>(*m_database))
    , m_agency(std::make_unique<AgencyService>(*m_database))
    , m_invoiceCorrections(std::make_unique<InvoiceCorrectionService>(*m_database))
    , m_creditCorrections(std::make_unique<CreditCorrectionService>(*m_database))
    , m_correctionHistory(std::make_unique<CorrectionHistoryService>(*m_database))
    , m_changeFeed(std::make_unique<LedgerChangeFeed>(*m_database))
    , m_connectedUsers(std::make_unique<ConnectedUsersService>(*m_database))
    , m_auditTrail(std::make_unique<AuditTrailService>(*m_database))
    , m_path(m_database->path())
{}

LedgerSession::~LedgerSession() = default;

Result<std::unique_ptr<LedgerSession>> LedgerSession::open(const QString& path,
                                                           const QString& password)
{
    // A server ledger's address is kept as it is; a file's path is made absolute.
    auto database = Database::open(
        Database::isServerLedger(path) ? path : QFileInfo(path).absoluteFilePath(), password);
    if (!database)
        return std::unexpected(database.error());
    std::unique_ptr<LedgerSession> session(new LedgerSession(std::move(*database)));
    auto company = session->m_ledgerInfo->companyName();
    if (!company)
        return std::unexpected(company.error());
    session->m_companyName = *company;
    return session;
}

Result<void> LedgerSession::saveSettings(const LedgerSettings& settings,
                                         const LedgerSettings& asRead)
{
    if (auto saved = m_ledgerInfo->saveSettings(settings, asRead); !saved)
        return saved;
    m_companyName = settings.company.name;
    return {};
}

} // namespace ardesk
