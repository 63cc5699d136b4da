#include "ledger/CustomerService.h"

#include "domain/CustomerRules.h"
#include "ledger/ActivityService.h"
#include "storage/Transaction.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// A taken code is the user's problem to fix, not a storage failure.
Error codeTaken(const Error& error, const QString& code)
{
    if (error.code != ErrorCode::AlreadyExists)
        return error;
    return {ErrorCode::InvalidInput, u"the customer code \"%1\" is taken"_s.arg(code)};
}

} // namespace

CustomerService::CustomerService(Database& database)
    : m_database(database)
    , m_repository(database)
{}

Result<qint64> CustomerService::count(const CustomerQuery& query)
{
    return m_repository.count(query);
}

Result<QList<CustomerListRow>> CustomerService::page(const CustomerQuery& query, qint64 offset,
                                                     int limit)
{
    return m_repository.page(query, offset, limit);
}

Result<void> CustomerService::setRiskScores(const QList<std::pair<qint64, int>>& scores)
{
    return m_repository.setRiskScores(scores);
}

Result<void>
CustomerService::forEachRow(const CustomerQuery& query,
                            const std::function<Result<void>(const CustomerListRow&)>& visit)
{
    return m_repository.forEachListRow(query, visit);
}

Result<Customer> CustomerService::find(CustomerId id)
{
    auto found = m_repository.findById(id);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, u"no customer with id %1"_s.arg(id.value));
    return **found;
}

Result<Customer> CustomerService::findByCode(const QString& code)
{
    auto found = m_repository.findByCode(code);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, u"no customer with id \"%1\""_s.arg(code));
    return **found;
}

Result<bool> CustomerService::isCodeTaken(const QString& code, CustomerId self)
{
    auto found = m_repository.findByCode(code);
    if (!found)
        return std::unexpected(found.error());
    return found->has_value() && (*found)->id != self;
}

Result<bool> CustomerService::hasDocuments(CustomerId id)
{
    return m_repository.hasDocuments(id);
}

Result<void> CustomerService::validate(const Customer& customer)
{
    // The currency needs no check: a CurrencyCode is always a current ISO 4217 code.
    for (const auto& problem :
         {CustomerRules::codeProblem(customer.code), CustomerRules::nameProblem(customer.name),
          CustomerRules::emailProblem(customer.email),
          CustomerRules::termsProblem(customer.termsDays),
          CustomerRules::creditLimitProblem(customer.creditLimitMinor),
          CustomerRules::languageProblem(customer.language)}) {
        if (problem)
            return fail(ErrorCode::InvalidInput, *problem);
    }
    return {};
}

Result<CustomerId> CustomerService::create(const Customer& customer)
{
    if (auto valid = validate(customer); !valid)
        return std::unexpected(valid.error());
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    auto id = m_repository.insert(customer);
    if (!id)
        return std::unexpected(codeTaken(id.error(), customer.code));
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return *id;
}

Result<void> CustomerService::update(const Customer& customer, const Customer& asRead)
{
    if (auto valid = validate(customer); !valid)
        return std::unexpected(valid.error());
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const auto before = find(customer.id);
    if (!before)
        return std::unexpected(before.error());
    // Read inside the transaction, whose write lock keeps others out until it ends.
    if (*before != asRead)
        return fail(
            ErrorCode::ChangedMeanwhile,
            u"customer %1 was changed by someone else since it was read"_s.arg(before->code));
    if (before->currency != customer.currency) {
        auto documents = m_repository.hasDocuments(customer.id);
        if (!documents)
            return std::unexpected(documents.error());
        if (*documents)
            return fail(ErrorCode::InvalidInput,
                        u"the currency stays %1: the customer has documents in it"_s.arg(
                            before->currency.code()));
    }
    if (auto updated = m_repository.update(customer); !updated)
        return std::unexpected(codeTaken(updated.error(), customer.code));
    return transaction->commit();
}

QString CustomerService::holdNote(bool onHold, const QString& reason)
{
    QString text = onHold ? u"Put on hold"_s : u"Taken off hold"_s;
    if (!reason.trimmed().isEmpty())
        text += u": "_s + reason.trimmed();
    return text;
}

Result<void> CustomerService::putOnHold(CustomerId id, QDate date, const QString& reason)
{
    return setOnHold(id, true, date, reason);
}

Result<void> CustomerService::release(CustomerId id, QDate date, const QString& reason)
{
    return setOnHold(id, false, date, reason);
}

Result<void> CustomerService::setOnHold(CustomerId id, bool onHold, QDate date,
                                        const QString& reason)
{
    if (!date.isValid())
        return fail(ErrorCode::InvalidInput, u"the date is missing"_s);
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const auto customer = find(id);
    if (!customer)
        return std::unexpected(customer.error());
    if (customer->onHold == onHold)
        return fail(ErrorCode::InvalidInput,
                    (onHold ? u"%1 (%2) is already on hold"_s : u"%1 (%2) is not on hold"_s)
                        .arg(customer->name, customer->code));
    if (auto saved = m_repository.setOnHold(id, onHold); !saved)
        return saved;
    // The flag itself is not dated: the note keeps when and why it changed.
    if (auto noted =
            ActivityService(m_database).log(id, ActivityKind::Note, date, holdNote(onHold, reason));
        !noted)
        return std::unexpected(noted.error());
    return transaction->commit();
}

} // namespace ardesk
