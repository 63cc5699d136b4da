#pragma once

#include <QVariantMap>

#include "domain/CompanyDetails.h"
#include "domain/ReminderNotice.h"
#include "ledger/Statement.h"
#include "letters/LetterLanguage.h"

namespace ardesk {

// The mail-merge fields of a letter, formatted for the letter's language: what a template may
// use. Shared by every letter: company.{name,address,email,phone,tax_id},
// customer.{name,code,address,email}, today, currency.
class LetterFields {
public:
    // Also items [{document, issue_date, due_date, days_overdue, open_amount, interest}],
    // total_due, total_overdue, interest, fee, has_interest, has_fee, level.{number,name}.
    // The `company.*` fields every letter has.
    static QVariantMap company(const CompanyDetails& company);
    // The `customer.*` fields.
    static QVariantMap customer(const QString& name, const QString& code, const QString& address,
                                const QString& email);
    static QVariantMap reminder(const ReminderNotice& notice, const CompanyDetails& company,
                                const LetterLanguage& language);
    // Also items [{document, issue_date, due_date, days_overdue, open_amount, is_credit}],
    // aging [{range, is_current, amount}], unapplied, has_unapplied, total.
    static QVariantMap statement(const Statement& statement, const CompanyDetails& company,
                                 const LetterLanguage& language);
};

} // namespace ardesk
