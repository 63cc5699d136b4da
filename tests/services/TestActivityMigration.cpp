// Schema 3 (the activity log) upgrades a schema-2 ledger in place: opening a ledger written
// before activities existed migrates it, keeps its customers, invoices and plans, and lets
// the activity log use them. The old ledger is built the way ARDesk left it: migrations 0001
// and 0002 alone, through a raw connection.

#include <catch2/catch.hpp>

#include <QFile>
#include <QStringList>

#include "ledger/ActivityService.h"
#include "ledger/CustomerService.h"
#include "plans/PlanService.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "support/RawConnection.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::day;
using ardesk::test::RawConnection;
using ardesk::test::TestLedger;

namespace {

// 'ARDk', the application_id of every ARDesk ledger.
constexpr qint64 ledgerApplicationId = 0x4152446b;

// A schema-2 ledger: customer C1 with INV-1 (600.00) and INV-2 (400.00), payment X1 400.00 on
// 2025-02-15 paying INV-2.
void makeSchemaTwoLedger(const QString& path)
{
    RawConnection raw(path);
    raw.exec(u"PRAGMA application_id = %1"_s.arg(ledgerApplicationId));
    for (const Migrator::Step& step : Migrator::steps()) {
        if (step.version > 2)
            break;
        QFile script(step.resourcePath);
        REQUIRE(script.open(QIODevice::ReadOnly));
        for (const QString& statement : Migrator::statements(QString::fromUtf8(script.readAll())))
            raw.exec(statement);
    }
    const QStringList data = {
        u"INSERT INTO ledger_info(key, value) VALUES ('company_name', 'Old Books'), "
        "('currency', 'EUR')"_s,
        u"INSERT INTO customers(id, code, name, currency, created_at) "
        "VALUES (1, 'C1', 'Alpha', 'EUR', '2025-01-01T00:00:00Z')"_s,
        u"INSERT INTO invoices(id, number, customer_id, issue_date, due_date, amount, currency, "
        "allocated, settled_date, created_at) VALUES "
        "(1, 'INV-1', 1, '2025-01-01', '2025-01-31', 60000, 'EUR', 0, '9999-12-31', "
        "'2025-01-01T00:00:00Z'), "
        "(2, 'INV-2', 1, '2025-01-10', '2025-02-09', 40000, 'EUR', 40000, '2025-02-15', "
        "'2025-01-10T00:00:00Z')"_s,
        u"INSERT INTO credits(id, kind, code, customer_id, date, amount, currency, unapplied, "
        "created_at) VALUES (1, 'P', 'X1', 1, '2025-02-15', 40000, 'EUR', 0, "
        "'2025-02-15T00:00:00Z')"_s,
        u"INSERT INTO allocations(id, invoice_id, credit_id, source_date, amount, "
        "effective_date, item_due_date, currency) "
        "VALUES (1, 2, 1, '2025-02-15', 40000, '2025-02-15', '2025-02-09', 'EUR')"_s,
        u"PRAGMA user_version = 2"_s};
    for (const QString& statement : data)
        raw.exec(statement);
}

} // namespace

TEST_CASE("A schema-2 ledger migrates to the activity log and keeps its data",
          "[activity][storage]")
{
    TestLedger files;
    makeSchemaTwoLedger(files.path());

    auto opened = Database::open(files.path());
    if (!opened)
        FAIL("opening the schema-2 ledger: " << opened.error().detail.toStdString());
    Database& database = **opened;
    CHECK(database.schemaVersion() >= 3);
    CHECK(database.schemaVersion() == Database::latestSchemaVersion());

    const auto customer = CustomerService(database).find(CustomerId{1});
    REQUIRE(customer.has_value());
    CHECK(customer->name == u"Alpha"_s);

    ActivityService activities(database);
    const auto promise =
        activities.recordPromise({.customer = CustomerId{1},
                                  .date = day("2025-02-10"),
                                  .amount = Money(40000, *CurrencyCode::fromCode(u"EUR")),
                                  .payBy = day("2025-02-20"),
                                  .invoice = InvoiceId{2}});
    REQUIRE(promise.has_value());
    REQUIRE(activities.openDispute(CustomerId{1}, InvoiceId{1}, day("2025-02-01"), u"price"_s));
    const auto entries = activities.list(CustomerId{1}, day("2025-02-28"), 10);
    REQUIRE(entries.has_value());
    REQUIRE(entries->size() == 2);
    // X1 from before the upgrade keeps the promise.
    CHECK(entries->at(0).promiseStatus == PromiseStatus::Kept);
    CHECK(activities.isDisputed(InvoiceId{1}) == true);

    // Plans still work on the upgraded ledger.
    const auto plan =
        PlanService(database).create({.customerCode = u"C1"_s,
                                      .invoiceNumbers = {u"INV-1"_s},
                                      .schedule = {.date = day("2025-03-01"),
                                                   .installments = 2,
                                                   .frequency = PlanFrequency::Monthly,
                                                   .firstDue = day("2025-03-31")}});
    if (!plan)
        FAIL("plan create: " << plan.error().detail.toStdString());

    // Opening it again changes nothing more.
    opened->reset();
    auto again = Database::open(files.path());
    REQUIRE(again.has_value());
    CHECK(ActivityService(**again).list(CustomerId{1}, day("2025-02-28"), 10)->size() == 2);
}
