// Recurring invoices through the service (docs/contract.md, Recurring invoices): a run creates
// every invoice due on or before its date once, numbered <prefix><yyyymm>-<n>, due after the
// customer's terms, in the customer's currency; it catches up after weeks without a run and a
// rerun creates nothing. Pause, resume and end as a bookkeeper expects: paused dates are never
// billed; dates due before a pause or an end still are.

#include <catch2/catch.hpp>

#include <QStringList>

#include "domain/IsoDate.h"
#include "imports/ImportKind.h"
#include "ledger/CustomerService.h"
#include "recurring/RecurringService.h"
#include "storage/Database.h"
#include "storage/InvoiceRepository.h"
#include "storage/RecurringRepository.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::day;

namespace {

class RecurringLedger : public test::ServiceLedger {
public:
    RecurringLedger()
    {
        load(ImportKind::Customers, "customer_id,name,terms_days,currency\n"
                                    "C1,Acme,14,EUR\n"
                                    "C2,Yamada,30,JPY\n");
    }

    RecurringService service() { return RecurringService(database()); }

    static RecurringRequest monthly(const char* start)
    {
        return RecurringRequest{.customerCode = u"C1"_s,
                                .amount = u"99.50"_s,
                                .description = u"Hosting"_s,
                                .frequency = RecurringFrequency::Monthly,
                                .start = day(start),
                                .day = 0,
                                .lastDay = false,
                                .count = std::nullopt,
                                .end = std::nullopt,
                                .prefix = {}};
    }

    RecurringScheduleId add(const RecurringRequest& request)
    {
        const auto id = service().add(request);
        if (!id)
            FAIL(id.error().detail.toStdString());
        return *id;
    }

    // "number issue due amount currency" of each invoice a run created.
    QStringList run(const char* asOf, bool dryRun = false)
    {
        const auto result = service().run({.asOf = day(asOf), .dryRun = dryRun, .progress = {}});
        if (!result)
            FAIL(result.error().detail.toStdString());
        QStringList rows;
        for (const RecurringInvoice& invoice : result->invoices)
            rows.append(u"%1 %2 %3 %4 %5"_s.arg(invoice.number, IsoDate::format(invoice.issueDate),
                                                IsoDate::format(invoice.dueDate),
                                                invoice.amount.toPlainString(),
                                                invoice.amount.currency().code()));
        return rows;
    }

    RecurringScheduleView view(RecurringScheduleId id)
    {
        const auto found = service().view(id);
        REQUIRE(found.has_value());
        return *found;
    }

    std::optional<InvoiceBalance> invoice(const QString& number)
    {
        const auto found = InvoiceRepository(database()).findByNumber(number);
        REQUIRE(found.has_value());
        return *found;
    }

    qint64 occurrenceCount()
    {
        const auto all = RecurringRepository(database()).allOccurrences();
        REQUIRE(all.has_value());
        return all->size();
    }
};

} // namespace

TEST_CASE("A run creates what is due once, catching up, and a rerun creates nothing",
          "[recurring][run]")
{
    RecurringLedger ledger;
    const RecurringScheduleId id = ledger.add(RecurringLedger::monthly("2026-01-31"));

    // A dry run shows what a run would create and creates nothing.
    const QStringList preview = ledger.run("2026-03-31", true);
    CHECK(preview == QStringList{u"REC-202601-1 2026-01-31 2026-02-14 99.50 EUR"_s,
                                 u"REC-202602-1 2026-02-28 2026-03-14 99.50 EUR"_s,
                                 u"REC-202603-1 2026-03-31 2026-04-14 99.50 EUR"_s});
    CHECK_FALSE(ledger.invoice(u"REC-202601-1"_s).has_value());
    CHECK(ledger.occurrenceCount() == 0);

    // Weeks without a run: the first run catches up on every month.
    CHECK(ledger.run("2026-03-31") == preview);
    const auto created = ledger.invoice(u"REC-202602-1"_s);
    REQUIRE(created.has_value());
    CHECK(created->issueDate == day("2026-02-28"));
    CHECK(created->amount() == Money(9950, test::currency(u"EUR")));
    // Stored due after the customer's 14 days, as the aging detail shows it.
    CHECK(ledger.detail(test::agingOptions("2026-03-31"))
              .find("C1,Acme,EUR,REC-202602-1,2026-02-28,2026-03-14,") != std::string::npos);

    CHECK(ledger.run("2026-03-31").isEmpty());
    CHECK(ledger.run("2026-04-29").isEmpty());
    CHECK(ledger.run("2026-04-30") ==
          QStringList{u"REC-202604-1 2026-04-30 2026-05-14 99.50 EUR"_s});
    CHECK(ledger.occurrenceCount() == 4);

    const RecurringScheduleView view = ledger.view(id);
    CHECK(view.status == RecurringScheduleView::Status::Active);
    CHECK(view.invoicesCreated == 4);
    CHECK(view.lastCreated == day("2026-04-30"));
    CHECK(view.next == day("2026-05-31"));
}

TEST_CASE("Numbers are <prefix><yyyymm>-<n>, after the month's numbers already taken",
          "[recurring][run]")
{
    RecurringLedger ledger;
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,amount\n"
                                      "INV-202605-1,C1,2026-05-02,10.00\n"
                                      "INV-202605-7,C1,2026-05-03,10.00\n");
    auto weekly = RecurringLedger::monthly("2026-05-04");
    weekly.frequency = RecurringFrequency::Weekly;
    weekly.prefix = u"INV-"_s;
    ledger.add(weekly);
    auto yen = RecurringLedger::monthly("2026-05-20");
    yen.customerCode = u"C2"_s;
    yen.amount = u"5000"_s;
    yen.prefix = u"INV-"_s;
    yen.count = 1;
    ledger.add(yen);

    // In date order; the yen invoice in the customer's currency, due after its 30 days.
    CHECK(ledger.run("2026-06-01") ==
          QStringList{u"INV-202605-8 2026-05-04 2026-05-18 99.50 EUR"_s,
                      u"INV-202605-9 2026-05-11 2026-05-25 99.50 EUR"_s,
                      u"INV-202605-10 2026-05-18 2026-06-01 99.50 EUR"_s,
                      u"INV-202605-11 2026-05-20 2026-06-19 5000 JPY"_s,
                      u"INV-202605-12 2026-05-25 2026-06-08 99.50 EUR"_s,
                      u"INV-202606-1 2026-06-01 2026-06-15 99.50 EUR"_s});
    // Count 1: the yen schedule is finished; the weekly one bills June 8th to December 28th.
    CHECK(ledger.run("2026-12-31").size() == 30);
}

TEST_CASE("Paused dates are never billed, while dates due before a pause or an end still are",
          "[recurring][pause]")
{
    RecurringLedger ledger;
    auto request = RecurringLedger::monthly("2026-01-10");
    request.count = 6;
    const RecurringScheduleId id = ledger.add(request);
    CHECK(ledger.run("2026-01-31").size() == 1);

    // Paused from March 1st with February not yet billed: February is still due.
    REQUIRE(ledger.service().pause(id, day("2026-03-01")).has_value());
    CHECK(ledger.view(id).status == RecurringScheduleView::Status::Paused);
    CHECK(ledger.run("2026-05-31") ==
          QStringList{u"REC-202602-1 2026-02-10 2026-02-24 99.50 EUR"_s});
    CHECK_FALSE(ledger.view(id).next.isValid());

    // Resumed on May 20th: March, April and May 10th are skipped for good, June is billed.
    REQUIRE(ledger.service().resume(id, day("2026-05-20")).has_value());
    CHECK(ledger.view(id).next == day("2026-06-10"));
    CHECK(ledger.run("2026-05-31").isEmpty());
    // Six invoices in all: the skipped months do not count.
    CHECK(ledger.run("2027-12-31") ==
          QStringList{u"REC-202606-1 2026-06-10 2026-06-24 99.50 EUR"_s,
                      u"REC-202607-1 2026-07-10 2026-07-24 99.50 EUR"_s,
                      u"REC-202608-1 2026-08-10 2026-08-24 99.50 EUR"_s,
                      u"REC-202609-1 2026-09-10 2026-09-24 99.50 EUR"_s});
    CHECK(ledger.view(id).status == RecurringScheduleView::Status::Finished);
    CHECK(ledger.view(id).invoicesCreated == 6);

    // Ended on a day: dates up to it not yet billed still are, none after.
    const RecurringScheduleId weekly = ledger.add([] {
        auto r = RecurringLedger::monthly("2026-03-02");
        r.frequency = RecurringFrequency::Weekly;
        return r;
    }());
    REQUIRE(ledger.service().end(weekly, day("2026-03-16")).has_value());
    CHECK(ledger.run("2026-12-31").size() == 3);
    CHECK(ledger.view(weekly).status == RecurringScheduleView::Status::Ended);
}

TEST_CASE("Pause, resume and end refuse what makes no sense, changing nothing",
          "[recurring][pause]")
{
    RecurringLedger ledger;
    const RecurringScheduleId id = ledger.add(RecurringLedger::monthly("2026-01-10"));
    CHECK(ledger.run("2026-02-10").size() == 2);
    auto service = ledger.service();

    const auto early = service.pause(id, day("2026-02-10"));
    REQUIRE_FALSE(early.has_value());
    CHECK(early.error().code == ErrorCode::InvalidInput);
    CHECK(early.error().detail ==
          u"recurring schedule 1 has created an invoice dated 2026-02-10: pause it from a later "
          "date"_s);
    CHECK(service.resume(id, day("2026-03-01")).error().detail ==
          u"recurring schedule 1 is not paused"_s);
    REQUIRE(service.pause(id, day("2026-03-01")).has_value());
    CHECK(service.pause(id, day("2026-04-01")).error().detail ==
          u"recurring schedule 1 is paused already, not active"_s);
    CHECK(service.resume(id, day("2026-02-28")).error().detail ==
          u"recurring schedule 1 is paused from 2026-03-01: resume it on that day or later"_s);
    CHECK(service.end(id, day("2026-02-09")).error().detail ==
          u"recurring schedule 1 has created an invoice dated 2026-02-10: end it on that day or "
          "later"_s);
    // Ending a paused schedule: the paused dates up to the end stay unbilled.
    REQUIRE(service.end(id, day("2026-06-30")).has_value());
    CHECK(ledger.run("2026-12-31").isEmpty());
    CHECK(service.end(id, day("2026-07-01")).error().detail ==
          u"recurring schedule 1 is ended already"_s);
    CHECK(service.pause(RecurringScheduleId{9}, day("2026-07-01")).error().code ==
          ErrorCode::NotFound);
}

TEST_CASE("A schedule is checked when added and edited", "[recurring][add]")
{
    RecurringLedger ledger;
    auto service = ledger.service();
    const auto refused = [&](const RecurringRequest& request) {
        const auto id = service.add(request);
        REQUIRE_FALSE(id.has_value());
        return id.error();
    };
    auto request = RecurringLedger::monthly("2026-01-10");
    request.customerCode = u"C9"_s;
    CHECK(refused(request).code == ErrorCode::NotFound);
    request = RecurringLedger::monthly("2026-01-10");
    request.customerCode = u"C2"_s; // yen: no decimals
    CHECK(refused(request).code == ErrorCode::InvalidArgument);
    request = RecurringLedger::monthly("2026-01-10");
    request.amount = u"0.00"_s;
    CHECK(refused(request).detail == u"a recurring invoice must be a positive amount"_s);
    request = RecurringLedger::monthly("2026-01-10");
    request.frequency = RecurringFrequency::Weekly;
    request.day = 3;
    CHECK(refused(request).code == ErrorCode::InvalidArgument);
    request = RecurringLedger::monthly("2026-01-10");
    request.end = day("2026-01-09");
    CHECK(refused(request).detail == u"the end date 2026-01-09 is before the start 2026-01-10"_s);
    request = RecurringLedger::monthly("2026-01-10");
    request.prefix = u"PLAN-"_s;
    CHECK(refused(request).code == ErrorCode::InvalidInput);
    const auto none = service.list();
    REQUIRE(none.has_value());
    CHECK(none->isEmpty());

    // Before the first invoice everything may change; after it, only what bills the same dates.
    const RecurringScheduleId id = ledger.add(RecurringLedger::monthly("2026-01-10"));
    auto edited = RecurringLedger::monthly("2026-01-15");
    edited.lastDay = true;
    REQUIRE(service.edit(id, edited, ledger.view(id).schedule).has_value());
    CHECK(ledger.view(id).next == day("2026-01-31"));
    CHECK(ledger.run("2026-02-28").size() == 2);
    edited.day = 0;
    edited.lastDay = false;
    CHECK(service.edit(id, edited, ledger.view(id).schedule).error().code ==
          ErrorCode::InvalidInput);
    edited = RecurringLedger::monthly("2026-01-15");
    edited.lastDay = true;
    edited.amount = u"120.00"_s;
    edited.description = u"Hosting, larger plan"_s;
    edited.count = 1;
    CHECK(service.edit(id, edited, ledger.view(id).schedule).error().detail ==
          u"recurring schedule 1 has created 2 invoices already: the count cannot be lower"_s);
    edited.count = 3;
    REQUIRE(service.edit(id, edited, ledger.view(id).schedule).has_value());
    CHECK(ledger.run("2026-12-31") ==
          QStringList{u"REC-202603-1 2026-03-31 2026-04-14 120.00 EUR"_s});
}

TEST_CASE("An edit of a schedule someone else changed since it was read is refused, theirs kept",
          "[recurring]")
{
    RecurringLedger ledger;
    RecurringService mine = ledger.service();
    // Another bookkeeper's window on the same ledger.
    auto other = Database::open(ledger.path());
    REQUIRE(other.has_value());
    RecurringService theirs(**other);
    const RecurringScheduleId id = ledger.add(RecurringLedger::monthly("2026-01-10"));
    const RecurringSchedule asRead = ledger.view(id).schedule;

    REQUIRE(theirs.pause(id, day("2026-03-01")).has_value());
    auto edited = RecurringLedger::monthly("2026-01-10");
    edited.amount = u"120.00"_s;
    const auto refused = mine.edit(id, edited, asRead);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::ChangedMeanwhile);
    CHECK(ledger.view(id).schedule.amount.toPlainString() == u"99.50"_s);

    // Edited from what is stored now, it saves, and their pause stays; the customer renamed
    // in between is no change of the schedule.
    const RecurringSchedule current = ledger.view(id).schedule;
    CustomerService customers(**other);
    const Customer before = *customers.find(current.customerId);
    Customer renamed = before;
    renamed.name = u"Acme Holding"_s;
    REQUIRE(customers.update(renamed, before).has_value());
    REQUIRE(mine.edit(id, edited, current).has_value());
    const RecurringScheduleView saved = ledger.view(id);
    CHECK(saved.schedule.amount.toPlainString() == u"120.00"_s);
    CHECK(saved.schedule.state == RecurringSchedule::State::Paused);
}
