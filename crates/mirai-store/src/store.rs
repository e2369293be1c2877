use std::path::{Path, PathBuf};

use mirai_keys::RawKey;
use rusqlite::Connection;

use crate::StoreError;
use crate::connection::{create_new, open_existing};
use crate::migrations::migrate;

/// An open, decrypted store. Each method that changes data is one user action and runs in
/// one transaction: it either happens whole or not at all.
pub struct Store {
    pub(crate) conn: Connection,
    /// Where the database is and its key, for the second connection sync works on.
    pub(crate) opened: Opened,
}

/// What opened the store, kept so sync can open its own connection to the same file.
pub(crate) struct Opened {
    pub(crate) path: PathBuf,
    pub(crate) key: RawKey,
}

/// Facts about an open store, shown on the settings screen and used by diagnostics.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoreInfo {
    /// The schema version of the open database.
    pub schema_version: u32,
    /// SQLCipher's version string, proof that encryption is compiled in.
    pub cipher_version: String,
    /// The SQLite library version.
    pub sqlite_version: String,
}

impl Store {
    /// Creates a new store at `path` under `key`. Refuses if anything exists there.
    pub fn create(path: &Path, key: &RawKey) -> Result<Store, StoreError> {
        let mut conn = create_new(path, key)?;
        migrate(&mut conn)?;
        crate::search::ensure_index(&mut conn)?;
        Ok(Store { conn, opened: Opened { path: path.to_owned(), key: key.clone() } })
    }

    /// Opens the existing store at `path` with `key`, upgrading its schema if it is older.
    /// A wrong key, a foreign file or a newer schema is refused without writing to the file.
    pub fn open(path: &Path, key: &RawKey) -> Result<Store, StoreError> {
        let mut conn = open_existing(path, key)?;
        migrate(&mut conn)?;
        crate::search::ensure_index(&mut conn)?;
        Ok(Store { conn, opened: Opened { path: path.to_owned(), key: key.clone() } })
    }

    /// Versions of the schema and of the encryption library.
    pub fn info(&self) -> Result<StoreInfo, StoreError> {
        let schema_version = self.conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
        let cipher_version = self.conn.pragma_query_value(None, "cipher_version", |row| row.get(0))?;
        let sqlite_version = self.conn.query_row("SELECT sqlite_version()", [], |row| row.get(0))?;
        Ok(StoreInfo { schema_version, cipher_version, sqlite_version })
    }

    /// Runs SQLite's and SQLCipher's integrity checks and returns every problem found; an
    /// empty list means the file is whole and every page authenticates.
    pub fn integrity_problems(&self) -> Result<Vec<String>, StoreError> {
        let mut problems = Vec::new();
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        for row in stmt.query_map([], |row| row.get::<_, String>(0))? {
            let line = row?;
            if line != "ok" {
                problems.push(line);
            }
        }
        let mut stmt = self.conn.prepare("PRAGMA cipher_integrity_check")?;
        for row in stmt.query_map([], |row| row.get::<_, String>(0))? {
            problems.push(row?);
        }
        Ok(problems)
    }

    /// The schema as SQL text, sorted, for comparing an upgraded database with a new one.
    pub fn schema_sql(&self) -> Result<Vec<String>, StoreError> {
        let mut stmt = self.conn.prepare("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name")?;
        let rows = stmt.query_map([], |row| row.get::<_, String>(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
