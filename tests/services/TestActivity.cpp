// The activity log: calls, e-mails and notes, promises to pay with their status as
// of a date, and disputes (one open per invoice, only on the customer's own invoices).

#include <catch2/catch.hpp>

#include "ledger/ActivityService.h"
#include "ledger/CustomerAccountService.h"
#include "ledger/InvoiceListService.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::currency;
using ardesk::test::day;
using ardesk::test::ServiceLedger;

namespace {

// C1 (EUR) with INV-1 100.00 and INV-2 50.00; C2 (EUR) with INV-3. Payments of C1: P1 30.00 on
// 2025-03-05, P2 20.00 on 2025-03-12; a credit note of C1 on 2025-03-06 (no payment).
struct ActivityLedger {
    ServiceLedger ledger;
    CustomerId c1;
    CustomerId c2;
    InvoiceId inv1;
    InvoiceId inv2;
    InvoiceId inv3;

    ActivityLedger()
    {
        ledger.load(ImportKind::Customers, "customer_id,name,currency\nC1,Alpha,\nC2,Beta,\n");
        ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                          "INV-1,C1,2025-02-01,2025-03-01,100.00\n"
                                          "INV-2,C1,2025-02-10,2025-03-10,50.00\n"
                                          "INV-3,C2,2025-02-01,2025-03-01,70.00\n");
        ledger.load(ImportKind::Payments, "payment_id,customer_id,date,amount\n"
                                          "P1,C1,2025-03-05,30.00\nP2,C1,2025-03-12,20.00\n");
        ledger.load(ImportKind::CreditNotes,
                    "credit_note_number,customer_id,date,amount\nCN1,C1,2025-03-06,40.00\n");
        CustomerRepository customers(ledger.database());
        c1 = (*customers.findByCode(u"C1"_s))->id;
        c2 = (*customers.findByCode(u"C2"_s))->id;
        InvoiceRepository invoices(ledger.database());
        inv1 = (*invoices.findByNumber(u"INV-1"_s))->id;
        inv2 = (*invoices.findByNumber(u"INV-2"_s))->id;
        inv3 = (*invoices.findByNumber(u"INV-3"_s))->id;
    }
};

Money eur(qint64 minor)
{
    return Money(minor, currency(u"EUR"));
}

} // namespace

TEST_CASE("A promise to pay is kept, broken or pending as of a date", "[activity][promise]")
{
    ActivityLedger data;
    ActivityService service(data.ledger.database());

    // P1 30.00 on 03-05 and P2 20.00 on 03-12 are payments; CN1 on 03-06 is not.
    const auto [made, amount, payBy, asOf, expected] =
        GENERATE(table<const char*, qint64, const char*, const char*, PromiseStatus>({
            // Paid in full inside the window: kept, from the day the money is there.
            {"2025-03-01", 3000, "2025-03-10", "2025-03-05", PromiseStatus::Kept},
            {"2025-03-01", 3000, "2025-03-10", "2025-03-20", PromiseStatus::Kept},
            // Two payments add up.
            {"2025-03-01", 5000, "2025-03-15", "2025-03-15", PromiseStatus::Kept},
            // Not yet all there, the pay-by date not passed: pending, also on the day itself.
            {"2025-03-01", 5000, "2025-03-15", "2025-03-11", PromiseStatus::Pending},
            {"2025-03-01", 5000, "2025-03-10", "2025-03-10", PromiseStatus::Pending},
            // The pay-by date passed without the amount: broken, even if paid later.
            {"2025-03-01", 5000, "2025-03-10", "2025-03-11", PromiseStatus::Broken},
            {"2025-03-01", 5000, "2025-03-10", "2025-04-30", PromiseStatus::Broken},
            // Payments before the promise do not count; the credit note never does.
            {"2025-03-06", 2000, "2025-03-11", "2025-03-12", PromiseStatus::Broken},
            {"2025-03-06", 2000, "2025-03-12", "2025-03-12", PromiseStatus::Kept},
            // Asked about before the promise was made: nothing paid yet, pending.
            {"2025-03-01", 1000, "2025-03-31", "2025-02-15", PromiseStatus::Pending},
        }));
    INFO("promise made " << made << " of " << amount << " by " << payBy << ", as of " << asOf);
    const auto id = service.recordPromise({.customer = data.c1,
                                           .date = day(made),
                                           .amount = eur(amount),
                                           .payBy = day(payBy),
                                           .invoice = data.inv1,
                                           .text = u"by phone"_s});
    REQUIRE(id.has_value());
    const auto entries = service.list(data.c1, day(asOf), 10);
    REQUIRE(entries.has_value());
    REQUIRE(entries->size() == 1);
    const Activity& promise = entries->first().activity;
    CHECK(promise.id == *id);
    CHECK(promise.invoiceNumber == u"INV-1"_s);
    CHECK(promise.promisedAmount == eur(amount));
    CHECK(entries->first().promiseStatus == expected);
    CHECK(service.promiseStatus(promise, day(asOf)) == expected);
}

TEST_CASE("Promises to pay are validated", "[activity][promise]")
{
    ActivityLedger data;
    ActivityService service(data.ledger.database());
    using Request = ActivityService::PromiseRequest;
    const Request good{.customer = data.c1,
                       .date = day("2025-03-01"),
                       .amount = eur(1000),
                       .payBy = day("2025-03-10")};

    const std::string what =
        GENERATE(as<std::string>{}, "pay-by before the date", "no pay-by date", "no amount",
                 "zero amount", "another currency", "another customer's invoice");
    Request request = good;
    if (what == "pay-by before the date")
        request.payBy = day("2025-02-28");
    else if (what == "no pay-by date")
        request.payBy = QDate();
    else if (what == "no amount")
        request.amount.reset();
    else if (what == "zero amount")
        request.amount = eur(0);
    else if (what == "another currency")
        request.amount = Money(1000, currency(u"USD"));
    else
        request.invoice = data.inv3;
    const std::pair bad{what, request};
    INFO(bad.first);
    const auto refused = service.recordPromise(bad.second);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(refused.error().detail.isEmpty());
    CHECK(service.list(data.c1, day("2025-03-01"), 10)->isEmpty());
    CHECK(service.recordPromise(good).has_value());
}

TEST_CASE("A dispute holds an invoice until it is resolved", "[activity][dispute]")
{
    ActivityLedger data;
    ActivityService service(data.ledger.database());

    CHECK(service.isDisputed(data.inv1) == false);
    const auto dispute =
        service.openDispute(data.c1, data.inv1, day("2025-03-02"), u"wrong quantity"_s);
    REQUIRE(dispute.has_value());
    CHECK(service.isDisputed(data.inv1) == true);
    CHECK(service.isDisputed(data.inv2) == false);

    // One open dispute per invoice, and only on the customer's own invoices.
    const auto twice = service.openDispute(data.c1, data.inv1, day("2025-03-03"), QString());
    REQUIRE_FALSE(twice.has_value());
    CHECK(twice.error().code == ErrorCode::InvalidInput);
    const auto foreign = service.openDispute(data.c1, data.inv3, day("2025-03-03"), QString());
    REQUIRE_FALSE(foreign.has_value());
    CHECK(foreign.error().code == ErrorCode::InvalidInput);

    // The invoice list filters and marks it.
    InvoiceListService invoices(data.ledger.database());
    InvoiceListQuery query{.filter = InvoiceListQuery::Filter::Disputed, .asOf = day("2025-03-05")};
    const auto disputed = invoices.page(query, 0, 10);
    REQUIRE(disputed.has_value());
    REQUIRE(disputed->size() == 1);
    CHECK(disputed->first().number == u"INV-1"_s);
    CHECK(disputed->first().disputed);
    CHECK(invoices.count(query) == 1);

    // Resolved no earlier than opened; then the invoice is free again and can be disputed anew.
    const auto early = service.resolveDispute(*dispute, day("2025-03-01"));
    REQUIRE_FALSE(early.has_value());
    CHECK(early.error().code == ErrorCode::InvalidInput);
    REQUIRE(service.resolveDispute(*dispute, day("2025-03-20")).has_value());
    CHECK(service.isDisputed(data.inv1) == false);
    CHECK(invoices.count(query) == 0);
    const auto again = service.resolveDispute(*dispute, day("2025-03-21"));
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().code == ErrorCode::InvalidInput);
    CHECK(service.openDispute(data.c1, data.inv1, day("2025-04-01"), QString()).has_value());

    const auto entries = service.list(data.c1, day("2025-04-01"), 10);
    REQUIRE(entries.has_value());
    REQUIRE(entries->size() == 2);
    CHECK(entries->at(0).activity.isOpenDispute());
    CHECK(entries->at(1).activity.resolvedDate == day("2025-03-20"));
    CHECK(entries->at(1).activity.text == u"wrong quantity"_s);
}

TEST_CASE("A dispute is resolved by its invoice's number", "[activity][dispute]")
{
    ActivityLedger data;
    ActivityService service(data.ledger.database());
    const auto dispute = service.openDispute(data.c1, data.inv2, day("2025-03-02"), QString());
    REQUIRE(dispute.has_value());

    const auto unknown = service.resolveDisputeOf(u"INV-9"_s, day("2025-03-20"));
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error().code == ErrorCode::NotFound);
    CHECK(unknown.error().detail == u"no invoice numbered \"INV-9\""_s);
    const auto undisputed = service.resolveDisputeOf(u"INV-1"_s, day("2025-03-20"));
    REQUIRE_FALSE(undisputed.has_value());
    CHECK(undisputed.error().code == ErrorCode::InvalidInput);
    CHECK(undisputed.error().detail == u"invoice INV-1 has no open dispute"_s);
    const auto early = service.resolveDisputeOf(u"INV-2"_s, day("2025-03-01"));
    REQUIRE_FALSE(early.has_value());
    CHECK(early.error().code == ErrorCode::InvalidInput);
    CHECK(service.isDisputed(data.inv2) == true);

    const auto resolved = service.resolveDisputeOf(u"INV-2"_s, day("2025-03-20"));
    REQUIRE(resolved.has_value());
    CHECK(*resolved == *dispute);
    CHECK(service.isDisputed(data.inv2) == false);
    const auto again = service.resolveDisputeOf(u"INV-2"_s, day("2025-03-21"));
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("The history is the log as it stood on a date, oldest first", "[activity]")
{
    ActivityLedger data;
    ActivityService service(data.ledger.database());
    REQUIRE(service.log(data.c1, ActivityKind::Call, day("2025-03-04"), u"second"_s));
    REQUIRE(service.log(data.c1, ActivityKind::Call, day("2025-03-02"), u"first"_s));
    REQUIRE(service.log(data.c1, ActivityKind::Note, day("2025-03-04"), u"third"_s));
    REQUIRE(service.recordPromise({.customer = data.c1,
                                   .date = day("2025-03-05"),
                                   .amount = eur(2000),
                                   .payBy = day("2025-03-12")}));
    REQUIRE(service.log(data.c1, ActivityKind::Note, day("2025-03-20"), u"later"_s));
    REQUIRE(service.log(data.c2, ActivityKind::Call, day("2025-03-03"), u"other customer"_s));

    const auto history = service.history(data.c1, day("2025-03-12"));
    REQUIRE(history.has_value());
    QStringList texts;
    for (const auto& entry : *history)
        texts.append(entry.activity.text);
    CHECK(texts == QStringList{u"first"_s, u"second"_s, u"third"_s, QString()});
    // P1 (03-05) and P2 (03-12) keep the promise of 20.00 by the 12th.
    CHECK(history->last().promiseStatus == PromiseStatus::Kept);
    CHECK(service.history(data.c1, day("2025-03-01"))->isEmpty());
}

TEST_CASE("Calls, e-mails and notes are listed newest first", "[activity]")
{
    ActivityLedger data;
    ActivityService service(data.ledger.database());
    REQUIRE(service.log(data.c1, ActivityKind::Call, day("2025-03-02"), u"left a message"_s));
    REQUIRE(service.log(data.c1, ActivityKind::Email, day("2025-03-04"), QString(), data.inv2));
    REQUIRE(service.log(data.c1, ActivityKind::Note, day("2025-03-02"), u"  prefers e-mail "_s));
    REQUIRE(service.log(data.c2, ActivityKind::Call, day("2025-03-03"), u"other customer"_s));

    const auto refusedNote = service.log(data.c1, ActivityKind::Note, day("2025-03-05"), u" "_s);
    REQUIRE_FALSE(refusedNote.has_value());
    CHECK(refusedNote.error().code == ErrorCode::InvalidInput);
    const auto refusedKind =
        service.log(data.c1, ActivityKind::Dispute, day("2025-03-05"), u"x"_s, data.inv1);
    REQUIRE_FALSE(refusedKind.has_value());
    const auto foreign =
        service.log(data.c1, ActivityKind::Call, day("2025-03-05"), u"x"_s, data.inv3);
    REQUIRE_FALSE(foreign.has_value());

    const auto entries = service.list(data.c1, day("2025-03-31"), 10);
    REQUIRE(entries.has_value());
    REQUIRE(entries->size() == 3);
    // Newest date first; on the same date the one entered last first.
    CHECK(entries->at(0).activity.kind == ActivityKind::Email);
    CHECK(entries->at(0).activity.invoiceNumber == u"INV-2"_s);
    CHECK(entries->at(1).activity.kind == ActivityKind::Note);
    CHECK(entries->at(1).activity.text == u"prefers e-mail"_s);
    CHECK(entries->at(2).activity.kind == ActivityKind::Call);
    CHECK_FALSE(entries->at(0).promiseStatus.has_value());
    CHECK(service.list(data.c1, day("2025-03-31"), 2)->size() == 2);
}

TEST_CASE("A customer's account: balance, overdue, open items and payments", "[activity][account]")
{
    ActivityLedger data;
    ActivityService(data.ledger.database())
        .openDispute(data.c1, data.inv2, day("2025-03-02"), QString())
        .value();
    CustomerAccountService accounts(data.ledger.database());

    // P1, CN1 and P2 (90.00) paid INV-1 (100.00) down to 10.00; INV-2 50.00 is open, due 03-10.
    const auto summary = accounts.summary(data.c1, day("2025-03-05"));
    REQUIRE(summary.has_value());
    CHECK(summary->openMinor == 6000);
    CHECK(summary->overdueMinor == 1000);
    CHECK(summary->unappliedMinor == 0);
    CHECK(summary->balanceMinor() == 6000);
    CHECK(summary->openItems == 2);
    CHECK(summary->openDisputes == 1);
    CHECK(accounts.summary(data.c1, day("2025-03-11"))->overdueMinor == 6000);

    const auto items = accounts.openItems(data.c1, 10);
    REQUIRE(items.has_value());
    REQUIRE(items->size() == 2);
    CHECK(items->at(0).document == u"INV-1"_s);
    CHECK(items->at(0).openMinor == 1000);
    CHECK(items->at(0).ageDays(day("2025-03-05")) == 4);
    CHECK_FALSE(items->at(0).disputed);
    CHECK(items->at(1).document == u"INV-2"_s);
    CHECK(items->at(1).disputed);
    CHECK(accounts.openItems(data.c1, 1)->size() == 1);

    const auto credits = accounts.credits(data.c1, 10);
    REQUIRE(credits.has_value());
    REQUIRE(credits->size() == 3);
    CHECK(credits->at(0).code == u"P2"_s);
    CHECK(credits->at(1).code == u"CN1"_s);
    CHECK(credits->at(1).kind == Credit::Kind::CreditNote);
    CHECK(credits->at(2).code == u"P1"_s);
    CHECK(accounts.creditCount(data.c1) == 3);
    CHECK(accounts.plans(data.c1, day("2025-03-05"))->isEmpty());
}
