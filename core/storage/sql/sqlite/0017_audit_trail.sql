-- ARDesk ledger schema, version 17: the audit trail, who changed what and when.
-- One row per change to a customer's ledger: the document (kind, id, and its number or code at
-- the time, so a deleted document keeps its history), what was done, the other document of an
-- allocation or the level of a reminder (related), the amount concerned, who made the change
-- and when (UTC, ISO 8601 to the second).
--
-- Triggers on the ledger's tables write the rows, so no writer can forget one: a repository
-- added later is recorded without knowing of the trail. A trigger cannot ask SQLite who is
-- writing, so every ARDesk write transaction signs audit_context first (the operating system's
-- user and the time from the program's clock, see Transaction) and clears it before it commits;
-- the write lock it holds meanwhile keeps other writers from signing in between. A change made
-- outside ARDesk finds the row cleared and is recorded with no user at SQLite's own time.
-- document_kind is one of customer, invoice, payment, credit_note, plan, activity; action one of
-- created, changed, voided, deleted, allocated, unapplied, written_off, discounted, reminded,
-- resolved, handed_over, recalled, cancelled, rescheduled. Only the triggers below write them,
-- and no CHECK lists them: SQLite builds an IN list anew for every row a trigger inserts, which
-- cost more than the rest of the row (a 100,000-payment import took twice as long).
CREATE TABLE audit_trail (
    id            INTEGER PRIMARY KEY,
    customer_id   INTEGER NOT NULL,
    document_kind TEXT NOT NULL,
    document_id   INTEGER NOT NULL,
    document      TEXT NOT NULL,
    action        TEXT NOT NULL,
    related       TEXT NOT NULL DEFAULT '',
    amount        INTEGER,
    currency      TEXT,
    made_by       TEXT NOT NULL,
    made_at       TEXT NOT NULL
);
-- A customer's entries in the order they were made (ids follow it; a clock may jump).
CREATE INDEX audit_trail_by_customer ON audit_trail(customer_id, id);

-- Who writes in the current transaction, and since when: one row, empty between transactions.
CREATE TABLE audit_context (
    made_by TEXT NOT NULL,
    made_at TEXT NOT NULL
);
INSERT INTO audit_context(made_by, made_at) VALUES ('', '');
-- What a trigger records: the signature, or no user at SQLite's own time when there is none.
CREATE VIEW audit_signature AS
SELECT made_by,
       CASE made_at WHEN '' THEN strftime('%Y-%m-%dT%H:%M:%SZ', 'now') ELSE made_at END AS made_at
FROM audit_context;

-- The migrator splits statements at a ';' that ends a line: a trigger's inner statement ends
-- on the line of its END.

CREATE TRIGGER audit_customer_created AFTER INSERT ON customers BEGIN
    INSERT INTO audit_trail(customer_id, document_kind, document_id, document, action, made_by,
                            made_at)
    SELECT NEW.id, 'customer', NEW.id, NEW.code, 'created', made_by, made_at
    FROM audit_signature; END;

-- folded_name follows the name; the columns listed are what a person changes.
CREATE TRIGGER audit_customer_changed
AFTER UPDATE OF code, name, email, phone, address, terms_days, credit_limit, currency, language,
                on_hold, bank_account, discount_bp, discount_days ON customers
WHEN (OLD.code, OLD.name, OLD.email, OLD.phone, OLD.address, OLD.terms_days, OLD.currency,
      OLD.language, OLD.on_hold, OLD.bank_account, OLD.discount_bp, OLD.discount_days)
     <> (NEW.code, NEW.name, NEW.email, NEW.phone, NEW.address, NEW.terms_days, NEW.currency,
         NEW.language, NEW.on_hold, NEW.bank_account, NEW.discount_bp, NEW.discount_days)
     OR OLD.credit_limit IS NOT NEW.credit_limit
BEGIN
    INSERT INTO audit_trail(customer_id, document_kind, document_id, document, action, made_by,
                            made_at)
    SELECT NEW.id, 'customer', NEW.id, NEW.code, 'changed', made_by, made_at
    FROM audit_signature; END;

CREATE TRIGGER audit_invoice_created AFTER INSERT ON invoices BEGIN
    INSERT INTO audit_trail(customer_id, document_kind, document_id, document, action, amount,
                            currency, made_by, made_at)
    SELECT NEW.customer_id, 'invoice', NEW.id, NEW.number, 'created', NEW.amount, NEW.currency,
           made_by, made_at
    FROM audit_signature; END;

-- An edit (a correction); allocations change only allocated and settled_date.
CREATE TRIGGER audit_invoice_changed
AFTER UPDATE OF number, issue_date, due_date, amount, description, discount_until ON invoices
WHEN (OLD.number, OLD.issue_date, OLD.due_date, OLD.amount, OLD.description)
     <> (NEW.number, NEW.issue_date, NEW.due_date, NEW.amount, NEW.description)
     OR OLD.discount_until IS NOT NEW.discount_until
BEGIN
    INSERT INTO audit_trail(customer_id, document_kind, document_id, document, action, amount,
                            currency, made_by, made_at)
    SELECT NEW.customer_id, 'invoice', NEW.id, NEW.number, 'changed', NEW.amount, NEW.currency,
           made_by, made_at
    FROM audit_signature; END;

CREATE TRIGGER audit_invoice_voided AFTER UPDATE OF void_date ON invoices
WHEN OLD.void_date IS NULL AND NEW.void_date IS NOT NULL
BEGIN
    INSERT INTO audit_trail(customer_id, document_kind, document_id, document, action, amount,
                            currency, made_by, made_at)
    SELECT NEW.customer_id, 'invoice', NEW.id, NEW.number, 'voided', NEW.amount, NEW.currency,
           made_by, made_at
    FROM audit_signature; END;

CREATE TRIGGER audit_invoice_deleted AFTER DELETE ON invoices BEGIN
    INSERT INTO audit_trail(customer_id, document_kind, document_id, document, action, amount,
                            currency, made_by, made_at)
    SELECT OLD.customer_id, 'invoice', OLD.id, OLD.number, 'deleted', OLD.amount, OLD.currency,
           made_by, made_at
    FROM audit_signature; END;

CREATE TRIGGER audit_credit_created AFTER INSERT ON credits BEGIN
    INSERT INTO audit_trail(customer_id, document_kind, document_id, document, action, amount,
                            currency, made_by, made_at)
    SELECT NEW.customer_id, CASE NEW.kind WHEN 'P' THEN 'payment' ELSE 'credit_note' END, NEW.id,
           NEW.code, 'created', NEW.amount, NEW.currency, made_by, made_at
    FROM audit_signature; END;

CREATE TRIGGER audit_credit_voided AFTER UPDATE OF void_date ON credits
WHEN OLD.void_date IS NULL AND NEW.void_date IS NOT NULL
BEGIN
    INSERT INTO audit_trail(customer_id, document_kind, document_id, document, action, amount,
                            currency, made_by, made_at)
    SELECT NEW.customer_id, CASE NEW.kind WHEN 'P' THEN 'payment' ELSE 'credit_note' END, NEW.id,
           NEW.code, 'voided', NEW.amount, NEW.currency, made_by, made_at
    FROM audit_signature; END;

CREATE TRIGGER audit_credit_deleted AFTER DELETE ON credits BEGIN
    INSERT INTO audit_trail(customer_id, document_kind, document_id, document, action, amount,
                            currency, made_by, made_at)
    SELECT OLD.customer_id, CASE OLD.kind WHEN 'P' THEN 'payment' ELSE 'credit_note' END, OLD.id,
           OLD.code, 'deleted', OLD.amount, OLD.currency, made_by, made_at
    FROM audit_signature; END;

-- A payment or credit note applied to an invoice (a positive row) or taken off it again (a
-- negative one). Write-offs and plans are recorded as their own rows below.
CREATE TRIGGER audit_allocation AFTER INSERT ON allocations WHEN NEW.credit_id IS NOT NULL BEGIN
    INSERT INTO audit_trail(customer_id, document_kind, document_id, document, action, related,
                            amount, currency, made_by, made_at)
    SELECT invoices.customer_id,
           CASE credits.kind WHEN 'P' THEN 'payment' ELSE 'credit_note' END, credits.id,
           credits.code, CASE WHEN NEW.amount > 0 THEN 'allocated' ELSE 'unapplied' END,
           invoices.number, abs(NEW.amount), NEW.currency, audit_signature.made_by,
           audit_signature.made_at
    FROM credits, invoices, audit_signature
    WHERE credits.id = NEW.credit_id AND invoices.id = NEW.invoice_id; END;

-- A write-off or an early-payment discount (a void's own write-off row is the invoice's void).
CREATE TRIGGER audit_write_off AFTER INSERT ON write_offs WHEN NEW.is_void = 0 BEGIN
    INSERT INTO audit_trail(customer_id, document_kind, document_id, document, action, amount,
                            currency, made_by, made_at)
    SELECT invoices.customer_id, 'invoice', invoices.id, invoices.number,
           CASE NEW.kind WHEN 'D' THEN 'discounted' ELSE 'written_off' END, NEW.amount,
           invoices.currency, audit_signature.made_by,
           audit_signature.made_at
    FROM invoices, audit_signature
    WHERE invoices.id = NEW.invoice_id; END;

CREATE TRIGGER audit_plan_created AFTER INSERT ON plans BEGIN
    INSERT INTO audit_trail(customer_id, document_kind, document_id, document, action, amount,
                            currency, made_by, made_at)
    SELECT NEW.customer_id, 'plan', NEW.id, 'PLAN-' || NEW.id, 'created', NEW.covered,
           NEW.currency, made_by, made_at
    FROM audit_signature; END;

CREATE TRIGGER audit_plan_ended AFTER UPDATE OF status ON plans
WHEN NEW.status <> OLD.status AND NEW.status IN ('cancelled', 'rescheduled')
BEGIN
    INSERT INTO audit_trail(customer_id, document_kind, document_id, document, action, amount,
                            currency, made_by, made_at)
    SELECT NEW.customer_id, 'plan', NEW.id, 'PLAN-' || NEW.id, NEW.status, NEW.covered,
           NEW.currency, made_by, made_at
    FROM audit_signature; END;

-- related: the reminder's level.
CREATE TRIGGER audit_reminder AFTER INSERT ON reminder_log BEGIN
    INSERT INTO audit_trail(customer_id, document_kind, document_id, document, action, related,
                            made_by, made_at)
    SELECT NEW.customer_id, 'invoice', invoices.id, invoices.number, 'reminded',
           CAST(NEW.level AS TEXT), audit_signature.made_by,
           audit_signature.made_at
    FROM invoices, audit_signature
    WHERE invoices.id = NEW.invoice_id; END;

-- document: the activity's kind (call, email, note, promise, dispute).
CREATE TRIGGER audit_activity_created AFTER INSERT ON activities BEGIN
    INSERT INTO audit_trail(customer_id, document_kind, document_id, document, action, amount,
                            currency, made_by, made_at)
    SELECT NEW.customer_id, 'activity', NEW.id, NEW.kind, 'created', NEW.promised_amount,
           NEW.currency, made_by, made_at
    FROM audit_signature; END;

CREATE TRIGGER audit_activity_resolved AFTER UPDATE OF resolved_date ON activities
WHEN OLD.resolved_date IS NULL AND NEW.resolved_date IS NOT NULL
BEGIN
    INSERT INTO audit_trail(customer_id, document_kind, document_id, document, action, made_by,
                            made_at)
    SELECT NEW.customer_id, 'activity', NEW.id, NEW.kind, 'resolved', made_by, made_at
    FROM audit_signature; END;

-- related: the agency.
CREATE TRIGGER audit_handover AFTER INSERT ON agency_handovers BEGIN
    INSERT INTO audit_trail(customer_id, document_kind, document_id, document, action, related,
                            made_by, made_at)
    SELECT NEW.customer_id, 'customer', customers.id, customers.code, 'handed_over', NEW.agency,
           audit_signature.made_by,
           audit_signature.made_at
    FROM customers, audit_signature
    WHERE customers.id = NEW.customer_id; END;

CREATE TRIGGER audit_recall AFTER UPDATE OF recalled_date ON agency_handovers
WHEN OLD.recalled_date IS NULL AND NEW.recalled_date IS NOT NULL
BEGIN
    INSERT INTO audit_trail(customer_id, document_kind, document_id, document, action, related,
                            made_by, made_at)
    SELECT NEW.customer_id, 'customer', customers.id, customers.code, 'recalled', NEW.agency,
           audit_signature.made_by,
           audit_signature.made_at
    FROM customers, audit_signature
    WHERE customers.id = NEW.customer_id; END;
