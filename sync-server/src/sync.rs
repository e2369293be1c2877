//! `GET /sync`: the automerge-repo WebSocket, for a device that proved its key (see
//! [`crate::challenge`]). Frames go to the sync engine, whose access gate checks each of them;
//! this module only checks the handshake, moves bytes and turns an ending into a close code.
//!
//! The upgrade is done here on hyper's `OnUpgrade` rather than with axum's `WebSocketUpgrade`:
//! an idle connection costs mostly its task, and axum's task kept its configuration, the
//! handshake's headers and a copy of our callback for the connection's whole life
//! (BENCHMARKS.md).
//!
//! Nothing a client sends is echoed or logged: payloads are a worker's private data.

use axum::body::Body;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, Request, State};
use axum::http::{HeaderMap, HeaderName, StatusCode, Version, header};
use axum::response::{IntoResponse, Response};
use futures_util::SinkExt;
use hyper::upgrade::OnUpgrade;
use hyper_util::rt::TokioIo;
use mirai_sync::connection::{Ended, Framed, Limits, pump};
use mirai_sync::engine::{Outbound, SHUTTING_DOWN};
use mirai_sync::gate::peer_of;
use mirai_sync::outbound;
use samod_core::PeerId;
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::handshake::derive_accept_key;
use tokio_tungstenite::tungstenite::protocol::{Role, WebSocketConfig};

use crate::challenge::Proof;
use crate::gate_call::Refused;
use crate::state::AppState;

/// The largest WebSocket message (and frame) a client may send: 1 MiB.
///
/// Bigger ones end the connection. Sync messages are deltas, so a real
/// client stays far below this; the limit bounds memory per connection.
pub const MAX_MESSAGE_SIZE: usize = mirai_sync::frame::MAX_FRAME_BYTES;

/// Each connection's read buffer; larger frames are read in several steps.
///
/// 512 bytes instead of tungstenite's 128 KiB, which it zero-fills and keeps per connection:
/// 10,000 idle connections took 1,328 MiB with it, 119 MiB with 4 KiB and 90 MiB with 1 KiB
/// (BENCHMARKS.md). Most sync frames are smaller (about 370 bytes while documents are
/// created); a larger one is read in 512-byte steps.
const READ_BUFFER: usize = 512;

/// Checks the WebSocket handshake and the device's proof, answers 101, and runs the session
/// on the upgraded connection.
pub(crate) async fn upgrade(
    State(state): State<AppState>,
    proof: Result<Query<Proof>, QueryRejection>,
    mut request: Request,
) -> Response {
    let accept = match accept_key(request.version(), request.headers()) {
        Ok(accept) => accept,
        Err(refusal) => return *refusal,
    };
    let proven = match proof {
        Ok(Query(proof)) => proof.device(&state, request.headers()).await,
        Err(_) => Err(Refused::new(StatusCode::UNAUTHORIZED, "device proof refused")),
    };
    let device = match proven {
        Ok(device) => device,
        Err(refusal) => {
            tracing::info!("sync connection refused: no valid device proof");
            return refusal.into_response();
        }
    };
    let Some(on_upgrade) = request.extensions_mut().remove::<OnUpgrade>() else {
        return (StatusCode::UPGRADE_REQUIRED, "this connection cannot be upgraded").into_response();
    };
    tokio::spawn(run(on_upgrade, state, peer_of(&device)));
    let mut response = Response::new(Body::empty());
    *response.status_mut() = StatusCode::SWITCHING_PROTOCOLS;
    let headers = response.headers_mut();
    headers.insert(header::CONNECTION, header::HeaderValue::from_static("upgrade"));
    headers.insert(header::UPGRADE, header::HeaderValue::from_static("websocket"));
    headers.insert(header::SEC_WEBSOCKET_ACCEPT, accept);
    response
}

/// The `Sec-WebSocket-Accept` value for a well-formed handshake (RFC 6455 section 4.2.1), or
/// the answer to a request that is not one.
fn accept_key(version: Version, headers: &HeaderMap) -> Result<header::HeaderValue, Box<Response>> {
    let has_token = |name: HeaderName, token: &str| {
        headers.get_all(name).iter().any(|value| {
            value.to_str().is_ok_and(|value| value.split(',').any(|part| part.trim().eq_ignore_ascii_case(token)))
        })
    };
    if version > Version::HTTP_11
        || !has_token(header::CONNECTION, "upgrade")
        || !has_token(header::UPGRADE, "websocket")
    {
        return Err(Box::new((StatusCode::BAD_REQUEST, "not a WebSocket handshake").into_response()));
    }
    if headers.get(header::SEC_WEBSOCKET_VERSION).is_none_or(|value| value != "13") {
        return Err(Box::new(
            (StatusCode::UPGRADE_REQUIRED, [(header::SEC_WEBSOCKET_VERSION, "13")], "WebSocket version 13 only")
                .into_response(),
        ));
    }
    let Some(key) = headers.get(header::SEC_WEBSOCKET_KEY) else {
        return Err(Box::new((StatusCode::BAD_REQUEST, "no Sec-WebSocket-Key").into_response()));
    };
    header::HeaderValue::from_str(&derive_accept_key(key.as_bytes()))
        .map_err(|_| Box::new((StatusCode::BAD_REQUEST, "bad Sec-WebSocket-Key").into_response()))
}

/// One connection's life: count it, log it, hand it to the engine, close it.
///
/// Not an `async fn`, which would keep its arguments in the task twice; the block below uses
/// them in place.
#[allow(clippy::manual_async_fn, reason = "an async fn would store its arguments twice")]
fn run(on_upgrade: OnUpgrade, state: AppState, peer: PeerId) -> impl Future<Output = ()> {
    async move {
        let upgraded = match on_upgrade.await {
            Ok(upgraded) => upgraded,
            Err(error) => {
                tracing::warn!(error.kind = "websocket_upgrade", %error, "websocket upgrade failed");
                return;
            }
        };
        let config = WebSocketConfig::default()
            .read_buffer_size(READ_BUFFER)
            .max_message_size(Some(MAX_MESSAGE_SIZE))
            .max_frame_size(Some(MAX_MESSAGE_SIZE));
        // Boxed: inline, the compiler laid this short-lived future out beside the socket it
        // makes rather than over it, and every session's task grew by its size.
        let socket =
            Box::pin(WebSocketStream::from_raw_socket(TokioIo::new(upgraded), Role::Server, Some(config))).await;
        let mut socket = Framed(socket);
        let (outbound_tx, outbound_rx) = outbound::queue();
        let connection = state.open_connection(outbound_rx.closer());
        let conn_id = connection.id();
        tracing::info!(conn_id, live = state.live_connections(), "connection opened");
        let Some(sync) = state.sync() else { return };
        // Boxed, as every call below that waits on the engine: they are large and short-lived,
        // and inline they would take room in the task for the connection's whole life.
        let end = match Box::pin(sync.engine.accept(peer, outbound_tx)).await {
            Err(error) => {
                let _ = socket.send(Outbound::Close("refused")).await;
                tracing::info!(conn_id, %error, "connection refused");
                "refused"
            }
            Ok(engine_connection) => {
                let ended = pump(
                    &sync.engine,
                    engine_connection,
                    &mut socket,
                    outbound_rx,
                    std::future::pending(),
                    Limits::default(),
                )
                .await;
                // Shutdown comes as a close in the queue (`AppState::begin_shutdown`), so the
                // pump has no stop signal of its own and does not end with `Shutdown`.
                let (reason, end) = match ended {
                    Ended::Shutdown => (Some(SHUTTING_DOWN), "shutdown"),
                    Ended::Limit(reason) => (Some(reason), reason),
                    Ended::Closed(reason) => (None, reason),
                    Ended::PeerGone => (None, "peer gone"),
                };
                if let Some(reason) = reason {
                    let _ = socket.send(Outbound::Close(reason)).await;
                }
                end
            }
        };
        drop(connection);
        tracing::info!(conn_id, end, live = state.live_connections(), "connection closed");
    }
}
