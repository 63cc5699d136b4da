#include "storage/LedgerInfoRepository.h"

#include <array>
#include <utility>

#include <QStringList>

#include "storage/Database.h"
#include "storage/ReadRows.h"
#include "storage/SqlError.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {
const QString companyKey = u"company_name"_s;
const QString currencyKey = u"currency"_s;
const QString addressKey = u"company_address"_s;
const QString emailKey = u"company_email"_s;
const QString phoneKey = u"company_phone"_s;
const QString taxIdKey = u"company_tax_id"_s;
const QString registrationKey = u"company_registration"_s;
const QString agingBucketsKey = u"aging_buckets"_s;
const QString accountHolderKey = u"payment_account_holder"_s;
const QString ibanKey = u"payment_iban"_s;
const QString bicKey = u"payment_bic"_s;
const QString accountNumberKey = u"payment_account_number"_s;
const QString routingKey = u"payment_routing"_s;
const QString paymentLinkKey = u"payment_link"_s;

// Each stored text of the company's details with its key; the payment details and the
// registration came later, so an older ledger reads them as empty (no row).
template <typename Details>
auto detailFields(Details& details)
{
    return std::array{std::pair{companyKey, &details.name},
                      std::pair{addressKey, &details.address},
                      std::pair{emailKey, &details.email},
                      std::pair{phoneKey, &details.phone},
                      std::pair{taxIdKey, &details.taxId},
                      std::pair{registrationKey, &details.registration},
                      std::pair{accountHolderKey, &details.payment.accountHolder},
                      std::pair{ibanKey, &details.payment.iban},
                      std::pair{bicKey, &details.payment.bic},
                      std::pair{accountNumberKey, &details.payment.accountNumber},
                      std::pair{routingKey, &details.payment.routing},
                      std::pair{paymentLinkKey, &details.payment.paymentLinkPattern}};
}
} // namespace

LedgerInfoRepository::LedgerInfoRepository(Database& database)
    : m_database(database)
{}

Result<QString> LedgerInfoRepository::value(const QString& key)
{
    QSqlQuery query(m_database.connection());
    if (auto ready = prepare(query, u"SELECT value FROM ledger_info WHERE key = ?"_s); !ready)
        return std::unexpected(ready.error());
    query.addBindValue(key);
    if (auto ok = execute(query, u"reading ledger settings"_s); !ok)
        return std::unexpected(ok.error());
    return singleValue<QString>(query, u"value"_s);
}

Result<void> LedgerInfoRepository::setValue(const QString& key, const QString& value)
{
    QSqlQuery query(m_database.connection());
    if (auto ready = prepare(query, u"INSERT INTO ledger_info(key, value) VALUES (?, ?) "
                                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
        !ready)
        return std::unexpected(ready.error());
    query.addBindValue(key);
    // A null QString binds as SQL NULL; an empty setting is stored as ''.
    query.addBindValue(value.isNull() ? u""_s : value);
    return execute(query, u"saving ledger settings"_s);
}

Result<QString> LedgerInfoRepository::companyName()
{
    return value(companyKey);
}

Result<CurrencyCode> LedgerInfoRepository::currency()
{
    auto code = value(currencyKey);
    if (!code)
        return std::unexpected(code.error());
    if (auto currency = CurrencyCode::fromCode(*code))
        return *currency;
    return fail(ErrorCode::LedgerCorrupt, u"the ledger has no valid home currency"_s);
}

Result<void> LedgerInfoRepository::setCompanyName(const QString& name)
{
    return setValue(companyKey, name);
}

Result<void> LedgerInfoRepository::setCurrency(CurrencyCode currency)
{
    return setValue(currencyKey, currency.code());
}

Result<CompanyDetails> LedgerInfoRepository::companyDetails()
{
    CompanyDetails details;
    for (auto [key, field] : detailFields(details)) {
        auto text = value(key);
        if (!text)
            return std::unexpected(text.error());
        *field = *text;
    }
    return details;
}

Result<void> LedgerInfoRepository::setCompanyDetails(const CompanyDetails& details)
{
    for (const auto& [key, text] : detailFields(details)) {
        if (auto ok = setValue(key, *text); !ok)
            return ok;
    }
    return {};
}

Result<AgingBuckets> LedgerInfoRepository::agingBuckets()
{
    auto text = value(agingBucketsKey);
    if (!text)
        return std::unexpected(text.error());
    if (text->isEmpty())
        return AgingBuckets::standard();
    auto buckets = AgingBuckets::parse(*text);
    if (!buckets)
        return fail(ErrorCode::LedgerCorrupt,
                    u"the ledger's default aging buckets are invalid: "_s + buckets.error().detail);
    return *buckets;
}

Result<void> LedgerInfoRepository::setAgingBuckets(const AgingBuckets& buckets)
{
    return setValue(agingBucketsKey, buckets.text());
}

Result<bool> LedgerInfoRepository::hasDocuments()
{
    QSqlQuery query(m_database.connection());
    if (auto ready = prepare(
            query, u"SELECT EXISTS (SELECT 1 FROM invoices) OR EXISTS (SELECT 1 FROM credits) "
                   "AS has_documents"_s);
        !ready)
        return std::unexpected(ready.error());
    if (auto ok = execute(query, u"looking for documents"_s); !ok)
        return std::unexpected(ok.error());
    return singleValue<bool>(query, u"has_documents"_s);
}

} // namespace ardesk
