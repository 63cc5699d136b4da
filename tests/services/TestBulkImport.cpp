// A file large enough for a bulk load (RowImporter::bulkRows and more) takes another path: the
// invoice table's secondary indexes are set aside during the load and built again before the
// commit, customers are read once. The contract must not notice: same rows, same errors, and
// nothing changed when a row is bad — including the indexes, which aging reads by name.

#include <catch2/catch.hpp>

#include "imports/RowImporter.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::agingOptions;
using ardesk::test::describe;
using ardesk::test::ServiceLedger;

namespace {

constexpr int bulkInvoices = 60'000;

// `count` invoices of 1.00 to 3.00 for customers C1..C3, due 2025-01-31 (91+ as of 2025-06-01).
QByteArray invoiceFile(int count, const QByteArray& lastRow = {})
{
    QByteArray csv = "invoice_number,customer_id,issue_date,due_date,amount\n";
    csv.reserve(count * 48);
    for (int i = 1; i <= count; ++i) {
        const int customer = i % 3 + 1;
        csv += "INV-" + QByteArray::number(i).rightJustified(6, '0') + ",C" +
               QByteArray::number(customer) + ",2025-01-01,2025-01-31," +
               QByteArray::number(customer) + ".00\n";
    }
    return csv + lastRow;
}

void loadCustomers(ServiceLedger& ledger)
{
    ledger.load(ImportKind::Customers, "customer_id,name\nC1,Alpha\nC2,Beta\nC3,Gamma\n");
}

} // namespace

TEST_CASE("A bulk invoice import writes every row and leaves aging working", "[import][bulk]")
{
    ServiceLedger ledger;
    loadCustomers(ledger);
    const QByteArray csv = invoiceFile(bulkInvoices);
    REQUIRE(csv.size() / 32 >= RowImporter::bulkRows); // the file takes the bulk path

    const ImportReport report = ledger.import(ImportKind::Invoices, csv);
    INFO(describe(report));
    REQUIRE(report.succeeded());
    CHECK(report.rowsImported == bulkInvoices);

    // 20,000 invoices each of 1.00, 2.00 and 3.00; aging reads invoices_aging INDEXED BY, so it
    // fails outright if the rebuild lost that index.
    CHECK(ledger.summary(agingOptions("2025-06-01")) ==
          "customer_id,customer_name,currency,current,1-30,31-60,61-90,91+,unapplied,total\n"
          "C1,Alpha,EUR,0.00,0.00,0.00,0.00,20000.00,0.00,20000.00\n"
          "C2,Beta,EUR,0.00,0.00,0.00,0.00,40000.00,0.00,40000.00\n"
          "C3,Gamma,EUR,0.00,0.00,0.00,0.00,60000.00,0.00,60000.00\n"
          "TOTAL,,EUR,0.00,0.00,0.00,0.00,120000.00,0.00,120000.00\n");

    // Payments walk the rebuilt open-invoice index oldest first.
    ledger.load(ImportKind::Payments,
                "payment_id,customer_id,date,amount\nP1,C1,2025-02-01,5.00\n");
    CHECK(ledger.summary(agingOptions("2025-06-01", AgingBasis::DueDate, u"30,60,90", u"C1"_s)) ==
          "customer_id,customer_name,currency,current,1-30,31-60,61-90,91+,unapplied,total\n"
          "C1,Alpha,EUR,0.00,0.00,0.00,0.00,19995.00,0.00,19995.00\n"
          "TOTAL,,EUR,0.00,0.00,0.00,0.00,19995.00,0.00,19995.00\n");
}

TEST_CASE("A bulk invoice import with one bad row imports nothing and keeps the indexes",
          "[import][bulk]")
{
    ServiceLedger ledger;
    loadCustomers(ledger);
    // The last row repeats the first number and the one before names an unknown customer.
    const QByteArray csv = invoiceFile(bulkInvoices, "INV-X,C9,2025-01-01,,1.00\n"
                                                     "INV-000001,C1,2025-01-01,,1.00\n");
    const ImportReport report = ledger.import(ImportKind::Invoices, csv);
    REQUIRE(report.issues.size() == 2);
    CHECK(report.issues.at(0).line == bulkInvoices + 2);
    CHECK(report.issues.at(0).column == 2);
    CHECK(report.issues.at(1).line == bulkInvoices + 3);
    CHECK(report.issues.at(1).column == 1);
    CHECK(report.issues.at(1).message.contains(u"INV-000001"_s));
    CHECK(report.rowsImported == 0);

    // Nothing was written, and the indexes are back: a small import and aging both work.
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "INV-000001,C1,2025-01-01,2025-01-31,7.00\n");
    CHECK(ledger.summary(agingOptions("2025-06-01")) ==
          "customer_id,customer_name,currency,current,1-30,31-60,61-90,91+,unapplied,total\n"
          "C1,Alpha,EUR,0.00,0.00,0.00,0.00,7.00,0.00,7.00\n"
          "TOTAL,,EUR,0.00,0.00,0.00,0.00,7.00,0.00,7.00\n");
}
