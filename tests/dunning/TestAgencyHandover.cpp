// Collection agency hand-over (contract Part 2, 3): while a customer is with an agency the
// dunning run leaves it out, as of the run's date; a hand-over and a recall are one transaction
// each, with their note in the activity log. On DunningLedger (A1, B1 due 2025-03-01).

#include <catch2/catch.hpp>

#include "DunningLedger.h"
#include "agency/AgencyService.h"
#include "ledger/ActivityService.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::day;
using ardesk::test::DunningLedger;

TEST_CASE("Dunning stops for a customer handed over, and resumes once taken back",
          "[dunning][agency]")
{
    DunningLedger ledger;
    AgencyService agency(ledger.database());
    const CustomerId beta = ledger.customer(u"B"_s);
    const auto handedOver =
        agency.handOver(beta, day("2025-03-10"), u"  Inkasso Nord  "_s, u"no answer"_s);
    INFO((handedOver ? std::string() : handedOver.error().detail.toStdString()));
    REQUIRE(handedOver);
    CHECK(handedOver->agency == u"Inkasso Nord"_s);

    CHECK(ledger.run("2025-03-09") == "A,Alpha,1,INV-A1,100.00,letter\n"
                                      "B,Beta,1,INV-B1,200.00,letter\n");
    CHECK(ledger.runAndRecord("2025-03-10") == "A,Alpha,1,INV-A1,100.00,letter\n");
    const auto current = agency.handovers(day("2025-03-10"));
    REQUIRE(current);
    REQUIRE(current->size() == 1);
    CHECK(current->first().customerCode == u"B"_s);
    CHECK(agency.handovers(day("2025-03-09"))->isEmpty());

    const auto recalled = agency.recall(beta, day("2025-04-01"), u"agency gave up"_s);
    REQUIRE(recalled);
    CHECK(recalled->recalledDate == day("2025-04-01"));
    CHECK(ledger.run("2025-03-31") == "A,Alpha,2,INV-A1;INV-A2,150.00,letter\n");
    CHECK(ledger.run("2025-04-01") == "A,Alpha,2,INV-A1;INV-A2,150.00,letter\n"
                                      "B,Beta,1,INV-B1,200.00,letter\n");
    CHECK(agency.handovers(day("2025-04-01"))->isEmpty());
    CHECK_FALSE(agency.current(beta)->has_value());

    // Both are in the activity log, newest first.
    const auto log = ActivityService(ledger.database()).list(beta, day("2025-04-01"), 10);
    REQUIRE(log);
    REQUIRE(log->size() == 2);
    CHECK(log->at(0).activity.date == day("2025-04-01"));
    CHECK(log->at(0).activity.text ==
          u"Taken back from the collection agency Inkasso Nord (handed over on 2025-03-10): "
          "agency gave up"_s);
    CHECK(log->at(1).activity.text ==
          u"Handed over to the collection agency Inkasso Nord: no answer"_s);

    // A second hand-over later is a new row of the history.
    REQUIRE(agency.handOver(beta, day("2025-05-01"), u"Creditreform"_s, {}));
    const auto history = agency.history(beta);
    REQUIRE(history);
    REQUIRE(history->size() == 2);
    CHECK(history->at(1).agency == u"Creditreform"_s);
    CHECK(agency.current(beta)->value().agency == u"Creditreform"_s);
}

TEST_CASE("Bad hand-overs and recalls are refused and change nothing", "[dunning][agency]")
{
    DunningLedger ledger;
    AgencyService agency(ledger.database());
    const CustomerId alpha = ledger.customer(u"A"_s);
    const auto refused = [&](const Result<AgencyHandover>& result, const char* detail) {
        REQUIRE_FALSE(result);
        CHECK(result.error().code == ErrorCode::InvalidInput);
        CHECK(result.error().detail.contains(QString::fromUtf8(detail)));
    };
    refused(agency.handOver(alpha, day("2025-03-10"), u"  "_s, {}), "name the collection agency");
    refused(agency.recall(alpha, day("2025-03-10"), {}), "is not with a collection agency");
    REQUIRE(agency.handOver(alpha, day("2025-03-10"), u"Inkasso Nord"_s, {}));
    refused(agency.handOver(alpha, day("2025-03-11"), u"Other"_s, {}),
            "is with a collection agency already");
    refused(agency.recall(alpha, day("2025-03-09"), {}), "cannot be taken back before");
    CHECK(agency.history(alpha)->size() == 1);
    CHECK(ActivityService(ledger.database()).list(alpha, day("2025-03-31"), 10)->size() == 1);
    CHECK(agency.handOver(CustomerId{999}, day("2025-03-10"), u"X"_s, {}).error().code ==
          ErrorCode::NotFound);
}
