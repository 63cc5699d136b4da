// NativeImporter on arbitrary bytes, in the layout ARDESK_FUZZ_IMPORT_FORMAT names ("native",
// "quickbooks", "xero", "gnucash"; one executable each), for every kind that layout has. Every
// import is a dry run against one ledger made once per process, so that each input meets the
// same ledger and a crash reproduces from the saved input alone: the importer's transaction
// rolls back whatever the rows wrote. The ledger starts with the golden customers and
// invoices, so that invoice, payment and credit-note rows can name ones that exist.

#include <cstdint>
#include <cstdio>
#include <memory>

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include "FuzzCheck.h"
#include "domain/CurrencyCode.h"
#include "imports/NativeImporter.h"
#include "ledger/LedgerCreator.h"

using namespace Qt::StringLiterals;
using namespace ardesk;

namespace {

struct FuzzLedger {
    QTemporaryDir folder;
    std::unique_ptr<Database> database;
    QString inputPath;
    ImportFormat format = ImportFormat::Native;
};

FuzzLedger* ledger = nullptr;

void importGolden(ImportKind kind, const QString& file)
{
    const QString path = QStringLiteral(ARDESK_FUZZ_GOLDEN_DIR "/basic/") + file;
    const auto report = NativeImporter(*ledger->database).run(kind, path, {});
    fuzz::check(report && report->succeeded(), "the golden files import");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    // QSql needs an application object; it lives as long as the process, like the ledger.
    new QCoreApplication(*argc, *argv);
    ledger = new FuzzLedger;
    fuzz::check(ledger->folder.isValid(), "a temporary folder");
    const auto format = importFormatFromName(QStringLiteral(ARDESK_FUZZ_IMPORT_FORMAT));
    fuzz::check(format.has_value(), "a known import format");
    ledger->format = *format;
    auto database = LedgerCreator::create(ledger->folder.filePath(u"fuzz.ardesk"_s), u"Fuzz Ltd"_s,
                                          *CurrencyCode::fromCode(u"EUR"));
    fuzz::check(database.has_value(), "a new ledger");
    ledger->database = std::move(*database);
    importGolden(ImportKind::Customers, u"customers.csv"_s);
    importGolden(ImportKind::Invoices, u"invoices.csv"_s);
    ledger->inputPath = ledger->folder.filePath(u"input.csv"_s);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    {
        QFile input(ledger->inputPath);
        fuzz::check(input.open(QIODevice::WriteOnly | QIODevice::Truncate), "input written");
        input.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size));
    }
    // The foreign layouts have customers and invoices only; the others are refused up front.
    const bool native = ledger->format == ImportFormat::Native;
    for (const ImportKind kind : {ImportKind::Customers, ImportKind::Invoices, ImportKind::Payments,
                                  ImportKind::CreditNotes}) {
        if (!native && kind != ImportKind::Customers && kind != ImportKind::Invoices)
            continue;
        for (const DecimalMark mark : {DecimalMark::Point, DecimalMark::Comma}) {
            if (native && mark == DecimalMark::Comma)
                continue; // native amounts are always written with a point
            const ImportOptions options{
                .dryRun = true, .format = ledger->format, .decimalMark = mark};
            const auto report =
                NativeImporter(*ledger->database).run(kind, ledger->inputPath, options);
            // Bad input is an issue in the report; an error is the ledger itself failing.
            if (!report)
                std::fprintf(stderr, "%s\n", qPrintable(report.error().detail));
            fuzz::check(report.has_value(), "the ledger never fails on bad input");
            fuzz::check(report->rowsImported == 0, "a dry run imports nothing");
            fuzz::check(!ledger->database->inTransaction(), "the import's transaction is over");
        }
    }
    return 0;
}
