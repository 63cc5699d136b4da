// Schema 17 (the audit trail): a ledger of schema 16 opens with its documents as they were and
// an empty trail (what happened before the upgrade was never recorded, and is not made up), and
// records the first change after it with the user and the clock's time.

#include <catch2/catch.hpp>

#include "StorageLedger.h"
#include "domain/Clock.h"
#include "ledger/InvoiceCorrectionService.h"
#include "support/ServiceLedger.h"
#include "support/TestLedger.h"
#include "support/UserOverride.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using namespace ardesk::test;

namespace {

constexpr int versionBefore = 16;

// Migrations 0001 to 0016 alone, through another connection: the ledger ARDesk left before.
void buildLedgerAtVersionBefore(const QString& path)
{
    RawLedger raw(path);
    raw.migrateTo(versionBefore);
    raw.exec(u"INSERT INTO ledger_info(key, value) VALUES ('company_name', 'Upgrade Ltd'), "
             "('currency', 'EUR')"_s);
    raw.exec(u"INSERT INTO customers(id, code, name, currency, created_at, folded_name) VALUES "
             "(1, 'C1', 'Alpha', 'EUR', '2025-01-01T08:00:00Z', 'alpha')"_s);
    raw.exec(u"INSERT INTO invoices(id, number, customer_id, issue_date, due_date, amount, "
             "currency, created_at) VALUES (1, 'INV-1', 1, '2025-01-01', '2025-01-31', 10000, "
             "'EUR', '2025-01-01T09:00:00Z')"_s);
}

} // namespace

TEST_CASE("A schema-16 ledger opens with an empty audit trail and records what follows",
          "[storage][upgrade][audit]")
{
    TestLedger files;
    buildLedgerAtVersionBefore(files.path());

    UserOverride user("upgrader");
    auto opened = Database::open(files.path());
    REQUIRE(opened.has_value());
    Database& database = **opened;
    CHECK(database.schemaVersion() == Database::latestSchemaVersion());
    {
        RawLedger raw(files.path());
        CHECK(raw.hasTable(u"audit_trail"_s));
        CHECK(raw.value(u"SELECT count(*) FROM audit_trail"_s).toInt() == 0);
        // No signature is left between transactions.
        CHECK(raw.rows(u"SELECT made_by, made_at FROM audit_context"_s) == QStringList{u"|"_s});
        CHECK(raw.rows(u"SELECT number, amount FROM invoices"_s) == QStringList{u"INV-1|10000"_s});
    }

    ClockOverride clock(
        std::make_shared<FixedClock>(QDateTime(QDate(2025, 2, 1), QTime(10, 0), Qt::UTC)));
    REQUIRE(InvoiceCorrectionService(database)
                .edit({.number = u"INV-1"_s, .description = u"Consulting"_s})
                .has_value());
    RawLedger raw(files.path());
    CHECK(raw.rows(u"SELECT customer_id, document_kind, document_id, document, action, related, "
                   "amount, currency, made_by, made_at FROM audit_trail"_s) ==
          QStringList{u"1|invoice|1|INV-1|changed||10000|EUR|upgrader|2025-02-01T10:00:00Z"_s});
    CHECK(raw.rows(u"SELECT made_by, made_at FROM audit_context"_s) == QStringList{u"|"_s});
}
