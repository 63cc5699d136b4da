// Backups (File > Backup…): a copy written with VACUUM INTO must open as a ledger of its own,
// with the same data, and must never overwrite a file.

#include <catch2/catch.hpp>

#include <QFile>

#include "ledger/BackupService.h"
#include "ledger/CustomerService.h"
#include "ledger/LedgerInfoService.h"
#include "storage/Database.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::ServiceLedger;

TEST_CASE("A backup opens as a ledger with the same customers", "[services][backup]")
{
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, "customer_id,name\nC1,Alpha\nC2,Bäckerei Süd\nC3,Gamma\n");
    ledger.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                      "I1,C1,2026-01-05,2026-02-04,100.00\n");
    const QString target = ledger.dir() + u"/backups/copy.ardesk"_s;

    REQUIRE(BackupService(ledger.database()).backUp(target).has_value());

    auto copy = Database::open(target);
    INFO((copy ? QString() : copy.error().detail).toStdString());
    REQUIRE(copy.has_value());
    CHECK((*copy)->schemaVersion() == Database::latestSchemaVersion());
    const auto count = CustomerService(**copy).count({});
    REQUIRE(count.has_value());
    CHECK(*count == 3);
    CHECK(*count == ledger.customerCount());
    LedgerInfoService original(ledger.database());
    LedgerInfoService copied(**copy);
    CHECK(*copied.companyName() == *original.companyName());
    CHECK(copied.currency()->code() == u"EUR"_s);
}

TEST_CASE("A backup never overwrites a file", "[services][backup]")
{
    ServiceLedger ledger;
    const QString target = ledger.dir() + u"/precious.ardesk"_s;
    {
        QFile file(target);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("keep me");
    }

    const auto written = BackupService(ledger.database()).backUp(target);
    REQUIRE_FALSE(written.has_value());
    CHECK(written.error().code == ErrorCode::AlreadyExists);
    QFile file(target);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == "keep me");
}
