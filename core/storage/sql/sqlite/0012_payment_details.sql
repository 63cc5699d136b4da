-- ARDesk ledger schema, version 12: how to pay.
-- The company's payment details (account holder, IBAN, BIC, account number, routing code,
-- payment link pattern) are ledger_info keys like the other company details: no table.
-- Each invoice and plan installment keeps the ISO 11649 creditor reference its letters print
-- as the payment reference (CreditorReference::forDocument: RF, two check digits, the
-- number's ASCII letters and digits upper case; '' when the number has none or more than 21),
-- so that the invoice list finds it and a reference stays what was printed.
ALTER TABLE invoices ADD COLUMN payment_reference TEXT NOT NULL DEFAULT '';

-- The references of the documents already in the ledger, computed here as the program does:
-- one walk over the number's characters keeps its letters and digits (body) and the running
-- remainder mod 97 of the digits they stand for (A = 10 … Z = 35); "RF00" appended to the body
-- adds R (27), F (15) and two zeros; the check digits are 98 minus that remainder.
UPDATE invoices SET payment_reference = (
    WITH RECURSIVE walk(pos, body, remainder) AS (
        SELECT 1, '', 0
        UNION ALL
        SELECT pos + 1,
               body || CASE WHEN substr(upper(invoices.number), pos, 1) GLOB '[0-9A-Z]'
                            THEN substr(upper(invoices.number), pos, 1) ELSE '' END,
               CASE WHEN substr(invoices.number, pos, 1) GLOB '[0-9]'
                    THEN (remainder * 10 + substr(invoices.number, pos, 1)) % 97
                    WHEN substr(upper(invoices.number), pos, 1) GLOB '[A-Z]'
                    THEN (remainder * 100 + unicode(substr(upper(invoices.number), pos, 1)) - 55) % 97
                    ELSE remainder END
        FROM walk WHERE pos <= length(invoices.number)
    )
    SELECT CASE WHEN length(body) BETWEEN 1 AND 21
                THEN 'RF' || printf('%02d', 98 - (((remainder * 100 + 27) % 97) * 100 + 15) % 97 * 100 % 97) || body
                ELSE '' END
    FROM walk ORDER BY pos DESC LIMIT 1
);

CREATE INDEX invoices_by_payment_reference ON invoices(payment_reference);
