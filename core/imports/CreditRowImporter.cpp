#include "imports/CreditRowImporter.h"

#include "imports/AmountLimitCheck.h"
#include "imports/CustomerCheck.h"

using namespace Qt::StringLiterals;

namespace ardesk {

CreditRowImporter::CreditRowImporter(Database& database, Credit::Kind kind,
                                     CurrencyCode ledgerCurrency)
    : m_kind(kind)
    , m_customers(database)
    , m_invoices(database)
    , m_plans(database)
    , m_allocation(database)
    , m_credits(database)
    , m_ledgerCurrency(ledgerCurrency)
{}

QString CreditRowImporter::codeColumn() const
{
    return m_kind == Credit::Kind::Payment ? u"payment_id"_s : u"credit_note_number"_s;
}

QStringList CreditRowImporter::columns() const
{
    if (m_kind == Credit::Kind::Payment) {
        return {u"payment_id"_s,     u"customer_id"_s, u"date"_s,   u"amount"_s,
                u"invoice_number"_s, u"plan_id"_s,     u"method"_s, u"reference"_s};
    }
    return {u"credit_note_number"_s, u"customer_id"_s, u"date"_s, u"amount"_s,
            u"invoice_number"_s,     u"reason"_s};
}

QStringList CreditRowImporter::requiredColumns() const
{
    return {codeColumn(), u"customer_id"_s, u"date"_s, u"amount"_s};
}

Result<InvoiceId> CreditRowImporter::linkedInvoice(ImportRow& row, CustomerId customer)
{
    const QString number = row.text(u"invoice_number"_s);
    if (number.isEmpty())
        return InvoiceId{};
    if (customer.isValid()) {
        // Most links name one of the customer's open invoices, which the import holds.
        const auto open = m_allocation.openInvoiceNumbered(customer, number);
        if (!open)
            return std::unexpected(open.error());
        if (*open)
            return **open;
    }
    const auto invoice = m_invoices.findByNumber(number);
    if (!invoice)
        return std::unexpected(invoice.error());
    if (!*invoice) {
        row.error(u"invoice_number"_s, u"no invoice \"%1\" in the ledger"_s.arg(number));
        return InvoiceId{};
    }
    if (customer.isValid() && (*invoice)->customerId != customer) {
        row.error(u"invoice_number"_s, u"invoice \"%1\" belongs to another customer"_s.arg(number));
        return InvoiceId{};
    }
    return (*invoice)->id;
}

Result<PlanId> CreditRowImporter::linkedPlan(ImportRow& row, CustomerId customer)
{
    const QString text = row.text(u"plan_id"_s);
    if (text.isEmpty())
        return PlanId{};
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    const bool digits = std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
    const auto plan = ok && digits ? m_plans.find(PlanId{id}) : Result<std::optional<Plan>>();
    if (!plan)
        return std::unexpected(plan.error());
    if (!*plan) {
        row.error(u"plan_id"_s, u"no plan \"%1\" in the ledger"_s.arg(text));
        return PlanId{};
    }
    if (customer.isValid() && (*plan)->customerId != customer) {
        row.error(u"plan_id"_s, u"plan %1 belongs to another customer"_s.arg(text));
        return PlanId{};
    }
    return (*plan)->id;
}

Result<void> CreditRowImporter::startBulk(qint64 expectedRows)
{
    const bool bulk = expectedRows >= bulkRows;
    if (bulk) {
        if (auto ok = m_customers.preload(); !ok)
            return ok;
    }
    if (auto ok = m_allocation.beginImport(bulk, bulk ? expectedRows : 0); !ok)
        return ok;
    m_importing = true;
    return {};
}

Result<void> CreditRowImporter::finishBulk()
{
    return m_allocation.finishImport();
}

Result<void> CreditRowImporter::import(ImportRow& row)
{
    // An import that did not announce itself (another tool's file) reads customers as named.
    if (!m_importing) {
        if (auto ok = startBulk(0); !ok)
            return std::unexpected(ok.error());
    }
    const auto code = row.requiredText(codeColumn());
    const auto customer = customerOfRow(row, m_customers);
    if (!customer)
        return std::unexpected(customer.error());
    const CurrencyCode currency = *customer ? (*customer)->currency : m_ledgerCurrency;
    const auto date = row.date(u"date"_s, true);
    const auto amount = row.amount(u"amount"_s, currency, true);
    const auto invoice = linkedInvoice(row, *customer ? (*customer)->id : CustomerId{});
    if (!invoice)
        return std::unexpected(invoice.error());
    const auto plan = linkedPlan(row, *customer ? (*customer)->id : CustomerId{});
    if (!plan)
        return std::unexpected(plan.error());
    if (row.failed())
        return {};
    if (auto ok = checkAmountLimit(row, m_limit, m_credits, *amount, currency,
                                   u"payments and credit notes"_s);
        !ok)
        return ok;
    if (row.failed())
        return {};

    const bool payment = m_kind == Credit::Kind::Payment;
    const Credit credit{.id = {},
                        .kind = m_kind,
                        .code = *code,
                        .customerId = (*customer)->id,
                        .date = *date,
                        .amount = Money(*amount, currency),
                        .invoiceId = *invoice,
                        .planId = *plan,
                        .method = payment ? row.text(u"method"_s) : QString(),
                        .reference = payment ? row.text(u"reference"_s) : QString(),
                        .reason = payment ? QString() : row.text(u"reason"_s)};
    const auto recorded = m_allocation.recordImported(credit);
    if (!recorded && recorded.error().code == ErrorCode::AlreadyExists) {
        row.error(codeColumn(), (payment ? u"payment \"%1\" already exists"_s
                                         : u"credit note \"%1\" already exists"_s)
                                    .arg(*code));
        return {};
    }
    if (!recorded)
        return std::unexpected(recorded.error());
    return {};
}

} // namespace ardesk
