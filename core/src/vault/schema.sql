-- The current vault schema, used to create a fresh database. Must equal the
-- result of applying every file in migrations/ in order (a test checks it).
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value BLOB NOT NULL
) STRICT;

CREATE TABLE records (
    id         BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    collection TEXT NOT NULL,
    envelope   BLOB NOT NULL
) STRICT;

CREATE INDEX records_by_collection ON records (collection);
