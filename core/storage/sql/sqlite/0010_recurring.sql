-- ARDesk ledger schema, version 12: recurring invoices.
-- A schedule says what to bill (customer, amount in the customer's currency, description) and
-- when (frequency from a start date, a day of the month or its last day, a count or an end
-- date). `day` is the day of the month for monthly, quarterly and yearly schedules (clamped to
-- the month's end) and NULL for weekly ones and for `last_day`. `paused_from` is set while the
-- schedule is paused, `ended_on` once it was ended.
CREATE TABLE recurring_schedules (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    amount      INTEGER NOT NULL CHECK (amount > 0),
    currency    TEXT NOT NULL,
    description TEXT NOT NULL,
    frequency   TEXT NOT NULL CHECK (frequency IN ('weekly', 'monthly', 'quarterly', 'yearly')),
    start_date  TEXT NOT NULL,
    day         INTEGER CHECK (day BETWEEN 1 AND 31),
    last_day    INTEGER NOT NULL DEFAULT 0 CHECK (last_day IN (0, 1)),
    count       INTEGER CHECK (count > 0),
    end_date    TEXT,
    prefix      TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'ended')),
    paused_from TEXT,
    ended_on    TEXT,
    created_at  TEXT NOT NULL,
    CHECK (count IS NULL OR end_date IS NULL)
);
CREATE INDEX recurring_schedules_by_customer ON recurring_schedules(customer_id);

-- Every date of a schedule that was dealt with: the invoice created for it, or NULL when the
-- date fell into a pause and is never to be billed. The primary key is the guarantee that
-- nothing is created twice: a second run, or a run overlapping another, that tried to create
-- the same date again fails on it and rolls back as a whole.
CREATE TABLE recurring_occurrences (
    schedule_id     INTEGER NOT NULL REFERENCES recurring_schedules(id),
    occurrence_date TEXT NOT NULL,
    invoice_id      INTEGER UNIQUE REFERENCES invoices(id),
    created_at      TEXT NOT NULL,
    PRIMARY KEY (schedule_id, occurrence_date)
) WITHOUT ROWID;
