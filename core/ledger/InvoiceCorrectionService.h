#pragma once

#include <optional>

#include <QDate>
#include <QString>

#include "domain/Correction.h"
#include "domain/Error.h"
#include "storage/AllocationRepository.h"
#include "storage/CorrectionLogRepository.h"
#include "storage/CorrectionRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/WriteOffRepository.h"

namespace ardesk {

class Database;

// Corrections of invoices (and reminder charges; never plan installments), each in one
// transaction and each logged field by field:
// - edit: number, issue and due date, amount, description, under the rules of a new invoice
//   (a valid, free number; real dates; the ledger's amount limit), and never an amount below
//   what is applied to it now;
// - void: the invoice is kept, marked void with a date and reason, and leaves every report as
//   of that date on (a void row takes its amount off, like an allocation); refused while
//   payments, credit notes, write-offs or a plan are applied to it: those are un-applied first;
// - delete: only an invoice nothing ever used (no allocation, reminder, plan, activity …).
class InvoiceCorrectionService {
public:
    struct Edit {
        QString number; // the invoice to change
        std::optional<QString> newNumber;
        std::optional<QDate> issueDate;
        std::optional<QDate> dueDate;
        std::optional<qint64> amountMinor;
        std::optional<QString> description;
        QString reason;
        // The invoice as the editor read it. An editor sends every field, so saving it over a
        // change someone else made since would put theirs back unseen: given, such an edit is
        // refused with ChangedMeanwhile and nothing is written. Given, it names the invoice
        // (by id, so that a new number given meanwhile is such a change), not `number`.
        std::optional<CorrectableInvoice> asRead;
    };

    explicit InvoiceCorrectionService(Database& database);

    // NotFound for an unknown number.
    Result<CorrectableInvoice> invoice(const QString& number);
    // NotFound for an unknown id.
    Result<CorrectableInvoice> invoice(InvoiceId id);
    // How many fields changed (0: the values were those it had). NotFound for an unknown
    // invoice; InvalidInput for a void invoice or a value that breaks a rule, with the reason;
    // ChangedMeanwhile when the invoice is no longer as `request.asRead`.
    Result<int> edit(const Edit& request);
    Result<void> voidInvoice(const QString& number, QDate date, const QString& reason);
    Result<void> remove(const QString& number);

private:
    Result<void> log(const CorrectableInvoice& invoice, Correction::Action action,
                     const QString& field, const QString& oldValue, const QString& newValue,
                     QDate date, const QString& reason);

    Database& m_database;
    CorrectionRepository m_corrections;
    CorrectionLogRepository m_log;
    InvoiceRepository m_invoices;
    AllocationRepository m_allocations;
    WriteOffRepository m_writeOffs;
};

} // namespace ardesk
