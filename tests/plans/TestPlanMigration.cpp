// Schema 2 (installment plans) upgrades a schema-1 ledger in place (STYLE: numbered
// migrations, each in a transaction): opening a ledger written before plans existed migrates it
// to the latest version, keeps every customer, invoice, payment, write-off and allocation, and
// lets plans use it. The old ledger is built the way ARDesk 1 left it: migration 0001 alone,
// through a raw connection.

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>
#include <QStringList>

#include "aging/AgingService.h"
#include "domain/Credit.h"
#include "exports/AgingCsvExporter.h"
#include "ledger/AllocationService.h"
#include "plans/PlanService.h"
#include "storage/Database.h"
#include "storage/LedgerInfoRepository.h"
#include "storage/Migrator.h"
#include "support/RawConnection.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::RawConnection;
using ardesk::test::TestLedger;

namespace {

// 'ARDk', the application_id of every ARDesk ledger.
constexpr qint64 ledgerApplicationId = 0x4152446b;

// A schema-1 ledger: customer C1 with INV-1 (600.00, 100.00 paid and 20.00 written off) and
// INV-2 (400.00, paid), payment X1 of 550.00 with 50.00 unapplied.
void makeSchemaOneLedger(const QString& path)
{
    const QList<Migrator::Step> steps = Migrator::steps();
    REQUIRE_FALSE(steps.isEmpty());
    REQUIRE(steps.first().version == 1);
    QFile script(steps.first().resourcePath);
    REQUIRE(script.open(QIODevice::ReadOnly));

    RawConnection raw(path);
    raw.exec(u"PRAGMA application_id = %1"_s.arg(ledgerApplicationId));
    for (const QString& statement : Migrator::statements(QString::fromUtf8(script.readAll())))
        raw.exec(statement);
    const QStringList data = {
        u"INSERT INTO ledger_info(key, value) VALUES ('company_name', 'Old Books'), "
        "('currency', 'EUR')"_s,
        u"INSERT INTO customers(id, code, name, currency, created_at) "
        "VALUES (1, 'C1', 'Alpha', 'EUR', '2025-01-01T00:00:00Z')"_s,
        u"INSERT INTO invoices(id, number, customer_id, issue_date, due_date, amount, currency, "
        "allocated, settled_date, created_at) VALUES "
        "(1, 'INV-1', 1, '2025-01-01', '2025-01-31', 60000, 'EUR', 12000, '9999-12-31', "
        "'2025-01-01T00:00:00Z'), "
        "(2, 'INV-2', 1, '2025-01-10', '2025-02-09', 40000, 'EUR', 40000, '2025-02-15', "
        "'2025-01-10T00:00:00Z')"_s,
        u"INSERT INTO credits(id, kind, code, customer_id, date, amount, currency, unapplied, "
        "created_at) VALUES (1, 'P', 'X1', 1, '2025-02-15', 55000, 'EUR', 5000, "
        "'2025-02-15T00:00:00Z')"_s,
        u"INSERT INTO write_offs(id, invoice_id, date, amount, reason, created_at) "
        "VALUES (1, 1, '2025-03-01', 2000, 'goodwill', '2025-03-01T00:00:00Z')"_s,
        u"INSERT INTO allocations(id, invoice_id, credit_id, write_off_id, source_date, amount) "
        "VALUES (1, 2, 1, NULL, '2025-02-15', 40000), (2, 1, 1, NULL, '2025-02-15', 10000), "
        "(3, 1, NULL, 1, '2025-03-01', 2000)"_s,
        u"PRAGMA user_version = 1"_s};
    for (const QString& statement : data)
        raw.exec(statement);
}

std::string detail(Database& database, const char* asOf)
{
    const auto report = AgingService(database).detail(test::agingOptions(asOf));
    REQUIRE(report.has_value());
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(AgingCsvExporter::writeDetail(*report, &buffer));
    return buffer.data().toStdString();
}

const char* const detailHeader =
    "customer_id,customer_name,currency,document,issue_date,due_date,age_days,bucket,"
    "open_amount\n";

} // namespace

TEST_CASE("A schema-1 ledger migrates to plans and keeps its data", "[plans][storage]")
{
    TestLedger files;
    makeSchemaOneLedger(files.path());

    auto opened = Database::open(files.path());
    if (!opened)
        FAIL("opening the schema-1 ledger: " << opened.error().detail.toStdString());
    Database& database = **opened;
    CHECK(database.schemaVersion() == Database::latestSchemaVersion());
    CHECK(LedgerInfoRepository(database).companyName() == u"Old Books"_s);

    // Allocations dated in between still count only from their dates.
    CHECK(detail(database, "2025-02-14") ==
          std::string(detailHeader) + "C1,Alpha,EUR,INV-1,2025-01-01,2025-01-31,14,1-30,600.00\n"
                                      "C1,Alpha,EUR,INV-2,2025-01-10,2025-02-09,5,1-30,400.00\n");
    CHECK(detail(database, "2025-02-28") ==
          std::string(detailHeader) + "C1,Alpha,EUR,X1,2025-02-15,,,unapplied,-50.00\n"
                                      "C1,Alpha,EUR,INV-1,2025-01-01,2025-01-31,28,1-30,500.00\n");
    CHECK(detail(database, "2025-03-31") ==
          std::string(detailHeader) + "C1,Alpha,EUR,X1,2025-02-15,,,unapplied,-50.00\n"
                                      "C1,Alpha,EUR,INV-1,2025-01-01,2025-01-31,59,31-60,480.00\n");

    // The rebuilt allocations table takes plans and payments to them.
    PlanRequest request{.customerCode = u"C1"_s,
                        .invoiceNumbers = {u"INV-1"_s},
                        .schedule = {.date = test::day("2025-04-01"),
                                     .installments = 2,
                                     .frequency = PlanFrequency::Monthly,
                                     .firstDue = test::day("2025-04-30")}};
    const auto plan = PlanService(database).create(request);
    if (!plan)
        FAIL("plan create: " << plan.error().detail.toStdString());
    CHECK(plan->plan.id.value == 1);
    const auto paid =
        AllocationService(database).record({.code = u"X2"_s,
                                            .customerId = CustomerId{1},
                                            .date = test::day("2025-04-30"),
                                            .amount = Money(54000, test::currency(u"EUR")),
                                            .planId = PlanId{1}});
    REQUIRE(paid.has_value());
    CHECK(paid->unappliedMinor == 6000);
    CHECK(detail(database, "2025-04-30") == std::string(detailHeader) +
                                                "C1,Alpha,EUR,X1,2025-02-15,,,unapplied,-50.00\n"
                                                "C1,Alpha,EUR,X2,2025-04-30,,,unapplied,-60.00\n");

    // Opening it again changes nothing more.
    opened->reset();
    auto again = Database::open(files.path());
    REQUIRE(again.has_value());
    CHECK((*again)->schemaVersion() == Database::latestSchemaVersion());
    CHECK(detail(**again, "2025-03-31") ==
          std::string(detailHeader) + "C1,Alpha,EUR,X1,2025-02-15,,,unapplied,-50.00\n"
                                      "C1,Alpha,EUR,INV-1,2025-01-01,2025-01-31,59,31-60,480.00\n");
}
