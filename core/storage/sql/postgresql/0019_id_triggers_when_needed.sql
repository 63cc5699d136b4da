-- ARDesk ledger schema, version 19: the triggers that give a new row its id (the largest plus
-- one, see 0016_schema.sql) run only for a row that comes without one. Bulk loads, copies and
-- the audit trail of a bulk load give their rows ids themselves, and a call of the trigger's
-- function for each of them only to find the id set cost a million-invoice import seconds.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['customers', 'plans', 'invoices', 'credits', 'write_offs', 'allocations', 'activities', 'bank_accounts', 'bank_statements', 'bank_lines', 'recurring_schedules', 'reminder_log', 'agency_handovers', 'corrections', 'audit_trail'] LOOP
        EXECUTE format('CREATE OR REPLACE TRIGGER %1$I_next_id BEFORE INSERT ON %1$I '
                       'FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION %1$I_next_id()', t);
    END LOOP;
END
$$;
