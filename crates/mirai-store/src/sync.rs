//! What sync (`mirai-sync`) needs from the store: its settings, the device's signing key, its
//! own connection to the encrypted database, and the queued submissions it delivers.
//!
//! The sync engine writes its documents to `sync_chunks` on a second connection to the same
//! file, so its batches and the user's actions never wait on each other's transactions longer
//! than one commit, and everything sync keeps is encrypted like the rest.

use rusqlite::{Connection, OptionalExtension, params};

use crate::connection::open_existing;
use crate::settings::{read_setting, write_setting};
use crate::{Store, StoreError};

const SYNC_SERVER: &str = "sync_server";
const SYNC_WIFI_ONLY: &str = "sync_wifi_only";
const SYNC_DEVICE_KEY: &str = "sync_device_key";
const SYNC_LAST: &str = "sync_last";
const SYNC_LINKED: &str = "sync_linked_account";

/// A queued submission as sync delivers it: sealed bytes only the organisation can open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parcel {
    /// Its number in the outbox.
    pub id: i64,
    /// The organisation it is sealed to (its key's fingerprint).
    pub organisation_id: String,
    /// The sealed submission.
    pub sealed: Vec<u8>,
    /// The sync document it was written to, once it was.
    pub document: Option<String>,
}

impl Store {
    /// The address of the sync server, if the user set one; without it nothing leaves the device.
    pub fn sync_server(&self) -> Result<Option<String>, StoreError> {
        self.setting(SYNC_SERVER)
    }

    /// Saves the sync server's address (already checked by the caller), or forgets it. A link
    /// made with a pairing code belongs to its server: another address forgets it.
    pub fn set_sync_server(&mut self, url: Option<&str>) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        if read_setting(&tx, SYNC_SERVER)?.as_deref() != url {
            write_setting(&tx, SYNC_LINKED, None)?;
        }
        write_setting(&tx, SYNC_SERVER, url)?;
        Ok(tx.commit()?)
    }

    /// The account this device acts for on the sync server since it redeemed another device's
    /// pairing code, if it did; private to this store, never shown or logged.
    pub fn sync_linked_account(&self) -> Result<Option<String>, StoreError> {
        self.setting(SYNC_LINKED)
    }

    /// Records a redeemed pairing code: `server` (the one that issued the code) becomes the sync
    /// server, and this device acts for `account` there; both in one transaction.
    pub fn set_sync_linked(&mut self, server: &str, account: &str) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        write_setting(&tx, SYNC_SERVER, Some(server))?;
        write_setting(&tx, SYNC_LINKED, Some(account))?;
        Ok(tx.commit()?)
    }

    /// Whether sync waits for Wi-Fi. Off unless turned on: what sync sends is small, and a
    /// worker who shared a check expects it to arrive.
    pub fn sync_wifi_only(&self) -> Result<bool, StoreError> {
        Ok(self.setting(SYNC_WIFI_ONLY)?.is_some_and(|value| value == "on"))
    }

    /// Saves the sync "Wi-Fi only" choice.
    pub fn set_sync_wifi_only(&mut self, on: bool) -> Result<(), StoreError> {
        self.set_setting(SYNC_WIFI_ONLY, Some(if on { "on" } else { "off" }))
    }

    /// The secret half of this device's Ed25519 key, which proves the device to the sync
    /// server; made on first use and kept only in this encrypted store.
    pub fn sync_device_key(&mut self) -> Result<[u8; 32], StoreError> {
        let tx = self.conn.transaction()?;
        let stored: Option<String> = tx
            .query_row("SELECT value FROM setting WHERE name = ?1", [SYNC_DEVICE_KEY], |row| row.get(0))
            .optional()?;
        if let Some(key) =
            stored.and_then(|hex_key| hex::decode(hex_key).ok()).and_then(|b| <[u8; 32]>::try_from(b).ok())
        {
            return Ok(key);
        }
        let mut key = [0u8; 32];
        getrandom::fill(&mut key).map_err(|_| StoreError::Io(std::io::Error::other("random source failed")))?;
        tx.execute(
            "INSERT INTO setting (name, value) VALUES (?1, ?2) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            params![SYNC_DEVICE_KEY, hex::encode(key)],
        )?;
        tx.commit()?;
        Ok(key)
    }

    /// When everything waiting was last seen stored on the server, in seconds since 1970.
    pub fn last_synced(&self) -> Result<Option<i64>, StoreError> {
        Ok(self.setting(SYNC_LAST)?.and_then(|at| at.parse().ok()))
    }

    /// Records that everything waiting was stored on the server at `at`.
    pub fn set_last_synced(&mut self, at: i64) -> Result<(), StoreError> {
        self.set_setting(SYNC_LAST, Some(&at.to_string()))
    }

    /// A second connection to this store's database, with the same key, for the sync engine.
    pub fn sync_connection(&self) -> Result<Connection, StoreError> {
        open_existing(&self.opened.path, &self.opened.key)
    }

    /// The queued submissions, the oldest first.
    pub fn parcels(&self) -> Result<Vec<Parcel>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, organisation_id, sealed, document FROM outbox WHERE state = 'queued' ORDER BY id",
        )?;
        let rows = stmt.query_map([], |row| {
            Ok(Parcel { id: row.get(0)?, organisation_id: row.get(1)?, sealed: row.get(2)?, document: row.get(3)? })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Records the document queued submission `id` was written to; `false` if it is no longer
    /// queued (cancelled meanwhile) or already has one.
    pub fn set_parcel_document(&mut self, id: i64, document: &str) -> Result<bool, StoreError> {
        let changed = self.conn.execute(
            "UPDATE outbox SET document = ?2 WHERE id = ?1 AND state = 'queued' AND document IS NULL",
            params![id, document],
        )?;
        Ok(changed > 0)
    }

    /// Marks queued submission `id` sent at `at`: the server holds it, shared with the
    /// organisation. `false` if it was not queued.
    pub fn mark_sent(&mut self, id: i64, at: i64) -> Result<bool, StoreError> {
        let changed = self.conn.execute(
            "UPDATE outbox SET state = 'sent', sent_at = ?2 WHERE id = ?1 AND state = 'queued'",
            params![id, at],
        )?;
        Ok(changed > 0)
    }
}
