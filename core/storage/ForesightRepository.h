#pragma once

#include <vector>

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include "domain/Activity.h"
#include "domain/Error.h"

namespace ardesk {

class Database;

// Reads for the payment predictions (foresight/), shaped for a million invoices: one covering
// index scan into compact rows, days as Julian day numbers so the statistics never parse a date
// twice. Everything is read whole and filtered by date in C++, so one read serves a prediction
// as of any date and a backtest's split and horizon alike.

// An invoice, installment or reminder charge: when it was issued, due and fully settled.
struct ForesightItem {
    qint64 invoiceId = 0;
    qint64 customerId = 0;
    qint64 amountMinor = 0;
    qint32 issueDay = 0;
    qint32 dueDay = 0;
    qint32 settledDay = 0; // the day of 9999-12-31 while anything is open
};

// An item open as of a date, with what the lists and the forecast show of it.
struct ForesightOpenItem {
    qint64 invoiceId = 0;
    qint64 customerId = 0;
    QString document;
    QString currency;
    qint64 amountMinor = 0;
    qint64 openMinor = 0;
    qint32 issueDay = 0;
    qint32 dueDay = 0;
    qint64 planId = 0; // 0 unless a plan installment
};

struct ForesightCustomer {
    qint64 id = 0;
    QString code;
    QString name;
    QString currency;
    int termsDays = 30;
};

// Something that happened to one item on a day: a reminder sent, or the item settled other than
// by the customer's money (written off, taken over by a plan).
struct ItemEvent {
    qint64 invoiceId = 0;
    qint64 customerId = 0;
    qint32 day = 0;
    int level = 0; // reminders only
};

class ForesightRepository {
public:
    explicit ForesightRepository(Database& database);

    // Every item issued on or before `issuedBy`, in no particular order.
    Result<std::vector<ForesightItem>> items(QDate issuedBy);
    // The items open as of `asOf` (the aging's rule), by customer id, due date, document.
    Result<QList<ForesightOpenItem>> openItems(QDate asOf);
    // By id, names included: they are read while the item scan runs, off the critical path.
    Result<QList<ForesightCustomer>> customers();
    // Items written off or covered by a plan, each with the day of that allocation.
    Result<QList<ItemEvent>> settlementsWithoutPayment();
    Result<QList<ItemEvent>> reminders();
    // Promises to pay and disputes, every date.
    Result<QList<Activity>> promisesAndDisputes();

private:
    Database& m_database;
};

} // namespace ardesk
