#pragma once

#include <QVariantMap>

#include "domain/CompanyDetails.h"
#include "domain/ReminderNotice.h"
#include "ledger/Statement.h"
#include "letters/LetterLanguage.h"

namespace ardesk {

// The mail-merge fields of a letter, formatted for the letter's language: what a template may
// use. Shared by every letter: company.{name,address,return_line,email,phone,tax_id,
// registration,has_bank_account}, company.bank.{account_holder,iban,bic,account_number,routing},
// customer.{name,code,address,email}, today, currency.
class PaymentInstructions;

class LetterFields {
public:
    // The `company.*` fields every letter has.
    static QVariantMap company(const CompanyDetails& company);
    // The `customer.*` fields.
    static QVariantMap customer(const QString& name, const QString& code, const QString& address,
                                const QString& email);
    // Reminder and statement items also have has_discount, discount, discount_until and
    // discounted_amount (what settles the item by then), and the letter has_discount when any
    // item offers an early-payment discount on the letter's date.
    // Also items [{document, issue_date, due_date, days_overdue, open_amount, interest,
    // reference, kind, is_invoice, is_installment, is_charge}], total_due, total_overdue, interest,
    // fee, has_interest, has_fee, level.{number,name}.
    static QVariantMap reminder(const ReminderNotice& notice, const CompanyDetails& company,
                                const LetterLanguage& language);
    // Also items [{document, issue_date, due_date, days_overdue, open_amount, is_credit,
    // reference}], aging [{range, is_current, amount}], unapplied, has_unapplied, total.
    static QVariantMap statement(const Statement& statement, const CompanyDetails& company,
                                 const LetterLanguage& language);
    // How to pay, which reminders and statements add to the fields above (LetterComposer):
    // `payment.*` (PaymentInstructions::fields()), `payment_link`, `has_payment_details`.
    static QVariantMap payment(const PaymentInstructions& instructions);

private:
    // Adds an item's early-payment discount fields; true when it offers one.
    static bool addDiscount(QVariantMap& item, const DiscountOffer& offer, qint64 openMinor,
                            CurrencyCode currency, const LetterLanguage& language);
};

} // namespace ardesk
