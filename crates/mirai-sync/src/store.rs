//! Where synced documents are kept: samod-core's key-value model (keys are lists of strings,
//! values are bytes, range reads by prefix) on a backend that makes a batch of writes durable at
//! once. The engine writes a batch, calls [`Store::commit`], and only then sends the messages
//! that tell peers their changes are stored; that ordering is the whole durability promise.

use std::collections::HashMap;
use std::path::Path;

use rusqlite::{Connection, OptionalExtension, params};
use samod_core::StorageKey;

/// Why the store failed. The engine sends nothing that depends on a failed batch.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database refused a read, a write or the commit.
    #[error("sqlite error")]
    Sqlite(#[from] rusqlite::Error),
    /// SQLite kept another journal mode than WAL (some network file systems cannot do WAL).
    #[error("cannot enable wal journal mode (sqlite kept {0:?})")]
    JournalMode(String),
    /// A stored key is not a valid storage key (the file was edited by something else).
    #[error("a stored key is not a storage key")]
    BadKey,
    /// The engine could not start or reload (its thread, its runtime, the hub loader).
    #[error("sync engine: {0}")]
    Io(String),
}

/// A key-value store with batches: reads see the batch's own writes; nothing of a batch is
/// durable, nor may be acknowledged, before [`Store::commit`] returns `Ok`.
pub trait Store: Send {
    /// The value under `key`, if any.
    fn load(&mut self, key: &StorageKey) -> Result<Option<Vec<u8>>, StoreError>;
    /// Every entry whose key starts with `prefix`.
    fn load_range(&mut self, prefix: &StorageKey) -> Result<HashMap<StorageKey, Vec<u8>>, StoreError>;
    /// Stores `value` under `key`, replacing what was there.
    fn put(&mut self, key: &StorageKey, value: &[u8]) -> Result<(), StoreError>;
    /// Removes `key`; removing a missing key is not an error.
    fn delete(&mut self, key: &StorageKey) -> Result<(), StoreError>;
    /// Makes the batch durable (fsync). On error the whole batch is rolled back.
    fn commit(&mut self) -> Result<(), StoreError>;
    /// Throws the batch away (the engine could not finish it).
    fn rollback(&mut self);
}

/// The separator in stored keys. samod-core refuses it inside a key component, so joining is
/// reversible, and a prefix query can match on "prefix + separator".
const SEPARATOR: char = '/';

/// [`Store`] on one SQLite file: WAL and `synchronous=FULL`, so a committed batch survives a
/// power cut, not only a crash of the process.
pub struct SqliteStore {
    conn: Connection,
    in_batch: bool,
}

impl SqliteStore {
    /// Opens (creating if needed) the store's table in the SQLite file at `path`. The file may
    /// hold other tables (the server keeps its metadata in the same file).
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        let mode: String = conn.pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(StoreError::JournalMode(mode));
        }
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.execute_batch(
            "CREATE TABLE IF NOT EXISTS sync_chunks (key TEXT PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID",
        )?;
        Ok(SqliteStore { conn, in_batch: false })
    }

    /// The store on a connection the caller opened (the app's encrypted database, keyed),
    /// whose schema already has the table; `synchronous=FULL` is set on it.
    pub fn from_connection(conn: Connection) -> Result<Self, StoreError> {
        conn.pragma_update(None, "synchronous", "FULL")?;
        Ok(SqliteStore { conn, in_batch: false })
    }

    fn begin(&mut self) -> Result<(), StoreError> {
        if !self.in_batch {
            self.conn.execute_batch("BEGIN IMMEDIATE")?;
            self.in_batch = true;
        }
        Ok(())
    }
}

fn joined(key: &StorageKey) -> String {
    key.to_string()
}

fn split(key: &str) -> Result<StorageKey, StoreError> {
    StorageKey::from_parts(key.split(SEPARATOR)).map_err(|_| StoreError::BadKey)
}

impl Store for SqliteStore {
    fn load(&mut self, key: &StorageKey) -> Result<Option<Vec<u8>>, StoreError> {
        let value = self
            .conn
            .prepare_cached("SELECT value FROM sync_chunks WHERE key = ?1")?
            .query_row(params![joined(key)], |row| row.get(0))
            .optional()?;
        Ok(value)
    }

    fn load_range(&mut self, prefix: &StorageKey) -> Result<HashMap<StorageKey, Vec<u8>>, StoreError> {
        let exact = joined(prefix);
        // Keys under the prefix sort between "prefix/" and "prefix0" ('0' follows '/').
        let (low, high) = (format!("{exact}{SEPARATOR}"), format!("{exact}0"));
        let mut statement = self
            .conn
            .prepare_cached("SELECT key, value FROM sync_chunks WHERE key = ?1 OR (key >= ?2 AND key < ?3)")?;
        let rows = statement.query_map(params![exact, low, high], |row| Ok((row.get::<_, String>(0)?, row.get(1)?)))?;
        let mut found = HashMap::new();
        for row in rows {
            let (key, value) = row?;
            found.insert(split(&key)?, value);
        }
        Ok(found)
    }

    fn put(&mut self, key: &StorageKey, value: &[u8]) -> Result<(), StoreError> {
        self.begin()?;
        self.conn
            .prepare_cached("INSERT INTO sync_chunks (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value")?
            .execute(params![joined(key), value])?;
        Ok(())
    }

    fn delete(&mut self, key: &StorageKey) -> Result<(), StoreError> {
        self.begin()?;
        self.conn.prepare_cached("DELETE FROM sync_chunks WHERE key = ?1")?.execute(params![joined(key)])?;
        Ok(())
    }

    fn commit(&mut self) -> Result<(), StoreError> {
        if !self.in_batch {
            return Ok(());
        }
        self.in_batch = false;
        if let Err(error) = self.conn.execute_batch("COMMIT") {
            // A failed COMMIT may leave the transaction open; end it so the next batch starts clean.
            let _ = self.conn.execute_batch("ROLLBACK");
            return Err(error.into());
        }
        Ok(())
    }

    fn rollback(&mut self) {
        if std::mem::take(&mut self.in_batch) {
            let _ = self.conn.execute_batch("ROLLBACK");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(parts: &[&str]) -> StorageKey {
        StorageKey::from_parts(parts).expect("valid key")
    }

    #[test]
    fn a_batch_is_visible_to_itself_and_durable_only_once_committed() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("s.sqlite3");
        let mut store = SqliteStore::open(&path).expect("open");
        store.put(&key(&["doc", "a", "incremental", "1"]), b"one").expect("put");
        assert_eq!(store.load(&key(&["doc", "a", "incremental", "1"])).expect("load"), Some(b"one".to_vec()));
        let mut other = SqliteStore::open(&path).expect("second connection");
        assert_eq!(other.load(&key(&["doc", "a", "incremental", "1"])).expect("load"), None, "not yet committed");
        store.commit().expect("commit");
        assert_eq!(other.load(&key(&["doc", "a", "incremental", "1"])).expect("load"), Some(b"one".to_vec()));
    }

    #[test]
    fn a_range_holds_exactly_the_keys_under_the_prefix() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut store = SqliteStore::open(&dir.path().join("s.sqlite3")).expect("open");
        for parts in
            [&["doc", "a"][..], &["doc", "a", "x"], &["doc", "a", "y", "z"], &["doc", "ab"], &["doc", "a0"], &["doc"]]
        {
            store.put(&key(parts), parts.join("|").as_bytes()).expect("put");
        }
        store.delete(&key(&["doc", "a", "x"])).expect("delete");
        store.delete(&key(&["nothing"])).expect("deleting a missing key");
        store.commit().expect("commit");
        let mut found: Vec<String> =
            store.load_range(&key(&["doc", "a"])).expect("range").into_keys().map(|k| k.to_string()).collect();
        found.sort();
        assert_eq!(found, ["doc/a", "doc/a/y/z"]);
    }
}
