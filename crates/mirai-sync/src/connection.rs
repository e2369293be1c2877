//! One transport between the engine and a socket, whatever the WebSocket library: frames in go
//! to the engine (waiting when it is busy, which slows the sender), frames out come from the
//! engine's queue for this connection. The limits that protect the server live here: a peer
//! must say something soon after connecting, may not flood, and may not send oversized frames.
//!
//! A server holds thousands of these at once, mostly idle, so the pump is one future over one
//! unsplit socket that keeps nothing it does not need while it waits (BENCHMARKS.md).

use std::pin::Pin;
use std::task::{Context, Poll, ready};
use std::time::Duration;

use futures_util::{Sink, SinkExt, Stream, StreamExt};
use samod_core::ConnectionId;
use tokio::sync::watch;
use tokio::time::{Instant, Sleep};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;

use crate::engine::{EngineHandle, Outbound, SHUTTING_DOWN};
use crate::frame::MAX_FRAME_BYTES;
use crate::outbound::OutboundReceiver;

/// What a socket delivered, as the pump needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Incoming {
    /// A binary frame.
    Frame(Vec<u8>),
    /// Something the protocol does not use (ping, pong, a text frame): ignored.
    Other,
}

/// A tungstenite WebSocket (the server's and the client's) as the pump reads and writes it:
/// [`Incoming`] in, [`Outbound`] out.
pub struct Framed<S>(pub S);

/// The WebSocket close code for an engine's or a limit's reason.
pub fn close_code(reason: &str) -> CloseCode {
    match reason {
        SHUTTING_DOWN => CloseCode::Away,
        "server error" | "storage failed" | "engine stopped" => CloseCode::Error,
        "frame too large" => CloseCode::Size,
        _ => CloseCode::Policy,
    }
}

impl<S, E> Stream for Framed<S>
where
    S: Stream<Item = Result<Message, E>> + Unpin,
{
    type Item = Result<Incoming, E>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        Poll::Ready(ready!(self.0.poll_next_unpin(cx)).map(|received| {
            received.map(|message| match message {
                Message::Binary(bytes) => Incoming::Frame(bytes.to_vec()),
                _ => Incoming::Other,
            })
        }))
    }
}

impl<S> Sink<Outbound> for Framed<S>
where
    S: Sink<Message> + Unpin,
{
    type Error = S::Error;

    fn poll_ready(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.0.poll_ready_unpin(cx)
    }

    fn start_send(mut self: Pin<&mut Self>, item: Outbound) -> Result<(), Self::Error> {
        let message = match item {
            Outbound::Frame(bytes) => Message::Binary(bytes.into()),
            Outbound::Close(reason) => {
                Message::Close(Some(CloseFrame { code: close_code(reason), reason: reason.into() }))
            }
        };
        self.0.start_send_unpin(message)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.0.poll_flush_unpin(cx)
    }

    fn poll_close(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.0.poll_close_unpin(cx)
    }
}

/// How a connection's pump limits its peer.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// A peer that sends nothing for this long after connecting is closed.
    pub first_frame: Duration,
    /// Frames per second a peer may keep up; faster ones are read more slowly.
    pub frames_per_second: u32,
    /// Frames a peer may send at once before the rate applies.
    pub burst: u32,
}

impl Default for Limits {
    /// A device back online with a thousand unsynced documents sends about two frames for each:
    /// the burst takes that at once, and the rate (about half of what the engine processes in
    /// all, BENCHMARKS.md) keeps one peer from taking every turn.
    fn default() -> Self {
        Limits { first_frame: Duration::from_secs(10), frames_per_second: 1000, burst: 2000 }
    }
}

/// Why a pump ended, for the caller's log and close frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// The peer closed or the socket failed.
    PeerGone,
    /// The engine closed the connection, with this reason.
    Closed(&'static str),
    /// The peer broke a limit, named here.
    Limit(&'static str),
    /// The process is shutting down.
    Shutdown,
}

/// A token bucket: `burst` frames at once, then `per_second`. A peer over its rate is not cut
/// off but slowed down: the pump waits before reading its next frame, so its own socket pushes
/// back. (Closing instead made a device that comes back with a few hundred unsynced documents
/// reconnect and resend forever; BENCHMARKS.md.)
struct Rate {
    tokens: f64,
    burst: f64,
    per_second: f64,
    last: Instant,
}

impl Rate {
    fn new(limits: &Limits) -> Self {
        let burst = f64::from(limits.burst.max(1));
        Rate { tokens: burst, burst, per_second: f64::from(limits.frames_per_second.max(1)), last: Instant::now() }
    }

    /// Takes a token for one frame; how long to wait before reading the next one.
    fn take(&mut self) -> Duration {
        let now = Instant::now();
        self.tokens = (self.tokens + now.duration_since(self.last).as_secs_f64() * self.per_second).min(self.burst);
        self.last = now;
        self.tokens -= 1.0;
        if self.tokens >= 0.0 { Duration::ZERO } else { Duration::from_secs_f64(-self.tokens / self.per_second) }
    }
}

/// Resolves once `shutdown` turns `true`; never if its sender is dropped without it. A stop
/// signal for [`pump`].
pub async fn stopping(mut shutdown: watch::Receiver<bool>) {
    loop {
        let stop = *shutdown.borrow_and_update();
        if stop {
            return;
        }
        if shutdown.changed().await.is_err() {
            std::future::pending::<()>().await;
        }
    }
}

/// Resolves when the first-frame deadline passes; never once it is gone.
async fn expired(deadline: &mut Option<Pin<Box<Sleep>>>) {
    match deadline {
        Some(sleep) => sleep.await,
        None => std::future::pending().await,
    }
}

/// Runs `connection` until one side ends it; tells the engine when it does. The caller sends
/// the close frame for the returned reason (the socket gets [`Outbound::Close`] for engine
/// closes).
///
/// The pump ends with [`Ended::Shutdown`] when `stop` resolves: [`stopping`] for a watch
/// channel, or `std::future::pending()` where shutdown comes as a close in `outbound` (the
/// server's way: a watch receiver's wait is the largest part of an idle pump).
///
/// Not an `async fn`, whose arguments the future would keep twice; the state is made here and
/// the future uses it in place.
#[allow(clippy::manual_async_fn, reason = "an async fn would store its arguments twice")]
pub fn pump<'a, S, E, F>(
    engine: &'a EngineHandle,
    connection: ConnectionId,
    socket: &'a mut S,
    mut outbound: OutboundReceiver,
    stop: F,
    limits: Limits,
) -> impl Future<Output = Ended> + 'a
where
    S: Sink<Outbound> + Stream<Item = Result<Incoming, E>> + Unpin,
    E: 'a,
    F: Future<Output = ()> + 'a,
{
    let mut rate = Rate::new(&limits);
    // Boxed, and dropped at the first frame: an idle connection does not carry a timer.
    let mut first_deadline = Some(Box::pin(tokio::time::sleep(limits.first_frame)));
    async move {
        let mut stop = std::pin::pin!(stop);
        let ended = loop {
            tokio::select! {
                () = expired(&mut first_deadline) => break Ended::Limit("silent peer"),
                () = &mut stop => break Ended::Shutdown,
                out = outbound.recv() => match out {
                    Some(Outbound::Close(reason)) => {
                        let _ = socket.send(Outbound::Close(reason)).await;
                        break Ended::Closed(reason);
                    }
                    Some(frame) => {
                        if socket.send(frame).await.is_err() {
                            break Ended::PeerGone;
                        }
                    }
                    None => break Ended::Closed("engine stopped"),
                },
                received = socket.next() => match received {
                    Some(Ok(Incoming::Frame(bytes))) => {
                        first_deadline = None;
                        if bytes.len() > MAX_FRAME_BYTES {
                            break Ended::Limit("frame too large");
                        }
                        // Boxed: the engine's queue send is large, and only exists while it waits.
                        if Box::pin(engine.frame(connection, bytes)).await.is_err() {
                            break Ended::Closed("engine stopped");
                        }
                        let wait = rate.take();
                        if !wait.is_zero() {
                            Box::pin(tokio::time::sleep(wait)).await;
                        }
                    }
                    Some(Ok(Incoming::Other)) => first_deadline = None,
                    Some(Err(_)) | None => break Ended::PeerGone,
                },
            }
        };
        Box::pin(engine.closed(connection)).await;
        ended
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn a_bucket_allows_the_burst_then_slows_the_peer_to_the_rate() {
        let mut rate = Rate::new(&Limits { first_frame: Duration::from_secs(1), frames_per_second: 10, burst: 5 });
        assert!((0..5).all(|_| rate.take().is_zero()));
        assert_eq!(rate.take(), Duration::from_millis(100), "burst spent: wait a tenth of a second");
        tokio::time::advance(Duration::from_millis(100)).await;
        assert_eq!(rate.take(), Duration::from_millis(100), "the waited token was used; the next waits again");
        tokio::time::advance(Duration::from_secs(10)).await;
        assert!((0..5).all(|_| rate.take().is_zero()), "an idle peer gets its burst back");
    }
}
