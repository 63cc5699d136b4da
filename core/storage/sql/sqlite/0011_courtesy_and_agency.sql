-- ARDesk ledger schema, version 11: courtesy reminders and collection agencies.
-- A dunning level 0 may go out before the due date (days_overdue <= 0, e.g. -3 = three days
-- before): the courtesy reminder "Upcoming payment". It is stored with the other levels, off
-- until the bookkeeper switches it on (enabled), and logged like them, so reminder_log's level
-- may now be 0. SQLite cannot change a CHECK, so both tables are rebuilt with their rows.
CREATE TABLE dunning_levels_13 (
    level          INTEGER PRIMARY KEY CHECK (level >= 0),
    name           TEXT NOT NULL CHECK (name <> ''),
    days_overdue   INTEGER NOT NULL CHECK ((level = 0 AND days_overdue BETWEEN -365 AND 0) OR
                                           (level > 0 AND days_overdue > 0)),
    channel        TEXT NOT NULL DEFAULT 'letter' CHECK (channel IN ('letter', 'email', 'both')),
    fee            INTEGER NOT NULL DEFAULT 0 CHECK (fee >= 0),
    annual_rate_bp INTEGER NOT NULL DEFAULT 0 CHECK (annual_rate_bp BETWEEN 0 AND 10000),
    template       TEXT NOT NULL,
    enabled        INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1))
);
INSERT INTO dunning_levels_13(level, name, days_overdue, channel, fee, annual_rate_bp, template)
    SELECT level, name, days_overdue, channel, fee, annual_rate_bp, template FROM dunning_levels;
INSERT INTO dunning_levels_13(level, name, days_overdue, template, enabled)
    VALUES (0, 'Upcoming payment', -3, 'reminder-0', 0);
DROP TABLE dunning_levels;
ALTER TABLE dunning_levels_13 RENAME TO dunning_levels;

CREATE TABLE reminder_log_13 (
    id          INTEGER PRIMARY KEY,
    invoice_id  INTEGER NOT NULL REFERENCES invoices(id),
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    level       INTEGER NOT NULL CHECK (level >= 0),
    date        TEXT NOT NULL,
    channel     TEXT NOT NULL CHECK (channel IN ('letter', 'email', 'both')),
    created_at  TEXT NOT NULL,
    UNIQUE (invoice_id, level)
);
INSERT INTO reminder_log_13(id, invoice_id, customer_id, level, date, channel, created_at)
    SELECT id, invoice_id, customer_id, level, date, channel, created_at FROM reminder_log;
DROP TABLE reminder_log;
ALTER TABLE reminder_log_13 RENAME TO reminder_log;
CREATE INDEX reminder_log_by_customer ON reminder_log(customer_id, date);

-- A customer handed over to a collection agency on `date`, until recalled on `recalled_date`
-- (from that day the bookkeeper collects again). While handed over, no reminder goes out and
-- its open items show the state. Rows are history: a recall closes a row, a new hand-over adds
-- one. At most one open hand-over per customer, also when two clerks hand over at once.
CREATE TABLE agency_handovers (
    id            INTEGER PRIMARY KEY,
    customer_id   INTEGER NOT NULL REFERENCES customers(id),
    date          TEXT NOT NULL,
    agency        TEXT NOT NULL CHECK (agency <> ''),
    note          TEXT NOT NULL DEFAULT '',
    recalled_date TEXT CHECK (recalled_date IS NULL OR recalled_date >= date),
    recall_note   TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL
);
CREATE UNIQUE INDEX agency_handovers_open ON agency_handovers(customer_id)
    WHERE recalled_date IS NULL;
CREATE INDEX agency_handovers_by_customer ON agency_handovers(customer_id, date);
