-- ARDesk ledger schema, version 3: the collection activity log of each customer.
-- Calls, e-mails and notes record what was said; a promise to pay records an amount and a
-- pay-by date (its status is computed from the payments, never stored); a dispute holds back
-- one invoice until it is resolved (resolved_date NULL = open). Dunning skips disputed items
-- and items under an unbroken promise, so these names are part of the schema's contract.

CREATE TABLE activities (
    id              INTEGER PRIMARY KEY,
    customer_id     INTEGER NOT NULL REFERENCES customers(id),
    invoice_id      INTEGER REFERENCES invoices(id),
    kind            TEXT NOT NULL
                    CHECK (kind IN ('call', 'email', 'note', 'promise', 'dispute')),
    date            TEXT NOT NULL,
    text            TEXT NOT NULL DEFAULT '',
    promised_amount INTEGER CHECK (promised_amount > 0),
    promised_date   TEXT,
    currency        TEXT,
    resolved_date   TEXT,
    created_at      TEXT NOT NULL,
    CHECK (kind <> 'promise'
           OR (promised_amount IS NOT NULL AND promised_date IS NOT NULL AND currency IS NOT NULL)),
    CHECK (kind <> 'dispute' OR invoice_id IS NOT NULL),
    CHECK (kind = 'dispute' OR resolved_date IS NULL)
);
-- A customer's log, newest first (the rowid at the index's end breaks ties on a date).
CREATE INDEX activities_by_customer ON activities(customer_id, date);
-- At most one open dispute per invoice; also what "is this invoice disputed?" and the invoice
-- list's Disputed filter read.
CREATE UNIQUE INDEX activities_open_disputes ON activities(invoice_id)
    WHERE kind = 'dispute' AND resolved_date IS NULL;
