// The editable dunning levels: the contract's four defaults, and the checks that keep
// an edited ladder one the selection can walk.

#include <catch2/catch.hpp>

#include "dunning/DunningLevelService.h"
#include "storage/Database.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::ServiceLedger;

namespace {

QString describe(const QList<DunningLevel>& levels)
{
    QStringList lines;
    for (const DunningLevel& level : levels)
        lines.append(u"%1 %2 %3 %4 %5 %6"_s.arg(level.level)
                         .arg(level.name)
                         .arg(level.daysOverdue)
                         .arg(level.feeMinor)
                         .arg(level.annualRateBasisPoints)
                         .arg(level.templateName));
    return lines.join(u'\n');
}

} // namespace

TEST_CASE("A new ledger has the contract's four reminder levels", "[dunning][levels]")
{
    ServiceLedger ledger;
    const auto levels = DunningLevelService(ledger.database()).levels();
    REQUIRE(levels);
    // And before them the courtesy level, switched off (see TestCourtesyReminders).
    CHECK(describe(*levels) == u"0 Upcoming payment -3 0 0 reminder-0\n"
                               "1 Payment reminder 1 0 0 reminder-1\n"
                               "2 Second reminder 15 0 0 reminder-2\n"
                               "3 Final notice 30 0 0 reminder-3\n"
                               "4 Collection agency notice 60 0 0 reminder-4"_s);
    for (const DunningLevel& level : *levels)
        CHECK(level.channel == ReminderChannel::Letter);
}

TEST_CASE("An edited ladder is stored and read back", "[dunning][levels]")
{
    ServiceLedger ledger;
    DunningLevelService service(ledger.database());
    const QList<DunningLevel> defaults = *service.levels();
    QList<DunningLevel> edited = defaults.mid(1, 3); // without the courtesy level
    edited[0].name = u"  Friendly reminder "_s;
    edited[1].daysOverdue = 20;
    edited[2].feeMinor = 15'00;
    edited[2].annualRateBasisPoints = 10'000;
    edited[2].channel = ReminderChannel::Email;
    REQUIRE(service.save(edited, *service.levels()));
    const auto saved = service.levels();
    REQUIRE(saved);
    CHECK(describe(*saved) == u"1 Friendly reminder 1 0 0 reminder-1\n"
                              "2 Second reminder 20 0 0 reminder-2\n"
                              "3 Final notice 30 1500 10000 reminder-3"_s);
    CHECK(saved->at(2).channel == ReminderChannel::Email);
}

TEST_CASE("A bad ladder is refused and changes nothing", "[dunning][levels]")
{
    struct Bad {
        const char* what;
        std::function<void(QList<DunningLevel>&)> change;
        const char* message;
    };
    const Bad bad = GENERATE(
        Bad{"no level", [](QList<DunningLevel>& l) { l.clear(); }, "at least one"},
        Bad{"a gap in the numbers", [](QList<DunningLevel>& l) { l.removeAt(1); },
            "reminder level 2: levels are numbered"},
        Bad{"a blank name", [](QList<DunningLevel>& l) { l[2].name = u"  "_s; },
            "reminder level 3: the name is empty"},
        Bad{"a blank template", [](QList<DunningLevel>& l) { l[0].templateName.clear(); },
            "reminder level 1: the template is empty"},
        Bad{"zero days", [](QList<DunningLevel>& l) { l[0].daysOverdue = 0; },
            "reminder level 1: the days overdue must be at least 1"},
        Bad{"days not increasing", [](QList<DunningLevel>& l) { l[2].daysOverdue = 15; },
            "reminder level 3: the days overdue must be more than the previous level's 15"},
        Bad{"a negative fee", [](QList<DunningLevel>& l) { l[1].feeMinor = -1; },
            "reminder level 2: the fee cannot be negative"},
        Bad{"a rate over 100 %",
            [](QList<DunningLevel>& l) { l[3].annualRateBasisPoints = 10'001; },
            "reminder level 4: the interest rate"},
        Bad{"a negative rate", [](QList<DunningLevel>& l) { l[3].annualRateBasisPoints = -1; },
            "reminder level 4: the interest rate"});
    ServiceLedger ledger;
    DunningLevelService service(ledger.database());
    // The reminder levels alone: indexes are level numbers - 1.
    const QList<DunningLevel> defaults = service.levels()->mid(1);
    REQUIRE(service.save(defaults, *service.levels()));
    INFO(bad.what);
    QList<DunningLevel> edited = defaults;
    bad.change(edited);
    const auto saved = service.save(edited, *service.levels());
    REQUIRE_FALSE(saved);
    CHECK(saved.error().code == ErrorCode::InvalidInput);
    CHECK(saved.error().detail.startsWith(QString::fromUtf8(bad.message)));
    CHECK(describe(*service.levels()) == describe(defaults));
}

TEST_CASE("Levels someone else saved since they were read are not replaced, theirs kept",
          "[dunning][levels]")
{
    ServiceLedger ledger;
    DunningLevelService mine(ledger.database());
    // Another bookkeeper's window on the same ledger.
    auto other = Database::open(ledger.path());
    REQUIRE(other);
    DunningLevelService theirs(**other);
    const QList<DunningLevel> asRead = *mine.levels();

    QList<DunningLevel> withFee = asRead;
    withFee[2].feeMinor = 5'00;
    REQUIRE(theirs.save(withFee, asRead));

    QList<DunningLevel> renamed = asRead;
    renamed[1].name = u"Friendly reminder"_s;
    const auto refused = mine.save(renamed, asRead);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::ChangedMeanwhile);
    CHECK(describe(*theirs.levels()) == describe(withFee));

    // Edited from what is stored now, it saves, and their fee stays.
    renamed = *mine.levels();
    renamed[1].name = u"Friendly reminder"_s;
    REQUIRE(mine.save(renamed, withFee));
    const QList<DunningLevel> saved = *theirs.levels();
    CHECK(saved[1].name == u"Friendly reminder"_s);
    CHECK(saved[2].feeMinor == 5'00);
}
