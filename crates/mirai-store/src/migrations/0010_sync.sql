-- Sync with a server (`mirai-sync`): the engine's stored documents, and which document each
-- queued submission was written to. Settings (server, "Wi-Fi only", the device's key, the
-- last time everything was sent) live in `setting`.

-- automerge-repo's storage, one row per key: document snapshots and incremental changes. The
-- same definition as `mirai_sync::store::SqliteStore`, which works on this table.
CREATE TABLE sync_chunks (key TEXT PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID;

-- The sync document holding a queued submission, once written; it is marked sent when the
-- server holds it and it is shared with the organisation.
ALTER TABLE outbox ADD COLUMN document TEXT;
