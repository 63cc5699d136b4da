#include "imports/CustomerRowImporter.h"

#include "domain/BankAccountNumber.h"
#include "domain/CustomerRules.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {
constexpr int defaultTermsDays = 30;
} // namespace

CustomerRowImporter::CustomerRowImporter(Database& database, CurrencyCode ledgerCurrency)
    : m_customers(database)
    , m_ledgerCurrency(ledgerCurrency)
{}

QStringList CustomerRowImporter::columns() const
{
    return {
        u"customer_id"_s,      u"name"_s,         u"email"_s,    u"phone"_s,    u"address"_s,
        u"terms_days"_s,       u"credit_limit"_s, u"currency"_s, u"language"_s, u"bank_account"_s,
        u"discount_percent"_s, u"discount_days"_s};
}

QStringList CustomerRowImporter::requiredColumns() const
{
    return {u"customer_id"_s, u"name"_s};
}

Result<void> CustomerRowImporter::startBulk(qint64 expectedRows)
{
    return expectedRows >= bulkRows ? m_customers.startBulkLoad() : Result<void>{};
}

Result<void> CustomerRowImporter::finishBulk()
{
    return m_customers.finishBulkLoad();
}

Result<void> CustomerRowImporter::import(ImportRow& row)
{
    const auto code = row.requiredText(u"customer_id"_s);
    const auto name = row.requiredText(u"name"_s);

    CurrencyCode currency = m_ledgerCurrency;
    if (const QString text = row.text(u"currency"_s); !text.isEmpty()) {
        if (const auto parsed = CurrencyCode::fromCode(text))
            currency = *parsed;
        else
            row.error(u"currency"_s,
                      u"expected a current ISO 4217 code like EUR, got \"%1\""_s.arg(text));
    }
    QString language = row.text(u"language"_s);
    if (language.isEmpty()) {
        language = u"en"_s;
    } else if (const auto problem = CustomerRules::languageProblem(language)) {
        row.error(u"language"_s, *problem);
    }
    const auto terms = row.count(u"terms_days"_s, CustomerRules::maximumTermsDays);
    const auto creditLimit = row.amount(u"credit_limit"_s, currency, false, true);
    const QString bankAccount = row.text(u"bank_account"_s);
    if (const auto problem = BankAccountNumber::problem(bankAccount))
        row.error(u"bank_account"_s, *problem);
    const auto discountRate = row.percent(u"discount_percent"_s);
    const auto discountDays = row.count(u"discount_days"_s, CustomerRules::maximumTermsDays);
    if (row.failed())
        return {};

    const Customer customer{.id = {},
                            .code = *code,
                            .name = *name,
                            .email = row.text(u"email"_s),
                            .phone = row.text(u"phone"_s),
                            .address = row.text(u"address"_s),
                            .termsDays = terms.value_or(defaultTermsDays),
                            .creditLimitMinor = creditLimit,
                            .currency = currency,
                            .language = language,
                            .onHold = false,
                            .bankAccount = BankAccountNumber::normalized(bankAccount),
                            .discountBasisPoints = discountRate.value_or(0),
                            .discountDays = discountDays.value_or(0)};
    const auto id = m_customers.insert(customer);
    if (!id && id.error().code == ErrorCode::AlreadyExists) {
        row.error(u"customer_id"_s, u"customer \"%1\" already exists"_s.arg(*code));
        return {};
    }
    if (!id)
        return std::unexpected(id.error());
    return {};
}

} // namespace ardesk
