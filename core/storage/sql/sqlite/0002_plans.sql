-- ARDesk ledger schema, version 2: installment plans.
-- An installment is an open item like an invoice, so it lives in the invoices table with
-- kind 'S' (schedule) and number PLAN-<plan>/<n>: aging, allocation and AR then treat both
-- alike. Credit sales count kind 'I' only (fees and interest are not sales).
-- Covering an invoice by a plan is an allocation from the plan, dated the plan's date: as of
-- that date the invoice is settled and its installments are open in its place.

CREATE TABLE plans (
    id               INTEGER PRIMARY KEY,
    customer_id      INTEGER NOT NULL REFERENCES customers(id),
    date             TEXT NOT NULL,
    currency         TEXT NOT NULL,
    covered          INTEGER NOT NULL CHECK (covered >= 0),
    fee              INTEGER NOT NULL DEFAULT 0 CHECK (fee >= 0),
    down_payment     INTEGER NOT NULL DEFAULT 0 CHECK (down_payment >= 0),
    installments     INTEGER NOT NULL CHECK (installments > 0),
    frequency        TEXT NOT NULL CHECK (frequency IN ('weekly', 'biweekly', 'monthly')),
    first_due        TEXT NOT NULL,
    annual_rate      TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL DEFAULT 'active'
                     CHECK (status IN ('active', 'rescheduled', 'cancelled')),
    replaces_plan_id INTEGER REFERENCES plans(id),
    ended_date       TEXT,
    created_at       TEXT NOT NULL
);
CREATE INDEX plans_by_customer ON plans(customer_id);

CREATE TABLE plan_invoices (
    plan_id    INTEGER NOT NULL REFERENCES plans(id),
    invoice_id INTEGER NOT NULL REFERENCES invoices(id),
    amount     INTEGER NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (plan_id, invoice_id)
) WITHOUT ROWID;
CREATE INDEX plan_invoices_by_invoice ON plan_invoices(invoice_id);

ALTER TABLE invoices ADD COLUMN kind TEXT NOT NULL DEFAULT 'I' CHECK (kind IN ('I', 'S'));
ALTER TABLE invoices ADD COLUMN plan_id INTEGER REFERENCES plans(id);
ALTER TABLE invoices ADD COLUMN installment INTEGER;
CREATE UNIQUE INDEX installments_by_plan ON invoices(plan_id, installment)
    WHERE plan_id IS NOT NULL;
-- Covers the KPI read: credit sales and AR changes grouped by (issue date, due date, currency).
CREATE INDEX invoices_by_issue_date ON invoices(issue_date, due_date, currency, kind, amount);

-- Allocations gain a third source, the plan that took an invoice over; a negative plan
-- allocation gives an invoice back when its plan is cancelled. SQLite cannot change a CHECK in
-- place, so the table is rebuilt. Each allocation also records when it starts to reduce AR
-- (effective_date: the later of its own date and its item's issue date) and its item's due
-- date and currency, all fixed once written: the KPI read then groups allocations from one
-- covering index instead of looking up a million invoices.
CREATE TABLE allocations_v2 (
    id           INTEGER PRIMARY KEY,
    invoice_id   INTEGER NOT NULL REFERENCES invoices(id),
    credit_id    INTEGER REFERENCES credits(id),
    write_off_id INTEGER REFERENCES write_offs(id),
    plan_id      INTEGER REFERENCES plans(id),
    source_date  TEXT NOT NULL,
    amount       INTEGER NOT NULL CHECK (amount <> 0),
    effective_date TEXT NOT NULL,
    item_due_date  TEXT NOT NULL,
    currency       TEXT NOT NULL,
    CHECK ((credit_id IS NOT NULL) + (write_off_id IS NOT NULL) + (plan_id IS NOT NULL) = 1)
);
INSERT INTO allocations_v2(id, invoice_id, credit_id, write_off_id, source_date, amount,
                           effective_date, item_due_date, currency)
    SELECT a.id, a.invoice_id, a.credit_id, a.write_off_id, a.source_date, a.amount,
           max(a.source_date, i.issue_date), i.due_date, i.currency
    FROM allocations a JOIN invoices i ON i.id = a.invoice_id;
DROP TABLE allocations;
ALTER TABLE allocations_v2 RENAME TO allocations;
CREATE INDEX allocations_by_invoice ON allocations(invoice_id, source_date);
CREATE INDEX allocations_by_date ON allocations(source_date, invoice_id, amount);
CREATE INDEX allocations_by_credit ON allocations(credit_id) WHERE credit_id IS NOT NULL;
CREATE INDEX allocations_by_write_off ON allocations(write_off_id) WHERE write_off_id IS NOT NULL;
CREATE INDEX allocations_by_plan ON allocations(plan_id) WHERE plan_id IS NOT NULL;
CREATE INDEX allocations_by_effect ON allocations(effective_date, item_due_date, currency, amount);
