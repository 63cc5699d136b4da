// LibreOffice opens both exports: the aging summary as XLSX converted to CSV by
// `libreoffice --headless --convert-to csv` holds the same values as our CSV; our CSV opened
// by LibreOffice and saved as XLSX holds no formula (the "'" prefix kept the names as text).

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include "aging/AgingService.h"
#include "csv/CsvReader.h"
#include "exports/ReportExport.h"
#include "exports/ReportTables.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using test::ServiceLedger;

namespace {

// Converts `file` into `outDir` as `format` ("csv", "xlsx") with a throwaway profile.
void convert(const QTemporaryDir& profile, const QString& file, const QString& format,
             const QString& outDir)
{
    QProcess office;
    office.start(QString::fromUtf8(ARDESK_LIBREOFFICE),
                 {u"-env:UserInstallation=file://"_s + profile.path(), u"--headless"_s,
                  u"--convert-to"_s, format, u"--outdir"_s, outDir, file});
    REQUIRE(office.waitForFinished(120000));
    INFO(office.readAllStandardError().toStdString());
    REQUIRE(office.exitCode() == 0);
}

QList<QStringList> readCsv(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file);
    QList<QStringList> rows;
    CsvRecord record;
    CsvReader::Status status;
    while ((status = reader.next(record)) == CsvReader::Status::Record)
        rows.append(record.fields);
    REQUIRE(status == CsvReader::Status::End);
    return rows;
}

// What a spreadsheet shows for one of our CSV cells: text without the neutralising "'", and
// numbers as numbers ("1234.50" and LibreOffice's "1234.5" are the same value).
QString shown(const QString& cell)
{
    bool isNumber = false;
    const double number = cell.toDouble(&isNumber);
    if (isNumber)
        return QString::number(number, 'g', 15);
    if (cell.size() > 1 && cell.front() == u'\'' && u"=+-@"_s.contains(cell.at(1)))
        return cell.mid(1);
    return cell;
}

} // namespace

TEST_CASE("LibreOffice reads the XLSX and the CSV export alike", "[export][libreoffice]")
{
    ServiceLedger ledger;
    ledger.load(ImportKind::Customers, "customer_id,name,currency\n"
                                       "=C1,\"=HYPERLINK(\"\"http://x\"\")\",EUR\n"
                                       "C2,\"-Minus, Ltd\",EUR\n@C4,@At,JPY\n");
    ledger.load(
        ImportKind::Invoices,
        "invoice_number,customer_id,issue_date,due_date,amount,currency\n"
        "INV1,=C1,2025-01-10,2025-02-10,1234.56,EUR\nINV3,@C4,2025-01-05,2025-02-05,15000,JPY\n");
    ledger.load(ImportKind::Payments,
                "payment_id,customer_id,date,amount\nP1,C2,2025-03-01,20.00\n");
    const auto summary = AgingService(ledger.database()).summary(test::agingOptions("2025-03-31"));
    REQUIRE(summary);
    const ReportTable table = ReportTables::agingSummary(*summary);
    QTemporaryDir dir;
    QTemporaryDir profile;
    REQUIRE((dir.isValid() && profile.isValid()));
    QDir(dir.path()).mkdir(u"fromXlsx"_s);
    QDir(dir.path()).mkdir(u"fromCsv"_s);
    const QString csv = dir.filePath(u"aging.csv"_s);
    const QString xlsx = dir.filePath(u"aging.xlsx"_s);
    REQUIRE(ReportExport::write(table, csv, ReportFormat::Csv));
    REQUIRE(ReportExport::write(table, xlsx, ReportFormat::Xlsx));

    convert(profile, xlsx, u"csv"_s, dir.filePath(u"fromXlsx"_s));
    const auto ours = readCsv(csv);
    const auto theirs = readCsv(dir.filePath(u"fromXlsx/aging.csv"_s));
    REQUIRE(theirs.size() == ours.size());
    for (qsizetype r = 0; r < ours.size(); ++r) {
        REQUIRE(theirs.at(r).size() == ours.at(r).size());
        for (qsizetype c = 0; c < ours.at(r).size(); ++c) {
            INFO("row " << r << " column " << c);
            CHECK(shown(theirs.at(r).at(c)).toStdString() == shown(ours.at(r).at(c)).toStdString());
        }
    }

    convert(profile, csv, u"xlsx"_s, dir.filePath(u"fromCsv"_s));
    QProcess unzip;
    unzip.start(QString::fromUtf8(ARDESK_UNZIP),
                {u"-p"_s, dir.filePath(u"fromCsv/aging.xlsx"_s), u"xl/worksheets/sheet1.xml"_s});
    REQUIRE(unzip.waitForFinished(30000));
    const QString sheet = QString::fromUtf8(unzip.readAllStandardOutput());
    REQUIRE(sheet.contains(u"<sheetData>"_s));
    CHECK_FALSE(sheet.contains(u"<f>"_s));
}
