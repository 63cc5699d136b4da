// `agency handover|recall|list|export` through the binary: a customer handed over gets no
// reminder (and the run says why), its hand-over and recall are in the activity log, and the
// case file is a statement PDF with the case letter (read back with pdftotext) and three CSV
// files with exact contents.

#include <catch2/catch.hpp>

#include <QFile>

#include "CliLedgerDir.h"
#include "letters/PdfText.h"

using namespace Qt::StringLiterals;
using namespace ardesk::test;

namespace {

QString fileText(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

QString withoutHeader(const QString& csv)
{
    return csv.mid(csv.indexOf(u'\n') + 1);
}

// Alpha (A) and Beta (B, writes in German), each with an invoice 45 days overdue on
// 2025-04-15 and a first reminder sent on 2025-03-10.
class AgencyLedger {
public:
    AgencyLedger()
    {
        REQUIRE(cli({u"init"_s, u"--company"_s, u"Dunwire Ltd"_s}).exitCode == 0);
        m_dir.write(u"customers.csv"_s, "customer_id,name,address,language\n"
                                        "A,Alpha,\"1 Main St\nLeeds\",en\n"
                                        "B,Beta,\"Hauptstr. 2\nBerlin\",de\n");
        m_dir.write(u"invoices.csv"_s, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                       "INV-A1,A,2025-01-30,2025-03-01,100.00\n"
                                       "INV-B1,B,2025-01-30,2025-03-01,200.00\n"
                                       "INV-B2,B,2025-02-15,2025-03-17,50.00\n");
        REQUIRE(cli({u"import"_s, u"customers"_s, path(u"customers.csv"_s)}).exitCode == 0);
        REQUIRE(cli({u"import"_s, u"invoices"_s, path(u"invoices.csv"_s)}).exitCode == 0);
        const CliRun run =
            cli({u"reminders"_s, u"--as-of"_s, u"2025-03-10"_s, u"--pdf"_s, path(u"run.pdf"_s)});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
    }

    QString path(const QString& name) const { return m_dir.path(name); }
    CliRun cli(const QStringList& arguments) const { return m_dir.run(arguments); }

private:
    CliLedgerDir m_dir;
};

} // namespace

TEST_CASE("a customer handed over gets no reminder until it is taken back", "[agency][cli]")
{
    AgencyLedger ledger;
    const CliRun handover = ledger.cli({u"agency"_s, u"handover"_s, u"--customer"_s, u"B"_s,
                                        u"--agency"_s, u"Inkasso Nord GmbH"_s, u"--date"_s,
                                        u"2025-04-01"_s, u"--note"_s, u"two reminders ignored"_s});
    INFO(handover.err.toStdString());
    REQUIRE(handover.exitCode == 0);
    CHECK(handover.err.contains(u"Handed B over to Inkasso Nord GmbH as of 2025-04-01"_s));

    // Handed over on 2025-04-01: a run as of 2025-03-25 still reminds B, one as of 2025-04-15
    // does not, and says why.
    const CliRun before =
        ledger.cli({u"reminders"_s, u"--as-of"_s, u"2025-03-25"_s, u"--dry-run"_s});
    REQUIRE(before.exitCode == 0);
    CHECK(withoutHeader(before.text()) == u"A,Alpha,2,INV-A1,100.00,letter\n"
                                          "B,Beta,2,INV-B1;INV-B2,250.00,letter\n"_s);
    const CliRun during =
        ledger.cli({u"reminders"_s, u"--as-of"_s, u"2025-04-15"_s, u"--dry-run"_s});
    REQUIRE(during.exitCode == 0);
    CHECK(withoutHeader(during.text()) == u"A,Alpha,2,INV-A1,100.00,letter\n"_s);
    CHECK(during.err.contains(
        u"note: Beta (B) is with the collection agency Inkasso Nord GmbH since 2025-04-01: no "
        "reminder"_s));

    // A second hand-over is refused; so is a recall before the hand-over.
    CHECK(
        ledger.cli({u"agency"_s, u"handover"_s, u"--customer"_s, u"B"_s, u"--agency"_s, u"Other"_s})
            .exitCode == 2);
    CHECK(
        ledger
            .cli({u"agency"_s, u"recall"_s, u"--customer"_s, u"B"_s, u"--date"_s, u"2025-03-31"_s})
            .exitCode == 2);
    CHECK(ledger.cli({u"agency"_s, u"recall"_s, u"--customer"_s, u"A"_s}).exitCode == 2);
    CHECK(
        ledger.cli({u"agency"_s, u"handover"_s, u"--customer"_s, u"NOPE"_s, u"--agency"_s, u"X"_s})
            .exitCode == 2);
    CHECK(ledger.cli({u"agency"_s, u"handover"_s, u"--customer"_s, u"A"_s}).exitCode == 1);

    const CliRun listed = ledger.cli({u"agency"_s, u"list"_s, u"--as-of"_s, u"2025-04-15"_s});
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.text() == u"customer_id,customer_name,agency,handed_over,note,recalled,"
                           "recall_note\nB,Beta,Inkasso Nord GmbH,2025-04-01,two reminders "
                           "ignored,,\n"_s);

    const CliRun recall =
        ledger.cli({u"agency"_s, u"recall"_s, u"--customer"_s, u"B"_s, u"--date"_s, u"2025-04-20"_s,
                    u"--note"_s, u"paid half, plan agreed"_s});
    INFO(recall.err.toStdString());
    REQUIRE(recall.exitCode == 0);
    // From the recall on B is reminded again; as of a date in between it still is not.
    const CliRun after =
        ledger.cli({u"reminders"_s, u"--as-of"_s, u"2025-04-22"_s, u"--dry-run"_s});
    CHECK(withoutHeader(after.text()) == u"A,Alpha,2,INV-A1,100.00,letter\n"
                                         "B,Beta,2,INV-B1;INV-B2,250.00,letter\n"_s);
    CHECK(withoutHeader(
              ledger.cli({u"reminders"_s, u"--as-of"_s, u"2025-04-15"_s, u"--dry-run"_s}).text()) ==
          u"A,Alpha,2,INV-A1,100.00,letter\n"_s);
    CHECK(ledger.cli({u"agency"_s, u"list"_s, u"--as-of"_s, u"2025-04-22"_s}).text() ==
          u"customer_id,customer_name,agency,handed_over,note,recalled,recall_note\n"_s);
    CHECK(ledger.cli({u"agency"_s, u"list"_s, u"--all"_s}).text() ==
          u"customer_id,customer_name,agency,handed_over,note,recalled,recall_note\n"
          "B,Beta,Inkasso Nord GmbH,2025-04-01,two reminders ignored,2025-04-20,"
          "\"paid half, plan agreed\"\n"_s);
}

TEST_CASE("agency export writes the case file: statement PDF, items, reminders, activity",
          "[agency][cli]")
{
    AgencyLedger ledger;
    REQUIRE(ledger
                .cli({u"agency"_s, u"handover"_s, u"--customer"_s, u"B"_s, u"--agency"_s,
                      u"Inkasso Nord GmbH"_s, u"--date"_s, u"2025-04-01"_s, u"--note"_s,
                      u"=two reminders ignored"_s})
                .exitCode == 0);
    const QString pdf = ledger.path(u"case-B.pdf"_s);
    const QString csv = ledger.path(u"case-B.csv"_s);
    const CliRun exported =
        ledger.cli({u"agency"_s, u"export"_s, u"--customer"_s, u"B"_s, u"--as-of"_s,
                    u"2025-04-15"_s, u"--pdf"_s, pdf, u"--csv"_s, csv});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.out.isEmpty());

    // The items: the aging detail of `aging --detail --customer B`.
    CHECK(fileText(csv) ==
          u"customer_id,customer_name,currency,document,issue_date,due_date,age_days,bucket,"
          "open_amount\n"
          "B,Beta,EUR,INV-B1,2025-01-30,2025-03-01,45,31-60,200.00\n"
          "B,Beta,EUR,INV-B2,2025-02-15,2025-03-17,29,1-30,50.00\n"_s);
    // Beside it, named after it: the reminders sent (INV-B2 was not due on 2025-03-10).
    CHECK(fileText(ledger.path(u"case-B-reminders.csv"_s)) ==
          u"date,document,level,level_name,channel\n"
          "2025-03-10,INV-B1,1,Payment reminder,letter\n"_s);
    // The activity log, oldest first.
    CHECK(fileText(ledger.path(u"case-B-activity.csv"_s)) ==
          u"date,kind,document,text,promised_amount,promised_date,promise_status,"
          "resolved_date\n"
          "2025-04-01,note,,Handed over to the collection agency Inkasso Nord GmbH: =two "
          "reminders ignored,,,,\n"_s);

    // The PDF: the statement, then the case letter to the agency, both in B's language.
    REQUIRE(pdfPageCount(pdf) == 2);
    const QString statement = pdfText(pdf, 1);
    CHECK(statement.contains(u"INV-B1"_s));
    CHECK(statement.contains(u"250,00"_s));
    const QString letter = pdfText(pdf, 2);
    CHECK(letter.contains(u"Inkassoakte"_s));
    CHECK(letter.contains(u"Inkasso Nord GmbH"_s));
    CHECK(letter.contains(u"01.04.2025"_s));
    CHECK(letter.contains(u"Versandte Mahnungen"_s));
    CHECK(letter.contains(u"10.03.2025"_s));
    CHECK(letter.contains(u"Payment reminder"_s));
    CHECK(letter.contains(u"=two reminders ignored"_s));

    // Errors: an unknown customer is 2, nothing to write is 1.
    CHECK(ledger.cli({u"agency"_s, u"export"_s, u"--customer"_s, u"NOPE"_s, u"--pdf"_s, pdf})
              .exitCode == 2);
    CHECK(ledger.cli({u"agency"_s, u"export"_s, u"--customer"_s, u"B"_s}).exitCode == 1);
    CHECK(ledger.cli({u"agency"_s, u"frobnicate"_s}).exitCode == 1);
}
