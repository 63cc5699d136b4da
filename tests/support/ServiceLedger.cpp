#include "support/ServiceLedger.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>

#include "aging/AgingService.h"
#include "domain/IsoDate.h"
#include "domain/Money.h"
#include "exports/AgingCsvExporter.h"
#include "imports/NativeImporter.h"
#include "imports/RowImporter.h"
#include "ledger/LedgerCreator.h"
#include "storage/CustomerRepository.h"

using namespace Qt::StringLiterals;

namespace ardesk::test {

QDate day(const char* iso)
{
    const auto parsed = IsoDate::parse(QString::fromLatin1(iso));
    REQUIRE(parsed.has_value());
    return *parsed;
}

CurrencyCode currency(QStringView code)
{
    const auto parsed = CurrencyCode::fromCode(code);
    REQUIRE(parsed.has_value());
    return *parsed;
}

AgingOptions agingOptions(const char* asOf, AgingBasis basis, QStringView buckets,
                          const QString& customer)
{
    const auto parsedBuckets = AgingBuckets::parse(buckets);
    REQUIRE(parsedBuckets.has_value());
    return AgingOptions{
        .asOf = day(asOf), .basis = basis, .buckets = *parsedBuckets, .customerCode = customer};
}

ServiceLedger::ServiceLedger(QStringView homeCurrency)
{
    auto created =
        LedgerCreator::create(m_ledger.path(), u"Test Company"_s, currency(homeCurrency));
    if (!created)
        FAIL("creating the test ledger: " << created.error().detail.toStdString());
    m_database = std::move(*created);
}

ServiceLedger::~ServiceLedger() = default;

QString ServiceLedger::writeFile(const QByteArray& bytes)
{
    const QString path = m_ledger.dir() + u"/input-%1.csv"_s.arg(++m_files);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

ImportReport ServiceLedger::import(ImportKind kind, const QByteArray& csv, bool dryRun)
{
    const QString path = writeFile(csv);
    NativeImporter importer(*m_database);
    const auto report = importer.run(kind, path, {.dryRun = dryRun, .progress = {}});
    if (!report)
        FAIL("import failed in the ledger itself: " << report.error().detail.toStdString());
    return *report;
}

void ServiceLedger::load(ImportKind kind, const QByteArray& csv)
{
    const ImportReport report = import(kind, csv);
    INFO(describe(report));
    REQUIRE(report.succeeded());
}

std::string ServiceLedger::summary(const AgingOptions& options)
{
    const auto summary = AgingService(*m_database).summary(options);
    if (!summary)
        FAIL("aging summary: " << summary.error().detail.toStdString());
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(AgingCsvExporter::writeSummary(*summary, &buffer));
    return buffer.data().toStdString();
}

std::string ServiceLedger::detail(const AgingOptions& options)
{
    const auto detail = AgingService(*m_database).detail(options);
    if (!detail)
        FAIL("aging detail: " << detail.error().detail.toStdString());
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(AgingCsvExporter::writeDetail(*detail, &buffer));
    return buffer.data().toStdString();
}

std::string ServiceLedger::openItems(const char* asOf)
{
    const auto detail = AgingService(*m_database).detail(agingOptions(asOf));
    if (!detail)
        FAIL("aging detail: " << detail.error().detail.toStdString());
    std::string out;
    for (const AgingDetailRow& row : detail->rows) {
        out += row.document.toStdString() + ' ' +
               Money(row.openMinor, row.currency).toPlainString().toStdString() + '\n';
    }
    return out;
}

qint64 ServiceLedger::customerCount()
{
    const auto count = CustomerRepository(*m_database).count({});
    REQUIRE(count.has_value());
    return *count;
}

QByteArray asBulkFile(const QByteArray& csv)
{
    // The importer expects a row for every 32 bytes it has not read yet.
    return csv + QByteArray(RowImporter::bulkRows * 32, '\n');
}

std::string locations(const ImportReport& report)
{
    std::string out;
    for (const ImportIssue& issue : report.issues) {
        if (!out.empty())
            out += ' ';
        out += std::to_string(issue.line) + ':' + std::to_string(issue.column);
    }
    return out;
}

std::string describe(const ImportReport& report)
{
    std::string out;
    for (const ImportIssue& issue : report.issues)
        out += issue.toString().toStdString() + '\n';
    return out;
}

} // namespace ardesk::test
