//! `GET /sync`: the automerge-repo WebSocket, for a device that proved its key (see
//! [`crate::challenge`]). Frames go to the sync engine, whose access gate checks each of them;
//! this module only moves bytes and turns an ending into a close code.
//!
//! Nothing a client sends is echoed or logged: payloads are a worker's private data.

use axum::extract::rejection::QueryRejection;
use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade, close_code};
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use futures_util::{SinkExt, StreamExt};
use mirai_access::DeviceKey;
use mirai_sync::connection::{Ended, Incoming, Limits, pump};
use mirai_sync::engine::{OUTBOUND_QUEUE, Outbound};
use mirai_sync::gate::peer_of;
use tokio::sync::mpsc;

use crate::challenge::Proof;
use crate::state::AppState;

/// The largest WebSocket message (and frame) a client may send: 1 MiB.
///
/// Bigger ones end the connection. Sync messages are deltas, so a real
/// client stays far below this; the limit bounds memory per connection.
pub const MAX_MESSAGE_SIZE: usize = mirai_sync::frame::MAX_FRAME_BYTES;

/// Each connection's read buffer; larger frames are read in several steps.
const READ_BUFFER: usize = 1024;

/// Checks the device's proof, then accepts the upgrade and runs the session.
pub(crate) async fn upgrade(
    ws: WebSocketUpgrade,
    State(state): State<AppState>,
    proof: Result<Query<Proof>, QueryRejection>,
    headers: HeaderMap,
) -> Response {
    let Some(device) = proof.ok().and_then(|Query(proof)| proof.verify(&state, &headers)) else {
        tracing::info!("sync connection refused: no valid device proof");
        return (StatusCode::UNAUTHORIZED, "device proof refused").into_response();
    };
    // A 1 KiB read buffer instead of tungstenite's 128 KiB, which it zero-fills and keeps per
    // connection: 10,000 idle connections took 1,328 MiB with it, 119 MiB with 4 KiB and 90 MiB
    // with 1 KiB (BENCHMARKS.md). A larger frame is read in 1 KiB steps.
    ws.read_buffer_size(READ_BUFFER)
        .max_message_size(MAX_MESSAGE_SIZE)
        .max_frame_size(MAX_MESSAGE_SIZE)
        .on_failed_upgrade(|err| {
            tracing::warn!(error.kind = "websocket_upgrade", error = %err, "websocket upgrade failed");
        })
        .on_upgrade(move |socket| run(socket, state, device))
}

/// The close code for an engine's reason.
fn close_code_for(reason: &str) -> u16 {
    match reason {
        "server shutting down" => close_code::AWAY,
        "server error" | "storage failed" | "engine stopped" => close_code::ERROR,
        "frame too large" => close_code::SIZE,
        _ => close_code::POLICY,
    }
}

fn close(code: u16, reason: &'static str) -> Message {
    Message::Close(Some(CloseFrame { code, reason: reason.into() }))
}

/// One connection's life: count it, log it, hand it to the engine, close it.
async fn run(socket: WebSocket, state: AppState, device: DeviceKey) {
    let connection = state.open_connection();
    let conn_id = connection.id();
    tracing::info!(conn_id, live = state.live_connections(), "connection opened");
    let (mut sink, stream) = socket.split();
    let Some(sync) = state.sync() else { return };
    let (outbound_tx, outbound_rx) = mpsc::channel(OUTBOUND_QUEUE);
    let end = match sync.engine.accept(peer_of(&device), outbound_tx).await {
        Err(error) => {
            let _ = sink.send(close(close_code::POLICY, "refused")).await;
            tracing::info!(conn_id, %error, "connection refused");
            "refused"
        }
        Ok(engine_connection) => {
            let sink = sink.with(|out: Outbound| async move {
                Ok::<_, axum::Error>(match out {
                    Outbound::Frame(bytes) => Message::Binary(bytes.into()),
                    Outbound::Close(reason) => close(close_code_for(reason), reason),
                })
            });
            let mut sink = Box::pin(sink);
            let stream = stream.map(|message| {
                message.map(|message| match message {
                    Message::Binary(bytes) => Incoming::Frame(bytes.to_vec()),
                    _ => Incoming::Other,
                })
            });
            let ended = pump(
                sync.engine.clone(),
                engine_connection,
                &mut sink,
                stream,
                outbound_rx,
                state.shutdown_signal(),
                Limits::default(),
            )
            .await;
            match ended {
                Ended::Shutdown => {
                    let _ = sink.send(Outbound::Close("server shutting down")).await;
                    "shutdown"
                }
                Ended::Limit(reason) => {
                    let _ = sink.send(Outbound::Close(reason)).await;
                    reason
                }
                Ended::Closed(reason) => reason,
                Ended::PeerGone => "peer gone",
            }
        }
    };
    drop(connection);
    tracing::info!(conn_id, end, live = state.live_connections(), "connection closed");
}
