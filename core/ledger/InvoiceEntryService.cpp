#include "ledger/InvoiceEntryService.h"

#include "domain/DocumentNumber.h"
#include "domain/Invoice.h"
#include "domain/InvoiceRules.h"
#include "storage/Transaction.h"

using namespace Qt::StringLiterals;

namespace ardesk {

InvoiceEntryService::InvoiceEntryService(Database& database)
    : m_database(database)
    , m_customers(database)
    , m_invoices(database)
{}

Result<InvoiceId> InvoiceEntryService::create(const NewInvoice& invoice, AmountLimit* limit)
{
    if (const auto problem = InvoiceRules::numberProblem(invoice.number))
        return fail(ErrorCode::InvalidInput, *problem);
    if (invoice.amount.minor() <= 0)
        return fail(ErrorCode::InvalidInput, u"an invoice must be a positive amount"_s);
    if (!invoice.issueDate.isValid())
        return fail(ErrorCode::InvalidInput, u"an invoice needs an issue date"_s);

    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const auto customer = m_customers.findById(invoice.customer);
    if (!customer)
        return std::unexpected(customer.error());
    if (!*customer)
        return fail(ErrorCode::NotFound, u"no customer with id %1"_s.arg(invoice.customer.value));
    if (const auto problem =
            InvoiceRules::currencyProblem((*customer)->currency, invoice.amount.currency().code()))
        return fail(ErrorCode::InvalidInput, *problem);
    const auto dueDate =
        invoice.dueDate ? invoice.dueDate
                        : InvoiceRules::defaultDueDate(invoice.issueDate, (*customer)->termsDays);
    if (!dueDate)
        return fail(ErrorCode::InvalidInput,
                    InvoiceRules::dueDatePastLastDate((*customer)->termsDays));
    if (auto ok = AmountLimit::countIn(
            limit, [this] { return m_invoices.amountTotal(); }, invoice.amount.minor(),
            invoice.amount.currency(), u"invoices"_s);
        !ok)
        return std::unexpected(ok.error());

    const auto id = m_invoices.insert(Invoice{.id = {},
                                              .number = invoice.number,
                                              .customerId = invoice.customer,
                                              .issueDate = invoice.issueDate,
                                              .dueDate = *dueDate,
                                              .amount = invoice.amount,
                                              .description = invoice.description,
                                              .charge = invoice.charge,
                                              .discountBasisPoints = invoice.discountBasisPoints,
                                              .discountUntil = invoice.discountUntil});
    if (!id)
        return id;
    if (auto ok = transaction->commit(); !ok)
        return std::unexpected(ok.error());
    return id;
}

Result<AmountLimit> InvoiceEntryService::amountLimit()
{
    const auto stored = m_invoices.amountTotal();
    if (!stored)
        return std::unexpected(stored.error());
    return AmountLimit(*stored);
}

Result<bool> InvoiceEntryService::numberTaken(const QString& number)
{
    const auto found = m_invoices.findByNumber(number);
    if (!found)
        return std::unexpected(found.error());
    return found->has_value();
}

Result<QString> InvoiceEntryService::suggestedNumber()
{
    const auto last = m_invoices.lastNumber();
    if (!last)
        return last;
    const QString next = DocumentNumber::next(*last);
    if (next.isEmpty() || InvoiceRules::isReservedNumber(next))
        return QString();
    const auto taken = numberTaken(next);
    if (!taken)
        return std::unexpected(taken.error());
    return *taken ? QString() : next;
}

} // namespace ardesk
