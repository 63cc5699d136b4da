// `ardesk-cli bank` through the real binary: a real bank statement imported once, exit codes and
// located errors, and automatic posting that happens once — also when the run is killed halfway,
// which leaves nothing half posted.

#include <catch2/catch.hpp>

#include <QDir>
#include <QtGlobal>

#include "../cashapp/BankFiles.h"
#include "CliLedgerDir.h"
#ifdef Q_OS_UNIX
#include "StalledCliRun.h"
#endif

using namespace Qt::StringLiterals;

namespace {

using ardesk::test::CliLedgerDir;
using ardesk::test::CliRun;
#ifdef Q_OS_UNIX
using ardesk::test::StalledCliRun;
#endif
using ardesk::test::TestEntry;

QString sample(const char* name)
{
    return QDir(u"" ARDESK_BANK_DATA ""_s).filePath(QString::fromLatin1(name));
}

// Data rows of a CSV output (the header left out).
QStringList rows(const CliRun& run)
{
    QStringList lines = run.text().split(u'\n', Qt::SkipEmptyParts);
    if (!lines.isEmpty())
        lines.removeFirst();
    return lines;
}

class CliLedger {
public:
    CliLedger()
    {
        REQUIRE(cli({u"init"_s, u"--company"_s, u"Bank Test Ltd"_s, u"--currency"_s, u"EUR"_s})
                    .exitCode == 0);
        REQUIRE(cli({u"import"_s, u"customers"_s,
                     m_dir.write(u"customers.csv"_s, "customer_id,name\nC1,Acme\n")})
                    .exitCode == 0);
    }

    CliRun cli(const QStringList& arguments) const { return m_dir.run(arguments); }
    const CliLedgerDir& dir() const { return m_dir; }

private:
    CliLedgerDir m_dir;
};

} // namespace

TEST_CASE("bank import: a real statement is stored once; bad files and options exit 2 and 1",
          "[cli][bank]")
{
    const CliLedger ledger;
    const CliRun first = ledger.cli({u"bank"_s, u"import"_s, sample("camt053-v08.xml")});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.text().startsWith(u"line_id,account,booking_date,value_date,amount,currency,"
                                  "counterparty,counterparty_account,reference,status\n"_s));
    CHECK(rows(first) == QStringList{u"1,NL26VAYB8060476890,2014-12-31,2015-01-02,8.85,EUR,"
                                     "NAME NAME,NL56AGDH9619008421,4654654654654654,new"_s});
    CHECK(first.err.contains(u"1 credits, 1 new, 0 duplicates"_s));

    const CliRun again = ledger.cli({u"bank"_s, u"import"_s, sample("camt053-v08.xml")});
    REQUIRE(again.exitCode == 0);
    CHECK(rows(again).first().endsWith(u",duplicate"_s));
    CHECK(again.err.contains(u"1 credits, 0 new, 1 duplicates"_s));

    const CliRun dry =
        ledger.cli({u"bank"_s, u"import"_s, u"--dry-run"_s, sample("mt940-de-sepa.sta")});
    REQUIRE(dry.exitCode == 0);
    CHECK(rows(dry).first().startsWith(u",50880050/0194774600888,"_s)); // no id: not stored
    CHECK(dry.err.contains(u"(dry run: nothing stored)"_s));
    CHECK(rows(ledger.cli({u"bank"_s, u"lines"_s})).size() == 1);

    const CliRun broken = ledger.cli({u"bank"_s, u"import"_s, sample("broken-camt053-amount.xml")});
    CHECK(broken.exitCode == 2);
    CHECK(broken.err.contains(sample("broken-camt053-amount.xml") + u":67:"_s));
    CHECK(ledger.cli({u"bank"_s, u"import"_s, u"--format"_s, u"xml"_s, sample("camt053-v08.xml")})
              .exitCode == 1);
    CHECK(ledger.cli({u"bank"_s, u"frobnicate"_s}).exitCode == 1);
    CHECK(ledger.cli({u"bank"_s, u"ignore"_s, u"1"_s}).exitCode == 1); // no --reason
    CHECK(rows(ledger.cli({u"bank"_s, u"lines"_s})).size() == 1);
}

// The kill halfway needs a FIFO, which only Unix has.
#ifdef Q_OS_UNIX
TEST_CASE("bank import of OFX, and of CSV with a profile saved by bank csv-profile save",
          "[cli][bank]")
{
    const CliLedger ledger;
    const CliRun ofx = ledger.cli({u"bank"_s, u"import"_s, sample("ofx1-utf8-euro.ofx")});
    CHECK(ofx.exitCode == 0);
    CHECK(rows(ofx) ==
          QStringList{
              u"1,0341/123456,2026-06-17,2026-06-17,850.00,EUR,,,Paiement 850€ — café,new"_s});

    const QString csv = sample("csv-fr-caisse-epargne.csv");
    const CliRun unnamed = ledger.cli({u"bank"_s, u"import"_s, csv});
    CHECK(unnamed.exitCode == 1);
    CHECK(unnamed.err.contains(u"name a --csv-profile"_s));
    const CliRun unknown =
        ledger.cli({u"bank"_s, u"import"_s, csv, u"--csv-profile"_s, u"caisse-epargne"_s});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(u"no CSV profile \"caisse-epargne\" in the ledger"_s));
    const CliRun incomplete =
        ledger.cli({u"bank"_s, u"csv-profile"_s, u"save"_s, u"x"_s, u"--date-column"_s, u"Date"_s});
    CHECK(incomplete.exitCode == 1);

    const CliRun saved = ledger.cli({u"bank"_s,
                                     u"csv-profile"_s,
                                     u"save"_s,
                                     u"caisse-epargne"_s,
                                     u"--separator"_s,
                                     u";"_s,
                                     u"--skip-rows"_s,
                                     u"3"_s,
                                     u"--skip-trailing-rows"_s,
                                     u"1"_s,
                                     u"--date-column"_s,
                                     u"Date"_s,
                                     u"--debit-column"_s,
                                     u"Débit"_s,
                                     u"--credit-column"_s,
                                     u"Crédit"_s,
                                     u"--reference-column"_s,
                                     u"Libellé"_s,
                                     u"--reference-column"_s,
                                     u"Détail"_s,
                                     u"--decimal-comma"_s,
                                     u"--date-format"_s,
                                     u"dd/MM/yyyy"_s,
                                     u"--currency"_s,
                                     u"EUR"_s,
                                     u"--account"_s,
                                     u"FR7610101001000123456789012"_s});
    CHECK(saved.exitCode == 0);
    const CliRun listed = ledger.cli({u"bank"_s, u"csv-profile"_s, u"list"_s});
    CHECK(listed.exitCode == 0);
    REQUIRE(rows(listed).size() == 1);
    CHECK(rows(listed).front().startsWith(u"caisse-epargne,\"{"_s));

    const QStringList import{u"bank"_s, u"import"_s, csv, u"--csv-profile"_s, u"caisse-epargne"_s};
    const CliRun first = ledger.cli(import);
    CHECK(first.exitCode == 0);
    CHECK(rows(first) == QStringList{u"2,FR7610101001000123456789012,2024-01-05,2024-01-05,"
                                     "250.50,EUR,,,VIREMENT RECU Salaire,new"_s});
    const CliRun again = ledger.cli(import);
    CHECK(again.exitCode == 0);
    CHECK(rows(again).front().endsWith(u",duplicate"_s));
    const CliRun broken = ledger.cli({u"bank"_s, u"import"_s, sample("broken-csv-date.csv"),
                                      u"--csv-profile"_s, u"caisse-epargne"_s});
    CHECK(broken.exitCode == 2);
    CHECK(broken.err.contains(u"broken-csv-date.csv:8:1: Date: expected a date"_s));
}

TEST_CASE("bank match --auto posts each line once, and a run killed halfway posts nothing",
          "[cli][bank]")
{
    const CliLedger ledger;
    // Enough lines that the run's progress fills the pipe to stderr long before the end: once
    // the test stops reading, the child waits on its next line, inside its one transaction.
    constexpr int count = 4000;
    QByteArray invoices = "invoice_number,customer_id,issue_date,due_date,amount\n";
    QList<TestEntry> receipts;
    for (int i = 1; i <= count; ++i) {
        invoices += "INV-" + QByteArray::number(i) + ",C1,2026-10-01,2026-10-31,10.00\n";
        receipts.append({.bankReference = u"R%1"_s.arg(i),
                         .bookingDate = u"2026-11-20"_s,
                         .amount = u"10.00"_s,
                         .counterparty = u"Acme"_s,
                         .reference = u"INV-%1"_s.arg(i)});
    }
    REQUIRE(
        ledger.cli({u"import"_s, u"invoices"_s, ledger.dir().write(u"invoices.csv"_s, invoices)})
            .exitCode == 0);
    REQUIRE(
        ledger
            .cli({u"bank"_s, u"import"_s,
                  ledger.dir().write(u"statement.xml"_s, ardesk::test::camt053(u"S1"_s, receipts))})
            .exitCode == 0);

    const QStringList match{u"bank"_s, u"match"_s, u"--as-of"_s, u"2026-11-30"_s, u"--auto"_s};
    {
        // Killed once the 100th line is done, inside its one transaction.
        StalledCliRun run(ledger.dir(), match + QStringList{u"--progress"_s},
                          "bank match: 100 of ");
        CHECK(run.kill());
    }
    CHECK(rows(ledger.cli({u"bank"_s, u"lines"_s, u"--status"_s, u"posted"_s})).isEmpty());
    CHECK(rows(ledger.cli({u"bank"_s, u"lines"_s, u"--status"_s, u"open"_s})).size() == count);
    const CliRun aging = ledger.cli({u"aging"_s, u"--as-of"_s, u"2026-11-30"_s, u"--detail"_s});
    CHECK_FALSE(aging.text().contains(u"BANK-"_s));

    const CliRun posted = ledger.cli(match);
    REQUIRE(posted.exitCode == 0);
    REQUIRE(rows(posted).size() == count);
    for (const QString& row : rows(posted))
        REQUIRE(row.endsWith(u",100,reference,posted,the reference names "_s +
                             row.section(u',', 5, 5) +
                             u" of C1; the amount is their open total"_s));
    const CliRun again = ledger.cli(match);
    REQUIRE(again.exitCode == 0);
    CHECK(rows(again).isEmpty());
    CHECK(rows(ledger.cli({u"bank"_s, u"lines"_s, u"--status"_s, u"posted"_s})).size() == count);
    // Every invoice paid exactly once: nothing open, no credit left over.
    CHECK(rows(ledger.cli({u"aging"_s, u"--as-of"_s, u"2026-11-30"_s, u"--detail"_s})).isEmpty());
}
#endif
