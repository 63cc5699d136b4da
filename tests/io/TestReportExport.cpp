// Exports: one ReportTable per report, written as CSV (the contract's conventions,
// formula injection neutralised) and as XLSX (read back from the workbook's XML with unzip:
// string cells, number formats, bold TOTAL rows, frozen header, autofilter), atomically.

#include <catch2/catch.hpp>

#include <string>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include "aging/AgingService.h"
#include "exports/CsvTableWriter.h"
#include "exports/ReportExport.h"
#include "exports/ReportTables.h"
#include "exports/XlsxTableWriter.h"
#include "ledger/CustomerService.h"
#include "support/ServiceLedger.h"

using namespace Qt::StringLiterals;
using namespace ardesk;
using test::ServiceLedger;

namespace {

// Customers whose codes and names start with each formula character, in EUR and JPY.
void loadLedger(ServiceLedger& ledger)
{
    ledger.load(ImportKind::Customers,
                "customer_id,name,email,credit_limit,currency\n"
                "=C1,\"=HYPERLINK(\"\"http://x\"\")\",eq@example.com,5000.00,EUR\n"
                "C2,+Plus,,,EUR\n"
                "C3,-Minus,,,EUR\n"
                "@C4,@At,,,JPY\n");
    ledger.load(ImportKind::Invoices,
                "invoice_number,customer_id,issue_date,due_date,amount,currency\n"
                "=INV1,=C1,2025-01-10,2025-02-10,1234.50,EUR\n"
                "INV2,C2,2025-03-01,2025-04-30,20.00,EUR\n"
                "INV3,@C4,2025-01-05,2025-02-05,15000,JPY\n");
    ledger.load(ImportKind::Payments,
                "payment_id,customer_id,date,amount\nP1,C3,2025-03-01,20.00\n");
}

std::string csvOf(const ReportTable& table)
{
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(CsvTableWriter::write(table, &buffer));
    return buffer.data().toStdString();
}

// One part of a workbook (a zip file), as unzip prints it.
QString part(const QString& xlsx, const QString& name)
{
    QProcess unzip;
    unzip.start(QString::fromUtf8(ARDESK_UNZIP), {u"-p"_s, xlsx, name});
    REQUIRE(unzip.waitForFinished(30000));
    REQUIRE(unzip.exitCode() == 0);
    return QString::fromUtf8(unzip.readAllStandardOutput());
}

// The style index (s="N") of the cell at `ref` in the sheet XML; 0 when it has none.
int styleOf(const QString& sheet, const QString& ref)
{
    const auto match = QRegularExpression(u"<c r=\"%1\"(?: s=\"(\\d+)\")?"_s.arg(ref)).match(sheet);
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

// The cellXfs entries of styles.xml, in index order.
QStringList cellFormats(const QString& styles)
{
    const int start = styles.indexOf(u"<cellXfs"_s);
    const int end = styles.indexOf(u"</cellXfs>"_s);
    REQUIRE((start >= 0 && end > start));
    QStringList formats;
    auto it = QRegularExpression(u"<xf [^>]*>"_s).globalMatch(styles.mid(start, end - start));
    while (it.hasNext())
        formats.append(it.next().captured(0));
    return formats;
}

// The number format code of a cellXfs entry (numFmtId 0 is General).
QString numberFormatOf(const QString& styles, const QString& xf)
{
    const QString id = QRegularExpression(u"numFmtId=\"(\\d+)\""_s).match(xf).captured(1);
    if (id == u"0"_s)
        return u"General"_s;
    return QRegularExpression(u"<numFmt numFmtId=\"%1\" formatCode=\"([^\"]*)\""_s.arg(id))
        .match(styles)
        .captured(1);
}

bool isBold(const QString& styles, const QString& xf)
{
    const int fontId = QRegularExpression(u"fontId=\"(\\d+)\""_s).match(xf).captured(1).toInt();
    const int start = styles.indexOf(u"<fonts"_s);
    auto it = QRegularExpression(u"<font>.*?</font>"_s).globalMatch(styles.mid(start));
    for (int i = 0; it.hasNext(); ++i) {
        const QString font = it.next().captured(0);
        if (i == fontId)
            return font.contains(u"<b/>"_s);
    }
    FAIL("no font " << fontId);
    return false;
}

} // namespace

TEST_CASE("CSV exports neutralise text starting with = + - @ and never amounts", "[export]")
{
    ServiceLedger ledger;
    loadLedger(ledger);
    CustomerService customers(ledger.database());
    AgingService aging(ledger.database());
    const QDate asOf = test::day("2025-03-31");

    CHECK(csvOf(ReportTables::customers(customers,
                                        CustomerQuery{.search = {},
                                                      .filter = CustomerQuery::Filter::All,
                                                      .sortKey = CustomerQuery::SortKey::Name,
                                                      .descending = false,
                                                      .asOf = asOf})) ==
          "customer_id,name,email,phone,terms_days,currency,credit_limit,on_hold,balance,overdue,"
          "oldest_due,discount_percent,discount_days\n"
          "C2,'+Plus,,,30,EUR,,no,20.00,0.00,2025-04-30,0,0\n"
          "C3,'-Minus,,,30,EUR,,no,-20.00,0.00,,0,0\n"
          "'=C1,\"'=HYPERLINK(\"\"http://x\"\")\",eq@example.com,,30,EUR,5000.00,no,1234.50,"
          "1234.50,2025-02-10,0,0\n"
          "'@C4,'@At,,,30,JPY,,no,15000,15000,2025-02-05,0,0\n");
    // Not yet due counts as 0 days overdue; C3's unapplied payment is no open item.
    CHECK(csvOf(ReportTables::openItems(aging, asOf)) ==
          "customer_id,customer_name,currency,document,issue_date,due_date,days_overdue,"
          "open_amount\n"
          "C2,'+Plus,EUR,INV2,2025-03-01,2025-04-30,0,20.00\n"
          "'=C1,\"'=HYPERLINK(\"\"http://x\"\")\",EUR,'=INV1,2025-01-10,2025-02-10,49,1234.50\n"
          "'@C4,'@At,JPY,INV3,2025-01-05,2025-02-05,54,15000\n");
}

TEST_CASE("The aging CSV through ReportTables is the contract's, byte for byte", "[export]")
{
    ServiceLedger ledger;
    loadLedger(ledger);
    const auto options = test::agingOptions("2025-03-31");
    const auto summary = AgingService(ledger.database()).summary(options);
    REQUIRE(summary);
    const std::string expected =
        "customer_id,customer_name,currency,current,1-30,31-60,61-90,91+,unapplied,total\n"
        "C2,'+Plus,EUR,20.00,0.00,0.00,0.00,0.00,0.00,20.00\n"
        "C3,'-Minus,EUR,0.00,0.00,0.00,0.00,0.00,-20.00,-20.00\n"
        "'=C1,\"'=HYPERLINK(\"\"http://x\"\")\",EUR,0.00,0.00,1234.50,0.00,0.00,0.00,1234.50\n"
        "'@C4,'@At,JPY,0,0,15000,0,0,0,15000\n"
        "TOTAL,,EUR,20.00,0.00,1234.50,0.00,0.00,-20.00,1234.50\n"
        "TOTAL,,JPY,0,0,15000,0,0,0,15000\n";
    CHECK(csvOf(ReportTables::agingSummary(*summary)) == expected);
    CHECK(ledger.summary(options) == expected); // AgingCsvExporter, as the CLI writes it
}

TEST_CASE("XLSX exports: string cells, number formats, bold totals, frozen header", "[export]")
{
    ServiceLedger ledger;
    loadLedger(ledger);
    const auto summary = AgingService(ledger.database()).summary(test::agingOptions("2025-03-31"));
    REQUIRE(summary);
    const QString path = QDir(ledger.dir()).filePath(u"aging.xlsx"_s);
    REQUIRE(ReportExport::write(ReportTables::agingSummary(*summary), path, ReportFormat::Xlsx));

    const QString sheet = part(path, u"xl/worksheets/sheet1.xml"_s);
    const QString styles = part(path, u"xl/styles.xml"_s);
    const QStringList formats = cellFormats(styles);

    // Text is a string cell holding exactly the ledger's text: no formula, no "'" prefix.
    CHECK(sheet.contains(
        u"<c r=\"B4\" t=\"inlineStr\"><is><t>=HYPERLINK(\"http://x\")</t></is></c>"_s));
    CHECK(sheet.contains(u"<is><t>@At</t></is>"_s));
    CHECK_FALSE(sheet.contains(u"<f>"_s));
    // Amounts are numbers with their currency's minor digits: EUR 2, JPY 0.
    CHECK(sheet.contains(u"<c r=\"F4\" s=\""_s));
    CHECK(sheet.contains(u"><v>1234.5</v></c>"_s));
    CHECK(sheet.contains(u"><v>-20</v></c>"_s));
    CHECK(numberFormatOf(styles, formats.at(styleOf(sheet, u"F4"_s))) == u"#,##0.00"_s);
    CHECK(numberFormatOf(styles, formats.at(styleOf(sheet, u"F5"_s))) == u"#,##0"_s);
    // The header row and the TOTAL rows (6 and 7) are bold, customer rows are not.
    CHECK(isBold(styles, formats.at(styleOf(sheet, u"A1"_s))));
    CHECK(isBold(styles, formats.at(styleOf(sheet, u"A6"_s))));
    CHECK(isBold(styles, formats.at(styleOf(sheet, u"J7"_s))));
    CHECK(numberFormatOf(styles, formats.at(styleOf(sheet, u"J7"_s))) == u"#,##0"_s);
    CHECK_FALSE(isBold(styles, formats.at(styleOf(sheet, u"A2"_s))));
    CHECK_FALSE(isBold(styles, formats.at(styleOf(sheet, u"J2"_s))));
    // The header stays frozen, filters over the whole table, columns sized to their content.
    CHECK(sheet.contains(
        u"<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"_s));
    CHECK(sheet.contains(u"<autoFilter ref=\"A1:J7\"/>"_s));
    CHECK(sheet.contains(u"<col min=\"2\" max=\"2\" width=\""_s));
    CHECK(part(path, u"xl/workbook.xml"_s).contains(u"name=\"Aging summary\""_s));
}

TEST_CASE("XLSX dates are real dates shown as yyyy-mm-dd", "[export]")
{
    ServiceLedger ledger;
    loadLedger(ledger);
    AgingService aging(ledger.database());
    const QString path = QDir(ledger.dir()).filePath(u"open.xlsx"_s);
    REQUIRE(ReportExport::write(ReportTables::openItems(aging, test::day("2025-03-31")), path,
                                ReportFormat::Xlsx));
    const QString sheet = part(path, u"xl/worksheets/sheet1.xml"_s);
    const QString styles = part(path, u"xl/styles.xml"_s);
    const QStringList formats = cellFormats(styles);
    // 2025-04-30 is day 45777 of Excel's 1900 date system; days overdue is a plain number.
    CHECK(sheet.contains(u"<c r=\"F2\" s=\"%1\"><v>45777</v></c>"_s.arg(styleOf(sheet, u"F2"_s))));
    CHECK(numberFormatOf(styles, formats.at(styleOf(sheet, u"F2"_s))) == u"yyyy-mm-dd"_s);
    CHECK(numberFormatOf(styles, formats.at(styleOf(sheet, u"G3"_s))) == u"0"_s);
    CHECK(sheet.contains(u"<c r=\"G3\" s=\"%1\"><v>49</v></c>"_s.arg(styleOf(sheet, u"G3"_s))));
}

TEST_CASE("A failed export is an error and leaves the old file as it was", "[export]")
{
    const auto format = GENERATE(ReportFormat::Csv, ReportFormat::Xlsx);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const ReportTable failing{
        .title = u"Broken"_s,
        .columns = {{u"name"_s, ReportColumnKind::Text}},
        .rows = [](const ReportRowSink& sink) -> Result<void> {
            if (auto written = sink({.cells = {u"first"_s}, .isTotal = false}); !written)
                return written;
            return fail(ErrorCode::Storage, u"the database went away"_s);
        }};

    SECTION("an existing file is kept")
    {
        const QString path = dir.filePath(u"report.out"_s);
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("old contents");
        old.close();
        const auto written = ReportExport::write(failing, path, format);
        REQUIRE_FALSE(written);
        CHECK(written.error().code == ErrorCode::Storage);
        REQUIRE(old.open(QIODevice::ReadOnly));
        CHECK(old.readAll() == "old contents");
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1);
    }
    SECTION("an unwritable folder fails with Io")
    {
        const auto written =
            ReportExport::write(failing, dir.filePath(u"missing/folder/report.out"_s), format);
        REQUIRE_FALSE(written);
        CHECK(written.error().code == ErrorCode::Io);
        CHECK(written.error().detail.contains(u"missing/folder/report.out"_s));
    }
}

TEST_CASE("Export formats by name and by file suffix", "[export]")
{
    CHECK(ReportExport::formatFromName(u"csv"_s) == ReportFormat::Csv);
    CHECK(ReportExport::formatFromName(u"xlsx"_s) == ReportFormat::Xlsx);
    CHECK_FALSE(ReportExport::formatFromName(u"ods"_s));
    CHECK(ReportExport::formatForPath(u"/a/b.XLSX"_s) == ReportFormat::Xlsx);
    CHECK(ReportExport::formatForPath(u"/a/b.csv"_s) == ReportFormat::Csv);
    CHECK(ReportExport::formatForPath(u"/a/b"_s) == ReportFormat::Csv);
}
