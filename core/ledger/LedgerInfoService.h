#pragma once

#include <QString>

#include "domain/AgingBuckets.h"
#include "domain/CurrencyCode.h"
#include "domain/Error.h"
#include "ledger/LedgerSettings.h"

namespace ardesk {

class Database;

// Ledger-wide settings for readers outside core/storage (the UI): the company the ledger
// belongs to, its home currency and its default aging buckets.
class LedgerInfoService {
public:
    explicit LedgerInfoService(Database& database);

    Result<QString> companyName();
    Result<CurrencyCode> currency();
    // The buckets the GUI's reports start from; the command line keeps its own default.
    Result<AgingBuckets> agingBuckets();
    Result<LedgerSettings> settings();
    // Whether the home currency is settled: once any invoice, payment or credit note exists,
    // its amounts are in that currency.
    Result<bool> currencyLocked();

    // Saves all settings in one transaction. Refused with InvalidInput (the ledger unchanged)
    // when the company name is empty, the payment details have problems() (an IBAN with wrong
    // check digits…), or the currency changes while currencyLocked(). The payment details are
    // stored normalized(). ChangedMeanwhile, ledger unchanged, when the stored settings are no
    // longer `asRead`, the settings the change started from (someone else saved theirs since).
    Result<void> saveSettings(const LedgerSettings& settings, const LedgerSettings& asRead);

private:
    Database& m_database;
};

} // namespace ardesk
