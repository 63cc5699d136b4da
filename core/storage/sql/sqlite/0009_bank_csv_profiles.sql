-- ARDesk ledger schema, version 9: the column profiles of banks' CSV exports.
-- `settings` is the profile as JSON (docs/contract.md, bank import, settled details): the
-- profile's fields grow without a migration each time.
CREATE TABLE bank_csv_profiles (
    name       TEXT PRIMARY KEY,
    settings   TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
