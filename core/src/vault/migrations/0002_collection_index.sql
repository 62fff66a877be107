-- Step 2: list a collection without scanning every record.
CREATE INDEX records_by_collection ON records (collection);
