// `ardesk-cli recurring` through the real binary (docs/contract.md, Recurring invoices): the
// schedule's options and exit codes, the list and run CSVs, and never an invoice twice — not on
// a rerun, not after a run killed inside its transaction, not when a second run starts while
// the first is half way.

#include <catch2/catch.hpp>

#include <QtGlobal>

#include "CliLedgerDir.h"
#ifdef Q_OS_UNIX
#include "StalledCliRun.h"
#endif

using namespace Qt::StringLiterals;

namespace {

using ardesk::test::CliLedgerDir;
using ardesk::test::CliRun;

QStringList rows(const CliRun& run)
{
    QStringList lines = run.text().split(u'\n', Qt::SkipEmptyParts);
    if (!lines.isEmpty())
        lines.removeFirst();
    return lines;
}

class RecurringCliLedger {
public:
    RecurringCliLedger()
    {
        REQUIRE(cli({u"init"_s, u"--company"_s, u"Recurring Ltd"_s}).exitCode == 0);
        REQUIRE(cli({u"import"_s, u"customers"_s,
                     m_dir.write(u"customers.csv"_s, "customer_id,name,terms_days,currency\n"
                                                     "C1,Acme,14,EUR\nC2,Beta,30,EUR\n"
                                                     "C3,Gamma,0,USD\n")})
                    .exitCode == 0);
    }

    CliRun cli(const QStringList& arguments) const { return m_dir.run(arguments); }
    const CliLedgerDir& dir() const { return m_dir; }

    // recurring add with the given options; must succeed, prints the id.
    QString add(const QStringList& options) const
    {
        const CliRun added = cli(QStringList{u"recurring"_s, u"add"_s} + options);
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
        return added.text().trimmed();
    }

private:
    CliLedgerDir m_dir;
};

const QStringList hosting{u"--customer"_s,    u"C1"_s,        u"--amount"_s,    u"49.00"_s,
                          u"--description"_s, u"Hosting"_s,   u"--frequency"_s, u"monthly"_s,
                          u"--start"_s,       u"2026-01-31"_s};

} // namespace

TEST_CASE("recurring add, list, pause, resume, end and run, with the contract's CSV",
          "[cli][recurring]")
{
    const RecurringCliLedger ledger;
    CHECK(ledger.add(hosting + QStringList{u"--count"_s, u"12"_s}) == u"1"_s);
    CHECK(ledger.add({u"--customer"_s, u"C3"_s, u"--amount"_s, u"1200"_s, u"--description"_s,
                      u"=Support, yearly"_s, u"--frequency"_s, u"yearly"_s, u"--start"_s,
                      u"2028-02-29"_s, u"--prefix"_s, u"SUP-"_s, u"--end"_s, u"2031-12-31"_s}) ==
          u"2"_s);
    CHECK(ledger.add({u"--customer"_s, u"C2"_s, u"--amount"_s, u"10.00"_s, u"--description"_s,
                      u"Quarterly check"_s, u"--frequency"_s, u"quarterly"_s, u"--start"_s,
                      u"2026-01-01"_s, u"--last-day"_s}) == u"3"_s);

    const CliRun listed = ledger.cli({u"recurring"_s, u"list"_s});
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.text() ==
          u"schedule_id,customer_id,frequency,day,start,count,end,amount,currency,description,"
          "prefix,status,created,last_issue_date,next_issue_date,sequence\n"
          "1,C1,monthly,31,2026-01-31,12,,49.00,EUR,Hosting,REC-,active,0,,2026-01-31,\n"
          "2,C3,yearly,29,2028-02-29,,2031-12-31,1200.00,USD,\"'=Support, yearly\",SUP-,active,0,,"
          "2028-02-29,\n"
          "3,C2,quarterly,last,2026-01-01,,,10.00,EUR,Quarterly check,REC-,active,0,,"
          "2026-01-31,\n"_s);

    const CliRun run = ledger.cli({u"recurring"_s, u"run"_s, u"--as-of"_s, u"2026-04-30"_s});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.text() ==
          u"invoice_number,customer_id,issue_date,due_date,amount,currency,description,"
          "schedule_id\n"
          "REC-202601-1,C1,2026-01-31,2026-02-14,49.00,EUR,Hosting,1\n"
          "REC-202601-2,C2,2026-01-31,2026-03-02,10.00,EUR,Quarterly check,3\n"
          "REC-202602-1,C1,2026-02-28,2026-03-14,49.00,EUR,Hosting,1\n"
          "REC-202603-1,C1,2026-03-31,2026-04-14,49.00,EUR,Hosting,1\n"
          "REC-202604-1,C1,2026-04-30,2026-05-14,49.00,EUR,Hosting,1\n"
          "REC-202604-2,C2,2026-04-30,2026-05-30,10.00,EUR,Quarterly check,3\n"_s);
    CHECK(run.err.contains(u"6 invoices created as of 2026-04-30"_s));
    const CliRun again = ledger.cli({u"recurring"_s, u"run"_s, u"--as-of"_s, u"2026-04-30"_s});
    CHECK(again.exitCode == 0);
    CHECK(rows(again).isEmpty());
    // The invoices are the ledger's like any other.
    CHECK(ledger.cli({u"aging"_s, u"--as-of"_s, u"2026-04-30"_s, u"--detail"_s})
              .text()
              .contains(u"C1,Acme,EUR,REC-202603-1,2026-03-31,2026-04-14,"_s));

    // Paused over the summer: June to August are never billed, May still is.
    const CliRun paused =
        ledger.cli({u"recurring"_s, u"pause"_s, u"1"_s, u"--date"_s, u"2026-06-01"_s});
    CHECK(paused.exitCode == 0);
    CHECK(paused.err.contains(u"Recurring schedule 1 paused"_s));
    CHECK(
        ledger.cli({u"recurring"_s, u"resume"_s, u"1"_s, u"--date"_s, u"2026-09-01"_s}).exitCode ==
        0);
    const CliRun autumn =
        ledger.cli({u"recurring"_s, u"run"_s, u"--as-of"_s, u"2026-09-30"_s, u"--dry-run"_s});
    CHECK(autumn.exitCode == 0);
    CHECK(rows(autumn) ==
          QStringList{u"REC-202605-1,C1,2026-05-31,2026-06-14,49.00,EUR,Hosting,1"_s,
                      u"REC-202607-1,C2,2026-07-31,2026-08-30,10.00,EUR,Quarterly check,3"_s,
                      u"REC-202609-1,C1,2026-09-30,2026-10-14,49.00,EUR,Hosting,1"_s});
    CHECK(autumn.err.contains(u"(dry run: nothing created)"_s));
    CHECK(ledger.cli({u"recurring"_s, u"end"_s, u"3"_s, u"--date"_s, u"2026-06-30"_s}).exitCode ==
          0);
    const CliRun ended = ledger.cli({u"recurring"_s, u"list"_s});
    CHECK(rows(ended).at(0).endsWith(u",active,4,2026-04-30,2026-05-31,"_s));
    CHECK(rows(ended).at(2).endsWith(u",ended,2,2026-04-30,,"_s));
}

TEST_CASE("recurring run numbers a schedule on from the sequence it names, beside invoices "
          "entered by hand",
          "[cli][recurring]")
{
    const RecurringCliLedger ledger;
    REQUIRE(ledger
                .cli({u"import"_s, u"invoices"_s,
                      ledger.dir().write(
                          u"invoices.csv"_s,
                          "invoice_number,customer_id,issue_date,due_date,amount\n"
                          "INV-000411,C1,2026-01-05,,10.00\nINV-000412,C2,2026-01-06,,10.00\n"
                          "INV-2026-7,C2,2026-01-06,,10.00\n")})
                .exitCode == 0);
    ledger.add(hosting + QStringList{u"--count"_s, u"2"_s, u"--sequence"_s, u"INV-000001"_s});
    // A sequence started above what the ledger holds begins at its own number.
    ledger.add({u"--customer"_s, u"C2"_s, u"--amount"_s, u"5.00"_s, u"--description"_s,
                u"Support"_s, u"--frequency"_s, u"monthly"_s, u"--start"_s, u"2026-02-15"_s,
                u"--count"_s, u"2"_s, u"--sequence"_s, u"S-0098"_s});
    CHECK(rows(ledger.cli({u"recurring"_s, u"list"_s}))
              .at(0)
              .endsWith(u",,active,0,,2026-01-31,INV-000001"_s));

    const CliRun run = ledger.cli({u"recurring"_s, u"run"_s, u"--as-of"_s, u"2026-04-30"_s});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(rows(run) == QStringList{u"INV-000413,C1,2026-01-31,2026-02-14,49.00,EUR,Hosting,1"_s,
                                   u"S-0098,C2,2026-02-15,2026-03-17,5.00,EUR,Support,2"_s,
                                   u"INV-000414,C1,2026-02-28,2026-03-14,49.00,EUR,Hosting,1"_s,
                                   u"S-0099,C2,2026-03-15,2026-04-14,5.00,EUR,Support,2"_s});
    // Another schedule naming the same sequence goes on from its highest number.
    ledger.add({u"--customer"_s, u"C2"_s, u"--amount"_s, u"5.00"_s, u"--description"_s,
                u"Support"_s, u"--frequency"_s, u"monthly"_s, u"--start"_s, u"2026-05-15"_s,
                u"--count"_s, u"1"_s, u"--sequence"_s, u"S-0001"_s});
    CHECK(rows(ledger.cli({u"recurring"_s, u"run"_s, u"--as-of"_s, u"2026-05-31"_s})) ==
          QStringList{u"S-0100,C2,2026-05-15,2026-06-14,5.00,EUR,Support,3"_s});
}

TEST_CASE("recurring: usage errors exit 1, what the ledger refuses exits 2, nothing changed",
          "[cli][recurring]")
{
    const RecurringCliLedger ledger;
    const auto add = [&](const QStringList& options) {
        return ledger.cli(QStringList{u"recurring"_s, u"add"_s} + options);
    };
    const auto without = [](const QString& option) {
        QStringList options = hosting;
        const qsizetype at = options.indexOf(option);
        options.remove(at, 2);
        return options;
    };
    CHECK(add(without(u"--customer"_s)).exitCode == 1);
    CHECK(add(without(u"--amount"_s)).exitCode == 1);
    CHECK(add(without(u"--description"_s)).exitCode == 1);
    CHECK(add(without(u"--start"_s)).exitCode == 1);
    CHECK(add(without(u"--frequency"_s)).exitCode == 1);
    CHECK(add(hosting + QStringList{u"--frequency"_s, u"daily"_s}).exitCode == 1);
    CHECK(add(hosting + QStringList{u"--day"_s, u"32"_s}).exitCode == 1);
    CHECK(add(hosting + QStringList{u"--day"_s, u"5"_s, u"--last-day"_s}).exitCode == 1);
    CHECK(add(hosting + QStringList{u"--count"_s, u"2"_s, u"--end"_s, u"2027-01-01"_s}).exitCode ==
          1);
    CHECK(add(hosting + QStringList{u"--count"_s, u"0"_s}).exitCode == 1);
    CHECK(add(hosting + QStringList{u"--start"_s, u"2026-02-30"_s}).exitCode == 1);
    const CliRun weeklyDay =
        add(hosting + QStringList{u"--frequency"_s, u"weekly"_s, u"--day"_s, u"3"_s});
    CHECK(weeklyDay.exitCode == 1);
    CHECK(weeklyDay.err.contains(u"--day and --last-day apply to monthly, quarterly and yearly"_s));
    CHECK(add(hosting + QStringList{u"--amount"_s, u"49.001"_s}).exitCode == 1);

    const CliRun unknown = add(hosting + QStringList{u"--customer"_s, u"C9"_s});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(u"no customer \"C9\""_s));
    CHECK(add(hosting + QStringList{u"--end"_s, u"2025-12-31"_s}).exitCode == 2);
    CHECK(add(hosting + QStringList{u"--prefix"_s, u"PLAN-"_s}).exitCode == 2);
    CHECK(add(hosting + QStringList{u"--sequence"_s, u"PLAN-0001"_s}).exitCode == 2);
    CHECK(add(hosting + QStringList{u"--sequence"_s, u"INV-"_s}).exitCode == 1);
    CHECK(add(hosting + QStringList{u"--sequence"_s, u""_s}).exitCode == 1);
    const CliRun both =
        add(hosting + QStringList{u"--prefix"_s, u"R-"_s, u"--sequence"_s, u"INV-000001"_s});
    CHECK(both.exitCode == 1);
    CHECK(both.err.contains(u"--prefix and --sequence"_s));
    CHECK(add(hosting + QStringList{u"--amount"_s, u"0"_s}).exitCode == 2);
    CHECK(rows(ledger.cli({u"recurring"_s, u"list"_s})).isEmpty());

    CHECK(ledger.cli({u"recurring"_s, u"pause"_s, u"x"_s}).exitCode == 1);
    CHECK(ledger.cli({u"recurring"_s, u"pause"_s, u"7"_s}).exitCode == 2);
    CHECK(ledger.cli({u"recurring"_s, u"pause"_s}).exitCode == 1);
    CHECK(ledger.cli({u"recurring"_s, u"run"_s}).exitCode == 1);
    CHECK(ledger.cli({u"recurring"_s, u"frobnicate"_s}).exitCode == 1);
    ledger.add(hosting);
    CHECK(ledger.cli({u"recurring"_s, u"resume"_s, u"1"_s}).exitCode == 2);
}

// The kill and the overlap need a FIFO, which only Unix has.
#ifdef Q_OS_UNIX
namespace {

// Three weekly schedules since 2000: 4,000 invoices in one run, enough progress lines after the
// 100th to fill the FIFO and hold the run inside its transaction.
void addWeeklySchedules(const RecurringCliLedger& ledger)
{
    for (const QString& customer : {u"C1"_s, u"C2"_s, u"C3"_s}) {
        ledger.add({u"--customer"_s, customer, u"--amount"_s, u"10.00"_s, u"--description"_s,
                    u"Weekly"_s, u"--frequency"_s, u"weekly"_s, u"--start"_s, u"2000-01-03"_s,
                    u"--prefix"_s, customer + u'-'});
    }
}

const QStringList runToday{u"recurring"_s, u"run"_s, u"--as-of"_s, u"2026-06-30"_s};

qint64 createdInAll(const RecurringCliLedger& ledger)
{
    qint64 created = 0;
    for (const QString& row : rows(ledger.cli({u"recurring"_s, u"list"_s})))
        created += row.section(u',', 12, 12).toLongLong();
    return created;
}

} // namespace

TEST_CASE("recurring run killed inside its transaction creates nothing, and the rerun creates each "
          "invoice once",
          "[cli][recurring]")
{
    const RecurringCliLedger ledger;
    addWeeklySchedules(ledger);
    const CliRun due = ledger.cli(runToday + QStringList{u"--dry-run"_s});
    REQUIRE(due.exitCode == 0);
    const QStringList expected = rows(due);
    REQUIRE(expected.size() > 4000);
    {
        ardesk::test::StalledCliRun run(ledger.dir(), runToday + QStringList{u"--progress"_s},
                                        "recurring run: 100 of ");
        CHECK(run.kill());
    }
    CHECK(createdInAll(ledger) == 0);
    CHECK(rows(ledger.cli({u"aging"_s, u"--as-of"_s, u"2026-06-30"_s, u"--detail"_s})).isEmpty());

    const CliRun rerun = ledger.cli(runToday);
    REQUIRE(rerun.exitCode == 0);
    CHECK(rows(rerun) == expected);
    CHECK(createdInAll(ledger) == expected.size());
    CHECK(rows(ledger.cli(runToday)).isEmpty());
}

// [file]: on a server ledger the second run queues behind the first instead (the contract's
// "writers queue"; tests/server runs overlapping writers and reminder runs on a server).
TEST_CASE("recurring run started while another is half way creates nothing twice",
          "[cli][recurring][file]")
{
    const RecurringCliLedger ledger;
    addWeeklySchedules(ledger);
    const QStringList expected = rows(ledger.cli(runToday + QStringList{u"--dry-run"_s}));
    REQUIRE(expected.size() > 4000);

    ardesk::test::StalledCliRun first(ledger.dir(), runToday + QStringList{u"--progress"_s},
                                      "recurring run: 100 of ");
    // The first run holds the ledger's write transaction: the second waits for it as long as
    // SQLite's busy timeout, then gives up having changed nothing.
    const CliRun second = ledger.cli(runToday);
    CHECK(second.exitCode == 3);
    CHECK(second.err.contains(u"locked"_s));
    CHECK(rows(second).isEmpty());

    const CliRun finished = first.finish();
    CHECK(finished.exitCode == 0);
    CHECK(rows(finished) == expected);
    CHECK(createdInAll(ledger) == expected.size());
    CHECK(rows(ledger.cli(runToday)).isEmpty());
}
#endif
