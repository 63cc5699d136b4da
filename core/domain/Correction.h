#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include "domain/Ids.h"

namespace ardesk {

// One change made to a saved document, kept for good: what was changed and how, so that a
// customer's history shows every correction next to the documents it touched. A document that
// is deleted keeps its corrections, which is why they name it by number or code, not by id.
struct Correction {
    enum class DocumentKind { Invoice, Payment, CreditNote };
    enum class Action { Edit, Void, Unapply, Apply, Delete };

    qint64 id = 0;
    CustomerId customerId;
    DocumentKind documentKind = DocumentKind::Invoice;
    QString document; // its number or code when the change was made
    Action action = Action::Edit;
    // Edit: the field (number, issue_date, due_date, amount, description); un-apply and apply:
    // the invoice the money left or went to. Amounts are minor units, dates ISO, as text.
    QString field;
    QString oldValue;
    QString newValue;
    QDate date; // the business date of a void or an (un-)application; invalid for the others
    QString reason;
    QDateTime madeAt; // UTC, from Clock
};

} // namespace ardesk
