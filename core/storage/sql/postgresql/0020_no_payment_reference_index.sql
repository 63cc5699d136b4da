-- ARDesk ledger schema, version 20: no index on invoices.payment_reference (see
-- ../sqlite/0020_no_payment_reference_index.sql: no query looks an invoice up by it).
DROP INDEX IF EXISTS invoices_by_payment_reference;
