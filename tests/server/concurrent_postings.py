#!/usr/bin/env python3
"""Several bookkeepers on one server ledger at once, checked against a serial replay.

Run by ctest under ardesk-with-postgres (ARDESK_TEST_SERVER, PGPASSWORD set):

    concurrent_postings.py --cli PATH/TO/ardesk-cli

Eight workers run ardesk-cli at the same time, 250 times each: every run imports one payment or
credit note (2,000 postings in all, allocated oldest item first) into a ledger on the server,
while two reminder runs as of the same day overlap them. The same postings are then replayed
one after the other into a ledger file. Allocating oldest first fills a customer's items in the
same order whatever order the postings come in, so both ledgers must leave every invoice the
same amount open and every customer the same totals, to the cent (which payment keeps the
unapplied rest depends on the order), no item may be paid beyond its amount, and the two overlapping reminder runs
together must send exactly what one run sends on the replay, nothing twice.
"""

import argparse
import csv
import difflib
import io
import os
import random
import subprocess
import sys
import tempfile
import threading

WORKERS = 8
POSTINGS = 2000
CUSTOMERS = 25
INVOICES_PER_CUSTOMER = 12
POSTING_DATE = "2026-03-02"
REMINDER_DATE = "2026-03-20"
AGING_DATE = "2026-03-31"


def run(cli, ledger, *args, check=True):
    result = subprocess.run([cli, "--ledger", ledger, *args], capture_output=True, text=True)
    if check and result.returncode != 0:
        sys.exit(f"FAIL: ardesk-cli {' '.join(args)} exited {result.returncode}:\n{result.stderr}")
    return result


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def make_ledger_files(folder, rng):
    customers = "customer_id,name,email,terms_days,currency,language\n" + "".join(
        f"C{c:03d},Customer {c},c{c}@example.org,30,EUR,en\n" for c in range(CUSTOMERS))
    invoices = "invoice_number,customer_id,issue_date,due_date,amount\n"
    for c in range(CUSTOMERS):
        for n in range(INVOICES_PER_CUSTOMER):
            day = 1 + (n * 2 + c) % 27
            invoices += (f"INV-{c:03d}-{n:02d},C{c:03d},2026-01-{day:02d},2026-02-{day:02d},"
                         f"{rng.randint(5000, 90000) / 100:.2f}\n")
    write(os.path.join(folder, "customers.csv"), customers)
    write(os.path.join(folder, "invoices.csv"), invoices)
    postings = []
    for k in range(POSTINGS):
        customer = f"C{rng.randrange(CUSTOMERS):03d}"
        amount = f"{rng.randint(100, 40000) / 100:.2f}"
        if k % 4 == 3:
            kind = "credit-notes"
            text = ("credit_note_number,customer_id,date,amount,invoice_number,reason\n"
                    f"CN-{k:05d},{customer},{POSTING_DATE},{amount},,goodwill\n")
        else:
            kind = "payments"
            text = ("payment_id,customer_id,date,amount,invoice_number,method,reference\n"
                    f"PAY-{k:05d},{customer},{POSTING_DATE},{amount},,wire,\n")
        path = os.path.join(folder, f"posting-{k:05d}.csv")
        write(path, text)
        postings.append((kind, path))
    return postings


def set_up(cli, ledger, folder):
    run(cli, ledger, "init", "--company", "Many Hands Ltd", "--currency", "EUR")
    run(cli, ledger, "import", "customers", os.path.join(folder, "customers.csv"))
    run(cli, ledger, "import", "invoices", os.path.join(folder, "invoices.csv"))


def reminded_customers(output):
    """The customer of each reminder a run's CSV lists (a run sends a customer one notice)."""
    rows = list(csv.reader(io.StringIO(output)))
    return [row[0] for row in rows[1:]]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    cli = parser.parse_args().cli
    server = os.environ["ARDESK_TEST_SERVER"]
    folder = tempfile.mkdtemp(prefix="ardesk-concurrent-")
    postings = make_ledger_files(folder, random.Random(20261207))

    database = "concurrent_postings"
    subprocess.run(["psql", "-q", "-v", "ON_ERROR_STOP=1", f"{server}/postgres",
                    "-c", f"DROP DATABASE IF EXISTS {database}", "-c", f"CREATE DATABASE {database}"],
                   check=True)
    shared = f"{server}/{database}"
    replay = os.path.join(folder, "replay.ardesk")
    set_up(cli, shared, folder)
    set_up(cli, replay, folder)

    failures = []

    def worker(number):
        for kind, path in postings[number::WORKERS]:
            result = run(cli, shared, "import", kind, path, check=False)
            if result.returncode != 0:
                failures.append(f"{os.path.basename(path)}: exit {result.returncode}: "
                                f"{result.stderr.strip()}")

    reminder_outputs = [None, None]

    def reminders(number):
        result = run(cli, shared, "reminders", "--as-of", REMINDER_DATE,
                     "--pdf", os.path.join(folder, f"run-{number}.pdf"), check=False)
        if result.returncode != 0:
            failures.append(f"reminder run {number}: exit {result.returncode}: {result.stderr}")
        reminder_outputs[number] = result.stdout

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(WORKERS)]
    threads += [threading.Thread(target=reminders, args=(n,)) for n in range(2)]
    for thread in threads[:WORKERS // 2]:
        thread.start()
    # The reminder runs start while postings are under way and overlap each other.
    for thread in threads[WORKERS // 2:]:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        sys.exit("FAIL: some postings or runs were refused:\n" + "\n".join(failures[:20]))

    # The replay: the same postings one after the other, then one reminder run. The reminder
    # runs above saw the postings made before them; the replay's run comes before any, so
    # compare the reminders on a replay that runs them first, as of the same day.
    serial_reminders = run(cli, replay, "reminders", "--as-of", REMINDER_DATE, "--dry-run").stdout
    for kind, path in postings:
        run(cli, replay, "import", kind, path)

    problems = []
    # Which payment is left with the unapplied rest depends on the order of the postings; what
    # each invoice still has open, and each customer's totals, do not.
    def invoice_rows(aging):
        return "\n".join(line for line in aging.splitlines() if ",INV-" in line)

    for report, rows in ((["--detail"], invoice_rows), ([], lambda aging: aging)):
        shared_aging = rows(run(cli, shared, "aging", "--as-of", AGING_DATE, *report).stdout)
        replay_aging = rows(run(cli, replay, "aging", "--as-of", AGING_DATE, *report).stdout)
        if shared_aging != replay_aging:
            diff = difflib.unified_diff(replay_aging.splitlines(), shared_aging.splitlines(),
                                        "serial replay", "shared ledger", lineterm="", n=0)
            problems.append(f"aging {' '.join(report)} differs from the serial replay:\n" +
                            "\n".join(list(diff)[:12]))
    detail = run(cli, shared, "aging", "--as-of", AGING_DATE, "--detail").stdout.splitlines()
    if any(line.rsplit(",", 1)[1].startswith("-") for line in detail[1:]
           if line.split(",")[3].startswith("INV-")):
        problems.append("an invoice is paid beyond its amount")

    first = reminded_customers(reminder_outputs[0])
    second = reminded_customers(reminder_outputs[1])
    if set(first) & set(second) or len(set(first)) != len(first):
        problems.append("a customer got two reminders from the overlapping runs")
    # Postings only pay items: the runs send to no one a run before them would not have.
    if not set(first + second) <= set(reminded_customers(serial_reminders)):
        problems.append("the reminder runs sent what a run before the postings would not")
    if not first + second:
        problems.append("the reminder runs sent nothing (the check proves nothing)")

    if problems:
        sys.exit("FAIL: " + "; ".join(problems))
    print(f"ok: {POSTINGS} postings by {WORKERS} workers and 2 overlapping reminder runs "
          f"({len(first)} + {len(second)} reminders) equal the serial replay")


if __name__ == "__main__":
    main()
