// Early-payment discount terms (contract Part 2, 3): percentages as basis points, the
// customers and invoices CSV columns (import, errors, the customers export), the offer an
// invoice takes from its customer or its own columns, and the offer the aging detail and the
// letters show while it is valid.

#include <catch2/catch.hpp>

#include <QBuffer>

#include "aging/AgingService.h"
#include "domain/EarlyPaymentDiscount.h"
#include "exports/CsvTableWriter.h"
#include "exports/ReportTables.h"
#include "ledger/CustomerService.h"
#include "ledger/StatementService.h"
#include "letters/LetterFields.h"
#include "letters/LetterLanguage.h"
#include "storage/CustomerRepository.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::day;
using ardesk::test::describe;
using ardesk::test::ServiceLedger;

namespace {

Customer customerCoded(ServiceLedger& ledger, const QString& code)
{
    const auto customer = CustomerRepository(ledger.database()).findByCode(code);
    REQUIRE(customer.has_value());
    REQUIRE(customer->has_value());
    return **customer;
}

// "INV-1 20.00 2025-03-11" for each aging detail row offering a discount as of `asOf`.
std::string offers(ServiceLedger& ledger, const char* asOf)
{
    const auto detail = AgingService(ledger.database()).detail(test::agingOptions(asOf));
    REQUIRE(detail.has_value());
    std::string out;
    for (const AgingDetailRow& row : detail->rows) {
        if (row.discount.discountMinor > 0)
            out += QString(row.document + u' ' +
                           Money(row.discount.discountMinor, row.currency).toPlainString() + u' ' +
                           row.discount.until.toString(Qt::ISODate) + u'\n')
                       .toStdString();
    }
    return out;
}

} // namespace

TEST_CASE("Discount percentages are exact basis points with at most two decimals", "[discount]")
{
    struct Case {
        QString text;
        int basisPoints; // -1: refused
        QString formatted;
    };
    const Case c = GENERATE(values<Case>({{u"2"_s, 200, u"2"_s},
                                          {u"1.5"_s, 150, u"1.5"_s},
                                          {u"1.50"_s, 150, u"1.5"_s},
                                          {u"0.25"_s, 25, u"0.25"_s},
                                          {u"0"_s, 0, u"0"_s},
                                          {u"100"_s, 10000, u"100"_s},
                                          {u"100.01"_s, -1, {}},
                                          {u"101"_s, -1, {}},
                                          {u"-1"_s, -1, {}},
                                          {u"2.555"_s, -1, {}},
                                          {u"1,5"_s, -1, {}},
                                          {u".5"_s, -1, {}},
                                          {u"2%"_s, -1, {}},
                                          {u" 2"_s, -1, {}},
                                          {u""_s, -1, {}}}));
    INFO(c.text.toStdString());
    const auto parsed = EarlyPaymentDiscount::parsePercent(c.text);
    if (c.basisPoints < 0) {
        REQUIRE_FALSE(parsed.has_value());
        CHECK(parsed.error().code == ErrorCode::InvalidInput);
        return;
    }
    REQUIRE(parsed.has_value());
    CHECK(*parsed == c.basisPoints);
    CHECK(EarlyPaymentDiscount::formatPercent(*parsed) == c.formatted);
}

TEST_CASE("Customers and invoices CSV carry the discount columns; the export writes them back",
          "[discount][import]")
{
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers,
                "customer_id,name,terms_days,discount_percent,discount_days\n"
                "C1,Alpha,30,1.5,14\n"
                "C2,Beta,30,,\n"
                "C3,Gamma,30,2,\n");
    CHECK(customerCoded(ledger, u"C1"_s).discountBasisPoints == 150);
    CHECK(customerCoded(ledger, u"C1"_s).discountDays == 14);
    CHECK(customerCoded(ledger, u"C2"_s).discountBasisPoints == 0);
    CHECK(customerCoded(ledger, u"C3"_s).discountDays == 0);

    CustomerService customers(ledger.database());
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(CsvTableWriter::write(ReportTables::customers(customers, {.asOf = day("2025-03-01")}),
                                  &buffer));
    CHECK(buffer.data().toStdString() ==
          "customer_id,name,email,phone,terms_days,currency,credit_limit,on_hold,balance,overdue,"
          "oldest_due,discount_percent,discount_days\n"
          "C1,Alpha,,,30,EUR,,no,0.00,0.00,,1.5,14\n"
          "C2,Beta,,,30,EUR,,no,0.00,0.00,,0,0\n"
          "C3,Gamma,,,30,EUR,,no,0.00,0.00,,2,0\n");

    // The invoice's own columns win over the customer's terms; either may be left empty.
    ledger.load(ImportKind::Invoices,
                "invoice_number,customer_id,issue_date,amount,discount_percent,discount_until\n"
                "A-1,C1,2025-03-01,200.00,,\n"            // C1's terms: 3.00 until 03-15
                "A-2,C1,2025-03-01,200.00,3,\n"           // 3 % until 03-15
                "A-3,C1,2025-03-01,200.00,,2025-03-05\n"  // 1.5 % until 03-05
                "A-4,C1,2025-03-01,200.00,0,2025-03-20\n" // none
                "B-1,C2,2025-03-01,200.00,,2025-03-20\n"  // C2 offers no rate: none
                "B-2,C2,2025-03-01,200.00,2.5,2025-03-20\n"
                "G-1,C3,2025-03-01,200.00,,\n"); // 2 % on the issue date only
    CHECK(offers(ledger, "2025-03-01") == "A-1 3.00 2025-03-15\n"
                                          "A-2 6.00 2025-03-15\n"
                                          "A-3 3.00 2025-03-05\n"
                                          "B-2 5.00 2025-03-20\n"
                                          "G-1 4.00 2025-03-01\n");
    // Shown while valid: on its last day, not a day later.
    CHECK(offers(ledger, "2025-03-05") == "A-1 3.00 2025-03-15\n"
                                          "A-2 6.00 2025-03-15\n"
                                          "A-3 3.00 2025-03-05\n"
                                          "B-2 5.00 2025-03-20\n");
    CHECK(offers(ledger, "2025-03-16") == "B-2 5.00 2025-03-20\n");
    CHECK(offers(ledger, "2025-03-21").empty());

    // Terms changed later leave the invoices' offers as they were written.
    Customer changed = customerCoded(ledger, u"C1"_s);
    changed.discountBasisPoints = 500;
    REQUIRE(customers.update(changed, customerCoded(ledger, u"C1"_s)).has_value());
    CHECK(offers(ledger, "2025-03-16") == "B-2 5.00 2025-03-20\n");
}

TEST_CASE("Bad discount values are reported at file, line and column with what was expected",
          "[discount][import]")
{
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, "customer_id,name\nC0,Zero\n");
    const ImportReport customers =
        ledger.import(ImportKind::Customers, "customer_id,name,discount_percent,discount_days\n"
                                             "C1,Alpha,101,10\n"
                                             "C2,Beta,2.555,10\n"
                                             "C3,Gamma,-2,10\n"
                                             "C4,Delta,2,-10\n"
                                             "C5,Epsilon,2%,x\n"
                                             "C6,Zeta,2,10\n");
    INFO(describe(customers));
    CHECK_FALSE(customers.succeeded());
    const auto message = [](const ImportReport& report, int index) {
        return report.issues.value(index).toString().section(u'/', -1).toStdString();
    };
    REQUIRE(customers.issues.size() == 6);
    CHECK(message(customers, 0) ==
          "input-2.csv:2:3: discount_percent: expected a percentage from 0 to 100 with at most two "
          "decimals, like 2 or 1.5, got \"101\"");
    CHECK(message(customers, 1) ==
          "input-2.csv:3:3: discount_percent: expected a percentage from 0 to 100 with at most two "
          "decimals, like 2 or 1.5, got \"2.555\"");
    CHECK(customers.issues[2].line == 4);
    CHECK(customers.issues[2].column == 3);
    CHECK(message(customers, 3) ==
          "input-2.csv:5:4: discount_days: expected a whole number from 0 to 3650, got \"-10\"");
    CHECK(customers.issues[4].line == 6);
    CHECK(customers.issues[4].column == 3);
    CHECK(customers.issues[5].line == 6);
    CHECK(customers.issues[5].column == 4);
    CHECK(ledger.customerCount() == 1);

    const ImportReport invoices = ledger.import(
        ImportKind::Invoices,
        "invoice_number,customer_id,issue_date,amount,discount_percent,discount_until\n"
        "I-1,C0,2025-03-01,10.00,200,\n"
        "I-2,C0,2025-03-01,10.00,2,2025-02-30\n"
        "I-3,C0,2025-03-01,10.00,2,2025-03-10\n");
    INFO(describe(invoices));
    REQUIRE(invoices.issues.size() == 2);
    CHECK(message(invoices, 0) ==
          "input-3.csv:2:5: discount_percent: expected a percentage from 0 to 100 with at most two "
          "decimals, like 2 or 1.5, got \"200\"");
    CHECK(message(invoices, 1) ==
          "input-3.csv:3:6: discount_until: expected a date as YYYY-MM-DD, got \"2025-02-30\"");
    CHECK(ledger.openItems("2025-12-31").empty());
}

TEST_CASE("Statement letters show each offer while it is valid, and only then",
          "[discount][letters]")
{
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers,
                "customer_id,name,discount_percent,discount_days\nC1,Alpha,2,10\n");
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-1,C1,2025-03-01,2025-03-31,1234.50\n"
                                      "INV-2,C1,2025-01-01,2025-01-31,100.00\n");
    StatementService statements(ledger.database());
    const LetterLanguage english = LetterLanguage::forCode(u"en"_s);

    const auto within = statements.statement(u"C1"_s, day("2025-03-11"));
    REQUIRE(within.has_value());
    const QVariantMap fields = LetterFields::statement(*within, {}, english);
    CHECK(fields.value(u"has_discount"_s).toBool());
    const QVariantList items = fields.value(u"items"_s).toList();
    REQUIRE(items.size() == 2);
    const QVariantMap old = items[0].toMap();
    CHECK(old.value(u"document"_s).toString() == u"INV-2"_s);
    CHECK_FALSE(old.value(u"has_discount"_s).toBool());
    CHECK(old.value(u"discount"_s).toString().isEmpty());
    const QVariantMap offered = items[1].toMap();
    CHECK(offered.value(u"document"_s).toString() == u"INV-1"_s);
    CHECK(offered.value(u"has_discount"_s).toBool());
    // 1,234.50 × 2 % = 24.69
    CHECK(offered.value(u"discount"_s).toString() ==
          english.amount(2469, within->customer.currency));
    CHECK(offered.value(u"discounted_amount"_s).toString() ==
          english.amount(120981, within->customer.currency));
    CHECK(offered.value(u"discount_until"_s).toString() == english.shortDate(day("2025-03-11")));

    const auto late = statements.statement(u"C1"_s, day("2025-03-12"));
    REQUIRE(late.has_value());
    const QVariantMap lateFields = LetterFields::statement(*late, {}, english);
    CHECK_FALSE(lateFields.value(u"has_discount"_s).toBool());
    for (const QVariant& item : lateFields.value(u"items"_s).toList())
        CHECK_FALSE(item.toMap().value(u"has_discount"_s).toBool());
}
