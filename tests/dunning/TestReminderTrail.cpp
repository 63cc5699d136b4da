// The reminders sent, read back from the reminder log: each notice in the customer's activity
// log with its level, date, channel and documents, and each invoice's last reminder in the
// invoice list, sorted by the database.

#include <catch2/catch.hpp>

#include "DunningLedger.h"
#include "ledger/ActivityService.h"
#include "ledger/InvoiceListService.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::day;
using ardesk::test::DunningLedger;

namespace {

// Alpha's INV-A1 and INV-A2 reach level 1 on 04-15 by letter and level 2 on 04-22 by e-mail;
// Beta's INV-B1 reaches level 1 on 04-15 by letter and is left out of the second run; Hold (on
// hold) is never reminded.
void sendTwoRuns(DunningLedger& ledger)
{
    for (const auto& [date, channel] : {std::pair{"2025-04-15", ReminderChannel::Letter},
                                        std::pair{"2025-04-22", ReminderChannel::Email}}) {
        auto notices = ledger.dunning().select(day(date));
        REQUIRE(notices);
        if (channel == ReminderChannel::Email)
            notices->removeIf([](const ReminderNotice& n) { return n.customerCode != u"A"_s; });
        const auto recorded = ledger.dunning().record(*notices, channel, day(date));
        INFO((recorded ? std::string() : recorded.error().detail.toStdString()));
        REQUIRE(recorded);
    }
}

QList<InvoiceListRow> listed(DunningLedger& ledger, InvoiceListQuery query)
{
    const auto rows = InvoiceListService(ledger.database()).page(query, 0, 100);
    INFO((rows ? std::string() : rows.error().detail.toStdString()));
    REQUIRE(rows);
    return *rows;
}

const InvoiceListRow& row(const QList<InvoiceListRow>& rows, const QString& number)
{
    const auto found = std::ranges::find(rows, number, &InvoiceListRow::number);
    REQUIRE(found != rows.end());
    return *found;
}

} // namespace

TEST_CASE("Each reminder sent is in the customer's activity log", "[dunning][activity]")
{
    DunningLedger ledger;
    sendTwoRuns(ledger);
    ActivityService activities(ledger.database());

    const auto alpha = activities.remindersSent(ledger.customer(u"A"_s), day("2025-04-30"));
    REQUIRE(alpha);
    REQUIRE(alpha->size() == 2);
    // Newest first, one entry per notice, naming every document it covered.
    const SentNotice& second = alpha->at(0);
    CHECK(second.date == day("2025-04-22"));
    CHECK(second.level == 2);
    CHECK(second.levelName == u"Second reminder"_s);
    CHECK(second.channel == ReminderChannel::Email);
    CHECK(second.documents == QList<QString>{u"INV-A1"_s, u"INV-A2"_s});
    const SentNotice& first = alpha->at(1);
    CHECK(first.date == day("2025-04-15"));
    CHECK(first.level == 1);
    CHECK(first.levelName == u"Payment reminder"_s);
    CHECK(first.channel == ReminderChannel::Letter);
    CHECK(first.documents == QList<QString>{u"INV-A1"_s, u"INV-A2"_s});

    // As of a day between the runs, only the first was sent.
    const auto before = activities.remindersSent(ledger.customer(u"A"_s), day("2025-04-21"));
    REQUIRE(before);
    REQUIRE(before->size() == 1);
    CHECK(before->first().level == 1);

    const auto beta = activities.remindersSent(ledger.customer(u"B"_s), day("2025-04-30"));
    REQUIRE(beta);
    REQUIRE(beta->size() == 1);
    CHECK(beta->first().documents == QList<QString>{u"INV-B1"_s});
    const auto hold = activities.remindersSent(ledger.customer(u"H"_s), day("2025-04-30"));
    REQUIRE(hold);
    CHECK(hold->isEmpty());
    // The stored activities are untouched: reminders are read from the log, never copied.
    CHECK(activities.history(ledger.customer(u"A"_s), day("2025-04-30"))->isEmpty());
}

TEST_CASE("A notice names its highest level, and a removed level by its number",
          "[dunning][activity]")
{
    DunningLedger ledger;
    // A level-1 reminder of INV-A1 alone, then one notice that raises INV-A1 to 2 and INV-A2 to
    // 1, recorded by hand as a run would.
    const auto a1 = ledger.invoice(u"INV-A1"_s);
    const auto a2 = ledger.invoice(u"INV-A2"_s);
    const auto alpha = ledger.customer(u"A"_s);
    const auto notices = ledger.dunning().select(day("2025-04-15"));
    REQUIRE(notices);
    ReminderNotice notice = notices->first();
    REQUIRE(notice.customer == alpha);
    notice.items = {{.item = a1, .document = u"INV-A1"_s, .level = 1}};
    REQUIRE(ledger.dunning().record(notice, ReminderChannel::Both, day("2025-04-01")));
    notice.items = {{.item = a2, .document = u"INV-A2"_s, .level = 1},
                    {.item = a1, .document = u"INV-A1"_s, .level = 2}};
    REQUIRE(ledger.dunning().record(notice, ReminderChannel::Letter, day("2025-04-15")));

    const auto sent = ActivityService(ledger.database()).remindersSent(alpha, day("2025-04-30"));
    REQUIRE(sent);
    REQUIRE(sent->size() == 2);
    CHECK(sent->at(0).level == 2);
    CHECK(sent->at(0).levelName == u"Second reminder"_s);
    CHECK(sent->at(0).documents == QList<QString>{u"INV-A1"_s, u"INV-A2"_s});
    CHECK(sent->at(1).channel == ReminderChannel::Both);
    CHECK(sent->at(1).documents == QList<QString>{u"INV-A1"_s});
}

TEST_CASE("The invoice list shows each invoice's last reminder and sorts by it",
          "[dunning][invoicelist]")
{
    DunningLedger ledger;
    sendTwoRuns(ledger);

    const auto rows = listed(ledger, InvoiceListQuery{.asOf = day("2025-04-30")});
    // Reminded twice at two levels: the second is the last.
    const auto& a1 = row(rows, u"INV-A1"_s).lastReminder;
    REQUIRE(a1);
    CHECK(a1->level == 2);
    CHECK(a1->levelName == u"Second reminder"_s);
    CHECK(a1->date == day("2025-04-22"));
    CHECK(a1->channel == ReminderChannel::Email);
    const auto& b1 = row(rows, u"INV-B1"_s).lastReminder;
    REQUIRE(b1);
    CHECK(b1->level == 1);
    CHECK(b1->date == day("2025-04-15"));
    CHECK(b1->channel == ReminderChannel::Letter);
    CHECK_FALSE(row(rows, u"INV-H1"_s).lastReminder);

    // As of a day between the runs, the list shows the first.
    const auto earlier = listed(ledger, InvoiceListQuery{.asOf = day("2025-04-21")});
    REQUIRE(row(earlier, u"INV-A1"_s).lastReminder);
    CHECK(row(earlier, u"INV-A1"_s).lastReminder->level == 1);
    CHECK(row(earlier, u"INV-A1"_s).lastReminder->date == day("2025-04-15"));

    // By level, then date, then the invoice's id; never reminded first.
    const auto numbers = [&ledger](bool descending) {
        QList<QString> order;
        for (const InvoiceListRow& listedRow :
             listed(ledger, InvoiceListQuery{.sortKey = InvoiceListQuery::SortKey::LastReminder,
                            .descending = descending,
                            .asOf = day("2025-04-30")}))
            order.append(listedRow.number);
        return order;
    };
    CHECK(numbers(false) == QList<QString>{u"INV-H1"_s, u"INV-B1"_s, u"INV-A1"_s, u"INV-A2"_s});
    CHECK(numbers(true) == QList<QString>{u"INV-A2"_s, u"INV-A1"_s, u"INV-B1"_s, u"INV-H1"_s});
}

TEST_CASE("A confirmed preview sends only what another run has not sent since",
          "[dunning][concurrency]")
{
    DunningLedger ledger;
    // The user previews the run of 04-15 (Alpha and Beta); meanwhile another desk sends Beta's.
    const auto previewed = ledger.dunning().select(day("2025-04-15"));
    REQUIRE(previewed);
    REQUIRE(previewed->size() == 2);
    auto other = *previewed;
    other.removeIf([](const ReminderNotice& n) { return n.customerCode != u"B"_s; });
    REQUIRE(ledger.dunning().record(other, ReminderChannel::Letter, day("2025-04-15")));

    const auto lock = ledger.dunning().exclusiveRun();
    REQUIRE(lock);
    const auto due = ledger.dunning().stillDue(*previewed, day("2025-04-15"));
    REQUIRE(due);
    REQUIRE(due->size() == 1);
    CHECK(due->first().customerCode == u"A"_s);

    // A customer left out of the preview stays out, even when due.
    auto onlyBeta = *previewed;
    onlyBeta.removeIf([](const ReminderNotice& n) { return n.customerCode != u"B"_s; });
    const auto none = ledger.dunning().stillDue(onlyBeta, day("2025-04-15"));
    REQUIRE(none);
    CHECK(none->isEmpty());
}
