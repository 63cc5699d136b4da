#pragma once

#include <functional>

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include "domain/CurrencyCode.h"
#include "domain/DiscountOffer.h"
#include "domain/Error.h"
#include "domain/Ids.h"

namespace ardesk {

class Database;

// The customer of the overdue items that follow it in the scan.
struct DunningCustomer {
    CustomerId id;
    QString code;
    QString name;
    QString email;
    QString address;
    QString language;
    CurrencyCode currency;
};

// One item (invoice or plan installment) open as of the run's date and due by the scan's limit.
struct OverdueItem {
    InvoiceId id;
    QString document;
    QDate issueDate;
    QDate dueDate;
    qint64 openMinor = 0;
    DiscountOffer discount; // what the invoice offers for early payment
    // The highest level sent on or before the run's date; DunningLevel::noLevel when none.
    int lastLevel = -1;
    bool installment = false; // a plan's installment (kind 'S')
    bool charge = false;      // a reminder charge
};

// A promise to pay that runs on the run's date: about one invoice, or (invoice invalid) about
// the customer's whole account.
struct RunningPromise {
    CustomerId customer;
    InvoiceId invoice;
};

// What the dunning selection reads: a few whole-ledger queries, never one per item.
class DunningRepository {
public:
    explicit DunningRepository(Database& database);

    // Every item open as of `asOf` and due on or before `dueBy`, of customers neither on hold nor
    // with a collection agency on `asOf`, in one ordered scan: customers by name, code
    // (code-point order), then each customer's items by due date and document. `onCustomer` is
    // called before the first item of each customer.
    Result<void> scanOverdueItems(QDate asOf, QDate dueBy,
                                  const std::function<void(const DunningCustomer&)>& onCustomer,
                                  const std::function<void(const OverdueItem&)>& onItem);
    // The items under a dispute open on `asOf` (opened on or before it, not resolved by then).
    Result<QSet<InvoiceId>> disputedItems(QDate asOf);
    // The promises to pay that run on `asOf`: made on or before it, pay-by date not yet passed.
    Result<QList<RunningPromise>> runningPromises(QDate asOf);

private:
    Database& m_database;
};

} // namespace ardesk
