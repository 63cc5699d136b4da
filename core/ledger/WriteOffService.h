#pragma once

#include <optional>

#include <QDate>
#include <QString>

#include "domain/Error.h"
#include "domain/WriteOff.h"
#include "ledger/InvoiceLookup.h"
#include "storage/AllocationRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/PlanRepository.h"
#include "storage/WriteOffRepository.h"

namespace ardesk {

class Database;

// Writes off (part of) an invoice: the amount leaves AR from the write-off's date on, but it
// is no credit sale adjustment (unlike a credit note).
class WriteOffService {
public:
    struct Request {
        QString invoiceNumber;
        QDate date;
        std::optional<qint64> amountMinor; // empty: the whole amount open now
        QString reason;
    };

    explicit WriteOffService(Database& database);

    // NotFound for an unknown invoice.
    Result<InvoiceBalance> invoice(const QString& number);

    // What a write-off of the invoice could take now: its own open amount, or, once a plan
    // took it over, what is open on the plan's installments. NotFound for an unknown invoice.
    Result<qint64> openAmount(const QString& number);

    // NotFound for an unknown invoice; InvalidInput for nothing open, a non-positive amount or
    // more than is open.
    Result<WriteOff> writeOff(const Request& request);

private:
    // The items a write-off of the invoice fills, in order, with what is open on each.
    Result<QList<OpenInvoice>> itemsOf(const InvoiceBalance& invoice);

    Database& m_database;
    InvoiceLookup m_invoices;
    WriteOffRepository m_writeOffs;
    AllocationRepository m_allocations;
    PlanRepository m_plans;
};

} // namespace ardesk
