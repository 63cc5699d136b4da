#pragma once

#include <optional>

#include <QDate>
#include <QList>
#include <QString>

#include "domain/Correction.h"
#include "domain/Credit.h"
#include "domain/Error.h"
#include "ledger/AllocationService.h"
#include "storage/AllocationRepository.h"
#include "storage/CorrectionLogRepository.h"
#include "storage/CorrectionRepository.h"

namespace ardesk {

class Database;

// Corrections of payments and credit notes, each in one transaction and each logged:
// - un-apply: money a credit pays on an invoice goes back to the credit's unapplied amount,
//   from the day of the un-application (a negative allocation dated that day); an early-payment
//   discount the payment earned on that invoice is taken back with it;
// - apply: unapplied money goes to invoices later, from the day of the application, by the
//   allocation rule or the user's shares (AllocationService's checks);
// - void: the credit is kept, marked void with a date and reason; everything it pays is
//   un-applied on that date and nothing of it counts from then on;
// - delete: only a credit that was never applied to anything.
// Every dated correction is on or after the credit's date and its latest allocation or
// correction, so that the history reads forwards and a report as of an earlier day is unchanged.
class CreditCorrectionService {
public:
    struct Unapply {
        Credit::Kind kind = Credit::Kind::Payment;
        QString code;
        QString invoiceNumber;             // empty: from every invoice it pays
        std::optional<qint64> amountMinor; // empty: all it pays there (needs an invoice)
        QDate date;
        QString reason;
    };
    struct Apply {
        Credit::Kind kind = Credit::Kind::Payment;
        QString code;
        QString invoiceNumber;             // empty: by the rule; else only to this invoice
        std::optional<qint64> amountMinor; // empty: all that is unapplied (or all it can take)
        QDate date;
        QList<AllocationShare> shares; // when given, these instead of the invoice or the rule
        QString reason;
    };

    explicit CreditCorrectionService(Database& database);

    // NotFound for an unknown code.
    Result<CorrectableCredit> credit(Credit::Kind kind, const QString& code);
    // What the credit pays now, invoice by invoice.
    Result<QList<CreditApplication>> applications(Credit::Kind kind, const QString& code);

    // The total un-applied. InvalidInput when the credit is void, pays nothing (there), the
    // amount is not positive or more than it pays there, or the date is too early.
    Result<qint64> unapply(const Unapply& request);
    // The shares written. InvalidInput when the credit is void, has nothing unapplied (or less
    // than the amount), nothing is open to take it, a share breaks the allocation rules, or the
    // date is too early.
    Result<QList<AllocationShare>> apply(const Apply& request);
    // InvalidInput when already void, without a reason, or dated too early.
    Result<void> voidCredit(Credit::Kind kind, const QString& code, QDate date,
                            const QString& reason);
    // InvalidInput once the credit was applied to anything (void it instead).
    Result<void> remove(Credit::Kind kind, const QString& code);

private:
    // The credit, refused when void or when `date` comes before its latest change.
    Result<CorrectableCredit> correctable(Credit::Kind kind, const QString& code, QDate date);
    // Takes `amountMinor` of what `credit` pays on `application` back on `date`, with the
    // discounts earned there, and logs it; the caller keeps the credit's unapplied amount.
    Result<void> takeBack(const CorrectableCredit& credit, const CreditApplication& application,
                          qint64 amountMinor, QDate date, const QString& reason);
    Result<void> log(const CorrectableCredit& credit, Correction::Action action,
                     const QString& field, const QString& oldValue, const QString& newValue,
                     QDate date, const QString& reason);

    Database& m_database;
    CorrectionRepository m_corrections;
    CorrectionLogRepository m_log;
    AllocationRepository m_allocations;
    AllocationService m_allocationService;
};

} // namespace ardesk
