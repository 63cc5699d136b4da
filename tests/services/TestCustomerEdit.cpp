// Customers added and edited one at a time (CustomerService::create/update): every field is
// checked, the code stays unique, and the currency is fixed once the customer has documents.

#include <catch2/catch.hpp>

#include "ledger/ActivityService.h"
#include "ledger/CustomerService.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::currency;
using ardesk::test::ServiceLedger;

namespace {

Customer customer(const QString& code)
{
    return {.code = code,
            .name = u"Gamma Tools"_s,
            .email = u"ap@gamma.example"_s,
            .termsDays = 14,
            .creditLimitMinor = 500000,
            .currency = currency(u"EUR")};
}

} // namespace

TEST_CASE("A new customer is checked field by field", "[customers]")
{
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, "customer_id,name,currency\nC1,Alpha,\n");
    CustomerService service(ledger.database());

    const auto [what, change] = GENERATE(table<const char*, std::function<void(Customer&)>>({
        {"empty code", [](Customer& c) { c.code = QString(); }},
        {"blank code", [](Customer& c) { c.code = u"  "_s; }},
        {"leading blank", [](Customer& c) { c.code = u" C9"_s; }},
        {"trailing blank", [](Customer& c) { c.code = u"C9 "_s; }},
        {"taken code", [](Customer& c) { c.code = u"C1"_s; }},
        {"no name", [](Customer& c) { c.name = u" "_s; }},
        {"no @", [](Customer& c) { c.email = u"ap.gamma.example"_s; }},
        {"no domain dot", [](Customer& c) { c.email = u"ap@gamma"_s; }},
        {"blank in e-mail", [](Customer& c) { c.email = u"a p@gamma.example"_s; }},
        {"negative terms", [](Customer& c) { c.termsDays = -1; }},
        {"terms over ten years", [](Customer& c) { c.termsDays = 3651; }},
        {"negative credit limit", [](Customer& c) { c.creditLimitMinor = -1; }},
        {"unknown language", [](Customer& c) { c.language = u"it"_s; }},
    }));
    INFO(what);
    Customer bad = customer(u"C9"_s);
    change(bad);
    const auto refused = service.create(bad);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(refused.error().detail.isEmpty());
    CHECK(ledger.customerCount() == 1);
}

TEST_CASE("A customer is created and edited", "[customers]")
{
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, "customer_id,name,currency\nC1,Alpha,\nC2,Beta,\n");
    CustomerService service(ledger.database());

    const auto id = service.create(customer(u"C9"_s));
    REQUIRE(id.has_value());
    auto stored = service.find(*id);
    REQUIRE(stored.has_value());
    CHECK(stored->code == u"C9"_s);
    CHECK(stored->email == u"ap@gamma.example"_s);
    CHECK(stored->termsDays == 14);
    CHECK(stored->creditLimitMinor == 500000);
    CHECK(service.isCodeTaken(u"C9"_s) == true);
    CHECK(service.isCodeTaken(u"C9"_s, *id) == false);

    // Boundaries: terms 0 and 3650, no e-mail, no limit, another currency while it has nothing.
    const Customer asRead = *stored;
    stored->code = u"C10"_s;
    stored->termsDays = 3650;
    stored->email.clear();
    stored->creditLimitMinor.reset();
    stored->currency = currency(u"JPY");
    stored->onHold = true;
    REQUIRE(service.update(*stored, asRead).has_value());
    const auto updated = service.find(*id);
    REQUIRE(updated.has_value());
    CHECK(updated->code == u"C10"_s);
    CHECK(updated->termsDays == 3650);
    CHECK_FALSE(updated->creditLimitMinor.has_value());
    CHECK(updated->currency == currency(u"JPY"));
    CHECK(updated->onHold);

    // Another customer's code is taken.
    Customer clash = *updated;
    clash.code = u"C1"_s;
    const auto taken = service.update(clash, *updated);
    REQUIRE_FALSE(taken.has_value());
    CHECK(taken.error().code == ErrorCode::InvalidInput);
    CHECK(service.find(*id)->code == u"C10"_s);
}

TEST_CASE("A customer's currency is fixed once it has documents", "[customers]")
{
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, "customer_id,name,currency\nC1,Alpha,\n");
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,amount\n"
                                      "INV-1,C1,2025-02-01,100.00\n");
    CustomerService service(ledger.database());
    const Customer c1 = service.page({}, 0, 1)->first().customer;
    CHECK(service.hasDocuments(c1.id) == true);

    Customer changed = c1;
    changed.currency = currency(u"USD");
    const auto refused = service.update(changed, c1);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(service.find(c1.id)->currency == currency(u"EUR"));

    // Everything else may still change.
    changed.currency = c1.currency;
    changed.name = u"Alpha Holding"_s;
    REQUIRE(service.update(changed, c1).has_value());
    CHECK(service.find(c1.id)->name == u"Alpha Holding"_s);
}

TEST_CASE("A customer is put on hold and released, each with a note in its log", "[customers]")
{
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, "customer_id,name,currency\nC1,Alpha,\n");
    CustomerService service(ledger.database());
    const auto alpha = service.findByCode(u"C1"_s);
    REQUIRE(alpha.has_value());
    CHECK_FALSE(alpha->onHold);
    const auto unknown = service.findByCode(u"C9"_s);
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error().code == ErrorCode::NotFound);

    const QDate march2 = QDate(2025, 3, 2);
    REQUIRE(service.putOnHold(alpha->id, march2, u" disputed delivery "_s));
    CHECK(service.find(alpha->id)->onHold);
    const auto twice = service.putOnHold(alpha->id, march2, QString());
    REQUIRE_FALSE(twice.has_value());
    CHECK(twice.error().code == ErrorCode::InvalidInput);
    CHECK(twice.error().detail == u"Alpha (C1) is already on hold"_s);

    REQUIRE(service.release(alpha->id, QDate(2025, 3, 9), QString()));
    CHECK_FALSE(service.find(alpha->id)->onHold);
    const auto notHeld = service.release(alpha->id, QDate(2025, 3, 9), QString());
    REQUIRE_FALSE(notHeld.has_value());
    CHECK(notHeld.error().detail == u"Alpha (C1) is not on hold"_s);
    CHECK(service.putOnHold(CustomerId{99}, march2, QString()).error().code == ErrorCode::NotFound);

    const auto log = ActivityService(ledger.database()).history(alpha->id, QDate(2025, 3, 31));
    REQUIRE(log.has_value());
    REQUIRE(log->size() == 2);
    CHECK(log->at(0).activity.kind == ActivityKind::Note);
    CHECK(log->at(0).activity.date == march2);
    CHECK(log->at(0).activity.text == u"Put on hold: disputed delivery"_s);
    CHECK(log->at(1).activity.text == u"Taken off hold"_s);
}

TEST_CASE("An edit of a customer someone else saved since it was read is refused, theirs kept",
          "[customers]")
{
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, "customer_id,name,currency\nC1,Alpha,\n");
    CustomerService mine(ledger.database());
    // Another bookkeeper's window on the same ledger.
    auto other = Database::open(ledger.path());
    REQUIRE(other);
    CustomerService theirs(**other);

    const Customer asRead = mine.page({}, 0, 1)->first().customer;
    Customer heldByThem = asRead;
    heldByThem.onHold = true;
    heldByThem.email = u"ap@alpha.example"_s;
    REQUIRE(theirs.update(heldByThem, *theirs.find(asRead.id)).has_value());

    Customer renamed = asRead;
    renamed.name = u"Alpha Holding"_s;
    const auto refused = mine.update(renamed, asRead);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::ChangedMeanwhile);
    CHECK(*mine.find(asRead.id) == heldByThem);

    // Edited from what is stored now, it saves, and their change stays.
    const Customer current = *mine.find(asRead.id);
    renamed = current;
    renamed.name = u"Alpha Holding"_s;
    REQUIRE(mine.update(renamed, current).has_value());
    const Customer saved = *theirs.find(asRead.id);
    CHECK(saved.name == u"Alpha Holding"_s);
    CHECK(saved.onHold);
    CHECK(saved.email == u"ap@alpha.example"_s);
}
