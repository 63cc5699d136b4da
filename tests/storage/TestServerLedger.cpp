// A ledger on a PostgreSQL server (started by the test on 127.0.0.1): created in an empty
// database, opened, refused with a clear reason when it is not there, not ours, too new, or
// the server cannot be reached or refuses the login; an ARDesk transaction on one holds the
// ledger's write lock; a ledger copied there is written whole or not at all, and back.

#include <catch2/catch.hpp>

#include <functional>
#include <thread>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QVariant>

#include "ServerLedgerFixture.h"
#include "ledger/LedgerCreator.h"
#include "storage/Database.h"
#include "storage/InvoiceRepository.h"
#include "storage/LedgerCopier.h"
#include "storage/LedgerTables.h"
#include "storage/ServerAddress.h"
#include "storage/ServerLogins.h"
#include "storage/SqlDialect.h"
#include "storage/SqlError.h"
#include "storage/Transaction.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;
using ardesk::Database;
using ardesk::ErrorCode;
using ardesk::ImportKind;
using ardesk::LedgerCopier;
using ardesk::LedgerCreator;
using ardesk::LedgerTables;
using ardesk::ServerAddress;
using ardesk::ServerLogins;
using ardesk::test::import;
using ardesk::test::rows;
using ardesk::test::Server;
using ardesk::test::ServiceLedger;
using ardesk::test::writeFile;

TEST_CASE("A server ledger's address names user, host, port and database, never a password",
          "[postgres]")
{
    const auto address =
        ServerAddress::parse(u"postgresql://clerk@db.example.org:6543/acme?sslmode=verify-full"_s);
    REQUIRE(address);
    CHECK(address->user() == u"clerk"_s);
    CHECK(address->host() == u"db.example.org"_s);
    CHECK(address->port() == 6543);
    CHECK(address->database() == u"acme"_s);
    CHECK(address->connectOptions() == u"sslmode=verify-full"_s);
    CHECK(address->login() == u"clerk@db.example.org:6543/acme"_s);
    CHECK(ServerAddress::parse(u"postgresql://clerk@db/acme"_s)->port() == 5432);

    const auto withPassword = ServerAddress::parse(u"postgresql://clerk:secret@db/acme"_s);
    REQUIRE_FALSE(withPassword);
    CHECK(withPassword.error().detail.contains(u"PGPASSWORD"_s));
    CHECK_FALSE(withPassword.error().detail.contains(u"secret"_s));
    CHECK_FALSE(ServerAddress::parse(u"postgresql://clerk@db/"_s));
    CHECK_FALSE(ServerAddress::parse(u"postgresql://clerk@db/acme?password=x"_s));
    CHECK_FALSE(ServerAddress::parse(u"postgresql://clerk@db/acme?sslmode=require;x=1"_s));
    CHECK(Database::isServerLedger(u"postgresql://clerk@db/acme"_s));
    CHECK_FALSE(Database::isServerLedger(u"/home/clerk/postgresql.ardesk"_s));
}

TEST_CASE("A server ledger is created in an empty database and opened again", "[postgres]")
{
    const auto server = Server::start();
    if (!server)
        return;
    const QString address = server->createDatabase(u"books"_s);

    const auto missing = Database::open(address);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::LedgerMissing);
    CHECK(missing.error().detail.contains(u"ardesk-cli init"_s));

    {
        const auto created = Database::create(address);
        INFO((created ? QString() : created.error().detail).toStdString());
        REQUIRE(created);
        CHECK((*created)->schemaVersion() == Database::latestSchemaVersion());
        CHECK((*created)->dialect().isServer());
    }
    const auto again = Database::create(address);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::AlreadyExists);

    const auto opened = Database::open(address);
    INFO((opened ? QString() : opened.error().detail).toStdString());
    REQUIRE(opened);
    CHECK((*opened)->schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("A database that is not an ARDesk ledger, or one from a newer ARDesk, is refused "
          "untouched",
          "[postgres]")
{
    const auto server = Server::start();
    if (!server)
        return;
    const QString foreign = server->createDatabase(u"foreign_books"_s);
    server->exec(u"foreign_books"_s, u"CREATE TABLE accounts (id integer)"_s);
    const auto notOurs = Database::open(foreign);
    REQUIRE_FALSE(notOurs);
    CHECK(notOurs.error().code == ErrorCode::LedgerCorrupt);
    const auto overwrite = Database::create(foreign);
    REQUIRE_FALSE(overwrite);
    CHECK(overwrite.error().code == ErrorCode::AlreadyExists);

    const QString newer = server->createDatabase(u"newer_books"_s);
    REQUIRE(Database::create(newer));
    server->exec(u"newer_books"_s, u"UPDATE ardesk_schema SET version = 9999"_s);
    const auto tooNew = Database::open(newer);
    REQUIRE_FALSE(tooNew);
    CHECK(tooNew.error().code == ErrorCode::LedgerTooNew);
    CHECK(tooNew.error().detail.contains(u"schema 9999"_s));
    server->exec(u"newer_books"_s,
                 u"DO $$ BEGIN IF (SELECT version FROM ardesk_schema) <> 9999 THEN "
                 "RAISE 'touched'; END IF; END $$"_s);
}

TEST_CASE("An unreachable server, a wrong password and a missing database are told apart",
          "[postgres]")
{
    const auto server = Server::start();
    if (!server)
        return;
    const auto missing = Database::open(server->address(u"no_such_books"_s));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::LedgerMissing);
    CHECK(missing.error().detail.contains(u"no_such_books"_s));
    CHECK(missing.error().detail.contains(u"does not exist"_s));

    qputenv("PGPASSWORD", "wrong");
    const auto refused = Database::open(server->address(u"postgres"_s));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::ServerUnavailable);
    CHECK(refused.error().detail.contains(u"password authentication failed"_s));

    // A port nobody listens on: bound and closed again here.
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    const auto unreachable = Database::open(
        u"postgresql://ardesk@127.0.0.1:%1/books?connect_timeout=5"_s.arg(closedPort));
    REQUIRE_FALSE(unreachable);
    CHECK(unreachable.error().code == ErrorCode::ServerUnavailable);
    CHECK(unreachable.error().detail.contains(u"127.0.0.1"_s));
}

TEST_CASE("A ledger copied onto a server is one transaction with its schema, and its ids go on "
          "from the largest copied",
          "[postgres][copy]")
{
    const auto server = Server::start();
    if (!server)
        return;
    ServiceLedger file;
    file.load(ImportKind::Customers, "customer_id,name\nC1,Alpha\nC2,Beta\nC3,Gamma\n");
    file.load(ImportKind::Invoices, "invoice_number,customer_id,issue_date,amount\n"
                                    "INV-1,C1,2026-01-05,100.00\nINV-2,C3,2026-01-09,70.00\n");
    file.load(ImportKind::Payments, "payment_id,customer_id,date,amount\nP1,C3,2026-02-01,30.00\n");
    const QString address = server->createDatabase(u"copied_books"_s);
    const QString noTables =
        u"DO $$ BEGIN IF (SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()) "
        "<> 0 THEN RAISE 'tables left behind'; END IF; END $$"_s;

    // Cancelled after its schema and some rows were written: the database is as empty as before.
    const auto cancelled =
        LedgerCopier(file.database()).copyTo(address, [](const QString& table, qint64) {
            return table != u"invoices"_s;
        });
    REQUIRE_FALSE(cancelled);
    CHECK(cancelled.error().detail.contains(u"cancelled"_s));
    server->exec(u"copied_books"_s, noTables);

    const auto copied = LedgerCopier(file.database()).copyTo(address);
    INFO((copied ? QString() : copied.error().detail).toStdString());
    REQUIRE(copied);
    CHECK(copied->schemaVersion == Database::latestSchemaVersion());
    {
        const auto opened = Database::open(address);
        REQUIRE(opened);
        CHECK((*opened)->schemaVersion() == Database::latestSchemaVersion());
        CHECK(LedgerTables::checkAgainst(**opened));
    }
    // The keys set aside for the load are all back, as a new ledger has them.
    const QString schemaKeys =
        u"SELECT string_agg(k, '; ' ORDER BY k) FROM (SELECT conrelid::regclass || ' ' || conname "
        "|| ' ' || pg_get_constraintdef(oid) AS k FROM pg_constraint "
        "WHERE connamespace = current_schema()::regnamespace) AS c"_s;
    const QString created = server->createDatabase(u"created_books"_s);
    REQUIRE(Database::create(created));
    const QString keys = server->value(u"copied_books"_s, schemaKeys).toString();
    CHECK(keys.count(u"FOREIGN KEY"_s) >= 20);
    CHECK(keys.toStdString() ==
          server->value(u"created_books"_s, schemaKeys).toString().toStdString());
    // So are the audit trail's triggers, which the copy set aside.
    const QString schemaTriggers =
        u"SELECT string_agg(pg_get_triggerdef(oid), '; ' ORDER BY tgname) FROM pg_trigger "
        "WHERE NOT tgisinternal"_s;
    const QString triggers = server->value(u"copied_books"_s, schemaTriggers).toString();
    CHECK(triggers.count(u"audit_"_s) >= 10);
    CHECK(triggers.toStdString() ==
          server->value(u"created_books"_s, schemaTriggers).toString().toStdString());

    // The id triggers give a new row the largest id plus one, as SQLite does in the file.
    server->exec(u"copied_books"_s, u"INSERT INTO customers(code, name, currency, created_at) "
                                    "VALUES ('C4', 'Delta', 'EUR', '2026-03-01T00:00:00Z')"_s);
    server->exec(u"copied_books"_s,
                 u"DO $$ BEGIN IF (SELECT id FROM customers WHERE code = 'C4') <> 4 "
                 "OR (SELECT id FROM invoices WHERE number = 'INV-2') <> 2 THEN "
                 "RAISE 'ids changed'; END IF; END $$"_s);

    // A ledger there already, or tables of something else: refused, left as they are.
    const auto onLedger = LedgerCopier(file.database()).copyTo(address);
    REQUIRE_FALSE(onLedger);
    CHECK(onLedger.error().code == ErrorCode::AlreadyExists);
    const QString foreign = server->createDatabase(u"foreign_copy"_s);
    server->exec(u"foreign_copy"_s, u"CREATE TABLE notes (id integer)"_s);
    const auto onForeign = LedgerCopier(file.database()).copyTo(foreign);
    REQUIRE_FALSE(onForeign);
    CHECK(onForeign.error().detail.contains(u"holds tables already"_s));
    server->exec(u"foreign_copy"_s, u"DROP TABLE notes"_s);
    server->exec(u"foreign_copy"_s, noTables);

    // And back into a new file, from the server's snapshot.
    const QString back = file.dir() + u"/back.ardesk"_s;
    {
        const auto opened = Database::open(address);
        REQUIRE(opened);
        const auto returned = LedgerCopier(**opened).copyTo(back);
        INFO((returned ? QString() : returned.error().detail).toStdString());
        REQUIRE(returned);
        // The row added there, and its entry in the audit trail (the triggers are back).
        CHECK(returned->rows == copied->rows + 2);
    }
    const auto reopened = Database::open(back);
    REQUIRE(reopened);
    CHECK((*reopened)->schemaVersion() == Database::latestSchemaVersion());
}

namespace {

// A file of `rows` invoices numbered from `first` (the first rows as `numbers` says instead), a
// few with their own discount, most with their customer's. The descriptions are long: the
// importer judges a bulk load by the file's size, so a short test takes the bulk path. Some
// hold what COPY's text format escapes (a backslash, a tab, a line break) and letters beyond
// ASCII.
QByteArray bulkInvoices(int rows, int first, const QList<int>& numbers = {})
{
    QByteArray csv = "invoice_number,customer_id,issue_date,due_date,amount,currency,"
                     "description,discount_percent,discount_until\n";
    const QByteArray padding(1'700'000 / rows, 'x');
    for (int i = 1; i <= rows; ++i) {
        const int number = i <= numbers.size() ? numbers.at(i - 1) : first + i - 1;
        csv += "B-" + QByteArray::number(number) + ",C" + QByteArray::number(i % 3 + 1) +
               ",2026-03-" + QByteArray::number(i % 20 + 10) + ",," + QByteArray::number(i * 7) +
               "." + QByteArray::number(i % 90 + 10) + ",EUR,\"Work, part " +
               QByteArray::number(i) + (i % 7 == 0 ? " C:\\Ablage\tM\xc3\xbcller\r\nnext " : " ") +
               padding + "\"," + (i % 5 == 0 ? "1.5,2026-04-30" : ",") + "\n";
    }
    return csv;
}

// Customers C<first>… (or the codes in `codes`, first), with long addresses that make the
// file a bulk load.
QByteArray bulkCustomers(int rows, int first, const QList<int>& codes = {})
{
    QByteArray csv = "customer_id,name,email,address,terms_days,credit_limit,discount_percent,"
                     "discount_days\n";
    const QByteArray padding(1'700'000 / rows, 'a');
    for (int i = 1; i <= rows; ++i) {
        const QByteArray n =
            QByteArray::number(i <= codes.size() ? codes.at(i - 1) : first + i - 1);
        csv += "C" + n + ",Customer " + n + ",c" + n + "@example.com,\"Street " + n + ", " +
               padding + "\"," + QByteArray::number(i % 60) + "," +
               (i % 4 == 0 ? QByteArray::number(i) + ".50" : QByteArray()) + "," +
               (i % 7 == 0 ? "2,10" : ",") + "\n";
    }
    return csv;
}

// Every column of every invoice but when it was entered, in id order, as text.
QStringList invoiceRows(Database& ledger)
{
    return rows(ledger, u"SELECT id, number, customer_id, issue_date, due_date, amount, currency, "
                        "description, charge, payment_reference, discount_bp, discount_until, "
                        "kind, allocated, settled_date FROM invoices ORDER BY id"_s);
}

// The same of payments, what they were allocated to, and the discounts they earned.
QStringList paymentRows(Database& ledger)
{
    return rows(ledger, u"SELECT id, kind, code, customer_id, date, amount, currency, invoice_id, "
                        "method, reference, reason, unapplied FROM credits ORDER BY id"_s) +
           rows(ledger, u"SELECT * FROM allocations ORDER BY id"_s) +
           rows(ledger, u"SELECT id, invoice_id, date, amount, reason, kind, credit_id "
                        "FROM write_offs ORDER BY id"_s);
}

// Payments of the invoices of bulkInvoices(): every fifth pays its invoice early, less the
// invoice's discount; the others pay half an invoice's amount to whatever their customer owes
// first. Long references make the file a bulk load.
QByteArray bulkPayments(int rows)
{
    QByteArray csv = "payment_id,customer_id,date,amount,invoice_number,method,reference\n";
    const QByteArray padding(1'700'000 / rows, 'r');
    for (int i = 1; i <= rows; ++i) {
        const qint64 invoiceMinor = qint64(i) * 700 + i % 90 + 10;
        const bool early = i % 5 == 0;
        const qint64 minor =
            early ? invoiceMinor - (invoiceMinor * 150 + 5'000) / 10'000 : invoiceMinor / 2;
        csv += "P-" + QByteArray::number(i) + ",C" + QByteArray::number(i % 3 + 1) +
               (early ? ",2026-04-01," : ",2026-05-01,") + QByteArray::number(minor / 100) + "." +
               QByteArray::number(minor % 100).rightJustified(2, '0') + "," +
               (early ? "B-" + QByteArray::number(i) : QByteArray()) + ",bank," + padding + "\n";
    }
    return csv;
}

// A file whose second key (line 3) is taken twice, at lines 2 and 4, and whose fourth (line 5)
// was taken before, is refused whole at those two lines: `read` gives what it gave before.
void checkRefusedWhole(Database& ledger, ImportKind kind, const QString& file,
                       const QString& takenTwice, const QString& takenBefore,
                       const std::function<QStringList(Database&)>& read)
{
    const QStringList before = read(ledger);
    const auto report = import(ledger, kind, file);
    REQUIRE(report.issues.size() == 2);
    CHECK(report.issues.at(0).line == 4);
    CHECK(report.issues.at(0).message.contains(u"\"%1\" already exists"_s.arg(takenTwice)));
    CHECK(report.issues.at(1).line == 5);
    CHECK(report.issues.at(1).message.contains(u"\"%1\" already exists"_s.arg(takenBefore)));
    CHECK(report.rowsImported == 0);
    CHECK(read(ledger) == before);
}

} // namespace

TEST_CASE("A bulk import of customers on a server, written a batch at a time, gives the file's "
          "rows, and a code taken refuses the whole file",
          "[postgres]")
{
    const auto server = Server::start();
    if (!server)
        return;
    QTemporaryDir folder;
    const auto currency = *ardesk::CurrencyCode::fromCode(u"EUR"_s);
    auto file = LedgerCreator::create(folder.filePath(u"file.ardesk"_s), u"Co"_s, currency);
    auto onServer =
        LedgerCreator::create(server->createDatabase(u"bulk_customers"_s), u"Co"_s, currency);
    REQUIRE(file);
    REQUIRE(onServer);
    const QString customerRows = u"SELECT id, code, name, email, phone, address, terms_days, "
                                 "credit_limit, currency, language, on_hold, bank_account, "
                                 "discount_bp, discount_days, folded_name FROM customers "
                                 "ORDER BY id"_s;
    // 1,001 rows: two full batches and a part of one.
    const QString customers = writeFile(folder, u"customers.csv"_s, bulkCustomers(1001, 1));
    for (Database* ledger : {file->get(), onServer->get()}) {
        const auto report = import(*ledger, ImportKind::Customers, customers);
        CHECK(report.issues.isEmpty());
        CHECK(report.rowsImported == 1001);
    }
    const QStringList expected = rows(**file, customerRows);
    CHECK(expected.size() == 1001);
    CHECK(rows(**onServer, customerRows) == expected);

    const QString again =
        writeFile(folder, u"again.csv"_s, bulkCustomers(500, 3000, {2000, 2001, 2000, 17}));
    for (Database* ledger : {file->get(), onServer->get()}) {
        checkRefusedWhole(*ledger, ImportKind::Customers, again, u"C2000"_s, u"C17"_s,
                          [&](Database& read) { return rows(read, customerRows); });
    }
}

TEST_CASE("A bulk import on a server, written a batch at a time, gives the file's rows",
          "[postgres]")
{
    const auto server = Server::start();
    if (!server)
        return;
    QTemporaryDir folder;
    const QString customers = writeFile(folder, u"customers.csv"_s,
                                        "customer_id,name,discount_percent,discount_days\n"
                                        "C1,One,2,10\nC2,Two,,\nC3,Three,1,14\n");
    // 1,001 rows: two full batches and a part of one.
    const QString invoices = writeFile(folder, u"invoices.csv"_s, bulkInvoices(1001, 1));
    const auto currency = *ardesk::CurrencyCode::fromCode(u"EUR"_s);
    auto file = LedgerCreator::create(folder.filePath(u"file.ardesk"_s), u"Co"_s, currency);
    auto onServer = LedgerCreator::create(server->createDatabase(u"bulk"_s), u"Co"_s, currency);
    REQUIRE(file);
    REQUIRE(onServer);
    for (Database* ledger : {file->get(), onServer->get()}) {
        CHECK(import(*ledger, ImportKind::Customers, customers).rowsImported == 3);
        const auto report = import(*ledger, ImportKind::Invoices, invoices);
        CHECK(report.issues.isEmpty());
        CHECK(report.rowsImported == 1001);
    }
    const QString payments = writeFile(folder, u"payments.csv"_s, bulkPayments(1001));
    for (Database* ledger : {file->get(), onServer->get()}) {
        const auto report = import(*ledger, ImportKind::Payments, payments);
        CHECK(report.issues.isEmpty());
        CHECK(report.rowsImported == 1001);
    }
    const QStringList expected = invoiceRows(**file);
    CHECK(expected.size() == 1001);
    CHECK(invoiceRows(**onServer) == expected);
    const QStringList paid = paymentRows(**file);
    CHECK(paid.size() > 2002);
    // Early payments that find their invoice untouched earn its discount: a write-off, which
    // a batched load writes through between its batches.
    CHECK(rows(**file, u"SELECT id FROM write_offs"_s).size() > 100);
    CHECK(paymentRows(**onServer) == paid);

    // A number taken before or twice in the file refuses the whole file, at its lines.
    const QString again =
        writeFile(folder, u"again.csv"_s, bulkInvoices(500, 3000, {2000, 2001, 2000, 17}));
    for (Database* ledger : {file->get(), onServer->get()}) {
        checkRefusedWhole(*ledger, ImportKind::Invoices, again, u"B-2000"_s, u"B-17"_s,
                          invoiceRows);
    }

    // The statistics of the loaded table are fresh (the reports' plans depend on them).
    QSqlQuery analyzed((*onServer)->connection());
    REQUIRE(analyzed.exec(u"SELECT last_analyze IS NOT NULL FROM pg_stat_user_tables "
                          "WHERE relname = 'invoices'"_s));
    REQUIRE(analyzed.next());
    CHECK(analyzed.value(0).toBool());

    // The foreign keys the loads set aside are back, as a new ledger has them.
    auto fresh = LedgerCreator::create(server->createDatabase(u"bulk_fresh"_s), u"Co"_s, currency);
    REQUIRE(fresh);
    const QString keys = u"SELECT conrelid::regclass || ' ' || conname || ' ' || "
                         "pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'f' "
                         "ORDER BY 1"_s;
    CHECK(rows(**onServer, keys).size() > 20);
    CHECK(rows(**onServer, keys) == rows(**fresh, keys));
}

TEST_CASE("On a server, a bulk load holds its rows back until a batch is full or they are read",
          "[postgres]")
{
    const auto server = Server::start();
    if (!server)
        return;
    QTemporaryDir folder;
    const auto currency = *ardesk::CurrencyCode::fromCode(u"EUR"_s);
    auto file = LedgerCreator::create(folder.filePath(u"file.ardesk"_s), u"Co"_s, currency);
    auto onServer = LedgerCreator::create(server->createDatabase(u"held"_s), u"Co"_s, currency);
    REQUIRE(file);
    REQUIRE(onServer);
    const QString customers = writeFile(folder, u"customers.csv"_s, "customer_id,name\nC1,One\n");
    for (Database* ledger : {file->get(), onServer->get()}) {
        REQUIRE(import(*ledger, ImportKind::Customers, customers).rowsImported == 1);
        const auto count = [ledger] {
            QSqlQuery query(ledger->connection());
            REQUIRE(query.exec(u"SELECT count(*) FROM invoices"_s));
            REQUIRE(query.next());
            return query.value(0).toInt();
        };
        auto transaction = ardesk::Transaction::begin(*ledger);
        REQUIRE(transaction);
        ardesk::InvoiceRepository invoices(*ledger);
        REQUIRE(invoices.startBulkLoad(1'000'000));
        const ardesk::Invoice invoice{.id = {},
                                      .number = u"H-1"_s,
                                      .customerId = ardesk::CustomerId{1},
                                      .issueDate = QDate(2026, 3, 1),
                                      .dueDate = QDate(2026, 3, 31),
                                      .amount = ardesk::Money(12'345, currency)};
        const auto id = invoices.insert(invoice);
        REQUIRE(id);
        CHECK(id->value == 1);
        // A file takes the row at once; a server gets it with the batch.
        CHECK(count() == (ledger->dialect().batchesBulkLoads() ? 0 : 1));
        const auto twice = invoices.insert(invoice);
        REQUIRE_FALSE(twice);
        CHECK(twice.error().code == ErrorCode::AlreadyExists);
        const auto read = invoices.findByNumber(u"H-1"_s);
        REQUIRE(read);
        REQUIRE(read->has_value());
        CHECK((*read)->amountMinor == 12'345);
        CHECK(count() == 1);
        REQUIRE(invoices.finishBulkLoad());
        REQUIRE(transaction->commit());
    }
    CHECK(invoiceRows(**onServer) == invoiceRows(**file));
}

TEST_CASE("A password given with a server ledger's address logs in, and the program's later "
          "connections to that ledger use it without being given it",
          "[postgres]")
{
    const auto server = Server::start();
    if (!server)
        return;
    const QString address = server->createDatabase(u"given_books"_s);
    REQUIRE(Database::create(address));
    qunsetenv("PGPASSWORD");

    // Nothing in PGPASSWORD and nothing given: the server's refusal.
    const auto none = Database::open(address);
    REQUIRE_FALSE(none);
    CHECK(none.error().code == ErrorCode::ServerUnavailable);

    const auto wrong = Database::open(address, u"wrong horse"_s);
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == ErrorCode::ServerUnavailable);
    CHECK(wrong.error().detail.contains(u"password authentication failed"_s));
    CHECK_FALSE(wrong.error().detail.contains(u"wrong horse"_s));
    // A refused password is not kept for later.
    CHECK_FALSE(Database::open(address));

    const auto given = Database::open(address, server->password());
    INFO((given ? QString() : given.error().detail).toStdString());
    REQUIRE(given);
    CHECK((*given)->path() == address);
    CHECK_FALSE((*given)->path().contains(server->password()));

    // Another connection on another thread (as each job of the desktop app opens) by the
    // address alone; and with its parameters, which name the same login.
    for (const QString& again : QStringList{address, address + u"?connect_timeout=5"_s}) {
        bool opened = false;
        std::thread([&again, &opened] { opened = Database::open(again).has_value(); }).join();
        CHECK(opened);
    }

    // Once forgotten (a new start of the program), the address alone is refused again.
    ServerLogins::forget(*ServerAddress::parse(address));
    const auto forgotten = Database::open(address);
    REQUIRE_FALSE(forgotten);
    CHECK(forgotten.error().code == ErrorCode::ServerUnavailable);
}

TEST_CASE("A server ledger of schema 17 gets invoices_aging with the invoices' ids and keeps its "
          "rows",
          "[postgres]")
{
    const auto server = Server::start();
    if (!server)
        return;
    const QString address = server->createDatabase(u"books_17"_s);
    {
        auto created =
            LedgerCreator::create(address, u"Co"_s, *ardesk::CurrencyCode::fromCode(u"EUR"_s));
        REQUIRE(created);
        QTemporaryDir folder;
        REQUIRE(import(**created, ImportKind::Customers,
                       writeFile(folder, u"c.csv"_s, "customer_id,name\nC1,Alpha\n"))
                    .issues.isEmpty());
        REQUIRE(import(**created, ImportKind::Invoices,
                       writeFile(folder, u"i.csv"_s,
                                 "invoice_number,customer_id,issue_date,due_date,amount\n"
                                 "INV-1,C1,2025-03-01,2025-03-31,100.00\n"))
                    .issues.isEmpty());
    }
    // The ledger as schema 17 left it: the index without the ids.
    server->exec(u"books_17"_s, u"DROP INDEX invoices_aging"_s);
    server->exec(u"books_17"_s, u"CREATE INDEX invoices_aging ON invoices(settled_date, "
                                "issue_date, customer_id, due_date, amount, allocated)"_s);
    server->exec(u"books_17"_s, u"UPDATE ardesk_schema SET version = 17"_s);

    const auto opened = Database::open(address);
    REQUIRE(opened);
    CHECK((*opened)->schemaVersion() == Database::latestSchemaVersion());
    const QString index = server
                              ->value(u"books_17"_s, u"SELECT indexdef FROM pg_indexes "
                                                     "WHERE indexname = 'invoices_aging'"_s)
                              .toString();
    CHECK(index.endsWith(u"(settled_date, issue_date, customer_id, due_date, amount, allocated) "
                         "INCLUDE (id)"_s));
    CHECK(rows(**opened, u"SELECT number, amount, allocated FROM invoices"_s) ==
          QStringList{u"INV-1|10000|0"_s});
}

TEST_CASE("A server ledger of schema 18 gives ids by trigger only to rows that come without one",
          "[postgres]")
{
    const auto server = Server::start();
    if (!server)
        return;
    const QString address = server->createDatabase(u"books_18"_s);
    REQUIRE(LedgerCreator::create(address, u"Co"_s, *ardesk::CurrencyCode::fromCode(u"EUR"_s)));
    // The ledger as schema 18 left it: a trigger that runs for every row.
    server->exec(u"books_18"_s, u"CREATE OR REPLACE TRIGGER customers_next_id BEFORE INSERT ON "
                                "customers FOR EACH ROW EXECUTE FUNCTION customers_next_id()"_s);
    server->exec(u"books_18"_s, u"UPDATE ardesk_schema SET version = 18"_s);

    const auto opened = Database::open(address);
    REQUIRE(opened);
    CHECK((*opened)->schemaVersion() == Database::latestSchemaVersion());
    const QStringList triggers =
        rows(**opened, u"SELECT tgname || ' ' || (pg_get_triggerdef(oid) LIKE "
                       "'%WHEN ((new.id IS NULL))%') FROM pg_trigger WHERE tgname LIKE "
                       "'%\\_next\\_id' ORDER BY tgname"_s);
    CHECK(triggers.size() == 15);
    for (const QString& trigger : triggers)
        CHECK(trigger.endsWith(u" true"_s));
    // A row without an id still gets the largest plus one; one with an id keeps it.
    server->exec(u"books_18"_s, u"INSERT INTO customers(id, code, name, currency, created_at) "
                                "VALUES (40, 'C40', 'Forty', 'EUR', '2026-01-01T00:00:00Z')"_s);
    server->exec(u"books_18"_s, u"INSERT INTO customers(code, name, currency, created_at) "
                                "VALUES ('C41', 'Next', 'EUR', '2026-01-01T00:00:00Z')"_s);
    CHECK(rows(**opened, u"SELECT id || ' ' || code FROM customers ORDER BY id"_s) ==
          QStringList{u"40 C40"_s, u"41 C41"_s});
}

TEST_CASE("On a server a statement that cannot be prepared says why, after what was being done",
          "[postgres]")
{
    const auto server = Server::start();
    if (!server)
        return;
    auto ledger = LedgerCreator::create(server->createDatabase(u"prepare_books"_s), u"Co"_s,
                                        *ardesk::CurrencyCode::fromCode(u"EUR"_s));
    REQUIRE(ledger);
    QSqlQuery query((*ledger)->connection());
    const auto ready =
        ardesk::prepare(query, u"SELECT no_such_column FROM customers"_s, u"reading customers"_s);
    REQUIRE_FALSE(ready);
    CHECK(ready.error().detail.startsWith(u"reading customers"_s));
    CHECK(ready.error().detail.contains(u"no_such_column"_s));
    // The session is unharmed.
    CHECK(rows(**ledger, u"SELECT count(*) FROM customers"_s) == QStringList{u"0"_s});
}
