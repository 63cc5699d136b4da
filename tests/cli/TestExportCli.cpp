// `ardesk-cli export customers|open-items` and `aging --format` through the real binary: the
// exit codes of the public contract (0, 1 usage, 4 failure), the CSV of both exports on a small
// ledger, and the Excel workbooks.

#include <catch2/catch.hpp>

#include <cmath>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include "CliLedgerDir.h"

using namespace Qt::StringLiterals;

namespace {

using ardesk::test::CliLedgerDir;
using ardesk::test::CliRun;

// A ledger built through the command line: four customers (a name with a comma, one starting
// with '=', a JPY customer, one with unapplied credit), five invoices, two payments.
class ExportLedger {
public:
    ExportLedger()
    {
        require(cli({u"init"_s, u"--company"_s, u"Export Test GmbH"_s}));
        importFile(u"customers"_s,
                   "customer_id,name,email,phone,terms_days,credit_limit,currency\n"
                   "C1,\"Smith, Jones & Co\",ap@smith.example,+44 20 7946 0000,30,5000.00,EUR\n"
                   "C2,=Evil Corp,,,14,,EUR\n"
                   "C3,Kyoto Kogyo,,,30,,JPY\n"
                   "C4,Quiet Ltd,,,30,,EUR\n");
        importFile(u"invoices"_s, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                  "I-1,C1,2026-01-10,2026-02-09,1200.00\n"
                                  "I-2,C1,2026-03-01,2026-03-31,300.50\n"
                                  "I-3,C2,2026-02-01,2026-02-15,99.99\n"
                                  "I-4,C3,2026-03-20,2026-04-19,70000\n"
                                  "I-5,C4,2026-01-05,2026-02-04,10.00\n");
        importFile(u"payments"_s, "payment_id,customer_id,date,amount,invoice_number\n"
                                  "P-1,C1,2026-02-20,200.00,I-1\n"
                                  "P-2,C4,2026-03-01,25.00,I-5\n");
    }

    QString file(const QString& name) const { return m_dir.path(name); }

    CliRun cli(const QStringList& arguments) const { return m_dir.run(arguments); }

    static void require(const CliRun& run)
    {
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
    }

private:
    void importFile(const QString& kind, const QByteArray& csv) const
    {
        require(cli({u"import"_s, kind, m_dir.write(kind + u".csv"_s, csv)}));
    }

    CliLedgerDir m_dir;
};

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// The first worksheet of a workbook, as XML.
QString sheetXml(const QString& workbook)
{
    QProcess unzip;
    unzip.start(u"" ARDESK_UNZIP ""_s, {u"-p"_s, workbook, u"xl/worksheets/sheet1.xml"_s});
    REQUIRE(unzip.waitForFinished(60'000));
    REQUIRE(unzip.exitCode() == 0);
    return QString::fromUtf8(unzip.readAllStandardOutput());
}

} // namespace

TEST_CASE("export and aging --format: usage errors exit 1, write failures exit 4", "[cli]")
{
    const ExportLedger ledger;
    const QString missing = ledger.file(u"no-such-folder/report"_s);
    struct Case {
        QStringList arguments;
        int exitCode;
        QString message; // on stderr
    };
    const auto [arguments, exitCode, message] = GENERATE_COPY(
        Case{{u"export"_s}, 1, u"one KIND"_s},
        Case{{u"export"_s, u"invoices"_s}, 1, u"\"invoices\""_s},
        Case{{u"export"_s, u"customers"_s, u"open-items"_s}, 1, u"one KIND"_s},
        Case{{u"export"_s, u"customers"_s, u"--format"_s, u"pdf"_s}, 1, u"--format"_s},
        Case{{u"export"_s, u"open-items"_s, u"--format"_s, u"xlsx"_s}, 1, u"--output"_s},
        Case{{u"export"_s, u"open-items"_s, u"--as-of"_s, u"2026-02-30"_s}, 1, u"2026-02-30"_s},
        Case{
            {u"aging"_s, u"--as-of"_s, u"2026-03-31"_s, u"--format"_s, u"ods"_s}, 1, u"--format"_s},
        Case{{u"aging"_s, u"--as-of"_s, u"2026-03-31"_s, u"--detail"_s, u"--format"_s, u"xlsx"_s},
             1,
             u"--output"_s},
        Case{{u"export"_s, u"customers"_s, u"--output"_s, missing + u".csv"_s}, 4, missing},
        Case{{u"export"_s, u"open-items"_s, u"--format"_s, u"xlsx"_s, u"--output"_s,
              missing + u".xlsx"_s},
             4,
             missing},
        Case{{u"aging"_s, u"--as-of"_s, u"2026-03-31"_s, u"--format"_s, u"xlsx"_s, u"--output"_s,
              missing + u".xlsx"_s},
             4,
             missing});
    INFO(arguments.join(u' ').toStdString());

    const CliRun run = ledger.cli(arguments);
    INFO(run.err.toStdString());
    CHECK(run.exitCode == exitCode);
    CHECK(run.err.contains(message));
    CHECK(run.out.isEmpty());
    CHECK_FALSE(QDir(ledger.file(u"no-such-folder"_s)).exists());
}

TEST_CASE("export customers writes every customer with balance and overdue as of a date", "[cli]")
{
    const ExportLedger ledger;
    const CliRun run = ledger.cli({u"export"_s, u"customers"_s, u"--as-of"_s, u"2026-03-31"_s});
    ExportLedger::require(run);
    // By name (code-point order: '=' before letters); text neutralised against formulas
    // ('=Evil Corp, '+44 …), amounts never; C4's overpayment leaves it in credit.
    CHECK(run.out == "customer_id,name,email,phone,terms_days,currency,credit_limit,on_hold,"
                     "balance,overdue,oldest_due,discount_percent,discount_days\n"
                     "C2,'=Evil Corp,,,14,EUR,,no,99.99,99.99,2026-02-15,0,0\n"
                     "C3,Kyoto Kogyo,,,30,JPY,,no,70000,0,2026-04-19,0,0\n"
                     "C4,Quiet Ltd,,,30,EUR,,no,-15.00,0.00,,0,0\n"
                     "C1,\"Smith, Jones & Co\",ap@smith.example,'+44 20 7946 0000,30,EUR,5000.00,"
                     "no,1300.50,1000.00,2026-02-09,0,0\n");

    // --output FILE writes the same bytes.
    const QString path = ledger.file(u"customers.csv"_s);
    ExportLedger::require(ledger.cli(
        {u"export"_s, u"customers"_s, u"--as-of"_s, u"2026-03-31"_s, u"--output"_s, path}));
    CHECK(readFile(path) == run.out);
}

TEST_CASE("export open-items writes the invoices open as of a date, without credits", "[cli]")
{
    const ExportLedger ledger;
    const CliRun run = ledger.cli({u"export"_s, u"open-items"_s, u"--as-of"_s, u"2026-03-31"_s});
    ExportLedger::require(run);
    // I-5 is paid; P-2's unapplied 15.00 is credit, not an open item. Not yet due is 0 days
    // overdue. An earlier date sees I-1 before its payment.
    CHECK(run.out == "customer_id,customer_name,currency,document,issue_date,due_date,"
                     "days_overdue,open_amount\n"
                     "C2,'=Evil Corp,EUR,I-3,2026-02-01,2026-02-15,44,99.99\n"
                     "C3,Kyoto Kogyo,JPY,I-4,2026-03-20,2026-04-19,0,70000\n"
                     "C1,\"Smith, Jones & Co\",EUR,I-1,2026-01-10,2026-02-09,50,1000.00\n"
                     "C1,\"Smith, Jones & Co\",EUR,I-2,2026-03-01,2026-03-31,0,300.50\n");

    const CliRun before = ledger.cli({u"export"_s, u"open-items"_s, u"--as-of"_s, u"2026-02-19"_s});
    ExportLedger::require(before);
    CHECK(before.out == "customer_id,customer_name,currency,document,issue_date,due_date,"
                        "days_overdue,open_amount\n"
                        "C2,'=Evil Corp,EUR,I-3,2026-02-01,2026-02-15,4,99.99\n"
                        "C4,Quiet Ltd,EUR,I-5,2026-01-05,2026-02-04,15,10.00\n"
                        "C1,\"Smith, Jones & Co\",EUR,I-1,2026-01-10,2026-02-09,10,1200.00\n");
}

TEST_CASE("aging --format csv is the default CSV; xlsx writes a workbook", "[cli]")
{
    const ExportLedger ledger;
    const QStringList aging{u"aging"_s, u"--as-of"_s, u"2026-03-31"_s};
    const CliRun plain = ledger.cli(aging);
    ExportLedger::require(plain);
    const CliRun csv = ledger.cli(aging + QStringList{u"--format"_s, u"csv"_s});
    ExportLedger::require(csv);
    CHECK(csv.out == plain.out);

    const QString summary = ledger.file(u"aging.xlsx"_s);
    ExportLedger::require(
        ledger.cli(aging + QStringList{u"--format"_s, u"xlsx"_s, u"--output"_s, summary}));
    REQUIRE(readFile(summary).startsWith("PK")); // a zip container
    const QString sheet = sheetXml(summary);
    // One sheet row per CSV line: header, customers, TOTAL rows.
    CHECK(sheet.count(u"<row "_s) == plain.out.count('\n'));
    CHECK(sheet.contains(u"<t>TOTAL</t>"_s));
}

TEST_CASE("xlsx writes an amount a double cannot hold as its exact decimal text", "[cli]")
{
    CliLedgerDir dir;
    const auto require = [&dir](const QStringList& arguments) {
        const CliRun run = dir.run(arguments);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
    };
    require({u"init"_s, u"--company"_s, u"Big Ltd"_s});
    require({u"import"_s, u"customers"_s,
             dir.write(u"customers.csv"_s, "customer_id,name\nC1,Huge\nC2,Small\n")});
    require({u"import"_s, u"invoices"_s,
             dir.write(u"invoices.csv"_s, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                          "I-1,C1,2026-01-10,2026-02-09,12345678901234567.89\n"
                                          "I-2,C2,2026-01-10,2026-02-09,9999999999999.99\n")});
    const QString path = dir.path(u"aging.xlsx"_s);
    require(
        {u"aging"_s, u"--as-of"_s, u"2026-03-31"_s, u"--format"_s, u"xlsx"_s, u"--output"_s, path});
    const QString sheet = sheetXml(path);
    // 19 digits: as text, every digit kept; 15 digits: still a number.
    CHECK(sheet.contains(u"<t>12345678901234567.89</t>"_s));
    bool smallAsNumber = false;
    for (const auto& match : QRegularExpression(u"<v>([0-9.E+-]+)</v>"_s).globalMatch(sheet))
        smallAsNumber = smallAsNumber || match.captured(1).toDouble() == 9999999999999.99;
    CHECK(smallAsNumber);
}

TEST_CASE("export --format xlsx writes a workbook of the same rows", "[cli]")
{
    const ExportLedger ledger;
    const auto kind = GENERATE(u"customers"_s, u"open-items"_s);
    INFO(kind.toStdString());
    const QStringList arguments{u"export"_s, kind, u"--as-of"_s, u"2026-03-31"_s};
    const CliRun csv = ledger.cli(arguments);
    ExportLedger::require(csv);

    const QString path = ledger.file(kind + u".xlsx"_s);
    const CliRun run =
        ledger.cli(arguments + QStringList{u"--format"_s, u"xlsx"_s, u"--output"_s, path});
    ExportLedger::require(run);
    CHECK(run.out.isEmpty());
    REQUIRE(readFile(path).startsWith("PK"));
    const QString sheet = sheetXml(path);
    CHECK(sheet.contains(u"<sheetData>"_s));
    CHECK(sheet.count(u"<row "_s) == csv.out.count('\n'));
    // Names as text, unaltered (the ' against formulas is for CSV only); amounts as numbers.
    CHECK(sheet.contains(u"<t>=Evil Corp</t>"_s));
    // 99.99 as the nearest double, however many digits the writer spells it with.
    bool amountFound = false;
    for (const auto& match : QRegularExpression(u"<v>([0-9.E+-]+)</v>"_s).globalMatch(sheet))
        amountFound = amountFound || std::abs(match.captured(1).toDouble() - 99.99) < 1e-9;
    CHECK(amountFound);
}
