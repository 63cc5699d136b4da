#include "ledger/LedgerInfoService.h"

#include "storage/LedgerInfoRepository.h"
#include "storage/Transaction.h"

using namespace Qt::StringLiterals;

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

Result<AgingBuckets> LedgerInfoService::agingBuckets()
{
    return LedgerInfoRepository(m_database).agingBuckets();
}

Result<LedgerSettings> LedgerInfoService::settings()
{
    LedgerInfoRepository repository(m_database);
    auto company = repository.companyDetails();
    if (!company)
        return std::unexpected(company.error());
    auto currency = repository.currency();
    if (!currency)
        return std::unexpected(currency.error());
    auto buckets = repository.agingBuckets();
    if (!buckets)
        return std::unexpected(buckets.error());
    return LedgerSettings{
        .company = std::move(*company), .currency = *currency, .agingBuckets = std::move(*buckets)};
}

Result<bool> LedgerInfoService::currencyLocked()
{
    return LedgerInfoRepository(m_database).hasDocuments();
}

Result<void> LedgerInfoService::saveSettings(const LedgerSettings& settings,
                                             const LedgerSettings& asRead)
{
    if (settings.company.name.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, u"the company name is empty"_s);
    if (const QStringList problems = settings.company.payment.problems(); !problems.isEmpty())
        return fail(ErrorCode::InvalidInput, problems.join(u"; "_s));
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    // Read inside the transaction, so that nothing (another user's save, a first document) can
    // come between check and write.
    const auto stored = LedgerInfoService::settings();
    if (!stored)
        return std::unexpected(stored.error());
    if (*stored != asRead)
        return fail(ErrorCode::ChangedMeanwhile,
                    u"the ledger's settings were changed by someone else since they were read"_s);
    LedgerInfoRepository repository(m_database);
    const CurrencyCode current = stored->currency;
    if (settings.currency != current) {
        auto locked = repository.hasDocuments();
        if (!locked)
            return std::unexpected(locked.error());
        if (*locked) {
            return fail(ErrorCode::InvalidInput,
                        u"the home currency cannot change from %1 to %2: the ledger already has "
                        "invoices, payments or credit notes in %1"_s.arg(current.code(),
                                                                         settings.currency.code()));
        }
        if (auto ok = repository.setCurrency(settings.currency); !ok)
            return ok;
    }
    CompanyDetails company = settings.company;
    company.payment = company.payment.normalized();
    if (auto ok = repository.setCompanyDetails(company); !ok)
        return ok;
    if (auto ok = repository.setAgingBuckets(settings.agingBuckets); !ok)
        return ok;
    return transaction->commit();
}

} // namespace ardesk
