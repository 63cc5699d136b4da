// Early-payment discounts in allocation (contract Part 2, 3, "Settled details: early-payment
// discounts"): a payment dated on or before the offer's last day whose money runs out on an
// item is allowed the discounts of its latest items, as few as settle it; a payment that pays
// in full takes none. Each discount is booked as a write-off of kind discount dated the
// payment's date, in the payment's transaction. Every case runs twice: through the native
// import (an import's allocation in memory) and through AllocationService::record().

#include <catch2/catch.hpp>

#include <QStringList>

#include "domain/Credit.h"
#include "ledger/AllocationService.h"
#include "ledger/CustomerAccountService.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::day;
using ardesk::test::ServiceLedger;

namespace {

// C1 has 2/10 net 30; INV-1 (1000.00) offers 20.00 until 2025-03-11, INV-2 (500.00) 10.00
// until 2025-03-12, INV-3 (300.00, its own 0 %) nothing.
void loadLedger(ServiceLedger& ledger)
{
    ledger.load(ImportKind::Customers,
                "customer_id,name,discount_percent,discount_days\nC1,Alpha,2,10\n");
    ledger.load(ImportKind::Invoices,
                "invoice_number,customer_id,issue_date,due_date,amount,discount_percent\n"
                "INV-1,C1,2025-03-01,2025-03-31,1000.00,\n"
                "INV-2,C1,2025-03-02,2025-04-01,500.00,\n"
                "INV-3,C1,2025-02-01,2025-04-15,300.00,0\n");
}

// A payment as a native file row: "ID,DATE,AMOUNT,INVOICE".
struct Payment {
    const char* row;
};

// "INV-1 20.00 P1" for every discount allowed to C1, oldest first: the account history's rows.
std::string discounts(ServiceLedger& ledger)
{
    const auto customer = CustomerRepository(ledger.database()).findByCode(u"C1"_s);
    REQUIRE(customer.has_value());
    REQUIRE(customer->has_value());
    const auto credits = CustomerAccountService(ledger.database()).credits((*customer)->id, 100);
    REQUIRE(credits.has_value());
    QStringList lines;
    for (const AccountCredit& credit : *credits) {
        if (credit.discount)
            lines.prepend(credit.code + u' ' +
                          Money(credit.amountMinor, credit.currency).toPlainString() + u' ' +
                          credit.note);
    }
    return lines.join(u'\n').toStdString();
}

// Records the payments one by one through AllocationService::record(), as the desktop app and
// the bank matcher do.
void recordPayments(ServiceLedger& ledger, const QList<Payment>& payments)
{
    const auto customer = CustomerRepository(ledger.database()).findByCode(u"C1"_s);
    REQUIRE(customer.has_value());
    AllocationService service(ledger.database());
    for (const Payment& payment : payments) {
        const QStringList fields = QString::fromLatin1(payment.row).split(u',');
        REQUIRE(fields.size() == 4);
        InvoiceId invoice;
        if (!fields[3].isEmpty()) {
            const auto found = InvoiceRepository(ledger.database()).findByNumber(fields[3]);
            REQUIRE(found.has_value());
            REQUIRE(found->has_value());
            invoice = (*found)->id;
        }
        const auto amount = Money::parsePlain(fields[2], (*customer)->currency);
        REQUIRE(amount.has_value());
        const auto recorded = service.record(Credit{.kind = Credit::Kind::Payment,
                                                    .code = fields[0],
                                                    .customerId = (*customer)->id,
                                                    .date = day(fields[1].toLatin1().constData()),
                                                    .amount = *amount,
                                                    .invoiceId = invoice});
        REQUIRE(recorded.has_value());
    }
}

void importPayments(ServiceLedger& ledger, const QList<Payment>& payments)
{
    QByteArray csv = "payment_id,date,amount,invoice_number,customer_id\n";
    for (const Payment& payment : payments)
        csv += QByteArray(payment.row) + ",C1\n";
    ledger.load(ImportKind::Payments, csv);
}

} // namespace

TEST_CASE("A payment within the offer that covers the open amount less the discount settles the "
          "invoice",
          "[allocation][discount]")
{
    struct Case {
        const char* name;
        QList<Payment> payments;
        std::string open;      // openItems() as of 2025-12-31
        std::string discounts; // discounts()
    };
    const Case c = GENERATE(values<Case>({
        {"on the offer's last day, less the discount",
         {{"P1,2025-03-11,980.00,INV-1"}},
         "INV-2 500.00\nINV-3 300.00\n",
         "INV-1 20.00 P1"},
        {"one day late: no discount, the difference stays open",
         {{"P1,2025-03-12,980.00,INV-1"}},
         "INV-1 20.00\nINV-2 500.00\nINV-3 300.00\n",
         ""},
        {"one cent short of the discounted amount: a part payment",
         {{"P1,2025-03-05,979.99,INV-1"}},
         "INV-1 20.01\nINV-2 500.00\nINV-3 300.00\n",
         ""},
        {"between the discounted and the full amount: the rest goes on by the rule",
         {{"P1,2025-03-05,990.00,INV-1"}},
         "INV-2 490.00\nINV-3 300.00\n",
         "INV-1 20.00 P1"},
        {"the full amount of a named invoice takes no discount",
         {{"P1,2025-03-05,1000.00,INV-1"}},
         "INV-2 500.00\nINV-3 300.00\n",
         ""},
        {"the full amount of the named invoice and part of the next: no discount either",
         {{"P1,2025-03-05,1100.00,INV-1"}},
         "INV-2 400.00\nINV-3 300.00\n",
         ""},
        {"everything open less both discounts, oldest due first (INV-3 offers none)",
         {{"P1,2025-03-05,1770.00,"}},
         "",
         "INV-1 20.00 P1\nINV-2 10.00 P1"},
        {"everything open less INV-1's discount: only that one, not INV-2's as well",
         {{"P1,2025-03-05,1780.00,"}},
         "",
         "INV-1 20.00 P1"},
        {"everything open less INV-2's discount: the latest discount first",
         {{"P1,2025-03-05,1790.00,"}},
         "",
         "INV-2 10.00 P1"},
        {"part payment, then the rest less the discount within the offer",
         {{"P1,2025-03-03,400.00,INV-1"}, {"P2,2025-03-08,580.00,INV-1"}},
         "INV-2 500.00\nINV-3 300.00\n",
         "INV-1 20.00 P2"},
        {"part payment, then the rest less the discount a day late",
         {{"P1,2025-03-03,400.00,INV-1"}, {"P2,2025-03-12,580.00,INV-1"}},
         "INV-1 20.00\nINV-2 500.00\nINV-3 300.00\n",
         ""},
        {"an invoice whose own rate is 0 offers nothing",
         {{"P1,2025-02-02,294.00,INV-3"}},
         "INV-1 1000.00\nINV-2 500.00\nINV-3 6.00\n",
         ""},
        {"more than everything open within the offer: paid in full, the rest unapplied",
         {{"P1,2025-03-05,1900.00,"}},
         "P1 -100.00\n",
         ""},
    }));
    const bool imported = GENERATE(true, false);
    INFO(c.name << (imported ? " (import)" : " (record)"));

    ServiceLedger ledger;
    loadLedger(ledger);
    if (imported)
        importPayments(ledger, c.payments);
    else
        recordPayments(ledger, c.payments);
    CHECK(ledger.openItems("2025-12-31") == c.open);
    CHECK(discounts(ledger) == c.discounts);
}

TEST_CASE("A credit note earns no discount", "[allocation][discount]")
{
    ServiceLedger ledger;
    loadLedger(ledger);
    ledger.load(ImportKind::CreditNotes,
                "credit_note_number,customer_id,date,amount,invoice_number\n"
                "CN1,C1,2025-03-05,980.00,INV-1\n");
    CHECK(ledger.openItems("2025-12-31") == "INV-1 20.00\nINV-2 500.00\nINV-3 300.00\n");
    CHECK(discounts(ledger).empty());
}

TEST_CASE("The discount is computed on the invoice amount, half-up in the currency's minor "
          "units",
          "[allocation][discount]")
{
    struct Case {
        const char* currency;
        const char* percent;
        const char* amount;
        const char* pays; // the amount less the discount
        const char* discount;
    };
    const Case c = GENERATE(values<Case>({
        // 12345 × 1.5 % = 185.175 yen: 185.
        {"JPY", "1.5", "12345", "12160", "185"},
        // 12.25 × 2 % = 0.245: 0.25 half-up (half-even would give 0.24).
        {"EUR", "2", "12.25", "12.00", "0.25"},
        // 10.125 × 2 % = 0.2025 dinars = 202.5 fils: 203.
        {"KWD", "2", "10.125", "9.922", "0.203"},
        // 99.99 × 0.25 % = 0.249975: 0.25.
        {"USD", "0.25", "99.99", "99.74", "0.25"},
    }));
    INFO(c.currency << ' ' << c.percent << " % of " << c.amount);
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers,
                "customer_id,name,currency,discount_percent,discount_days\nC1,Alpha," +
                    QByteArray(c.currency) + ',' + c.percent + ",10\n");
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,amount\nINV-1,C1,"
                                      "2025-03-01," +
                                          QByteArray(c.amount) + '\n');
    ledger.load(ImportKind::Payments, "payment_id,customer_id,date,amount\nP1,C1,2025-03-11," +
                                          QByteArray(c.pays) + '\n');
    CHECK(ledger.openItems("2025-12-31").empty());
    CHECK(discounts(ledger) == "INV-1 " + std::string(c.discount) + " P1");
}

TEST_CASE("A discount reduces AR from the payment's date and settles the invoice on it",
          "[allocation][discount][aging]")
{
    ServiceLedger ledger;
    loadLedger(ledger);
    ledger.load(ImportKind::Payments, "payment_id,customer_id,date,amount,invoice_number\n"
                                      "P1,C1,2025-03-10,980.00,INV-1\n");
    CHECK(ledger.openItems("2025-03-09") == "INV-1 1000.00\nINV-2 500.00\nINV-3 300.00\n");
    CHECK(ledger.openItems("2025-03-10") == "INV-2 500.00\nINV-3 300.00\n");
}

TEST_CASE("The user's own shares may keep the proposed discount, but no other",
          "[allocation][discount]")
{
    ServiceLedger ledger;
    loadLedger(ledger);
    const auto customer = CustomerRepository(ledger.database()).findByCode(u"C1"_s);
    REQUIRE(customer.has_value());
    const auto invoice = InvoiceRepository(ledger.database()).findByNumber(u"INV-1"_s);
    REQUIRE(invoice.has_value());
    const InvoiceId inv1 = (*invoice)->id;
    AllocationService service(ledger.database());
    const Money amount(98000, (*customer)->currency);
    Credit payment{.kind = Credit::Kind::Payment,
                   .code = u"P1"_s,
                   .customerId = (*customer)->id,
                   .date = day("2025-03-05"),
                   .amount = amount,
                   .invoiceId = inv1};

    const auto proposed = service.propose((*customer)->id, amount, payment.date, inv1);
    REQUIRE(proposed.has_value());
    CHECK(*proposed == QList<AllocationShare>{{inv1, 98000, 2000}});

    SECTION("a discount other than the offer's is refused, and nothing is written")
    {
        const auto refused = service.record(payment, {{inv1, 98000, 1999}});
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == ErrorCode::InvalidInput);
        CHECK(refused.error().detail.contains(u"INV-1"_s));
        CHECK(ledger.openItems("2025-12-31") == "INV-1 1000.00\nINV-2 500.00\nINV-3 300.00\n");
    }
    SECTION("the discount with a share that does not settle the invoice is refused")
    {
        CHECK_FALSE(service.record(payment, {{inv1, 97000, 2000}}).has_value());
    }
    SECTION("after the offer's last day the discount is refused")
    {
        payment.date = day("2025-03-12");
        CHECK_FALSE(service.record(payment, {{inv1, 98000, 2000}}).has_value());
    }
    SECTION("the proposal as it is settles the invoice")
    {
        REQUIRE(service.record(payment, *proposed).has_value());
        CHECK(ledger.openItems("2025-12-31") == "INV-2 500.00\nINV-3 300.00\n");
        CHECK(discounts(ledger) == "INV-1 20.00 P1");
    }
}
