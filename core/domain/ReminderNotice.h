#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include "domain/CurrencyCode.h"
#include "domain/DiscountOffer.h"
#include "domain/Ids.h"

namespace ardesk {

// How a reminder level reaches the customer.
enum class ReminderChannel { Letter, Email, Both };

// One dunning level as the ledger stores it (editable; the defaults are the spec's four and the
// courtesy level 0, switched off).
struct DunningLevel {
    // Level 0 is the courtesy reminder before the due date: it never charges a fee or interest.
    static constexpr int courtesyLevel = 0;
    // An item no level was sent for yet (reminder_log holds none for it).
    static constexpr int noLevel = -1;

    int level = 0;       // 0 (courtesy, optional), 1, 2, 3, ...
    QString name;        // "Payment reminder"
    int daysOverdue = 0; // an item reaches the level this many days past due (level 0: <= 0)
    ReminderChannel channel = ReminderChannel::Letter;
    qint64 feeMinor = 0;           // fixed fee per letter, in the customer's currency
    int annualRateBasisPoints = 0; // late-payment interest, 800 = 8.00 % a year; 0 = none
    QString templateName;          // resource/template key, e.g. "reminder-1"; per language files
    bool enabled = true;           // a switched-off level is never sent; the run passes it by

    bool isCourtesy() const { return level == courtesyLevel; }
    bool operator==(const DunningLevel&) const = default;
};

// One item in a reminder: an invoice or a plan installment (PLAN-<id>/<n>), overdue, or in a
// courtesy reminder soon due (daysOverdue <= 0).
struct ReminderItem {
    InvoiceId item;
    QString document;
    QDate issueDate;
    QDate dueDate;
    int daysOverdue = 0;
    qint64 openMinor = 0;
    // Late-payment interest: open × rate × days overdue / 365, rounded half-up per item.
    qint64 interestMinor = 0;
    // The early-payment discount a payment on the letter's date still earns (a courtesy
    // reminder's items may offer one); none once its last day has passed.
    DiscountOffer discount;
    // The item's level after this run: the one it is raised to, or the last one sent
    // (DunningLevel::noLevel when none).
    int level = DunningLevel::noLevel;
    // Whether this run raises the item to `level`. Only raised items are recorded in the
    // reminder log; the others are listed because the letter names all overdue items.
    bool raised = true;
    // A plan's installment (PLAN-<id>/<n>), or a reminder charge (REM-…); else an invoice.
    // The letter names each as what it is.
    bool installment = false;
    bool charge = false;
};

// What one letter or e-mail to one customer says: the data the mail merge fills a template
// with. Plain values only, so the selection (DunningService), the letters (mustache → HTML →
// PDF) and the e-mail share it without knowing of each other.
struct ReminderNotice {
    CustomerId customer;
    QString customerCode;
    QString customerName;
    QString customerEmail;
    QString customerAddress; // several lines
    QString language;        // en, de, fr, es: picks the template
    CurrencyCode currency;
    QDate asOf;
    DunningLevel level;           // the highest level any item reaches: picks the template
    QList<ReminderItem> items;    // all the customer's overdue items that are not held back
    qint64 totalOverdueMinor = 0; // sum of the items' open amounts
    qint64 interestMinor = 0;     // sum of the items' interest
    qint64 feeMinor = 0;          // the level's fee (none for a courtesy reminder)
    qint64 totalDueMinor = 0;     // overdue + interest + fee
};

} // namespace ardesk
