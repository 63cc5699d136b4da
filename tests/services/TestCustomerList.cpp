// The customer list (CustomerService::count/page): each customer's balance, overdue amount and
// oldest due date from the stored state of its invoices, installments and credits, and every
// sort and filter over them, paged consistently with the count.

#include <catch2/catch.hpp>

#include <QHash>
#include <QStringList>

#include "ledger/CustomerService.h"
#include "plans/PlanService.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::day;
using ardesk::test::ServiceLedger;
using Filter = CustomerQuery::Filter;
using SortKey = CustomerQuery::SortKey;

namespace {

// As of 2025-03-01:
//   C1 Alpha    INV-1 300.00 part-paid (200.00 open, overdue) + INV-2 400.00 due 2025-03-03;
//               limit 500.00: over it
//   C2 Beta     INV-3 200.00 paid by a 250.00 payment: 50.00 unapplied, in credit
//   C3 Gamma    INV-4 150.00 due in April; limit 100.00: over it; on hold
//   C4 Delta    nothing
//   C5 Epsilon  INV-5 50.00 taken over by a plan: two installments of 25.00, one overdue
class CustomerListLedger {
public:
    CustomerListLedger()
        : m_service(m_ledger.database())
    {
        m_ledger.load(ImportKind::Customers, "customer_id,name,credit_limit\n"
                                             "C1,Alpha,500.00\n"
                                             "C2,Beta,\n"
                                             "C3,Gamma,100.00\n"
                                             "C4,Delta,\n"
                                             "C5,Epsilon,\n");
        m_ledger.load(ImportKind::Invoices,
                      "invoice_number,customer_id,issue_date,due_date,amount\n"
                      "INV-1,C1,2025-01-01,2025-01-31,300.00\n"
                      "INV-2,C1,2025-02-01,2025-03-03,400.00\n"
                      "INV-3,C2,2025-01-10,2025-02-09,200.00\n"
                      "INV-4,C3,2025-02-15,2025-04-15,150.00\n"
                      "INV-5,C5,2025-01-05,2025-02-04,50.00\n");
        m_ledger.load(ImportKind::Payments, "payment_id,customer_id,date,amount,invoice_number\n"
                                            "P1,C1,2025-02-20,100.00,INV-1\n"
                                            "P2,C2,2025-02-25,250.00,INV-3\n");
        const auto plan = PlanService(m_ledger.database())
                              .create({.customerCode = u"C5"_s,
                                       .invoiceNumbers = {u"INV-5"_s},
                                       .schedule = {.date = day("2025-02-01"),
                                                    .installments = 2,
                                                    .frequency = PlanFrequency::Monthly,
                                                    .firstDue = day("2025-02-15")}});
        REQUIRE(plan.has_value());
        auto gamma = m_service.page({.search = u"C3"_s}, 0, 1);
        REQUIRE(gamma.has_value());
        REQUIRE(gamma->size() == 1);
        Customer onHold = gamma->first().customer;
        onHold.onHold = true;
        REQUIRE(m_service.update(onHold, gamma->first().customer).has_value());
    }

    CustomerService& service() { return m_service; }

    // The codes of the query's rows, read `pageSize` at a time.
    QStringList codes(const CustomerQuery& query, int pageSize = 100)
    {
        QStringList codes;
        for (qint64 offset = 0;; offset += pageSize) {
            const auto page = m_service.page(query, offset, pageSize);
            REQUIRE(page.has_value());
            for (const CustomerListRow& row : *page)
                codes.append(row.customer.code);
            if (page->size() < pageSize)
                return codes;
        }
    }

private:
    ServiceLedger m_ledger;
    CustomerService m_service;
};

CustomerQuery asOfMarch(SortKey sortKey = SortKey::Code, bool descending = false,
                        Filter filter = Filter::All)
{
    return {
        .filter = filter, .sortKey = sortKey, .descending = descending, .asOf = day("2025-03-01")};
}

} // namespace

TEST_CASE("The customer list shows each account's balance, overdue amount and oldest due date",
          "[customers][list]")
{
    CustomerListLedger ledger;
    const auto page = ledger.service().page(asOfMarch(), 0, 10);
    REQUIRE(page.has_value());
    REQUIRE(page->size() == 5);

    const auto [row, code, balance, overdue, oldest, overLimit, onHold] =
        GENERATE(table<int, const char*, qint64, qint64, const char*, bool, bool>({
            {0, "C1", 60000, 20000, "2025-01-31", true, false}, // partial payment
            {1, "C2", -5000, 0, "", false, false},              // unapplied credit
            {2, "C3", 15000, 0, "2025-04-15", true, true},      // due later, on hold
            {3, "C4", 0, 0, "", false, false},                  // nothing at all
            {4, "C5", 5000, 2500, "2025-02-15", false, false},  // installments
        }));
    const CustomerListRow& line = page->at(row);
    INFO(code);
    CHECK(line.customer.code == QString::fromLatin1(code));
    CHECK(line.balanceMinor == balance);
    CHECK(line.overdueMinor == overdue);
    CHECK(line.oldestDue == (*oldest ? day(oldest) : QDate()));
    CHECK(line.overLimit() == overLimit);
    CHECK(line.customer.onHold == onHold);
}

TEST_CASE("Without an as-of date nothing counts as overdue", "[customers][list]")
{
    CustomerListLedger ledger;
    const auto page = ledger.service().page({.sortKey = SortKey::Code}, 0, 1);
    REQUIRE(page.has_value());
    REQUIRE(page->size() == 1);
    CHECK(page->first().balanceMinor == 60000);
    CHECK(page->first().overdueMinor == 0);
}

TEST_CASE("The customer list sorts by every key, in both directions", "[customers][list]")
{
    CustomerListLedger ledger;
    // Ties go by code in the same direction; no credit limit and no open item come last.
    const auto [key, descending, expected] = GENERATE(table<SortKey, bool, const char*>({
        {SortKey::Code, false, "C1 C2 C3 C4 C5"},
        {SortKey::Code, true, "C5 C4 C3 C2 C1"},
        {SortKey::Name, false, "C1 C2 C4 C5 C3"},
        {SortKey::Name, true, "C3 C5 C4 C2 C1"},
        {SortKey::Balance, false, "C2 C4 C5 C3 C1"},
        {SortKey::Balance, true, "C1 C3 C5 C4 C2"},
        {SortKey::Overdue, false, "C2 C3 C4 C5 C1"},
        {SortKey::Overdue, true, "C1 C5 C4 C3 C2"},
        {SortKey::OldestDue, false, "C1 C5 C3 C2 C4"},
        {SortKey::OldestDue, true, "C3 C5 C1 C4 C2"},
        {SortKey::CreditLimit, false, "C3 C1 C2 C4 C5"},
        {SortKey::CreditLimit, true, "C1 C3 C5 C4 C2"},
    }));
    INFO("sort key " << static_cast<int>(key) << (descending ? " descending" : " ascending"));
    CHECK(ledger.codes(asOfMarch(key, descending)).join(u' ').toStdString() == expected);
}

TEST_CASE("The customer list filters by the figures and the hold, paged as counted",
          "[customers][list]")
{
    CustomerListLedger ledger;
    const auto [filter, expected] = GENERATE(table<Filter, const char*>({
        {Filter::All, "C1 C2 C3 C4 C5"},
        {Filter::WithBalance, "C1 C2 C3 C5"},
        {Filter::Overdue, "C1 C5"},
        {Filter::OnHold, "C3"},
        {Filter::OverLimit, "C1 C3"},
    }));
    // Each order is read both ways: the page first (code, name, credit limit) or every
    // customer's figures first (the figure sorts).
    const auto key = GENERATE(SortKey::Code, SortKey::Name, SortKey::Balance, SortKey::Overdue,
                              SortKey::OldestDue, SortKey::CreditLimit);
    INFO("filter " << static_cast<int>(filter) << ", sort key " << static_cast<int>(key));
    const CustomerQuery query = asOfMarch(key, false, filter);
    QStringList whole = ledger.codes(query);
    const auto count = ledger.service().count(query);
    REQUIRE(count.has_value());
    CHECK(*count == whole.size());
    // Pages of two neither repeat nor skip a customer.
    CHECK(ledger.codes(query, 2) == whole);
    whole.sort();
    CHECK(whole.join(u' ').toStdString() == expected);

    SECTION("and the search narrows the filter")
    {
        CustomerQuery searched = query;
        searched.search = u"a"_s; // Alpha, Beta, Gamma, Delta (not Epsilon, not the codes)
        QStringList found = ledger.codes(searched);
        found.sort();
        QStringList narrowed = QString::fromLatin1(expected).split(u' ');
        narrowed.removeAll(u"C5"_s);
        CHECK(found == narrowed);
        CHECK(ledger.service().count(searched).value_or(-1) == narrowed.size());
    }
}

TEST_CASE("The customer list sorts by the risk scores it was given, unscored customers last",
          "[customers][list]")
{
    CustomerListLedger ledger;
    QHash<QString, qint64> ids;
    const auto all = ledger.service().page(asOfMarch(), 0, 10);
    REQUIRE(all.has_value());
    for (const CustomerListRow& row : *all)
        ids.insert(row.customer.code, row.customer.id.value);

    SECTION("before any score, by code")
    {
        CHECK(ledger.codes(asOfMarch(SortKey::Risk, true)).join(u' ') == u"C5 C4 C3 C2 C1"_s);
    }

    REQUIRE(ledger.service().setRiskScores(
        {{ids[u"C3"_s], 80}, {ids[u"C1"_s], 40}, {ids[u"C5"_s], 40}, {ids[u"C2"_s], 10}}));
    // Ties go by code in the same direction.
    CHECK(ledger.codes(asOfMarch(SortKey::Risk, true)).join(u' ') == u"C3 C5 C1 C2 C4"_s);
    CHECK(ledger.codes(asOfMarch(SortKey::Risk, false)).join(u' ') == u"C2 C1 C5 C3 C4"_s);
    // Paged, and read with every customer's figures first (a figure filter).
    CHECK(ledger.codes(asOfMarch(SortKey::Risk, true), 2).join(u' ') == u"C3 C5 C1 C2 C4"_s);
    CHECK(ledger.codes(asOfMarch(SortKey::Risk, true, Filter::WithBalance), 2).join(u' ') ==
          u"C3 C5 C1 C2"_s);
    CHECK(ledger.service().count(asOfMarch(SortKey::Risk, true, Filter::WithBalance)) == 4);

    // New scores replace the old ones, none left behind.
    REQUIRE(ledger.service().setRiskScores({{ids[u"C4"_s], 99}}));
    CHECK(ledger.codes(asOfMarch(SortKey::Risk, true)).join(u' ') == u"C4 C5 C3 C2 C1"_s);
    REQUIRE(ledger.service().setRiskScores({}));
    CHECK(ledger.codes(asOfMarch(SortKey::Risk, true)).join(u' ') == u"C5 C4 C3 C2 C1"_s);
}
