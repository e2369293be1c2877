-- Schema version 1: the server's identity.
--
-- Key/value rather than columns so later settings need no schema change.
-- The id and the creation time are filled in here, inside the migration's
-- transaction, so a database never exists without them. `randomblob` draws
-- from SQLite's ChaCha20 generator, seeded from the operating system.
CREATE TABLE server_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

INSERT INTO server_meta (key, value) VALUES
    ('server_id', lower(hex(randomblob(16)))),
    ('created_at', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
