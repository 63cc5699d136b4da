#pragma once

#include <QString>

#include "domain/AgingBuckets.h"
#include "domain/CompanyDetails.h"
#include "domain/CurrencyCode.h"
#include "domain/Error.h"

namespace ardesk {

class Database;

// Ledger-wide settings stored in the ledger itself: the company's details, the home currency and
// the default aging buckets.
class LedgerInfoRepository {
public:
    explicit LedgerInfoRepository(Database& database);

    Result<QString> companyName();
    Result<CurrencyCode> currency();

    Result<void> setCompanyName(const QString& name);
    Result<void> setCurrency(CurrencyCode currency);

    // The name is companyName(); a ledger from before these details has them empty.
    Result<CompanyDetails> companyDetails();
    Result<void> setCompanyDetails(const CompanyDetails& details);
    // AgingBuckets::standard() until the user chooses others.
    Result<AgingBuckets> agingBuckets();
    Result<void> setAgingBuckets(const AgingBuckets& buckets);

    // Whether any invoice, payment or credit note is recorded: amounts in the home currency
    // then exist, and the home currency can no longer change.
    Result<bool> hasDocuments();

private:
    Result<QString> value(const QString& key);
    Result<void> setValue(const QString& key, const QString& value);

    Database& m_database;
};

} // namespace ardesk
