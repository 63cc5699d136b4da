#include "letters/PaymentInstructions.h"

#include "domain/CreditorReference.h"
#include "domain/EpcQrPayload.h"

using namespace Qt::StringLiterals;

namespace ardesk {

PaymentInstructions::PaymentInstructions(const CompanyDetails& company, const QString& customerCode,
                                         QStringList documents, const Money& amount)
    : m_payment(company.payment.normalized())
    , m_accountHolder(m_payment.accountHolder.isEmpty() ? company.name : m_payment.accountHolder)
    , m_documents(std::move(documents))
{
    if (m_documents.size() == 1)
        m_reference = CreditorReference::forDocument(m_documents.constFirst()).value_or(QString());
    // Nothing to pay (a statement whose credits cover its items): no link, no code.
    if (amount.minor() <= 0)
        return;
    m_link = m_payment.link(customerCode, m_documents, amount, m_reference);
    // Without a reference the transfer's text names the documents: the bank matcher finds
    // document numbers in it as it finds a creditor reference.
    if (const auto giroCode = EpcQrPayload::build(m_payment, m_accountHolder, amount, m_reference,
                                                  m_documents.join(u' '))) {
        m_qrPayload = *giroCode;
        m_giroCode = true;
    } else {
        m_qrPayload = m_link;
    }
}

PaymentInstructions PaymentInstructions::forReminder(const ReminderNotice& notice,
                                                     const CompanyDetails& company)
{
    QStringList documents;
    for (const ReminderItem& item : notice.items)
        documents.append(item.document);
    return {company, notice.customerCode, documents, Money(notice.totalDueMinor, notice.currency)};
}

PaymentInstructions PaymentInstructions::forStatement(const Statement& statement,
                                                      const CompanyDetails& company)
{
    QStringList documents;
    for (const AgingDetailRow& row : statement.items) {
        if (row.bucket != AgingDetailRow::unappliedBucket && row.openMinor > 0)
            documents.append(row.document);
    }
    return {company, statement.customer.code, documents,
            Money(statement.totalMinor, statement.customer.currency)};
}

QString PaymentInstructions::referenceOf(const QString& document)
{
    const auto reference = CreditorReference::forDocument(document);
    return reference ? PaymentDetails::grouped(*reference) : QString();
}

bool PaymentInstructions::hasDetails() const
{
    return !m_payment.iban.isEmpty() || !m_payment.accountNumber.isEmpty() || !m_link.isEmpty();
}

QVariantMap PaymentInstructions::fields() const
{
    return {
        {u"account_holder"_s, m_accountHolder},
        {u"iban"_s, PaymentDetails::grouped(m_payment.iban)},
        {u"bic"_s, m_payment.bic},
        {u"account_number"_s, m_payment.accountNumber},
        {u"routing"_s, m_payment.routing},
        {u"reference"_s, PaymentDetails::grouped(m_reference)},
        {u"link"_s, m_link},
        {u"documents"_s, m_documents.join(u", "_s)},
        {u"has_bank_account"_s, !m_payment.iban.isEmpty() || !m_payment.accountNumber.isEmpty()},
        {u"has_reference"_s, !m_reference.isEmpty()},
        {u"has_link"_s, !m_link.isEmpty()},
        {u"has_qr"_s, !m_qrPayload.isEmpty()},
        {u"qr_is_girocode"_s, m_giroCode}};
}

} // namespace ardesk
