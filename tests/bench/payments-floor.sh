#!/usr/bin/env bash
# How close the payments import is to what SQLite itself needs for the same writes. Imports a
# bench folder's payments with ardesk-cli, then writes the very rows it wrote (credits,
# allocations, their audit entries, the invoices' balances, the indexes built again) into a
# second copy of the same ledger with the sqlite3 shell alone: no CSV parsing, no customer or
# invoice lookups, no allocation rule. Prints the times of both. Run by hand (timings depend on
# the machine), on a folder kept by the bench:
#   ardesk-cli bench --bank-lines 0 --dir DIR
#   tests/bench/payments-floor.sh build/ci/app/ardesk-cli DIR
set -euo pipefail

cli=$(realpath "$1")
bench=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v sqlite3 >/dev/null || { echo "payments-floor: needs the sqlite3 shell" >&2; exit 2; }

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

echo "ledger with the bench's customers and invoices ..."
"$cli" --ledger "$work/before.ardesk" init --company Floor >/dev/null
"$cli" --ledger "$work/before.ardesk" import customers "$bench/customers.csv" >/dev/null
"$cli" --ledger "$work/before.ardesk" import invoices "$bench/invoices.csv" >/dev/null
cp "$work/before.ardesk" "$work/import.ardesk"
cp "$work/before.ardesk" "$work/floor.ardesk"

start=$(now)
"$cli" --ledger "$work/import.ardesk" import payments "$bench/payments.csv" >/dev/null
echo "ardesk-cli import payments:        $(seconds "$start" "$(now)") s"

sqlite3 -csv "$work/import.ardesk" "SELECT * FROM credits" >"$work/credits.csv"
sqlite3 -csv "$work/import.ardesk" "SELECT * FROM allocations" >"$work/allocations.csv"
# The shell's .import reads every field as text and an empty field as '', not NULL: the rows
# go through temporary tables (in memory, not timed) that put the NULLs back.
columns() { sqlite3 "$work/before.ardesk" "SELECT group_concat(name, ',') FROM pragma_table_info('$1')"; }
selected() {
    sqlite3 "$work/before.ardesk" "SELECT group_concat(CASE WHEN \"notnull\" THEN name
        ELSE 'nullif(' || name || ', '''')' END, ',') FROM pragma_table_info('$1')"
}
# What the import sets aside while it writes, as the ledger defines it.
# schema TYPE TABLES [NAMES] EXPRESSION: EXPRESSION over sqlite_master's rows of TYPE on TABLES
# (and only those NAMES), one line each.
schema() {
    sqlite3 "$work/before.ardesk" "SELECT $4 FROM sqlite_master WHERE type = '$1'
        AND tbl_name IN ($2) ${3:+AND name IN ($3)} AND sql IS NOT NULL
        AND name NOT LIKE 'sqlite_%'"
}
definitions() { schema "$1" "$2" "${3:-}" "sql || ';'"; }
drops() { schema "$1" "$2" "${3:-}" "'DROP ' || upper(type) || ' ' || name || ';'"; }
tables="'credits', 'allocations'"
# The import updates these two for nearly every invoice, so it builds them again instead.
balanceIndexes="'invoices_aging', 'invoices_open_by_customer'"

cat >"$work/floor.sql" <<SQL
PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;
PRAGMA temp_store = MEMORY; PRAGMA threads = 2; PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE c($(columns credits));
CREATE TEMP TABLE a($(columns allocations));
.import --csv $work/credits.csv c
.import --csv $work/allocations.csv a
.timer on
BEGIN;
$(drops index "$tables")
$(drops trigger "$tables")
SELECT 'rows';
INSERT INTO credits SELECT $(selected credits) FROM c;
INSERT INTO allocations SELECT $(selected allocations) FROM a;
SELECT 'indexes';
$(definitions index "$tables")
SELECT 'audit trail';
INSERT INTO audit_trail(customer_id, document_kind, document_id, document, action, related,
                        amount, currency, made_by, made_at)
SELECT t.customer_id, CASE t.kind WHEN 'P' THEN 'payment' ELSE 'credit_note' END, t.id, t.code,
       'created', '', t.amount, t.currency, s.made_by, s.made_at
FROM credits t CROSS JOIN audit_signature s ORDER BY t.id;
INSERT INTO audit_trail(customer_id, document_kind, document_id, document, action, related,
                        amount, currency, made_by, made_at)
SELECT i.customer_id, CASE c.kind WHEN 'P' THEN 'payment' ELSE 'credit_note' END, c.id, c.code,
       CASE WHEN t.amount > 0 THEN 'allocated' ELSE 'unapplied' END, i.number, abs(t.amount),
       t.currency, s.made_by, s.made_at
FROM allocations t JOIN credits c ON c.id = t.credit_id JOIN invoices i ON i.id = t.invoice_id
CROSS JOIN audit_signature s ORDER BY t.id;
SELECT 'balances';
$(drops index "'invoices'" "$balanceIndexes")
UPDATE invoices SET allocated = allocated + n.added,
    settled_date = CASE WHEN allocated + n.added = amount THEN n.last ELSE '9999-12-31' END
FROM (SELECT invoice_id, sum(amount) AS added, max(source_date) AS last FROM allocations
      GROUP BY invoice_id) AS n
WHERE invoices.id = n.invoice_id;
$(definitions index "'invoices'" "$balanceIndexes")
$(definitions trigger "$tables")
SELECT 'commit';
COMMIT;
SQL

start=$(now)
sqlite3 "$work/floor.ardesk" <"$work/floor.sql" >"$work/floor.log"
echo "sqlite3 shell, the same writes:    $(seconds "$start" "$(now)") s (reading the CSV into memory included)"
# Each step's statements are timed by the shell; a step starts where its name is printed.
awk '/^Run Time/ { if (name != "") step[name] += $4; next }
     /^(rows|indexes|audit trail|balances|commit)$/ { name = $0; order[++n] = name }
     END { for (i = 1; i <= n; ++i) printf "  %-12s %6.2f s\n", order[i], step[order[i]] }' \
    "$work/floor.log"
