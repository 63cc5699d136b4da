-- ARDesk ledger schema, version 17: the audit trail, who changed what and when (see
-- ../sqlite/0017_audit_trail.sql for the rows). Triggers on the ledger's tables write them, as
-- on SQLite; here the server knows who writes: the user the session logged in as
-- (session_user), and the time is the server's, the start of the writing transaction, in UTC.
-- So every desk's changes are stamped by one clock, and a desk cannot sign as somebody else.
CREATE TABLE audit_trail (
    id            BIGINT PRIMARY KEY,
    customer_id   BIGINT NOT NULL,
    document_kind TEXT COLLATE "C" NOT NULL,
    document_id   BIGINT NOT NULL,
    document      TEXT COLLATE "C" NOT NULL,
    action        TEXT COLLATE "C" NOT NULL,
    related       TEXT COLLATE "C" NOT NULL DEFAULT '',
    amount        BIGINT,
    currency      TEXT COLLATE "C",
    made_by       TEXT COLLATE "C" NOT NULL,
    made_at       TEXT COLLATE "C" NOT NULL
);
CREATE INDEX audit_trail_by_customer ON audit_trail(customer_id, id);

-- Ids as SQLite gives them (see 0016_schema.sql).
CREATE FUNCTION audit_trail_next_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id IS NULL THEN
        NEW.id := (SELECT coalesce(max(id), 0) + 1 FROM audit_trail);
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER audit_trail_next_id BEFORE INSERT ON audit_trail
    FOR EACH ROW EXECUTE FUNCTION audit_trail_next_id();

-- Who writes and when, as every entry is signed (a bulk load signs its entries from here too).
CREATE VIEW audit_signature AS
SELECT session_user::TEXT AS made_by,
       to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS made_at;

CREATE FUNCTION audit_record(customer BIGINT, kind TEXT, document_id BIGINT, document TEXT,
                             action TEXT, related TEXT, amount BIGINT, currency TEXT)
RETURNS void LANGUAGE sql AS $$
    INSERT INTO audit_trail(customer_id, document_kind, document_id, document, action, related,
                            amount, currency, made_by, made_at)
    SELECT customer, kind, document_id, document, action, related, amount, currency, made_by,
           made_at
    FROM audit_signature
$$;

CREATE FUNCTION credit_kind(kind TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE kind WHEN 'P' THEN 'payment' ELSE 'credit_note' END
$$;

-- folded_name follows the name; the columns listed are what a person changes.
CREATE FUNCTION audit_customers() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM audit_record(NEW.id, 'customer', NEW.id, NEW.code, 'created', '', NULL, NULL);
    ELSIF (OLD.code, OLD.name, OLD.email, OLD.phone, OLD.address, OLD.terms_days,
           OLD.credit_limit, OLD.currency, OLD.language, OLD.on_hold, OLD.bank_account,
           OLD.discount_bp, OLD.discount_days)
          IS DISTINCT FROM (NEW.code, NEW.name, NEW.email, NEW.phone, NEW.address, NEW.terms_days,
           NEW.credit_limit, NEW.currency, NEW.language, NEW.on_hold, NEW.bank_account,
           NEW.discount_bp, NEW.discount_days) THEN
        PERFORM audit_record(NEW.id, 'customer', NEW.id, NEW.code, 'changed', '', NULL, NULL);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER audit_customers AFTER INSERT OR UPDATE OF code, name, email, phone, address,
    terms_days, credit_limit, currency, language, on_hold, bank_account, discount_bp,
    discount_days ON customers FOR EACH ROW EXECUTE FUNCTION audit_customers();

-- An edit (a correction), a void, a deletion; allocations change only allocated and
-- settled_date.
CREATE FUNCTION audit_invoices() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM audit_record(NEW.customer_id, 'invoice', NEW.id, NEW.number, 'created', '',
                             NEW.amount, NEW.currency);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM audit_record(OLD.customer_id, 'invoice', OLD.id, OLD.number, 'deleted', '',
                             OLD.amount, OLD.currency);
    ELSE
        IF (OLD.number, OLD.issue_date, OLD.due_date, OLD.amount, OLD.description,
            OLD.discount_until)
           IS DISTINCT FROM (NEW.number, NEW.issue_date, NEW.due_date, NEW.amount,
            NEW.description, NEW.discount_until) THEN
            PERFORM audit_record(NEW.customer_id, 'invoice', NEW.id, NEW.number, 'changed', '',
                                 NEW.amount, NEW.currency);
        END IF;
        IF OLD.void_date IS NULL AND NEW.void_date IS NOT NULL THEN
            PERFORM audit_record(NEW.customer_id, 'invoice', NEW.id, NEW.number, 'voided', '',
                                 NEW.amount, NEW.currency);
        END IF;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER audit_invoices AFTER INSERT OR DELETE OR UPDATE OF number, issue_date, due_date,
    amount, description, discount_until, void_date ON invoices
    FOR EACH ROW EXECUTE FUNCTION audit_invoices();

CREATE FUNCTION audit_credits() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM audit_record(NEW.customer_id, credit_kind(NEW.kind), NEW.id, NEW.code,
                             'created', '', NEW.amount, NEW.currency);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM audit_record(OLD.customer_id, credit_kind(OLD.kind), OLD.id, OLD.code,
                             'deleted', '', OLD.amount, OLD.currency);
    ELSIF OLD.void_date IS NULL AND NEW.void_date IS NOT NULL THEN
        PERFORM audit_record(NEW.customer_id, credit_kind(NEW.kind), NEW.id, NEW.code,
                             'voided', '', NEW.amount, NEW.currency);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER audit_credits AFTER INSERT OR DELETE OR UPDATE OF void_date ON credits
    FOR EACH ROW EXECUTE FUNCTION audit_credits();

-- A payment or credit note applied to an invoice (a positive row) or taken off it again (a
-- negative one). Write-offs and plans are recorded as their own rows.
CREATE FUNCTION audit_allocations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM audit_record(invoices.customer_id, credit_kind(credits.kind), credits.id,
                         credits.code,
                         CASE WHEN NEW.amount > 0 THEN 'allocated' ELSE 'unapplied' END,
                         invoices.number, abs(NEW.amount), NEW.currency)
    FROM credits, invoices
    WHERE credits.id = NEW.credit_id AND invoices.id = NEW.invoice_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER audit_allocations AFTER INSERT ON allocations
    FOR EACH ROW WHEN (NEW.credit_id IS NOT NULL) EXECUTE FUNCTION audit_allocations();

-- A write-off or an early-payment discount (a void's own write-off row is the invoice's void).
CREATE FUNCTION audit_write_offs() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM audit_record(invoices.customer_id, 'invoice', invoices.id, invoices.number,
                         CASE NEW.kind WHEN 'D' THEN 'discounted' ELSE 'written_off' END, '',
                         NEW.amount, invoices.currency)
    FROM invoices
    WHERE invoices.id = NEW.invoice_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER audit_write_offs AFTER INSERT ON write_offs
    FOR EACH ROW WHEN (NEW.is_void = 0) EXECUTE FUNCTION audit_write_offs();

CREATE FUNCTION audit_plans() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM audit_record(NEW.customer_id, 'plan', NEW.id, 'PLAN-' || NEW.id, 'created', '',
                             NEW.covered, NEW.currency);
    ELSIF NEW.status <> OLD.status AND NEW.status IN ('cancelled', 'rescheduled') THEN
        PERFORM audit_record(NEW.customer_id, 'plan', NEW.id, 'PLAN-' || NEW.id, NEW.status, '',
                             NEW.covered, NEW.currency);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER audit_plans AFTER INSERT OR UPDATE OF status ON plans
    FOR EACH ROW EXECUTE FUNCTION audit_plans();

-- related: the reminder's level.
CREATE FUNCTION audit_reminders() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM audit_record(NEW.customer_id, 'invoice', invoices.id, invoices.number, 'reminded',
                         CAST(NEW.level AS TEXT), NULL, NULL)
    FROM invoices
    WHERE invoices.id = NEW.invoice_id;
    RETURN NULL;
END
$$;
CREATE TRIGGER audit_reminders AFTER INSERT ON reminder_log
    FOR EACH ROW EXECUTE FUNCTION audit_reminders();

-- document: the activity's kind (call, email, note, promise, dispute).
CREATE FUNCTION audit_activities() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM audit_record(NEW.customer_id, 'activity', NEW.id, NEW.kind, 'created', '',
                             NEW.promised_amount, NEW.currency);
    ELSIF OLD.resolved_date IS NULL AND NEW.resolved_date IS NOT NULL THEN
        PERFORM audit_record(NEW.customer_id, 'activity', NEW.id, NEW.kind, 'resolved', '',
                             NULL, NULL);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER audit_activities AFTER INSERT OR UPDATE OF resolved_date ON activities
    FOR EACH ROW EXECUTE FUNCTION audit_activities();

-- related: the agency.
CREATE FUNCTION audit_agency_handovers() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM audit_record(NEW.customer_id, 'customer', customers.id, customers.code,
                             'handed_over', NEW.agency, NULL, NULL)
        FROM customers
        WHERE customers.id = NEW.customer_id;
    ELSIF OLD.recalled_date IS NULL AND NEW.recalled_date IS NOT NULL THEN
        PERFORM audit_record(NEW.customer_id, 'customer', customers.id, customers.code,
                             'recalled', NEW.agency, NULL, NULL)
        FROM customers
        WHERE customers.id = NEW.customer_id;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER audit_agency_handovers AFTER INSERT OR UPDATE OF recalled_date ON agency_handovers
    FOR EACH ROW EXECUTE FUNCTION audit_agency_handovers();
