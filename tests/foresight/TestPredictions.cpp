// Predicted pay dates and p_late (docs/contract.md, part 2, "Foresight"): calibration on
// customers whose true behaviour is known, shrinkage for thin histories (`pooled`, `none`),
// nothing after the as-of date used, and the same ledger giving the same output.

#include <catch2/catch.hpp>

#include <QBuffer>

#include "GeneratedLedger.h"
#include "exports/ForesightCsvExporter.h"
#include "foresight/ForesightService.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::day;
using ardesk::test::GeneratedLedger;
using ardesk::test::ServiceLedger;

namespace {

// 70% of payments 3–25 days late, the rest up to 5 days early.
int late70(std::mt19937& random, int, int)
{
    return GeneratedLedger::uniform(random, 0, 99) < 70 ? GeneratedLedger::uniform(random, 3, 25)
                                                        : GeneratedLedger::uniform(random, -5, 0);
}

int onTime(std::mt19937& random, int, int)
{
    return GeneratedLedger::uniform(random, -4, 0);
}

int twentyLate(std::mt19937& random, int, int)
{
    return GeneratedLedger::uniform(random, 18, 22);
}

// Starts on time and ends 40 days late.
int drifting(std::mt19937& random, int n, int count)
{
    return n * 40 / count + GeneratedLedger::uniform(random, -2, 2);
}

QList<Prediction> predictionsOf(const QList<Prediction>& all, const QString& customer)
{
    QList<Prediction> found;
    for (const Prediction& prediction : all) {
        if (prediction.customerCode == customer)
            found.append(prediction);
    }
    return found;
}

std::string csv(const QList<Prediction>& predictions)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(ForesightCsvExporter::writePredictions(predictions, true, &buffer));
    return buffer.data().toStdString();
}

// Every 3 days for two years up to 2025-12-31, terms 30: the last ten invoices are open and not
// yet due on 2025-12-31, so their p_late is the customer's chance of paying late.
GeneratedLedger habits()
{
    GeneratedLedger generated;
    const QDate first = day("2024-01-05");
    generated.addCustomer(u"LATE70"_s, 30, first, 240, 3, late70);
    generated.addCustomer(u"ONTIME"_s, 30, first, 240, 3, onTime);
    generated.addCustomer(u"LATE20"_s, 30, first, 240, 3, twentyLate);
    generated.addCustomer(u"DRIFT"_s, 30, first, 240, 3, drifting);
    generated.addCustomer(u"FEW"_s, 30, day("2025-10-01"), 4, 25, onTime);
    generated.addCustomer(u"NEW"_s, 30, day("2025-12-20"), 2, 5, onTime);
    return generated;
}

} // namespace

TEST_CASE("p_late matches how often a customer really pays late", "[foresight][calibration]")
{
    ServiceLedger ledger;
    habits().load(ledger, day("2025-12-31"));
    const auto all = ForesightService(ledger.database()).predict(day("2025-12-31"));
    REQUIRE(all.has_value());

    // Items due more than 5 days on: none of them could have been paid by now even by an early
    // payer, so not being paid yet says nothing (closer to the due date it rightly raises
    // p_late: the early payments that did not happen are ruled out).
    const auto notYetDue = [](const QList<Prediction>& predictions) {
        QList<Prediction> result;
        for (const Prediction& prediction : predictions) {
            if (prediction.dueDate > day("2026-01-05"))
                result.append(prediction);
        }
        return result;
    };
    const auto late70 = notYetDue(predictionsOf(*all, u"LATE70"_s));
    REQUIRE(late70.size() >= 5);
    for (const Prediction& prediction : late70) {
        CHECK(prediction.basis == PredictionBasis::Customer);
        CHECK(prediction.pLate == Approx(0.7).margin(0.08));
    }
    for (const Prediction& prediction : notYetDue(predictionsOf(*all, u"ONTIME"_s))) {
        CHECK(prediction.pLate < 0.1);
        CHECK(prediction.dueDate.daysTo(prediction.payDate) <= 0);
        CHECK(prediction.dueDate.daysTo(prediction.payDate) >= -4);
    }
    for (const Prediction& prediction : notYetDue(predictionsOf(*all, u"LATE20"_s))) {
        CHECK(prediction.pLate > 0.9);
        CHECK(prediction.dueDate.daysTo(prediction.payDate) == Approx(20).margin(2));
        CHECK(ForesightCsvExporter::reasons(prediction.reasons)
                  .contains(u"pays 20 days late on average"_s));
    }
    // The drift is followed: by now this customer pays about 40 days late, not its average 20.
    for (const Prediction& prediction : notYetDue(predictionsOf(*all, u"DRIFT"_s))) {
        CHECK(prediction.dueDate.daysTo(prediction.payDate) >= 35);
        CHECK(ForesightCsvExporter::reasons(prediction.reasons).contains(u"paying later lately"_s));
    }
}

TEST_CASE("Thin histories are shrunk towards similar customers", "[foresight][pooled]")
{
    ServiceLedger ledger;
    habits().load(ledger, day("2025-12-31"));
    const auto all = ForesightService(ledger.database()).predict(day("2025-12-31"));
    REQUIRE(all.has_value());

    // Two invoices, nothing paid yet: no history of its own, the pool alone.
    const auto fresh = predictionsOf(*all, u"NEW"_s);
    REQUIRE(fresh.size() == 2);
    for (const Prediction& prediction : fresh) {
        CHECK(prediction.basis == PredictionBasis::None);
        CHECK(ForesightCsvExporter::reasons(prediction.reasons).contains(u"no payment history"_s));
        // Between the punctual and the late customers the pool is made of.
        CHECK(prediction.pLate > 0.2);
        CHECK(prediction.pLate < 0.9);
    }
    // A few payments of its own: pooled, and pulled towards its own punctual habit.
    const auto few = predictionsOf(*all, u"FEW"_s);
    REQUIRE_FALSE(few.isEmpty());
    for (const Prediction& prediction : few) {
        CHECK(prediction.basis == PredictionBasis::Pooled);
        CHECK(prediction.pLate < fresh.first().pLate);
    }
}

TEST_CASE("Nothing dated after the as-of date changes a prediction", "[foresight][leakage]")
{
    const GeneratedLedger generated = habits();
    const QDate asOf = day("2025-06-30");
    ServiceLedger known;
    generated.load(known, asOf);
    // The same ledger a year on: later invoices, and payments dated after the as-of date,
    // also for invoices that were open on it.
    ServiceLedger later;
    generated.load(later, day("2025-12-31"));

    const auto before = ForesightService(known.database()).predict(asOf);
    const auto after = ForesightService(later.database()).predict(asOf);
    REQUIRE(before.has_value());
    REQUIRE(after.has_value());
    REQUIRE(before->size() > 40);
    CHECK(csv(*before) == csv(*after));

    ServiceLedger added;
    generated.load(added, asOf);
    added.load(ImportKind::Payments, generated.paymentsBetween(asOf, day("2025-07-31")));
    const auto withPayments = ForesightService(added.database()).predict(asOf);
    REQUIRE(withPayments.has_value());
    CHECK(csv(*withPayments) == csv(*before));
    // ... while as of a later date those payments do count.
    const auto laterAsOf = ForesightService(added.database()).predict(day("2025-07-31"));
    REQUIRE(laterAsOf.has_value());
    CHECK(laterAsOf->size() < before->size());
}

TEST_CASE("The same ledger gives the same predictions", "[foresight][determinism]")
{
    ServiceLedger first;
    habits().load(first, day("2025-12-31"));
    ServiceLedger second;
    habits().load(second, day("2025-12-31"));
    ForesightService service(first.database());
    const auto once = service.predict(day("2025-12-31"));
    const auto again = service.predict(day("2025-12-31"));
    const auto elsewhere = ForesightService(second.database()).predict(day("2025-12-31"));
    REQUIRE(once.has_value());
    REQUIRE(again.has_value());
    REQUIRE(elsewhere.has_value());
    CHECK(csv(*once) == csv(*again));
    CHECK(csv(*once) == csv(*elsewhere));
}

TEST_CASE("predict --customer keeps one customer and refuses an unknown one", "[foresight]")
{
    ServiceLedger ledger;
    habits().load(ledger, day("2025-12-31"));
    ForesightService service(ledger.database());
    const auto one = service.predict(day("2025-12-31"), u"LATE20"_s);
    REQUIRE(one.has_value());
    REQUIRE_FALSE(one->isEmpty());
    for (const Prediction& prediction : *one)
        CHECK(prediction.customerCode == u"LATE20"_s);
    const auto unknown = service.predict(day("2025-12-31"), u"NOPE"_s);
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error().code == ErrorCode::NotFound);
}

TEST_CASE("With no payment in the ledger yet, items are expected on their due dates",
          "[foresight][pooled]")
{
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, "customer_id,name\nC1,First\n");
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "I1,C1,2025-01-01,2025-01-31,100.00\n"
                                      "I2,C1,2025-02-01,2025-03-03,100.00\n");
    const auto all = ForesightService(ledger.database()).predict(day("2025-02-15"));
    REQUIRE(all.has_value());
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).payDate == day("2025-02-16")); // overdue: the earliest day left
    CHECK(all->at(1).payDate == day("2025-03-03"));
    for (const Prediction& prediction : *all) {
        CHECK(prediction.basis == PredictionBasis::None);
        CHECK(prediction.pLate == 0.0);
    }
}
