-- ARDesk ledger schema, version 13: early-payment discounts (e.g. 2/10 net 30).
-- Percentages are basis points (1.5 % = 150), so no rate is ever a floating-point value.
-- A customer's terms: discount_bp off the invoice amount when paid within discount_days of the
-- issue date; 0 offers nothing.
ALTER TABLE customers ADD COLUMN discount_bp INTEGER NOT NULL DEFAULT 0
    CHECK (discount_bp BETWEEN 0 AND 10000);
ALTER TABLE customers ADD COLUMN discount_days INTEGER NOT NULL DEFAULT 0
    CHECK (discount_days >= 0);

-- An invoice's offer, fixed when it is written (its own override, else the customer's terms of
-- that day), so that changing a customer's terms later never changes what an invoice offered.
-- discount_until is the last day a payment earns it; NULL when nothing is offered.
ALTER TABLE invoices ADD COLUMN discount_bp INTEGER NOT NULL DEFAULT 0
    CHECK (discount_bp BETWEEN 0 AND 10000);
ALTER TABLE invoices ADD COLUMN discount_until TEXT;

-- A discount allowed is booked like a write-off (kind 'D' beside the write-offs' 'W'): it
-- reduces AR from its date and is no credit-sale adjustment. credit_id is the payment that
-- earned it, booked in the same transaction.
ALTER TABLE write_offs ADD COLUMN kind TEXT NOT NULL DEFAULT 'W' CHECK (kind IN ('W', 'D'));
ALTER TABLE write_offs ADD COLUMN credit_id INTEGER REFERENCES credits(id);
CREATE INDEX write_offs_by_credit ON write_offs(credit_id) WHERE credit_id IS NOT NULL;
