-- ARDesk ledger schema, version 14: a recurring schedule may number its invoices on from a
-- sequence instead of by prefix and month. `sequence` is a number of that sequence (e.g.
-- INV-000001): its invoices take the next free numbers with the same stem, padded to as many
-- digits. Empty: numbered <prefix><yyyymm>-<n> as before.
ALTER TABLE recurring_schedules ADD COLUMN sequence TEXT NOT NULL DEFAULT '';
