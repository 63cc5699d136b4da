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
    int previousDays = 0;
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const DunningLevel& level = levels.at(i);
        const auto bad = [&](const QString& what) {
            return fail(ErrorCode::InvalidInput, u"reminder level %1: %2"_s.arg(i + 1).arg(what));
        };
        if (level.level != i + 1)
            return bad(u"levels are numbered 1, 2, ... in order, found %1"_s.arg(level.level));
        if (level.name.trimmed().isEmpty())
            return bad(u"the name is empty"_s);
        if (level.templateName.trimmed().isEmpty())
            return bad(u"the template is empty"_s);
        if (level.daysOverdue <= previousDays)
            return bad(i == 0 ? u"the days overdue must be at least 1"_s
                              : u"the days overdue must be more than the previous level's %1"_s.arg(
                                    previousDays));
        if (level.feeMinor < 0)
            return bad(u"the fee cannot be negative"_s);
        if (level.annualRateBasisPoints < 0 ||
            level.annualRateBasisPoints > maximumAnnualRateBasisPoints)
            return bad(u"the interest rate must be from 0 to 10000 basis points (100 %)"_s);
        previousDays = level.daysOverdue;
    }
    return {};
}

Result<void> DunningLevelService::save(const QList<DunningLevel>& levels)
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
    if (auto replaced = m_repository.replaceAll(trimmed); !replaced)
        return replaced;
    return transaction->commit();
}

} // namespace ardesk
