// Two runs on one ledger at the same time create each invoice once. A run reads what was
// created inside its own write transaction, which SQLite's BEGIN IMMEDIATE gives to one
// connection at a time: the second run waits (up to the busy timeout) until the first commits
// and then finds nothing left to create, or is refused as locked and changes nothing. Under
// both, the (schedule, date) primary key of recurring_occurrences refuses a date recorded twice.

#include <catch2/catch.hpp>

#include <future>
#include <thread>

#include <QSet>
#include <QStringList>

#include "imports/ImportKind.h"
#include "recurring/RecurringService.h"
#include "storage/Database.h"
#include "storage/RecurringRepository.h"
#include "storage/Transaction.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::day;

namespace {

// Three weekly schedules since 2020: a few hundred invoices per run.
class OverlapLedger : public test::ServiceLedger {
public:
    OverlapLedger()
    {
        load(ImportKind::Customers, "customer_id,name\nC1,Acme\nC2,Beta\nC3,Gamma\n");
        RecurringService service(database());
        for (const QString& customer : {u"C1"_s, u"C2"_s, u"C3"_s}) {
            REQUIRE(service
                        .add({.customerCode = customer,
                              .amount = u"10.00"_s,
                              .description = u"Weekly service"_s,
                              .frequency = RecurringFrequency::Weekly,
                              .start = day("2020-01-06"),
                              .day = 0,
                              .lastDay = false,
                              .count = std::nullopt,
                              .end = std::nullopt,
                              .prefix = u"W-"_s})
                        .has_value());
        }
        const auto due = service.run({.asOf = asOf, .dryRun = true, .progress = {}});
        REQUIRE(due.has_value());
        for (const RecurringInvoice& invoice : due->invoices)
            expected.insert(invoice.number);
        REQUIRE(expected.size() > 300);
    }

    // A run on a connection of its own, as another process would make it.
    Result<RecurringRunResult>
    runElsewhere(const std::function<bool(qint64, qint64)>& progress = {}) const
    {
        auto database = Database::open(path());
        if (!database)
            return std::unexpected(database.error());
        return RecurringService(**database)
            .run({.asOf = asOf, .dryRun = false, .progress = progress});
    }

    qint64 recorded()
    {
        const auto all = RecurringRepository(database()).allOccurrences();
        REQUIRE(all.has_value());
        return all->size();
    }

    const QDate asOf = day("2026-06-30");
    QSet<QString> expected;
};

QStringList numbers(const Result<RecurringRunResult>& result)
{
    QStringList created;
    if (result) {
        for (const RecurringInvoice& invoice : result->invoices)
            created.append(invoice.number);
    }
    return created;
}

} // namespace

TEST_CASE("Two runs started together create each invoice once between them", "[recurring][overlap]")
{
    OverlapLedger ledger;
    std::promise<void> go;
    std::shared_future<void> started = go.get_future().share();
    auto runner = [&] {
        started.wait();
        return ledger.runElsewhere();
    };
    auto first = std::async(std::launch::async, runner);
    auto second = std::async(std::launch::async, runner);
    go.set_value();
    const auto a = first.get();
    const auto b = second.get();

    // Each run either did the work, found it done, or was refused as locked having done nothing.
    for (const auto* run : {&a, &b}) {
        if (!*run) {
            INFO(run->error().detail.toStdString());
            CHECK(run->error().code == ErrorCode::LedgerLocked);
        }
    }
    const QStringList all = numbers(a) + numbers(b);
    CHECK(QSet<QString>(all.cbegin(), all.cend()) == ledger.expected);
    CHECK(all.size() == ledger.expected.size());
    CHECK(ledger.recorded() == ledger.expected.size());
}

TEST_CASE("A run meeting another's open transaction is refused and changes nothing, and the rerun "
          "finds everything created",
          "[recurring][overlap]")
{
    OverlapLedger ledger;
    std::optional<Result<RecurringRunResult>> second;
    // The first run stops after its first invoice, inside its transaction, until the second
    // run, started then, has given up.
    const auto first = ledger.runElsewhere([&](qint64 done, qint64) {
        if (done == 1)
            second = std::async(std::launch::async, [&] { return ledger.runElsewhere(); }).get();
        return true;
    });
    REQUIRE(first.has_value());
    CHECK(first->invoices.size() == ledger.expected.size());
    REQUIRE(second.has_value());
    REQUIRE_FALSE(second->has_value());
    CHECK(second->error().code == ErrorCode::LedgerLocked);
    CHECK(ledger.recorded() == ledger.expected.size());

    const auto rerun = ledger.runElsewhere();
    REQUIRE(rerun.has_value());
    CHECK(rerun->invoices.isEmpty());
}

TEST_CASE("A date recorded twice is refused by the ledger itself", "[recurring][overlap]")
{
    OverlapLedger ledger;
    RecurringRepository repository(ledger.database());
    const RecurringOccurrence occurrence{
        .schedule = RecurringScheduleId{1}, .date = day("2020-01-06"), .invoice = {}};
    REQUIRE(repository.record(occurrence).has_value());
    auto transaction = Transaction::begin(ledger.database());
    REQUIRE(transaction.has_value());
    const auto again = repository.record(occurrence);
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().detail.contains(u"UNIQUE constraint failed"_s));
}

TEST_CASE("A run stopped half way creates nothing", "[recurring][overlap]")
{
    OverlapLedger ledger;
    const auto stopped = ledger.runElsewhere([](qint64 done, qint64) { return done < 100; });
    REQUIRE(stopped.has_value());
    CHECK(stopped->cancelled);
    CHECK(stopped->invoices.isEmpty());
    CHECK(ledger.recorded() == 0);
    const auto rerun = ledger.runElsewhere();
    REQUIRE(rerun.has_value());
    CHECK(rerun->invoices.size() == ledger.expected.size());
}
