#include "imports/NativeImporter.h"

#include <algorithm>

#include <QDebug>
#include <QFile>
#include <QScopeGuard>

#include "csv/CsvReadAhead.h"
#include "csv/CsvReader.h"
#include "imports/CreditRowImporter.h"
#include "imports/CustomerLookup.h"
#include "imports/CustomerRowImporter.h"
#include "imports/ForeignReader.h"
#include "imports/ForeignTable.h"
#include "imports/ForeignTranslation.h"
#include "imports/InvoiceRowImporter.h"
#include "storage/Database.h"
#include "storage/LedgerInfoRepository.h"
#include "storage/Transaction.h"

using namespace Qt::StringLiterals;

namespace ardesk {

namespace {
constexpr int progressEveryRows = 4096;
// A lower bound on the bytes of a data row, to estimate how many rows a file holds.
constexpr qint64 minimumRowBytes = 32;
} // namespace

NativeImporter::NativeImporter(Database& database)
    : m_database(database)
{}

NativeImporter::~NativeImporter() = default;

Result<std::unique_ptr<RowImporter>> NativeImporter::rowImporter(ImportKind kind)
{
    const auto currency = LedgerInfoRepository(m_database).currency();
    if (!currency)
        return std::unexpected(currency.error());
    switch (kind) {
    case ImportKind::Customers:
        return std::make_unique<CustomerRowImporter>(m_database, *currency);
    case ImportKind::Invoices:
        return std::make_unique<InvoiceRowImporter>(m_database, *currency);
    case ImportKind::Payments:
        return std::make_unique<CreditRowImporter>(m_database, Credit::Kind::Payment, *currency);
    case ImportKind::CreditNotes:
        return std::make_unique<CreditRowImporter>(m_database, Credit::Kind::CreditNote, *currency);
    }
    return fail(ErrorCode::InvalidArgument, u"unknown import kind"_s);
}

bool NativeImporter::readHeader(const QStringList& fields, int line, const RowImporter& importer,
                                const QString& file, ImportColumns& columns, ImportReport& report)
{
    const QStringList known = importer.columns();
    const int issuesBefore = static_cast<int>(report.issues.size());
    for (int i = 0; i < fields.size(); ++i) {
        const QString& name = fields.at(i);
        if (!known.contains(name)) {
            report.issues.append({file, line, i + 1,
                                  u"unknown column \"%1\"; expected columns are %2"_s.arg(
                                      name, known.join(u", "_s))});
        } else if (columns.contains(name)) {
            report.issues.append({file, line, i + 1, u"column \"%1\" appears twice"_s.arg(name)});
        } else {
            columns.insert(name, i);
        }
    }
    for (const QString& required : importer.requiredColumns()) {
        if (!columns.contains(required))
            report.issues.append(
                {file, line, 0, u"required column \"%1\" is missing"_s.arg(required)});
    }
    return report.issues.size() == issuesBefore;
}

Result<ImportReport> NativeImporter::run(ImportKind kind, const QString& path,
                                         const ImportOptions& options)
{
    if (options.format != ImportFormat::Native)
        return runForeign(kind, path, options);
    ImportReport report;
    report.dryRun = options.dryRun;
    const QString& file = path; // as the user gave it, like a compiler names its inputs

    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        report.issues.append({path, 0, 0, u"cannot read the file: "_s + input.errorString()});
        return report;
    }
    auto importer = rowImporter(kind);
    if (!importer)
        return std::unexpected(importer.error());

    CsvReader reader(&input);
    CsvRecord record;
    CsvReader::Status status = reader.next(record);
    if (status == CsvReader::Status::End) {
        report.issues.append(
            {file, 1, 0, u"the file is empty; expected a header row naming the columns"_s});
        return report;
    }
    ImportColumns columns;
    if (status == CsvReader::Status::SyntaxError) {
        const CsvSyntaxError& error = reader.syntaxError();
        report.issues.append({file, error.line, error.column, error.message});
        return report;
    }
    // Blank lines may come before the header, so its issues name the line it is on.
    if (!readHeader(record.fields, record.line, **importer, file, columns, report))
        return report;
    const int fieldCount = static_cast<int>(record.fields.size());

    const qint64 total = input.size();
    const qint64 expectedRows = (total - reader.bytesRead()) / minimumRowBytes;
    // Every row importer checks the references it writes (customers, linked documents) inside
    // the transaction, so for a bulk load SQLite's own foreign-key lookups only double that
    // work; outside a bulk load (or nested in a caller's transaction) they stay on.
    const bool bulk = expectedRows >= RowImporter::bulkRows && !m_database.inTransaction();
    if (bulk) {
        if (auto ok = m_database.setForeignKeysEnforced(false); !ok)
            return std::unexpected(ok.error());
    }
    const auto enforceAgain = qScopeGuard([&] {
        if (!bulk)
            return;
        // Too late to fail the import (it has committed or rolled back): say so loudly.
        if (auto ok = m_database.setForeignKeysEnforced(true); !ok)
            qWarning("ARDesk: foreign keys stay off after an import: %s",
                     qPrintable(ok.error().detail));
    });
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    if (auto ok = (*importer)->startBulk(expectedRows); !ok)
        return std::unexpected(ok.error());
    CsvReadAhead rows(reader);
    while ((status = rows.next(record)) != CsvReader::Status::End) {
        ++report.rowsRead;
        // Before the row is looked at, so that a file of bad rows also shows progress and can
        // be cancelled.
        if (options.progress && report.rowsRead % progressEveryRows == 0 &&
            !options.progress(rows.bytesRead(), total)) {
            report.cancelled = true;
            return report; // the transaction rolls back
        }
        if (status == CsvReader::Status::SyntaxError) {
            const CsvSyntaxError& error = rows.syntaxError();
            report.issues.append({file, error.line, error.column, error.message});
            continue;
        }
        if (record.fields.size() != fieldCount) {
            report.issues.append({file, record.line, 0,
                                  u"expected %1 fields like the header, found %2"_s.arg(fieldCount)
                                      .arg(record.fields.size())});
            continue;
        }
        ImportRow row(file, columns, record, report.issues);
        if (!row.refuseByteOrderMarks())
            continue;
        if (auto ok = (*importer)->import(row); !ok)
            return std::unexpected(ok.error());
    }
    if (options.progress)
        options.progress(total, total);
    if (auto ok = finish(**importer, *transaction, report, options); !ok)
        return std::unexpected(ok.error());
    return report;
}

Result<void> NativeImporter::finish(RowImporter& importer, Transaction& transaction,
                                    ImportReport& report, const ImportOptions& options)
{
    if (!report.issues.isEmpty() || options.dryRun)
        return {};
    if (auto ok = importer.finishBulk(); !ok)
        return ok;
    if (auto ok = transaction.commit(); !ok)
        return ok;
    report.rowsImported = report.rowsRead;
    return {};
}

// Another tool's file is read whole and translated into native records, which the same row
// importer then validates and writes in one transaction: a customer, a currency or a duplicate
// number is checked exactly as in a native file, and reported at the other file's line and
// column. Problems of both stages are listed together, in file order.
Result<ImportReport> NativeImporter::runForeign(ImportKind kind, const QString& path,
                                                const ImportOptions& options)
{
    ImportReport report;
    report.dryRun = options.dryRun;
    const QString& file = path;
    const std::unique_ptr<ForeignReader> reader = ForeignReader::create(options.format, kind);
    if (!reader) {
        report.issues.append(
            {file, 0, 0,
             u"the %1 format has no %2 files; it imports customers and "
             u"invoices"_s.arg(importFormatName(options.format), importKindName(kind))});
        return report;
    }
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        report.issues.append({path, 0, 0, u"cannot read the file: "_s + input.errorString()});
        return report;
    }
    auto importer = rowImporter(kind);
    if (!importer)
        return std::unexpected(importer.error());
    const auto ledgerCurrency = LedgerInfoRepository(m_database).currency();
    if (!ledgerCurrency)
        return std::unexpected(ledgerCurrency.error());
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());

    CustomerLookup customers(m_database);
    std::optional<Error> lookupError;
    const ForeignReadOptions readOptions{
        .dateOrder = options.dateOrder, .currencyOf = [&](const QString& code) {
            auto customer = customers.find(code);
            if (!customer && !lookupError)
                lookupError = customer.error();
            return customer && *customer ? (*customer)->currency : *ledgerCurrency;
        }};
    ForeignTable table(file, report.issues, options.decimalMark);
    ForeignTranslation translation;
    reader->read(input, table, readOptions, translation);
    if (lookupError)
        return std::unexpected(*lookupError);
    report.dateOrder = translation.dateOrder;
    for (const CsvRecord& record : translation.records()) {
        ++report.rowsRead;
        ImportRow row(file, translation.columns(), record, report.issues);
        if (!row.refuseByteOrderMarks())
            continue;
        if (auto ok = (*importer)->import(row); !ok)
            return std::unexpected(ok.error());
    }
    std::stable_sort(report.issues.begin(), report.issues.end(),
                     [](const ImportIssue& a, const ImportIssue& b) {
                         return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                     });
    if (options.progress)
        options.progress(input.size(), input.size());
    if (auto ok = finish(**importer, *transaction, report, options); !ok)
        return std::unexpected(ok.error());
    return report;
}

} // namespace ardesk
