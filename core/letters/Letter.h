#pragma once

#include <QString>

namespace ardesk {

// One business letter ready for layout: who it goes to, its date, and its body as the mail
// merge rendered it (HTML: subject, text, items table, totals, payment instructions).
struct Letter {
    QString recipient; // name and address lines, as the envelope window shows them
    QString date;      // already formatted in the letter's language
    QString bodyHtml;
    // The payment QR code's text (PaymentInstructions::qrPayload()); none when empty. The
    // painter draws it at a fixed place of the first page, right of the address window.
    QString paymentQr;
    // The foot of every page (the `letter-footer` template: registration, tax and bank
    // details); none when empty.
    QString footHtml;
    // "Page %1 of %2" in the letter's language, under the body of a letter of several pages.
    QString pageLabel;
};

} // namespace ardesk
