#pragma once

#include <functional>
#include <optional>

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include "csv/CsvReader.h"
#include "domain/CurrencyCode.h"
#include "imports/ForeignAmount.h"

namespace ardesk {

class ForeignTable;
class ForeignTranslation;

// One row of another tool's invoice file: a line of an invoice, whose invoice-level fields
// (customer, dates, currency, description) count on the invoice's first row only.
struct ForeignInvoiceLine {
    const CsvRecord* row = nullptr;
    QString number;
    QString customer;
    std::optional<QDate> issueDate;
    std::optional<QDate> dueDate;
    QString currency;
    QString description;
    ForeignAmount quantity = ForeignAmount::one();
    ForeignAmount price = ForeignAmount::zero();
    ForeignAmount percentOff = ForeignAmount::zero();
    ForeignAmount amountOff = ForeignAmount::zero();
    // The tax the file states for the line (Xero TaxAmount, QuickBooks ItemTaxAmount).
    ForeignAmount tax = ForeignAmount::zero();
    int priceField = -1; // where a line that cannot be computed is reported
    int taxField = -1;
    int customerField = -1; // where a line naming another customer than its invoice is reported
    bool failed = false;    // a value of the row had a problem (already reported)
};

// Groups invoice lines by invoice number, in the order invoices first appear, and sums each
// invoice's rounded lines (ForeignAmount::lineMinor) in its customer's currency. An invoice with
// a bad line is left out: its problem is reported, and the import fails anyway. A later line
// that names another customer than the invoice's first is such a problem: the number may be
// one tool's for two customers' invoices, and no line is put under a customer it does not name.
class ForeignInvoices {
public:
    // The currency an invoice of this customer is in (the ledger's for an unknown customer,
    // which the native check then reports).
    using CurrencyOf = std::function<CurrencyCode(const QString& customer)>;

    ForeignInvoices(ForeignTable& table, CurrencyOf currencyOf);

    // The file's fields behind each native column, where the native check reports a problem
    // with it (-1: at no column).
    struct SourceFields {
        int number = -1;
        int customer = -1;
        int issueDate = -1;
        int dueDate = -1;
        int amount = -1;
        int currency = -1;
        int description = -1;
    };

    void add(const ForeignInvoiceLine& line);
    // Native invoice rows (invoice_number, customer_id, issue_date, due_date, amount,
    // currency, description) into `translation`, each column mapped to its source field.
    void translate(ForeignTranslation& translation, const SourceFields& fields) const;

private:
    struct Invoice {
        int line = 0;
        QString number;
        QString customer;
        std::optional<QDate> issueDate;
        std::optional<QDate> dueDate;
        QString currency;
        QString description;
        CurrencyCode currencyCode;
        qint64 amountMinor = 0;
        bool failed = false;
    };

    ForeignTable& m_table;
    CurrencyOf m_currencyOf;
    QList<Invoice> m_invoices;
    QHash<QString, qsizetype> m_byNumber;
};

} // namespace ardesk
