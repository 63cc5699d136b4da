#pragma once

#include <memory>
#include <string>

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringView>

#include "aging/AgingReport.h"
#include "domain/CurrencyCode.h"
#include "imports/ImportIssue.h"
#include "imports/ImportKind.h"
#include "storage/Database.h"
#include "support/TestLedger.h"

namespace ardesk::test {

// A date from fixed YYYY-MM-DD text; the test fails on a typo.
QDate day(const char* iso);
CurrencyCode currency(QStringView code);

// Aging options as the CLI builds them: --as-of, --basis, --buckets, --customer.
AgingOptions agingOptions(const char* asOf, AgingBasis basis = AgingBasis::DueDate,
                          QStringView buckets = u"30,60,90", const QString& customer = {});

// A new ledger created through LedgerCreator in a temporary folder, fed with small CSV files
// through the native importer, read back through the aging service and the contract's CSV.
class ServiceLedger {
public:
    explicit ServiceLedger(QStringView homeCurrency = u"EUR");
    ~ServiceLedger();

    Database& database() { return *m_database; }
    QString path() const { return m_ledger.path(); }
    QString dir() const { return m_ledger.dir(); }

    // Writes bytes to a new file in the ledger's folder; returns its path.
    QString writeFile(const QByteArray& bytes);
    // Writes `csv` to a new file and imports it; the report lists any issues.
    ImportReport import(ImportKind kind, const QByteArray& csv, bool dryRun = false);
    // As import(), but the import must succeed.
    void load(ImportKind kind, const QByteArray& csv);

    // The aging CSV (summary or --detail) exactly as the contract writes it.
    std::string summary(const AgingOptions& options);
    std::string detail(const AgingOptions& options);
    // "document open_amount" of every detail row in report order, one per line: a compact view
    // of what allocation left open (invoices) and unapplied (payments, credit notes).
    std::string openItems(const char* asOf);

    qint64 customerCount();

private:
    TestLedger m_ledger;
    std::unique_ptr<Database> m_database;
    int m_files = 0;
};

// `csv` followed by enough blank lines for the native importer to expect a bulk load
// (RowImporter::bulkRows rows or more) while it holds only the rows given: the bulk path on a
// few rows.
QByteArray asBulkFile(const QByteArray& csv);

// "line:column" of every issue, in report order, separated by spaces.
std::string locations(const ImportReport& report);
// Every issue as the CLI prints it, one per line (for failure messages).
std::string describe(const ImportReport& report);

} // namespace ardesk::test
