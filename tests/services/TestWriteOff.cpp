// Write-offs (spec: "write-off" command and "Settled details"): without an amount the whole
// current open amount; more than open is invalid; AR is reduced from the write-off's date on.

#include <catch2/catch.hpp>

#include "ledger/WriteOffService.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::agingOptions;
using ardesk::test::day;
using ardesk::test::ServiceLedger;

namespace {

const std::string header =
    "customer_id,customer_name,currency,current,1-30,31-60,61-90,91+,unapplied,total\n";

std::string alpha(const std::string& cells)
{
    return header + "C1,Alpha,EUR," + cells + "\nTOTAL,,EUR," + cells + '\n';
}

WriteOffService::Request request(const char* invoice, const char* date,
                                 std::optional<qint64> amountMinor)
{
    return {.invoiceNumber = QString::fromLatin1(invoice),
            .date = day(date),
            .amountMinor = amountMinor,
            .reason = u"uncollectible"_s};
}

} // namespace

TEST_CASE("A write-off reduces AR from its date on", "[writeoff]")
{
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, "customer_id,name,currency\nC1,Alpha,\nJ1,Jun,JPY\n");
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-1,C1,2025-03-01,2025-03-31,100.00\n"
                                      "INV-J,J1,2025-03-01,2025-03-31,5000\n");
    WriteOffService service(ledger.database());

    const auto partial = service.writeOff(request("INV-1", "2025-04-10", 3000));
    REQUIRE(partial.has_value());
    CHECK(partial->amount.minor() == 3000);

    // Without an amount: all that is open now, 70.00.
    const auto rest = service.writeOff(request("INV-1", "2025-04-20", std::nullopt));
    REQUIRE(rest.has_value());
    CHECK(rest->amount.minor() == 7000);
    CHECK(rest->amount.toPlainString() == u"70.00"_s);

    const auto yen = service.writeOff(request("INV-J", "2025-04-10", 1234));
    REQUIRE(yen.has_value());

    const auto [asOf, expected] = GENERATE(table<const char*, const char*>({
        {"2025-04-09", "C1,Alpha,EUR,0.00,100.00,0.00,0.00,0.00,0.00,100.00\n"
                       "J1,Jun,JPY,0,5000,0,0,0,0,5000\n"
                       "TOTAL,,EUR,0.00,100.00,0.00,0.00,0.00,0.00,100.00\n"
                       "TOTAL,,JPY,0,5000,0,0,0,0,5000\n"},
        {"2025-04-10", "C1,Alpha,EUR,0.00,70.00,0.00,0.00,0.00,0.00,70.00\n"
                       "J1,Jun,JPY,0,3766,0,0,0,0,3766\n"
                       "TOTAL,,EUR,0.00,70.00,0.00,0.00,0.00,0.00,70.00\n"
                       "TOTAL,,JPY,0,3766,0,0,0,0,3766\n"},
        {"2025-04-19", "C1,Alpha,EUR,0.00,70.00,0.00,0.00,0.00,0.00,70.00\n"
                       "J1,Jun,JPY,0,3766,0,0,0,0,3766\n"
                       "TOTAL,,EUR,0.00,70.00,0.00,0.00,0.00,0.00,70.00\n"
                       "TOTAL,,JPY,0,3766,0,0,0,0,3766\n"},
        {"2025-04-20", "J1,Jun,JPY,0,3766,0,0,0,0,3766\n"
                       "TOTAL,,JPY,0,3766,0,0,0,0,3766\n"},
    }));
    INFO("as of " << asOf);
    CHECK(ledger.summary(agingOptions(asOf)) == header + expected);
}

TEST_CASE("Writing off the whole current open amount leaves later payments in place", "[writeoff]")
{
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, "customer_id,name\nC1,Alpha\n");
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-1,C1,2025-03-01,2025-03-31,100.00\n");
    ledger.load(ImportKind::Payments, "payment_id,customer_id,date,amount\n"
                                      "P1,C1,2025-05-01,40.00\n");
    // Open now: 60.00 (the payment was allocated when recorded, whatever its date).
    const auto writeOff =
        WriteOffService(ledger.database()).writeOff(request("INV-1", "2025-04-10", std::nullopt));
    REQUIRE(writeOff.has_value());
    CHECK(writeOff->amount.minor() == 6000);
    CHECK(ledger.summary(agingOptions("2025-04-09")) ==
          alpha("0.00,100.00,0.00,0.00,0.00,0.00,100.00"));
    CHECK(ledger.summary(agingOptions("2025-04-10")) ==
          alpha("0.00,40.00,0.00,0.00,0.00,0.00,40.00"));
    CHECK(ledger.summary(agingOptions("2025-05-01")) == header);
}

TEST_CASE("Refused write-offs change nothing", "[writeoff]")
{
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, "customer_id,name\nC1,Alpha\n");
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-1,C1,2025-03-01,2025-03-31,100.00\n"
                                      "INV-2,C1,2025-03-01,2025-03-31,10.00\n");
    ledger.load(ImportKind::Payments, "payment_id,customer_id,date,amount,invoice_number\n"
                                      "P1,C1,2025-03-05,10.00,INV-2\n");
    WriteOffService service(ledger.database());
    REQUIRE(service.writeOff(request("INV-1", "2025-04-01", 2000)).has_value());
    const std::string before = ledger.detail(agingOptions("2025-12-31"));

    const auto [invoice, amount, code] =
        GENERATE(table<const char*, std::optional<qint64>, ErrorCode>({
            {"INV-1", 8001, ErrorCode::InvalidInput},         // 80.00 is open
            {"INV-1", 0, ErrorCode::InvalidInput},            // nothing to write off
            {"INV-2", std::nullopt, ErrorCode::InvalidInput}, // settled: nothing open
            {"INV-2", 1, ErrorCode::InvalidInput},
            {"INV-404", std::nullopt, ErrorCode::NotFound},
            {"inv-1", 100, ErrorCode::NotFound}, // numbers are exact
        }));
    INFO(invoice << " " << (amount ? std::to_string(*amount) : std::string("(all)")));
    const auto refused = service.writeOff(request(invoice, "2025-04-02", amount));
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == code);
    CHECK(ledger.detail(agingOptions("2025-12-31")) == before);
    // What was open stays open to a valid write-off.
    const auto exact = service.writeOff(request("INV-1", "2025-04-03", 8000));
    CHECK(exact.has_value());
}
