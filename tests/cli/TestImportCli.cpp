// `ardesk-cli import --format quickbooks|xero|gnucash` through the real binary: exit codes 0 and
// 2, the date order stated on stderr, and --date-order for a file whose dates fit both orders.

#include <catch2/catch.hpp>

#include <QDir>

#include "CliLedgerDir.h"

using namespace Qt::StringLiterals;

namespace {

using ardesk::test::CliLedgerDir;
using ardesk::test::CliRun;

QString sample(const char* name)
{
    return QDir(u"" ARDESK_FOREIGN_DATA ""_s).filePath(QString::fromLatin1(name));
}

class CliLedger {
public:
    CliLedger() { REQUIRE(cli({u"init"_s, u"--company"_s, u"Foreign Files Ltd"_s}).exitCode == 0); }

    CliRun cli(const QStringList& arguments) const { return m_dir.run(arguments); }

    CliRun import(const char* kind, const char* file, const QStringList& options) const
    {
        return cli(QStringList{u"import"_s, QString::fromLatin1(kind), sample(file)} + options);
    }

    // The aging detail's document and open amount columns, to see what was imported.
    QString documents() const
    {
        const CliRun run = cli({u"aging"_s, u"--as-of"_s, u"2030-01-01"_s, u"--detail"_s});
        REQUIRE(run.exitCode == 0);
        QStringList out;
        const QStringList lines = run.text().split(u'\n', Qt::SkipEmptyParts);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QStringList f = lines.at(i).split(u',');
            out.append(f.at(f.size() - 6) + u' ' + f.last());
        }
        return out.join(u';');
    }

private:
    CliLedgerDir m_dir;
};

} // namespace

TEST_CASE("import --format gnucash: detected order stated, ambiguous file exits 2", "[cli]")
{
    const CliLedger ledger;
    const CliRun customers =
        ledger.import("customers", "gnucash-customers.csv", {u"--format"_s, u"gnucash"_s});
    INFO(customers.err.toStdString());
    REQUIRE(customers.exitCode == 0);
    CHECK(customers.err.contains(u"Imported 2 customers."_s));

    const CliRun invoices =
        ledger.import("invoices", "gnucash-invoices-semicolon.csv", {u"--format"_s, u"gnucash"_s});
    INFO(invoices.err.toStdString());
    REQUIRE(invoices.exitCode == 0);
    CHECK(invoices.err.startsWith(u"dates read as D/M/Y (detected)\n"_s));

    const CliRun ambiguous = ledger.import("invoices", "gnucash-invoices-comma.csv",
                                           {u"--format"_s, u"gnucash"_s, u"--dry-run"_s});
    CHECK(ambiguous.exitCode == 2);
    CHECK(ambiguous.err.contains(u"cannot tell the date order"_s));
    CHECK(ambiguous.err.contains(u"nothing was imported"_s));

    const CliRun chosen = ledger.import("invoices", "gnucash-invoices-comma.csv",
                                        {u"--format"_s, u"gnucash"_s, u"--date-order"_s, u"dmy"_s});
    INFO(chosen.err.toStdString());
    REQUIRE(chosen.exitCode == 0);
    CHECK(chosen.err.startsWith(u"dates read as D/M/Y (--date-order)\n"_s));
    CHECK(ledger.documents() == u"20221 877.46;20301 500.00;20222 240.75"_s);

    // A German GnuCash file: "12,5" is no number with a decimal point (exit 2, its line and
    // column named), and reads with --decimal-comma.
    const QStringList german{u"--format"_s, u"gnucash"_s, u"--date-order"_s, u"dmy"_s};
    const CliRun asPoint = ledger.import("invoices", "gnucash-invoices-decimal-comma.csv", german);
    CHECK(asPoint.exitCode == 2);
    CHECK(asPoint.err.contains(u"gnucash-invoices-decimal-comma.csv:1:10: "_s));
    const CliRun asComma = ledger.import("invoices", "gnucash-invoices-decimal-comma.csv",
                                         german + QStringList{u"--decimal-comma"_s});
    INFO(asComma.err.toStdString());
    REQUIRE(asComma.exitCode == 0);
    CHECK(ledger.documents().contains(u"20401 3502.23"_s));
    // Native amounts are plain decimals by contract: the option is a usage error there.
    CHECK(ledger.import("invoices", "gnucash-invoices-decimal-comma.csv", {u"--decimal-comma"_s})
              .exitCode == 1);
}

TEST_CASE("import --format quickbooks/xero: exit 2 for bad data, usage errors exit 1", "[cli]")
{
    const CliLedger ledger;
    // No customers yet: every invoice names an unknown customer.
    const CliRun unknown =
        ledger.import("invoices", "quickbooks-invoices.csv", {u"--format"_s, u"quickbooks"_s});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(u"quickbooks-invoices.csv:2:2: *Customer: no customer "
                               u"\"Amy's Bird Sanctuary\" in the ledger"_s));
    CHECK(unknown.err.contains(u":4:2: *Customer"_s));
    CHECK(ledger.documents().isEmpty());

    CHECK(ledger.import("customers", "xero-uk.csv", {u"--format"_s, u"xero"_s}).exitCode == 0);
    const CliRun xero = ledger.import("invoices", "xero-uk.csv", {u"--format"_s, u"xero"_s});
    INFO(xero.err.toStdString());
    CHECK(xero.exitCode == 0);
    CHECK(ledger.documents() == u"INV-0101 384.00;INV-0102 1250.00"_s);

    CHECK(ledger.import("invoices", "xero-uk.csv", {u"--format"_s, u"sage"_s}).exitCode == 1);
    CHECK(ledger
              .import("invoices", "xero-uk.csv",
                      {u"--format"_s, u"xero"_s, u"--date-order"_s, u"dym"_s})
              .exitCode == 1);
    const CliRun help = ledger.cli({u"import"_s, u"--help"_s});
    CHECK(help.text().contains(u"--date-order"_s));
}
