-- ARDesk ledger schema, version 15: corrections with history kept.
-- Nothing saved is rewritten in a way that changes what a report as of an earlier date shows:
-- a void or an un-application is a dated event, and reports as of dates before it read the
-- ledger as it was.

-- A void keeps the document, marked with its date and reason. From void_date on it is left out
-- of every report; before, it counts as it did.
ALTER TABLE invoices ADD COLUMN void_date TEXT;
ALTER TABLE invoices ADD COLUMN void_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE credits ADD COLUMN void_date TEXT;
ALTER TABLE credits ADD COLUMN void_reason TEXT NOT NULL DEFAULT '';

-- An invoice's void takes its whole amount off AR from the void date through a write-off row
-- marked is_void and its allocation: aging, open items, dunning, plans and the KPIs then read
-- the void like any allocation, with no change to their queries or indexes. (The kind CHECK
-- cannot take a new value without rebuilding write_offs, and a rebuild of a table the
-- allocations reference fails the foreign keys the migrator keeps on.) Such a row is no
-- write-off: the foresight and the account's history leave it out.
ALTER TABLE write_offs ADD COLUMN is_void INTEGER NOT NULL DEFAULT 0 CHECK (is_void IN (0, 1));

-- Un-applying part of a credit from an invoice is a negative allocation row of the same credit,
-- dated the day of the un-application (allocations may be negative since version 2): the
-- invoice's open amount as of D, amount - allocated + the allocations dated after D, stays
-- right for every D. A later re-application is a positive row dated its own day.
-- A credit's unapplied column is what is unapplied now (0 once voided). changed_until is the
-- date of its latest un-application, re-application or void (NULL: never changed): as of D on
-- or after it, or for a credit never changed, unapplied is the figure as of D too; before it,
-- the figure as of D is amount - the credit's allocations dated on or before D. The aging
-- reads the changed credits through credits_changed, the others as before.
ALTER TABLE credits ADD COLUMN changed_until TEXT;
CREATE INDEX credits_changed ON credits(changed_until, date, customer_id)
    WHERE changed_until IS NOT NULL;
DROP INDEX credits_unapplied;
CREATE INDEX credits_unapplied ON credits(date, customer_id, unapplied, changed_until)
    WHERE unapplied > 0;

-- The KPIs take a voided invoice's sale and a voided credit note's credit back on the void
-- date; these keep that read to the few voided documents.
CREATE INDEX invoices_voided ON invoices(void_date) WHERE void_date IS NOT NULL;
CREATE INDEX credits_voided ON credits(void_date) WHERE void_date IS NOT NULL;

-- Every correction, one row per change: the document (kind, and its number or code when the
-- change was made, so a deleted document keeps its history), what changed (field, old and new
-- value as text: amounts in minor units, dates ISO), the business date of a void or an
-- (un)application, the reason given, and when it was made (UTC, from the program's clock).
CREATE TABLE corrections (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    document_kind TEXT NOT NULL CHECK (document_kind IN ('invoice', 'payment', 'credit_note')),
    document    TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('edit', 'void', 'unapply', 'apply', 'delete')),
    field       TEXT NOT NULL DEFAULT '',
    old_value   TEXT NOT NULL DEFAULT '',
    new_value   TEXT NOT NULL DEFAULT '',
    date        TEXT,
    reason      TEXT NOT NULL DEFAULT '',
    made_at     TEXT NOT NULL
);
CREATE INDEX corrections_by_customer ON corrections(customer_id, made_at);
