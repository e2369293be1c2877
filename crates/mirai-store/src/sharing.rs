//! Organisations a worker shares self-checks with, and the outbox of sealed submissions.
//!
//! The store never sees a submission in the clear: the caller seals it to the organisation's
//! key (`mirai-seal`) and hands over the sealed bytes, which the device itself cannot open.
//! Until sync delivers them (`mirai_sync::device`, driven by the app), they wait here as `queued`.

use mirai_seal::{OrgCode, PublicKey};
use rusqlite::{OptionalExtension, params};

use crate::packs::unix_now;
use crate::{Store, StoreError};

/// An organisation the worker added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organisation {
    /// Its key's fingerprint, which is also how the worker compares keys with it.
    pub id: String,
    /// Its name, as its code gave it.
    pub name: String,
    /// The key submissions are sealed to.
    pub key: PublicKey,
    /// The worker's random name for this organisation only.
    pub pseudonym: String,
    /// When it was added, in seconds since 1970.
    pub added_at: i64,
}

/// Where a sealed submission is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutboxState {
    /// Waiting for a connection.
    Queued,
    /// Delivered to the organisation's server.
    Sent,
    /// Refused on delivery; the error says why.
    Failed,
}

/// A sealed submission in the outbox, without its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxItem {
    /// Its number.
    pub id: i64,
    /// The organisation it is sealed to.
    pub organisation_id: String,
    /// The organisation's name.
    pub organisation_name: String,
    /// The check it came from, unless the worker erased that check since.
    pub result_id: Option<i64>,
    /// Where it is.
    pub state: OutboxState,
    /// When it was queued, in seconds since 1970.
    pub created_at: i64,
    /// When it was delivered.
    pub sent_at: Option<i64>,
    /// Why delivery failed, as an error code.
    pub error: Option<String>,
    /// Its size in bytes.
    pub size: usize,
}

impl OutboxState {
    fn from_name(name: &str) -> Option<OutboxState> {
        match name {
            "queued" => Some(OutboxState::Queued),
            "sent" => Some(OutboxState::Sent),
            "failed" => Some(OutboxState::Failed),
            _ => None,
        }
    }

    /// The name kept in the store and sent to the UI.
    pub fn name(self) -> &'static str {
        match self {
            OutboxState::Queued => "queued",
            OutboxState::Sent => "sent",
            OutboxState::Failed => "failed",
        }
    }
}

impl Store {
    /// Adds the organisation of `code`, or renames it if its key was added before (the worker
    /// pasted a newer code); either way its pseudonym stays the one first drawn.
    pub fn add_organisation(&mut self, code: &OrgCode) -> Result<Organisation, StoreError> {
        let id = code.key.fingerprint();
        let mut pseudonym = [0u8; 16];
        getrandom::fill(&mut pseudonym).map_err(|_| StoreError::InvalidInput("randomness"))?;
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO organisation (id, name, public_key, pseudonym, added_at) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (id) DO UPDATE SET name = excluded.name",
            params![id, code.name, code.key.to_bytes().as_slice(), hex::encode(pseudonym), unix_now()],
        )?;
        tx.commit()?;
        self.organisation(&id)?.ok_or(StoreError::InvalidInput("organisation"))
    }

    /// The organisations added, in the order they were added.
    pub fn organisations(&self) -> Result<Vec<Organisation>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, name, public_key, pseudonym, added_at FROM organisation ORDER BY added_at, id",
        )?;
        let rows = stmt.query_map([], read_organisation)?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?.into_iter().flatten().collect())
    }

    /// The organisation with this id.
    pub fn organisation(&self, id: &str) -> Result<Option<Organisation>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, name, public_key, pseudonym, added_at FROM organisation WHERE id = ?1")?;
        Ok(stmt.query_row([id], read_organisation).optional()?.flatten())
    }

    /// Removes an organisation together with everything still queued for it, in one
    /// transaction. Returns whether it existed.
    pub fn remove_organisation(&mut self, id: &str) -> Result<bool, StoreError> {
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM outbox WHERE organisation_id = ?1", [id])?;
        let removed = tx.execute("DELETE FROM organisation WHERE id = ?1", [id])?;
        tx.commit()?;
        Ok(removed > 0)
    }

    /// Queues a submission already sealed to `organisation`, made from check `result_id`.
    pub fn queue_submission(
        &mut self,
        organisation: &str,
        result_id: i64,
        questionnaire: &str,
        sealed: &[u8],
    ) -> Result<i64, StoreError> {
        let tx = self.conn.transaction()?;
        let known: Option<i64> =
            tx.query_row("SELECT 1 FROM organisation WHERE id = ?1", [organisation], |row| row.get(0)).optional()?;
        if known.is_none() {
            return Err(StoreError::InvalidInput("organisation"));
        }
        tx.execute(
            "INSERT INTO outbox (organisation_id, result_id, questionnaire_id, sealed, state, created_at)
             VALUES (?1, ?2, ?3, ?4, 'queued', ?5)",
            params![organisation, result_id, questionnaire, sealed, unix_now()],
        )?;
        let id = tx.last_insert_rowid();
        tx.commit()?;
        Ok(id)
    }

    /// The outbox, the newest first.
    pub fn outbox(&self) -> Result<Vec<OutboxItem>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT o.id, o.organisation_id, org.name, o.result_id, o.state, o.created_at, o.sent_at, o.error,
                    length(o.sealed)
             FROM outbox o JOIN organisation org ON org.id = o.organisation_id
             ORDER BY o.created_at DESC, o.id DESC",
        )?;
        let rows = stmt.query_map([], |row| {
            let state = OutboxState::from_name(&row.get::<_, String>(4)?);
            Ok(state.map(|state| -> Result<OutboxItem, rusqlite::Error> {
                Ok(OutboxItem {
                    id: row.get(0)?,
                    organisation_id: row.get(1)?,
                    organisation_name: row.get(2)?,
                    result_id: row.get(3)?,
                    state,
                    created_at: row.get(5)?,
                    sent_at: row.get(6)?,
                    error: row.get(7)?,
                    size: row.get::<_, i64>(8).map(|n| usize::try_from(n).unwrap_or(0))?,
                })
            }))
        })?;
        let mut items = Vec::new();
        for row in rows {
            if let Some(item) = row?.transpose()? {
                items.push(item);
            }
        }
        Ok(items)
    }

    /// The sealed bytes of a submission in the outbox, for handing over as a file; only the
    /// organisation can open them.
    pub fn sealed_submission(&self, id: i64) -> Result<Option<Vec<u8>>, StoreError> {
        let mut stmt = self.conn.prepare_cached("SELECT sealed FROM outbox WHERE id = ?1")?;
        Ok(stmt.query_row([id], |row| row.get(0)).optional()?)
    }

    /// Takes a submission out of the outbox before it is sent (the worker changed their mind).
    /// Returns whether a queued submission was removed.
    pub fn cancel_submission(&mut self, id: i64) -> Result<bool, StoreError> {
        let tx = self.conn.transaction()?;
        let removed = tx.execute("DELETE FROM outbox WHERE id = ?1 AND state = 'queued'", [id])?;
        tx.commit()?;
        Ok(removed > 0)
    }
}

fn read_organisation(row: &rusqlite::Row<'_>) -> rusqlite::Result<Option<Organisation>> {
    let key: Vec<u8> = row.get(2)?;
    let Ok(key) = <[u8; 32]>::try_from(key.as_slice()) else { return Ok(None) };
    Ok(Some(Organisation {
        id: row.get(0)?,
        name: row.get(1)?,
        key: PublicKey::from_bytes(key),
        pseudonym: row.get(3)?,
        added_at: row.get(4)?,
    }))
}
