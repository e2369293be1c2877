//! Shared state handed to every handler: storage, live connections, shutdown,
//! and the packs folder.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use mirai_sync::engine::{EngineHandle, SHUTTING_DOWN};
use mirai_sync::outbound::Closer;
use tokio::sync::watch;

use crate::secrets::Secrets;
use crate::storage::Storage;

/// What every request handler can reach; cheap to clone (a few `Arc`s).
#[derive(Clone)]
pub struct AppState {
    storage: Arc<dyn Storage>,
    connections: Arc<Connections>,
    packs: Option<Arc<Path>>,
    sync: Option<Arc<SyncService>>,
}

/// The sync protocol's side of the server: its engine and where the short-lived secrets it
/// hands out are kept.
pub(crate) struct SyncService {
    pub(crate) engine: EngineHandle,
    pub(crate) secrets: Arc<dyn Secrets>,
}

impl AppState {
    /// Wraps a storage backend; the server starts with no connections and
    /// shutdown not requested.
    pub fn new(storage: Arc<dyn Storage>) -> Self {
        AppState {
            storage,
            connections: Arc::new(Connections {
                next_id: AtomicU64::new(1),
                live: watch::channel(0).0,
                sessions: Mutex::default(),
            }),
            packs: None,
            sync: None,
        }
    }

    /// Serves the files directly in `dir` under `GET /packs/{file}`; without this, that route
    /// answers 404.
    pub fn with_packs(self, dir: PathBuf) -> Self {
        AppState { packs: Some(Arc::from(dir)), ..self }
    }

    /// Serves the automerge-repo sync protocol at `/sync` through `engine` (see
    /// `mirai_sync::engine`), keeping challenge nonces and pairing and team codes in `secrets`
    /// (shared with the other servers, if there are any); without this, `/sync` and the
    /// pairing routes answer 404.
    pub fn with_sync(self, engine: EngineHandle, secrets: Arc<dyn Secrets>) -> Self {
        let sync = SyncService { engine, secrets };
        AppState { sync: Some(Arc::new(sync)), ..self }
    }

    /// The sync service, if this server runs one.
    pub(crate) fn sync(&self) -> Option<&SyncService> {
        self.sync.as_deref()
    }

    /// The storage backend, for handlers and for closing it at shutdown.
    pub fn storage(&self) -> &dyn Storage {
        self.storage.as_ref()
    }

    /// The folder `GET /packs/{file}` serves, if any.
    pub(crate) fn packs_dir(&self) -> Option<&Path> {
        self.packs.as_deref()
    }

    /// How many WebSocket sessions are open right now (for logs, and later
    /// for `/metrics`).
    pub fn live_connections(&self) -> usize {
        *self.connections.live.borrow()
    }

    /// Tells every open WebSocket session to close with code 1001 ("going
    /// away"). Sessions that start afterwards close with 1001 straight away.
    pub fn begin_shutdown(&self) {
        let mut sessions = self.connections.sessions();
        sessions.closing = true;
        for closer in sessions.open.values() {
            closer.close(SHUTTING_DOWN);
        }
    }

    /// Resolves once no WebSocket session is open.
    pub async fn connections_idle(&self) {
        let mut live = self.connections.live.subscribe();
        // The sender lives in `self`, so the channel cannot close while we wait.
        let _ = live.wait_for(|count| *count == 0).await;
    }

    /// Registers a new WebSocket connection, whose queue `closer` closes at shutdown; it counts
    /// as live until the returned guard is dropped, even if its task panics.
    pub(crate) fn open_connection(&self, closer: Closer) -> ConnectionGuard {
        let id = self.connections.next_id.fetch_add(1, Ordering::Relaxed);
        self.connections.live.send_modify(|count| *count += 1);
        let mut sessions = self.connections.sessions();
        if sessions.closing {
            closer.close(SHUTTING_DOWN);
        }
        sessions.open.insert(id, closer);
        ConnectionGuard { id, connections: Arc::clone(&self.connections) }
    }
}

/// Open sessions, each by the handle that closes it, so shutdown can reach them all.
///
/// A handle in a table rather than a shutdown receiver in each session: waiting on a
/// receiver took 144 bytes in every idle session's task (BENCHMARKS.md).
#[derive(Default)]
struct Sessions {
    closing: bool,
    open: HashMap<u64, Closer>,
}

/// The live-connection gauge and the source of connection ids.
struct Connections {
    next_id: AtomicU64,
    // A watch channel rather than an atomic: shutdown needs to *wait* for the
    // count to reach zero, and `watch` gives that without a second primitive.
    live: watch::Sender<usize>,
    sessions: Mutex<Sessions>,
}

impl Connections {
    fn sessions(&self) -> MutexGuard<'_, Sessions> {
        self.sessions.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// One open WebSocket connection; dropping it takes it off the live count.
pub(crate) struct ConnectionGuard {
    id: u64,
    connections: Arc<Connections>,
}

impl ConnectionGuard {
    /// The connection's id: an incrementing number, so logs can pair
    /// "opened" with "closed" without recording who the client is.
    pub(crate) fn id(&self) -> u64 {
        self.id
    }
}

impl Drop for ConnectionGuard {
    fn drop(&mut self) {
        self.connections.sessions().open.remove(&self.id);
        self.connections.live.send_modify(|count| *count -= 1);
    }
}
