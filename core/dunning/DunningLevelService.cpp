#include "dunning/DunningLevelService.h"

#include "storage/Transaction.h"

using namespace Qt::StringLiterals;

namespace ardesk {

DunningLevelService::DunningLevelService(Database& database)
    : m_database(database)
    , m_repository(database)
{}

Result<QList<DunningLevel>> DunningLevelService::levels()
{
    return m_repository.list();
}

Result<void> DunningLevelService::validate(const QList<DunningLevel>& levels)
{
    if (levels.isEmpty())
        return fail(ErrorCode::InvalidInput, u"at least one reminder level is needed"_s);
    // The courtesy level 0 is optional; the reminders after the due date count from 1.
    const int first = levels.first().isCourtesy() ? DunningLevel::courtesyLevel : 1;
    int previousDays = 0;
    bool afterDue = false;
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const DunningLevel& level = levels.at(i);
        const int number = first + int(i);
        const auto bad = [&](const QString& what) {
            return fail(ErrorCode::InvalidInput, u"reminder level %1: %2"_s.arg(number).arg(what));
        };
        if (level.level != number)
            return bad(u"levels are numbered 1, 2, ... in order (0 before them for a courtesy "
                       "reminder), found %1"_s.arg(level.level));
        if (level.name.trimmed().isEmpty())
            return bad(u"the name is empty"_s);
        if (level.templateName.trimmed().isEmpty())
            return bad(u"the template is empty"_s);
        if (level.isCourtesy()) {
            if (level.daysOverdue > 0 || level.daysOverdue < -maximumDaysBeforeDue)
                return bad(u"a courtesy reminder goes out before or on the due date: days "
                           "overdue from -%1 to 0"_s.arg(maximumDaysBeforeDue));
        } else {
            if (level.daysOverdue <= previousDays)
                return bad(!afterDue ? u"the days overdue must be at least 1"_s
                                     : u"the days overdue must be more than the previous "
                                       "level's %1"_s.arg(previousDays));
            previousDays = level.daysOverdue;
            afterDue = true;
        }
        if (level.feeMinor < 0)
            return bad(u"the fee cannot be negative"_s);
        if (level.annualRateBasisPoints < 0 ||
            level.annualRateBasisPoints > maximumAnnualRateBasisPoints)
            return bad(u"the interest rate must be from 0 to 10000 basis points (100 %)"_s);
    }
    if (!afterDue)
        return fail(ErrorCode::InvalidInput,
                    u"at least one reminder level after the due date is needed"_s);
    return {};
}

Result<void> DunningLevelService::save(const QList<DunningLevel>& levels,
                                       const QList<DunningLevel>& asRead)
{
    if (auto ok = validate(levels); !ok)
        return ok;
    QList<DunningLevel> trimmed = levels;
    for (DunningLevel& level : trimmed) {
        level.name = level.name.trimmed();
        level.templateName = level.templateName.trimmed();
    }
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    const auto stored = m_repository.list();
    if (!stored)
        return std::unexpected(stored.error());
    if (*stored != asRead)
        return fail(ErrorCode::ChangedMeanwhile,
                    u"the reminder levels were changed by someone else since they were read"_s);
    if (auto replaced = m_repository.replaceAll(trimmed); !replaced)
        return replaced;
    return transaction->commit();
}

} // namespace ardesk
