// Schema 15 (corrections): a ledger of schema 14 opens with every document unmarked (no void,
// no correction), its write-offs still write-offs, its credits never changed, the same aging as
// before, and takes corrections at once.

#include <catch2/catch.hpp>

#include "StorageLedger.h"
#include "aging/AgingService.h"
#include "ledger/CreditCorrectionService.h"
#include "ledger/InvoiceCorrectionService.h"
#include "support/ServiceLedger.h"
#include "support/TestLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using namespace ardesk::test;

namespace {

constexpr int versionBefore = 14;

// Migrations 0001 to 0014 alone, through another connection: the ledger ARDesk left before.
void buildLedgerAtVersionBefore(const QString& path)
{
    RawLedger raw(path);
    raw.migrateTo(versionBefore);
    raw.exec(u"INSERT INTO ledger_info(key, value) VALUES ('company_name', 'Upgrade Ltd'), "
             "('currency', 'EUR')"_s);
    raw.exec(u"INSERT INTO customers(id, code, name, currency, created_at) VALUES "
             "(1, 'C1', 'Alpha', 'EUR', '2025-01-01T08:00:00Z')"_s);
    // INV-1 100.00 paid 50.00 by P-1 (80.00, 30.00 left unapplied); INV-2 40.00 written off.
    raw.exec(u"INSERT INTO invoices(id, number, customer_id, issue_date, due_date, amount, "
             "currency, allocated, settled_date, created_at) VALUES "
             "(1, 'INV-1', 1, '2025-01-01', '2025-01-31', 10000, 'EUR', 5000, '9999-12-31', "
             "'2025-01-01T09:00:00Z'), "
             "(2, 'INV-2', 1, '2025-01-05', '2025-02-04', 4000, 'EUR', 4000, '2025-03-01', "
             "'2025-01-05T09:00:00Z')"_s);
    raw.exec(u"INSERT INTO credits(id, kind, code, customer_id, date, amount, currency, "
             "unapplied, created_at) VALUES (1, 'P', 'P-1', 1, '2025-02-01', 8000, 'EUR', 3000, "
             "'2025-02-01T09:00:00Z')"_s);
    raw.exec(u"INSERT INTO write_offs(id, invoice_id, date, amount, reason, created_at) VALUES "
             "(1, 2, '2025-03-01', 4000, 'bad debt', '2025-03-01T09:00:00Z')"_s);
    raw.exec(u"INSERT INTO allocations(invoice_id, credit_id, write_off_id, source_date, amount, "
             "effective_date, item_due_date, currency) VALUES "
             "(1, 1, NULL, '2025-02-01', 5000, '2025-02-01', '2025-01-31', 'EUR'), "
             "(2, NULL, 1, '2025-03-01', 4000, '2025-03-01', '2025-02-04', 'EUR')"_s);
}

std::string openItems(Database& database, const char* asOf)
{
    const auto detail = AgingService(database).detail(agingOptions(asOf));
    REQUIRE(detail.has_value());
    std::string out;
    for (const AgingDetailRow& row : detail->rows)
        out += row.document.toStdString() + ' ' + std::to_string(row.openMinor) + '\n';
    return out;
}

} // namespace

TEST_CASE("A schema-14 ledger opens with its documents unmarked and takes corrections",
          "[storage][upgrade][corrections]")
{
    TestLedger files;
    buildLedgerAtVersionBefore(files.path());

    auto opened = Database::open(files.path());
    REQUIRE(opened.has_value());
    Database& database = **opened;
    CHECK(database.schemaVersion() == Database::latestSchemaVersion());
    {
        RawLedger raw(files.path());
        CHECK(raw.hasTable(u"corrections"_s));
        CHECK(raw.rows(u"SELECT number, void_date, void_reason FROM invoices ORDER BY id"_s) ==
              QStringList{u"INV-1|NULL|"_s, u"INV-2|NULL|"_s});
        CHECK(raw.rows(u"SELECT code, unapplied, void_date, changed_until FROM credits"_s) ==
              QStringList{u"P-1|3000|NULL|NULL"_s});
        CHECK(raw.rows(u"SELECT kind, is_void FROM write_offs"_s) == QStringList{u"W|0"_s});
        CHECK(raw.rows(u"PRAGMA foreign_key_check"_s).isEmpty());
    }
    CHECK(openItems(database, "2025-02-15") == "P-1 -3000\nINV-1 5000\nINV-2 4000\n");
    CHECK(openItems(database, "2025-03-01") == "P-1 -3000\nINV-1 5000\n");

    // The upgraded ledger takes a void at once, and as of the days before it reads as before.
    REQUIRE(CreditCorrectionService(database)
                .voidCredit(Credit::Kind::Payment, u"P-1"_s, day("2025-03-10"), u"bounced"_s)
                .has_value());
    REQUIRE(InvoiceCorrectionService(database)
                .edit({.number = u"INV-1"_s, .description = u"Consulting"_s})
                .has_value());
    CHECK(openItems(database, "2025-02-15") == "P-1 -3000\nINV-1 5000\nINV-2 4000\n");
    CHECK(openItems(database, "2025-03-10") == "INV-1 10000\n");
    RawLedger raw(files.path());
    CHECK(raw.value(u"SELECT count(*) FROM corrections"_s).toInt() == 3);
}
