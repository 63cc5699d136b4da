// LedgerBackup: VACUUM INTO writes a snapshot of the open ledger to a new file. The copy must be
// a ledger of its own with the same rows, also while other connections read or write; a copy
// that cannot be written is an error and leaves no file that could pass for a backup.

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

#include "StorageLedger.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/LedgerBackup.h"
#include "storage/Transaction.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using namespace ardesk::test;

namespace {

// A ledger with `customers` customers C0001... and an invoice each; stays open.
std::unique_ptr<Database> makeLedger(const QString& path, int customers)
{
    auto database = createLedger(path);
    auto transaction = Transaction::begin(*database);
    REQUIRE(transaction.has_value());
    InvoiceRepository invoices(*database);
    for (int n = 1; n <= customers; ++n) {
        const QString code = u"C%1"_s.arg(n, 4, 10, QChar(u'0'));
        // Long names give the file some size, for the test that runs out of room.
        const CustomerId id = addCustomer(*database, code, u"Customer %1 "_s.arg(n).repeated(8));
        REQUIRE(invoices.insert({.number = u"INV-"_s + code,
                                 .customerId = id,
                                 .issueDate = day("2025-01-01"),
                                 .dueDate = day("2025-01-31"),
                                 .amount = Money(1000 + n, currency(u"EUR"))}));
    }
    REQUIRE(transaction->commit());
    return database;
}

Result<void> backUp(Database& database, const QString& target)
{
    return LedgerBackup(database).writeTo(target);
}

// What a copy must share with its original: schema, every row, and the ledger's marks.
struct Snapshot {
    QStringList schema;
    QStringList contents;
    qint64 applicationId = 0;
    int userVersion = 0;

    static Snapshot of(const QString& path)
    {
        RawLedger raw(path);
        return {.schema = raw.schema(),
                .contents = raw.contents(),
                .applicationId = raw.value(u"PRAGMA application_id"_s).toLongLong(),
                .userVersion = raw.value(u"PRAGMA user_version"_s).toInt()};
    }
    friend bool operator==(const Snapshot&, const Snapshot&) = default;
};

void requireOpensAsLedger(const QString& path)
{
    {
        RawLedger raw(path);
        CHECK(raw.value(u"PRAGMA integrity_check"_s).toString() == u"ok"_s);
    }
    auto copy = Database::open(path);
    if (!copy)
        FAIL("opening the copy: " << copy.error().detail.toStdString());
    CHECK((*copy)->schemaVersion() == Database::latestSchemaVersion());
}

// The target and the files SQLite keeps beside a database.
QStringList leftovers(const QString& target)
{
    QStringList found;
    for (const QString& suffix : {u""_s, u"-journal"_s, u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(target + suffix))
            found.append(target + suffix);
    }
    return found;
}

} // namespace

TEST_CASE("A backup of an open ledger is a ledger with the same rows", "[storage][backup]")
{
    TestLedger files;
    auto database = makeLedger(files.path(), 20);
    const QString target = files.dir() + u"/copy.ardesk"_s;

    REQUIRE(backUp(*database, target));

    const Snapshot original = Snapshot::of(files.path());
    CHECK(original.applicationId == ledgerApplicationId);
    CHECK(original.contents.size() > 40);
    CHECK(Snapshot::of(target) == original);
    requireOpensAsLedger(target);
    // The ledger goes on working after the backup.
    addCustomer(*database, u"C9999"_s, u"After"_s);
    CHECK(Snapshot::of(target).contents.size() == original.contents.size());
}

TEST_CASE("A backup taken while another connection reads is a complete copy", "[storage][backup]")
{
    TestLedger files;
    auto database = makeLedger(files.path(), 20);
    const QString target = files.dir() + u"/copy.ardesk"_s;

    RawLedger reader(files.path());
    reader.exec(u"BEGIN"_s);
    CHECK(reader.value(u"SELECT count(*) FROM customers"_s).toInt() == 20);
    REQUIRE(backUp(*database, target));
    reader.exec(u"COMMIT"_s);

    CHECK(Snapshot::of(target) == Snapshot::of(files.path()));
    requireOpensAsLedger(target);
}

TEST_CASE("A backup taken while another connection writes holds only committed rows",
          "[storage][backup]")
{
    TestLedger files;
    auto database = makeLedger(files.path(), 20);
    const Snapshot committed = Snapshot::of(files.path());
    const QString target = files.dir() + u"/copy.ardesk"_s;

    RawLedger writer(files.path());
    writer.exec(u"BEGIN IMMEDIATE"_s);
    writer.exec(u"INSERT INTO customers(code, name, currency, created_at) "
                "VALUES ('X1', 'Half-written', 'EUR', '2025-01-01T00:00:00Z')"_s);
    writer.exec(u"UPDATE invoices SET description = 'changed'"_s);
    REQUIRE(backUp(*database, target));
    writer.exec(u"COMMIT"_s);

    CHECK(Snapshot::of(target) == committed);
    CHECK(Snapshot::of(files.path()) != committed);
    requireOpensAsLedger(target);
}

TEST_CASE("No backup is taken inside a transaction", "[storage][backup]")
{
    TestLedger files;
    auto database = makeLedger(files.path(), 3);
    const QString target = files.dir() + u"/copy.ardesk"_s;
    auto transaction = Transaction::begin(*database);
    REQUIRE(transaction.has_value());

    const auto written = backUp(*database, target);
    REQUIRE_FALSE(written.has_value());
    CHECK(written.error().code == ErrorCode::Storage);
    CHECK(leftovers(target).isEmpty());
    // The transaction is untouched by the refusal.
    CHECK(database->inTransaction());
    REQUIRE(transaction->commit());
}

TEST_CASE("A backup never overwrites a file", "[storage][backup]")
{
    TestLedger files;
    auto database = makeLedger(files.path(), 3);
    const QString target = files.dir() + u"/precious"_s;
    {
        QFile file(target);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("keep me");
    }
    const auto written = backUp(*database, target);
    REQUIRE_FALSE(written.has_value());
    CHECK(written.error().code == ErrorCode::AlreadyExists);
    CHECK(written.error().detail.contains(target));
    CHECK(fileBytes(target) == "keep me");
}

TEST_CASE("A backup that cannot be written fails and leaves no file", "[storage][backup]")
{
    TestLedger files;
    auto database = makeLedger(files.path(), 3);

    QString target;
    SECTION("the folder does not exist")
    {
        target = files.dir() + u"/missing/copy.ardesk"_s;
    }
    SECTION("a file stands where the folder should be")
    {
        // Unwritable even for root, unlike a read-only folder.
        const QString blocker = files.dir() + u"/blocker"_s;
        QFile file(blocker);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.close();
        target = blocker + u"/copy.ardesk"_s;
    }
    const auto written = backUp(*database, target);
    REQUIRE_FALSE(written.has_value());
    INFO(written.error().detail.toStdString());
    CHECK(written.error().code == ErrorCode::Storage);
    CHECK(written.error().detail.contains(target));
    CHECK(leftovers(target).isEmpty());
    CHECK_FALSE(QFileInfo::exists(files.dir() + u"/missing"_s));
    // The ledger is unharmed.
    addCustomer(*database, u"C9999"_s, u"After"_s);
    CHECK(customerCodes(files.path()).size() == 4);
}

#ifdef Q_OS_UNIX
TEST_CASE("A backup that runs out of room half-way leaves no partial file", "[storage][backup]")
{
    TestLedger files;
    auto database = makeLedger(files.path(), 400);
    const QString target = files.dir() + u"/copy.ardesk"_s;
    {
        RawLedger raw(files.path());
        const qint64 pages = raw.value(u"PRAGMA page_count"_s).toLongLong();
        REQUIRE(pages * raw.value(u"PRAGMA page_size"_s).toLongLong() > 256 * 1024);
    }

    // A file size limit stands in for a full disk: writes past it fail with EFBIG (the signal
    // that would end the process is ignored meanwhile).
    rlimit saved{};
    REQUIRE(getrlimit(RLIMIT_FSIZE, &saved) == 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited = saved;
    limited.rlim_cur = 64 * 1024;
    REQUIRE(setrlimit(RLIMIT_FSIZE, &limited) == 0);
    const auto written = backUp(*database, target);
    REQUIRE(setrlimit(RLIMIT_FSIZE, &saved) == 0);
    std::signal(SIGXFSZ, previousHandler);

    REQUIRE_FALSE(written.has_value());
    INFO(written.error().detail.toStdString());
    CHECK(written.error().detail.contains(target));
    CHECK(leftovers(target) == QStringList());
    // With room again, the same target takes a good copy.
    REQUIRE(backUp(*database, target));
    CHECK(Snapshot::of(target) == Snapshot::of(files.path()));
}
#endif
