//! Opening SQLCipher connections without ever writing to a file that might not be ours.

use std::io::Read;
use std::path::Path;
use std::sync::OnceLock;
use std::time::Duration;

use mirai_keys::RawKey;
use rusqlite::{Connection, OpenFlags};

use crate::StoreError;
use crate::migrations::SCHEMA_VERSION;

const SQLITE_PLAINTEXT_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// Opens an existing encrypted database. Every check that can fail runs before the first
/// statement that could write, so a wrong key or a foreign file leaves the file untouched.
pub(crate) fn open_existing(path: &Path, key: &RawKey) -> Result<Connection, StoreError> {
    initialized()?;
    let header = read_header(path)?;
    if header.is_empty() {
        // SQLCipher would treat an empty file as a new database and write to it.
        return Err(StoreError::Corrupt);
    }
    if header.starts_with(SQLITE_PLAINTEXT_MAGIC) {
        return Err(StoreError::ForeignFile);
    }
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
    apply_key(&conn, key)?;
    // The first read decrypts page 1; a wrong key or a foreign file fails here.
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(()))?;
    let version: u32 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    if version > SCHEMA_VERSION {
        return Err(StoreError::NewerSchema { found: version, supported: SCHEMA_VERSION });
    }
    configure(&conn)?;
    Ok(conn)
}

/// Creates a new encrypted database; refuses to overwrite anything.
pub(crate) fn create_new(path: &Path, key: &RawKey) -> Result<Connection, StoreError> {
    initialized()?;
    if path.exists() {
        return Err(StoreError::AlreadyExists);
    }
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    apply_key(&conn, key)?;
    configure(&conn)?;
    Ok(conn)
}

/// SQLite marks itself initialised before SQLCipher has finished its own set-up, so a
/// connection keyed on another thread in that window fails with "sqlcipher not initialized"
/// (seen as a rare failure of two stores opened at once). Opening one throw-away connection
/// first, once per process, with every other opener waiting for it, closes the window.
fn initialized() -> Result<(), StoreError> {
    static READY: OnceLock<bool> = OnceLock::new();
    if *READY.get_or_init(|| Connection::open_in_memory().is_ok()) {
        Ok(())
    } else {
        Err(StoreError::Sqlite(rusqlite::Error::InvalidQuery))
    }
}

fn read_header(path: &Path) -> Result<Vec<u8>, StoreError> {
    let mut file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(StoreError::NotFound),
        Err(e) => return Err(e.into()),
    };
    let mut header = Vec::with_capacity(16);
    file.by_ref().take(16).read_to_end(&mut header)?;
    Ok(header)
}

fn apply_key(conn: &Connection, key: &RawKey) -> Result<(), StoreError> {
    // SQLCipher logs failed page checks to stderr; a wrong key is an expected event here and is
    // reported as a typed error instead.
    conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
    let literal = key.sqlcipher_key_literal();
    conn.pragma_update(None, "key", literal.as_str())?;
    Ok(())
}

/// Settings for every connection once the key is known to be right.
fn configure(conn: &Connection) -> Result<(), StoreError> {
    conn.busy_timeout(Duration::from_secs(5))?;
    // WAL keeps readers and the writer apart; FULL syncs the WAL on every commit, so a
    // committed answer survives power loss, not only an app crash.
    let mode: String = conn.pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(StoreError::Sqlite(rusqlite::Error::InvalidQuery));
    }
    // A 16 MiB page cache (SQLite's default is 2 MB) keeps the search index's hot pages
    // decrypted between searches: a quarter off search time on a large pack (BENCHMARKS.md). It
    // is a ceiling, not an allocation: a small store uses what it reads.
    conn.execute_batch(
        "PRAGMA synchronous = FULL;
         PRAGMA foreign_keys = ON;
         PRAGMA secure_delete = ON;
         PRAGMA cache_size = -16384;",
    )?;
    Ok(())
}
