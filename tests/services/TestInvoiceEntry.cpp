// Invoices entered by hand follow the native import's rules (spec "Input CSV": invoices, and
// "Settled details"): a unique number, not PLAN-…, a positive amount in the customer's
// currency, and the customer's terms when no due date is given.

#include <catch2/catch.hpp>

#include "domain/AmountLimit.h"
#include "domain/DocumentNumber.h"
#include "domain/InvoiceRules.h"
#include "ledger/InvoiceEntryService.h"
#include "storage/AllocationRepository.h"
#include "storage/CustomerRepository.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::ServiceLedger;

namespace {

const QByteArray customers = "customer_id,name,terms_days,currency\n"
                             "C1,Alpha,14,EUR\n"
                             "C3,Gamma,30,JPY\n";

CustomerId customerId(ServiceLedger& ledger, const QString& code)
{
    const auto found = CustomerRepository(ledger.database()).findByCode(code);
    REQUIRE(found.has_value());
    REQUIRE(found->has_value());
    return (*found)->id;
}

} // namespace

TEST_CASE("An entered invoice is stored with the customer's terms as its default due date",
          "[invoice-entry]")
{
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, customers);
    InvoiceEntryService service(ledger.database());
    const CustomerId c1 = customerId(ledger, u"C1"_s);

    const auto id = service.create(NewInvoice{.customer = c1,
                                              .number = u"INV-0041"_s,
                                              .issueDate = test::day("2025-03-01"),
                                              .dueDate = std::nullopt,
                                              .amount = Money(12345, test::currency(u"EUR")),
                                              .description = u"Consulting"_s});
    REQUIRE(id.has_value());
    const auto item = AllocationRepository(ledger.database()).item(*id);
    REQUIRE(item.has_value());
    REQUIRE(item->has_value());
    CHECK((*item)->number == u"INV-0041"_s);
    CHECK((*item)->customerId == c1);
    CHECK((*item)->dueDate == test::day("2025-03-15"));
    CHECK((*item)->openMinor == 12345);
    // The aging report sees it like an imported one.
    CHECK(ledger.openItems("2025-03-31") == "INV-0041 123.45\n");

    const auto explicitDue = service.create(NewInvoice{.customer = c1,
                                                       .number = u"INV-0042"_s,
                                                       .issueDate = test::day("2025-03-01"),
                                                       .dueDate = test::day("2025-02-20"),
                                                       .amount = Money(100, test::currency(u"EUR")),
                                                       .description = {}});
    REQUIRE(explicitDue.has_value());
    const auto second = AllocationRepository(ledger.database()).item(*explicitDue);
    REQUIRE(second.has_value());
    REQUIRE(second->has_value());
    // A due date before the issue date is accepted, as in the import.
    CHECK((*second)->dueDate == test::day("2025-02-20"));

    const auto suggested = service.suggestedNumber();
    REQUIRE(suggested.has_value());
    CHECK(*suggested == u"INV-0043"_s);

    // A reminder charge booked since (DunningService) is numbered by its own rule: the next
    // invoice still follows INV-0042.
    REQUIRE(service.create(NewInvoice{.customer = c1,
                                      .number = u"REM-2025-04-01-C1"_s,
                                      .issueDate = test::day("2025-04-01"),
                                      .dueDate = std::nullopt,
                                      .amount = Money(500, test::currency(u"EUR")),
                                      .description = {},
                                      .charge = true}));
    const auto afterCharge = service.suggestedNumber();
    REQUIRE(afterCharge.has_value());
    CHECK(*afterCharge == u"INV-0043"_s);
}

TEST_CASE("An entered invoice that breaks an import rule is refused", "[invoice-entry]")
{
    struct Case {
        const char* name;
        const char* number;
        qint64 amount;
        const char* currency;
        bool knownCustomer;
        ErrorCode code;
        const char* detail;
    };
    const Case c = GENERATE(
        Case{"no number", "", 100, "EUR", true, ErrorCode::InvalidInput,
             "an invoice needs a number"},
        Case{"a plan's number", "PLAN-7/1", 100, "EUR", true, ErrorCode::InvalidInput,
             "\"PLAN-7/1\": numbers starting with PLAN- are reserved for installment plans"},
        Case{"a zero amount", "INV-9", 0, "EUR", true, ErrorCode::InvalidInput,
             "an invoice must be a positive amount"},
        Case{"a negative amount", "INV-9", -5, "EUR", true, ErrorCode::InvalidInput,
             "an invoice must be a positive amount"},
        Case{"another currency than the customer's", "INV-9", 100, "USD", true,
             ErrorCode::InvalidInput, "expected the customer's currency EUR, got \"USD\""},
        Case{"an unknown customer", "INV-9", 100, "EUR", false, ErrorCode::NotFound,
             "no customer with id 424242"},
        Case{"a number already taken", "INV-1", 100, "EUR", true, ErrorCode::AlreadyExists,
             "invoice INV-1 already exists"},
        Case{"an amount that carries the invoices past the limit", "INV-9",
             AmountLimit::totalMinor - 999, "EUR", true, ErrorCode::InvalidInput,
             "amount too large: the ledger's invoices would total more than "
             "46116860184273879.03"});
    INFO(c.name);
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, customers);
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,amount\n"
                                      "INV-1,C1,2025-01-01,10.00\n");
    InvoiceEntryService service(ledger.database());
    const auto id = service.create(
        NewInvoice{.customer = c.knownCustomer ? customerId(ledger, u"C1"_s) : CustomerId{424242},
                   .number = QString::fromLatin1(c.number),
                   .issueDate = test::day("2025-03-01"),
                   .dueDate = std::nullopt,
                   .amount = Money(c.amount, test::currency(QString::fromLatin1(c.currency))),
                   .description = {}});
    REQUIRE_FALSE(id.has_value());
    CHECK(id.error().code == c.code);
    CHECK(id.error().detail.toStdString() == c.detail);
    CHECK(ledger.openItems("2025-12-31") == "INV-1 10.00\n");
}

TEST_CASE("An entered invoice whose terms pass 9999-12-31 needs its own due date",
          "[invoice-entry]")
{
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, customers);
    InvoiceEntryService service(ledger.database());
    NewInvoice invoice{.customer = customerId(ledger, u"C1"_s),
                       .number = u"INV-LAST"_s,
                       .issueDate = test::day("9999-12-20"),
                       .dueDate = std::nullopt,
                       .amount = Money(100, test::currency(u"EUR"_s)),
                       .description = {}};
    const auto refused = service.create(invoice);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().detail.toStdString() ==
          "the customer's terms of 14 days from this date pass 9999-12-31; give a due date");
    invoice.dueDate = test::day("9999-12-31");
    REQUIRE(service.create(invoice).has_value());
    CHECK(ledger.openItems("9999-12-31") == "INV-LAST 1.00\n");

    // Open as of the last day there is; one paid on that day is not, but was the day before.
    invoice.number = u"INV-PAID"_s;
    REQUIRE(service.create(invoice).has_value());
    ledger.load(ImportKind::Payments, "payment_id,customer_id,date,amount,invoice_number\n"
                                      "P1,C1,9999-12-31,1.00,INV-PAID\n");
    CHECK(ledger.openItems("9999-12-31") == "INV-LAST 1.00\n");
    CHECK(ledger.openItems("9999-12-30") == "INV-LAST 1.00\nINV-PAID 1.00\n");
}

TEST_CASE("The import refuses a plan's number with the same words as entry", "[invoice-entry]")
{
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, customers);
    const ImportReport report =
        ledger.import(ImportKind::Invoices, "invoice_number,customer_id,issue_date,amount\n"
                                            "PLAN-7/1,C1,2025-01-01,10.00\n");
    REQUIRE(report.issues.size() == 1);
    // The import names the column in front of the rule's words.
    CHECK(report.issues.first().message.toStdString() ==
          "invoice_number: " + InvoiceRules::numberProblem(u"PLAN-7/1"_s)->toStdString());
}

TEST_CASE("DocumentNumber::next counts the trailing digits up", "[invoice-entry]")
{
    const auto [last, next] = GENERATE(table<const char*, const char*>({
        {"INV-0041", "INV-0042"},
        {"P-99", "P-100"},
        {"2025/0999", "2025/1000"},
        {"7", "8"},
        {"INV-", ""},
        {"", ""},
    }));
    CHECK(DocumentNumber::next(QString::fromLatin1(last)).toStdString() == next);
}

TEST_CASE("Imports keep the invoices and the credits within the ledger's limit, row by row",
          "[invoice-entry]")
{
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, customers);
    // 46,116,860,184,273,879.03 in all: the first two rows reach it, the third would pass it.
    const ImportReport invoices =
        ledger.import(ImportKind::Invoices, "invoice_number,customer_id,issue_date,amount\n"
                                            "INV-1,C1,2025-01-01,46116860184273879.00\n"
                                            "INV-2,C1,2025-01-01,0.03\n"
                                            "INV-3,C1,2025-01-01,0.01\n");
    REQUIRE(invoices.issues.size() == 1);
    CHECK(invoices.issues.at(0).line == 4);
    CHECK(invoices.issues.at(0).column == 4);
    CHECK(invoices.issues.at(0).message.contains(
        u"amount too large: the ledger's invoices would total more than 46116860184273879.03"_s));
    CHECK(invoices.rowsImported == 0);

    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,amount\n"
                                      "INV-1,C1,2025-01-01,46116860184273879.00\n");
    // The limit counts what the ledger holds already.
    const ImportReport more =
        ledger.import(ImportKind::Invoices, "invoice_number,customer_id,issue_date,amount\n"
                                            "INV-2,C1,2025-01-01,0.04\n");
    REQUIRE(more.issues.size() == 1);
    CHECK(more.issues.at(0).line == 2);
    // Payments and credit notes share a limit of their own.
    const ImportReport payments =
        ledger.import(ImportKind::Payments, "payment_id,customer_id,date,amount\n"
                                            "P1,C1,2025-02-01,40000000000000000.00\n"
                                            "P2,C1,2025-02-01,7000000000000000.00\n");
    REQUIRE(payments.issues.size() == 1);
    CHECK(payments.issues.at(0).line == 3);
    CHECK(payments.issues.at(0).message.contains(
        u"the ledger's payments and credit notes would total more than"_s));
    // What is in the ledger still adds up: aging prints the exact figure.
    CHECK(ledger.summary(test::agingOptions("2025-06-01")).find("46116860184273879.00") !=
          std::string::npos);
}
