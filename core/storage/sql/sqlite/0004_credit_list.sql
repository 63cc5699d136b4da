-- ARDesk ledger schema, version 4: the payment and credit-note lists.
-- The lists show one kind at a time, a page at a time, sorted by date, amount or unapplied
-- amount. Without these, each page of a million payments sorted all of them again (over a
-- second per page, measured); with them a page is a short walk of one index. Sorting by code
-- uses the UNIQUE (kind, code) index; by customer, customers_by_name and credits_by_customer.
CREATE INDEX credits_by_kind_date ON credits(kind, date);
CREATE INDEX credits_by_kind_amount ON credits(kind, amount);
CREATE INDEX credits_by_kind_unapplied ON credits(kind, unapplied);
