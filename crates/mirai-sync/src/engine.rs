//! The runtime that drives samod-core's sans-IO hub and document actors: one thread, inputs in
//! batches, storage through a [`Store`], and a [`Policy`] asked about every frame in and out.
//!
//! The durability rule is built into the loop, not left to each caller: everything the actors
//! ask to store while a batch is processed is written, then [`Store::commit`] makes it durable,
//! and only then do the batch's outgoing frames leave and its callers hear "done". A sync reply
//! that tells a peer "I have your change" can therefore never leave before the change is on
//! disk. (The stock `samod` runtime sends messages while the writes are still queued.) If the
//! commit fails, nothing of the batch is sent, every connection is closed and the engine starts
//! again from what is on disk; peers resend.
//!
//! A panic inside a document actor (automerge can panic on hostile bytes, reliability.md §4)
//! is caught: that document is quarantined, the connections syncing it are closed, and every
//! other document keeps syncing. A panic in the hub resets the engine the same way a failed
//! commit does.

use std::any::Any;
use std::collections::{HashMap, HashSet, VecDeque};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::Duration;

use automerge::{Automerge, ChangeHash};
use samod_core::actors::HubToDocMsg;
use samod_core::actors::document::io::{DocumentIoResult, DocumentIoTask};
use samod_core::actors::document::{DocActorResult, DocumentActor, SpawnArgs};
use samod_core::actors::hub::io::HubIoAction;
use samod_core::actors::hub::{CommandId, CommandResult, Hub, HubEvent, HubResults};
use samod_core::io::{IoResult, StorageResult, StorageTask};
use samod_core::network::{ConnectionEvent, PeerDocState};
use samod_core::{
    ConnectionId, DialRequest, DialerConfig, DialerId, DocSearch, DocSearchPhase, DocumentActorId, DocumentId,
    ListenerConfig, ListenerId, LoaderState, PeerId, ShareAccess, UnixTimestamp,
};
use tokio::sync::{mpsc, oneshot, watch};

use crate::frame;
use crate::outbound::{OutboundSender, Refused};
use crate::policy::{AdmitError, Policy, Verdict};
use crate::resume;
use crate::size_cap::{MAX_DOCUMENT_BYTES, StoredSizes};
use crate::store::{Store, StoreError};

/// How many inputs one batch takes at most: more shares one fsync among more changes, fewer
/// answers the first of them sooner.
const MAX_BATCH: usize = 256;
/// How often the hub's timers (a dialer's backoff) are driven when nothing else happens.
const TICK: Duration = Duration::from_millis(100);
/// How many inputs may wait for the engine: a connection that sends faster waits on its socket.
const INPUT_QUEUE: usize = 1024;

pub use samod_core::BackoffConfig;

/// The close reason of every connection when the server shuts down (close code 1001).
pub const SHUTTING_DOWN: &str = "server shutting down";

/// What the engine wants a connection's socket to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outbound {
    /// Send this binary frame.
    Frame(Vec<u8>),
    /// Close the connection; the reason is for the log and the close frame.
    Close(&'static str),
}

/// Why an engine call failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EngineError {
    /// The engine has stopped (or its thread died).
    #[error("the sync engine is not running")]
    Stopped,
    /// The policy refused the connection.
    #[error("connection refused: {0}")]
    Refused(#[from] AdmitError),
    /// The batch this call belonged to could not be stored; nothing of it was kept.
    #[error("storage failed")]
    Storage,
    /// The document is not loaded here (open it first), or it is quarantined.
    #[error("document not available")]
    Unavailable,
    /// The document's actor panicked or refused the change; the document is quarantined.
    #[error("document failed")]
    DocumentFailed,
    /// The document is over its size cap ([`crate::size_cap::MAX_DOCUMENT_BYTES`]).
    #[error("document full")]
    DocumentFull,
}

/// Counters for `/metrics` and tests; the counts are since the engine started.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    /// Open connections.
    pub connections: u64,
    /// Documents loaded in memory.
    pub documents: u64,
    /// Documents quarantined after a panic.
    pub quarantined: u64,
    /// Frames received from peers.
    pub frames_in: u64,
    /// Bytes received from peers.
    pub bytes_in: u64,
    /// Frames sent to peers.
    pub frames_out: u64,
    /// Bytes sent to peers.
    pub bytes_out: u64,
    /// Frames from peers the policy refused, dropped or closed the connection for.
    pub frames_refused: u64,
    /// Frames to peers the policy held back.
    pub frames_held_back: u64,
    /// Connections the engine closed (policy, protocol, slow reader, quarantine).
    pub closed_by_server: u64,
    /// Batches committed.
    pub batches: u64,
    /// Batches that failed (storage error, hub panic) and restarted the engine.
    pub failed_batches: u64,
}

/// Opens transports for a client's dialer; the engine calls it whenever the hub wants one
/// (the first time and after each backoff).
pub trait Dialer: Send + 'static {
    /// Starts connecting for `request` in the background; reports back through `engine`
    /// with [`EngineHandle::dialed`] or [`EngineHandle::dial_failed`].
    fn dial(&self, request: DialRequest, engine: EngineHandle);
}

type Change = Box<dyn FnOnce(&mut Automerge) + Send>;
type PolicyUpdate = Box<dyn FnOnce(&mut dyn Any, &mut dyn Store) + Send>;
type Read = Box<dyn FnOnce(&Automerge) + Send>;
type ReadSynced = Box<dyn FnOnce(&Automerge, Vec<Vec<ChangeHash>>) + Send>;

enum Input {
    Accept { peer: PeerId, outbound: OutboundSender, reply: oneshot::Sender<Result<ConnectionId, EngineError>> },
    Dialed { dialer: DialerId, outbound: OutboundSender, reply: oneshot::Sender<Result<ConnectionId, EngineError>> },
    DialFailed { dialer: DialerId, error: String },
    Frame { connection: ConnectionId, bytes: Vec<u8> },
    Closed { connection: ConnectionId },
    Create { initial: Box<Automerge>, reply: oneshot::Sender<Result<DocumentId, EngineError>> },
    Open { document: DocumentId, reply: oneshot::Sender<Result<bool, EngineError>> },
    Change { document: DocumentId, change: Change, reply: oneshot::Sender<Result<(), EngineError>> },
    Read { document: DocumentId, read: Read, reply: oneshot::Sender<Result<(), EngineError>> },
    Synced { document: DocumentId, read: ReadSynced, reply: oneshot::Sender<Result<(), EngineError>> },
    AddDialer { url: url::Url, backoff: BackoffConfig, reply: oneshot::Sender<Result<DialerId, EngineError>> },
    Policy { update: PolicyUpdate, reply: oneshot::Sender<Result<(), EngineError>> },
    Reload { document: DocumentId, chunks: Vec<samod_core::StorageKey> },
    Stop,
}

/// How the rest of the program talks to a running engine; cheap to clone.
#[derive(Clone)]
pub struct EngineHandle {
    tx: mpsc::Sender<Input>,
    stats: watch::Receiver<Stats>,
}

impl EngineHandle {
    async fn call<T>(
        &self,
        input: impl FnOnce(oneshot::Sender<Result<T, EngineError>>) -> Input,
    ) -> Result<T, EngineError> {
        let (reply, answer) = oneshot::channel();
        self.tx.send(input(reply)).await.map_err(|_| EngineError::Stopped)?;
        answer.await.map_err(|_| EngineError::Stopped)?
    }

    /// A server accepted a transport whose device proved it is `peer`; frames for it go to
    /// `outbound`. The handshake must then claim exactly `peer`.
    pub async fn accept(&self, peer: PeerId, outbound: OutboundSender) -> Result<ConnectionId, EngineError> {
        self.call(|reply| Input::Accept { peer, outbound, reply }).await
    }

    /// A client's transport for `dialer` is open.
    pub async fn dialed(&self, dialer: DialerId, outbound: OutboundSender) -> Result<ConnectionId, EngineError> {
        self.call(|reply| Input::Dialed { dialer, outbound, reply }).await
    }

    /// A client's transport for `dialer` could not be opened; the hub backs off and retries.
    pub async fn dial_failed(&self, dialer: DialerId, error: String) {
        let _ = self.tx.send(Input::DialFailed { dialer, error }).await;
    }

    /// A frame arrived on `connection`. Waits while the engine is busy, which slows the
    /// sender's socket instead of queueing without bound.
    pub async fn frame(&self, connection: ConnectionId, bytes: Vec<u8>) -> Result<(), EngineError> {
        self.tx.send(Input::Frame { connection, bytes }).await.map_err(|_| EngineError::Stopped)
    }

    /// `connection` is gone.
    pub async fn closed(&self, connection: ConnectionId) {
        let _ = self.tx.send(Input::Closed { connection }).await;
    }

    /// Creates a document; answers once it is stored.
    pub async fn create(&self, initial: Automerge) -> Result<DocumentId, EngineError> {
        self.call(|reply| Input::Create { initial: Box::new(initial), reply }).await
    }

    /// Loads `document` from storage or asks peers for it: `true` once it is here, `false` if
    /// nobody has it (yet).
    pub async fn open(&self, document: DocumentId) -> Result<bool, EngineError> {
        self.call(|reply| Input::Open { document, reply }).await
    }

    /// Changes an open document; answers once the change is stored.
    pub async fn change<R: Send + 'static>(
        &self,
        document: DocumentId,
        change: impl FnOnce(&mut Automerge) -> R + Send + 'static,
    ) -> Result<R, EngineError> {
        let (value_tx, value_rx) = oneshot::channel();
        let change: Change = Box::new(move |doc| {
            let _ = value_tx.send(change(doc));
        });
        self.call(|reply| Input::Change { document, change, reply }).await?;
        value_rx.await.map_err(|_| EngineError::DocumentFailed)
    }

    /// Reads an open document.
    pub async fn read<R: Send + 'static>(
        &self,
        document: DocumentId,
        read: impl FnOnce(&Automerge) -> R + Send + 'static,
    ) -> Result<R, EngineError> {
        let (value_tx, value_rx) = oneshot::channel();
        let read: Read = Box::new(move |doc| {
            let _ = value_tx.send(read(doc));
        });
        self.call(|reply| Input::Read { document, read, reply }).await?;
        value_rx.await.map_err(|_| EngineError::DocumentFailed)
    }

    /// Reads an open document together with the heads each connected peer last said it has:
    /// a change that is an ancestor of the server's heads is stored there.
    pub async fn read_synced<R: Send + 'static>(
        &self,
        document: DocumentId,
        read: impl FnOnce(&Automerge, Vec<Vec<ChangeHash>>) -> R + Send + 'static,
    ) -> Result<R, EngineError> {
        let (value_tx, value_rx) = oneshot::channel();
        let read: ReadSynced = Box::new(move |doc, heads| {
            let _ = value_tx.send(read(doc, heads));
        });
        self.call(|reply| Input::Synced { document, read, reply }).await?;
        value_rx.await.map_err(|_| EngineError::DocumentFailed)
    }

    /// Whether some connected peer has said it has every change of `document` this side has: on
    /// a client, that the server stored it.
    pub async fn acknowledged(&self, document: DocumentId) -> Result<bool, EngineError> {
        self.read_synced(document, |doc, peers| {
            let ours = doc.get_heads();
            peers.iter().any(|theirs| ours.iter().all(|head| theirs.contains(head)))
        })
        .await
    }

    /// Keeps a connection to `url` open, reconnecting after `backoff` (exponential, jittered).
    pub async fn add_dialer(&self, url: url::Url, backoff: BackoffConfig) -> Result<DialerId, EngineError> {
        self.call(|reply| Input::AddDialer { url, backoff, reply }).await
    }

    /// Changes the engine's policy (which must be a `P`) and stores what `update` writes, in
    /// one batch; answers once that is durable. `None` if the policy is not a `P`. Documents
    /// being synced get their sharing decided again at once.
    pub async fn update_policy<P: Policy, R: Send + 'static>(
        &self,
        update: impl FnOnce(&mut P, &mut dyn Store) -> R + Send + 'static,
    ) -> Result<Option<R>, EngineError> {
        let (value_tx, value_rx) = oneshot::channel();
        let update: PolicyUpdate = Box::new(move |policy, store| {
            let _ = value_tx.send(policy.downcast_mut::<P>().map(|policy| update(policy, store)));
        });
        self.call(|reply| Input::Policy { update, reply }).await?;
        value_rx.await.map_err(|_| EngineError::Stopped)
    }

    /// The engine's counters as of its last batch; never waits for a busy engine.
    pub fn stats(&self) -> Stats {
        *self.stats.borrow()
    }

    /// Another process sharing the store (a second server on the same PostgreSQL) wrote
    /// `chunks` of `document`: if it is loaded here, those chunks are merged in, and the peers
    /// syncing it here get the news. Only the chunks named are read, so a change costs its own
    /// size, not the document's. A chunk gone meanwhile (compacted by its writer) is skipped:
    /// the snapshot that replaced it is named by a later call. A document not loaded here is
    /// left alone (it loads fresh later).
    pub async fn reload(&self, document: DocumentId, chunks: Vec<samod_core::StorageKey>) {
        let _ = self.tx.send(Input::Reload { document, chunks }).await;
    }

    /// Stops the engine after the batch in progress is committed.
    pub async fn stop(&self) {
        let _ = self.tx.send(Input::Stop).await;
    }
}

/// Whether the engine accepts connections (a server) or makes them (a client).
pub enum Role {
    /// Accepts connections on a listener.
    Listen,
    /// Dials out through this [`Dialer`].
    Dial(Box<dyn Dialer>),
}

/// Starts an engine on its own thread: loads the hub from `store` and returns a handle plus the
/// thread, which ends after [`EngineHandle::stop`] or when every handle is dropped.
pub fn start<S: Store + 'static, P: Policy>(
    peer: PeerId,
    store: S,
    policy: P,
    role: Role,
) -> Result<(EngineHandle, std::thread::JoinHandle<()>), StoreError> {
    start_with_cap(peer, store, policy, role, MAX_DOCUMENT_BYTES)
}

/// [`start`] with documents capped at `document_cap` stored bytes instead of
/// [`MAX_DOCUMENT_BYTES`] (a server's configuration, and tests).
pub fn start_with_cap<S: Store + 'static, P: Policy>(
    peer: PeerId,
    store: S,
    policy: P,
    role: Role,
    document_cap: usize,
) -> Result<(EngineHandle, std::thread::JoinHandle<()>), StoreError> {
    let (tx, rx) = mpsc::channel(INPUT_QUEUE);
    let (stats_tx, stats) = watch::channel(Stats::default());
    let me = (tx.downgrade(), stats.clone());
    let (ready_tx, ready_rx) = std::sync::mpsc::channel();
    let thread = std::thread::Builder::new()
        .name("mirai-sync-engine".into())
        .spawn(move || {
            let runtime = match tokio::runtime::Builder::new_current_thread().enable_time().build() {
                Ok(runtime) => runtime,
                Err(error) => {
                    let _ = ready_tx.send(Err(StoreError::Io(error.to_string())));
                    return;
                }
            };
            let engine = match Engine::new(peer, store, policy, role, (me, stats_tx), document_cap) {
                Ok(engine) => {
                    let _ = ready_tx.send(Ok(()));
                    engine
                }
                Err(error) => {
                    let _ = ready_tx.send(Err(error));
                    return;
                }
            };
            runtime.block_on(engine.run(rx));
        })
        .map_err(|error| StoreError::Io(error.to_string()))?;
    ready_rx.recv().map_err(|_| StoreError::Io("engine thread died while starting".into()))??;
    Ok((EngineHandle { tx, stats }, thread))
}

struct Link {
    /// The peer the connection proved it is (a server's accepted connections).
    peer: Option<PeerId>,
    /// The peer its handshake named, where that is not `peer` (kept once: a server holds
    /// thousands of links); see [`Link::remote`].
    remote: Option<PeerId>,
    /// Documents the peer has sent a message about on this connection: from then on their
    /// sync states agree on what is shared, and nothing is resumed any more.
    heard: HashSet<DocumentId>,
    /// The shared heads last stored for each document on this connection, so an unchanged
    /// value is not written again with every frame.
    stored_heads: HashMap<DocumentId, Vec<ChangeHash>>,
    outbound: OutboundSender,
}

impl Link {
    fn new(peer: Option<PeerId>, outbound: OutboundSender) -> Link {
        Link { remote: None, peer, heard: HashSet::new(), stored_heads: HashMap::new(), outbound }
    }

    /// The peer its handshake named: the key its shared heads are kept under.
    fn remote(&self) -> Option<&PeerId> {
        self.remote.as_ref().or(self.peer.as_ref())
    }
}

enum Waiter {
    Connection { link: Link, reply: oneshot::Sender<Result<ConnectionId, EngineError>> },
    Create(oneshot::Sender<Result<DocumentId, EngineError>>),
    Open(oneshot::Sender<Result<bool, EngineError>>),
    Dialer(oneshot::Sender<Result<DialerId, EngineError>>),
    Listener,
}

enum Work {
    Hub(HubEvent),
    Doc(DocumentActorId, DocInput),
}

enum DocInput {
    Message(HubToDocMsg),
    Io(IoResult<DocumentIoResult>),
}

/// Something to do once the batch is committed (`true`) or rolled back (`false`).
type AfterCommit = Box<dyn FnOnce(bool) + Send>;

struct Engine<S, P> {
    peer: PeerId,
    store: S,
    policy: P,
    role: Role,
    me: (mpsc::WeakSender<Input>, watch::Receiver<Stats>),
    stats_tx: watch::Sender<Stats>,
    rng: rand::rngs::ThreadRng,
    hub: Hub,
    listener: Option<ListenerId>,
    dialers: Vec<DialerConfig>,
    actors: HashMap<DocumentActorId, DocumentActor>,
    actor_docs: HashMap<DocumentActorId, DocumentId>,
    documents: HashMap<DocumentId, DocumentActorId>,
    quarantined: HashSet<DocumentId>,
    /// Boxed: a server holds one per open socket, and inline each of the table's spare buckets
    /// would take a whole `Link` too.
    connections: HashMap<ConnectionId, Box<Link>>,
    waiters: HashMap<CommandId, Waiter>,
    opening: HashMap<DocumentId, Vec<oneshot::Sender<Result<bool, EngineError>>>>,
    work: VecDeque<Work>,
    outbox: Vec<(ConnectionId, OutboundSender, Outbound)>,
    after_commit: Vec<AfterCommit>,
    sizes: StoredSizes,
    /// Set when the batch cannot be committed (a storage error, a hub panic).
    broken: bool,
    stopping: bool,
    stats: Stats,
}

impl<S: Store, P: Policy> Engine<S, P> {
    fn new(
        peer: PeerId,
        mut store: S,
        policy: P,
        role: Role,
        (me, stats_tx): ((mpsc::WeakSender<Input>, watch::Receiver<Stats>), watch::Sender<Stats>),
        document_cap: usize,
    ) -> Result<Self, StoreError> {
        let mut rng = rand::rng();
        let hub = load_hub(&mut store, &peer, &mut rng)?;
        store.commit()?;
        let mut engine = Engine {
            peer,
            store,
            policy,
            role,
            me,
            stats_tx,
            rng,
            hub,
            listener: None,
            dialers: Vec::new(),
            actors: HashMap::new(),
            actor_docs: HashMap::new(),
            documents: HashMap::new(),
            quarantined: HashSet::new(),
            connections: HashMap::new(),
            waiters: HashMap::new(),
            opening: HashMap::new(),
            work: VecDeque::new(),
            outbox: Vec::new(),
            after_commit: Vec::new(),
            sizes: StoredSizes::new(document_cap),
            broken: false,
            stopping: false,
            stats: Stats::default(),
        };
        engine.announce_role();
        engine.finish_batch();
        Ok(engine)
    }

    /// Registers the listener (server) or re-adds the dialers (client) on a fresh hub.
    fn announce_role(&mut self) {
        match self.role {
            Role::Listen => {
                let url = url::Url::parse("ws://mirai-sync-server/").expect("a constant URL parses");
                self.command(HubEvent::add_listener(ListenerConfig { url }), Waiter::Listener);
            }
            Role::Dial(_) => {
                for config in self.dialers.clone() {
                    let (reply, _) = oneshot::channel();
                    self.command(HubEvent::add_dialer(config), Waiter::Dialer(reply));
                }
            }
        }
        self.run_work();
    }

    async fn run(mut self, mut rx: mpsc::Receiver<Input>) {
        // Ticks come on time even while inputs never stop (a busy engine must still redial).
        let mut next_tick = tokio::time::Instant::now() + TICK;
        while !self.stopping {
            match tokio::time::timeout_at(next_tick, rx.recv()).await {
                Ok(Some(input)) => self.take(input),
                Ok(None) => break,
                Err(_) => {}
            }
            if tokio::time::Instant::now() >= next_tick {
                self.work.push_back(Work::Hub(HubEvent::tick()));
                next_tick = tokio::time::Instant::now() + TICK;
            }
            let mut taken = 1;
            while taken < MAX_BATCH {
                let Ok(input) = rx.try_recv() else { break };
                self.take(input);
                taken += 1;
            }
            self.run_work();
            self.finish_batch();
        }
        self.work.push_back(Work::Hub(HubEvent::stop()));
        self.run_work();
        self.finish_batch();
        for link in self.connections.values() {
            let _ = link.outbound.try_send(Outbound::Close(SHUTTING_DOWN));
        }
    }

    fn command(&mut self, dispatched: samod_core::actors::hub::DispatchedCommand, waiter: Waiter) {
        self.waiters.insert(dispatched.command_id, waiter);
        self.work.push_back(Work::Hub(dispatched.event));
    }

    fn take(&mut self, input: Input) {
        match input {
            Input::Accept { peer, outbound, reply } => match self.policy.admit(Some(&peer), &mut self.store) {
                Err(error) => {
                    let _ = reply.send(Err(EngineError::Refused(error)));
                }
                Ok(()) => {
                    let Some(listener) = self.listener else {
                        let _ = reply.send(Err(EngineError::Stopped));
                        return;
                    };
                    let link = Link::new(Some(peer.clone()), outbound);
                    self.command(
                        HubEvent::create_listener_connection(listener, Some(peer)),
                        Waiter::Connection { link, reply },
                    );
                }
            },
            Input::Dialed { dialer, outbound, reply } => {
                let link = Link::new(None, outbound);
                self.command(HubEvent::create_dialer_connection(dialer, None), Waiter::Connection { link, reply });
            }
            Input::DialFailed { dialer, error } => {
                self.work.push_back(Work::Hub(HubEvent::dial_failed(dialer, error, false)));
            }
            Input::Frame { connection, bytes } => self.incoming(connection, bytes),
            Input::Closed { connection } => {
                if self.connections.remove(&connection).is_some() {
                    self.work.push_back(Work::Hub(HubEvent::connection_lost(connection)));
                }
            }
            Input::Create { initial, reply } => {
                self.command(HubEvent::create_document(*initial), Waiter::Create(reply))
            }
            Input::Open { document, reply } => {
                if self.quarantined.contains(&document) {
                    let _ = reply.send(Err(EngineError::Unavailable));
                } else if self.ready(&document) {
                    let _ = reply.send(Ok(true));
                } else {
                    self.command(HubEvent::search_for_doc(document), Waiter::Open(reply));
                }
            }
            Input::Change { document, change, reply } => {
                let result = self.change(&document, change);
                self.reply_after_commit(reply, result);
            }
            Input::Read { document, read, reply } => {
                let result = match self.ready_actor(&document) {
                    Some(actor) => catch_unwind(AssertUnwindSafe(|| read(actor.document())))
                        .map_err(|_| EngineError::DocumentFailed),
                    None => Err(EngineError::Unavailable),
                };
                let _ = reply.send(result);
            }
            Input::Synced { document, read, reply } => {
                let result = match self.ready_actor(&document) {
                    Some(actor) => {
                        let heads = actor.peers().into_values().filter_map(|state| state.their_heads).collect();
                        catch_unwind(AssertUnwindSafe(|| read(actor.document(), heads)))
                            .map_err(|_| EngineError::DocumentFailed)
                    }
                    None => Err(EngineError::Unavailable),
                };
                let _ = reply.send(result);
            }
            Input::AddDialer { url, backoff, reply } => {
                let config = DialerConfig { url, backoff };
                self.dialers.push(config.clone());
                self.command(HubEvent::add_dialer(config), Waiter::Dialer(reply));
            }
            Input::Policy { update, reply } => {
                update(&mut self.policy, &mut self.store);
                self.reshare();
                self.reply_after_commit(reply, Ok(()));
            }
            Input::Reload { document, chunks } => self.reload(&document, &chunks),
            Input::Stop => self.stopping = true,
        }
    }

    fn reload(&mut self, document: &DocumentId, keys: &[samod_core::StorageKey]) {
        if !self.ready(document) {
            return;
        }
        let mut chunks = Vec::with_capacity(keys.len());
        for key in keys {
            match self.store.load(key) {
                Ok(Some(chunk)) => chunks.push(chunk),
                Ok(None) => {}
                Err(error) => {
                    tracing::error!(%error, "cannot read a document another server changed");
                    return;
                }
            }
        }
        if chunks.is_empty() {
            return;
        }
        let merge: Change = Box::new(move |doc| {
            for chunk in &chunks {
                if doc.load_incremental(chunk).is_err() {
                    tracing::warn!("a stored chunk did not load");
                }
            }
        });
        if self.change(document, merge).is_err() {
            tracing::warn!("a changed document could not be merged");
        }
    }

    /// Decides sharing again for every loaded document and every connection. A peer that may
    /// now read a document it could not is sent it at once (announced), so a caseworker just
    /// assigned does not wait for a reconnect; a peer that lost access gets nothing more.
    fn reshare(&mut self) {
        let mut updates = Vec::new();
        for (id, actor) in &self.actors {
            let Some(document) = self.actor_docs.get(id) else { continue };
            for (connection, state) in actor.peers() {
                let Some(peer) = self.connections.get(&connection).and_then(|link| link.peer.clone()) else { continue };
                let new = self.policy.share(&peer, document);
                let old = state.share_config.map(|config| config.access);
                if old == Some(new.access) {
                    continue;
                }
                let newly_readable =
                    new.access != ShareAccess::None && old.is_none_or(|access| access == ShareAccess::None);
                updates.push(HubEvent::update_share_policy(document.clone(), peer, new.with_announce(newly_readable)));
            }
        }
        self.work.extend(updates.into_iter().map(Work::Hub));
    }

    fn ready(&self, document: &DocumentId) -> bool {
        self.ready_actor(document).is_some()
    }

    fn ready_actor(&self, document: &DocumentId) -> Option<&DocumentActor> {
        let actor = self.actors.get(self.documents.get(document)?)?;
        actor.is_document_ready().then_some(actor)
    }

    fn change(&mut self, document: &DocumentId, change: Change) -> Result<(), EngineError> {
        if !self.ready(document) {
            return Err(EngineError::Unavailable);
        }
        if self.sizes.is_full(document) {
            return Err(EngineError::DocumentFull);
        }
        let id = *self.documents.get(document).ok_or(EngineError::Unavailable)?;
        let result =
            self.in_actor(id, |actor| actor.with_document(UnixTimestamp::now(), change).map(|done| done.actor_result));
        match result {
            Some(Ok(result)) => {
                self.on_doc(id, result);
                Ok(())
            }
            Some(Err(_)) | None => Err(EngineError::DocumentFailed),
        }
    }

    /// Sends `result` to `reply` once the batch is durable, or `Storage` if it is rolled back.
    fn reply_after_commit<T: Send + 'static>(
        &mut self,
        reply: oneshot::Sender<Result<T, EngineError>>,
        result: Result<T, EngineError>,
    ) {
        self.after_commit.push(Box::new(move |committed| {
            let _ = reply.send(if committed { result } else { Err(EngineError::Storage) });
        }));
    }

    fn incoming(&mut self, connection: ConnectionId, bytes: Vec<u8>) {
        let Some(link) = self.connections.get(&connection) else { return };
        let peer = link.peer.clone();
        self.stats.frames_in += 1;
        self.stats.bytes_in += bytes.len() as u64;
        if self.sizes.any_full()
            && let Ok(decoded) = frame::decode(&bytes)
            && let Some(id) = decoded.document_id.as_deref().and_then(|id| id.parse::<DocumentId>().ok())
            && self.sizes.is_full(&id)
            && decoded.carries_changes().unwrap_or(true)
        {
            // Its sync stalls where the peer can see it (nothing more is acknowledged); the
            // connection stays, for the peer's other documents.
            tracing::debug!(?connection, "a change to a document over its size cap refused");
            self.stats.frames_refused += 1;
            return;
        }
        if !self.quarantined.is_empty()
            && let Ok(decoded) = frame::decode(&bytes)
            && let Some(id) = decoded.document_id.as_deref().and_then(|id| id.parse::<DocumentId>().ok())
            && self.quarantined.contains(&id)
        {
            // Answered like a document we do not have, so the peer stops waiting for it.
            tracing::debug!(?connection, "frame for a quarantined document refused");
            self.stats.frames_refused += 1;
            if let (frame::Kind::Request | frame::Kind::Sync, Some(sender)) =
                (decoded.kind, decoded.sender_id.as_deref())
            {
                let answer = frame::doc_unavailable(self.peer.as_str(), sender, &id.to_string());
                self.send(connection, Outbound::Frame(answer));
            }
            return;
        }
        match self.policy.incoming(peer.as_ref(), &bytes, &mut self.store) {
            Verdict::Pass => self.work.push_back(Work::Hub(HubEvent::receive(connection, bytes).event)),
            Verdict::Answer(answer) => {
                self.stats.frames_refused += 1;
                self.send(connection, Outbound::Frame(answer));
            }
            Verdict::Drop => self.stats.frames_refused += 1,
            Verdict::Close(reason) => {
                self.stats.frames_refused += 1;
                self.close(connection, reason);
            }
        }
    }

    fn send(&mut self, connection: ConnectionId, outbound: Outbound) {
        if let Some(link) = self.connections.get(&connection) {
            self.outbox.push((connection, link.outbound.clone(), outbound));
        }
    }

    fn close(&mut self, connection: ConnectionId, reason: &'static str) {
        if !self.connections.contains_key(&connection) {
            return;
        }
        tracing::info!(?connection, reason, "closing connection");
        self.send(connection, Outbound::Close(reason));
        self.connections.remove(&connection);
        self.work.push_back(Work::Hub(HubEvent::connection_lost(connection)));
        self.stats.closed_by_server += 1;
    }

    /// Runs queued work until none is left: hub events and document inputs feed each other.
    fn run_work(&mut self) {
        while let Some(work) = self.work.pop_front() {
            if self.broken {
                self.work.clear();
                return;
            }
            match work {
                Work::Hub(event) => {
                    let now = UnixTimestamp::now();
                    let (hub, rng) = (&mut self.hub, &mut self.rng);
                    match catch_unwind(AssertUnwindSafe(|| hub.handle_event(rng, now, event))) {
                        Ok(results) => self.on_hub(results),
                        Err(_) => {
                            tracing::error!("the sync hub panicked; restarting the engine from storage");
                            self.broken = true;
                        }
                    }
                }
                Work::Doc(id, input) => {
                    let result = self.in_actor(id, |actor| match input {
                        DocInput::Message(message) => actor.handle_message(UnixTimestamp::now(), message),
                        DocInput::Io(io) => actor.handle_io_complete(UnixTimestamp::now(), io),
                    });
                    if let Some(Ok(result)) = result {
                        self.on_doc(id, result);
                    }
                }
            }
        }
    }

    /// Runs `call` on actor `id` with panics contained: a panic quarantines the document and
    /// closes the connections syncing it. `None` if the actor is gone or panicked.
    fn in_actor<T>(&mut self, id: DocumentActorId, call: impl FnOnce(&mut DocumentActor) -> T) -> Option<T> {
        let actor = self.actors.get_mut(&id)?;
        match catch_unwind(AssertUnwindSafe(|| call(&mut *actor))) {
            Ok(value) => Some(value),
            Err(_) => {
                // Asked only now, not before every call: every connection is attached to every
                // loaded document, so the list costs as much as there are connections. The
                // actor's state may be half changed, but its connection ids are still ids.
                let peers: Vec<ConnectionId> =
                    catch_unwind(AssertUnwindSafe(|| actor.peers().into_keys().collect())).unwrap_or_default();
                self.quarantine(id, &peers);
                None
            }
        }
    }

    fn quarantine(&mut self, id: DocumentActorId, peers: &[ConnectionId]) {
        self.actors.remove(&id);
        if let Some(document) = self.actor_docs.remove(&id) {
            tracing::error!(actor = %id, "a document actor panicked; the document is quarantined");
            self.sizes.forget(&document);
            self.documents.remove(&document);
            if let Some(waiting) = self.opening.remove(&document) {
                for reply in waiting {
                    let _ = reply.send(Err(EngineError::Unavailable));
                }
            }
            self.quarantined.insert(document);
        }
        for &connection in peers {
            self.close(connection, "document quarantined");
        }
    }

    fn on_hub(&mut self, results: HubResults) {
        let HubResults {
            new_tasks,
            completed_commands,
            spawn_actors,
            actor_messages,
            connection_events,
            dial_requests,
            search_state_updates,
            ..
        } = results;
        for args in spawn_actors {
            self.spawn(args);
        }
        for (command, result) in completed_commands {
            self.completed(command, result);
        }
        for task in new_tasks {
            match task.action {
                HubIoAction::Send { connection_id, msg } => {
                    let peer = self.connections.get(&connection_id).and_then(|link| link.peer.clone());
                    if self.policy.outgoing(peer.as_ref(), &msg) {
                        let msg = self.resume(connection_id, msg);
                        self.send(connection_id, Outbound::Frame(msg));
                    } else {
                        tracing::debug!(connection = ?connection_id, "a frame the peer may not have was held back");
                        self.stats.frames_held_back += 1;
                    }
                }
                HubIoAction::Disconnect { connection_id } => self.close(connection_id, "protocol"),
            }
        }
        for (id, message) in actor_messages {
            self.work.push_back(Work::Doc(id, DocInput::Message(message)));
        }
        for event in connection_events {
            match event {
                ConnectionEvent::ConnectionFailed { connection_id, error, .. } => {
                    tracing::debug!(connection = ?connection_id, error, "connection ended");
                    if let Some(link) = self.connections.remove(&connection_id) {
                        self.outbox.push((connection_id, link.outbound, Outbound::Close("protocol")));
                    }
                }
                ConnectionEvent::HandshakeCompleted { connection_id, peer_info, .. } => {
                    if let Some(link) = self.connections.get_mut(&connection_id)
                        && link.peer.as_ref() != Some(&peer_info.peer_id)
                    {
                        link.remote = Some(peer_info.peer_id);
                    }
                }
                ConnectionEvent::StateChanged { .. } => {}
            }
        }
        for request in dial_requests {
            if let (Role::Dial(dialer), Some(tx)) = (&self.role, self.me.0.upgrade()) {
                dialer.dial(request, EngineHandle { tx, stats: self.me.1.clone() });
            }
        }
        for (document, search) in search_state_updates {
            self.search_changed(&document, &search);
        }
    }

    /// `msg` for `connection`, resumed from the heads shared with its peer while it is a `sync`
    /// message for a document the peer has not answered about yet (see [`crate::resume`]).
    fn resume(&mut self, connection: ConnectionId, msg: Vec<u8>) -> Vec<u8> {
        let Ok(decoded) = frame::decode(&msg) else { return msg };
        let (frame::Kind::Sync, Some(document), Some(data)) =
            (decoded.kind, decoded.document_id.and_then(|id| id.parse::<DocumentId>().ok()), decoded.data)
        else {
            return msg;
        };
        let Some(link) = self.connections.get(&connection) else { return msg };
        if link.heard.contains(&document) {
            return msg;
        }
        let Some(key) = link.remote().and_then(|remote| resume::key(&document, remote)) else { return msg };
        let Ok(Some(stored)) = self.store.load(&key) else { return msg };
        let Some(actor) = self.ready_actor(&document) else { return msg };
        let shared = resume::decode(&stored);
        catch_unwind(AssertUnwindSafe(|| resume::resumed(&msg, &data, actor.document(), &shared)))
            .ok()
            .flatten()
            .unwrap_or(msg)
    }

    /// Stores the heads `document` now shares with each peer whose state changed, in this batch,
    /// and notes the peers that have answered about it.
    fn keep_shared_heads(&mut self, document: &DocumentId, changes: HashMap<ConnectionId, PeerDocState>) {
        for (connection, state) in changes {
            let Some(link) = self.connections.get_mut(&connection) else { continue };
            if state.last_received.is_some() {
                link.heard.insert(document.clone());
            }
            let Some(shared) = state.shared_heads.filter(|heads| !heads.is_empty()) else { continue };
            if link.stored_heads.get(document) == Some(&shared) {
                continue;
            }
            let Some(key) = link.remote().and_then(|remote| resume::key(document, remote)) else { continue };
            if let Err(error) = self.store.put(&key, &resume::encode(&shared)) {
                tracing::error!(%error, "storage failed; the batch will be rolled back");
                self.broken = true;
                return;
            }
            link.stored_heads.insert(document.clone(), shared);
        }
    }

    fn search_changed(&mut self, document: &DocumentId, search: &DocSearch) {
        let found = match search.phase() {
            DocSearchPhase::Ready => true,
            _ if search.is_currently_unavailable() => false,
            _ => return,
        };
        for reply in self.opening.remove(document).unwrap_or_default() {
            let _ = reply.send(Ok(found));
        }
    }

    fn completed(&mut self, command: CommandId, result: CommandResult) {
        let Some(waiter) = self.waiters.remove(&command) else { return };
        match (waiter, result) {
            (Waiter::Connection { link, reply }, CommandResult::CreateConnection { connection_id }) => {
                self.connections.insert(connection_id, Box::new(link));
                self.reply_after_commit(reply, Ok(connection_id));
            }
            (Waiter::Create(reply), CommandResult::CreateDocument { document_id, .. }) => {
                self.reply_after_commit(reply, Ok(document_id));
            }
            (Waiter::Open(reply), CommandResult::SearchForDoc { actor_id, search_state }) => {
                match self.actor_docs.get(&actor_id).cloned() {
                    Some(document) => {
                        self.opening.entry(document.clone()).or_default().push(reply);
                        self.search_changed(&document, &search_state);
                    }
                    None => {
                        let _ = reply.send(Err(EngineError::Unavailable));
                    }
                }
            }
            (Waiter::Dialer(reply), CommandResult::AddDialer { dialer_id }) => {
                let _ = reply.send(Ok(dialer_id));
            }
            (Waiter::Listener, CommandResult::AddListener { listener_id }) => self.listener = Some(listener_id),
            (Waiter::Connection { reply, .. }, _) => {
                let _ = reply.send(Err(EngineError::Stopped));
            }
            _ => tracing::warn!("a command completed with an unexpected result"),
        }
    }

    fn spawn(&mut self, args: SpawnArgs) {
        let (id, document) = (args.actor_id(), args.document_id().clone());
        if self.quarantined.contains(&document) {
            return;
        }
        match catch_unwind(AssertUnwindSafe(|| DocumentActor::new(UnixTimestamp::now(), args))) {
            Ok((actor, result)) => {
                self.actors.insert(id, actor);
                self.actor_docs.insert(id, document.clone());
                self.documents.insert(document, id);
                self.on_doc(id, result);
            }
            Err(_) => {
                tracing::error!(actor = %id, "a document actor panicked while starting; the document is quarantined");
                self.quarantined.insert(document);
            }
        }
    }

    fn on_doc(&mut self, id: DocumentActorId, result: DocActorResult) {
        let DocActorResult { io_tasks, outgoing_messages, stopped, peer_state_changes, .. } = result;
        if !peer_state_changes.is_empty()
            && let Some(document) = self.actor_docs.get(&id).cloned()
        {
            self.keep_shared_heads(&document, peer_state_changes);
        }
        for task in io_tasks {
            let payload = match task.action {
                DocumentIoTask::Storage(storage) => match execute(&mut self.store, &storage) {
                    Ok(done) => {
                        if let Some(document) = self.actor_docs.get(&id) {
                            self.sizes.record(document, &storage, &done);
                        }
                        DocumentIoResult::Storage(done)
                    }
                    Err(error) => {
                        tracing::error!(%error, "storage failed; the batch will be rolled back");
                        self.broken = true;
                        return;
                    }
                },
                DocumentIoTask::CheckSharePolicy { peer_id } => {
                    let Some(document) = self.actor_docs.get(&id) else { continue };
                    DocumentIoResult::CheckSharePolicy(self.policy.share(&peer_id, document))
                }
            };
            self.work.push_back(Work::Doc(id, DocInput::Io(IoResult { task_id: task.task_id, payload })));
        }
        for message in outgoing_messages {
            self.work.push_back(Work::Hub(HubEvent::actor_message(id, message)));
        }
        if stopped {
            self.actors.remove(&id);
            if let Some(document) = self.actor_docs.remove(&id) {
                self.sizes.forget(&document);
                self.documents.remove(&document);
            }
        }
    }

    /// Commits the batch; sends its frames and answers its callers only if that worked.
    fn finish_batch(&mut self) {
        let committed =
            !self.broken && self.store.commit().map_err(|error| tracing::error!(%error, "commit failed")).is_ok();
        let outbox = std::mem::take(&mut self.outbox);
        if committed {
            self.stats.batches += 1;
            for (connection, outbound, frame) in outbox {
                if let Outbound::Frame(bytes) = &frame {
                    self.stats.frames_out += 1;
                    self.stats.bytes_out += bytes.len() as u64;
                }
                if let Err(Refused::Full) = outbound.try_send(frame) {
                    tracing::warn!(?connection, "a peer reads too slowly; closing it");
                    let _ = outbound.try_send(Outbound::Close("too slow"));
                    if self.connections.remove(&connection).is_some() {
                        self.work.push_back(Work::Hub(HubEvent::connection_lost(connection)));
                    }
                }
            }
        }
        for after in std::mem::take(&mut self.after_commit) {
            after(committed);
        }
        if !committed {
            self.stats.failed_batches += 1;
            self.restart();
        }
        self.stats_tx.send_replace(Stats {
            connections: self.connections.len() as u64,
            documents: self.actors.len() as u64,
            quarantined: self.quarantined.len() as u64,
            ..self.stats
        });
    }

    /// After a failed batch: drop everything in memory, close every connection, reload the
    /// hub from what is durable.
    fn restart(&mut self) {
        self.store.rollback();
        for (_, link) in self.connections.drain() {
            let _ = link.outbound.try_send(Outbound::Close("server error"));
        }
        for (_, waiter) in self.waiters.drain() {
            if let Waiter::Connection { reply, .. } = waiter {
                let _ = reply.send(Err(EngineError::Storage));
            }
        }
        for (_, waiting) in self.opening.drain() {
            for reply in waiting {
                let _ = reply.send(Err(EngineError::Storage));
            }
        }
        self.actors.clear();
        self.actor_docs.clear();
        self.documents.clear();
        self.sizes.clear();
        self.work.clear();
        self.listener = None;
        self.broken = false;
        let reloaded = self
            .policy
            .rolled_back(&mut self.store)
            .and_then(|()| load_hub(&mut self.store, &self.peer, &mut self.rng))
            .and_then(|hub| self.store.commit().map(|()| hub));
        match reloaded {
            Ok(hub) => {
                self.hub = hub;
                self.announce_role();
                self.finish_batch();
            }
            Err(error) => {
                tracing::error!(%error, "the sync engine cannot reload its storage; stopping");
                self.store.rollback();
                self.stopping = true;
            }
        }
    }
}

fn load_hub(store: &mut dyn Store, peer: &PeerId, rng: &mut rand::rngs::ThreadRng) -> Result<Hub, StoreError> {
    let mut loader = Hub::load(peer.clone());
    loop {
        match loader.step(rng, UnixTimestamp::now()) {
            LoaderState::Loaded(hub) => return Ok(*hub),
            LoaderState::NeedIo(tasks) => {
                if tasks.is_empty() {
                    return Err(StoreError::Io("the hub loader is waiting for nothing".into()));
                }
                for task in tasks {
                    let payload = execute(store, &task.action)?;
                    loader.provide_io_result(IoResult { task_id: task.task_id, payload });
                }
            }
        }
    }
}

fn execute(store: &mut (impl Store + ?Sized), task: &StorageTask) -> Result<StorageResult, StoreError> {
    Ok(match task {
        StorageTask::Load { key } => StorageResult::Load { value: store.load(key)? },
        StorageTask::LoadRange { prefix } => StorageResult::LoadRange { values: store.load_range(prefix)? },
        StorageTask::Put { key, value } => {
            store.put(key, value)?;
            StorageResult::Put
        }
        StorageTask::Delete { key } => {
            store.delete(key)?;
            StorageResult::Delete
        }
    })
}
