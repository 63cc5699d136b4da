#include "LetterFields.h"

#include "letters/PaymentInstructions.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {

// What an item's row prints as its payment reference.
const auto referenceOf = &PaymentInstructions::referenceOf;

// What a reminder's item is, as the templates name it: "invoice", "installment" (of a plan)
// or "charge" (a reminder's interest and fee booked as an invoice).
QString kindOf(const ReminderItem& item)
{
    return item.installment ? u"installment"_s : item.charge ? u"charge"_s : u"invoice"_s;
}

} // namespace

QVariantMap LetterFields::company(const CompanyDetails& company)
{
    QStringList returnLine{company.name.trimmed()};
    for (const QString& line : company.address.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            returnLine.append(line.trimmed());
    }
    // The bank account as every page's foot prints it, whether or not the letter asks for
    // payment; IBAN in groups of four like the payment block's.
    const PaymentDetails& payment = company.payment;
    const QVariantMap bank{{u"account_holder"_s, payment.accountHolder.trimmed().isEmpty()
                                                     ? company.name
                                                     : payment.accountHolder.trimmed()},
                           {u"iban"_s, PaymentDetails::grouped(payment.iban)},
                           {u"bic"_s, payment.bic},
                           {u"account_number"_s, payment.accountNumber},
                           {u"routing"_s, payment.routing}};
    return {{u"name"_s, company.name},
            {u"address"_s, company.address},
            {u"return_line"_s, returnLine.join(u" · "_s)},
            {u"email"_s, company.email},
            // A phone number wraps at its spaces otherwise.
            {u"phone"_s, QString(company.phone).replace(u' ', QChar::Nbsp)},
            {u"tax_id"_s, company.taxId},
            {u"registration"_s, company.registration},
            {u"bank"_s, bank},
            {u"has_bank_account"_s,
             !payment.iban.trimmed().isEmpty() || !payment.accountNumber.trimmed().isEmpty()}};
}

QVariantMap LetterFields::customer(const QString& name, const QString& code, const QString& address,
                                   const QString& email)
{
    return {{u"name"_s, name}, {u"code"_s, code}, {u"address"_s, address}, {u"email"_s, email}};
}

bool LetterFields::addDiscount(QVariantMap& item, const DiscountOffer& offer, qint64 openMinor,
                               CurrencyCode currency, const LetterLanguage& language)
{
    const bool offered = offer.discountMinor > 0;
    item.insert(u"has_discount"_s, offered);
    item.insert(u"discount"_s,
                offered ? language.amount(offer.discountMinor, currency) : QString());
    item.insert(u"discount_until"_s, offered ? language.shortDate(offer.until) : QString());
    item.insert(u"discounted_amount"_s,
                offered ? language.amount(openMinor - offer.discountMinor, currency) : QString());
    return offered;
}

QVariantMap LetterFields::reminder(const ReminderNotice& notice, const CompanyDetails& company,
                                   const LetterLanguage& language)
{
    const auto amount = [&](qint64 minor) { return language.amount(minor, notice.currency); };
    QVariantList items;
    QDate nextDue; // the earliest due date: a courtesy reminder says when payment falls due
    bool discounts = false;
    for (const ReminderItem& item : notice.items) {
        if (nextDue.isNull() || item.dueDate < nextDue)
            nextDue = item.dueDate;
        QVariantMap fields{{u"document"_s, item.document},
                           {u"issue_date"_s, language.shortDate(item.issueDate)},
                           {u"due_date"_s, language.shortDate(item.dueDate)},
                           {u"days_overdue"_s, language.locale().toString(item.daysOverdue)},
                           {u"open_amount"_s, amount(item.openMinor)},
                           {u"interest"_s, amount(item.interestMinor)},
                           {u"reference"_s, referenceOf(item.document)},
                           {u"kind"_s, kindOf(item)},
                           {u"is_invoice"_s, !item.installment && !item.charge},
                           {u"is_installment"_s, item.installment},
                           {u"is_charge"_s, item.charge}};
        discounts |= addDiscount(fields, item.discount, item.openMinor, notice.currency, language);
        items.append(fields);
    }
    return {{u"company"_s, LetterFields::company(company)},
            {u"customer"_s, customer(notice.customerName, notice.customerCode,
                                     notice.customerAddress, notice.customerEmail)},
            {u"items"_s, items},
            {u"total_due"_s, amount(notice.totalDueMinor)},
            {u"total_overdue"_s, amount(notice.totalOverdueMinor)},
            {u"interest"_s, amount(notice.interestMinor)},
            {u"fee"_s, amount(notice.feeMinor)},
            {u"has_interest"_s, notice.interestMinor != 0},
            {u"has_fee"_s, notice.feeMinor != 0},
            {u"has_discount"_s, discounts},
            {u"today"_s, language.longDate(notice.asOf)},
            {u"next_due_date"_s, nextDue.isNull() ? QString() : language.longDate(nextDue)},
            {u"level"_s,
             QVariantMap{{u"number"_s, notice.level.level}, {u"name"_s, notice.level.name}}},
            {u"currency"_s, notice.currency.code()}};
}

QVariantMap LetterFields::statement(const Statement& statement, const CompanyDetails& company,
                                    const LetterLanguage& language)
{
    const CurrencyCode currency = statement.customer.currency;
    const auto amount = [&](qint64 minor) { return language.amount(minor, currency); };
    QVariantList items;
    bool discounts = false;
    for (const AgingDetailRow& row : statement.items) {
        const bool credit = row.bucket == AgingDetailRow::unappliedBucket;
        QVariantMap fields{{u"document"_s, row.document},
                           {u"issue_date"_s, language.shortDate(row.issueDate)},
                           {u"due_date"_s, language.shortDate(row.dueDate)},
                           {u"days_overdue"_s, row.ageDays && *row.ageDays > 0
                                                   ? language.locale().toString(*row.ageDays)
                                                   : QString()},
                           {u"open_amount"_s, amount(row.openMinor)},
                           {u"is_credit"_s, credit},
                           {u"reference"_s, credit ? QString() : referenceOf(row.document)}};
        discounts |= addDiscount(fields, row.discount, row.openMinor, currency, language);
        items.append(fields);
    }
    QVariantList aging;
    for (int i = 0; i < statement.buckets.count(); ++i) {
        aging.append(QVariantMap{{u"range"_s, statement.buckets.label(i)},
                                 {u"is_current"_s, i == 0},
                                 {u"amount"_s, amount(statement.bucketsMinor.value(i))}});
    }
    return {{u"company"_s, LetterFields::company(company)},
            {u"customer"_s, customer(statement.customer.name, statement.customer.code,
                                     statement.customer.address, statement.customer.email)},
            {u"items"_s, items},
            {u"has_items"_s, !items.isEmpty()},
            {u"aging"_s, aging},
            {u"unapplied"_s, amount(statement.unappliedMinor)},
            {u"has_unapplied"_s, statement.unappliedMinor != 0},
            {u"has_discount"_s, discounts},
            {u"total"_s, amount(statement.totalMinor)},
            {u"today"_s, language.longDate(statement.asOf)},
            {u"currency"_s, currency.code()}};
}

QVariantMap LetterFields::payment(const PaymentInstructions& instructions)
{
    return {{u"payment"_s, instructions.fields()},
            {u"payment_link"_s, instructions.link()},
            {u"has_payment_details"_s, instructions.hasDetails()}};
}

} // namespace ardesk
