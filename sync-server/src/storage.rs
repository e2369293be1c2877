//! Where the server keeps its state, behind one object-safe trait.
//!
//! [`SqliteStorage`] is the default backend (one file, one node);
//! [`PostgresStorage`] serves several servers sharing one PostgreSQL database.
//! Both implement the same [`Storage`] trait, so handlers never know which one
//! they talk to.

mod postgres;
mod sqlite;

use std::future::Future;
use std::pin::Pin;

pub use self::postgres::PostgresStorage;
pub use sqlite::{ServerMeta, SqliteStorage};

use crate::error::StorageError;

/// The future a [`Storage`] method returns.
///
/// Boxed so that `dyn Storage` works: `AppState` holds one backend chosen at
/// startup, and async fns in traits are not object safe.
pub type StorageFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T, StorageError>> + Send + 'a>>;

/// A storage backend for the sync server.
///
/// Contract for implementers: methods are called from async handlers, so
/// they must never block the executor. A backend with a blocking driver
/// (like rusqlite) runs its work on tokio's blocking pool.
pub trait Storage: Send + Sync + 'static {
    /// Answers a trivial query that touches the database.
    ///
    /// `/healthz` reports 503 when this fails, so it must be cheap and must
    /// fail when the backend could not serve a real request.
    fn health(&self) -> StorageFuture<'_, ()>;

    /// Flushes pending writes and releases the backend for a clean shutdown.
    ///
    /// Afterwards every call, `close` included, fails with
    /// [`StorageError::Closed`].
    fn close(&self) -> StorageFuture<'_, ()>;
}
