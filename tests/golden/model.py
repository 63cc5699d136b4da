#!/usr/bin/env python3
"""An independent model of the public contract (docs/contract.md), used to
compute the golden files from the spec and to cross-check them.

It reads a case's `steps` file exactly as run.sh does, replays init, import, write-off, aging and
plan on an in-memory ledger written from the spec alone (no code shared with ARDesk), predicts
every exit code it can, and computes every expected aging and plan CSV.

    tests/golden/model.py --check [CASE...]   compare expected/ files with the model (default)
    tests/golden/model.py --write [CASE...]   write expected/ files from the model

Only the spec's rules are modelled; where the spec leaves a choice open, the comment says which
reading the model (and so the golden files) takes.
"""

import calendar
import calendar
import csv
import datetime
import io
import re
import shlex
import sys
from fractions import Fraction
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


def round_half_up(value):
    """A non-negative Fraction rounded half-up to an integer."""
    whole, rest = divmod(value.numerator, value.denominator)
    return whole + (1 if 2 * rest >= value.denominator else 0)


def add_months(date, months):
    """The same day `months` later, clamped to the month's end (Jan 31 -> Feb 28 -> Mar 31)."""
    month0 = date.month - 1 + months
    year, month = date.year + month0 // 12, month0 % 12 + 1
    return datetime.date(year, month, min(date.day, calendar.monthrange(year, month)[1]))


PERIODS_PER_YEAR = {"weekly": 52, "biweekly": 26, "monthly": 12}


def parse_rate(text):
    """An annual rate in percent as a plain decimal ("12", "7.25"): a Fraction, or None."""
    if not re.match(r"^[0-9]{1,3}(\.[0-9]{1,4})?$", text):
        return None
    return Fraction(text)


def schedule(total, down_payment, count, frequency, plan_date, first_due, rate):
    """[(n, due date, amount)] of the spec's schedule; Invalid when it cannot be made.

    Without a rate (or a zero rate): (total - down payment) / K rounded half-up, the last taking
    the difference. With one: the annuity payment at rate / 12, 26 or 52 per period (exact in
    fractions, then rounded half-up), interest on the remaining balance rounded half-up each
    period, the last payment being the remaining balance plus its interest. Monthly due dates
    count from the first due date (so they come back to its day after a short month).
    """
    if count > 600:
        raise Usage("--installments")
    if down_payment >= total:
        raise Invalid("down payment")
    if first_due < plan_date:
        raise Invalid("first due date")
    step = {"weekly": 7, "biweekly": 14}.get(frequency)

    def due(i):
        return add_months(first_due, i) if step is None else first_due + datetime.timedelta(
            days=step * i)

    financed = total - down_payment
    amounts = []
    if not rate:
        each = round_half_up(Fraction(financed, count))
        amounts = [each] * (count - 1) + [financed - each * (count - 1)]
    else:
        r = rate / 100 / PERIODS_PER_YEAR[frequency]
        growth = (1 + r) ** count
        payment = round_half_up(financed * r * growth / (growth - 1))
        balance = financed
        for n in range(1, count + 1):
            interest = round_half_up(balance * r)
            amount = payment if n < count else balance + interest
            balance -= amount - interest
            amounts.append(amount)
    rows = [(0, plan_date, down_payment)] if down_payment else []
    rows += [(n, due(n - 1), amounts[n - 1]) for n in range(1, count + 1)]
    if any(amount <= 0 for _, _, amount in rows):
        raise Invalid("too many installments")
    return rows


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


def kpi_periods(start, end, period):
    """Calendar months, quarters or years clipped to [start, end], or the whole range."""
    if period == "whole":
        return [(start, end)]
    periods = []
    first = start
    while first <= end:
        if period == "month":
            month = first.month
        elif period == "quarter":
            month = (first.month + 2) // 3 * 3
        else:
            month = 12
        last = datetime.date(first.year, month, calendar.monthrange(first.year, month)[1])
        last = min(last, end)
        periods.append((first, last))
        first = last + datetime.timedelta(days=1)
    return periods


def format_ratio(value):
    """Rounded half-up (ties away from zero) to 2 decimals; empty when undefined."""
    if value is None:
        return ""
    hundredths = abs(Fraction(value)) * 100
    rounded = int(hundredths + Fraction(1, 2))  # floor(x + 1/2): ties go up, i.e. away from 0
    sign = "-" if value < 0 and rounded != 0 else ""
    return f"{sign}{rounded // 100}.{rounded % 100:02d}"


class Ledger:
    def __init__(self, currency):
        self.currency = currency
        self.customers = {}  # code -> dict(name, terms, currency)
        self.invoices = {}  # number -> dict(customer, issue, due, amount, allocations)
        self.credits = {}  # (kind, code) -> dict(customer, date, amount, unapplied)
        # Installment plans by id (from 1). Each installment is also an item in self.invoices
        # (document PLAN-<id>/<n>, issued on the plan's date): that is how the spec has them
        # aged and paid. Allocations are (date, amount, source), source "credit", "write-off" or
        # "plan" (a plan taking an invoice over, or giving it back as a negative amount).
        self.plans = {}
        # The reminder log: (document, level) -> date sent. Only the CLI's defaults can be
        # reached from the command line: the contract's four levels, sent as letters.
        self.reminder_log = {}

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
                                 "amount": amount, "allocations": [], "plan": None}

    def open_now(self, number):
        invoice = self.invoices[number]
        return invoice["amount"] - sum(a for _, a, _ in invoice["allocations"])

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
        link = v["invoice_number"]
        if link and (link not in self.invoices
                     or self.invoices[link]["customer"] != v["customer_id"]):
            raise Invalid("invoice link")
        plan_link = v.get("plan_id", "")
        if plan_link and (not re.match(r"^[0-9]+$", plan_link)
                          or int(plan_link) not in self.plans
                          or self.plans[int(plan_link)]["customer"] != v["customer_id"]):
            raise Invalid("plan link")
        # Allocation when recorded: the named invoice first (whatever the dates) or, when a
        # plan covers it, that plan's installments in order; likewise the named plan's; then
        # the customer's open items (installments included) issued on or before the credit's
        # date, oldest due date first, then lowest number in plain string order; the rest is
        # unapplied.
        rest = amount
        targets = []
        if link:
            targets.append(link)
            covering = self.active_plan_of(link)
            if covering:
                targets += self.plans[covering]["items"]
        if plan_link:
            targets += self.plans[int(plan_link)]["items"]
        eligible = sorted((i["due"], n) for n, i in self.invoices.items()
                          if i["customer"] == v["customer_id"] and i["issue"] <= date)
        targets += [number for _, number in eligible]
        for number in targets:
            share = min(rest, self.open_now(number))
            if share > 0:
                self.invoices[number]["allocations"].append((date, share, "credit"))
                rest -= share
        self.credits[(kind, code)] = {"customer": v["customer_id"], "date": date,
                                      "amount": amount, "unapplied": rest}

    # --- write-off -----------------------------------------------------------------------
    def write_off(self, number, date, amount_text):
        if number not in self.invoices:
            raise Invalid("unknown invoice")
        invoice = self.invoices[number]
        currency = self.customers[invoice["customer"]]["currency"]
        # Writing off a plan-covered invoice fills its plan's installments like a payment.
        targets = [number]
        covering = self.active_plan_of(number)
        if covering:
            targets += self.plans[covering]["items"]
        open_amount = sum(self.open_now(t) for t in targets)
        if amount_text is None:
            amount = open_amount
        else:
            amount = parse_amount(amount_text, currency)
            if amount is None:
                raise Usage("amount")
        if amount <= 0 or amount > open_amount:
            raise Invalid("write-off amount")
        for target in targets:
            share = min(amount, self.open_now(target))
            if share > 0:
                self.invoices[target]["allocations"].append((date, share, "write-off"))
                amount -= share

    # --- plans ---------------------------------------------------------------------------
    def active_plan_of(self, number):
        for plan_id, plan in self.plans.items():
            if plan["state"] == "active" and number in plan["covered"]:
                return plan_id
        return None

    def open_as_of(self, number, as_of):
        invoice = self.invoices[number]
        return invoice["amount"] - sum(a for d, a, _ in invoice["allocations"] if d <= as_of)

    def later_allocations(self, number, date):
        """Money from payments, credit notes and write-offs put on the invoice after date."""
        return [a for a in self.invoices[number]["allocations"] if a[0] > date and a[2] != "plan"]

    def coverage(self, customer, numbers, date):
        """{invoice number: amount the plan takes}; Invalid when the invoices cannot be covered.

        The spec: the open amount as of the plan's date. Reading taken: money recorded for the
        invoice with a later date (the plan may be dated back) was meant for the debt the plan
        now owes, so it moves to the plan's installments (see create_plan).
        """
        all_open = numbers is None
        if all_open:
            numbers = sorted((i["due"], n) for n, i in self.invoices.items()
                             if i["plan"] is None and i["customer"] == customer
                             and i["issue"] <= date and self.open_as_of(n, date) > 0)
            numbers = [n for _, n in numbers]
        elif len(set(numbers)) != len(numbers):
            raise Invalid("an invoice named twice")
        covered = {}
        for number in numbers:
            invoice = self.invoices.get(number)
            if invoice is None or invoice["plan"] is not None:
                raise Invalid("unknown invoice")
            if invoice["customer"] != customer or invoice["issue"] > date:
                raise Invalid("another customer's, or issued after the plan's date")
            moved = sum(a for _, a, _ in self.later_allocations(number, date))
            amount = min(self.open_as_of(number, date), self.open_now(number) + moved)
            if amount <= 0 or self.active_plan_of(number):
                if all_open:
                    continue
                raise Invalid("nothing open to put on a plan")
            covered[number] = amount
        if not covered:
            raise Invalid("nothing open")
        return covered

    def add_plan(self, customer, covered_total, covered, terms, replaces=None):
        """Stores a plan and its installments; returns its id. terms: the schedule options."""
        currency = self.customers[customer]["currency"]
        amounts = {}
        for name in ("fee", "down-payment"):
            text = terms.get(name, "")
            amounts[name] = 0 if text == "" else parse_amount(text, currency)
            if amounts[name] is None:
                raise Usage("--" + name)
        rate = None
        if terms.get("annual-rate", "") != "":
            rate = parse_rate(terms["annual-rate"])
            if rate is None:
                raise Usage("--annual-rate")
        rows = schedule(covered_total + amounts["fee"], amounts["down-payment"],
                        terms["installments"], terms["frequency"], terms["date"],
                        terms["first-due"], rate)
        plan_id = len(self.plans) + 1
        items = []
        for n, due, amount in rows:
            number = f"PLAN-{plan_id}/{n}"
            self.invoices[number] = {"customer": customer, "issue": terms["date"], "due": due,
                                     "amount": amount, "allocations": [], "plan": plan_id}
            items.append(number)
        self.plans[plan_id] = {"customer": customer, "date": terms["date"], "items": items,
                               "covered": covered, "state": "active", "ended": None,
                               "replaces": replaces}
        return plan_id

    def create_plan(self, customer, numbers, terms):
        if customer not in self.customers:
            raise Invalid("unknown customer")
        covered = self.coverage(customer, numbers, terms["date"])
        plan_id = self.add_plan(customer, sum(covered.values()), covered, terms)
        # Covering is a settlement of the invoice by the plan, dated the plan's date: as of
        # earlier dates the invoices are aged as invoices.
        moved = []
        for number, amount in covered.items():
            later = self.later_allocations(number, terms["date"])
            invoice = self.invoices[number]
            invoice["allocations"] = [a for a in invoice["allocations"] if a not in later]
            moved += later
            invoice["allocations"].append((terms["date"], amount, "plan"))
        for date, amount, source in sorted(moved, key=lambda a: a[0]):
            for number in self.plans[plan_id]["items"]:
                share = min(amount, self.open_now(number))
                if share > 0:
                    self.invoices[number]["allocations"].append((date, share, source))
                    amount -= share
        return plan_id

    def changeable_plan(self, plan_id, date):
        plan = self.plans.get(plan_id)
        if plan is None or plan["state"] != "active" or date < plan["date"]:
            raise Invalid("no such active plan")
        return plan

    def close_installments(self, plan, date):
        """Settles what the plan's installments still owe, as of date; returns that total."""
        remaining = 0
        for number in plan["items"]:
            amount = self.open_now(number)
            if amount > 0:
                self.invoices[number]["allocations"].append((date, amount, "plan"))
                remaining += amount
        return remaining

    def reschedule_plan(self, plan_id, terms):
        # Reading taken (the spec names rescheduling, not its rules): a new plan takes over what
        # the old installments still owe (plus any new fee, interest and down payment) and the
        # old plan's invoices; the old plan and its schedule stay as history.
        plan = self.changeable_plan(plan_id, terms["date"])
        remaining = sum(self.open_now(n) for n in plan["items"])
        if remaining == 0:
            raise Invalid("nothing left to reschedule")
        new_id = self.add_plan(plan["customer"], remaining, dict(plan["covered"]), terms,
                               replaces=plan_id)
        self.close_installments(plan, terms["date"])
        plan["state"], plan["ended"] = "rescheduled", terms["date"]
        return new_id

    def cancel_plan(self, plan_id, date):
        # Reading taken: the unpaid installments close and their amount goes back to the covered
        # invoices, at most what the plan took from each, the latest due first (payments made
        # are taken to have settled the oldest); unpaid fee and interest beyond that lapse.
        plan = self.changeable_plan(plan_id, date)
        give_back = min(self.close_installments(plan, date), sum(plan["covered"].values()))
        order = sorted(((self.invoices[n]["due"], n) for n in plan["covered"]), reverse=True)
        for _, number in order:
            amount = min(give_back, plan["covered"][number])
            if amount > 0:
                self.invoices[number]["allocations"].append((date, -amount, "plan"))
                give_back -= amount
        plan["state"], plan["ended"] = "cancelled", date

    def plan_view(self, plan_id, as_of):
        """(rows, status, total, open); rows: (n, due, amount, paid, open, status)."""
        plan = self.plans[plan_id]
        ended = plan["state"] != "active" and plan["ended"] <= as_of
        rows, defaulting = [], 0
        for number in plan["items"]:
            item = self.invoices[number]
            counted = [(a, source) for d, a, source in item["allocations"] if d <= as_of]
            paid = sum(a for a, source in counted if source != "plan")
            open_amount = item["amount"] - sum(a for a, _ in counted)
            # The spec's precedence: paid, partial (something paid), overdue, due. Reading
            # taken: an installment a reschedule or cancellation closed shows that instead.
            if paid >= item["amount"]:
                status = "paid"
            elif ended and open_amount == 0:
                status = plan["state"]
            elif paid > 0:
                status = "partial"
            elif item["due"] < as_of:
                status = "overdue"
            else:
                status = "due"
            # Reading taken: "overdue by more than 30 days" is anything still open on an
            # installment due more than 30 days before, partly paid or not.
            if open_amount > 0 and (as_of - item["due"]).days > 30:
                defaulting += 1
            rows.append((int(number.split("/")[1]), item["due"], item["amount"], paid,
                         open_amount, status))
        total = sum(r[2] for r in rows)
        open_total = sum(r[4] for r in rows)
        if ended:
            status = plan["state"]
        elif open_total == 0:
            status = "completed"
        elif defaulting >= 2:
            status = "defaulted"
        else:
            status = "active"
        return rows, status, total, open_total

    def plan_show(self, plan_id, as_of):
        if plan_id not in self.plans:
            raise Invalid("no such plan")
        currency = self.customers[self.plans[plan_id]["customer"]]["currency"]
        rows, _, _, _ = self.plan_view(plan_id, as_of)
        out = csv_line([(h, False) for h in ("n", "due_date", "amount", "paid", "open",
                                             "status")])
        for n, due, amount, paid, open_amount, status in rows:
            out += csv_line([(str(n), False), (due.isoformat(), False)] +
                            [(format_amount(v, currency), False)
                             for v in (amount, paid, open_amount)] + [(status, False)])
        return out

    def plan_list(self, as_of):
        out = csv_line([(h, False) for h in ("plan_id", "customer_id", "date", "total", "open",
                                             "status")])
        for plan_id, plan in sorted(self.plans.items()):
            if plan["date"] > as_of:
                continue
            currency = self.customers[plan["customer"]]["currency"]
            _, status, total, open_total = self.plan_view(plan_id, as_of)
            out += csv_line([(str(plan_id), False), (plan["customer"], True),
                             (plan["date"].isoformat(), False),
                             (format_amount(total, currency), False),
                             (format_amount(open_total, currency), False), (status, False)])
        return out

    # --- KPIs ----------------------------------------------------------------------------
    # Straight from the spec's definitions, evaluated document by document (no aggregation),
    # in exact fractions. Only the ledger currency counts; other currencies are left out.
    def home_invoices(self, sales_only=False):
        """Ledger-currency open items: invoices and plan installments, or with sales_only the
        invoices alone (installments carry fees and interest, which are not credit sales)."""
        return [i for i in self.invoices.values()
                if self.customers[i["customer"]]["currency"] == self.currency
                and not (sales_only and i["plan"] is not None)]

    def home_credit_notes(self):
        return [c for (kind, _), c in self.credits.items()
                if kind == "C" and self.customers[c["customer"]]["currency"] == self.currency]

    def ar(self, d, current_only=False):
        """ar(d): open invoice amounts as of d (aging's rule: invoices dated on or before d,
        reduced only by allocations dated on or before d); unapplied credit not netted.
        current_only: current_ar(d), the items with due date >= d."""
        total = 0
        for invoice in self.home_invoices():
            if invoice["issue"] > d or (current_only and invoice["due"] < d):
                continue
            total += invoice["amount"] - sum(a for day, a, _ in invoice["allocations"]
                                             if day <= d)
        return total

    def credit_sales(self, first, last):
        invoiced = sum(i["amount"] for i in self.home_invoices(sales_only=True)
                       if first <= i["issue"] <= last)
        credited = sum(c["amount"] for c in self.home_credit_notes() if first <= c["date"] <= last)
        return invoiced - credited

    def countback(self, to, end_ar):
        """From `to` backwards month by month (the month of `to` only up to `to`: later sales
        are not known as of `to`), subtracting each month's credit sales from end_ar while it
        lasts and adding the month's days; the month that covers the rest adds rest / its
        sales × its days. A month with zero net sales adds its days and goes on. History =
        back to the first month with any credit-sales document; running out of it: empty."""
        dates = [i["issue"] for i in self.home_invoices(sales_only=True)] + \
                [c["date"] for c in self.home_credit_notes()]
        rest = Fraction(end_ar)
        if rest == 0:
            return Fraction(0)
        if not dates:
            return None
        history = min(dates).replace(day=1)
        days = 0
        last = to
        while True:
            first = last.replace(day=1)
            if first < history:
                return None
            sales = self.credit_sales(first, last)
            month_days = (last - first).days + 1
            if sales > 0 and sales >= rest:
                return days + rest / sales * month_days
            rest -= sales
            days += month_days
            last = first - datetime.timedelta(days=1)

    def kpi(self, start, end, period):
        out = csv_line([(h, False) for h in (
            "period_start", "period_end", "credit_sales", "begin_ar", "end_ar", "current_ar",
            "dso", "dso_countback", "bpdso", "add", "cei")])
        for first, last in kpi_periods(start, end, period):
            days = (last - first).days + 1
            months = (last.year - first.year) * 12 + last.month - first.month + 1
            sales = self.credit_sales(first, last)
            begin_ar = self.ar(first - datetime.timedelta(days=1))
            end_ar = self.ar(last)
            current_ar = self.ar(last, current_only=True)
            dso = bpdso = add = cei = None
            if sales != 0:
                dso = Fraction(end_ar * days, sales)
                bpdso = Fraction(current_ar * days, sales)
                add = dso - bpdso  # from the unrounded values
            denominator = begin_ar + Fraction(sales, months) - current_ar
            if denominator != 0:
                cei = (begin_ar + Fraction(sales, months) - end_ar) / denominator * 100
            countback = self.countback(last, end_ar)
            out += csv_line([(first.isoformat(), False), (last.isoformat(), False)] +
                            [(format_amount(v, self.currency), False)
                             for v in (sales, begin_ar, end_ar, current_ar)] +
                            [(format_ratio(v), False) for v in (dso, countback, bpdso, add, cei)])
        return out

    def kpi_left_out(self, end):
        """Currencies other than the ledger's with documents dated on or before `end`."""
        dated = [(i["customer"], i["issue"]) for i in self.invoices.values()]
        dated += [(c["customer"], c["date"]) for c in self.credits.values()]
        return sorted({self.customers[k]["currency"] for k, day in dated
                       if day <= end and self.customers[k]["currency"] != self.currency})


    # --- aging ---------------------------------------------------------------------------
    def open_items(self, as_of, customer):
        """(customer code, document, issue, due or None, open) as of the date."""
        items = []
        for number, invoice in self.invoices.items():
            if invoice["issue"] > as_of or (customer and invoice["customer"] != customer):
                continue
            open_amount = invoice["amount"] - sum(a for d, a, _ in invoice["allocations"]
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


REMINDER_LEVELS = [(1, 1), (2, 15), (3, 30), (4, 60)]  # (level, days overdue)
REMINDER_GAP_DAYS = 7


def reminders(ledger, as_of):
    """The contract's dunning run as of the date: (notices CSV, the (document, level) raised).

    Readings taken where the contract is brief: an item's last level is the highest one sent on
    or before the date; a customer's letter is triggered by an item raised one level, and then
    lists all the customer's overdue items (raised or not), with the highest level any of them
    has reached; `documents` lists them by due date then document, `total_overdue` sums them.
    """
    by_customer = {}
    for code, number, _issue, due, open_amount in ledger.open_items(as_of, None):
        if due is not None and due < as_of:
            by_customer.setdefault(code, []).append((due, number, open_amount))
    last_letter = {}
    for (number, _level), day in ledger.reminder_log.items():
        if day <= as_of:
            code = ledger.invoices[number]["customer"]
            last_letter[code] = max(last_letter.get(code, day), day)
    lines = ["customer_id,customer_name,level,documents,total_overdue,channel\n"]
    raised = []
    for code in sorted(by_customer, key=lambda k: (ledger.customers[k]["name"], k)):
        if code in last_letter and (as_of - last_letter[code]).days < REMINDER_GAP_DAYS:
            continue
        items = sorted(by_customer[code])
        reached, mine = 0, []
        for due, number, _open in items:
            sent = max([lvl for (doc, lvl), day in ledger.reminder_log.items()
                        if doc == number and day <= as_of], default=0)
            level = sent
            for candidate, days in REMINDER_LEVELS:
                if candidate == sent + 1 and (as_of - due).days >= days:
                    level = candidate
                    mine.append((number, candidate))
            reached = max(reached, level)
        if not mine:
            continue
        raised += mine
        currency = ledger.customers[code]["currency"]
        lines.append(csv_line([(code, True), (ledger.customers[code]["name"], True),
                               (str(reached), False),
                               (";".join(number for _, number, _ in items), True),
                               (format_amount(sum(a for _, _, a in items), currency), False),
                               ("letter", False)]))
    return "".join(lines), raised


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
        self.left_out = []  # currencies the last kpi step leaves out (its stderr names them)

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
            if command == "plan":
                return self.plan(ledger_path, rest, common)
            if command == "reminders":
                values, pos = parse_options(rest, {**common, "as-of": True, "dry-run": False,
                                                   "pdf": True})
                if pos:
                    raise Usage("reminders")
                as_of = required_date(values, "as-of")
                if "dry-run" not in values and "pdf" not in values:
                    raise Usage("reminders needs an output")
                ledger = self.open(ledger_path)
                text, raised = reminders(ledger, as_of)
                if "dry-run" not in values:
                    for key in raised:
                        ledger.reminder_log[key] = as_of
                    self.other_files.add(values["pdf"].replace("@TMP@/", ""))
                return 0, text
            if command == "kpi":
                values, pos = parse_options(rest, {**common, "from": True, "to": True,
                                                   "period": True})
                if pos:
                    raise Usage("kpi")
                start = required_date(values, "from")
                end = required_date(values, "to")
                period = values.get("period", "month")
                if start > end or period not in ("month", "quarter", "year", "whole"):
                    raise Usage("kpi")
                ledger = self.open(ledger_path)
                self.left_out = ledger.kpi_left_out(end)
                return 0, ledger.kpi(start, end, period)
            raise Usage("unknown command")
        except Usage:
            return 1, ""
        except Invalid:
            return 2, ""
        except LedgerUnavailable:
            return 3, ""

    PLAN_OPTIONS = {"customer": True, "invoices": True, "all-open": False,
                    "installments": True, "frequency": True, "first-due": True,
                    "down-payment": True, "fee": True, "annual-rate": True, "date": True,
                    "as-of": True}

    def plan(self, ledger_path, rest, common):
        values, pos = parse_options(rest, {**common, **self.PLAN_OPTIONS})
        action = pos[0] if pos else ""
        takes_id = action in ("show", "reschedule", "cancel")
        if action not in ("create", "list", "show", "reschedule", "cancel") or \
                len(pos) != (2 if takes_id else 1):
            raise Usage("plan ACTION")
        plan_id = None
        if takes_id:
            if not re.match(r"^[0-9]+$", pos[1]) or int(pos[1]) == 0:
                raise Usage("plan id")
            plan_id = int(pos[1])

        def terms():
            date = required_date(values, "date") if "date" in values else datetime.date.today()
            count = values.get("installments", "")
            if not re.match(r"^[0-9]+$", count) or int(count) < 1:
                raise Usage("--installments")
            if values.get("frequency") not in PERIODS_PER_YEAR:
                raise Usage("--frequency")
            return {"date": date, "installments": int(count), "frequency": values["frequency"],
                    "first-due": required_date(values, "first-due"),
                    **{k: values.get(k, "") for k in ("down-payment", "fee", "annual-rate")}}

        if action == "create":
            if not values.get("customer") or ("all-open" in values) == ("invoices" in values):
                raise Usage("plan create")
            numbers = None
            if "invoices" in values:
                numbers = values["invoices"].split(",")
                if "" in numbers:
                    raise Usage("--invoices")
            plan_terms = terms()
            ledger = self.open(ledger_path)
            new_id = ledger.create_plan(values["customer"], numbers, plan_terms)
            return 0, f"{new_id}\n" + ledger.plan_show(new_id, plan_terms["date"])
        if action == "reschedule":
            plan_terms = terms()
            ledger = self.open(ledger_path)
            new_id = ledger.reschedule_plan(plan_id, plan_terms)
            return 0, f"{new_id}\n" + ledger.plan_show(new_id, plan_terms["date"])
        if action == "cancel":
            date = required_date(values, "date") if "date" in values else datetime.date.today()
            self.open(ledger_path).cancel_plan(plan_id, date)
            return 0, ""
        as_of = required_date(values, "as-of")
        ledger = self.open(ledger_path)
        if action == "show":
            return 0, ledger.plan_show(plan_id, as_of)
        return 0, ledger.plan_list(as_of)

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
            named = re.search(r"documents in (.*) are left out", line)
            if named and named.group(1).split(", ") != model.left_out:
                problems.append(f"{where}: the model leaves out {model.left_out}: {line}")
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
