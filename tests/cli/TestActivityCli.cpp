// `activity add|resolve|list` and `customer hold|release` through the binary
// (docs/contract.md, Setting what dunning reads): each command's output, what the reminder run
// makes of a dispute, a hold and a promise set from the command line, and the exit codes.

#include <catch2/catch.hpp>

#include <tuple>

#include <QFile>

#include "CliLedgerDir.h"

using namespace Qt::StringLiterals;
using namespace ardesk::test;

namespace {

const QString activityHeader =
    u"date,kind,document,text,promised_amount,promised_date,promise_status,resolved_date\n"_s;

QString withoutHeader(const QString& csv)
{
    return csv.mid(csv.indexOf(u'\n') + 1);
}

// Alpha (A) with INV-A1 100.00 and INV-A2 60.00, Beta (B) with INV-B1 200.00, all due on
// 2025-03-01; Gamma (G) in JPY with nothing. A run as of 2025-03-10 reminds A and B at level 1.
class ActivityLedger {
public:
    ActivityLedger()
    {
        REQUIRE(cli({u"init"_s, u"--company"_s, u"Dunwire Ltd"_s}).exitCode == 0);
        m_dir.write(u"customers.csv"_s, "customer_id,name,currency\n"
                                        "A,Alpha,EUR\nB,Beta,EUR\nG,Gamma,JPY\n");
        m_dir.write(u"invoices.csv"_s, "invoice_number,customer_id,issue_date,due_date,amount\n"
                                       "INV-A1,A,2025-02-01,2025-03-01,100.00\n"
                                       "INV-A2,A,2025-02-01,2025-03-01,60.00\n"
                                       "INV-B1,B,2025-02-01,2025-03-01,200.00\n");
        REQUIRE(cli({u"import"_s, u"customers"_s, path(u"customers.csv"_s)}).exitCode == 0);
        REQUIRE(cli({u"import"_s, u"invoices"_s, path(u"invoices.csv"_s)}).exitCode == 0);
    }

    QString path(const QString& name) const { return m_dir.path(name); }
    QString write(const QString& name, const QByteArray& bytes) const
    {
        return m_dir.write(name, bytes);
    }
    CliRun cli(const QStringList& arguments) const { return m_dir.run(arguments); }

    // `activity add` with the options; must succeed; returns the id printed.
    QString add(const QStringList& options) const
    {
        const CliRun added = cli(QStringList{u"activity"_s, u"add"_s} + options);
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
        CHECK(added.err.isEmpty());
        return added.text();
    }

    // The letters of a dry run as of `asOf`, without the header.
    QString reminders(const QString& asOf) const
    {
        const CliRun run = cli({u"reminders"_s, u"--as-of"_s, asOf, u"--dry-run"_s});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return withoutHeader(run.text());
    }

    QString list(const QString& customer, const QString& asOf) const
    {
        const CliRun listed =
            cli({u"activity"_s, u"list"_s, u"--customer"_s, customer, u"--as-of"_s, asOf});
        INFO(listed.err.toStdString());
        REQUIRE(listed.exitCode == 0);
        return listed.text();
    }

private:
    CliLedgerDir m_dir;
};

const QString bothReminded = u"A,Alpha,1,INV-A1;INV-A2,160.00,letter\n"
                             "B,Beta,1,INV-B1,200.00,letter\n"_s;

// An error run: its exit code and its stderr's first line.
std::pair<int, QString> failure(const CliRun& run)
{
    CHECK(run.out.isEmpty());
    return {run.exitCode, run.err.section(u'\n', 0, 0)};
}

} // namespace

TEST_CASE("activity add prints the new id; activity list is the log as it stood on a date",
          "[activity][cli]")
{
    ActivityLedger ledger;
    CHECK(ledger.add({u"--customer"_s, u"A"_s, u"--kind"_s, u"call"_s, u"--date"_s, u"2025-03-02"_s,
                      u"--text"_s, u"Left a message, will call back"_s}) == u"1\n"_s);
    CHECK(ledger.add({u"--customer"_s, u"A"_s, u"--kind"_s, u"promise"_s, u"--date"_s,
                      u"2025-03-05"_s, u"--amount"_s, u"50"_s, u"--pay-by"_s, u"2025-03-20"_s,
                      u"--invoice"_s, u"INV-A1"_s, u"--text"_s, u"half now"_s}) == u"2\n"_s);
    CHECK(ledger.add({u"--customer"_s, u"A"_s, u"--kind"_s, u"dispute"_s, u"--date"_s,
                      u"2025-03-06"_s, u"--invoice"_s, u"INV-A2"_s, u"--text"_s,
                      u"wrong quantity"_s}) == u"3\n"_s);
    CHECK(ledger.add({u"--customer"_s, u"A"_s, u"--kind"_s, u"email"_s, u"--date"_s,
                      u"2025-03-06"_s, u"--invoice"_s, u"INV-A2"_s}) == u"4\n"_s);
    CHECK(ledger.add({u"--customer"_s, u"A"_s, u"--kind"_s, u"note"_s, u"--date"_s, u"2025-04-02"_s,
                      u"--text"_s, u"=later"_s}) == u"5\n"_s);
    // --output receives the id instead of stdout.
    const CliRun toFile = ledger.cli({u"activity"_s, u"add"_s, u"--customer"_s, u"B"_s, u"--kind"_s,
                                      u"note"_s, u"--date"_s, u"2025-03-03"_s, u"--text"_s,
                                      u"new contact"_s, u"--output"_s, ledger.path(u"id.txt"_s)});
    REQUIRE(toFile.exitCode == 0);
    CHECK(toFile.out.isEmpty());

    // Oldest first, entered order within a day; the promise pending until its pay-by date,
    // broken after it (no payment); nothing dated after the as-of date.
    CHECK(ledger.list(u"A"_s, u"2025-03-10"_s) ==
          activityHeader + u"2025-03-02,call,,\"Left a message, will call back\",,,,\n"
                           "2025-03-05,promise,INV-A1,half now,50.00,2025-03-20,pending,\n"
                           "2025-03-06,dispute,INV-A2,wrong quantity,,,,\n"
                           "2025-03-06,email,INV-A2,,,,,\n"_s);
    CHECK(ledger.list(u"A"_s, u"2025-04-02"_s) ==
          activityHeader + u"2025-03-02,call,,\"Left a message, will call back\",,,,\n"
                           "2025-03-05,promise,INV-A1,half now,50.00,2025-03-20,broken,\n"
                           "2025-03-06,dispute,INV-A2,wrong quantity,,,,\n"
                           "2025-03-06,email,INV-A2,,,,,\n"
                           "2025-04-02,note,,'=later,,,,\n"_s);
    CHECK(ledger.list(u"A"_s, u"2025-03-01"_s) == activityHeader);
    CHECK(ledger.list(u"B"_s, u"2025-03-31"_s) ==
          activityHeader + u"2025-03-03,note,,new contact,,,,\n"_s);

    const CliRun resolved = ledger.cli(
        {u"activity"_s, u"resolve"_s, u"--invoice"_s, u"INV-A2"_s, u"--date"_s, u"2025-03-15"_s});
    REQUIRE(resolved.exitCode == 0);
    CHECK(resolved.out.isEmpty());
    CHECK(resolved.err == u"Resolved the dispute on invoice INV-A2 as of 2025-03-15; reminders "
                          "may go out for it again.\n"_s);
    CHECK(ledger.list(u"A"_s, u"2025-03-31"_s)
              .contains(u"\n2025-03-06,dispute,INV-A2,wrong quantity,,,,2025-03-15\n"_s));
    // As of a date before the resolution the dispute was still open.
    CHECK(ledger.list(u"A"_s, u"2025-03-10"_s)
              .contains(u"\n2025-03-06,dispute,INV-A2,wrong quantity,,,,2025-03-15\n"_s));
}

TEST_CASE("a dispute set from the command line holds its invoice back until resolved",
          "[activity][cli]")
{
    ActivityLedger ledger;
    CHECK(ledger.reminders(u"2025-03-10"_s) == bothReminded);
    ledger.add({u"--customer"_s, u"A"_s, u"--kind"_s, u"dispute"_s, u"--date"_s, u"2025-03-06"_s,
                u"--invoice"_s, u"INV-A2"_s});
    CHECK(ledger.reminders(u"2025-03-10"_s) == u"A,Alpha,1,INV-A1,100.00,letter\n"
                                               "B,Beta,1,INV-B1,200.00,letter\n"_s);
    // Not yet disputed on 03-05.
    CHECK(ledger.reminders(u"2025-03-05"_s) == bothReminded);

    REQUIRE(ledger
                .cli({u"activity"_s, u"resolve"_s, u"--invoice"_s, u"INV-A2"_s, u"--date"_s,
                      u"2025-03-12"_s})
                .exitCode == 0);
    CHECK(ledger.reminders(u"2025-03-12"_s) == bothReminded);
    CHECK(ledger.reminders(u"2025-03-11"_s) == u"A,Alpha,1,INV-A1,100.00,letter\n"
                                               "B,Beta,1,INV-B1,200.00,letter\n"_s);
}

TEST_CASE("a customer on hold is left out of the run until released", "[activity][cli]")
{
    ActivityLedger ledger;
    const CliRun held =
        ledger.cli({u"customer"_s, u"hold"_s, u"--customer"_s, u"B"_s, u"--reason"_s,
                    u"disputed delivery"_s, u"--date"_s, u"2025-03-07"_s});
    REQUIRE(held.exitCode == 0);
    CHECK(held.out.isEmpty());
    CHECK(held.err == u"Put Beta (B) on hold; no reminders go out to it until it is released.\n"_s);
    // The hold is not dated: a run for any date leaves B out while it lasts.
    CHECK(ledger.reminders(u"2025-03-10"_s) == u"A,Alpha,1,INV-A1;INV-A2,160.00,letter\n"_s);
    CHECK(ledger.reminders(u"2025-03-05"_s) == u"A,Alpha,1,INV-A1;INV-A2,160.00,letter\n"_s);
    const CliRun exported =
        ledger.cli({u"export"_s, u"customers"_s, u"--as-of"_s, u"2025-03-10"_s});
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.text().contains(u"\nB,Beta,,,30,EUR,,yes,"_s));

    CHECK(failure(ledger.cli({u"customer"_s, u"hold"_s, u"--customer"_s, u"B"_s})) ==
          std::pair{2, u"ardesk-cli: Beta (B) is already on hold"_s});

    const CliRun released = ledger.cli(
        {u"customer"_s, u"release"_s, u"--customer"_s, u"B"_s, u"--date"_s, u"2025-03-12"_s});
    REQUIRE(released.exitCode == 0);
    CHECK(released.err == u"Released Beta (B) from hold; reminders may go out to it again.\n"_s);
    CHECK(ledger.reminders(u"2025-03-10"_s) == bothReminded);
    CHECK(failure(ledger.cli({u"customer"_s, u"release"_s, u"--customer"_s, u"B"_s})) ==
          std::pair{2, u"ardesk-cli: Beta (B) is not on hold"_s});

    // Each change left a note in the log, dated --date.
    CHECK(ledger.list(u"B"_s, u"2025-03-31"_s) ==
          activityHeader + u"2025-03-07,note,,Put on hold: disputed delivery,,,,\n"
                           "2025-03-12,note,,Taken off hold,,,,\n"_s);
}

TEST_CASE("a promise holds reminders back until its pay-by date, kept or not", "[activity][cli]")
{
    ActivityLedger ledger;
    // About the whole account: all of A's items wait while the promise runs.
    ledger.add({u"--customer"_s, u"A"_s, u"--kind"_s, u"promise"_s, u"--date"_s, u"2025-03-05"_s,
                u"--amount"_s, u"100.00"_s, u"--pay-by"_s, u"2025-03-20"_s});
    CHECK(ledger.reminders(u"2025-03-10"_s) == u"B,Beta,1,INV-B1,200.00,letter\n"_s);
    CHECK(ledger.reminders(u"2025-03-20"_s) == u"B,Beta,1,INV-B1,200.00,letter\n"_s);

    // Kept on 03-08 by a payment of INV-A1; INV-A2 is still open and is reminded once the
    // promise has run out.
    const QString payments =
        ledger.write(u"payments.csv"_s, "payment_id,customer_id,date,amount,invoice_number\n"
                                        "P1,A,2025-03-08,100.00,INV-A1\n");
    REQUIRE(ledger.cli({u"import"_s, u"payments"_s, payments}).exitCode == 0);
    CHECK(ledger.list(u"A"_s, u"2025-03-10"_s) ==
          activityHeader + u"2025-03-05,promise,,,100.00,2025-03-20,kept,\n"_s);
    CHECK(ledger.reminders(u"2025-03-10"_s) == u"B,Beta,1,INV-B1,200.00,letter\n"_s);
    CHECK(ledger.reminders(u"2025-03-21"_s) == u"A,Alpha,1,INV-A2,60.00,letter\n"
                                               "B,Beta,1,INV-B1,200.00,letter\n"_s);
    CHECK(ledger.list(u"A"_s, u"2025-03-21"_s) ==
          activityHeader + u"2025-03-05,promise,,,100.00,2025-03-20,kept,\n"_s);
}

TEST_CASE("activity and customer: usage errors are 1, data problems 2, the ledger unchanged",
          "[activity][cli]")
{
    ActivityLedger ledger;
    const QStringList promise{u"activity"_s, u"add"_s,     u"--customer"_s, u"A"_s,
                              u"--kind"_s,   u"promise"_s, u"--date"_s,     u"2025-03-05"_s};
    const QStringList dispute{u"activity"_s, u"add"_s,     u"--customer"_s, u"A"_s,
                              u"--kind"_s,   u"dispute"_s, u"--date"_s,     u"2025-03-05"_s};

    // One ledger for all: each case is refused and leaves it as it was.
    const QList<std::tuple<QStringList, int, QString>> cases{
        // Usage errors, found before the ledger is opened (but the amount's decimals).
        {{u"activity"_s},
         1,
         u"ardesk-cli: expected activity add | activity resolve | "
         "activity list"_s},
        {{u"activity"_s, u"remove"_s},
         1,
         u"ardesk-cli: expected activity add | activity resolve | activity list"_s},
        {{u"activity"_s, u"add"_s, u"--bogus"_s},
         1,
         u"ardesk-cli activity: Unknown option 'bogus'."_s},
        {{u"activity"_s, u"add"_s, u"--customer"_s, u"A"_s, u"--date"_s, u"2025-03-05"_s},
         1,
         u"ardesk-cli: --kind call|email|note|promise|dispute is required"_s},
        {{u"activity"_s, u"add"_s, u"--customer"_s, u"A"_s, u"--kind"_s, u"visit"_s, u"--date"_s,
          u"2025-03-05"_s},
         1,
         u"ardesk-cli: --kind: expected call, email, note, promise or dispute, got "
         "\"visit\""_s},
        {{u"activity"_s, u"add"_s, u"--customer"_s, u"A"_s, u"--kind"_s, u"call"_s},
         1,
         u"ardesk-cli: --date DATE is required"_s},
        {{u"activity"_s, u"add"_s, u"--customer"_s, u"A"_s, u"--kind"_s, u"call"_s, u"--date"_s,
          u"2025-02-30"_s},
         1,
         u"ardesk-cli: --date: expected a date as YYYY-MM-DD, got \"2025-02-30\""_s},
        {promise + QStringList{u"--amount"_s, u"5"_s, u"--pay-by"_s, u"20.03.2025"_s}, 1,
         u"ardesk-cli: --pay-by: expected a date as YYYY-MM-DD, got \"20.03.2025\""_s},
        {{u"activity"_s, u"add"_s, u"--customer"_s, u"A"_s, u"--kind"_s, u"note"_s, u"--date"_s,
          u"2025-03-05"_s, u"--text"_s, u"x"_s, u"--amount"_s, u"5"_s},
         1,
         u"ardesk-cli: --amount and --pay-by are for --kind promise"_s},
        {{u"activity"_s, u"add"_s, u"--kind"_s, u"call"_s, u"--date"_s, u"2025-03-05"_s},
         1,
         u"ardesk-cli: --customer ID is required"_s},
        {promise + QStringList{u"--amount"_s, u"1.005"_s, u"--pay-by"_s, u"2025-03-20"_s}, 1,
         u"ardesk-cli: --amount: expected a plain decimal amount with at most 2 decimals, "
         "like 1234.50"_s},
        {{u"activity"_s, u"add"_s, u"--customer"_s, u"G"_s, u"--kind"_s, u"promise"_s, u"--date"_s,
          u"2025-03-05"_s, u"--amount"_s, u"1.5"_s, u"--pay-by"_s, u"2025-03-20"_s},
         1,
         u"ardesk-cli: --amount: expected a plain whole amount without decimals (JPY has no "
         "minor unit), like 1234"_s},
        {{u"activity"_s, u"resolve"_s, u"--date"_s, u"2025-03-05"_s},
         1,
         u"ardesk-cli: --invoice NUMBER is required"_s},
        {{u"activity"_s, u"resolve"_s, u"--invoice"_s, u"INV-A1"_s},
         1,
         u"ardesk-cli: --date DATE is required"_s},
        {{u"activity"_s, u"list"_s, u"--customer"_s, u"A"_s},
         1,
         u"ardesk-cli: --as-of DATE is required"_s},
        {{u"activity"_s, u"list"_s, u"--as-of"_s, u"2025-03-05"_s},
         1,
         u"ardesk-cli: --customer ID is required"_s},
        {{u"customer"_s, u"hold"_s}, 1, u"ardesk-cli: --customer ID is required"_s},
        {{u"customer"_s, u"freeze"_s, u"--customer"_s, u"A"_s},
         1,
         u"ardesk-cli: expected customer hold | customer release"_s},
        {{u"customer"_s, u"hold"_s, u"--customer"_s, u"A"_s, u"--date"_s, u"tomorrow"_s},
         1,
         u"ardesk-cli: --date: expected a date as YYYY-MM-DD, got \"tomorrow\""_s},
        // Data problems: the service's rules, and unknown customers and invoices.
        {{u"activity"_s, u"add"_s, u"--customer"_s, u"NOPE"_s, u"--kind"_s, u"call"_s, u"--date"_s,
          u"2025-03-05"_s},
         2,
         u"ardesk-cli: no customer with id \"NOPE\""_s},
        {{u"customer"_s, u"hold"_s, u"--customer"_s, u"NOPE"_s},
         2,
         u"ardesk-cli: no customer with id \"NOPE\""_s},
        {{u"activity"_s, u"list"_s, u"--customer"_s, u"NOPE"_s, u"--as-of"_s, u"2025-03-05"_s},
         2,
         u"ardesk-cli: no customer with id \"NOPE\""_s},
        {dispute + QStringList{u"--invoice"_s, u"INV-X"_s}, 2,
         u"ardesk-cli: no invoice numbered \"INV-X\""_s},
        {dispute, 2, u"ardesk-cli: a dispute is about an invoice"_s},
        {dispute + QStringList{u"--invoice"_s, u"INV-B1"_s}, 2,
         u"ardesk-cli: the invoice belongs to another customer"_s},
        {promise + QStringList{u"--pay-by"_s, u"2025-03-20"_s}, 2,
         u"ardesk-cli: a promise needs the amount promised"_s},
        {promise + QStringList{u"--amount"_s, u"50.00"_s}, 2,
         u"ardesk-cli: a promise needs its date and a pay-by date"_s},
        {promise + QStringList{u"--amount"_s, u"0"_s, u"--pay-by"_s, u"2025-03-20"_s}, 2,
         u"ardesk-cli: the promised amount must be more than zero"_s},
        {promise + QStringList{u"--amount"_s, u"5"_s, u"--pay-by"_s, u"2025-03-04"_s}, 2,
         u"ardesk-cli: the pay-by date 2025-03-04 is before the promise's date 2025-03-05"_s},
        {{u"activity"_s, u"add"_s, u"--customer"_s, u"A"_s, u"--kind"_s, u"note"_s, u"--date"_s,
          u"2025-03-05"_s, u"--text"_s, u"  "_s},
         2,
         u"ardesk-cli: a note needs text"_s},
        {{u"activity"_s, u"resolve"_s, u"--invoice"_s, u"INV-A1"_s, u"--date"_s, u"2025-03-05"_s},
         2,
         u"ardesk-cli: invoice INV-A1 has no open dispute"_s},
        {{u"activity"_s, u"resolve"_s, u"--invoice"_s, u"INV-X"_s, u"--date"_s, u"2025-03-05"_s},
         2,
         u"ardesk-cli: no invoice numbered \"INV-X\""_s},
    };
    for (const auto& [arguments, code, message] : cases) {
        INFO(arguments.join(u' ').toStdString());
        CHECK(failure(ledger.cli(arguments)) == std::pair{code, message});
    }
    // Nothing was written.
    CHECK(ledger.list(u"A"_s, u"2025-12-31"_s) == activityHeader);
    CHECK(ledger.list(u"B"_s, u"2025-12-31"_s) == activityHeader);
    CHECK(ledger.reminders(u"2025-03-10"_s) == bothReminded);
}

TEST_CASE("a dispute is opened once and resolved no earlier than it was opened", "[activity][cli]")
{
    ActivityLedger ledger;
    const QStringList dispute{u"--customer"_s, u"A"_s,          u"--kind"_s,    u"dispute"_s,
                              u"--date"_s,     u"2025-03-06"_s, u"--invoice"_s, u"INV-A2"_s};
    ledger.add(dispute);
    CHECK(failure(ledger.cli(QStringList{u"activity"_s, u"add"_s} + dispute)) ==
          std::pair{2, u"ardesk-cli: the invoice is already disputed"_s});
    CHECK(failure(ledger.cli({u"activity"_s, u"resolve"_s, u"--invoice"_s, u"INV-A2"_s, u"--date"_s,
                              u"2025-03-05"_s})) ==
          std::pair{2, u"ardesk-cli: a dispute opened on 2025-03-06 cannot be resolved before "
                       "that"_s});
    CHECK(ledger.list(u"A"_s, u"2025-12-31"_s) ==
          activityHeader + u"2025-03-06,dispute,INV-A2,,,,,\n"_s);
}

TEST_CASE("activity and customer without a ledger: 3, after the options are checked",
          "[activity][cli]")
{
    const CliLedgerDir none;
    // A file that is not there; an empty database on a server.
    const QString missing =
        u"ardesk-cli: "_s + none.ledger() +
        (none.onServer()
             ? u": no ARDesk ledger in this database yet (ardesk-cli init creates one)"_s
             : u": no such ledger"_s);
    // Each command, and an impossible date of an option it reads.
    const auto [arguments, badDate] = GENERATE(table<QStringList, QString>({
        {{u"activity"_s, u"add"_s, u"--customer"_s, u"A"_s, u"--kind"_s, u"call"_s, u"--date"_s,
          u"2025-03-05"_s},
         u"--date"_s},
        {{u"activity"_s, u"resolve"_s, u"--invoice"_s, u"INV-A1"_s, u"--date"_s, u"2025-03-05"_s},
         u"--date"_s},
        {{u"activity"_s, u"list"_s, u"--customer"_s, u"A"_s, u"--as-of"_s, u"2025-03-05"_s},
         u"--as-of"_s},
        {{u"customer"_s, u"hold"_s, u"--customer"_s, u"A"_s}, u"--date"_s},
        {{u"customer"_s, u"release"_s, u"--customer"_s, u"A"_s}, u"--date"_s},
    }));
    INFO(arguments.join(u' ').toStdString());
    CHECK(failure(none.run(arguments)) == std::pair{3, missing});
    // A usage error wins.
    CHECK(none.run(arguments + QStringList{badDate, u"2025-02-30"_s}).exitCode == 1);
    // Nothing was created: the ledger is missing still.
    CHECK(failure(none.run({u"company"_s, u"show"_s})) == std::pair{3, missing});
}
