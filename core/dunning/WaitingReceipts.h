#pragma once

#include <QDate>
#include <QList>
#include <QStringList>

#include "cashapp/BankMatch.h"
#include "domain/Error.h"
#include "domain/ReminderNotice.h"

namespace ardesk {

class Database;

// Bank receipts not applied yet when reminders go out: a customer about to be reminded may
// already have paid. The reminder preview names them, with the customer the matcher sees in
// each, so the bookkeeper applies the statement first.
class WaitingReceipts {
public:
    explicit WaitingReceipts(Database& database);

    // The open bank lines booked on or before `asOf`, each with the matcher's proposal (its
    // customer is empty where the matcher knows none). Nothing is posted.
    Result<QList<BankMatch>> find(QDate asOf);

    // The warning in plain English for the command line, one line each: the receipts that
    // may come from a customer of `notices` first, then how many others wait. Empty when no
    // receipt waits.
    static QStringList describe(const QList<BankMatch>& waiting,
                                const QList<ReminderNotice>& notices);

private:
    Database& m_database;
};

} // namespace ardesk
