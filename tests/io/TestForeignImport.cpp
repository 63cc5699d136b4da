// Imports from the files other bookkeeping tools leave: QuickBooks Online, Xero and
// GnuCash layouts translated into native rows, read back through the core's services. The
// sample files in tests/data/foreign follow each tool's real layout.

#include <catch2/catch.hpp>

#include <QDir>

#include "imports/ForeignAmount.h"
#include "imports/NativeImporter.h"
#include "ledger/CustomerService.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using namespace ardesk::test;

namespace {

QString sample(const char* name)
{
    return QDir(u"" ARDESK_FOREIGN_DATA ""_s).filePath(QString::fromLatin1(name));
}

ImportReport importFile(ServiceLedger& ledger, ImportKind kind, const QString& path,
                        ImportFormat format, std::optional<DateOrder> order = std::nullopt,
                        bool dryRun = false, DecimalMark mark = DecimalMark::Point)
{
    auto report = NativeImporter(ledger.database())
                      .run(kind, path,
                           {.dryRun = dryRun,
                            .format = format,
                            .dateOrder = order,
                            .decimalMark = mark,
                            .progress = {}});
    REQUIRE(report);
    return *report;
}

void load(ServiceLedger& ledger, ImportKind kind, const char* name, ImportFormat format,
          std::optional<DateOrder> order = std::nullopt)
{
    const ImportReport report = importFile(ledger, kind, sample(name), format, order);
    INFO(describe(report));
    REQUIRE(report.succeeded());
    REQUIRE(report.rowsImported > 0);
}

// "code|name|email|address|currency" of every customer, by name.
std::string customers(ServiceLedger& ledger)
{
    auto rows = CustomerService(ledger.database()).page(CustomerQuery{}, 0, 100);
    REQUIRE(rows);
    std::string out;
    for (const CustomerListRow& row : *rows) {
        const Customer& c = row.customer;
        out +=
            QStringList{
                c.code,           c.name, c.email, c.phone, QString(c.address).replace(u'\n', u'/'),
                c.currency.code()}
                .join(u'|')
                .toStdString() +
            '\n';
    }
    return out;
}

// "document issue_date due_date open_amount" of every open invoice.
std::string invoices(ServiceLedger& ledger)
{
    const std::string detail = ledger.detail(agingOptions("2030-12-31"));
    std::string out;
    const QStringList lines = QString::fromStdString(detail).split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        // customer_id,customer_name,currency,document,issue_date,due_date,age_days,bucket,open
        const QStringList f = lines.at(i).split(u',');
        const qsizetype n = f.size();
        out += QStringList{f.at(n - 6), f.at(n - 5), f.at(n - 4), f.at(n - 1)}
                   .join(u' ')
                   .toStdString() +
               '\n';
    }
    return out;
}

} // namespace

TEST_CASE("Xero: contacts and multi-line invoices from a UK sales-invoice file", "[foreign]")
{
    ServiceLedger ledger(u"EUR");
    load(ledger, ImportKind::Customers, "xero-uk.csv", ImportFormat::Xero);
    CHECK(customers(ledger) ==
          "Harbour Lights, Ltd|Harbour Lights, Ltd|accounts@harbourlights.co.uk||"
          "12 Quay Street/Bristol BS1 4DJ/United Kingdom|GBP\n"
          "Morwenna Pryce|Morwenna Pryce|morwenna@pryce.example||"
          "Flat 2/7 Ship Lane/Falmouth Cornwall TR11 3DF/United Kingdom|GBP\n");

    const ImportReport report =
        importFile(ledger, ImportKind::Invoices, sample("xero-uk.csv"), ImportFormat::Xero);
    INFO(describe(report));
    REQUIRE(report.succeeded());
    CHECK(report.dateOrder == DateOrder::DayMonthYear);
    CHECK(report.rowsImported == 2);
    // INV-0101: 2 × 150.00 less 10 % = 270.00, + 54.00 tax; 1.5 × 33.335 = 50.0025 → 50.00,
    // + 10.00 tax: 384.00.
    CHECK(invoices(ledger) == "INV-0101 2019-03-29 2019-04-28 384.00\n"
                              "INV-0102 2019-04-02 2019-05-02 1250.00\n");
}

TEST_CASE("Xero: a US file is read as M/D/Y", "[foreign]")
{
    ServiceLedger ledger(u"USD");
    load(ledger, ImportKind::Customers, "xero-us.csv", ImportFormat::Xero);
    const ImportReport report =
        importFile(ledger, ImportKind::Invoices, sample("xero-us.csv"), ImportFormat::Xero);
    INFO(describe(report));
    REQUIRE(report.succeeded());
    CHECK(report.dateOrder == DateOrder::MonthDayYear);
    CHECK(invoices(ledger) == "US-1 2019-03-29 2019-04-28 125.00\n");
}

TEST_CASE("QuickBooks Online: Full Name is the customer id; ItemAmount plus ItemTaxAmount",
          "[foreign]")
{
    ServiceLedger ledger(u"USD");
    load(ledger, ImportKind::Customers, "quickbooks-customers.csv", ImportFormat::QuickBooks);
    CHECK(customers(ledger) ==
          "Amy's Bird Sanctuary|Amy's Bird Sanctuary|birds@intuit.example|(650) 555-3311|"
          "4581 Finch St./Bayshore, CA 94326/USA|USD\n"
          "Cool Cars, Inc.|Cool Cars, Inc.|cool_cars@intuit.example|(415) 555-9933|"
          "65 Ocean Dr./Half Moon Bay, CA 94213/USA|USD\n");
    const ImportReport report = importFile(
        ledger, ImportKind::Invoices, sample("quickbooks-invoices.csv"), ImportFormat::QuickBooks);
    INFO(describe(report));
    REQUIRE(report.succeeded());
    CHECK(report.dateOrder == DateOrder::MonthDayYear);
    // 100.00 + 8.25 + 1,049.99 + 86.62
    CHECK(invoices(ledger) == "1001 2026-08-09 2026-09-08 1244.86\n"
                              "1002 2026-08-15 2026-09-14 320.00\n");
}

TEST_CASE("GnuCash: ';' and ',' files, continuation rows, discounts, due date defaults",
          "[foreign]")
{
    ServiceLedger ledger(u"EUR");
    load(ledger, ImportKind::Customers, "gnucash-customers.csv", ImportFormat::GnuCash);
    // The third row has neither company nor name: ignored, as GnuCash ignores it.
    CHECK(customers(ledger) == "1001|All Star Company|contact@allstar.com|0482938838|"
                               "Union Avenue 776/San Juan/CA|EUR\n"
                               "1002|Pietro Rossi|pietro@rossi.example||Via Roma 1/Milano|EUR\n");
    load(ledger, ImportKind::Invoices, "gnucash-invoices-semicolon.csv", ImportFormat::GnuCash);
    // 20221: 769.95 less 10 % = 692.955 → 692.96 (half-up), + 2 × 100 less 15.50 = 184.50.
    // 20222: 3 × 80.25, no due date: due when posted.
    CHECK(invoices(ledger) == "20221 2018-12-16 2019-01-16 877.46\n"
                              "20222 2018-12-20 2018-12-20 240.75\n");

    // Every date of the ',' file fits both orders: nothing is imported until one is chosen.
    const ImportReport ambiguous = importFile(
        ledger, ImportKind::Invoices, sample("gnucash-invoices-comma.csv"), ImportFormat::GnuCash);
    REQUIRE(ambiguous.issues.size() == 1);
    CHECK(ambiguous.issues.first().toString().contains(u"cannot tell the date order"_s));
    CHECK(ambiguous.issues.first().toString().contains(u"--date-order"_s));
    load(ledger, ImportKind::Invoices, "gnucash-invoices-comma.csv", ImportFormat::GnuCash,
         DateOrder::DayMonthYear);
    // Detail rows are by customer name, then due date.
    CHECK(invoices(ledger) == "20221 2018-12-16 2019-01-16 877.46\n"
                              "20301 2019-01-02 2019-03-03 500.00\n"
                              "20222 2018-12-20 2018-12-20 240.75\n");
}

TEST_CASE("GnuCash in German: amounts with a decimal comma, dates with dots", "[foreign]")
{
    ServiceLedger ledger(u"EUR");
    load(ledger, ImportKind::Customers, "gnucash-customers.csv", ImportFormat::GnuCash);
    const QString file = sample("gnucash-invoices-decimal-comma.csv");

    // Read with a decimal point, "12,5" is no number: the file's own line and column say so,
    // and nothing is imported.
    const ImportReport asPoint = importFile(ledger, ImportKind::Invoices, file,
                                            ImportFormat::GnuCash, DateOrder::DayMonthYear);
    REQUIRE_FALSE(asPoint.succeeded());
    const QString first = asPoint.issues.first().toString();
    CHECK(first.contains(u"gnucash-invoices-decimal-comma.csv:1:10:"_s));
    CHECK(first.contains(u"1,234.56"_s));
    CHECK(invoices(ledger).empty());

    // 12.5 h × 84.40 less 5 % = 1,002.25; 2 × 1,249.99 = 2,499.98. Every date fits D.M.Y and
    // M.D.Y alike, so the order is given; the invoice is dated when posted (05.02.2019).
    const ImportReport asComma =
        importFile(ledger, ImportKind::Invoices, file, ImportFormat::GnuCash,
                   DateOrder::DayMonthYear, false, DecimalMark::Comma);
    INFO(describe(asComma));
    REQUIRE(asComma.succeeded());
    CHECK(invoices(ledger) == "20401 2019-02-05 2019-03-07 3502.23\n");
}

TEST_CASE("Foreign amounts: decimal point or decimal comma, thousands in groups of three",
          "[foreign]")
{
    struct Case {
        const char* text;
        DecimalMark mark;
        std::optional<qint64> cents;
    };
    const Case cases[] = {
        {"1234.56", DecimalMark::Point, 123456},  {"1,234.56", DecimalMark::Point, 123456},
        {"1.234,56", DecimalMark::Point, {}},     {"1234,56", DecimalMark::Comma, 123456},
        {"1.234,56", DecimalMark::Comma, 123456}, {"1.234.567,8", DecimalMark::Comma, 123456780},
        {"1,234.56", DecimalMark::Comma, {}},     {"12.34", DecimalMark::Comma, {}},
        {"0,005", DecimalMark::Comma, 1},         {"-5,00", DecimalMark::Comma, {}},
        {"1.23,4", DecimalMark::Comma, {}},       {",5", DecimalMark::Comma, {}},
    };
    for (const Case& c : cases) {
        INFO(c.text << (c.mark == DecimalMark::Comma ? " with a decimal comma" : ""));
        const auto amount = ForeignAmount::parse(QString::fromLatin1(c.text), c.mark);
        REQUIRE(amount.has_value() == c.cents.has_value());
        if (amount)
            CHECK(amount->minor(2) == c.cents);
    }
}

TEST_CASE("Foreign files: every bad row listed at the file's line and column, nothing imported",
          "[foreign]")
{
    ServiceLedger ledger(u"USD");
    load(ledger, ImportKind::Customers, "quickbooks-customers.csv", ImportFormat::QuickBooks);
    const QString path =
        ledger.writeFile("*InvoiceNo,*Customer,*InvoiceDate,*DueDate,Memo,*ItemAmount\n"
                         "2001,Amy's Bird Sanctuary,08/19/2026,09/18/2026,,10.00\n"
                         "2002,Nobody Inc,08/19/2026,09/18/2026,,20.00\n"
                         "2003,\"Cool Cars, Inc.\",08/32/2026,09/18/2026,,30.00\n"
                         "2004,\"Cool Cars, Inc.\",08/19/2026,09/18/2026,,-5.00\n"
                         "2001,Amy's Bird Sanctuary,08/19/2026,09/18/2026,,\"1,00.00\"\n");
    const ImportReport report =
        importFile(ledger, ImportKind::Invoices, path, ImportFormat::QuickBooks);
    CHECK(locations(report) == "3:2 4:3 5:6 6:6");
    const QStringList messages = [&] {
        QStringList all;
        for (const ImportIssue& issue : report.issues)
            all.append(issue.toString().mid(path.size()));
        return all;
    }();
    CHECK(messages.at(0) == u":3:2: *Customer: no customer \"Nobody Inc\" in the ledger"_s);
    CHECK(messages.at(1) == u":4:3: *InvoiceDate: expected a date as M/D/Y, like 3/29/2019, got "
                            u"\"08/32/2026\""_s);
    CHECK(messages.at(2).startsWith(u":5:6: *ItemAmount: expected a number"_s));
    CHECK(report.rowsImported == 0);
    CHECK(invoices(ledger).empty());

    // A dry run of a good file validates fully and changes nothing.
    const ImportReport dry =
        importFile(ledger, ImportKind::Invoices, sample("quickbooks-invoices.csv"),
                   ImportFormat::QuickBooks, std::nullopt, true);
    CHECK(dry.succeeded());
    CHECK(invoices(ledger).empty());
}

TEST_CASE("Foreign files: lines that add up past the largest amount are refused, not wrapped",
          "[foreign]")
{
    ServiceLedger ledger(u"GBP");
    load(ledger, ImportKind::Customers, "xero-uk.csv", ImportFormat::Xero);
    // Two lines of 90,000 × 999,999,999,999.99: each fits, together they pass 2^63 minor units.
    const QByteArray header =
        "*ContactName,*InvoiceNumber,*InvoiceDate,*DueDate,*Description,*Quantity,*UnitAmount,"
        "*AccountCode,*TaxType,Currency\n";
    const QByteArray line = "\"Harbour Lights, Ltd\",INV-9,29/3/2019,28/4/2019,Big,90000,"
                            "999999999999.99,200,No VAT,GBP\n";
    const QString path = ledger.writeFile(header + line + line);
    const ImportReport report =
        importFile(ledger, ImportKind::Invoices, path, ImportFormat::Xero, DateOrder::DayMonthYear);
    INFO(describe(report));
    REQUIRE(report.issues.size() == 1);
    CHECK(report.issues.at(0).line == 3);
    CHECK(report.issues.at(0).message.contains(u"amount too large"_s));
    CHECK(report.rowsImported == 0);
    CHECK(invoices(ledger).empty());
}

TEST_CASE("Foreign files: an invoice number whose lines name two customers is refused at each "
          "line that names another",
          "[foreign]")
{
    ServiceLedger ledger(u"GBP");
    load(ledger, ImportKind::Customers, "xero-uk.csv", ImportFormat::Xero);
    const QString path = ledger.writeFile(
        "*ContactName,*InvoiceNumber,*InvoiceDate,*DueDate,*Description,*Quantity,*UnitAmount,"
        "*AccountCode,*TaxType,Currency\n"
        "\"Harbour Lights, Ltd\",INV-9,29/3/2019,28/4/2019,Lamps,1,10.00,200,No VAT,GBP\n"
        "Morwenna Pryce,INV-9,29/3/2019,28/4/2019,Survey,1,20.00,200,No VAT,GBP\n"
        "\"Harbour Lights, Ltd\",INV-9,29/3/2019,28/4/2019,Fitting,1,30.00,200,No VAT,GBP\n"
        "Morwenna Pryce,INV-9,29/3/2019,28/4/2019,Survey,1,40.00,200,No VAT,GBP\n"
        "Morwenna Pryce,INV-10,2/4/2019,2/5/2019,Survey,1,50.00,200,No VAT,GBP\n");
    const ImportReport report =
        importFile(ledger, ImportKind::Invoices, path, ImportFormat::Xero, DateOrder::DayMonthYear);
    INFO(describe(report));
    CHECK(locations(report) == "3:1 5:1");
    REQUIRE(report.issues.size() == 2);
    CHECK(report.issues.at(0).message.toStdString() ==
          "*ContactName: invoice INV-9 is for Harbour Lights, Ltd (line 2): one invoice cannot "
          "be for two "
          "customers");
    CHECK(report.rowsImported == 0);
    CHECK(invoices(ledger).empty());
}

TEST_CASE("Foreign files: a value starting with a byte-order mark is refused once, where it is",
          "[foreign]")
{
    ServiceLedger ledger(u"GBP");
    // Xero's contact name is both the customer's id and its name: one field, one issue.
    const QString path = ledger.writeFile("*ContactName,EmailAddress\n"
                                          "Zed Ltd,z@zed.example\n"
                                          "\xEF\xBB\xBF"
                                          "Bom Ltd,b@bom.example\n");
    const ImportReport report = importFile(ledger, ImportKind::Customers, path, ImportFormat::Xero);
    INFO(describe(report));
    CHECK(locations(report) == "3:1");
    REQUIRE(report.issues.size() == 1);
    CHECK(report.issues.at(0).message.startsWith(
        u"*ContactName: starts with an invisible byte-order mark (U+FEFF)"_s));
    CHECK(report.rowsImported == 0);
}

TEST_CASE("Foreign files: GnuCash field count, payments refused, chosen order", "[foreign]")
{
    ServiceLedger ledger(u"EUR");
    load(ledger, ImportKind::Customers, "gnucash-customers.csv", ImportFormat::GnuCash);
    const QString shortRow = ledger.writeFile("30001;1/2/2019;1001;;;;x;;;1;5\n");
    const ImportReport report =
        importFile(ledger, ImportKind::Invoices, shortRow, ImportFormat::GnuCash);
    REQUIRE(report.issues.size() == 1);
    CHECK(report.issues.first().toString().endsWith(
        u":1: expected 22 fields (21 separators), found 11"_s));

    const ImportReport payments = importFile(
        ledger, ImportKind::Payments, sample("gnucash-customers.csv"), ImportFormat::GnuCash);
    REQUIRE(payments.issues.size() == 1);
    CHECK(payments.issues.first().message.contains(u"imports customers and invoices"_s));

    // Chosen M/D/Y for a D/M/Y file: the dates that do not fit are errors at their columns.
    const ImportReport wrongOrder =
        importFile(ledger, ImportKind::Invoices, sample("gnucash-invoices-semicolon.csv"),
                   ImportFormat::GnuCash, DateOrder::MonthDayYear);
    CHECK(wrongOrder.dateOrder == DateOrder::MonthDayYear);
    CHECK(locations(wrongOrder) == "1:2 1:18 1:19 3:2 3:6 3:18");
    CHECK(invoices(ledger).empty());
}
