-- ARDesk ledger schema, version 5: dunning.
-- dunning_levels holds the editable reminder levels, numbered 1, 2, ... with increasing
-- days_overdue; an item reaches a level that many days past its due date. The defaults are the
-- four of the public contract, sent as letters, with no fee and no interest.
-- reminder_log records each (item, level) once it was sent: "each level is sent once per item",
-- so the UNIQUE constraint refuses a second row rather than trusting every caller. Its date is
-- the run's as-of date; channel says how it went out (letter, email or both).

CREATE TABLE dunning_levels (
    level          INTEGER PRIMARY KEY CHECK (level > 0),
    name           TEXT NOT NULL CHECK (name <> ''),
    days_overdue   INTEGER NOT NULL CHECK (days_overdue > 0),
    channel        TEXT NOT NULL DEFAULT 'letter' CHECK (channel IN ('letter', 'email', 'both')),
    fee            INTEGER NOT NULL DEFAULT 0 CHECK (fee >= 0),
    annual_rate_bp INTEGER NOT NULL DEFAULT 0 CHECK (annual_rate_bp BETWEEN 0 AND 10000),
    template       TEXT NOT NULL
);
INSERT INTO dunning_levels(level, name, days_overdue, template) VALUES
    (1, 'Payment reminder', 1, 'reminder-1'),
    (2, 'Second reminder', 15, 'reminder-2'),
    (3, 'Final notice', 30, 'reminder-3'),
    (4, 'Collection agency notice', 60, 'reminder-4');

CREATE TABLE reminder_log (
    id          INTEGER PRIMARY KEY,
    invoice_id  INTEGER NOT NULL REFERENCES invoices(id),
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    level       INTEGER NOT NULL CHECK (level > 0),
    date        TEXT NOT NULL,
    channel     TEXT NOT NULL CHECK (channel IN ('letter', 'email', 'both')),
    created_at  TEXT NOT NULL,
    UNIQUE (invoice_id, level)
);
-- The UNIQUE index also serves the selection's "last level sent for this item" seek.
-- The 7-day gap: each customer's last reminder as of the run's date.
CREATE INDEX reminder_log_by_customer ON reminder_log(customer_id, date);
-- Dunning reads running promises to pay as of a date (disputes have activities_open_disputes).
CREATE INDEX activities_promises ON activities(promised_date, date)
    WHERE kind = 'promise';
