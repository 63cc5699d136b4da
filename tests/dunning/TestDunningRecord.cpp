// Recording a dunning run: the log holds each (item, level) once, one transaction per
// notice, and delivery records only what was delivered.

#include <catch2/catch.hpp>

#include "DunningLedger.h"
#include "dunning/DunningLevelService.h"
#include "dunning/ReminderOutput.h"
#include "storage/InvoiceRepository.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::day;
using ardesk::test::DunningLedger;

namespace {

// Accepts notices until the `failAt`-th (0-based), which it refuses like a refusing server.
class FakeOutput final : public ReminderOutput {
public:
    explicit FakeOutput(int failAt)
        : m_failAt(failAt)
    {}

    Result<void> deliver(const ReminderNotice& notice, const Accepted&) override
    {
        if (m_delivered.size() == m_failAt)
            return fail(ErrorCode::Io, u"the server refused the message"_s);
        m_delivered.append(notice.customerCode);
        return {};
    }

    QStringList delivered() const { return m_delivered; }

private:
    int m_failAt;
    QStringList m_delivered;
};

} // namespace

TEST_CASE("A level is recorded once per item; a repeat records nothing", "[dunning]")
{
    DunningLedger ledger;
    const auto notices = ledger.dunning().select(day("2025-04-15"));
    REQUIRE(notices);
    REQUIRE(notices->size() == 2);
    const ReminderNotice& alpha = notices->first();
    REQUIRE(ledger.dunning().record(alpha, ReminderChannel::Letter, day("2025-04-15")));

    // The same notice again, a week later so the gap does not hide it: refused as a whole.
    const auto again = ledger.dunning().record(alpha, ReminderChannel::Email, day("2025-04-22"));
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::AlreadyExists);
    // Nothing of the refused notice was kept: A's last reminder is still the 15th, and its
    // items go on to level 2, not 3.
    CHECK(ledger.run("2025-04-21") == "B,Beta,1,INV-B1,200.00,letter\n");
    CHECK(ledger.run("2025-04-22") == "A,Alpha,2,INV-A1;INV-A2,150.00,letter\n"
                                      "B,Beta,1,INV-B1,200.00,letter\n");
}

TEST_CASE("Delivery records each notice once it was delivered, and stops at a failure", "[dunning]")
{
    DunningLedger ledger;
    ledger.setOnHold(u"H"_s, false);
    const auto notices = ledger.dunning().select(day("2025-04-15"));
    REQUIRE(notices);
    REQUIRE(notices->size() == 3);

    FakeOutput output(1); // Alpha goes out, Beta is refused, Hold is never tried
    const auto delivered =
        ledger.dunning().deliver(*notices, output, ReminderChannel::Email, day("2025-04-15"));
    REQUIRE_FALSE(delivered);
    CHECK(delivered.error().code == ErrorCode::Io);
    CHECK(output.delivered() == QStringList{u"A"_s});
    // Only Alpha was recorded: the next run leaves Alpha alone (7-day gap) and tries again the
    // others at level 1.
    CHECK(ledger.run("2025-04-16") == "B,Beta,1,INV-B1,200.00,letter\n"
                                      "H,Hold,1,INV-H1,80.00,letter\n");
    CHECK(ledger.run("2025-04-22") == "A,Alpha,2,INV-A1;INV-A2,150.00,letter\n"
                                      "B,Beta,1,INV-B1,200.00,letter\n"
                                      "H,Hold,1,INV-H1,80.00,letter\n");
}

TEST_CASE("Interest and fee can be booked as a charge on the customer", "[dunning]")
{
    DunningLedger ledger;
    DunningLevelService levels(ledger.database());
    auto ladder = *levels.levels();
    ladder[1].annualRateBasisPoints = 1200;
    ladder[1].feeMinor = 5'00;
    REQUIRE(levels.save(ladder, *levels.levels()));
    InvoiceRepository invoices(ledger.database());

    // INV-B1: 200.00, 45 days overdue at 12 %: 200 × 0.12 × 45 / 365 = 2.958… → 2.96.
    const auto notices = ledger.dunning().select(day("2025-04-15"));
    REQUIRE(notices);
    REQUIRE(notices->size() == 2);
    const ReminderNotice& beta = notices->at(1);
    REQUIRE(beta.customerCode == u"B"_s);
    CHECK(beta.interestMinor == 2'96);
    const QString number = DunningService::chargeNumber(beta, day("2025-04-15"));
    CHECK(number == u"REM-2025-04-15-B"_s);

    SECTION("off by default: the letter shows them, the ledger books nothing")
    {
        REQUIRE(ledger.dunning().record(beta, ReminderChannel::Letter, day("2025-04-15")));
        const auto charge = invoices.findByNumber(number);
        REQUIRE(charge);
        CHECK_FALSE(charge->has_value());
    }
    SECTION("on: one invoice of interest plus fee, dated the day sent, in the same transaction")
    {
        ledger.dunning().setBookCharges(true);
        REQUIRE(ledger.dunning().record(beta, ReminderChannel::Letter, day("2025-04-15")));
        const auto charge = invoices.findByNumber(number);
        REQUIRE(charge);
        REQUIRE(charge->has_value());
        CHECK((*charge)->customerId == ledger.customer(u"B"_s));
        CHECK((*charge)->issueDate == day("2025-04-15"));
        CHECK((*charge)->amountMinor == 2'96 + 5'00);

        // The same notice again is refused as a whole: no second log row, no second charge.
        ledger.dunning().setBookCharges(true);
        const auto repeat =
            ledger.dunning().record(beta, ReminderChannel::Letter, day("2025-04-22"));
        CHECK_FALSE(repeat);
        const auto later =
            invoices.findByNumber(DunningService::chargeNumber(beta, day("2025-04-22")));
        REQUIRE(later);
        CHECK_FALSE(later->has_value());
    }
}
