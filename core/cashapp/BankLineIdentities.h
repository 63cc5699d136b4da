#pragma once

#include <QHash>
#include <QString>

#include "bank/BankStatement.h"

namespace ardesk {

// The identities of one file's lines. A line the bank gives an id to is known by it; otherwise
// by its booking date, amount, counterparty and reference. Either way the occurrence of that
// key within the file is part of it, so two equal lines of one day (two customers paying the
// same amount without a reference) stay two lines, while the same day read again from an
// overlapping statement gives the same identities and adds nothing.
class BankLineIdentities {
public:
    // The next identity for `entry` of the statement of `account`.
    QString next(const QString& account, const BankEntry& entry);

private:
    QHash<QString, int> m_occurrences; // account + key -> how often seen in this file
};

} // namespace ardesk
