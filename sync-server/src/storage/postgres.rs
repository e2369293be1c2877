//! The [`Storage`] backend for several servers behind a load balancer sharing one PostgreSQL
//! database (`--postgres URL`): the server's identity in `server_meta`, the health check, and
//! the nonces and codes every server must know of ([`crate::Secrets`], in `secrets`).
//!
//! Documents and the access table are the sync engine's, in `sync_chunks`, through
//! `mirai_sync::pg_store::PgStore`; this is only what [`Storage`] asks for. Every server on the
//! database has the same [`ServerMeta`]: together they are one server to the devices.
//!
//! The `postgres` crate is blocking (it runs its own small runtime), so, as with SQLite, every
//! call runs on tokio's blocking pool. A connection lost (PostgreSQL restarting) fails that
//! health check and is made again at the next one.

mod secrets;

use std::sync::{Arc, Mutex, PoisonError};

use mirai_sync::pg_store::{self, MigrateError};
use postgres::{Client, Config, NoTls};

use crate::error::StorageError;
use crate::storage::{ServerMeta, Storage, StorageFuture};

/// Migration `i` takes the server's own tables (component `server_meta`) from version `i` to
/// `i + 1` (versions are in `mirai_schema`, see `mirai_sync::pg_store::migrate`).
///
/// 1. The identity. As in SQLite's first migration, it is made inside the migration's
///    transaction, so the table never exists without it; `gen_random_uuid` draws from
///    PostgreSQL's strong random source (122 random bits).
/// 2. Nonces, codes and the failure budget (`secrets`). `UNLOGGED`: they live minutes, and a
///    write to them costs no WAL flush; a PostgreSQL crash empties them, and devices ask again.
const MIGRATIONS: &[&str] = &[
    "CREATE TABLE server_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO server_meta (key, value) VALUES
    ('server_id', translate(gen_random_uuid()::text, '-', '')),
    ('created_at', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'));",
    "CREATE UNLOGGED TABLE sync_nonces (nonce BYTEA PRIMARY KEY, expires TIMESTAMPTZ NOT NULL);
CREATE INDEX sync_nonces_expires ON sync_nonces (expires);
CREATE UNLOGGED TABLE sync_codes (
    code TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    subject TEXT NOT NULL,
    role TEXT,
    expires TIMESTAMPTZ NOT NULL
);
CREATE UNLOGGED TABLE sync_code_failures (minute BIGINT PRIMARY KEY, failures INTEGER NOT NULL);",
];

/// A [`Storage`] on PostgreSQL, shared with other servers.
pub struct PostgresStorage {
    config: Config,
    slot: Arc<Mutex<Slot>>,
    meta: ServerMeta,
}

struct Slot {
    /// `None` after a lost connection, until the next call connects again.
    client: Option<Client>,
    /// Set by [`Storage::close`]; every later call fails.
    closed: bool,
}

impl From<MigrateError> for StorageError {
    fn from(error: MigrateError) -> Self {
        match error {
            MigrateError::Postgres(error) => StorageError::Postgres(error),
            MigrateError::TooNew { found, supported, .. } => StorageError::SchemaTooNew { found, supported },
        }
    }
}

impl PostgresStorage {
    /// Connects to `url` (`postgresql://user@host/db` or `host=... dbname=...`; no TLS) and
    /// creates or migrates `server_meta`. A schema from a newer server is refused with
    /// [`StorageError::SchemaTooNew`] before anything is written.
    ///
    /// Blocking: call it from `tokio::task::spawn_blocking` in async code.
    pub fn connect(url: &str) -> Result<Self, StorageError> {
        let config = pg_store::config(url)?;
        let mut client = config.connect(NoTls)?;
        pg_store::migrate(&mut client, "server_meta", MIGRATIONS)?;
        let mut value = |key: &str| -> Result<String, StorageError> {
            Ok(client.query_one("SELECT value FROM server_meta WHERE key = $1", &[&key])?.get(0))
        };
        let meta = ServerMeta { server_id: value("server_id")?, created_at: value("created_at")? };
        Ok(PostgresStorage { config, slot: Arc::new(Mutex::new(Slot { client: Some(client), closed: false })), meta })
    }

    /// The identity every server on this database shares.
    pub fn meta(&self) -> &ServerMeta {
        &self.meta
    }

    /// Runs `work` on the blocking pool with the slot locked.
    fn run<T, F>(&self, work: F) -> StorageFuture<'static, T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Slot, &Config) -> Result<T, StorageError> + Send + 'static,
    {
        let (slot, config) = (Arc::clone(&self.slot), self.config.clone());
        Box::pin(async move {
            tokio::task::spawn_blocking(move || {
                // A poisoned lock means an earlier call panicked midway; the client is either
                // sound or fails its next query, which drops it.
                let mut slot = slot.lock().unwrap_or_else(PoisonError::into_inner);
                work(&mut slot, &config)
            })
            .await?
        })
    }

    /// Runs `work` on the connection, made first if there is none or it was lost. A failure
    /// drops the connection, so the next call connects afresh rather than trust it (PostgreSQL
    /// may be restarting).
    fn query<T, F>(&self, work: F) -> StorageFuture<'static, T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Client) -> Result<T, postgres::Error> + Send + 'static,
    {
        self.run(|slot, config| {
            if slot.closed {
                return Err(StorageError::Closed);
            }
            let client = match &mut slot.client {
                Some(connected) if !connected.is_closed() => connected,
                client => client.insert(config.connect(NoTls)?),
            };
            let done = work(client);
            if done.is_err() {
                slot.client = None;
            }
            Ok(done?)
        })
    }
}

impl Storage for PostgresStorage {
    fn health(&self) -> StorageFuture<'_, ()> {
        // A real table rather than `SELECT 1`, so a database without our schema fails.
        self.query(|client| client.query_one("SELECT count(*) FROM server_meta", &[]).map(drop))
    }

    fn close(&self) -> StorageFuture<'_, ()> {
        self.run(|slot, _| {
            if std::mem::replace(&mut slot.closed, true) {
                return Err(StorageError::Closed);
            }
            match slot.client.take() {
                Some(client) => Ok(client.close()?),
                None => Ok(()),
            }
        })
    }
}
