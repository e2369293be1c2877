//! The newest signed pack index accepted from the update server, and the keys it brought.

use mirai_pack::{Index, KeysDocument, PackError, VerifiedIndex};
use rusqlite::{OptionalExtension, params};

use crate::packs::{keys_document, save_keys_document, unix_now};
use crate::{Store, StoreError};

/// The index the packs screen shows offers from, and when it was last confirmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownIndex {
    /// The index, verified when it was accepted.
    pub index: Index,
    /// When the server last served it or a newer one (seconds since 1970).
    pub checked_at: i64,
}

impl Store {
    /// The newest index accepted, if the app ever checked for updates.
    pub fn known_index(&self) -> Result<Option<KnownIndex>, StoreError> {
        let row: Option<(Vec<u8>, i64)> = self
            .conn
            .query_row("SELECT body, checked_at FROM pack_index WHERE id = 1", [], |row| Ok((row.get(0)?, row.get(1)?)))
            .optional()?;
        row.map(|(body, checked_at)| Ok(KnownIndex { index: Index::parse(&body)?, checked_at })).transpose()
    }

    /// The keys document in force: what an index or a pack is checked against besides the roots.
    pub fn known_keys_document(&self) -> Result<Option<Vec<u8>>, StoreError> {
        keys_document(&self.conn)
    }

    /// Keeps a verified index as the newest, with the keys document it brought if that is newer,
    /// in one transaction. An older index is refused as a replay, and a different index under
    /// the same version as equivocation, even if the caller skipped those checks.
    pub fn accept_index(&mut self, verified: &VerifiedIndex) -> Result<(), StoreError> {
        let body = verified.index.to_bytes();
        let version = i64::try_from(verified.index.version)
            .map_err(|_| StoreError::Pack(PackError::ManifestInvalid("index version too large".into())))?;
        let keys_version = KeysDocument::parse(&verified.keys_document)?.version;
        let tx = self.conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let kept: Option<(i64, Vec<u8>)> = tx
            .query_row("SELECT version, body FROM pack_index WHERE id = 1", [], |row| Ok((row.get(0)?, row.get(1)?)))
            .optional()?;
        match kept {
            Some((kept, _)) if kept > version => {
                return Err(PackError::Rollback {
                    accepted: u64::try_from(kept).unwrap_or(0),
                    offered: verified.index.version,
                }
                .into());
            }
            Some((kept, kept_body)) if kept == version && kept_body != body => {
                return Err(PackError::Equivocation.into());
            }
            _ => {}
        }
        tx.execute(
            "INSERT INTO pack_index (id, version, body, checked_at) VALUES (1, ?1, ?2, ?3)
             ON CONFLICT (id) DO UPDATE SET version = excluded.version, body = excluded.body,
                 checked_at = excluded.checked_at",
            params![version, body, unix_now()],
        )?;
        save_keys_document(&tx, keys_version, &verified.keys_document)?;
        tx.commit()?;
        Ok(())
    }
}
