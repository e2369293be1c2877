//! The default [`Storage`] backend: one SQLite file in the data directory.
//!
//! The file is `DIR/sync.sqlite3`, in WAL mode with `synchronous=FULL`: a
//! sync server acknowledges changes that clients then forget, so a power cut
//! must not lose a committed write. The schema is versioned with
//! `PRAGMA user_version`; migration N lives in `migrations/sqlite/` and moves
//! the database from version N-1 to N.
//!
//! rusqlite is blocking. [`SqliteStorage::open`] is a plain blocking call
//! (run it on the blocking pool), and the [`Storage`] methods move their work
//! there themselves.

use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use rusqlite::{Connection, TransactionBehavior};

use crate::error::StorageError;
use crate::storage::{Storage, StorageFuture};

/// A [`Storage`] backed by one SQLite file; the default for a single server.
pub struct SqliteStorage {
    // `None` once closed. A single connection behind a lock is enough while
    // the server only reads its metadata; a pool comes with real traffic.
    conn: Arc<Mutex<Option<Connection>>>,
    meta: ServerMeta,
}

/// The server's identity, written once when the database is created.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerMeta {
    /// 32 random hex digits naming this server's database; stable across
    /// restarts, so clients can tell a reset server from the one they knew.
    pub server_id: String,
    /// When the database was created, RFC 3339 in UTC.
    pub created_at: String,
}

/// The database file's name inside the data directory.
const FILE_NAME: &str = "sync.sqlite3";

/// Migration `i` takes the schema from version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[include_str!("../../migrations/sqlite/0001_server_meta.sql")];

/// How long a statement waits for a lock held by another connection.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

impl SqliteStorage {
    /// Opens (creating if needed) `data_dir/sync.sqlite3` and migrates it.
    ///
    /// Blocking: call it from `tokio::task::spawn_blocking` in async code.
    /// A database from a newer server is refused with
    /// [`StorageError::SchemaTooNew`] before anything is written to it.
    pub fn open(data_dir: &Path) -> Result<Self, StorageError> {
        std::fs::create_dir_all(data_dir)
            .map_err(|source| StorageError::DataDir { path: data_dir.to_owned(), source })?;
        let mut conn = Connection::open(data_dir.join(FILE_NAME))?;
        conn.busy_timeout(BUSY_TIMEOUT)?;

        // Check the version before anything else: switching to WAL rewrites
        // the file header, and a database we refuse must stay byte-identical.
        schema_version(&conn)?;

        let mode: String = conn.pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(StorageError::JournalMode(mode));
        }
        conn.pragma_update(None, "synchronous", "FULL")?;
        migrate(&mut conn)?;
        let meta = read_meta(&conn)?;

        Ok(SqliteStorage { conn: Arc::new(Mutex::new(Some(conn))), meta })
    }

    /// The server's identity as stored in the database.
    pub fn meta(&self) -> &ServerMeta {
        &self.meta
    }

    /// Runs `work` on the blocking pool with the connection slot locked.
    fn run<T, F>(&self, work: F) -> StorageFuture<'static, T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Option<Connection>) -> Result<T, StorageError> + Send + 'static,
    {
        let conn = Arc::clone(&self.conn);
        Box::pin(async move {
            tokio::task::spawn_blocking(move || {
                // A poisoned lock means an earlier call panicked midway. SQLite
                // rolls back an unfinished transaction when the next statement
                // runs, so the connection itself is still sound.
                let mut slot = conn.lock().unwrap_or_else(PoisonError::into_inner);
                work(&mut slot)
            })
            .await?
        })
    }
}

impl Storage for SqliteStorage {
    fn health(&self) -> StorageFuture<'_, ()> {
        self.run(|slot| {
            let conn = slot.as_ref().ok_or(StorageError::Closed)?;
            // Read a real table rather than `SELECT 1`, so a missing or
            // unreadable file fails the check.
            conn.query_row("SELECT count(*) FROM server_meta", [], |_| Ok(()))?;
            Ok(())
        })
    }

    fn close(&self) -> StorageFuture<'_, ()> {
        self.run(|slot| {
            let conn = slot.take().ok_or(StorageError::Closed)?;
            // Fold the WAL back into the main file, so a backup taken of
            // `sync.sqlite3` alone after shutdown is complete.
            conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
            conn.close().map_err(|(_, err)| err)?;
            Ok(())
        })
    }
}

/// Reads the schema version, refusing one this build cannot have written.
fn schema_version(conn: &Connection) -> Result<usize, StorageError> {
    let found: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    let supported = MIGRATIONS.len();
    match usize::try_from(found) {
        Ok(version) if version <= supported => Ok(version),
        // A negative version is a 32-bit value past `i32::MAX`: also not ours.
        _ => Err(StorageError::SchemaTooNew { found, supported: supported as i64 }),
    }
}

/// Applies every migration the database has not seen, in one transaction.
fn migrate(conn: &mut Connection) -> Result<(), StorageError> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    // Read the version again under the write lock, in case another process
    // migrated the file since `open` first looked.
    let current = schema_version(&tx)?;
    for (version, sql) in (1_i64..).zip(MIGRATIONS).skip(current) {
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", version)?;
    }
    tx.commit()?;
    Ok(())
}

fn read_meta(conn: &Connection) -> Result<ServerMeta, StorageError> {
    let value = |key: &str| {
        conn.query_row("SELECT value FROM server_meta WHERE key = ?1", [key], |row| row.get::<_, String>(0))
    };
    Ok(ServerMeta { server_id: value("server_id")?, created_at: value("created_at")? })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pragma(storage: &SqliteStorage, name: &str) -> String {
        let slot = storage.conn.lock().expect("lock is not poisoned");
        let conn = slot.as_ref().expect("storage is open");
        conn.pragma_query_value(None, name, |row| {
            let value: rusqlite::types::Value = row.get(0)?;
            Ok(match value {
                rusqlite::types::Value::Integer(n) => n.to_string(),
                rusqlite::types::Value::Text(s) => s,
                other => format!("{other:?}"),
            })
        })
        .expect("pragma answers")
    }

    #[test]
    fn fresh_directory_is_created_and_migrated() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let dir = tmp.path().join("nested").join("data");

        let storage = SqliteStorage::open(&dir).expect("open fresh storage");

        assert!(dir.join(FILE_NAME).is_file());
        assert_eq!(pragma(&storage, "user_version"), MIGRATIONS.len().to_string());
        assert_eq!(pragma(&storage, "journal_mode"), "wal");
        // 2 = FULL.
        assert_eq!(pragma(&storage, "synchronous"), "2");
        let meta = storage.meta();
        assert_eq!(meta.server_id.len(), 32);
        assert!(meta.server_id.chars().all(|c| c.is_ascii_hexdigit()));
        assert!(meta.created_at.ends_with('Z'), "{}", meta.created_at);
    }

    #[test]
    fn reopening_keeps_the_server_id() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let first = SqliteStorage::open(tmp.path()).expect("first open");
        let meta = first.meta().clone();
        drop(first);

        let second = SqliteStorage::open(tmp.path()).expect("second open");

        assert_eq!(second.meta(), &meta);
        assert_eq!(pragma(&second, "user_version"), MIGRATIONS.len().to_string());
    }

    #[test]
    fn two_servers_get_different_ids() {
        let a = tempfile::tempdir().expect("tempdir");
        let b = tempfile::tempdir().expect("tempdir");
        let a = SqliteStorage::open(a.path()).expect("open a");
        let b = SqliteStorage::open(b.path()).expect("open b");
        assert_ne!(a.meta().server_id, b.meta().server_id);
    }

    #[test]
    fn newer_schema_is_refused_and_left_byte_identical() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let path = tmp.path().join(FILE_NAME);
        {
            let conn = Connection::open(&path).expect("create file");
            conn.execute_batch("CREATE TABLE from_the_future (x); PRAGMA user_version = 99;")
                .expect("write future schema");
        }
        let before = std::fs::read(&path).expect("read before");

        let err = SqliteStorage::open(tmp.path()).err().expect("newer schema is refused");

        assert!(
            matches!(err, StorageError::SchemaTooNew { found: 99, supported } if supported == MIGRATIONS.len() as i64),
            "{err:?}"
        );
        assert_eq!(std::fs::read(&path).expect("read after"), before);
        let names: Vec<_> = std::fs::read_dir(tmp.path())
            .expect("list dir")
            .map(|entry| entry.expect("dir entry").file_name())
            .collect();
        assert_eq!(names, [FILE_NAME], "no journal or wal file was left behind");
    }

    #[test]
    fn data_dir_under_a_regular_file_is_refused() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let file = tmp.path().join("not-a-dir");
        std::fs::write(&file, b"").expect("write file");

        let err = SqliteStorage::open(&file.join("data")).err().expect("impossible dir is refused");

        assert_eq!(err.kind(), "data_dir", "{err:?}");
        assert!(err.to_string().starts_with("cannot create data directory"));
    }

    #[tokio::test]
    async fn close_checkpoints_and_later_calls_fail() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let storage = SqliteStorage::open(tmp.path()).expect("open");
        storage.health().await.expect("healthy while open");

        storage.close().await.expect("close");

        assert!(matches!(storage.health().await, Err(StorageError::Closed)));
        assert!(matches!(storage.close().await, Err(StorageError::Closed)));
        let wal = tmp.path().join(format!("{FILE_NAME}-wal"));
        assert!(!wal.exists(), "the wal was folded into the main file");
    }
}
