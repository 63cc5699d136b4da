#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>

#include "aging/AgingService.h"
#include "csv/CsvReader.h"
#include "demo/DemoLedgerGenerator.h"
#include "domain/IsoDate.h"
#include "ledger/LedgerInfoService.h"
#include "storage/Database.h"
#include "support/TestLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;

namespace {

const QDate today(2025, 3, 14);

CurrencyCode eur()
{
    return *CurrencyCode::fromCode(u"EUR");
}

DemoParameters defaults(quint32 seed)
{
    DemoParameters parameters;
    parameters.seed = seed;
    parameters.today = today;
    return parameters;
}

const ImportKind allKinds[] = {ImportKind::Customers, ImportKind::Invoices, ImportKind::Payments,
                               ImportKind::CreditNotes};

QByteArray contents(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// The data rows of a generated file as column name → value maps.
QList<QHash<QString, QString>> readRows(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file);
    CsvRecord record;
    REQUIRE(reader.next(record) == CsvReader::Status::Record);
    const QStringList header = record.fields;
    QList<QHash<QString, QString>> rows;
    CsvReader::Status status;
    while ((status = reader.next(record)) == CsvReader::Status::Record) {
        REQUIRE(record.fields.size() == header.size());
        QHash<QString, QString> row;
        for (qsizetype i = 0; i < header.size(); ++i)
            row.insert(header.at(i), record.fields.at(i));
        rows.append(row);
    }
    REQUIRE(status == CsvReader::Status::End);
    return rows;
}

QDate dateOf(const QString& text)
{
    const auto date = IsoDate::parse(text);
    REQUIRE(date);
    return *date;
}

} // namespace

TEST_CASE("A default demo ledger has something in every aging bucket and unapplied credit",
          "[demo]")
{
    const quint32 seed = GENERATE(1u, 2u, 3u);
    INFO("seed " << seed);
    test::TestLedger ledger;
    const auto counts =
        DemoLedgerGenerator::buildLedger(ledger.path(), u"Demo GmbH"_s, eur(), defaults(seed));
    REQUIRE(counts);
    CHECK(counts->customers == 40);
    CHECK(counts->invoices == 500);
    CHECK(counts->payments > 350);
    CHECK(counts->creditNotes > 0);
    CHECK_FALSE(counts->cancelled);

    auto database = Database::open(ledger.path());
    REQUIRE(database);
    AgingService aging(**database);
    AgingOptions options;
    options.asOf = today;
    const auto summary = aging.summary(options);
    REQUIRE(summary);
    REQUIRE(summary->totals.size() == 1);
    const AgingSummaryRow& total = summary->totals.first();
    REQUIRE(total.bucketsMinor.size() == 5);
    for (int bucket = 0; bucket < 5; ++bucket) {
        INFO("bucket " << summary->buckets.label(bucket).toStdString());
        CHECK(total.bucketsMinor.at(bucket) > 0);
    }
    CHECK(total.unappliedMinor < 0);
}

TEST_CASE("A demo ledger builds for any size and seed", "[demo]")
{
    // Sizes where a plan, a credit note or a dispute finds no fitting invoice once stopped the
    // generator ("no open invoice to put on a plan"); now it leaves such a story out.
    const auto [customers, invoices, seed] = GENERATE(table<int, int, quint32>(
        {{400, 8000, 3}, {1, 1, 1}, {2, 3, 5}, {3, 2, 7}, {7, 40, 11}, {25, 60, 4}}));
    INFO(customers << " customers, " << invoices << " invoices, seed " << seed);
    DemoParameters parameters = defaults(seed);
    parameters.customers = customers;
    parameters.invoices = invoices;
    test::TestLedger ledger;
    const auto counts =
        DemoLedgerGenerator::buildLedger(ledger.path(), u"Demo GmbH"_s, eur(), parameters);
    INFO((counts ? std::string() : counts.error().detail.toStdString()));
    REQUIRE(counts);
    CHECK(counts->customers == customers);
    CHECK(counts->invoices == invoices);
}

TEST_CASE("The demo company says how to pay it: a SEPA account in EUR, else a domestic one",
          "[demo]")
{
    const auto [code, iban, accountNumber] = GENERATE(table<const char*, bool, bool>({
        {"EUR", true, false},
        {"GBP", false, true},
    }));
    INFO(code);
    test::TestLedger ledger;
    const CurrencyCode currency = *CurrencyCode::fromCode(QString::fromLatin1(code));
    REQUIRE(DemoLedgerGenerator::buildLedger(ledger.path(), u"Demo Ltd"_s, currency, defaults(1)));
    auto database = Database::open(ledger.path());
    REQUIRE(database);
    const auto settings = LedgerInfoService(**database).settings();
    REQUIRE(settings);
    const PaymentDetails& payment = settings->company.payment;
    CHECK(payment.problems().isEmpty());
    CHECK(payment.iban.isEmpty() != iban);
    CHECK(payment.accountNumber.isEmpty() != accountNumber);
    CHECK_FALSE(payment.paymentLinkPattern.isEmpty());
    CHECK_FALSE(settings->company.address.isEmpty());
    CHECK(settings->company.name == u"Demo Ltd"_s);
}

TEST_CASE("Demo files depend only on the seed and today", "[demo]")
{
    QTemporaryDir first;
    QTemporaryDir again;
    QTemporaryDir other;
    REQUIRE(DemoLedgerGenerator(defaults(7), eur()).generate(first.path()));
    REQUIRE(DemoLedgerGenerator(defaults(7), eur()).generate(again.path()));
    REQUIRE(DemoLedgerGenerator(defaults(8), eur()).generate(other.path()));
    for (ImportKind kind : allKinds) {
        const QString name = DemoLedgerGenerator::fileName(kind);
        INFO(name.toStdString());
        const QByteArray bytes = contents(QDir(first.path()).filePath(name));
        CHECK(bytes.size() > 100);
        CHECK(bytes == contents(QDir(again.path()).filePath(name)));
    }
    for (const ImportKind kind : {ImportKind::Invoices, ImportKind::Payments}) {
        const QString name = DemoLedgerGenerator::fileName(kind);
        INFO(name.toStdString());
        CHECK(contents(QDir(first.path()).filePath(name)) !=
              contents(QDir(other.path()).filePath(name)));
    }
}

TEST_CASE("Demo payments and credit notes are dated between their invoice and today", "[demo]")
{
    QTemporaryDir folder;
    const auto counts = DemoLedgerGenerator(defaults(1), eur()).generate(folder.path());
    REQUIRE(counts);
    const QDir dir(folder.path());

    QHash<QString, QDate> issued;
    QHash<QString, QString> customerOf;
    for (const auto& row : readRows(dir.filePath(u"invoices.csv"_s))) {
        issued.insert(row.value(u"invoice_number"_s), dateOf(row.value(u"issue_date"_s)));
        customerOf.insert(row.value(u"invoice_number"_s), row.value(u"customer_id"_s));
        CHECK(dateOf(row.value(u"issue_date"_s)) <= today);
    }
    CHECK(issued.size() == counts->invoices);

    int linked = 0;
    int unlinked = 0;
    const auto payments = readRows(dir.filePath(u"payments.csv"_s));
    CHECK(payments.size() == counts->payments);
    QDate previous;
    for (const auto& row : payments) {
        const QDate date = dateOf(row.value(u"date"_s));
        CHECK(date <= today);
        CHECK(previous <= date); // written in date order, the order they are allocated in
        previous = date;
        const QString invoice = row.value(u"invoice_number"_s);
        if (invoice.isEmpty()) {
            ++unlinked;
            continue;
        }
        ++linked;
        REQUIRE(issued.contains(invoice));
        CHECK(issued.value(invoice) <= date);
        CHECK(customerOf.value(invoice) == row.value(u"customer_id"_s));
    }
    CHECK(linked > 0);
    CHECK(unlinked > 0);

    for (const auto& row : readRows(dir.filePath(u"credit-notes.csv"_s))) {
        const QDate date = dateOf(row.value(u"date"_s));
        CHECK(date <= today);
        if (const QString invoice = row.value(u"invoice_number"_s); !invoice.isEmpty()) {
            REQUIRE(issued.contains(invoice));
            CHECK(issued.value(invoice) <= date);
            CHECK(customerOf.value(invoice) == row.value(u"customer_id"_s));
        }
    }

    // The customer file exercises the CSV quoting: commas, quotes, line breaks, non-ASCII.
    const QByteArray customers = contents(dir.filePath(u"customers.csv"_s));
    CHECK(customers.contains("\"Smith, Jones & Partners LLP\""));
    CHECK(customers.contains("\"The \"\"Blue Door\"\" Bakery Ltd\""));
    CHECK(customers.contains("Müller GmbH"));
    CHECK(customers.contains("Café Lumière"));
    const auto customerRows = readRows(dir.filePath(u"customers.csv"_s));
    CHECK(customerRows.size() == 40);
    CHECK(std::ranges::any_of(customerRows, [](const QHash<QString, QString>& row) {
        return row.value(u"address"_s).contains(u'\n');
    }));
}

TEST_CASE("A payment count asked for is met closely", "[demo]")
{
    const int wanted = GENERATE(1500, 4000, 6000);
    INFO("payments wanted " << wanted);
    DemoParameters parameters = defaults(3);
    parameters.customers = 300;
    parameters.invoices = 4000;
    parameters.payments = wanted;
    QTemporaryDir folder;
    const auto counts = DemoLedgerGenerator(parameters, eur()).generate(folder.path());
    REQUIRE(counts);
    CHECK(counts->invoices == 4000);
    CHECK(counts->payments >= wanted * 9 / 10);
    CHECK(counts->payments <= wanted * 11 / 10);
}
