#!/usr/bin/env python3
"""A ledger copied file -> server -> file is the same ledger, checked by every report.

Run by ctest under ardesk-with-postgres (ARDESK_TEST_SERVER, PGPASSWORD set):

    copy_round_trip.py --cli PATH/TO/ardesk-cli --letters PATH/TO/resources/letters \
                       [--pdftotext PATH]

Builds a rich ledger file A (the demo company, then through ardesk-cli: write-offs, plans made,
rescheduled and cancelled, reminders recorded with charges, recurring invoices, agency
hand-overs, holds, activities, corrections, company and payment details, bank lines posted and
ignored, a bank CSV profile, and a letter template as the desktop app saves one), copies it to
a database S on the server with `ardesk-cli copy --to`, and S back to a new file B. Then:
- every read command of the contract gives the same exit code, stdout, stderr (the ledger's
  name aside) and written files on A, S and B: CSV byte for byte, XLSX sheet for sheet (the
  workbook's properties hold the second it was written), PDF as its laid-out text;
- A and B hold the same rows, table by table, value and type, at the same schema version;
- one more payment and note posted on each give the same reports on all three, with the same
  new ids (the server's id triggers go on from the largest copied id);
- copying onto a ledger, a file or a database with tables is refused (4), leaving it as it was.
"""

import argparse
import csv
import difflib
import io
import os
import sqlite3
import subprocess
import sys
import tempfile
import zipfile

TODAY = "2026-11-30"
SKIP = 77


def fail(message):
    sys.exit("FAIL: " + message)


class Cli:
    def __init__(self, path, pdftotext):
        self.path = path
        self.pdftotext = pdftotext

    def run(self, ledger, *args, check=True):
        result = subprocess.run([self.path, "--ledger", ledger, *args], capture_output=True)
        if check and result.returncode != 0:
            fail(f"ardesk-cli --ledger {ledger} {' '.join(args)} exited {result.returncode}:\n"
                 + result.stderr.decode(errors="replace"))
        return result

    def rows(self, ledger, *args):
        text = self.run(ledger, *args).stdout.decode()
        return list(csv.DictReader(io.StringIO(text)))


def psql(server, database, sql):
    subprocess.run(["psql", "-q", "-v", "ON_ERROR_STOP=1", f"{server}/{database}", "-c", sql],
                   check=True, capture_output=True)


def psql_value(server, database, sql):
    result = subprocess.run(["psql", "-At", "-v", "ON_ERROR_STOP=1", f"{server}/{database}",
                             "-c", sql], check=True, capture_output=True, text=True)
    return result.stdout.strip()


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def build_rich_ledger(cli, ledger, folder, letters):
    """The demo company, then every kind of record the CLI can add on top."""
    cli.run(ledger, "demo", "--today", TODAY, "--customers", "40", "--invoices", "600",
            "--seed", "7")
    db = sqlite3.connect(ledger)
    # The letter templates are edited in the desktop app alone: store one as it does.
    with open(os.path.join(letters, "en", "reminder-1.html"), encoding="utf-8") as f:
        body = f.read().replace("</body>", "<p>Kind regards from the copied ledger.</p></body>")
    db.execute("INSERT INTO letter_templates(name, language, body, updated_at) "
               "VALUES ('reminder-1', 'en', ?, '2026-11-01T09:00:00Z')", (body,))
    db.commit()
    open_items = cli.rows(ledger, "export", "open-items", "--as-of", TODAY)
    invoices = [row for row in open_items if row["document"].startswith("INV-")]
    by_customer = {}
    for row in invoices:
        by_customer.setdefault(row["customer_id"], []).append(row["document"])
    customers = sorted(by_customer, key=lambda c: (-len(by_customer[c]), c))
    if len(customers) < 8:
        fail(f"the demo ledger has open invoices of {len(customers)} customers only")

    cli.run(ledger, "company", "set", "--iban", "DE89370400440532013000", "--bic", "COBADEFFXXX",
            "--email", "ar@brightwater.example", "--registration", "Amtsgericht Köln HRB 4711",
            "--payment-link", "https://pay.example.com/{customer}?docs={documents}")
    cli.run(ledger, "write-off", "--invoice", by_customer[customers[0]][0], "--date", TODAY,
            "--reason", "Goodwill, damaged goods")
    cli.run(ledger, "write-off", "--invoice", by_customer[customers[1]][0], "--date", TODAY,
            "--amount", "10.00", "--reason", "Rounding")

    # Plans: one kept, one rescheduled, one cancelled.
    for customer, installments in ((customers[2], 3), (customers[3], 4), (customers[4], 2)):
        cli.run(ledger, "plan", "create", "--customer", customer, "--all-open", "--installments",
                str(installments), "--frequency", "monthly", "--first-due", "2026-12-15",
                "--date", "2026-11-20", "--fee", "25.00", "--annual-rate", "4.5")
    plans = sorted({row["plan_id"] for row in cli.rows(ledger, "plan", "list", "--as-of", TODAY)},
                   key=int)
    cli.run(ledger, "plan", "reschedule", plans[-2], "--installments", "6", "--frequency",
            "biweekly", "--first-due", "2026-12-20", "--date", TODAY)
    cli.run(ledger, "plan", "cancel", plans[-1], "--date", TODAY)

    # Activities, a hold, agencies.
    cli.run(ledger, "activity", "add", "--customer", customers[5], "--kind", "call",
            "--date", "2026-11-10", "--text", "Asked for a copy of the invoice, \"urgent\"")
    cli.run(ledger, "activity", "add", "--customer", customers[5], "--kind", "promise",
            "--date", "2026-11-12", "--amount", "100.00", "--pay-by", "2026-12-05")
    cli.run(ledger, "activity", "add", "--customer", customers[6], "--kind", "dispute",
            "--date", "2026-11-14", "--invoice", by_customer[customers[6]][0],
            "--text", "Wrong quantity")
    cli.run(ledger, "activity", "resolve", "--invoice", by_customer[customers[6]][0],
            "--date", "2026-11-25")
    cli.run(ledger, "customer", "hold", "--customer", customers[7], "--reason", "In talks",
            "--date", "2026-11-26")
    cli.run(ledger, "agency", "handover", "--customer", customers[1], "--agency",
            "Inkasso Nord GmbH", "--date", "2026-11-27", "--note", "Three reminders ignored")
    cli.run(ledger, "agency", "handover", "--customer", customers[0], "--agency",
            "Collect & Co", "--date", "2026-11-02")
    cli.run(ledger, "agency", "recall", "--customer", customers[0], "--date", "2026-11-16",
            "--note", "Paid in part")

    # Reminders recorded, with their charges booked as invoices.
    cli.run(ledger, "reminders", "--as-of", TODAY, "--book-charges", "--pdf",
            os.path.join(folder, "recorded-reminders.pdf"))

    # Recurring invoices: one billing, one paused, one numbered from a sequence.
    cli.run(ledger, "recurring", "add", "--customer", customers[2], "--amount", "49.90",
            "--description", "Support, monthly", "--frequency", "monthly", "--start", "2026-06-01",
            "--day", "31")
    cli.run(ledger, "recurring", "add", "--customer", customers[3], "--amount", "120.00",
            "--description", "Hosting", "--frequency", "quarterly", "--start", "2026-01-15",
            "--sequence", "HOST-0001")
    cli.run(ledger, "recurring", "add", "--customer", customers[4], "--amount", "15.00",
            "--description", "Weekly check", "--frequency", "weekly", "--start", "2026-10-05",
            "--count", "20")
    cli.run(ledger, "recurring", "pause", "3", "--date", "2026-11-02")
    cli.run(ledger, "recurring", "run", "--as-of", TODAY)

    # Corrections: an invoice edited and one voided, a payment un-applied.
    cli.run(ledger, "invoice", "edit", by_customer[customers[5]][0], "--description",
            "Corrected description", "--reason", "Typo")
    cli.run(ledger, "invoice", "void", by_customer[customers[6]][-1], "--date", TODAY,
            "--reason", "Issued twice")
    payment = db.execute("SELECT code FROM credits WHERE kind = 'P' AND void_date IS NULL "
                         "AND unapplied < amount ORDER BY date DESC, code LIMIT 1").fetchone()[0]
    cli.run(ledger, "payment", "unapply", payment, "--date", TODAY, "--reason", "Wrong customer")

    # Bank: a CSV profile and a statement read with it, a line posted by hand (its payer's
    # account remembered), lines posted by the matcher, one ignored.
    cli.run(ledger, "bank", "csv-profile", "save", "Sparkasse", "--date-column", "Buchungstag",
            "--amount-column", "Betrag", "--name-column", "Name", "--account-column", "IBAN",
            "--reference-column", "Verwendungszweck", "--currency", "EUR", "--account",
            "DE89370400440532013000", "--separator", ";", "--decimal-comma", "--date-format",
            "dd.MM.yyyy")
    statement = os.path.join(folder, "sparkasse.csv")
    write(statement, "Buchungstag;Betrag;Name;IBAN;Verwendungszweck\n"
          "28.11.2026;250,00;Payer Unknown;DE02120300000000202051;Thanks\n"
          "29.11.2026;-80,00;Stadtwerke;DE02500105170137075030;Strom\n")
    cli.run(ledger, "bank", "import", statement, "--csv-profile", "Sparkasse")
    line = [row for row in cli.rows(ledger, "bank", "lines", "--status", "open")
            if row["counterparty_account"] == "DE02120300000000202051"][0]
    cli.run(ledger, "bank", "post", line["line_id"], "--customer", customers[5])
    cli.run(ledger, "bank", "match", "--as-of", TODAY, "--auto", "--min-score", "60")
    lines = cli.rows(ledger, "bank", "lines", "--status", "open")
    if lines:
        cli.run(ledger, "bank", "ignore", lines[0]["line_id"], "--reason", "Interest")
    db.close()
    return customers


def read_commands(ledger_customers, plans):
    """Every read command of the contract; @OUT@ is a folder for the files written."""
    commands = [
        ["aging", "--as-of", TODAY],
        ["aging", "--as-of", TODAY, "--detail"],
        ["aging", "--as-of", "2026-06-30", "--basis", "issue", "--buckets", "15,45,120"],
        ["aging", "--as-of", TODAY, "--detail", "--format", "xlsx", "--output", "@OUT@/aging.xlsx"],
        ["export", "customers"],
        ["export", "customers", "--format", "xlsx", "--output", "@OUT@/customers.xlsx"],
        ["export", "open-items", "--as-of", TODAY],
        ["export", "open-items", "--as-of", "2026-03-31"],
        ["kpi", "--from", "2025-06-01", "--to", TODAY, "--period", "month"],
        ["kpi", "--from", "2025-06-01", "--to", TODAY, "--period", "quarter"],
        ["kpi", "--from", "2025-06-01", "--to", TODAY, "--period", "whole"],
        ["plan", "list", "--as-of", TODAY],
        ["reminders", "--as-of", TODAY, "--dry-run"],
        ["reminders", "--as-of", "2027-01-31", "--dry-run", "--pdf", "@OUT@/reminders.pdf"],
        ["company", "show"],
        ["agency", "list", "--as-of", TODAY, "--all"],
        ["bank", "lines"],
        ["bank", "match", "--as-of", "2026-12-31", "--dry-run"],
        ["bank", "csv-profile", "list"],
        ["recurring", "list"],
        ["recurring", "run", "--as-of", "2027-03-31", "--dry-run"],
        ["predict", "--as-of", TODAY, "--reasons"],
        ["risk", "--as-of", TODAY],
        ["forecast", "--as-of", TODAY, "--weeks", "12"],
        ["forecast", "--as-of", TODAY, "--months", "6"],
        ["backtest", "--split", "2026-05-31", "--until", TODAY],
    ]
    for plan in plans:
        commands.append(["plan", "show", plan, "--as-of", TODAY])
    for i, customer in enumerate(ledger_customers):
        commands += [
            ["aging", "--as-of", TODAY, "--detail", "--customer", customer],
            ["predict", "--as-of", TODAY, "--customer", customer],
            ["activity", "list", "--customer", customer, "--as-of", TODAY],
            ["correction", "list", "--customer", customer],
            ["statement", "--customer", customer, "--as-of", TODAY,
             "--pdf", f"@OUT@/statement-{i}.pdf"],
        ]
    commands.append(["agency", "export", "--customer", ledger_customers[1], "--as-of", TODAY,
                     "--csv", "@OUT@/case.csv", "--pdf", "@OUT@/case.pdf"])
    return commands


def outcome(cli, ledger, command, folder):
    """What a command gives: exit code, stdout, stderr (the ledger named LEDGER), files."""
    os.makedirs(folder, exist_ok=True)
    args = [arg.replace("@OUT@", folder) for arg in command]
    result = cli.run(ledger, *args, check=False)
    files = {}
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if name.endswith(".xlsx"):
            # A workbook's properties carry the second it was written: the sheets are compared.
            with zipfile.ZipFile(path) as workbook:
                files[name] = {member: workbook.read(member) for member in workbook.namelist()
                               if member != "docProps/core.xml"}
        elif name.endswith(".pdf"):
            # Qt writes a PDF's creation time and its fonts in an order of the moment: the
            # letters are compared as laid-out text.
            files[name] = subprocess.run([cli.pdftotext, "-layout", path, "-"], check=True,
                                         capture_output=True).stdout
        else:
            with open(path, "rb") as f:
                files[name] = f.read()
        os.remove(path)
    stderr = result.stderr.decode(errors="replace").replace(ledger, "LEDGER")
    return result.returncode, result.stdout, stderr.replace(folder, "@OUT@"), files


def compare_reports(cli, ledgers, commands, folder):
    for command in commands:
        first = None
        for name, ledger in ledgers:
            got = outcome(cli, ledger, command, os.path.join(folder, name))
            if got[0] != 0:
                fail(f"{name}: ardesk-cli {' '.join(command)} exited {got[0]}: {got[2]}")
            if first is None:
                first = (name, got)
                continue
            if got == first[1]:
                continue
            diff = "".join(difflib.unified_diff(
                first[1][1].decode(errors="replace").splitlines(True),
                got[1].decode(errors="replace").splitlines(True), first[0], name, n=1))
            fail(f"ardesk-cli {' '.join(command)} differs between {first[0]} and {name}:\n"
                 f"exit {first[1][0]} / {got[0]}; stderr {first[1][2]!r} / {got[2]!r}; files "
                 f"{sorted(first[1][3])} / {sorted(got[3])} equal: {first[1][3] == got[3]}\n"
                 + diff[:4000])
    print(f"{len(commands)} read commands give the same output on {', '.join(n for n, _ in ledgers)}")


def table_rows(path):
    db = sqlite3.connect(path)
    tables = [row[0] for row in db.execute(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
        "ORDER BY name")]
    content = {}
    for table in tables:
        columns = [row[1] for row in db.execute(f'PRAGMA table_info("{table}")')]
        typed = ", ".join(f'"{c}", typeof("{c}")' for c in columns)
        order = ", ".join(str(i + 1) for i in range(len(columns) * 2))
        content[table] = (columns, db.execute(f'SELECT {typed} FROM "{table}" ORDER BY {order}')
                          .fetchall())
    pragmas = [db.execute(f"PRAGMA {p}").fetchone()[0]
               for p in ("user_version", "application_id", "journal_mode")]
    db.close()
    return content, pragmas


def compare_tables(a, b):
    rows_a, pragmas_a = table_rows(a)
    rows_b, pragmas_b = table_rows(b)
    if pragmas_a != pragmas_b:
        fail(f"user_version, application_id, journal_mode differ: {pragmas_a} / {pragmas_b}")
    if sorted(rows_a) != sorted(rows_b):
        fail(f"the tables differ: {sorted(rows_a)} / {sorted(rows_b)}")
    total = 0
    for table, (columns, rows) in rows_a.items():
        if rows_b[table][0] != columns:
            fail(f"{table}: columns {columns} / {rows_b[table][0]}")
        if rows_b[table][1] != rows:
            missing = [r for r in rows if r not in rows_b[table][1]][:3]
            extra = [r for r in rows_b[table][1] if r not in rows][:3]
            fail(f"{table}: {len(rows)} / {len(rows_b[table][1])} rows; only in A {missing}; "
                 f"only in B {extra}")
        total += len(rows)
    empty = sorted(t for t, (_, rows) in rows_a.items() if not rows)
    if empty:
        fail(f"the rich ledger leaves tables empty, so their copy is not checked: {empty}")
    print(f"{len(rows_a)} tables, {total} rows equal value for value between A and B "
          f"(schema {pragmas_a[0]})")


def kill_copy(cli, source, target):
    """Starts a copy and kills it once its first tables are copied."""
    copy = subprocess.Popen([cli.path, "--ledger", source, "copy", "--to", target, "--progress"],
                            stderr=subprocess.PIPE, text=True)
    for line in copy.stderr:
        if line.startswith("copied customers:"):
            break
    copy.kill()
    copy.wait()
    copy.stderr.close()
    if copy.returncode == 0:
        fail(f"the copy to {target} was done before it could be killed")


def check_killed_copies(cli, server, folder):
    """A copy killed half way leaves no ledger at its target, which a new copy can then take."""
    large = os.path.join(folder, "large.ardesk")
    cli.run(large, "demo", "--today", TODAY, "--customers", "500", "--invoices", "20000")
    psql(server, "postgres", "CREATE DATABASE copy_killed")
    killed = f"{server}/copy_killed"
    kill_copy(cli, large, killed)
    tables = psql_value(server, "copy_killed", "SELECT count(*) FROM pg_tables "
                        "WHERE schemaname = current_schema()")
    if tables != "0":
        fail(f"a killed copy left {tables} tables in the server database")
    target = os.path.join(folder, "killed.ardesk")
    kill_copy(cli, large, target)
    if os.path.exists(target):
        fail("a killed copy left a ledger at its target file")
    for ledger in (killed, target):
        cli.run(large, "copy", "--to", ledger)
        if cli.run(ledger, "aging", "--as-of", TODAY).stdout != \
                cli.run(large, "aging", "--as-of", TODAY).stdout:
            fail(f"the copy to {ledger} after a killed one differs from its source")
    print("a copy killed half way leaves no ledger on the server or at the file; copying again "
          "works")


def last_ids(server, database, path):
    tables = ("credits", "allocations", "activities")
    if path:
        db = sqlite3.connect(path)
        ids = [db.execute(f"SELECT max(id) FROM {t}").fetchone()[0] for t in tables]
        db.close()
        return ids
    return [int(psql_value(server, database, f"SELECT max(id) FROM {t}")) for t in tables]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--letters", required=True)
    parser.add_argument("--pdftotext", default="pdftotext")
    options = parser.parse_args()
    server = os.environ.get("ARDESK_TEST_SERVER")
    if not server:
        print("no PostgreSQL server (run under ardesk-with-postgres)")
        return SKIP
    cli = Cli(options.cli, options.pdftotext)
    with tempfile.TemporaryDirectory(prefix="ardesk-copy-") as folder:
        a = os.path.join(folder, "a.ardesk")
        b = os.path.join(folder, "b.ardesk")
        psql(server, "postgres", "CREATE DATABASE copy_s")
        s = f"{server}/copy_s"
        customers = build_rich_ledger(cli, a, folder, options.letters)

        copied = cli.run(a, "copy", "--to", s, "--progress").stderr.decode()
        if "Copied ledger" not in copied or "copied invoices:" not in copied:
            fail(f"copy to the server said: {copied}")
        cli.run(s, "copy", "--to", b)
        ledgers = [("A", a), ("S", s), ("B", b)]
        plans = sorted({row["plan_id"] for row in cli.rows(a, "plan", "list", "--as-of", TODAY)},
                       key=int)
        commands = read_commands(customers[:8], plans)
        compare_reports(cli, ledgers, commands, os.path.join(folder, "out"))
        compare_tables(a, b)

        # Refusals: the target keeps what it holds.
        before = open(b, "rb").read()
        refused = cli.run(a, "copy", "--to", b, check=False)
        if refused.returncode != 4 or b"already exists; not overwritten" not in refused.stderr:
            fail(f"copy onto a file: exit {refused.returncode} {refused.stderr!r}")
        if open(b, "rb").read() != before:
            fail("a refused copy changed the file it was refused at")
        refused = cli.run(b, "copy", "--to", s, check=False)
        if refused.returncode != 4 or b"already exists; not overwritten" not in refused.stderr:
            fail(f"copy onto a server ledger: exit {refused.returncode} {refused.stderr!r}")
        psql(server, "postgres", "CREATE DATABASE copy_other")
        psql(server, "copy_other", "CREATE TABLE notes (id integer)")
        refused = cli.run(a, "copy", "--to", f"{server}/copy_other", check=False)
        if refused.returncode != 4 or b"holds tables already" not in refused.stderr:
            fail(f"copy onto a database with tables: exit {refused.returncode} {refused.stderr!r}")
        if psql_value(server, "copy_other", "SELECT count(*) FROM pg_tables "
                      "WHERE schemaname = current_schema()") != "1":
            fail("a refused copy changed the database it was refused at")
        print("copies onto a ledger file, a server ledger and a database with tables: refused, 4")

        check_killed_copies(cli, server, folder)

        # One more payment on each copy: same reports, same new ids.
        payment = os.path.join(folder, "payment.csv")
        invoice = cli.rows(a, "export", "open-items", "--as-of", TODAY)[0]
        write(payment, "payment_id,customer_id,date,amount,invoice_number,method\n"
              f"PAY-AFTER-COPY,{invoice['customer_id']},{TODAY},{invoice['open_amount']},"
              f"{invoice['document']},transfer\n")
        for _, ledger in ledgers:
            cli.run(ledger, "import", "payments", payment)
            cli.run(ledger, "activity", "add", "--customer", invoice["customer_id"], "--kind",
                    "note", "--date", TODAY, "--text", "Paid after the copy")
        ids = [last_ids(server, "copy_s", None if name == "S" else ledger)
               for name, ledger in ledgers]
        if ids[0] != ids[1] or ids[0] != ids[2]:
            fail(f"the new payment got different ids (credits, allocations, activities): {ids}")
        compare_reports(cli, ledgers, [
            ["aging", "--as-of", TODAY, "--detail"],
            ["export", "open-items", "--as-of", TODAY],
            ["kpi", "--from", "2025-06-01", "--to", TODAY, "--period", "month"],
            ["activity", "list", "--customer", invoice["customer_id"], "--as-of", TODAY],
            ["statement", "--customer", invoice["customer_id"], "--as-of", TODAY,
             "--pdf", "@OUT@/statement.pdf"],
        ], os.path.join(folder, "out"))
        print(f"a payment posted on each copy: the same reports and new ids {ids[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
