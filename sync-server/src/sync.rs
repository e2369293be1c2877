//! `GET /sync`: the WebSocket endpoint for the automerge-repo sync protocol.
//!
//! The protocol itself is not implemented yet, so every session is closed at
//! once with code 1013 ("try again later"). What is already in place is the
//! part that stays: the upgrade with a message size limit, connection ids and
//! counting, shutdown with code 1001, and a session function generic over
//! `Sink + Stream` so tests can drive it with channels instead of a socket.
//!
//! Nothing a client sends is echoed or logged, now or later: payloads are a
//! worker's private data.

use std::time::Duration;

use axum::extract::State;
use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade, close_code};
use axum::response::Response;
use futures_util::{Sink, SinkExt, Stream, StreamExt};
use tokio::sync::watch;

use crate::state::AppState;

/// The largest WebSocket message (and frame) a client may send: 1 MiB.
///
/// Bigger ones end the connection. Sync messages are deltas, so a real
/// client stays far below this; the limit bounds memory per connection.
pub const MAX_MESSAGE_SIZE: usize = 1 << 20;

/// Sent with close code 1013 until the sync protocol exists.
const UNAVAILABLE_REASON: &str = "sync protocol not available yet";

/// Sent with close code 1001 when the server shuts down.
const SHUTDOWN_REASON: &str = "server shutting down";

/// How long a session waits for the peer to answer its close frame.
const CLOSE_REPLY_TIMEOUT: Duration = Duration::from_secs(5);

/// How a session ended, for the connection's "closed" log line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionEnd {
    /// We sent a close frame with this code and the peer answered it: a
    /// clean WebSocket closing handshake.
    Acknowledged(u16),
    /// We sent a close frame with this code, but the peer disconnected,
    /// failed, stayed silent, or the server began shutting down before the
    /// answer came.
    Unacknowledged(u16),
    /// The close frame could not be sent: the peer was already gone.
    PeerGone,
}

impl SessionEnd {
    /// A stable name for logs.
    pub fn as_str(&self) -> &'static str {
        match self {
            SessionEnd::Acknowledged(_) => "acknowledged",
            SessionEnd::Unacknowledged(_) => "unacknowledged",
            SessionEnd::PeerGone => "peer_gone",
        }
    }

    /// The close code we sent, if we managed to send one.
    pub fn close_code(&self) -> Option<u16> {
        match self {
            SessionEnd::Acknowledged(code) | SessionEnd::Unacknowledged(code) => Some(*code),
            SessionEnd::PeerGone => None,
        }
    }
}

/// Runs one sync session over an already-upgraded connection.
///
/// Generic over `Sink + Stream` (not [`WebSocket`]) so tests can pass
/// channels. `shutdown` turns `true` when the server stops; a session that
/// sees it says goodbye with code 1001.
///
/// For now the session closes at once with code 1013, then waits (bounded)
/// for the peer's close reply. Frames received meanwhile are dropped unread.
pub async fn session<W, R, E>(mut sink: W, mut stream: R, mut shutdown: watch::Receiver<bool>) -> SessionEnd
where
    W: Sink<Message> + Unpin,
    R: Stream<Item = Result<Message, E>> + Unpin,
{
    let frame = if *shutdown.borrow_and_update() {
        CloseFrame { code: close_code::AWAY, reason: SHUTDOWN_REASON.into() }
    } else {
        CloseFrame { code: close_code::AGAIN, reason: UNAVAILABLE_REASON.into() }
    };
    let code = frame.code;
    if sink.send(Message::Close(Some(frame))).await.is_err() {
        return SessionEnd::PeerGone;
    }

    let wait_for_reply = async {
        while let Some(Ok(message)) = stream.next().await {
            // Data frames are dropped without being looked at: nothing the
            // client sent may reach a log or go back out.
            if let Message::Close(_) = message {
                return true;
            }
        }
        false
    };
    tokio::select! {
        acknowledged = tokio::time::timeout(CLOSE_REPLY_TIMEOUT, wait_for_reply) => {
            match acknowledged {
                Ok(true) => SessionEnd::Acknowledged(code),
                Ok(false) | Err(_) => SessionEnd::Unacknowledged(code),
            }
        }
        // Shutdown started while we waited: our close is already out, so stop
        // waiting rather than hold the server up. (`Err` means the sender is
        // gone, so shutdown can no longer come; the branch is then disabled.)
        Ok(_) = shutdown.wait_for(|&stop| stop) => SessionEnd::Unacknowledged(code),
    }
}

/// Accepts the upgrade and runs [`session`] on the socket.
pub(crate) async fn upgrade(ws: WebSocketUpgrade, State(state): State<AppState>) -> Response {
    ws.max_message_size(MAX_MESSAGE_SIZE)
        .max_frame_size(MAX_MESSAGE_SIZE)
        .on_failed_upgrade(|err| {
            tracing::warn!(error.kind = "websocket_upgrade", error = %err, "websocket upgrade failed");
        })
        .on_upgrade(move |socket| run(socket, state))
}

/// One connection's life: count it, log it, run the session.
async fn run(socket: WebSocket, state: AppState) {
    let connection = state.open_connection();
    let conn_id = connection.id();
    tracing::info!(conn_id, live = state.live_connections(), "connection opened");

    let (sink, stream) = socket.split();
    let end = session(sink, stream, state.shutdown_signal()).await;

    drop(connection);
    tracing::info!(
        conn_id,
        end = end.as_str(),
        close_code = end.close_code(),
        live = state.live_connections(),
        "connection closed"
    );
}

#[cfg(test)]
mod tests {
    use std::convert::Infallible;

    use futures_channel::mpsc;

    use super::*;

    const CANARY: &str = "CANARY-7f3a";

    /// A session wired to channels: what the test sends, what it receives.
    struct Peer {
        to_session: mpsc::UnboundedSender<Result<Message, Infallible>>,
        from_session: mpsc::UnboundedReceiver<Message>,
    }

    fn start(shutdown: watch::Receiver<bool>) -> (Peer, tokio::task::JoinHandle<SessionEnd>) {
        let (sink, from_session) = mpsc::unbounded();
        let (to_session, stream) = mpsc::unbounded();
        let task = tokio::spawn(session(sink, stream, shutdown));
        (Peer { to_session, from_session }, task)
    }

    fn close_frame(code: u16, reason: &str) -> Message {
        Message::Close(Some(CloseFrame { code, reason: reason.into() }))
    }

    #[tokio::test]
    async fn closes_with_1013_and_never_echoes() {
        let (_shutdown_tx, shutdown) = watch::channel(false);
        let (mut peer, task) = start(shutdown);

        // The payload arrives before the session could have read anything,
        // and a second one after its close frame.
        peer.to_session.unbounded_send(Ok(Message::Text(CANARY.into()))).expect("session is listening");
        let first = peer.from_session.next().await.expect("a close frame");
        assert_eq!(first, close_frame(close_code::AGAIN, UNAVAILABLE_REASON));
        peer.to_session
            .unbounded_send(Ok(Message::Binary(CANARY.as_bytes().to_vec().into())))
            .expect("session is listening");
        peer.to_session.unbounded_send(Ok(close_frame(close_code::AGAIN, ""))).expect("session is listening");

        let end = task.await.expect("session task");

        assert_eq!(end, SessionEnd::Acknowledged(close_code::AGAIN));
        // The session dropped its sink, so this drains everything it sent.
        let rest: Vec<Message> = peer.from_session.collect().await;
        assert!(rest.is_empty(), "session sent more than its close: {rest:?}");
    }

    #[tokio::test]
    async fn closes_with_1001_once_shutdown_began() {
        let (shutdown_tx, shutdown) = watch::channel(false);
        shutdown_tx.send_replace(true);
        let (mut peer, task) = start(shutdown);

        let first = peer.from_session.next().await.expect("a close frame");
        drop(peer.to_session);

        assert_eq!(first, close_frame(close_code::AWAY, SHUTDOWN_REASON));
        assert_eq!(task.await.expect("session task"), SessionEnd::Unacknowledged(close_code::AWAY));
    }

    #[tokio::test]
    async fn shutdown_stops_waiting_for_a_silent_peer() {
        let (shutdown_tx, shutdown) = watch::channel(false);
        let (mut peer, task) = start(shutdown);
        peer.from_session.next().await.expect("a close frame");

        // The peer keeps its side open and never answers.
        shutdown_tx.send_replace(true);

        assert_eq!(task.await.expect("session task"), SessionEnd::Unacknowledged(close_code::AGAIN));
        drop(peer);
    }

    #[tokio::test]
    async fn gone_peer_ends_the_session() {
        let (_shutdown_tx, shutdown) = watch::channel(false);
        let (peer, task) = start(shutdown);
        drop(peer);

        // Either the close could not be sent, or nobody answered it.
        let end = task.await.expect("session task");
        assert!(matches!(end, SessionEnd::PeerGone | SessionEnd::Unacknowledged(_)), "{end:?}");
    }
}
