//! The crate's errors: [`StorageError`] for backends, [`AppError`] at the HTTP edge.
//!
//! Messages are lowercase fragments that name what failed; the underlying
//! cause stays in `source()` so a caller can print the whole chain once.

use std::path::PathBuf;
use std::sync::Arc;

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;

/// Why a [`Storage`](crate::Storage) call failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StorageError {
    /// The data directory could not be created, for example because a parent
    /// is a regular file. Nothing was written.
    #[error("cannot create data directory {}", path.display())]
    DataDir {
        /// The directory the server was asked to use.
        path: PathBuf,
        /// What the file system said.
        #[source]
        source: std::io::Error,
    },
    /// The database was written by a newer server. It is refused and left
    /// untouched, so a downgrade cannot corrupt it.
    #[error("database schema version {found} is newer than this server supports ({supported})")]
    SchemaTooNew {
        /// The schema version stored in the database.
        found: i64,
        /// The newest schema version this build knows.
        supported: i64,
    },
    /// SQLite refused to switch to write-ahead logging (some network file
    /// systems cannot); the server needs WAL for its durability settings.
    #[error("cannot enable wal journal mode (sqlite kept {0:?})")]
    JournalMode(String),
    /// The backend was closed by [`Storage::close`](crate::Storage::close);
    /// this happens only during shutdown.
    #[error("storage is closed")]
    Closed,
    /// The database driver reported an error.
    #[error("sqlite error")]
    Sqlite(#[from] rusqlite::Error),
    /// PostgreSQL (`--postgres`) refused a query or could not be reached.
    #[error("postgresql error")]
    Postgres(#[from] postgres::Error),
    /// The blocking task running a database call panicked or was cancelled.
    #[error("storage task failed")]
    Task(#[from] tokio::task::JoinError),
}

impl StorageError {
    /// A stable, low-cardinality name for logs and metrics.
    pub fn kind(&self) -> &'static str {
        match self {
            StorageError::DataDir { .. } => "data_dir",
            StorageError::SchemaTooNew { .. } => "schema_too_new",
            StorageError::JournalMode(_) => "journal_mode",
            StorageError::Closed => "closed",
            StorageError::Sqlite(_) => "sqlite",
            StorageError::Postgres(_) => "postgres",
            StorageError::Task(_) => "task",
        }
    }
}

/// Everything a handler can fail with; turned into a response in one place.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AppError {
    /// Storage did not answer. The client should retry later; the response
    /// is 503 with `{"status":"unavailable"}`.
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// A pack file exists but could not be read (permissions, a disk error). The response is
    /// 500 with `{"status":"error"}`.
    #[error("cannot read pack file")]
    PackRead(#[source] std::io::Error),
}

impl AppError {
    /// A stable, low-cardinality name for logs and metrics.
    pub fn kind(&self) -> &'static str {
        match self {
            AppError::Storage(err) => err.kind(),
            AppError::PackRead(_) => "pack_read",
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        // Don't expose any details about the error to the client: paths and
        // driver messages help an attacker and mean nothing to a worker's app.
        let (status, body) = match &self {
            AppError::Storage(_) => (StatusCode::SERVICE_UNAVAILABLE, json!({ "status": "unavailable" })),
            AppError::PackRead(_) => (StatusCode::INTERNAL_SERVER_ERROR, json!({ "status": "error" })),
        };
        let mut response = (status, Json(body)).into_response();
        // The cause rides along in the extensions for the request log
        // middleware, which keeps this conversion free of side effects.
        response.extensions_mut().insert(Arc::new(self));
        response
    }
}

/// Displays an error with all its sources, `outer: inner: innermost`.
pub(crate) struct ErrorChain<'a>(pub(crate) &'a (dyn std::error::Error + 'static));

impl std::fmt::Display for ErrorChain<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)?;
        let mut source = self.0.source();
        while let Some(err) = source {
            write!(f, ": {err}")?;
            source = err.source();
        }
        Ok(())
    }
}
