-- ARDesk ledger schema, version 1.
-- Amounts are INTEGER minor units of the row's currency; business dates are ISO 8601 text
-- (YYYY-MM-DD), which compares correctly as text, so date ranges never need julianday().
-- Audit timestamps are UTC ISO 8601 text.

CREATE TABLE ledger_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE customers (
    id           INTEGER PRIMARY KEY,
    code         TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    email        TEXT NOT NULL DEFAULT '',
    phone        TEXT NOT NULL DEFAULT '',
    address      TEXT NOT NULL DEFAULT '',
    terms_days   INTEGER NOT NULL DEFAULT 30 CHECK (terms_days >= 0),
    credit_limit INTEGER CHECK (credit_limit >= 0),
    currency     TEXT NOT NULL,
    language     TEXT NOT NULL DEFAULT 'en',
    on_hold      INTEGER NOT NULL DEFAULT 0 CHECK (on_hold IN (0, 1)),
    created_at   TEXT NOT NULL
);
CREATE INDEX customers_by_name ON customers(name, code);

-- allocated: sum of all allocations to the invoice (payments, credit notes, write-offs).
-- settled_date: the first date as of which the invoice is fully settled, i.e. the latest date
-- of its allocations once they cover the amount; '9999-12-31' while anything is open. As of a
-- date D, an invoice is open exactly when issue_date <= D < settled_date, which turns aging
-- into one range scan of invoices_aging.
CREATE TABLE invoices (
    id           INTEGER PRIMARY KEY,
    number       TEXT NOT NULL UNIQUE,
    customer_id  INTEGER NOT NULL REFERENCES customers(id),
    issue_date   TEXT NOT NULL,
    due_date     TEXT NOT NULL,
    amount       INTEGER NOT NULL CHECK (amount > 0),
    currency     TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    allocated    INTEGER NOT NULL DEFAULT 0 CHECK (allocated >= 0 AND allocated <= amount),
    settled_date TEXT NOT NULL DEFAULT '9999-12-31',
    created_at   TEXT NOT NULL
);
CREATE INDEX invoices_aging ON invoices(settled_date, issue_date, customer_id, due_date, amount,
                                        allocated);
CREATE INDEX invoices_by_customer ON invoices(customer_id, issue_date);
-- Oldest-first allocation walks a customer's open invoices in this order.
CREATE INDEX invoices_open_by_customer ON invoices(customer_id, due_date, number)
    WHERE allocated < amount;

-- Payments and credit notes: both credit a customer's account and are allocated to invoices.
-- kind 'P' = payment, 'C' = credit note; codes are unique per kind.
CREATE TABLE credits (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('P', 'C')),
    code        TEXT NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    date        TEXT NOT NULL,
    amount      INTEGER NOT NULL CHECK (amount > 0),
    currency    TEXT NOT NULL,
    invoice_id  INTEGER REFERENCES invoices(id),
    method      TEXT NOT NULL DEFAULT '',
    reference   TEXT NOT NULL DEFAULT '',
    reason      TEXT NOT NULL DEFAULT '',
    unapplied   INTEGER NOT NULL CHECK (unapplied >= 0 AND unapplied <= amount),
    created_at  TEXT NOT NULL,
    UNIQUE (kind, code)
);
CREATE INDEX credits_by_customer ON credits(customer_id, date);
CREATE INDEX credits_unapplied ON credits(date, customer_id, unapplied) WHERE unapplied > 0;

CREATE TABLE write_offs (
    id         INTEGER PRIMARY KEY,
    invoice_id INTEGER NOT NULL REFERENCES invoices(id),
    date       TEXT NOT NULL,
    amount     INTEGER NOT NULL CHECK (amount > 0),
    reason     TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX write_offs_by_invoice ON write_offs(invoice_id);

-- One row per amount moved from a credit or write-off to an invoice. source_date is the date
-- of the credit or write-off: reports as of D count the allocations with source_date <= D.
CREATE TABLE allocations (
    id           INTEGER PRIMARY KEY,
    invoice_id   INTEGER NOT NULL REFERENCES invoices(id),
    credit_id    INTEGER REFERENCES credits(id),
    write_off_id INTEGER REFERENCES write_offs(id),
    source_date  TEXT NOT NULL,
    amount       INTEGER NOT NULL CHECK (amount > 0),
    CHECK ((credit_id IS NULL) <> (write_off_id IS NULL))
);
CREATE INDEX allocations_by_invoice ON allocations(invoice_id, source_date);
CREATE INDEX allocations_by_date ON allocations(source_date, invoice_id, amount);
CREATE INDEX allocations_by_credit ON allocations(credit_id) WHERE credit_id IS NOT NULL;
CREATE INDEX allocations_by_write_off ON allocations(write_off_id) WHERE write_off_id IS NOT NULL;
