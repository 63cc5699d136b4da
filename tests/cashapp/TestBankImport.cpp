// Bank files in: every booked credit becomes a bank line, stored once per account and
// identity, so a file read again, or an overlapping statement, adds only what is new; debits
// and pending entries are counted, never stored; a refused file changes nothing.

#include <catch2/catch.hpp>

#include "BankFiles.h"
#include "cashapp/BankFileReader.h"
#include "cashapp/BankLineService.h"
#include "cashapp/BankStatementImporter.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using namespace ardesk::test;

namespace {

constexpr char customers[] = "customer_id,name\n"
                             "C1,Acme GmbH\n";

const TestEntry acme{.bankReference = u"B-1"_s,
                     .bookingDate = u"2026-11-02"_s,
                     .amount = u"100.00"_s,
                     .counterparty = u"Acme GmbH"_s,
                     .counterpartyIban = u"DE02120300000000202051"_s,
                     .reference = u"INV-1"_s};

TestEntry entry(const QString& reference, const QString& date, const QString& amount)
{
    TestEntry copy = acme;
    copy.bankReference = reference;
    copy.bookingDate = date;
    copy.amount = amount;
    return copy;
}

QList<BankLine> storedLines(ServiceLedger& ledger)
{
    auto lines = BankLineService(ledger.database()).lines(std::nullopt);
    REQUIRE(lines);
    return *lines;
}

BankImportReport importBytes(ServiceLedger& ledger, const QByteArray& bytes, bool dryRun = false)
{
    auto report =
        BankStatementImporter(ledger.database()).run(ledger.writeFile(bytes), std::nullopt, dryRun);
    if (!report)
        FAIL(report.error().detail.toStdString());
    return *report;
}

} // namespace

TEST_CASE("A statement's booked credits become bank lines; debits and pending entries are "
          "counted",
          "[bank]")
{
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, customers);
    TestEntry debit = entry(u"B-2"_s, u"2026-11-03"_s, u"40.00"_s);
    debit.credit = false;
    TestEntry pending = entry(u"B-3"_s, u"2026-11-04"_s, u"70.00"_s);
    pending.status = u"PDNG"_s;
    const BankImportReport report = importBytes(
        ledger,
        camt053(u"S1"_s, {acme, debit, pending, entry(u"B-4"_s, u"2026-11-05"_s, u"12.34"_s)}));

    CHECK(report.rows.size() == 2);
    CHECK(report.newLines == 2);
    CHECK(report.duplicates == 0);
    CHECK(report.debitsSkipped == 1);
    CHECK(report.pendingSkipped == 1);
    const QList<BankLine> lines = storedLines(ledger);
    REQUIRE(lines.size() == 2);
    const BankLine& first = lines.first();
    CHECK(first.id == report.rows.first().line.id);
    CHECK(first.account == u"DE89370400440532013000"_s);
    CHECK(first.bookingDate == day("2026-11-02"));
    CHECK(first.amount == Money(10000, currency(u"EUR")));
    CHECK(first.counterparty == u"Acme GmbH"_s);
    CHECK(first.counterpartyAccount == u"DE02120300000000202051"_s);
    CHECK(first.reference == u"INV-1"_s);
    CHECK(first.bankReference == u"B-1"_s);
    CHECK(first.status == BankLineStatus::Open);
    CHECK(lines.at(1).amount == Money(1234, currency(u"EUR")));
}

TEST_CASE("A statement imported twice, or one that overlaps, adds every receipt once", "[bank]")
{
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, customers);
    const QList<TestEntry> november{acme, entry(u"B-2"_s, u"2026-11-10"_s, u"20.00"_s)};
    REQUIRE(importBytes(ledger, camt053(u"S1"_s, november)).newLines == 2);

    SECTION("the same file again")
    {
        const BankImportReport again = importBytes(ledger, camt053(u"S1"_s, november));
        CHECK(again.newLines == 0);
        CHECK(again.duplicates == 2);
        // A duplicate names the line the ledger already has.
        CHECK(again.rows.first().duplicate);
        CHECK(again.rows.first().line.id == storedLines(ledger).first().id);
    }
    SECTION("an overlapping statement")
    {
        const BankImportReport overlap = importBytes(
            ledger,
            camt053(u"S2"_s, {november.at(1), entry(u"B-5"_s, u"2026-11-20"_s, u"5.00"_s)}));
        CHECK(overlap.newLines == 1);
        CHECK(overlap.duplicates == 1);
    }
    CHECK(storedLines(ledger).size() <= 3);
}

TEST_CASE("Lines without a bank reference are known by their contents and their occurrence",
          "[bank]")
{
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, customers);
    // Two equal receipts on one day: two customers' payments, or one customer paying twice.
    const TestEntry same = entry(QString(), u"2026-11-02"_s, u"50.00"_s);
    const QByteArray file = mt940({same, same, entry(QString(), u"2026-11-03"_s, u"50.00"_s)});

    const BankImportReport first = importBytes(ledger, file);
    CHECK(first.newLines == 3);
    const BankImportReport again = importBytes(ledger, file);
    CHECK(again.newLines == 0);
    CHECK(again.duplicates == 3);
    CHECK(storedLines(ledger).size() == 3);
}

TEST_CASE("A dry run reports what an import would do and stores nothing", "[bank]")
{
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, customers);
    const BankImportReport report = importBytes(ledger, camt053(u"S1"_s, {acme}), true);
    CHECK(report.dryRun);
    CHECK(report.newLines == 1);
    CHECK_FALSE(report.rows.first().line.id.isValid());
    CHECK(storedLines(ledger).isEmpty());
}

TEST_CASE("Storing a long statement reports progress and a cancel stores nothing", "[bank]")
{
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, customers);
    QList<TestEntry> entries;
    for (int i = 0; i < 1000; ++i)
        entries.append(entry(u"B-%1"_s.arg(i), u"2026-11-02"_s, u"10.00"_s));
    const auto file =
        BankFileReader::read(ledger.writeFile(camt053(u"S1"_s, entries)), std::nullopt);
    REQUIRE(file);

    QList<qint64> reported;
    const auto cancelled = BankStatementImporter(ledger.database())
                               .store(*file, false, [&reported](qint64 done, qint64 total) {
                                   CHECK(total == 1000);
                                   reported.append(done);
                                   return done < 512; // the second report cancels
                               });
    REQUIRE(cancelled);
    CHECK(cancelled->cancelled);
    CHECK(cancelled->rows.isEmpty());
    CHECK(reported == QList<qint64>{256, 512});
    CHECK(storedLines(ledger).isEmpty());

    // Not cancelled, the same file stores every line.
    const auto stored =
        BankStatementImporter(ledger.database()).store(*file, false, [](qint64, qint64) {
            return true;
        });
    REQUIRE(stored);
    CHECK_FALSE(stored->cancelled);
    CHECK(stored->newLines == 1000);
    CHECK(storedLines(ledger).size() == 1000);
}

TEST_CASE("A bank file the ledger cannot take changes nothing", "[bank]")
{
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, customers);
    REQUIRE(importBytes(ledger, camt053(u"S1"_s, {acme})).newLines == 1);
    BankStatementImporter importer(ledger.database());

    SECTION("a receipt in a currency no customer is billed in")
    {
        TestEntry dollars = entry(u"B-9"_s, u"2026-11-09"_s, u"9.00"_s);
        dollars.currency = u"USD"_s;
        const QString path = ledger.writeFile(
            camt053(u"S2"_s, {entry(u"B-8"_s, u"2026-11-08"_s, u"8.00"_s), dollars}));
        const auto report = importer.run(path, std::nullopt, false);
        REQUIRE_FALSE(report);
        CHECK(report.error().code == ErrorCode::InvalidInput);
        CHECK(report.error().detail.startsWith(path + u':'));
        CHECK(report.error().detail.contains(u"USD"_s));
    }
    SECTION("a broken file")
    {
        QByteArray broken = camt053(u"S2"_s, {entry(u"B-8"_s, u"2026-11-08"_s, u"8.00"_s)});
        broken.chop(40);
        const auto report = importer.run(ledger.writeFile(broken), std::nullopt, false);
        REQUIRE_FALSE(report);
        CHECK(report.error().code == ErrorCode::InvalidInput);
    }
    SECTION("a file that is not a bank statement")
    {
        const auto report =
            importer.run(ledger.writeFile("%PDF-1.7\n\x01\x02\x03"), std::nullopt, false);
        REQUIRE_FALSE(report);
        CHECK(report.error().code == ErrorCode::InvalidInput);
    }
    CHECK(storedLines(ledger).size() == 1);
}
