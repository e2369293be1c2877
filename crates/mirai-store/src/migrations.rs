//! Versioned schema changes, kept in code and applied in order.
//!
//! A released migration is never edited: a later change is a new migration. The upgrade test
//! opens a committed database of every earlier version and compares the result with a fresh
//! database, so an edited migration shows up as a schema difference.

use std::path::Path;

use mirai_keys::RawKey;
use rusqlite::Connection;

use crate::StoreError;
use crate::connection::create_new;

struct Migration {
    version: u32,
    sql: &'static str,
}

const MIGRATIONS: &[Migration] = &[
    Migration { version: 1, sql: include_str!("migrations/0001_profile.sql") },
    Migration { version: 2, sql: include_str!("migrations/0002_settings.sql") },
    Migration { version: 3, sql: include_str!("migrations/0003_packs.sql") },
    Migration { version: 4, sql: include_str!("migrations/0004_pack_index.sql") },
    Migration { version: 5, sql: include_str!("migrations/0005_article_search.sql") },
    Migration { version: 6, sql: include_str!("migrations/0006_search_split.sql") },
    Migration { version: 7, sql: include_str!("migrations/0007_reading.sql") },
    Migration { version: 8, sql: include_str!("migrations/0008_selfcheck.sql") },
    Migration { version: 9, sql: include_str!("migrations/0009_sharing.sql") },
    Migration { version: 10, sql: include_str!("migrations/0010_sync.sql") },
];

/// The schema version this code writes; a database with a higher version is refused.
pub const SCHEMA_VERSION: u32 = 10;

/// Brings the database up to [`SCHEMA_VERSION`]. Each migration runs in its own transaction
/// together with its version bump, so a crash leaves the database at a whole version.
pub(crate) fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    migrate_to(conn, SCHEMA_VERSION)
}

fn migrate_to(conn: &mut Connection, target: u32) -> Result<(), StoreError> {
    let current: u32 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    for migration in MIGRATIONS.iter().filter(|m| m.version > current && m.version <= target) {
        let tx = conn.transaction()?;
        tx.execute_batch(migration.sql)?;
        tx.pragma_update(None, "user_version", migration.version)?;
        tx.commit()?;
    }
    Ok(())
}

/// Creates a database at an earlier schema version, as a released app of that version did.
/// Only for building the upgrade fixtures; the app always creates the newest schema.
pub fn create_at_version(path: &Path, key: &RawKey, version: u32) -> Result<Connection, StoreError> {
    let mut conn = create_new(path, key)?;
    migrate_to(&mut conn, version)?;
    Ok(conn)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_contiguous_and_end_at_schema_version() {
        for (i, migration) in MIGRATIONS.iter().enumerate() {
            assert_eq!(migration.version as usize, i + 1);
        }
        assert_eq!(MIGRATIONS.last().map(|m| m.version), Some(SCHEMA_VERSION));
    }
}
