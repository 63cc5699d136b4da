-- ARDesk ledger schema, version 7: reminder charges.
-- A dunning run can book a letter's interest and fee on the customer as an invoice
-- (REM-<date>-<customer>). It is aged, dunned and paid like any other, but, like a plan's fee
-- and interest, it is not a credit sale: `charge` tells the KPIs. The KPI index covers it, so
-- the monthly figures still read the index alone.
ALTER TABLE invoices ADD COLUMN charge INTEGER NOT NULL DEFAULT 0 CHECK (charge IN (0, 1));
DROP INDEX invoices_by_issue_date;
CREATE INDEX invoices_by_issue_date ON invoices(issue_date, due_date, currency, kind, charge,
                                                amount);
