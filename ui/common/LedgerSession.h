#pragma once

#include <memory>

#include <QString>

#include "domain/Error.h"

namespace ardesk {

class BackupService;
class CustomerService;
class Database;
class InvoiceListService;
class LedgerInfoService;

// One ledger opened by the GUI: the database connection and the services the widgets use.
// Lives on the GUI thread, which owns the connection.
class LedgerSession {
public:
    // Opens (and, if older, upgrades) the ledger at `path` and reads its company name. Fails
    // with the core's LedgerMissing, LedgerCorrupt, LedgerLocked, LedgerTooNew, ...
    static Result<std::unique_ptr<LedgerSession>> open(const QString& path);

    ~LedgerSession();
    LedgerSession(const LedgerSession&) = delete;
    LedgerSession& operator=(const LedgerSession&) = delete;

    QString path() const { return m_path; }
    QString companyName() const { return m_companyName; }

    CustomerService& customers() { return *m_customers; }
    InvoiceListService& invoiceList() { return *m_invoiceList; }
    LedgerInfoService& ledgerInfo() { return *m_ledgerInfo; }
    BackupService& backup() { return *m_backup; }

private:
    explicit LedgerSession(std::unique_ptr<Database> database);

    // Declared first so that it is destroyed last, after the services that refer to it.
    std::unique_ptr<Database> m_database;
    std::unique_ptr<CustomerService> m_customers;
    std::unique_ptr<InvoiceListService> m_invoiceList;
    std::unique_ptr<LedgerInfoService> m_ledgerInfo;
    std::unique_ptr<BackupService> m_backup;
    QString m_path;
    QString m_companyName;
};

} // namespace ardesk
