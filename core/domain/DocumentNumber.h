#pragma once

#include <QString>

namespace ardesk {

// Document numbers as people write them: a prefix and a running number ("INV-0041").
class DocumentNumber {
public:
    // The number after `last`: its trailing digits counted up, keeping their width
    // ("INV-0041" → "INV-0042", "P-99" → "P-100"); "" when `last` ends in no digit, since
    // there is then no series to continue.
    static QString next(const QString& last);
};

} // namespace ardesk
