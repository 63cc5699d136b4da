// Allocation as the desktop app uses it: propose() shows the shares record() would give (the
// rule of spec "Allocation", which these tests do not restate but compare against), and a
// credit recorded with the user's own shares, each checked before anything is written.

#include <catch2/catch.hpp>

#include <QMap>

#include "domain/Credit.h"
#include "ledger/AllocationService.h"
#include "plans/PlanService.h"
#include "storage/AllocationRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::ServiceLedger;

namespace {

const QByteArray customers = "customer_id,name,currency\n"
                             "C1,Alpha,EUR\n"
                             "C2,Beta,EUR\n"
                             "C3,Gamma,USD\n";

// C1: INV-1 due 01-31 100.00, INV-2 due 02-01 100.00, INV-3 due 01-15 50.00 (issued 01-03),
// INV-4 issued 03-01 (after the credits below) 80.00, INV-5 due 01-31 like INV-1 40.00,
// INV-6 on a plan from 02-01 (two installments of 30.00). C2: INV-20.
const QByteArray invoices = "invoice_number,customer_id,issue_date,due_date,amount\n"
                            "INV-1,C1,2025-01-01,2025-01-31,100.00\n"
                            "INV-2,C1,2025-01-02,2025-02-01,100.00\n"
                            "INV-3,C1,2025-01-03,2025-01-15,50.00\n"
                            "INV-4,C1,2025-03-01,2025-03-31,80.00\n"
                            "INV-5,C1,2025-01-01,2025-01-31,40.00\n"
                            "INV-6,C1,2024-12-01,2024-12-31,60.00\n"
                            "INV-20,C2,2024-12-01,2024-12-31,100.00\n"
                            "USD-1,C3,2025-01-01,2025-01-31,10.00\n";

struct Fixture {
    ServiceLedger ledger;
    CustomerId c1;
    CustomerId c2;
    CustomerId c3;

    Fixture()
    {
        ledger.load(ImportKind::Customers, customers);
        ledger.load(ImportKind::Invoices, invoices);
        c1 = customer(u"C1"_s);
        c2 = customer(u"C2"_s);
        c3 = customer(u"C3"_s);
        const PlanRequest request{.customerCode = u"C1"_s,
                                  .invoiceNumbers = {u"INV-6"_s},
                                  .allOpen = false,
                                  .schedule = {.date = test::day("2025-02-01"),
                                               .installments = 2,
                                               .frequency = PlanFrequency::Monthly,
                                               .firstDue = test::day("2025-02-15")}};
        const auto plan = PlanService(ledger.database()).create(request);
        INFO((plan ? QString() : plan.error().detail).toStdString());
        REQUIRE(plan.has_value());
    }

    CustomerId customer(const QString& code)
    {
        const auto found = CustomerRepository(ledger.database()).findByCode(code);
        REQUIRE(found.has_value());
        REQUIRE(found->has_value());
        return (*found)->id;
    }

    InvoiceId invoice(const QString& number)
    {
        // Installments have no invoice of their own to find by number: they are open items.
        if (number.startsWith(u"PLAN-"_s)) {
            const auto items = AllocationService(ledger.database()).openItems(c1);
            REQUIRE(items.has_value());
            for (const AllocationItem& item : *items) {
                if (item.number == number)
                    return item.id;
            }
            FAIL("no open installment " << number.toStdString());
        }
        const auto found = InvoiceRepository(ledger.database()).findByNumber(number);
        REQUIRE(found.has_value());
        REQUIRE(found->has_value());
        return (*found)->id;
    }

    // Open amount now of every item of C1 open before anything was recorded, by number.
    QMap<QString, qint64> openByNumber(const QList<AllocationItem>& items)
    {
        AllocationRepository repository(ledger.database());
        QMap<QString, qint64> open;
        for (const AllocationItem& item : items) {
            const auto now = repository.item(item.id);
            REQUIRE(now.has_value());
            REQUIRE(now->has_value());
            open.insert(item.number, (*now)->openMinor);
        }
        return open;
    }

    // The shares as "number amount" lines, in order.
    std::string describe(const QList<AllocationShare>& shares)
    {
        AllocationRepository repository(ledger.database());
        std::string out;
        for (const AllocationShare& share : shares) {
            const auto item = repository.item(share.item);
            REQUIRE(item.has_value());
            REQUIRE(item->has_value());
            out += (*item)->number.toStdString() + ' ' + std::to_string(share.amountMinor) + '\n';
        }
        return out;
    }
};

Credit payment(CustomerId customer, const char* date, qint64 minor, InvoiceId invoice = {},
               QStringView currency = u"EUR")
{
    return Credit{.id = {},
                  .kind = Credit::Kind::Payment,
                  .code = u"PAY-1"_s,
                  .customerId = customer,
                  .date = test::day(date),
                  .amount = Money(minor, test::currency(currency)),
                  .invoiceId = invoice,
                  .method = {},
                  .reference = {},
                  .reason = {}};
}

} // namespace

TEST_CASE("openItems lists every open item of the customer in allocation order", "[allocation]")
{
    Fixture fixture;
    AllocationService service(fixture.ledger.database());
    const auto items = service.openItems(fixture.c1);
    REQUIRE(items.has_value());
    QStringList numbers;
    for (const AllocationItem& item : *items)
        numbers.append(item.number);
    // INV-6 is settled by its plan; the installments stand in its place. INV-4, issued after
    // any credit below, is listed too: a user may allocate to it explicitly.
    CHECK(numbers.join(u' ').toStdString() == "INV-3 INV-1 INV-5 INV-2 PLAN-1/1 PLAN-1/2 INV-4");
}

TEST_CASE("propose gives exactly the shares record applies", "[allocation]")
{
    struct Case {
        const char* name;
        const char* date;
        qint64 amount;
        const char* explicitInvoice;
        const char* expected;
    };
    const Case c = GENERATE(
        Case{"part of the oldest", "2025-02-10", 3000, "", "INV-3 3000\n"},
        Case{"oldest due first, then lowest number on equal due dates", "2025-02-10", 20000, "",
             "INV-3 5000\nINV-1 10000\nINV-5 4000\nINV-2 1000\n"},
        Case{"the named invoice first", "2025-02-10", 12000, "INV-2", "INV-2 10000\nINV-3 2000\n"},
        Case{"a named invoice issued after the date", "2025-02-10", 9000, "INV-4",
             "INV-4 8000\nINV-3 1000\n"},
        Case{"a named invoice on a plan fills the installments", "2025-02-10", 4000, "INV-6",
             "PLAN-1/1 3000\nPLAN-1/2 1000\n"},
        Case{"more than everything open: items issued by then only, the rest unapplied",
             "2025-02-10", 100000, "",
             "INV-3 5000\nINV-1 10000\nINV-5 4000\nINV-2 10000\nPLAN-1/1 3000\nPLAN-1/2 3000\n"},
        Case{"before the plan: its installments are not issued yet", "2025-01-20", 100000, "",
             "INV-3 5000\nINV-1 10000\nINV-5 4000\nINV-2 10000\n"});
    INFO(c.name);
    Fixture fixture;
    AllocationService service(fixture.ledger.database());
    const InvoiceId named =
        *c.explicitInvoice ? fixture.invoice(QString::fromLatin1(c.explicitInvoice)) : InvoiceId{};
    const Credit credit = payment(fixture.c1, c.date, c.amount, named);

    const auto proposed = service.propose(credit.customerId, credit.amount, credit.date, named);
    REQUIRE(proposed.has_value());
    CHECK(fixture.describe(*proposed) == c.expected);

    const auto before = service.openItems(fixture.c1);
    REQUIRE(before.has_value());
    const QMap<QString, qint64> openBefore = fixture.openByNumber(*before);
    const auto recorded = service.record(credit);
    REQUIRE(recorded.has_value());
    // What record() took from each item is what propose() said, and nothing else moved.
    QMap<QString, qint64> expectedOpen = openBefore;
    qint64 applied = 0;
    for (const AllocationShare& share : *proposed) {
        for (const AllocationItem& item : *before) {
            if (item.id == share.item)
                expectedOpen[item.number] -= share.amountMinor;
        }
        applied += share.amountMinor;
    }
    CHECK(fixture.openByNumber(*before) == expectedOpen);
    CHECK(recorded->unappliedMinor == c.amount - applied);
}

TEST_CASE("A credit recorded with the user's own shares", "[allocation]")
{
    Fixture fixture;
    AllocationService service(fixture.ledger.database());
    const auto before = service.openItems(fixture.c1);
    REQUIRE(before.has_value());
    const QMap<QString, qint64> openBefore = fixture.openByNumber(*before);

    SECTION("takes exactly those shares, in place of the rule's; the rest is unapplied")
    {
        // The rule would pay INV-3 (the oldest) first; the user pays INV-2 and an installment.
        const QList<AllocationShare> shares{{fixture.invoice(u"INV-2"_s), 6000},
                                            {fixture.invoice(u"PLAN-1/2"_s), 3000}};
        const auto recorded = service.record(payment(fixture.c1, "2025-02-10", 10000), shares);
        REQUIRE(recorded.has_value());
        CHECK(recorded->unappliedMinor == 1000);
        QMap<QString, qint64> expected = openBefore;
        expected[u"INV-2"_s] -= 6000;
        expected[u"PLAN-1/2"_s] -= 3000;
        CHECK(fixture.openByNumber(*before) == expected);
        CHECK(fixture.ledger.openItems("2025-12-31").find("PAY-1 -10.00") != std::string::npos);
    }
    SECTION("with no shares at all: everything unapplied")
    {
        const auto recorded = service.record(payment(fixture.c1, "2025-02-10", 2500), {});
        REQUIRE(recorded.has_value());
        CHECK(recorded->unappliedMinor == 2500);
        CHECK(fixture.openByNumber(*before) == openBefore);
    }
}

TEST_CASE("Shares that break a rule are refused and nothing is written", "[allocation]")
{
    struct Case {
        const char* name;
        const char* item;
        qint64 share;
        const char* secondItem; // "" for none
        qint64 secondShare;
        qint64 amount;
        const char* currency;
        ErrorCode code;
        const char* detail;
    };
    const Case c = GENERATE(
        Case{"more than the item's open amount", "INV-3", 5001, "", 0, 10000, "EUR",
             ErrorCode::InvalidInput, "INV-3 has only 50.00 open; cannot allocate 50.01"},
        Case{"shares adding up to more than the credit", "INV-1", 6000, "INV-2", 5000, 10000, "EUR",
             ErrorCode::InvalidInput, "the shares add up to 110.00, more than the credit's 100.00"},
        Case{"another customer's item", "INV-20", 1000, "", 0, 10000, "EUR",
             ErrorCode::InvalidInput, "INV-20 belongs to another customer"},
        Case{"another currency", "INV-1", 1000, "", 0, 10000, "USD", ErrorCode::InvalidInput,
             "INV-1 is in EUR, the credit in USD"},
        Case{"a zero share", "INV-1", 0, "", 0, 10000, "EUR", ErrorCode::InvalidInput,
             "the share for INV-1 must be a positive amount"},
        Case{"a negative share", "INV-1", -100, "", 0, 10000, "EUR", ErrorCode::InvalidInput,
             "the share for INV-1 must be a positive amount"},
        Case{"one item twice", "INV-1", 1000, "INV-1", 1000, 10000, "EUR", ErrorCode::InvalidInput,
             "INV-1 has more than one share"},
        Case{"an unknown item", "", 1000, "", 0, 10000, "EUR", ErrorCode::NotFound,
             "no item with id 999999"},
        Case{"a credit that is not positive", "INV-1", 1000, "", 0, 0, "EUR",
             ErrorCode::InvalidInput, "a credit must be a positive amount"});
    INFO(c.name);
    Fixture fixture;
    AllocationService service(fixture.ledger.database());
    const auto before = service.openItems(fixture.c1);
    REQUIRE(before.has_value());
    const QMap<QString, qint64> openBefore = fixture.openByNumber(*before);

    QList<AllocationShare> shares{
        {*c.item ? fixture.invoice(QString::fromLatin1(c.item)) : InvoiceId{999999}, c.share}};
    if (*c.secondItem)
        shares.append({fixture.invoice(QString::fromLatin1(c.secondItem)), c.secondShare});
    const auto recorded = service.record(
        payment(fixture.c1, "2025-02-10", c.amount, {}, QString::fromLatin1(c.currency)), shares);
    REQUIRE_FALSE(recorded.has_value());
    CHECK(recorded.error().code == c.code);
    CHECK(recorded.error().detail.toStdString() == c.detail);
    // Nothing written: no item changed and the code is still free.
    CHECK(fixture.openByNumber(*before) == openBefore);
    const auto taken = service.codeTaken(Credit::Kind::Payment, u"PAY-1"_s);
    REQUIRE(taken.has_value());
    CHECK_FALSE(*taken);
}

TEST_CASE("The next payment code continues the last one", "[allocation]")
{
    Fixture fixture;
    AllocationService service(fixture.ledger.database());
    auto suggested = service.suggestedCode(Credit::Kind::Payment);
    REQUIRE(suggested.has_value());
    CHECK(suggested->isEmpty());
    REQUIRE(service.record(payment(fixture.c1, "2025-02-10", 100)).has_value());
    suggested = service.suggestedCode(Credit::Kind::Payment);
    REQUIRE(suggested.has_value());
    CHECK(*suggested == u"PAY-2"_s);
    // Credit notes have their own series.
    suggested = service.suggestedCode(Credit::Kind::CreditNote);
    REQUIRE(suggested.has_value());
    CHECK(suggested->isEmpty());
}
