-- ARDesk ledger schema, version 6: letter templates edited in the ledger.
-- A row overrides the built-in template of that name and language (resources/letters/<lang>/
-- <name>.html) for every letter and e-mail made from this ledger; deleting it restores the
-- default. The body is the mustache HTML as the user saved it, checked before it is stored.
-- updated_at is a UTC audit stamp.

CREATE TABLE letter_templates (
    name       TEXT NOT NULL CHECK (name <> ''),
    language   TEXT NOT NULL CHECK (language <> ''),
    body       TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (name, language)
);
