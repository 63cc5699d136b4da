#!/usr/bin/env python3
"""An independent model of the public contract (shared/spec/cli-and-formats.md), used to
compute the golden files from the spec and to cross-check them.

It reads a case's `steps` file exactly as run.sh does, replays init, import, write-off and aging
on an in-memory ledger written from the spec alone (no code shared with ARDesk), predicts every
exit code it can, and computes every expected aging CSV.

    tests/golden/model.py --check [CASE...]   compare expected/ files with the model (default)
    tests/golden/model.py --write [CASE...]   write expected/ files from the model

Only the spec's rules are modelled; where the spec leaves a choice open, the comment says which
reading the model (and so the golden files) takes.
"""

import csv
import datetime
import io
import re
import shlex
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ISO 4217 minor digits for the codes the fixtures use (and a few more).
MINOR_DIGITS = {
    "EUR": 2, "USD": 2, "GBP": 2, "CHF": 2, "JPY": 0, "KRW": 0, "KWD": 3, "BHD": 3,
    "SEK": 2, "CAD": 2, "AUD": 2, "CLF": 4,
}

DATE_RE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


class Invalid(Exception):
    """Invalid input data: exit code 2."""


class Usage(Exception):
    """Usage error: exit code 1."""


def parse_date(text):
    if not DATE_RE.match(text):
        return None
    try:
        return datetime.date(int(text[0:4]), int(text[5:7]), int(text[8:10]))
    except ValueError:
        return None


def parse_amount(text, currency):
    """Plain decimal with '.' and at most the currency's minor digits; minor units or None."""
    digits = MINOR_DIGITS[currency]
    pattern = r"^[0-9]+$" if digits == 0 else r"^[0-9]+(\.[0-9]{1,%d})?$" % digits
    if not re.match(pattern, text):
        return None
    whole, _, fraction = text.partition(".")
    return int(whole) * 10**digits + int((fraction + "0" * digits)[:digits] or "0")


def format_amount(minor, currency):
    digits = MINOR_DIGITS[currency]
    sign = "-" if minor < 0 else ""
    value = abs(minor)
    if digits == 0:
        return f"{sign}{value}"
    return f"{sign}{value // 10**digits}.{value % 10**digits:0{digits}d}"


def csv_cell(text, is_text):
    # Text cells starting with = + - @ get a leading ' (formula injection); minimal quoting.
    if is_text and text[:1] in ("=", "+", "-", "@"):
        text = "'" + text
    if any(c in text for c in ',"\r\n'):
        text = '"' + text.replace('"', '""') + '"'
    return text


def csv_line(cells):
    """cells: (text, is_text) pairs."""
    return ",".join(csv_cell(t, k) for t, k in cells) + "\n"


class Ledger:
    def __init__(self, currency):
        self.currency = currency
        self.customers = {}  # code -> dict(name, terms, currency)
        self.invoices = {}  # number -> dict(customer, issue, due, amount, allocations)
        self.credits = {}  # (kind, code) -> dict(customer, date, amount, unapplied)

    # --- import -------------------------------------------------------------------------
    COLUMNS = {
        "customers": (["customer_id", "name", "email", "phone", "address", "terms_days",
                       "credit_limit", "currency", "language"], ["customer_id", "name"]),
        "invoices": (["invoice_number", "customer_id", "issue_date", "due_date", "amount",
                      "currency", "description"],
                     ["invoice_number", "customer_id", "issue_date", "amount"]),
        "payments": (["payment_id", "customer_id", "date", "amount", "invoice_number", "plan_id",
                      "method", "reference"], ["payment_id", "customer_id", "date", "amount"]),
        "credit-notes": (["credit_note_number", "customer_id", "date", "amount",
                          "invoice_number", "reason"],
                         ["credit_note_number", "customer_id", "date", "amount"]),
    }

    def read_rows(self, kind, path):
        data = Path(path).read_bytes()
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        text = data.decode("utf-8")  # invalid UTF-8 raises: the caller makes it Invalid
        records = [r for r in csv.reader(io.StringIO(text, newline=""), strict=True) if r]
        if not records:
            raise Invalid("empty file")
        header, rows = records[0], records[1:]
        known, required = self.COLUMNS[kind]
        if len(set(header)) != len(header) or any(h not in known for h in header):
            raise Invalid("bad header")
        if any(r not in header for r in required):
            raise Invalid("missing column")
        out = []
        for row in rows:
            if len(row) != len(header):
                raise Invalid("field count")
            values = dict(zip(header, row))
            for column in known:
                values.setdefault(column, "")
            for column in required:
                if values[column] == "":
                    raise Invalid("required " + column)
            out.append(values)
        return out

    def import_file(self, kind, path, dry_run):
        # All or nothing: validate and apply on a copy, keep it only if every row is good.
        import copy
        trial = copy.deepcopy(self)
        try:
            rows = trial.read_rows(kind, path)
        except (UnicodeDecodeError, csv.Error) as error:
            raise Invalid(str(error))
        for values in rows:
            getattr(trial, "import_" + kind.replace("-", "_"))(values)
        if not dry_run:
            self.__dict__.update(trial.__dict__)

    def import_customers(self, v):
        code = v["customer_id"]
        if code in self.customers:
            raise Invalid("duplicate customer")
        currency = v["currency"] or self.currency
        if currency not in MINOR_DIGITS:
            raise Invalid("currency")
        if v["language"] not in ("", "en", "de", "fr", "es"):
            raise Invalid("language")
        terms = 30
        if v["terms_days"] != "":
            if not re.match(r"^[0-9]+$", v["terms_days"]):
                raise Invalid("terms")
            terms = int(v["terms_days"])
        if v["credit_limit"] != "" and parse_amount(v["credit_limit"], currency) is None:
            raise Invalid("credit limit")
        self.customers[code] = {"name": v["name"], "terms": terms, "currency": currency}

    def customer_of(self, v):
        if v["customer_id"] not in self.customers:
            raise Invalid("unknown customer")
        return self.customers[v["customer_id"]]

    def positive_amount(self, text, currency):
        amount = parse_amount(text, currency)
        if amount is None or amount <= 0:
            raise Invalid("amount " + text)
        return amount

    def import_invoices(self, v):
        number = v["invoice_number"]
        if number in self.invoices:
            raise Invalid("duplicate invoice")
        customer = self.customer_of(v)
        issue = parse_date(v["issue_date"])
        if issue is None:
            raise Invalid("issue date")
        due = issue + datetime.timedelta(days=customer["terms"])
        if v["due_date"] != "":
            due = parse_date(v["due_date"])
            if due is None:
                raise Invalid("due date")  # a due date before the issue date is accepted
        if v["currency"] not in ("", customer["currency"]):
            raise Invalid("currency")
        amount = self.positive_amount(v["amount"], customer["currency"])
        self.invoices[number] = {"customer": v["customer_id"], "issue": issue, "due": due,
                                 "amount": amount, "allocations": []}

    def open_now(self, number):
        invoice = self.invoices[number]
        return invoice["amount"] - sum(a for _, a in invoice["allocations"])

    def import_payments(self, v):
        self.record_credit("P", v["payment_id"], v)

    def import_credit_notes(self, v):
        self.record_credit("C", v["credit_note_number"], v)

    def record_credit(self, kind, code, v):
        if (kind, code) in self.credits:
            raise Invalid("duplicate credit")  # identifiers are unique per kind
        customer = self.customer_of(v)
        date = parse_date(v["date"])
        if date is None:
            raise Invalid("date")
        amount = self.positive_amount(v["amount"], customer["currency"])
        if v.get("plan_id", ""):
            raise Invalid("no plans in these fixtures")
        link = v["invoice_number"]
        if link and (link not in self.invoices
                     or self.invoices[link]["customer"] != v["customer_id"]):
            raise Invalid("invoice link")
        # Allocation when recorded: the named invoice first (whatever the dates), then the
        # customer's open invoices issued on or before the credit's date, oldest due date
        # first, then lowest number in plain string order; the rest is unapplied.
        rest = amount
        if link:
            share = min(rest, self.open_now(link))
            if share:
                self.invoices[link]["allocations"].append((date, share))
                rest -= share
        eligible = sorted((i["due"], n) for n, i in self.invoices.items()
                          if i["customer"] == v["customer_id"] and i["issue"] <= date
                          and self.open_now(n) > 0)
        for _, number in eligible:
            if rest == 0:
                break
            share = min(rest, self.open_now(number))
            self.invoices[number]["allocations"].append((date, share))
            rest -= share
        self.credits[(kind, code)] = {"customer": v["customer_id"], "date": date,
                                      "amount": amount, "unapplied": rest}

    # --- write-off -----------------------------------------------------------------------
    def write_off(self, number, date, amount_text):
        if number not in self.invoices:
            raise Invalid("unknown invoice")
        invoice = self.invoices[number]
        currency = self.customers[invoice["customer"]]["currency"]
        open_amount = self.open_now(number)
        if amount_text is None:
            amount = open_amount
        else:
            amount = parse_amount(amount_text, currency)
            if amount is None:
                raise Usage("amount")
        if amount <= 0 or amount > open_amount:
            raise Invalid("write-off amount")
        invoice["allocations"].append((date, amount))

    # --- aging ---------------------------------------------------------------------------
    def open_items(self, as_of, customer):
        """(customer code, document, issue, due or None, open) as of the date."""
        items = []
        for number, invoice in self.invoices.items():
            if invoice["issue"] > as_of or (customer and invoice["customer"] != customer):
                continue
            open_amount = invoice["amount"] - sum(a for d, a in invoice["allocations"]
                                                  if d <= as_of)
            if open_amount > 0:
                items.append((invoice["customer"], number, invoice["issue"], invoice["due"],
                              open_amount))
        for (_, code), credit in self.credits.items():
            if credit["date"] > as_of or credit["unapplied"] == 0:
                continue
            if customer and credit["customer"] != customer:
                continue
            items.append((credit["customer"], code, credit["date"], None, -credit["unapplied"]))
        return items

    @staticmethod
    def bucket_labels(edges):
        labels = ["current"]
        low = 1
        for edge in edges:
            labels.append(f"{low}-{edge}")
            low = edge + 1
        labels.append(f"{low}+")
        return labels

    @staticmethod
    def bucket_of(age, edges):
        if age <= 0:
            return 0
        for i, edge in enumerate(edges):
            if age <= edge:
                return i + 1
        return len(edges) + 1

    def aging(self, as_of, basis, edges, detail, customer):
        if customer and customer not in self.customers:
            raise Invalid("unknown customer")
        labels = self.bucket_labels(edges)
        items = self.open_items(as_of, customer)

        def sort_key(item):
            c = self.customers[item[0]]
            # Reading taken: an unapplied row's empty due date sorts before every date, as the
            # empty text does in plain string order.
            return (c["name"], item[0], item[3].isoformat() if item[3] else "", item[1])

        items.sort(key=sort_key)
        if detail:
            out = csv_line([(h, False) for h in (
                "customer_id", "customer_name", "currency", "document", "issue_date",
                "due_date", "age_days", "bucket", "open_amount")])
            for code, document, issue, due, amount in items:
                c = self.customers[code]
                if due is None:
                    due_text, age_text, bucket = "", "", "unapplied"
                else:
                    base = issue if basis == "issue" else due
                    age = (as_of - base).days
                    due_text, age_text = due.isoformat(), str(age)
                    bucket = labels[self.bucket_of(age, edges)]
                out += csv_line([(code, True), (c["name"], True), (c["currency"], False),
                                 (document, True), (issue.isoformat(), False), (due_text, False),
                                 (age_text, False), (bucket, False),
                                 (format_amount(amount, c["currency"]), False)])
            return out

        rows = {}
        for code, document, issue, due, amount in items:
            row = rows.setdefault(code, [0] * (len(labels) + 1))
            if due is None:
                row[-1] += amount
            else:
                base = issue if basis == "issue" else due
                row[self.bucket_of((as_of - base).days, edges)] += amount
        out = csv_line([(h, False) for h in
                        ["customer_id", "customer_name", "currency"] + labels +
                        ["unapplied", "total"]])
        totals = {}
        for code in sorted(rows, key=lambda k: (self.customers[k]["name"], k)):
            row = rows[code]
            if not any(row):
                continue
            c = self.customers[code]
            total = totals.setdefault(c["currency"], [0] * len(row))
            for i, value in enumerate(row):
                total[i] += value
            out += csv_line([(code, True), (c["name"], True), (c["currency"], False)] +
                            [(format_amount(v, c["currency"]), False) for v in row] +
                            [(format_amount(sum(row), c["currency"]), False)])
        for currency in sorted(totals):
            row = totals[currency]
            out += csv_line([("TOTAL", False), ("", False), (currency, False)] +
                            [(format_amount(v, currency), False) for v in row] +
                            [(format_amount(sum(row), currency), False)])
        return out


def parse_options(args, spec):
    """spec: option -> takes a value. Returns dict and positionals; Usage on unknown options."""
    values, positionals = {}, []
    i = 0
    while i < len(args):
        arg = args[i]
        if arg.startswith("--"):
            name, eq, value = arg[2:].partition("=")
            if name not in spec:
                raise Usage("unknown option " + arg)
            if spec[name]:
                if not eq:
                    i += 1
                    if i >= len(args):
                        raise Usage("missing value")
                    value = args[i]
                values[name] = value
            else:
                values[name] = True
        else:
            positionals.append(arg)
        i += 1
    return values, positionals


def required_date(values, name):
    if name not in values:
        raise Usage("--" + name + " required")
    date = parse_date(values[name])
    if date is None:
        raise Usage("bad date")
    return date


class Model:
    MAIN = "ledger.ardesk"

    def __init__(self, case_dir):
        self.case_dir = case_dir
        self.ledgers = {}  # path below $TMP -> Ledger
        self.other_files = set()  # files below $TMP that are not ledgers

    def run(self, args):
        """Returns (exit code, stdout text)."""
        ledger_path = self.MAIN
        while args and args[0].startswith("--ledger"):
            if args[0] == "--ledger":
                ledger_path, args = args[1], args[2:]
            else:
                ledger_path, args = args[0].split("=", 1)[1], args[1:]
        ledger_path = ledger_path.replace("@TMP@/", "")
        if not args:
            return 1, ""
        command, rest = args[0], args[1:]
        common = {"ledger": True, "output": True, "help": False}
        try:
            if command == "init":
                values, pos = parse_options(rest, {**common, "company": True, "currency": True})
                if pos or not values.get("company"):
                    raise Usage("init")
                currency = values.get("currency", "EUR")
                if currency not in MINOR_DIGITS:
                    raise Usage("currency")
                if ledger_path in self.ledgers or ledger_path in self.other_files:
                    return 4, ""
                self.ledgers[ledger_path] = Ledger(currency)
                return 0, ""
            if command == "import":
                values, pos = parse_options(rest, {**common, "format": True, "dry-run": False})
                if len(pos) != 2 or pos[0] not in Ledger.COLUMNS:
                    raise Usage("import")
                ledger = self.open(ledger_path)
                ledger.import_file(pos[0], self.case_dir / pos[1], "dry-run" in values)
                return 0, ""
            if command == "write-off":
                values, pos = parse_options(rest, {**common, "invoice": True, "date": True,
                                                   "amount": True, "reason": True})
                if pos or not values.get("invoice") or not values.get("reason"):
                    raise Usage("write-off")
                date = required_date(values, "date")
                self.open(ledger_path).write_off(values["invoice"], date, values.get("amount"))
                return 0, ""
            if command == "aging":
                values, pos = parse_options(rest, {**common, "as-of": True, "basis": True,
                                                   "buckets": True, "detail": False,
                                                   "customer": True})
                if pos:
                    raise Usage("aging")
                as_of = required_date(values, "as-of")
                basis = values.get("basis", "due")
                if basis not in ("due", "issue"):
                    raise Usage("basis")
                edges_text = values.get("buckets", "30,60,90")
                if not re.match(r"^[0-9]+(,[0-9]+)*$", edges_text):
                    raise Usage("buckets")
                edges = [int(e) for e in edges_text.split(",")]
                if edges[0] <= 0 or any(b <= a for a, b in zip(edges, edges[1:])):
                    raise Usage("buckets")
                ledger = self.open(ledger_path)
                return 0, ledger.aging(as_of, basis, edges, "detail" in values,
                                       values.get("customer"))
            raise Usage("unknown command")
        except Usage:
            return 1, ""
        except Invalid:
            return 2, ""
        except LedgerUnavailable:
            return 3, ""

    def open(self, path):
        if path not in self.ledgers:
            raise LedgerUnavailable(path)
        return self.ledgers[path]


class LedgerUnavailable(Exception):
    pass


def run_case(case, write):
    case_dir = HERE / case
    model = Model(case_dir)
    problems = []
    expected_files = {}
    for number, raw in enumerate((case_dir / "steps").read_text().splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        where = f"{case}/steps:{number}"
        if line.startswith("sh "):
            # Files a shell step makes below $TMP exist from now on, and are not ledgers.
            for name in re.findall(r"\$TMP/([\w./-]+)", line):
                if name not in model.ledgers:
                    model.other_files.add(name)
            continue
        if line.startswith("stderr "):
            continue
        external = "#!external" in line
        words = shlex.split(line, comments=True)
        want, out, args = int(words[0]), words[1], words[2:]
        if args and args[0] in ("--help", "--version") or "--help" in args:
            continue
        if external:
            continue  # depends on another process (a lock): the model cannot know
        got, stdout = model.run(args)
        if got != want:
            problems.append(f"{where}: steps say exit {want}, the model says {got}: {line}")
        if out in ("-", "*") or got != 0:
            continue
        if out in expected_files and expected_files[out] != stdout:
            problems.append(f"{where}: expected/{out} is used twice with different content")
        expected_files[out] = stdout
        path = case_dir / "expected" / out
        if write:
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(stdout.encode("utf-8"))
        elif not path.exists():
            problems.append(f"{where}: expected/{out} is missing")
        elif path.read_bytes() != stdout.encode("utf-8"):
            problems.append(f"{where}: expected/{out} differs from the model:\n"
                            + "".join(f"    model: {l}\n" for l in stdout.splitlines()))
    return problems


def main(argv):
    write = "--write" in argv
    cases = [a for a in argv[1:] if not a.startswith("--")]
    if not cases:
        cases = sorted(p.parent.name for p in HERE.glob("*/steps"))
    problems = []
    for case in cases:
        problems += run_case(case, write)
    for problem in problems:
        print(problem)
    if problems:
        print("The golden files disagree with the spec model. Find out which one is wrong; the "
              "model is tests/golden/model.py, the files are tests/golden/<case>/expected/.")
        return 1
    print(("wrote" if write else "checked") + " " + ", ".join(cases))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
