-- ARDesk ledger schema, version 20: no index on invoices.payment_reference. Nothing looks an
-- invoice up by its reference: the bank matcher resolves a creditor reference to the number in
-- memory, and the invoice list searches references for a part anywhere (LIKE '%…%'), which no
-- index serves. It held a million distinct references of the benchmark's ledger (22 MB) and
-- cost its invoice import 1.2 s to build.
DROP INDEX IF EXISTS invoices_by_payment_reference;
