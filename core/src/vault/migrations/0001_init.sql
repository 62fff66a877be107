-- Vault schema, step 1: identity of the database and the records table.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value BLOB NOT NULL
) STRICT;

CREATE TABLE records (
    id         BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    collection TEXT NOT NULL,
    envelope   BLOB NOT NULL
) STRICT;
