#pragma once

#include <memory>

#include <QString>

#include "domain/Error.h"

namespace ardesk {

class ActivityService;
class AgencyService;
class AllocationService;
class AuditTrailService;
class BackupService;
class BankCsvProfileService;
class BankLineService;
class CashApplicationService;
class ConnectedUsersService;
class CorrectionHistoryService;
class CreditCorrectionService;
class CustomerAccountService;
class CustomerService;
class CreditListService;
class Database;
class DunningLevelService;
class InvoiceCorrectionService;
class InvoiceEntryService;
class InvoiceListService;
class LedgerChangeFeed;
class LedgerInfoService;
class LetterTemplateService;
class PlanService;
class RecurringService;
class StatementService;
class WriteOffService;
struct LedgerSettings;

// One ledger opened by the GUI: the database connection and the services the widgets use.
// Lives on the GUI thread, which owns the connection.
class LedgerSession {
public:
    // Opens (and, if older, upgrades) the ledger at `path` and reads its company name. Fails
    // with the core's LedgerMissing, LedgerCorrupt, LedgerLocked, LedgerTooNew, ...
    // `password`: for a server ledger, see Database::open.
    static Result<std::unique_ptr<LedgerSession>> open(const QString& path,
                                                       const QString& password = {});

    ~LedgerSession();
    LedgerSession(const LedgerSession&) = delete;
    LedgerSession& operator=(const LedgerSession&) = delete;

    QString path() const { return m_path; }
    QString companyName() const { return m_companyName; }
    // Saves the ledger's settings over `asRead` (LedgerInfoService::saveSettings) and keeps
    // companyName() in step with them.
    Result<void> saveSettings(const LedgerSettings& settings, const LedgerSettings& asRead);

    CustomerService& customers() { return *m_customers; }
    CustomerAccountService& customerAccounts() { return *m_customerAccounts; }
    ActivityService& activities() { return *m_activities; }
    InvoiceListService& invoiceList() { return *m_invoiceList; }
    InvoiceEntryService& invoiceEntry() { return *m_invoiceEntry; }
    AllocationService& allocation() { return *m_allocation; }
    CreditListService& creditList() { return *m_creditList; }
    WriteOffService& writeOffs() { return *m_writeOffs; }
    LedgerInfoService& ledgerInfo() { return *m_ledgerInfo; }
    BackupService& backup() { return *m_backup; }
    PlanService& plans() { return *m_plans; }
    // Schedules added, edited, paused, resumed and ended; the run that creates invoices runs as
    // a job on its own connection.
    RecurringService& recurring() { return *m_recurring; }
    StatementService& statements() { return *m_statements; }
    DunningLevelService& dunningLevels() { return *m_dunningLevels; }
    LetterTemplateService& letterTemplates() { return *m_letterTemplates; }
    BankLineService& bankLines() { return *m_bankLines; }
    // The saved column profiles of banks' CSV exports.
    BankCsvProfileService& bankCsvProfiles() { return *m_bankCsvProfiles; }
    // Posting or ignoring one bank line (quick: one transaction); matching runs as a job.
    CashApplicationService& cashApplication() { return *m_cashApplication; }
    AgencyService& agency() { return *m_agency; }
    // Corrections of saved documents (edit, void, un-apply, apply, delete) and their log.
    InvoiceCorrectionService& invoiceCorrections() { return *m_invoiceCorrections; }
    CreditCorrectionService& creditCorrections() { return *m_creditCorrections; }
    CorrectionHistoryService& correctionHistory() { return *m_correctionHistory; }
    // What other users of a server ledger change (nothing on a file), and who they are.
    LedgerChangeFeed& changeFeed() { return *m_changeFeed; }
    ConnectedUsersService& connectedUsers() { return *m_connectedUsers; }
    AuditTrailService& auditTrail() { return *m_auditTrail; }

private:
    explicit LedgerSession(std::unique_ptr<Database> database);

    // Declared first so that it is destroyed last, after the services that refer to it.
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CustomerService> m_customers;
    std::unique_ptr<CustomerAccountService> m_customerAccounts;
    std::unique_ptr<ActivityService> m_activities;
    std::unique_ptr<InvoiceListService> m_invoiceList;
    std::unique_ptr<InvoiceEntryService> m_invoiceEntry;
    std::unique_ptr<AllocationService> m_allocation;
    std::unique_ptr<CreditListService> m_creditList;
    std::unique_ptr<WriteOffService> m_writeOffs;
    std::unique_ptr<LedgerInfoService> m_ledgerInfo;
    std::unique_ptr<BackupService> m_backup;
    std::unique_ptr<PlanService> m_plans;
    std::unique_ptr<RecurringService> m_recurring;
    std::unique_ptr<StatementService> m_statements;
    std::unique_ptr<DunningLevelService> m_dunningLevels;
    std::unique_ptr<LetterTemplateService> m_letterTemplates;
    std::unique_ptr<BankLineService> m_bankLines;
    std::unique_ptr<BankCsvProfileService> m_bankCsvProfiles;
    std::unique_ptr<CashApplicationService> m_cashApplication;
    std::unique_ptr<AgencyService> m_agency;
    std::unique_ptr<InvoiceCorrectionService> m_invoiceCorrections;
    std::unique_ptr<CreditCorrectionService> m_creditCorrections;
    std::unique_ptr<CorrectionHistoryService> m_correctionHistory;
    std::unique_ptr<LedgerChangeFeed> m_changeFeed;
    std::unique_ptr<ConnectedUsersService> m_connectedUsers;
    std::unique_ptr<AuditTrailService> m_auditTrail;
    QString m_path;
    QString m_companyName;
};

} // namespace ardesk
