-- ARDesk ledger schema, version 16: customer names as a search compares them.
-- folded_name is the name with case and accents dropped (FoldedText::fold: "Müller" and
-- "Ångström" are 'muller' and 'angstrom'), so that a search for "muller" finds "Müller" and the
-- desktop's lists can put "Ångström" among the A's with an index instead of after the Z's.
-- CustomerRepository writes it with the name; the Migrator fills it for the customers already
-- there, in this step's transaction. The command line keeps sorting by name (code points).
ALTER TABLE customers ADD COLUMN folded_name TEXT NOT NULL DEFAULT '';
CREATE INDEX customers_by_folded_name ON customers(folded_name, name, code);
