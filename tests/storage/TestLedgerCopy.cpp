// LedgerCopier on files: the copy knows every table of the schema in an order its foreign keys
// allow, writes the same rows and schema, reads one snapshot while others post, and leaves
// nothing at the target when it is refused, fails or is cancelled. The server side is in
// TestServerLedger.cpp; the round trip through a server, checked by every report, in
// tests/server/copy_round_trip.py.

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>

#include "StorageLedger.h"
#include "demo/DemoLedgerGenerator.h"
#include "storage/LedgerCopier.h"
#include "storage/LedgerTables.h"
#include "storage/Transaction.h"
#include "support/ServiceLedger.h"
#include "support/TestLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using namespace ardesk::test;

namespace {

// A small demo company (customers, invoices, payments, credit notes, plans, promises, a
// dispute, a bank statement), opened.
std::unique_ptr<Database> demoLedger(const QString& path)
{
    const DemoParameters parameters{.customers = 8,
                                    .invoices = 60,
                                    .payments = std::nullopt,
                                    .seed = 3,
                                    .today = day("2026-06-30")};
    const auto built =
        DemoLedgerGenerator::buildLedger(path, u"Copy Test Ltd"_s, currency(u"EUR"), parameters);
    if (!built)
        FAIL("building the demo ledger: " << built.error().detail.toStdString());
    auto database = Database::open(path);
    REQUIRE(database);
    return std::move(*database);
}

LedgerCopier::Progress cancelAfter(const QString& last)
{
    return [last](const QString& table, qint64) { return table != last; };
}

// The target and the files a copy or SQLite would leave beside it.
QStringList leftovers(const QString& target)
{
    QStringList found;
    for (const QString& file : {target, LedgerCopier::partialFileFor(target)}) {
        for (const QString& suffix : {u""_s, u"-journal"_s, u"-wal"_s, u"-shm"_s}) {
            if (QFileInfo::exists(file + suffix))
                found.append(file + suffix);
        }
    }
    return found;
}

} // namespace

TEST_CASE("The copy knows every table of the schema, each after the tables it refers to",
          "[storage][copy]")
{
    TestLedger files;
    auto database = createLedger(files.path());
    const auto stored = LedgerTables::stored(*database);
    REQUIRE(stored);
    QStringList known = LedgerTables::inDependencyOrder();
    known.sort();
    // A migration that adds a table must add it to LedgerTables, or copies would lose it.
    CHECK(*stored == known);
    CHECK(LedgerTables::checkAgainst(*database));

    RawLedger raw(files.path());
    const QStringList& order = LedgerTables::inDependencyOrder();
    for (qsizetype i = 0; i < order.size(); ++i) {
        const QStringList parents = raw.rows(
            u"SELECT DISTINCT \"table\" FROM pragma_foreign_key_list('%1')"_s.arg(order.at(i)));
        for (const QString& parent : parents) {
            INFO(order.at(i).toStdString() << " refers to " << parent.toStdString());
            CHECK(order.indexOf(parent) >= 0);
            CHECK(order.indexOf(parent) <= i);
        }
    }
}

TEST_CASE("A copy to a new file has every row, the schema and the marks of its original",
          "[storage][copy]")
{
    TestLedger files;
    auto database = demoLedger(files.path());
    const QString target = files.dir() + u"/sub/copy.ardesk"_s;

    QStringList tables;
    const auto copied = LedgerCopier(*database).copyTo(target, [&](const QString& table, qint64) {
        tables.append(table);
        return true;
    });
    INFO((copied ? QString() : copied.error().detail).toStdString());
    REQUIRE(copied);
    CHECK(tables == LedgerTables::inDependencyOrder());
    CHECK(copied->tables == tables.size());
    CHECK(copied->schemaVersion == Database::latestSchemaVersion());
    CHECK(leftovers(target) == QStringList{target});

    RawLedger original(files.path());
    RawLedger copy(target);
    const QStringList contents = original.contents();
    // Every row but audit_context's, which each file has of its own (empty between writes).
    CHECK(copied->rows == contents.size() - 1);
    CHECK(contents.filter(u"audit_trail|"_s).size() > 100); // the demo's history, copied too
    CHECK(copy.contents() == contents);
    CHECK(copy.schema() == original.schema());
    CHECK(copy.value(u"PRAGMA application_id"_s).toLongLong() == ledgerApplicationId);
    CHECK(copy.value(u"PRAGMA user_version"_s).toInt() == Database::latestSchemaVersion());
    CHECK(copy.value(u"PRAGMA journal_mode"_s).toString() == u"wal"_s);
    CHECK(copy.value(u"PRAGMA integrity_check"_s).toString() == u"ok"_s);
    CHECK(copy.rows(u"PRAGMA foreign_key_check"_s).isEmpty());
}

TEST_CASE("A copy reads one snapshot of its source while others post", "[storage][copy]")
{
    TestLedger files;
    auto database = demoLedger(files.path());
    RawLedger raw(files.path());
    const QStringList before = raw.contents();
    const QString target = files.dir() + u"/copy.ardesk"_s;

    // Another clerk's connection adds a customer once the copy has read its first table, before
    // it reads the customers: the copy holds the rows of that first read.
    auto clerk = Database::open(files.path());
    REQUIRE(clerk);
    const auto copied = LedgerCopier(*database).copyTo(target, [&](const QString& table, qint64) {
        if (table == u"ledger_info"_s)
            addCustomer(**clerk, u"LATE"_s, u"Posted during the copy"_s);
        return true;
    });
    INFO((copied ? QString() : copied.error().detail).toStdString());
    REQUIRE(copied);
    CHECK(RawLedger(target).contents() == before);
    CHECK(customerCodes(files.path()).contains(u"LATE"_s));
    CHECK_FALSE(customerCodes(target).contains(u"LATE"_s));
}

TEST_CASE("A copy refused, failing or cancelled leaves the target as it was", "[storage][copy]")
{
    TestLedger files;
    auto database = demoLedger(files.path());

    SECTION("an existing file, ledger or not, is never overwritten")
    {
        const QString target = files.dir() + u"/notes.txt"_s;
        {
            QFile notes(target);
            REQUIRE(notes.open(QIODevice::WriteOnly));
            notes.write("not a ledger");
        }
        const auto refused = LedgerCopier(*database).copyTo(target);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::AlreadyExists);
        CHECK(refused.error().detail == target + u": already exists; not overwritten"_s);
        CHECK(fileBytes(target) == "not a ledger");
        CHECK(leftovers(target) == QStringList{target});
    }
    SECTION("cancelled half way, there is no file at the target and none beside it")
    {
        const QString target = files.dir() + u"/copy.ardesk"_s;
        const auto cancelled =
            LedgerCopier(*database).copyTo(target, cancelAfter(u"allocations"_s));
        REQUIRE_FALSE(cancelled);
        CHECK(cancelled.error().detail.contains(u"cancelled"_s));
        CHECK(leftovers(target).isEmpty());
        // And the source can be copied again.
        CHECK(LedgerCopier(*database).copyTo(target));
    }
    SECTION("a source inside a transaction is not copied: its snapshot would hold unsaved rows")
    {
        auto transaction = Transaction::begin(*database);
        REQUIRE(transaction);
        const QString target = files.dir() + u"/copy.ardesk"_s;
        CHECK_FALSE(LedgerCopier(*database).copyTo(target));
        CHECK(leftovers(target).isEmpty());
    }
}
