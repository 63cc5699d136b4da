#pragma once

#include <QList>

#include "domain/Error.h"
#include "domain/ReminderNotice.h"
#include "storage/DunningLevelRepository.h"

namespace ardesk {

class Database;

// The editable reminder levels. A save replaces them all in one transaction, after checking
// that they still make a dunning ladder the selection can walk.
class DunningLevelService {
public:
    static constexpr int maximumAnnualRateBasisPoints = 10'000; // 100 % a year
    // A courtesy reminder goes out at most this many days before the due date.
    static constexpr int maximumDaysBeforeDue = 365;

    explicit DunningLevelService(Database& database);

    Result<QList<DunningLevel>> levels();
    // Replaces `asRead`, the levels the editor started from, with `levels`. InvalidInput, ledger
    // unchanged, unless validate() accepts them; ChangedMeanwhile, ledger unchanged, when the
    // stored levels are no longer `asRead` (someone else saved theirs since).
    Result<void> save(const QList<DunningLevel>& levels, const QList<DunningLevel>& asRead);

    // At least one level after the due date; numbered 1, 2, ... in order, optionally after a
    // courtesy level 0; names and templates not blank; level 0's days overdue from -365 to 0
    // (before or on the due date), the others' at least 1 and strictly increasing (a higher
    // level is reached later); fee >= 0 (a courtesy level's is never charged); rate from 0 to
    // 10000 basis points. Switched-off levels obey the same rules. The detail names the first
    // bad level.
    static Result<void> validate(const QList<DunningLevel>& levels);

private:
    Database& m_database;
    DunningLevelRepository m_repository;
};

} // namespace ardesk
