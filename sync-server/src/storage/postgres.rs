//! The [`Storage`] backend for several servers behind a load balancer sharing one PostgreSQL
//! database (`--postgres URL`): the server's identity in `server_meta`, the health check.
//!
//! Documents and the access table are the sync engine's, in `sync_chunks`, through
//! `mirai_sync::pg_store::PgStore`; this is only what [`Storage`] asks for. Every server on the
//! database has the same [`ServerMeta`]: together they are one server to the devices.
//!
//! The `postgres` crate is blocking (it runs its own small runtime), so, as with SQLite, every
//! call runs on tokio's blocking pool. A connection lost (PostgreSQL restarting) fails that
//! health check and is made again at the next one.

use std::sync::{Arc, Mutex, PoisonError};

use mirai_sync::pg_store::{self, MigrateError};
use postgres::{Client, Config, NoTls};

use crate::error::StorageError;
use crate::storage::{ServerMeta, Storage, StorageFuture};

/// Migration `i` takes `server_meta` from version `i` to `i + 1` (versions are in
/// `mirai_schema`, see `mirai_sync::pg_store::migrate`). As in SQLite's first migration, the
/// identity is made inside the migration's transaction, so the table never exists without it;
/// `gen_random_uuid` draws from PostgreSQL's strong random source (122 random bits).
const MIGRATIONS: &[&str] = &["CREATE TABLE server_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO server_meta (key, value) VALUES
    ('server_id', translate(gen_random_uuid()::text, '-', '')),
    ('created_at', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'));"];

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
}

impl Storage for PostgresStorage {
    fn health(&self) -> StorageFuture<'_, ()> {
        self.run(|slot, config| {
            if slot.closed {
                return Err(StorageError::Closed);
            }
            let client = &mut slot.client;
            let connected = match client {
                Some(connected) if !connected.is_closed() => connected,
                _ => client.insert(config.connect(NoTls)?),
            };
            // A real table rather than `SELECT 1`, so a database without our schema fails.
            let checked = connected.query_one("SELECT count(*) FROM server_meta", &[]);
            if let Err(error) = checked {
                // Connect afresh next time rather than trust a connection that just failed.
                *client = None;
                return Err(error.into());
            }
            Ok(())
        })
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
