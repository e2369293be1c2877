//! Mirai's sync server: an axum router over a pluggable [`Storage`].
//!
//! The crate is a library plus a thin binary (`src/main.rs`), so tests build
//! the whole HTTP surface with [`app`] and call it without opening a port:
//!
//! ```text
//! let state = AppState::new(Arc::new(SqliteStorage::open(dir)?));
//! let response = app(state).oneshot(request).await?;
//! ```
//!
//! What it does: `GET /healthz` reports whether storage answers, and
//! `GET /metrics` counts connections, documents, bytes and refusals;
//! `GET /sync` speaks the automerge-repo sync protocol over WebSocket to a
//! device that proved its key (`GET /sync/challenge` first), through the
//! `mirai_sync` engine and its per-message access gate (see
//! [`AppState::with_sync`]); `POST /v1/pairing` and `POST /v1/pairing/{code}`
//! pair a second device to an account; `/v1/teams/...` let an organisation's
//! admin invite staff, see what workers shared and assign caseworkers, and
//! `POST /v1/documents/{id}/class` lets an owner share or publish a document; `GET /packs/{file}` serves content
//! packs and their signed index from a folder, resumable with `Range` and
//! `If-Range` (see [`AppState::with_packs`]).
//!
//! What it deliberately does not do: read CLI flags, install signal handlers
//! or set up logging (the binary does), and log anything a client sent. Logs
//! carry connection ids, routes, status codes and error kinds, never client
//! addresses, headers or message payloads: a worker's data must not end up in
//! an operator's log files.

mod challenge;
mod documents;
mod error;
mod gate_call;
mod healthz;
mod metrics;
mod packs;
mod pairing;
mod request_log;
mod secrets;
mod state;
mod storage;
mod sync;
mod teams;

use std::future::Future;
use std::time::Duration;

use axum::Router;
use axum::routing::{get, post};
use tokio::net::TcpListener;

pub use error::{AppError, StorageError};
pub use secrets::{
    CODE_LIFETIME, Grant, GrantKind, MAX_CODES, MAX_FAILURES_PER_MINUTE, MAX_NONCES, MemorySecrets, NONCE_LIFETIME,
    Redemption, Secrets,
};
pub use state::AppState;
pub use storage::{PostgresStorage, ServerMeta, SqliteStorage, Storage, StorageFuture};
pub use sync::MAX_MESSAGE_SIZE;

/// How long shutdown waits for open WebSocket sessions to finish closing.
///
/// Sessions are told to close the moment shutdown starts; this bound only
/// matters for a peer that never answers the close handshake.
const SESSION_DRAIN_TIMEOUT: Duration = Duration::from_secs(5);

/// Builds the server's HTTP surface; kept apart from [`serve`] so tests can
/// call it as a tower service without binding a port.
pub fn app(state: AppState) -> Router {
    Router::new()
        .route("/healthz", get(healthz::healthz))
        .route("/metrics", get(metrics::metrics))
        .route("/sync", get(sync::upgrade))
        .route("/sync/challenge", get(challenge::challenge))
        .route("/v1/pairing", post(pairing::create))
        .route("/v1/pairing/{code}", post(pairing::join))
        .route("/v1/teams/{org}/invitations", post(teams::invite))
        .route("/v1/teams/join/{code}", post(teams::join))
        .route("/v1/teams/{org}/assignments", post(teams::assign))
        .route("/v1/teams/{org}/shared", post(teams::shared))
        .route("/v1/documents/{id}/class", post(documents::set_class))
        .route("/packs/{file}", get(packs::pack_file))
        // `Router::layer` wraps each matched route, so the middleware sees the
        // route template (`MatchedPath`) rather than the raw request path.
        .layer(axum::middleware::from_fn(request_log::log_request))
        .with_state(state)
}

/// Serves [`app`] on `listener` until `signal` resolves, then shuts down in order.
///
/// Order: stop accepting, tell WebSocket sessions to close with code 1001,
/// let in-flight HTTP requests finish, then wait (bounded) for the sessions
/// to end. Closing storage is left to the caller, which owns it.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    signal: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let on_signal = state.clone();
    axum::serve(listener, app(state.clone()))
        .with_graceful_shutdown(async move {
            signal.await;
            on_signal.begin_shutdown();
        })
        .await?;

    // Upgraded WebSocket connections run in their own tasks, outside axum's
    // graceful shutdown, so they are awaited here. The bound keeps a peer
    // that never answers our close frame from holding the process open.
    if tokio::time::timeout(SESSION_DRAIN_TIMEOUT, state.connections_idle()).await.is_err() {
        tracing::warn!(live = state.live_connections(), "websocket sessions still open at shutdown, dropping them");
    }
    Ok(())
}
