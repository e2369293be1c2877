//! One transport between the engine and a socket, whatever the WebSocket library: frames in go
//! to the engine (waiting when it is busy, which slows the sender), frames out come from the
//! engine's queue for this connection. The limits that protect the server live here: a peer
//! must say something soon after connecting, may not flood, and may not send oversized frames.

use std::time::Duration;

use futures_util::{Sink, SinkExt, Stream, StreamExt};
use samod_core::ConnectionId;
use tokio::sync::{mpsc, watch};
use tokio::time::Instant;

use crate::engine::{EngineHandle, Outbound};
use crate::frame::MAX_FRAME_BYTES;

/// What a socket delivered, as the pump needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Incoming {
    /// A binary frame.
    Frame(Vec<u8>),
    /// Something the protocol does not use (ping, pong, a text frame): ignored.
    Other,
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

/// Resolves once `shutdown` turns `true`; never if its sender is dropped without it.
async fn stopping(shutdown: &mut watch::Receiver<bool>) {
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

/// Runs `connection` until one side ends it; tells the engine when it does. The caller sends
/// the close frame for the returned reason (the sink gets [`Outbound::Close`] for engine closes).
pub async fn pump<W, R, E>(
    engine: EngineHandle,
    connection: ConnectionId,
    mut sink: W,
    mut stream: R,
    mut outbound: mpsc::Receiver<Outbound>,
    mut shutdown: watch::Receiver<bool>,
    limits: Limits,
) -> Ended
where
    W: Sink<Outbound> + Unpin,
    R: Stream<Item = Result<Incoming, E>> + Unpin,
{
    let mut rate = Rate::new(&limits);
    let first_deadline = tokio::time::sleep(limits.first_frame);
    tokio::pin!(first_deadline);
    let mut spoken = false;
    let ended = loop {
        tokio::select! {
            _ = &mut first_deadline, if !spoken => break Ended::Limit("silent peer"),
            () = stopping(&mut shutdown) => break Ended::Shutdown,
            out = outbound.recv() => match out {
                Some(Outbound::Close(reason)) => {
                    let _ = sink.send(Outbound::Close(reason)).await;
                    break Ended::Closed(reason);
                }
                Some(frame) => {
                    if sink.send(frame).await.is_err() {
                        break Ended::PeerGone;
                    }
                }
                None => break Ended::Closed("engine stopped"),
            },
            received = stream.next() => match received {
                Some(Ok(Incoming::Frame(bytes))) => {
                    spoken = true;
                    if bytes.len() > MAX_FRAME_BYTES {
                        break Ended::Limit("frame too large");
                    }
                    if engine.frame(connection, bytes).await.is_err() {
                        break Ended::Closed("engine stopped");
                    }
                    let wait = rate.take();
                    if !wait.is_zero() {
                        tokio::time::sleep(wait).await;
                    }
                }
                Some(Ok(Incoming::Other)) => spoken = true,
                Some(Err(_)) | None => break Ended::PeerGone,
            },
        }
    };
    engine.closed(connection).await;
    ended
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
