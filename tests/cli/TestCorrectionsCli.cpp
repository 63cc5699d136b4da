// `invoice edit|void|delete`, `payment|credit-note void|unapply|apply|delete` and
// `correction list` through the binary (docs/contract.md, Corrections): the messages, the exit
// codes, the aging as of dates before and after a correction, and the customer's corrections.

#include <catch2/catch.hpp>

#include <QRegularExpression>

#include "CliLedgerDir.h"

using namespace Qt::StringLiterals;
using namespace ardesk::test;

namespace {

// Alpha (A) owes INV-1 100.00 and INV-2 60.00; P-1 paid INV-1 on 2025-03-10. Beta (B) has INV-3
// 40.00 and a credit note CN-1 of 15.00 that found nothing open.
class CorrectionCliLedger {
public:
    CorrectionCliLedger()
    {
        REQUIRE(cli({u"init"_s, u"--company"_s, u"Fixit Ltd"_s}).exitCode == 0);
        m_dir.write(u"customers.csv"_s, "customer_id,name,currency\nA,Alpha,EUR\nB,Beta,EUR\n");
        m_dir.write(u"credit-notes.csv"_s, "credit_note_number,customer_id,date,amount\n"
                                           "CN-1,B,2025-03-01,15.00\n");
        m_dir.write(u"invoices.csv"_s, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                       "INV-1,A,2025-03-01,2025-03-31,100.00\n"
                                       "INV-2,A,2025-03-05,2025-04-04,60.00\n"
                                       "INV-3,B,2025-03-02,2025-04-01,40.00\n");
        m_dir.write(u"payments.csv"_s, "payment_id,customer_id,date,amount,invoice_number\n"
                                       "P-1,A,2025-03-10,100.00,INV-1\n");
        for (const QString& kind :
             {u"customers"_s, u"credit-notes"_s, u"invoices"_s, u"payments"_s}) {
            const CliRun imported = cli({u"import"_s, kind, m_dir.path(kind + u".csv"_s)});
            INFO(imported.err.toStdString());
            REQUIRE(imported.exitCode == 0);
        }
    }

    CliRun cli(const QStringList& arguments) const { return m_dir.run(arguments); }

    // A change that must succeed; returns its message.
    QString change(const QStringList& arguments) const
    {
        const CliRun run = cli(arguments);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(run.out.isEmpty());
        return run.err;
    }

    // The aging detail's document and open amount columns, one row a line.
    QString openItems(const QString& asOf) const
    {
        const CliRun run = cli({u"aging"_s, u"--as-of"_s, asOf, u"--detail"_s});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        QStringList rows;
        const QStringList lines = run.text().split(u'\n', Qt::SkipEmptyParts).mid(1);
        for (const QString& line : lines)
            rows.append(line.section(u',', 3, 3) + u' ' + line.section(u',', 8, 8));
        return rows.join(u'\n');
    }

private:
    CliLedgerDir m_dir;
};

std::pair<int, QString> failure(const CliRun& run)
{
    CHECK(run.out.isEmpty());
    return {run.exitCode, run.err.section(u'\n', 0, 0)};
}

} // namespace

TEST_CASE("payment unapply and apply move money later; earlier as-of reports are unchanged",
          "[corrections][cli]")
{
    CorrectionCliLedger ledger;
    const QString march = ledger.openItems(u"2025-03-20"_s);
    CHECK(march == u"INV-2 60.00\nCN-1 -15.00\nINV-3 40.00"_s);

    CHECK(ledger.change({u"payment"_s, u"unapply"_s, u"P-1"_s, u"--invoice"_s, u"INV-1"_s,
                         u"--date"_s, u"2025-04-01"_s, u"--reason"_s, u"wrong invoice"_s}) ==
          u"Un-applied 100.00 EUR of payment P-1 as of 2025-04-01.\n"_s);
    CHECK(ledger.change({u"payment"_s, u"apply"_s, u"P-1"_s, u"--invoice"_s, u"INV-2"_s,
                         u"--date"_s, u"2025-04-02"_s}) ==
          u"Applied 60.00 EUR of payment P-1 as of 2025-04-02: INV-2 60.00.\n"_s);
    CHECK(ledger.openItems(u"2025-03-20"_s) == march);
    CHECK(ledger.openItems(u"2025-04-01"_s) ==
          u"P-1 -100.00\nINV-1 100.00\nINV-2 60.00\nCN-1 -15.00\nINV-3 40.00"_s);
    CHECK(ledger.openItems(u"2025-04-02"_s) ==
          u"P-1 -40.00\nINV-1 100.00\nCN-1 -15.00\nINV-3 40.00"_s);

    CHECK(failure(ledger.cli({u"payment"_s, u"unapply"_s, u"P-1"_s, u"--invoice"_s, u"INV-2"_s,
                              u"--amount"_s, u"60.01"_s, u"--date"_s, u"2025-04-03"_s})) ==
          std::pair(2, u"ardesk-cli: payment P-1 has only 60.00 applied to INV-2; cannot "
                       "un-apply 60.01"_s));
    CHECK(failure(ledger.cli({u"payment"_s, u"apply"_s, u"P-1"_s, u"--date"_s, u"2025-04-01"_s})) ==
          std::pair(2, u"ardesk-cli: payment P-1 can be corrected only as of 2025-04-02 or "
                       "later (its date or its latest change); got 2025-04-01"_s));
    CHECK(failure(ledger.cli({u"payment"_s, u"apply"_s, u"P-9"_s, u"--date"_s, u"2025-04-05"_s})) ==
          std::pair(2, u"ardesk-cli: no payment \"P-9\""_s));
    CHECK(failure(ledger.cli({u"payment"_s, u"apply"_s, u"P-1"_s})) ==
          std::pair(1, u"ardesk-cli: --date DATE is required"_s));
    CHECK(failure(ledger.cli({u"payment"_s, u"apply"_s, u"P-1"_s, u"--date"_s, u"2025-04-05"_s,
                              u"--amount"_s, u"1.234"_s}))
              .first == 1);
    CHECK(failure(ledger.cli({u"payment"_s, u"unapply"_s, u"P-1"_s, u"--amount"_s, u"1.00"_s,
                              u"--date"_s, u"2025-04-05"_s})) ==
          std::pair(1, u"ardesk-cli: --amount needs --invoice NUMBER"_s));
    CHECK(failure(ledger.cli({u"payment"_s, u"frobnicate"_s, u"P-1"_s})).first == 1);
    CHECK(ledger.openItems(u"2025-04-30"_s) ==
          u"P-1 -40.00\nINV-1 100.00\nCN-1 -15.00\nINV-3 40.00"_s);
}

TEST_CASE("invoice void and payment void, credit-note void: kept, out of reports from the void",
          "[corrections][cli]")
{
    CorrectionCliLedger ledger;
    CHECK(failure(ledger.cli({u"invoice"_s, u"void"_s, u"INV-1"_s, u"--date"_s, u"2025-04-01"_s,
                              u"--reason"_s, u"duplicate"_s})) ==
          std::pair(2, u"ardesk-cli: invoice INV-1 has payments or credit notes applied (P-1 "
                       "100.00); un-apply them first"_s));
    CHECK(
        failure(ledger.cli({u"invoice"_s, u"void"_s, u"INV-1"_s, u"--date"_s, u"2025-04-01"_s})) ==
        std::pair(1, u"ardesk-cli: --reason TEXT is required"_s));

    CHECK(ledger.change({u"payment"_s, u"void"_s, u"P-1"_s, u"--date"_s, u"2025-04-01"_s,
                         u"--reason"_s, u"cheque bounced"_s}) ==
          u"Voided payment P-1 as of 2025-04-01.\n"_s);
    CHECK(ledger.change({u"invoice"_s, u"void"_s, u"INV-1"_s, u"--date"_s, u"2025-04-02"_s,
                         u"--reason"_s, u"duplicate"_s}) ==
          u"Voided invoice INV-1 as of 2025-04-02.\n"_s);
    CHECK(ledger.change({u"credit-note"_s, u"void"_s, u"CN-1"_s, u"--date"_s, u"2025-04-02"_s,
                         u"--reason"_s, u"wrong customer"_s}) ==
          u"Voided credit note CN-1 as of 2025-04-02.\n"_s);
    CHECK(ledger.openItems(u"2025-03-20"_s) == u"INV-2 60.00\nCN-1 -15.00\nINV-3 40.00"_s);
    CHECK(ledger.openItems(u"2025-04-01"_s) ==
          u"INV-1 100.00\nINV-2 60.00\nCN-1 -15.00\nINV-3 40.00"_s);
    CHECK(ledger.openItems(u"2025-04-02"_s) == u"INV-2 60.00\nINV-3 40.00"_s);

    CHECK(failure(ledger.cli({u"invoice"_s, u"void"_s, u"INV-1"_s, u"--date"_s, u"2025-04-03"_s,
                              u"--reason"_s, u"again"_s})) ==
          std::pair(2, u"ardesk-cli: invoice INV-1 is void since 2025-04-02"_s));
}

TEST_CASE("invoice edit and delete keep the rules; correction list shows every change",
          "[corrections][cli]")
{
    CorrectionCliLedger ledger;
    CHECK(failure(ledger.cli({u"invoice"_s, u"edit"_s, u"INV-1"_s, u"--amount"_s, u"99.99"_s})) ==
          std::pair(2, u"ardesk-cli: invoice INV-1 has 100.00 applied to it (payments, credit "
                       "notes, write-offs or a plan); its amount cannot be less: un-apply "
                       "first"_s));
    CHECK(failure(ledger.cli({u"invoice"_s, u"edit"_s, u"INV-1"_s})) ==
          std::pair(1, u"ardesk-cli: invoice edit needs at least one of --number, --issue-date, "
                       "--due-date, --amount, --description"_s));
    CHECK(
        failure(ledger.cli({u"invoice"_s, u"edit"_s, u"INV-1"_s, u"--due-date"_s, u"2025-02-30"_s}))
            .first == 1);
    CHECK(
        failure(ledger.cli({u"invoice"_s, u"edit"_s, u"INV-404"_s, u"--amount"_s, u"1"_s})).first ==
        2);
    CHECK(ledger.change({u"invoice"_s, u"edit"_s, u"INV-2"_s, u"--number"_s, u"INV-2A"_s,
                         u"--amount"_s, u"65.00"_s, u"--reason"_s, u"typo"_s}) ==
          u"Changed 2 fields of invoice INV-2A.\n"_s);
    CHECK(ledger.change({u"invoice"_s, u"edit"_s, u"INV-2A"_s, u"--amount"_s, u"65"_s}) ==
          u"Invoice INV-2A already has these values; nothing changed.\n"_s);

    CHECK(failure(ledger.cli({u"invoice"_s, u"delete"_s, u"INV-1"_s})) ==
          std::pair(2, u"ardesk-cli: invoice INV-1 cannot be deleted: payments, credit notes, "
                       "write-offs or a plan were applied to it; void it instead"_s));
    CHECK(ledger.change({u"invoice"_s, u"delete"_s, u"INV-3"_s}) == u"Deleted invoice INV-3.\n"_s);
    CHECK(ledger.change({u"credit-note"_s, u"delete"_s, u"CN-1"_s}) ==
          u"Deleted credit note CN-1.\n"_s);
    CHECK(ledger.openItems(u"2025-04-30"_s) == u"INV-2A 65.00"_s);

    const CliRun listed = ledger.cli({u"correction"_s, u"list"_s, u"--customer"_s, u"A"_s});
    REQUIRE(listed.exitCode == 0);
    // made_at is when the change was made (UTC); the rest is what changed.
    const QStringList rows = listed.text().split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0) == u"made_at,document_kind,document,action,field,old_value,new_value,date,"
                        "reason"_s);
    const QRegularExpression stamp(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ,"_s);
    QStringList changes;
    for (const QString& row : rows.mid(1)) {
        CHECK(stamp.match(row).hasMatch());
        changes.append(row.section(u',', 1));
    }
    CHECK(changes == QStringList{u"invoice,INV-2A,edit,number,INV-2,INV-2A,,typo"_s,
                                 u"invoice,INV-2A,edit,amount,60.00,65.00,,typo"_s});
    const CliRun beta = ledger.cli({u"correction"_s, u"list"_s, u"--customer"_s, u"B"_s});
    REQUIRE(beta.exitCode == 0);
    CHECK(beta.text().count(u'\n') == 3);
    CHECK(failure(ledger.cli({u"correction"_s, u"list"_s, u"--customer"_s, u"NOPE"_s})).first == 2);
}
