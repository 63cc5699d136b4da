-- ARDesk ledger schema for PostgreSQL: the whole schema of version 16 (the first version that
-- keeps ledgers on a server), created at once by `ardesk-cli init`; later versions add one
-- numbered script here and one in ../sqlite. It is the SQLite schema with three differences:
-- - every text column compares as code points (COLLATE "C"), as SQLite's text does, so codes,
--   numbers and ISO dates sort and compare the same on both engines;
-- - integers are BIGINT (SQLite's INTEGER is 64-bit);
-- - a new row's id is the largest id so far plus one, as SQLite gives it, not a sequence: a
--   rolled-back insert leaves no gap, so ids, and names made of them (PLAN-<id>/<n>), come out
--   the same on both engines. Writers hold the ledger's write lock (SqlDialect::beginWriting),
--   so no two insert at once.

-- The schema version; its presence marks the database as an ARDesk ledger.
CREATE TABLE ardesk_schema (
    version INTEGER NOT NULL
);
INSERT INTO ardesk_schema(version) VALUES (0);

CREATE TABLE ledger_info (
    key   TEXT COLLATE "C" PRIMARY KEY,
    value TEXT COLLATE "C" NOT NULL
);
CREATE TABLE customers (
    id           BIGINT PRIMARY KEY,
    code         TEXT COLLATE "C" NOT NULL UNIQUE,
    name         TEXT COLLATE "C" NOT NULL,
    email        TEXT COLLATE "C" NOT NULL DEFAULT '',
    phone        TEXT COLLATE "C" NOT NULL DEFAULT '',
    address      TEXT COLLATE "C" NOT NULL DEFAULT '',
    terms_days   BIGINT NOT NULL DEFAULT 30 CHECK (terms_days >= 0),
    credit_limit BIGINT CHECK (credit_limit >= 0),
    currency     TEXT COLLATE "C" NOT NULL,
    language     TEXT COLLATE "C" NOT NULL DEFAULT 'en',
    on_hold      BIGINT NOT NULL DEFAULT 0 CHECK (on_hold IN (0, 1)),
    created_at   TEXT COLLATE "C" NOT NULL
, bank_account TEXT COLLATE "C" NOT NULL DEFAULT '', discount_bp BIGINT NOT NULL DEFAULT 0
    CHECK (discount_bp BETWEEN 0 AND 10000), discount_days BIGINT NOT NULL DEFAULT 0
    CHECK (discount_days >= 0), folded_name TEXT COLLATE "C" NOT NULL DEFAULT '');
CREATE INDEX customers_by_name ON customers(name, code);
CREATE TABLE plans (
    id               BIGINT PRIMARY KEY,
    customer_id      BIGINT NOT NULL REFERENCES customers(id),
    date             TEXT COLLATE "C" NOT NULL,
    currency         TEXT COLLATE "C" NOT NULL,
    covered          BIGINT NOT NULL CHECK (covered >= 0),
    fee              BIGINT NOT NULL DEFAULT 0 CHECK (fee >= 0),
    down_payment     BIGINT NOT NULL DEFAULT 0 CHECK (down_payment >= 0),
    installments     BIGINT NOT NULL CHECK (installments > 0),
    frequency        TEXT COLLATE "C" NOT NULL CHECK (frequency IN ('weekly', 'biweekly', 'monthly')),
    first_due        TEXT COLLATE "C" NOT NULL,
    annual_rate      TEXT COLLATE "C" NOT NULL DEFAULT '',
    status           TEXT COLLATE "C" NOT NULL DEFAULT 'active'
                     CHECK (status IN ('active', 'rescheduled', 'cancelled')),
    replaces_plan_id BIGINT REFERENCES plans(id),
    ended_date       TEXT COLLATE "C",
    created_at       TEXT COLLATE "C" NOT NULL
);
CREATE INDEX plans_by_customer ON plans(customer_id);
CREATE TABLE invoices (
    id           BIGINT PRIMARY KEY,
    number       TEXT COLLATE "C" NOT NULL UNIQUE,
    customer_id  BIGINT NOT NULL REFERENCES customers(id),
    issue_date   TEXT COLLATE "C" NOT NULL,
    due_date     TEXT COLLATE "C" NOT NULL,
    amount       BIGINT NOT NULL CHECK (amount > 0),
    currency     TEXT COLLATE "C" NOT NULL,
    description  TEXT COLLATE "C" NOT NULL DEFAULT '',
    allocated    BIGINT NOT NULL DEFAULT 0 CHECK (allocated >= 0 AND allocated <= amount),
    settled_date TEXT COLLATE "C" NOT NULL DEFAULT '9999-12-31',
    created_at   TEXT COLLATE "C" NOT NULL
, kind TEXT COLLATE "C" NOT NULL DEFAULT 'I' CHECK (kind IN ('I', 'S')), plan_id BIGINT REFERENCES plans(id), installment BIGINT, charge BIGINT NOT NULL DEFAULT 0 CHECK (charge IN (0, 1)), payment_reference TEXT COLLATE "C" NOT NULL DEFAULT '', discount_bp BIGINT NOT NULL DEFAULT 0
    CHECK (discount_bp BETWEEN 0 AND 10000), discount_until TEXT COLLATE "C", void_date TEXT COLLATE "C", void_reason TEXT COLLATE "C" NOT NULL DEFAULT '');
CREATE INDEX invoices_aging ON invoices(settled_date, issue_date, customer_id, due_date, amount,
                                        allocated);
CREATE INDEX invoices_by_customer ON invoices(customer_id, issue_date);
CREATE INDEX invoices_open_by_customer ON invoices(customer_id, due_date, number)
    WHERE allocated < amount;
CREATE TABLE credits (
    id          BIGINT PRIMARY KEY,
    kind        TEXT COLLATE "C" NOT NULL CHECK (kind IN ('P', 'C')),
    code        TEXT COLLATE "C" NOT NULL,
    customer_id BIGINT NOT NULL REFERENCES customers(id),
    date        TEXT COLLATE "C" NOT NULL,
    amount      BIGINT NOT NULL CHECK (amount > 0),
    currency    TEXT COLLATE "C" NOT NULL,
    invoice_id  BIGINT REFERENCES invoices(id),
    method      TEXT COLLATE "C" NOT NULL DEFAULT '',
    reference   TEXT COLLATE "C" NOT NULL DEFAULT '',
    reason      TEXT COLLATE "C" NOT NULL DEFAULT '',
    unapplied   BIGINT NOT NULL CHECK (unapplied >= 0 AND unapplied <= amount),
    created_at  TEXT COLLATE "C" NOT NULL, void_date TEXT COLLATE "C", void_reason TEXT COLLATE "C" NOT NULL DEFAULT '', changed_until TEXT COLLATE "C",
    UNIQUE (kind, code)
);
CREATE INDEX credits_by_customer ON credits(customer_id, date);
CREATE TABLE write_offs (
    id         BIGINT PRIMARY KEY,
    invoice_id BIGINT NOT NULL REFERENCES invoices(id),
    date       TEXT COLLATE "C" NOT NULL,
    amount     BIGINT NOT NULL CHECK (amount > 0),
    reason     TEXT COLLATE "C" NOT NULL,
    created_at TEXT COLLATE "C" NOT NULL
, kind TEXT COLLATE "C" NOT NULL DEFAULT 'W' CHECK (kind IN ('W', 'D')), credit_id BIGINT REFERENCES credits(id), is_void BIGINT NOT NULL DEFAULT 0 CHECK (is_void IN (0, 1)));
CREATE INDEX write_offs_by_invoice ON write_offs(invoice_id);
CREATE TABLE plan_invoices (
    plan_id    BIGINT NOT NULL REFERENCES plans(id),
    invoice_id BIGINT NOT NULL REFERENCES invoices(id),
    amount     BIGINT NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (plan_id, invoice_id)
);
CREATE INDEX plan_invoices_by_invoice ON plan_invoices(invoice_id);
CREATE UNIQUE INDEX installments_by_plan ON invoices(plan_id, installment)
    WHERE plan_id IS NOT NULL;
CREATE TABLE allocations (
    id           BIGINT PRIMARY KEY,
    invoice_id   BIGINT NOT NULL REFERENCES invoices(id),
    credit_id    BIGINT REFERENCES credits(id),
    write_off_id BIGINT REFERENCES write_offs(id),
    plan_id      BIGINT REFERENCES plans(id),
    source_date  TEXT COLLATE "C" NOT NULL,
    amount       BIGINT NOT NULL CHECK (amount <> 0),
    effective_date TEXT COLLATE "C" NOT NULL,
    item_due_date  TEXT COLLATE "C" NOT NULL,
    currency       TEXT COLLATE "C" NOT NULL,
    CHECK (num_nonnulls(credit_id, write_off_id, plan_id) = 1)
);
CREATE INDEX allocations_by_invoice ON allocations(invoice_id, source_date);
CREATE INDEX allocations_by_date ON allocations(source_date, invoice_id, amount);
CREATE INDEX allocations_by_credit ON allocations(credit_id) WHERE credit_id IS NOT NULL;
CREATE INDEX allocations_by_write_off ON allocations(write_off_id) WHERE write_off_id IS NOT NULL;
CREATE INDEX allocations_by_plan ON allocations(plan_id) WHERE plan_id IS NOT NULL;
CREATE INDEX allocations_by_effect ON allocations(effective_date, item_due_date, currency, amount);
CREATE TABLE activities (
    id              BIGINT PRIMARY KEY,
    customer_id     BIGINT NOT NULL REFERENCES customers(id),
    invoice_id      BIGINT REFERENCES invoices(id),
    kind            TEXT COLLATE "C" NOT NULL
                    CHECK (kind IN ('call', 'email', 'note', 'promise', 'dispute')),
    date            TEXT COLLATE "C" NOT NULL,
    text            TEXT COLLATE "C" NOT NULL DEFAULT '',
    promised_amount BIGINT CHECK (promised_amount > 0),
    promised_date   TEXT COLLATE "C",
    currency        TEXT COLLATE "C",
    resolved_date   TEXT COLLATE "C",
    created_at      TEXT COLLATE "C" NOT NULL,
    CHECK (kind <> 'promise'
           OR (promised_amount IS NOT NULL AND promised_date IS NOT NULL AND currency IS NOT NULL)),
    CHECK (kind <> 'dispute' OR invoice_id IS NOT NULL),
    CHECK (kind = 'dispute' OR resolved_date IS NULL)
);
CREATE INDEX activities_by_customer ON activities(customer_id, date);
CREATE UNIQUE INDEX activities_open_disputes ON activities(invoice_id)
    WHERE kind = 'dispute' AND resolved_date IS NULL;
CREATE INDEX credits_by_kind_date ON credits(kind, date);
CREATE INDEX credits_by_kind_amount ON credits(kind, amount);
CREATE INDEX credits_by_kind_unapplied ON credits(kind, unapplied);
CREATE INDEX activities_promises ON activities(promised_date, date)
    WHERE kind = 'promise';
CREATE TABLE letter_templates (
    name       TEXT COLLATE "C" NOT NULL CHECK (name <> ''),
    language   TEXT COLLATE "C" NOT NULL CHECK (language <> ''),
    body       TEXT COLLATE "C" NOT NULL,
    updated_at TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (name, language)
);
CREATE INDEX invoices_by_issue_date ON invoices(issue_date, due_date, currency, kind, charge,
                                                amount);
CREATE TABLE bank_accounts (
    id         BIGINT PRIMARY KEY,
    account    TEXT COLLATE "C" NOT NULL UNIQUE,
    currency   TEXT COLLATE "C" NOT NULL,
    created_at TEXT COLLATE "C" NOT NULL
);
CREATE TABLE bank_statements (
    id           BIGINT PRIMARY KEY,
    account_id   BIGINT NOT NULL REFERENCES bank_accounts(id),
    format       TEXT COLLATE "C" NOT NULL,
    statement_id TEXT COLLATE "C" NOT NULL DEFAULT '',
    file_name    TEXT COLLATE "C" NOT NULL,
    created_at   TEXT COLLATE "C" NOT NULL
);
CREATE TABLE bank_lines (
    id                   BIGINT PRIMARY KEY,
    account_id           BIGINT NOT NULL REFERENCES bank_accounts(id),
    statement_id         BIGINT NOT NULL REFERENCES bank_statements(id),
    identity             TEXT COLLATE "C" NOT NULL,
    booking_date         TEXT COLLATE "C" NOT NULL,
    value_date           TEXT COLLATE "C" NOT NULL,
    amount               BIGINT NOT NULL CHECK (amount > 0),
    currency             TEXT COLLATE "C" NOT NULL,
    counterparty         TEXT COLLATE "C" NOT NULL DEFAULT '',
    counterparty_account TEXT COLLATE "C" NOT NULL DEFAULT '',
    reference            TEXT COLLATE "C" NOT NULL DEFAULT '',
    bank_reference       TEXT COLLATE "C" NOT NULL DEFAULT '',
    status               TEXT COLLATE "C" NOT NULL DEFAULT 'open'
                         CHECK (status IN ('open', 'posted', 'ignored')),
    ignore_reason        TEXT COLLATE "C" NOT NULL DEFAULT '',
    created_at           TEXT COLLATE "C" NOT NULL,
    UNIQUE (account_id, identity)
);
CREATE INDEX bank_lines_by_status ON bank_lines(status, booking_date, id);
CREATE TABLE counterparty_accounts (
    account     TEXT COLLATE "C" PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customers(id),
    created_at  TEXT COLLATE "C" NOT NULL
);
CREATE INDEX customers_by_bank_account ON customers(bank_account) WHERE bank_account <> '';
CREATE TABLE bank_csv_profiles (
    name       TEXT COLLATE "C" PRIMARY KEY,
    settings   TEXT COLLATE "C" NOT NULL,
    created_at TEXT COLLATE "C" NOT NULL,
    updated_at TEXT COLLATE "C" NOT NULL
);
CREATE TABLE recurring_schedules (
    id          BIGINT PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customers(id),
    amount      BIGINT NOT NULL CHECK (amount > 0),
    currency    TEXT COLLATE "C" NOT NULL,
    description TEXT COLLATE "C" NOT NULL,
    frequency   TEXT COLLATE "C" NOT NULL CHECK (frequency IN ('weekly', 'monthly', 'quarterly', 'yearly')),
    start_date  TEXT COLLATE "C" NOT NULL,
    day         BIGINT CHECK (day BETWEEN 1 AND 31),
    last_day    BIGINT NOT NULL DEFAULT 0 CHECK (last_day IN (0, 1)),
    count       BIGINT CHECK (count > 0),
    end_date    TEXT COLLATE "C",
    prefix      TEXT COLLATE "C" NOT NULL,
    status      TEXT COLLATE "C" NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'ended')),
    paused_from TEXT COLLATE "C",
    ended_on    TEXT COLLATE "C",
    created_at  TEXT COLLATE "C" NOT NULL, sequence TEXT COLLATE "C" NOT NULL DEFAULT '',
    CHECK (count IS NULL OR end_date IS NULL)
);
CREATE INDEX recurring_schedules_by_customer ON recurring_schedules(customer_id);
CREATE TABLE recurring_occurrences (
    schedule_id     BIGINT NOT NULL REFERENCES recurring_schedules(id),
    occurrence_date TEXT COLLATE "C" NOT NULL,
    invoice_id      BIGINT UNIQUE REFERENCES invoices(id),
    created_at      TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (schedule_id, occurrence_date)
);
CREATE TABLE dunning_levels (
    level          INTEGER PRIMARY KEY CHECK (level >= 0),
    name           TEXT COLLATE "C" NOT NULL CHECK (name <> ''),
    days_overdue   BIGINT NOT NULL CHECK ((level = 0 AND days_overdue BETWEEN -365 AND 0) OR
                                           (level > 0 AND days_overdue > 0)),
    channel        TEXT COLLATE "C" NOT NULL DEFAULT 'letter' CHECK (channel IN ('letter', 'email', 'both')),
    fee            BIGINT NOT NULL DEFAULT 0 CHECK (fee >= 0),
    annual_rate_bp BIGINT NOT NULL DEFAULT 0 CHECK (annual_rate_bp BETWEEN 0 AND 10000),
    template       TEXT COLLATE "C" NOT NULL,
    enabled        BIGINT NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1))
);
CREATE TABLE reminder_log (
    id          BIGINT PRIMARY KEY,
    invoice_id  BIGINT NOT NULL REFERENCES invoices(id),
    customer_id BIGINT NOT NULL REFERENCES customers(id),
    level       BIGINT NOT NULL CHECK (level >= 0),
    date        TEXT COLLATE "C" NOT NULL,
    channel     TEXT COLLATE "C" NOT NULL CHECK (channel IN ('letter', 'email', 'both')),
    created_at  TEXT COLLATE "C" NOT NULL,
    UNIQUE (invoice_id, level)
);
CREATE INDEX reminder_log_by_customer ON reminder_log(customer_id, date);
CREATE TABLE agency_handovers (
    id            BIGINT PRIMARY KEY,
    customer_id   BIGINT NOT NULL REFERENCES customers(id),
    date          TEXT COLLATE "C" NOT NULL,
    agency        TEXT COLLATE "C" NOT NULL CHECK (agency <> ''),
    note          TEXT COLLATE "C" NOT NULL DEFAULT '',
    recalled_date TEXT COLLATE "C" CHECK (recalled_date IS NULL OR recalled_date >= date),
    recall_note   TEXT COLLATE "C" NOT NULL DEFAULT '',
    created_at    TEXT COLLATE "C" NOT NULL
);
CREATE UNIQUE INDEX agency_handovers_open ON agency_handovers(customer_id)
    WHERE recalled_date IS NULL;
CREATE INDEX agency_handovers_by_customer ON agency_handovers(customer_id, date);
CREATE INDEX invoices_by_payment_reference ON invoices(payment_reference);
CREATE INDEX write_offs_by_credit ON write_offs(credit_id) WHERE credit_id IS NOT NULL;
CREATE INDEX credits_changed ON credits(changed_until, date, customer_id)
    WHERE changed_until IS NOT NULL;
CREATE INDEX credits_unapplied ON credits(date, customer_id, unapplied, changed_until)
    WHERE unapplied > 0;
CREATE INDEX invoices_voided ON invoices(void_date) WHERE void_date IS NOT NULL;
CREATE INDEX credits_voided ON credits(void_date) WHERE void_date IS NOT NULL;
CREATE TABLE corrections (
    id          BIGINT PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customers(id),
    document_kind TEXT COLLATE "C" NOT NULL CHECK (document_kind IN ('invoice', 'payment', 'credit_note')),
    document    TEXT COLLATE "C" NOT NULL,
    action      TEXT COLLATE "C" NOT NULL CHECK (action IN ('edit', 'void', 'unapply', 'apply', 'delete')),
    field       TEXT COLLATE "C" NOT NULL DEFAULT '',
    old_value   TEXT COLLATE "C" NOT NULL DEFAULT '',
    new_value   TEXT COLLATE "C" NOT NULL DEFAULT '',
    date        TEXT COLLATE "C",
    reason      TEXT COLLATE "C" NOT NULL DEFAULT '',
    made_at     TEXT COLLATE "C" NOT NULL
);
CREATE INDEX corrections_by_customer ON corrections(customer_id, made_at);
CREATE INDEX customers_by_folded_name ON customers(folded_name, name, code);

INSERT INTO dunning_levels(level, name, days_overdue, template, enabled) VALUES
    (0, 'Upcoming payment', -3, 'reminder-0', 0),
    (1, 'Payment reminder', 1, 'reminder-1', 1),
    (2, 'Second reminder', 15, 'reminder-2', 1),
    (3, 'Final notice', 30, 'reminder-3', 1),
    (4, 'Collection agency notice', 60, 'reminder-4', 1);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['customers', 'plans', 'invoices', 'credits', 'write_offs', 'allocations', 'activities', 'bank_accounts', 'bank_statements', 'bank_lines', 'recurring_schedules', 'reminder_log', 'agency_handovers', 'corrections'] LOOP
        EXECUTE format('CREATE FUNCTION %1$I_next_id() RETURNS trigger LANGUAGE plpgsql AS '
                       '$f$ BEGIN IF NEW.id IS NULL THEN '
                       'NEW.id := (SELECT coalesce(max(id), 0) + 1 FROM %1$I); '
                       'END IF; RETURN NEW; END $f$', t);
        EXECUTE format('CREATE TRIGGER %1$I_next_id BEFORE INSERT ON %1$I '
                       'FOR EACH ROW EXECUTE FUNCTION %1$I_next_id()', t);
    END LOOP;
END
$$;
