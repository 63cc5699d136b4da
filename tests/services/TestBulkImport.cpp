// A file large enough for a bulk load (RowImporter::bulkRows and more) takes another path: the
// secondary indexes of the tables it fills (invoices; credits and allocations) are set aside
// during the load and built again before the commit, customers are read once, and the
// invoices' balance indexes are rebuilt rather than updated when most invoices change. The contract
// must not notice: same rows, same errors, and nothing changed when a row is bad — including the
// indexes, which aging reads by name.

#include <catch2/catch.hpp>

#include <QSqlQuery>

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

// One payment of each invoice of invoiceFile(count), in full, dated 2025-03-01.
QByteArray paymentFile(int count, const QByteArray& lastRow = {})
{
    QByteArray csv = "payment_id,customer_id,date,amount,invoice_number\n";
    csv.reserve(count * 48);
    for (int i = 1; i <= count; ++i) {
        const QByteArray number = QByteArray::number(i).rightJustified(6, '0');
        const QByteArray customer = QByteArray::number(i % 3 + 1);
        csv += "P-" + number + ",C" + customer + ",2025-03-01," + customer + ".00,INV-" + number +
               "\n";
    }
    return csv + lastRow;
}

// "name|sql" of every index, as the ledger's connection sees them.
QStringList indexes(Database& database)
{
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(u"SELECT name, coalesce(sql, '') AS sql FROM sqlite_schema "
                       "WHERE type = 'index' ORDER BY name"_s));
    QStringList rows;
    while (query.next())
        rows.append(query.value(u"name"_s).toString() + u'|' + query.value(u"sql"_s).toString());
    return rows;
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

TEST_CASE("A bulk payment import settles every invoice it pays and keeps every index",
          "[import][bulk]")
{
    ServiceLedger ledger;
    loadCustomers(ledger);
    ledger.load(ImportKind::Invoices, invoiceFile(bulkInvoices));
    const QStringList before = indexes(ledger.database());
    const QByteArray csv = paymentFile(bulkInvoices);
    REQUIRE(csv.size() / 32 >= RowImporter::bulkRows);

    const ImportReport report = ledger.import(ImportKind::Payments, csv);
    INFO(describe(report));
    REQUIRE(report.succeeded());
    CHECK(report.rowsImported == bulkInvoices);
    CHECK(indexes(ledger.database()) == before);

    // Before the payments' date everything is still owed; after it, nothing: the settled
    // dates come from the allocations, read through their rebuilt index.
    CHECK(ledger.summary(agingOptions("2025-02-15")) ==
          "customer_id,customer_name,currency,current,1-30,31-60,61-90,91+,unapplied,total\n"
          "C1,Alpha,EUR,0.00,20000.00,0.00,0.00,0.00,0.00,20000.00\n"
          "C2,Beta,EUR,0.00,40000.00,0.00,0.00,0.00,0.00,40000.00\n"
          "C3,Gamma,EUR,0.00,60000.00,0.00,0.00,0.00,0.00,60000.00\n"
          "TOTAL,,EUR,0.00,120000.00,0.00,0.00,0.00,0.00,120000.00\n");
    CHECK(ledger.summary(agingOptions("2025-06-01")) ==
          "customer_id,customer_name,currency,current,1-30,31-60,61-90,91+,unapplied,total\n");
    CHECK(ledger.openItems("2025-06-01").find("INV-") == std::string::npos);
}

TEST_CASE("A bulk payment import with one bad row imports nothing and keeps the indexes",
          "[import][bulk]")
{
    ServiceLedger ledger;
    loadCustomers(ledger);
    ledger.load(ImportKind::Invoices, invoiceFile(bulkInvoices));
    const QStringList before = indexes(ledger.database());
    const ImportReport report = ledger.import(
        ImportKind::Payments, paymentFile(bulkInvoices, "P-000001,C1,2025-03-02,1.00,\n"));
    REQUIRE(report.issues.size() == 1);
    CHECK(report.issues.at(0).line == bulkInvoices + 2);
    CHECK(report.issues.at(0).message.contains(u"P-000001"_s));
    CHECK(report.rowsImported == 0);
    CHECK(indexes(ledger.database()) == before);

    // Nothing was paid, and a small payment import afterwards works as usual.
    ledger.load(ImportKind::Payments,
                "payment_id,customer_id,date,amount\nP-000001,C1,2025-03-01,5.00\n");
    CHECK(ledger.summary(agingOptions("2025-06-01", AgingBasis::DueDate, u"30,60,90", u"C1"_s)) ==
          "customer_id,customer_name,currency,current,1-30,31-60,61-90,91+,unapplied,total\n"
          "C1,Alpha,EUR,0.00,0.00,0.00,0.00,19995.00,0.00,19995.00\n"
          "TOTAL,,EUR,0.00,0.00,0.00,0.00,19995.00,0.00,19995.00\n");
}
