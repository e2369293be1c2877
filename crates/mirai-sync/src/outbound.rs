//! The queue of what the engine has for one connection's socket: bounded, and empty in memory
//! while there is nothing to send.
//!
//! A server keeps one per connection, most of them idle. tokio's `mpsc` channel allocated a
//! block of 32 slots up front and kept it (about 1.2 KiB per connection with its channel
//! state); this one is a `VecDeque` behind a lock that lets its buffer go once drained, so an
//! idle connection costs its small shared state only (BENCHMARKS.md).

use std::collections::VecDeque;
use std::future::poll_fn;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::task::{Context, Poll, Waker};

use crate::engine::Outbound;

/// How many frames may wait for one connection's socket before that peer counts as stuck and is
/// closed, so a slow reader cannot make the server hold unbounded memory.
pub const OUTBOUND_QUEUE: usize = 1024;

struct Shared {
    state: Mutex<State>,
}

struct State {
    frames: VecDeque<Outbound>,
    senders: usize,
    receiving: bool,
    /// The receiver's task, waiting for a frame or for the last sender to go.
    waiting: Option<Waker>,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl State {
    fn wake(&mut self) {
        if let Some(waker) = self.waiting.take() {
            waker.wake();
        }
    }
}

/// A new queue: the engine's end and the socket's end.
pub fn queue() -> (OutboundSender, OutboundReceiver) {
    let shared = Arc::new(Shared {
        state: Mutex::new(State { frames: VecDeque::new(), senders: 1, receiving: true, waiting: None }),
    });
    (OutboundSender(Arc::clone(&shared)), OutboundReceiver(shared))
}

/// Why a frame was not queued.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// [`OUTBOUND_QUEUE`] frames are already waiting: the peer reads too slowly.
    Full,
    /// The socket's end is gone.
    Closed,
}

/// The engine's end: queues without waiting.
pub struct OutboundSender(Arc<Shared>);

impl OutboundSender {
    /// Queues `outbound` for the socket, or says why not.
    pub fn try_send(&self, outbound: Outbound) -> Result<(), Refused> {
        let mut state = self.0.lock();
        if !state.receiving {
            return Err(Refused::Closed);
        }
        if state.frames.len() >= OUTBOUND_QUEUE {
            return Err(Refused::Full);
        }
        state.frames.push_back(outbound);
        state.wake();
        Ok(())
    }
}

impl Clone for OutboundSender {
    fn clone(&self) -> Self {
        self.0.lock().senders += 1;
        OutboundSender(Arc::clone(&self.0))
    }
}

impl Drop for OutboundSender {
    fn drop(&mut self) {
        let mut state = self.0.lock();
        state.senders -= 1;
        if state.senders == 0 {
            state.wake();
        }
    }
}

/// The socket's end.
pub struct OutboundReceiver(Arc<Shared>);

impl OutboundReceiver {
    /// The next frame; `None` once every sender is gone and nothing is left.
    pub async fn recv(&mut self) -> Option<Outbound> {
        poll_fn(|cx| self.poll_recv(cx)).await
    }

    /// A [`Closer`] for this queue.
    pub fn closer(&self) -> Closer {
        Closer(Arc::clone(&self.0))
    }

    fn poll_recv(&mut self, cx: &mut Context<'_>) -> Poll<Option<Outbound>> {
        let mut state = self.0.lock();
        if let Some(outbound) = state.frames.pop_front() {
            if state.frames.is_empty() {
                state.frames = VecDeque::new();
            }
            return Poll::Ready(Some(outbound));
        }
        if state.senders == 0 {
            return Poll::Ready(None);
        }
        // Checked and registered under the same lock a sender takes: no wake-up is missed.
        if !state.waiting.as_ref().is_some_and(|waiting| waiting.will_wake(cx.waker())) {
            state.waiting = Some(cx.waker().clone());
        }
        Poll::Pending
    }
}

/// A handle that can only close the queue's connection, for whoever must end every connection
/// at once (a server shutting down) without keeping a connection's queue open as a sender would.
pub struct Closer(Arc<Shared>);

impl Closer {
    /// Queues a close for `reason`, full queue or not, unless the socket's end is gone.
    pub fn close(&self, reason: &'static str) {
        let mut state = self.0.lock();
        if state.receiving {
            state.frames.push_back(Outbound::Close(reason));
            state.wake();
        }
    }
}

impl Drop for OutboundReceiver {
    fn drop(&mut self) {
        let mut state = self.0.lock();
        state.receiving = false;
        state.frames = VecDeque::new();
        state.waiting = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::SHUTTING_DOWN;

    fn frame(byte: u8) -> Outbound {
        Outbound::Frame(vec![byte])
    }

    #[tokio::test]
    async fn frames_arrive_in_order_and_the_end_comes_after_the_last_sender() {
        let (tx, mut rx) = queue();
        let second = tx.clone();
        tx.try_send(frame(1)).expect("queued");
        second.try_send(frame(2)).expect("queued");
        drop(tx);
        assert_eq!(rx.recv().await, Some(frame(1)));
        assert_eq!(rx.recv().await, Some(frame(2)));
        drop(second);
        assert_eq!(rx.recv().await, None);
    }

    #[tokio::test]
    async fn a_waiting_receiver_wakes_for_a_frame_sent_later() {
        let (tx, mut rx) = queue();
        let waiting = tokio::spawn(async move { rx.recv().await });
        tokio::task::yield_now().await;
        tx.try_send(frame(7)).expect("queued");
        assert_eq!(waiting.await.expect("joined"), Some(frame(7)));
    }

    #[test]
    fn a_full_queue_refuses_and_a_gone_receiver_closes() {
        let (tx, rx) = queue();
        for _ in 0..OUTBOUND_QUEUE {
            tx.try_send(frame(0)).expect("room");
        }
        assert_eq!(tx.try_send(frame(0)), Err(Refused::Full));
        drop(rx);
        assert_eq!(tx.try_send(frame(0)), Err(Refused::Closed));
    }

    #[tokio::test]
    async fn a_closer_gets_through_a_full_queue_and_keeps_no_queue_open() {
        let (tx, mut rx) = queue();
        for _ in 0..OUTBOUND_QUEUE {
            tx.try_send(frame(0)).expect("room");
        }
        rx.closer().close(SHUTTING_DOWN);
        drop(tx);
        for _ in 0..OUTBOUND_QUEUE {
            assert_eq!(rx.recv().await, Some(frame(0)));
        }
        assert_eq!(rx.recv().await, Some(Outbound::Close(SHUTTING_DOWN)));
        assert_eq!(rx.recv().await, None, "a closer is not a sender");
    }

    #[tokio::test]
    async fn a_drained_queue_gives_its_buffer_back() {
        let (tx, mut rx) = queue();
        for byte in 0..100 {
            tx.try_send(frame(byte)).expect("room");
        }
        for _ in 0..100 {
            rx.recv().await.expect("a frame");
        }
        assert_eq!(rx.0.lock().frames.capacity(), 0);
    }
}
