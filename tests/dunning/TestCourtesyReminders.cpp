// Courtesy reminders before the due date (contract Part 2, 3): the level 0 "Upcoming payment",
// off by default, follows the once-per-item and 7-day rules and never raises a fee or
// interest. On DunningLedger: A1 and B1 fall due on 2025-03-01, A2 on 2025-03-20; H is on hold.

#include <catch2/catch.hpp>

#include "DunningLedger.h"
#include "dunning/DunningLevelService.h"
#include "storage/InvoiceRepository.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::day;
using ardesk::test::DunningLedger;

namespace {

// Switches the courtesy level on at `daysOverdue` (e.g. -3), with `feeMinor` and `rate`
// configured on it to show they are never charged.
void enableCourtesy(DunningLedger& ledger, int daysOverdue, qint64 feeMinor = 0, int rate = 0)
{
    DunningLevelService levels(ledger.database());
    auto ladder = *levels.levels();
    REQUIRE(ladder.first().isCourtesy());
    ladder[0].enabled = true;
    ladder[0].daysOverdue = daysOverdue;
    ladder[0].feeMinor = feeMinor;
    ladder[0].annualRateBasisPoints = rate;
    const auto saved = levels.save(ladder, *levels.levels());
    INFO((saved ? std::string() : saved.error().detail.toStdString()));
    REQUIRE(saved);
}

} // namespace

TEST_CASE("A new ledger has the courtesy level, switched off", "[dunning][courtesy]")
{
    DunningLedger ledger;
    const auto levels = DunningLevelService(ledger.database()).levels();
    REQUIRE(levels);
    REQUIRE(levels->size() == 5);
    const DunningLevel& courtesy = levels->first();
    CHECK(courtesy.level == 0);
    CHECK(courtesy.name == u"Upcoming payment"_s);
    CHECK(courtesy.daysOverdue == -3);
    CHECK(courtesy.templateName == u"reminder-0"_s);
    CHECK_FALSE(courtesy.enabled);
    for (qsizetype i = 1; i < levels->size(); ++i)
        CHECK(levels->at(i).enabled);
    // Off: nothing goes out before the due date.
    CHECK(ledger.run("2025-02-26") == "");
    CHECK(ledger.run("2025-03-01") == "");
}

TEST_CASE("A courtesy reminder goes out from its days before the due date, once per item",
          "[dunning][courtesy]")
{
    DunningLedger ledger;
    enableCourtesy(ledger, -3);
    // Four days before: not yet. Three days before: A1 and B1 (H is on hold); A2 is not due
    // within three days.
    CHECK(ledger.run("2025-02-25") == "");
    CHECK(ledger.runAndRecord("2025-02-26") == "A,Alpha,0,INV-A1,100.00,letter\n"
                                               "B,Beta,0,INV-B1,200.00,letter\n");
    // Once per item, and the 7-day rule counts it: nothing on the due date or after.
    CHECK(ledger.run("2025-02-26") == "");
    CHECK(ledger.run("2025-03-01") == "");
    // Overdue, the items go on to level 1 once the 7 days have passed (2025-03-05).
    CHECK(ledger.run("2025-03-04") == "");
    CHECK(ledger.runAndRecord("2025-03-05") == "A,Alpha,1,INV-A1,100.00,letter\n"
                                               "B,Beta,1,INV-B1,200.00,letter\n");
    // On 2025-03-17 A2 (due 2025-03-20) is within the courtesy days, but A1 (16 days overdue)
    // reaches level 2: one letter per customer, and the overdue reminder wins; it lists what is
    // late, not what is soon due.
    const auto notices = ledger.dunning().select(day("2025-03-17"));
    REQUIRE(notices);
    REQUIRE(notices->size() == 2);
    const ReminderNotice& alpha = notices->first();
    CHECK(alpha.level.level == 2);
    REQUIRE(alpha.items.size() == 1);
    CHECK(alpha.items.first().document == u"INV-A1"_s);
}

TEST_CASE("A courtesy reminder lists only the items soon due", "[dunning][courtesy]")
{
    DunningLedger ledger;
    enableCourtesy(ledger, -5);
    // A1 gets its first reminder on 2025-03-05; on 2025-03-15 A1 (14 days) is short of level
    // 2's 15 days, so nothing overdue is raised, while A2 (due 2025-03-20) is within 5 days.
    CHECK(ledger.runAndRecord("2025-03-05") == "A,Alpha,1,INV-A1,100.00,letter\n"
                                               "B,Beta,1,INV-B1,200.00,letter\n");
    const auto notices = ledger.dunning().select(day("2025-03-15"));
    REQUIRE(notices);
    REQUIRE(notices->size() == 1);
    const ReminderNotice& alpha = notices->first();
    CHECK(alpha.customerCode == u"A"_s);
    CHECK(alpha.level.level == 0);
    CHECK(alpha.level.templateName == u"reminder-0"_s);
    REQUIRE(alpha.items.size() == 1);
    CHECK(alpha.items.first().document == u"INV-A2"_s);
    CHECK(alpha.items.first().daysOverdue == -5);
    CHECK(alpha.items.first().raised);
    CHECK(alpha.totalDueMinor == 50'00);
}

TEST_CASE("A courtesy reminder never charges a fee or interest, even when configured",
          "[dunning][courtesy]")
{
    DunningLedger ledger;
    enableCourtesy(ledger, -3, 25'00, 10'000);
    const auto notices = ledger.dunning().select(day("2025-02-26"));
    REQUIRE(notices);
    REQUIRE(notices->size() == 2);
    for (const ReminderNotice& notice : *notices) {
        CAPTURE(notice.customerCode.toStdString());
        CHECK(notice.level.level == 0);
        CHECK(notice.feeMinor == 0);
        CHECK(notice.interestMinor == 0);
        CHECK(notice.totalDueMinor == notice.totalOverdueMinor);
        for (const ReminderItem& item : notice.items)
            CHECK(item.interestMinor == 0);
    }
    // Booking charges books nothing for it.
    ledger.dunning().setBookCharges(true);
    REQUIRE(ledger.dunning().record(*notices, ReminderChannel::Letter, day("2025-02-26")));
    InvoiceRepository invoices(ledger.database());
    for (const ReminderNotice& notice : *notices) {
        const auto charge =
            invoices.findByNumber(DunningService::chargeNumber(notice, day("2025-02-26")));
        REQUIRE(charge);
        CHECK_FALSE(charge->has_value());
    }
    // Once overdue, an item whose last level is the courtesy one still carries no interest
    // until level 1 is sent: level 1 has none here, so the letter on 2025-03-05 has none.
    const auto overdue = ledger.dunning().select(day("2025-03-05"));
    REQUIRE(overdue);
    REQUIRE(overdue->size() == 2);
    CHECK(overdue->first().level.level == 1);
    CHECK(overdue->first().interestMinor == 0);
    CHECK(overdue->first().feeMinor == 0);
}

TEST_CASE("The courtesy level's rules", "[dunning][courtesy][levels]")
{
    DunningLedger ledger;
    DunningLevelService service(ledger.database());
    const QList<DunningLevel> defaults = *service.levels();
    struct Bad {
        const char* what;
        std::function<void(QList<DunningLevel>&)> change;
        const char* message;
    };
    const Bad bad = GENERATE(
        Bad{"after the due date", [](QList<DunningLevel>& l) { l[0].daysOverdue = 1; },
            "reminder level 0: a courtesy reminder goes out before or on the due date"},
        Bad{"more than a year before", [](QList<DunningLevel>& l) { l[0].daysOverdue = -366; },
            "reminder level 0: a courtesy reminder goes out before or on the due date"},
        Bad{"alone", [](QList<DunningLevel>& l) { l = l.mid(0, 1); },
            "at least one reminder level after the due date"},
        Bad{"a level 1 at 0 days", [](QList<DunningLevel>& l) { l[1].daysOverdue = 0; },
            "reminder level 1: the days overdue must be at least 1"});
    INFO(bad.what);
    QList<DunningLevel> edited = defaults;
    bad.change(edited);
    const auto saved = service.save(edited, *service.levels());
    REQUIRE_FALSE(saved);
    CHECK(saved.error().code == ErrorCode::InvalidInput);
    CHECK(saved.error().detail.startsWith(QString::fromUtf8(bad.message)));
    CHECK(service.levels()->size() == defaults.size());

    // On the due date itself (0) and without the courtesy level at all are both fine; a
    // switched-off level 2 is passed by.
    QList<DunningLevel> dueDay = defaults;
    dueDay[0].daysOverdue = 0;
    dueDay[0].enabled = true;
    REQUIRE(service.save(dueDay, *service.levels()));
    CHECK(service.levels()->first().enabled);
    CHECK(service.levels()->first().daysOverdue == 0);
    REQUIRE(service.save(defaults.mid(1), *service.levels()));
    CHECK(service.levels()->first().level == 1);
}

TEST_CASE("A switched-off level is passed by", "[dunning][levels]")
{
    DunningLedger ledger;
    DunningLevelService service(ledger.database());
    auto ladder = *service.levels();
    ladder[2].enabled = false; // level 2
    REQUIRE(service.save(ladder, *service.levels()));
    CHECK(ledger.runAndRecord("2025-03-10") == "A,Alpha,1,INV-A1,100.00,letter\n"
                                               "B,Beta,1,INV-B1,200.00,letter\n");
    // 2025-03-20: 19 days overdue, level 2 (15) is off and level 3 (30) not reached.
    CHECK(ledger.run("2025-03-20") == "");
    CHECK(ledger.run("2025-03-31") == "A,Alpha,3,INV-A1;INV-A2,150.00,letter\n"
                                      "B,Beta,3,INV-B1,200.00,letter\n");
}
