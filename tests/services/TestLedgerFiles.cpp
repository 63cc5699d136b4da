// Ledger files that must be refused (spec: exit code 3 "the ledger cannot be opened (missing,
// corrupt, locked, newer schema)"; STYLE: "A ledger from a newer version is refused with a
// clear message, never touched"). Raw QSqlDatabase connections appear here only to make such
// files the way another program would.

#include <catch2/catch.hpp>

#include <random>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "aging/AgingService.h"
#include "imports/NativeImporter.h"
#include "ledger/LedgerCreator.h"
#include "ledger/WriteOffService.h"
#include "storage/CustomerRepository.h"
#include "storage/LedgerInfoRepository.h"
#include "storage/Migrator.h"
#include "support/RawConnection.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using ardesk::test::RawConnection;
using ardesk::test::TestLedger;

namespace {

// Everything about a file that opening it must not change.
struct FileState {
    bool exists = false;
    QByteArray bytes;
    QDateTime modified;

    static FileState of(const QString& path)
    {
        FileState state;
        QFile file(path);
        state.exists = file.exists();
        if (state.exists) {
            REQUIRE(file.open(QIODevice::ReadOnly));
            state.bytes = file.readAll();
            state.modified = QFileInfo(path).lastModified();
        }
        return state;
    }
    friend bool operator==(const FileState&, const FileState&) = default;
};

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray randomBytes(int size, unsigned seed)
{
    std::mt19937 generator(seed);
    std::uniform_int_distribution<int> byte(0, 255);
    QByteArray bytes(size, '\0');
    for (char& c : bytes)
        c = static_cast<char>(byte(generator));
    return bytes;
}

// A real ledger at `path` with customer C1, invoice INV-1 (100.00) and nothing else; closed.
void makeLedger(const QString& path, const QString& dir)
{
    auto database = LedgerCreator::create(path, u"Files Ltd"_s, test::currency(u"EUR"));
    REQUIRE(database.has_value());
    const QString customers = dir + u"/customers.csv"_s;
    const QString invoices = dir + u"/invoices.csv"_s;
    writeBytes(customers, "customer_id,name\nC1,Alpha\n");
    writeBytes(invoices, "invoice_number,customer_id,issue_date,due_date,amount\n"
                         "INV-1,C1,2025-01-01,2025-01-31,100.00\n");
    NativeImporter importer(**database);
    for (const auto& [kind, file] :
         {std::pair{ImportKind::Customers, customers}, std::pair{ImportKind::Invoices, invoices}}) {
        const auto report = importer.run(kind, file, {});
        REQUIRE(report.has_value());
        INFO(test::describe(*report));
        REQUIRE(report->succeeded());
    }
}

std::string agingOf(Database& database)
{
    const auto detail = AgingService(database).detail(test::agingOptions("2030-01-01"));
    REQUIRE(detail.has_value());
    std::string out;
    for (const AgingDetailRow& row : detail->rows)
        out += row.document.toStdString() + ' ' + std::to_string(row.openMinor) + '\n';
    return out;
}

// Opening must fail with `code`, name the file, and leave it exactly as it was.
void requireRefused(const QString& path, ErrorCode code)
{
    const FileState before = FileState::of(path);
    {
        const auto opened = Database::open(path);
        REQUIRE_FALSE(opened.has_value());
        INFO(opened.error().detail.toStdString());
        CHECK(opened.error().code == code);
        CHECK(opened.error().detail.contains(path));
    }
    CHECK(FileState::of(path) == before);
}

} // namespace

TEST_CASE("A new ledger is migrated from empty to the latest schema", "[storage]")
{
    TestLedger files;
    const QList<Migrator::Step> steps = Migrator::steps();
    REQUIRE_FALSE(steps.isEmpty());
    // Numbered 0001, 0002, ... in order. A number may be left free while the branch it was
    // given to is not merged yet (the upgrade runs the steps there are); a release has none.
    CHECK(steps.first().version == 1);
    for (int i = 1; i < steps.size(); ++i)
        CHECK(steps.at(i).version > steps.at(i - 1).version);
    CHECK(Database::latestSchemaVersion() == steps.last().version);

    {
        auto database = Database::create(files.path());
        REQUIRE(database.has_value());
        CHECK((*database)->schemaVersion() == Database::latestSchemaVersion());
    }
    auto reopened = Database::open(files.path());
    REQUIRE(reopened.has_value());
    CHECK((*reopened)->schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("A ledger keeps its company and home currency", "[storage]")
{
    TestLedger files;
    {
        auto created =
            LedgerCreator::create(files.path(), u"Kaisha K.K."_s, test::currency(u"JPY"));
        REQUIRE(created.has_value());
    }
    auto database = Database::open(files.path());
    REQUIRE(database.has_value());
    LedgerInfoRepository info(**database);
    CHECK(info.companyName() == u"Kaisha K.K."_s);
    const auto currency = info.currency();
    REQUIRE(currency.has_value());
    CHECK(currency->code() == u"JPY"_s);
}

TEST_CASE("Creating a ledger never overwrites an existing file", "[storage]")
{
    TestLedger files;
    makeLedger(files.path(), files.dir());
    const FileState before = FileState::of(files.path());
    {
        const auto created =
            LedgerCreator::create(files.path(), u"Other"_s, test::currency(u"EUR"));
        REQUIRE_FALSE(created.has_value());
        CHECK(created.error().code == ErrorCode::AlreadyExists);
        const auto raw = Database::create(files.path());
        REQUIRE_FALSE(raw.has_value());
        CHECK(raw.error().code == ErrorCode::AlreadyExists);
    }
    CHECK(FileState::of(files.path()) == before);

    const QString other = files.dir() + u"/notes.txt"_s;
    writeBytes(other, "not a ledger, but mine\n");
    const auto created = LedgerCreator::create(other, u"Other"_s, test::currency(u"EUR"));
    REQUIRE_FALSE(created.has_value());
    CHECK(created.error().code == ErrorCode::AlreadyExists);
    CHECK(FileState::of(other).bytes == "not a ledger, but mine\n");
}

TEST_CASE("A ledger written by a newer ARDesk is refused untouched", "[storage]")
{
    TestLedger files;
    makeLedger(files.path(), files.dir());
    const int newer = Database::latestSchemaVersion() + 1;
    {
        RawConnection raw(files.path());
        raw.exec(u"PRAGMA user_version = %1"_s.arg(newer));
    }
    requireRefused(files.path(), ErrorCode::LedgerTooNew);
}

TEST_CASE("Files that are not ARDesk ledgers are refused untouched", "[storage]")
{
    TestLedger files;
    const QString path = files.dir() + u"/other.ardesk"_s;

    SECTION("random bytes")
    {
        writeBytes(path, randomBytes(8192, 4711));
        requireRefused(path, ErrorCode::LedgerCorrupt);
    }
    SECTION("an SQLite header followed by garbage")
    {
        writeBytes(path, QByteArray("SQLite format 3\0", 16) + randomBytes(4080, 42));
        requireRefused(path, ErrorCode::LedgerCorrupt);
    }
    SECTION("a text file")
    {
        writeBytes(path, "customer_id,name\nC1,Alpha\n");
        requireRefused(path, ErrorCode::LedgerCorrupt);
    }
    SECTION("an empty file")
    {
        writeBytes(path, QByteArray());
        requireRefused(path, ErrorCode::LedgerCorrupt);
    }
    SECTION("another program's SQLite database")
    {
        {
            RawConnection raw(path);
            raw.exec(u"CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)"_s);
            raw.exec(u"INSERT INTO customers(name) VALUES ('not ours')"_s);
        }
        requireRefused(path, ErrorCode::LedgerCorrupt);
    }
    SECTION("another program's SQLite database with a high user_version")
    {
        {
            RawConnection raw(path);
            raw.exec(u"CREATE TABLE things (id INTEGER PRIMARY KEY)"_s);
            raw.exec(u"PRAGMA user_version = 999"_s);
        }
        requireRefused(path, ErrorCode::LedgerCorrupt);
    }
    SECTION("a ledger whose tables were damaged inside")
    {
        makeLedger(path, files.dir());
        QByteArray bytes = FileState::of(path).bytes;
        REQUIRE(bytes.size() > 4096);
        // Keep the 100-byte header (application id, user_version) and scramble every page
        // after the first: the schema and the data are gone.
        const QByteArray noise = randomBytes(static_cast<int>(bytes.size()) - 4096, 7);
        bytes.replace(4096, noise.size(), noise);
        writeBytes(path, bytes);
        const FileState before = FileState::of(path);
        auto opened = Database::open(path);
        if (opened) {
            // The header alone may pass; reading anything must then fail as corrupt.
            const auto detail = AgingService(**opened).detail(test::agingOptions("2030-01-01"));
            REQUIRE_FALSE(detail.has_value());
            CHECK(detail.error().code == ErrorCode::LedgerCorrupt);
        } else {
            CHECK(opened.error().code == ErrorCode::LedgerCorrupt);
        }
        opened = fail(ErrorCode::Storage, {});
        CHECK(FileState::of(path) == before);
    }
}

TEST_CASE("A missing ledger is refused and not created", "[storage]")
{
    TestLedger files;
    const QString path = GENERATE(u"missing.ardesk"_s, u"no/such/folder/missing.ardesk"_s);
    const QString full = files.dir() + u'/' + path;
    const auto opened = Database::open(full);
    REQUIRE_FALSE(opened.has_value());
    CHECK(opened.error().code == ErrorCode::LedgerMissing);
    CHECK(opened.error().detail.contains(full));
    CHECK_FALSE(QFileInfo::exists(full));
    CHECK(QDir(files.dir()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

TEST_CASE("A ledger another program is writing refuses writes and stays unchanged", "[storage]")
{
    TestLedger files;
    makeLedger(files.path(), files.dir());
    const QString customers = files.dir() + u"/more-customers.csv"_s;
    writeBytes(customers, "customer_id,name\nC2,Beta\n");

    {
        // In WAL mode BEGIN EXCLUSIVE takes the write lock; readers still see the last
        // committed state, so "locked" means: every write is refused with LedgerLocked.
        RawConnection other(files.path());
        other.exec(u"BEGIN EXCLUSIVE"_s);
        other.exec(u"INSERT INTO ledger_info(key, value) VALUES ('other', 'pending')"_s);
        const FileState before = FileState::of(files.path());

        auto opened = Database::open(files.path());
        if (!opened) {
            CHECK(opened.error().code == ErrorCode::LedgerLocked);
        } else {
            Database& database = **opened;
            const auto report = NativeImporter(database).run(ImportKind::Customers, customers, {});
            REQUIRE_FALSE(report.has_value());
            CHECK(report.error().code == ErrorCode::LedgerLocked);
            CHECK(report.error().detail.contains(files.path()));

            const auto writeOff =
                WriteOffService(database).writeOff({.invoiceNumber = u"INV-1"_s,
                                                    .date = test::day("2025-03-01"),
                                                    .amountMinor = std::nullopt,
                                                    .reason = u"locked"_s});
            REQUIRE_FALSE(writeOff.has_value());
            CHECK(writeOff.error().code == ErrorCode::LedgerLocked);
            CHECK(writeOff.error().detail.contains(files.path()));
            // Reading the last committed state is fine.
            CHECK(agingOf(database) == "INV-1 10000\n");
        }
        CHECK(FileState::of(files.path()) == before);
        other.exec(u"ROLLBACK"_s);
    }

    auto reopened = Database::open(files.path());
    REQUIRE(reopened.has_value());
    const auto count = CustomerRepository(**reopened).count({});
    REQUIRE(count.has_value());
    CHECK(*count == 1);
    CHECK(agingOf(**reopened) == "INV-1 10000\n");
}

TEST_CASE("A ledger held in exclusive locking mode is refused as locked", "[storage]")
{
    TestLedger files;
    makeLedger(files.path(), files.dir());
    RawConnection other(files.path());
    other.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s);
    other.exec(u"BEGIN EXCLUSIVE"_s);
    other.exec(u"INSERT INTO ledger_info(key, value) VALUES ('other', 'pending')"_s);
    const FileState before = FileState::of(files.path());
    {
        const auto opened = Database::open(files.path());
        REQUIRE_FALSE(opened.has_value());
        INFO(opened.error().detail.toStdString());
        CHECK(opened.error().code == ErrorCode::LedgerLocked);
        CHECK(opened.error().detail.contains(files.path()));
    }
    CHECK(FileState::of(files.path()) == before);
    other.exec(u"ROLLBACK"_s);
}
