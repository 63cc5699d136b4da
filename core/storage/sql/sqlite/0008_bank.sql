-- ARDesk ledger schema, version 8: bank statements and cash application.
-- A statement's account as the bank names it (IBAN or the bank's account id).
CREATE TABLE bank_accounts (
    id         INTEGER PRIMARY KEY,
    account    TEXT NOT NULL UNIQUE,
    currency   TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- Each statement of an imported file, kept for the record: lines have their own identity, so an
-- overlapping statement adds only the lines the ledger has not seen.
CREATE TABLE bank_statements (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES bank_accounts(id),
    format       TEXT NOT NULL,
    statement_id TEXT NOT NULL DEFAULT '',
    file_name    TEXT NOT NULL,
    created_at   TEXT NOT NULL
);

-- A booked credit of a statement: money in, to be applied to a customer's documents.
-- identity: the bank's id of the line, or one built from its contents where the bank gives none
-- (docs/contract.md, "Bank statements"); unique per account, so no line is stored twice.
-- status: 'open' until posted as a payment (BANK-<id>) or ignored with a reason.
CREATE TABLE bank_lines (
    id                   INTEGER PRIMARY KEY,
    account_id           INTEGER NOT NULL REFERENCES bank_accounts(id),
    statement_id         INTEGER NOT NULL REFERENCES bank_statements(id),
    identity             TEXT NOT NULL,
    booking_date         TEXT NOT NULL,
    value_date           TEXT NOT NULL,
    amount               INTEGER NOT NULL CHECK (amount > 0),
    currency             TEXT NOT NULL,
    counterparty         TEXT NOT NULL DEFAULT '',
    counterparty_account TEXT NOT NULL DEFAULT '',
    reference            TEXT NOT NULL DEFAULT '',
    bank_reference       TEXT NOT NULL DEFAULT '',
    status               TEXT NOT NULL DEFAULT 'open'
                         CHECK (status IN ('open', 'posted', 'ignored')),
    ignore_reason        TEXT NOT NULL DEFAULT '',
    created_at           TEXT NOT NULL,
    UNIQUE (account_id, identity)
);
CREATE INDEX bank_lines_by_status ON bank_lines(status, booking_date, id);

-- Counterparty accounts (IBAN or account number) known to belong to a customer, remembered when
-- the bookkeeper confirms a line.
CREATE TABLE counterparty_accounts (
    account     TEXT PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    created_at  TEXT NOT NULL
) WITHOUT ROWID;

-- A customer's own bank account, from the customers CSV: another way to know who paid.
ALTER TABLE customers ADD COLUMN bank_account TEXT NOT NULL DEFAULT '';
CREATE INDEX customers_by_bank_account ON customers(bank_account) WHERE bank_account <> '';
