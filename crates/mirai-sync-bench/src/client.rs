//! The load generator's client: the real `mirai_sync` engine (samod-core's automerge-repo
//! protocol), with an in-memory store so the client's own disk never slows the server under
//! test, and a dialer that proves a device key to our server and dials the reference server
//! plainly. Everything else is the same code for both servers.

use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use ed25519_dalek::SigningKey;
use mirai_sync::client::{self, Socket};
use mirai_sync::engine::{self, Dialer, EngineHandle, Role};
use mirai_sync::gate::peer_of;
use mirai_sync::policy::Open;
use mirai_sync::store::{Store, StoreError};
use samod_core::{DialRequest, StorageKey};
use tokio::sync::watch;

/// Which server a client talks to, and how.
#[derive(Clone)]
pub struct Target {
    /// `ws://host:port/sync` (ours) or `ws://host:port/` (the reference).
    pub sync_url: url::Url,
    /// Whether the server wants a device proof (ours) or nothing (the reference).
    pub proves: bool,
}

/// A stored entry: the key as samod-core gave it, and the value.
type Entry = (StorageKey, Vec<u8>);

/// A [`Store`] in memory: batches are kept with an undo log so a rollback is exact.
#[derive(Default)]
pub struct MemStore {
    /// Entries by joined key, so a prefix is a range.
    entries: BTreeMap<String, Entry>,
    /// What each write of the open batch replaced.
    undo: Vec<(String, Option<Entry>)>,
}

impl Store for MemStore {
    fn load(&mut self, key: &StorageKey) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self.entries.get(&key.to_string()).map(|(_, value)| value.clone()))
    }

    fn load_range(&mut self, prefix: &StorageKey) -> Result<HashMap<StorageKey, Vec<u8>>, StoreError> {
        let exact = prefix.to_string();
        // As in SqliteStore: keys under the prefix sort between "prefix/" and "prefix0".
        let (low, high) = (format!("{exact}/"), format!("{exact}0"));
        let mut found: HashMap<StorageKey, Vec<u8>> =
            self.entries.range(low..high).map(|(_, (key, value))| (key.clone(), value.clone())).collect();
        if let Some((key, value)) = self.entries.get(&exact) {
            found.insert(key.clone(), value.clone());
        }
        Ok(found)
    }

    fn put(&mut self, key: &StorageKey, value: &[u8]) -> Result<(), StoreError> {
        let joined = key.to_string();
        let old = self.entries.insert(joined.clone(), (key.clone(), value.to_vec()));
        self.undo.push((joined, old));
        Ok(())
    }

    fn delete(&mut self, key: &StorageKey) -> Result<(), StoreError> {
        let joined = key.to_string();
        let old = self.entries.remove(&joined);
        self.undo.push((joined, old));
        Ok(())
    }

    fn commit(&mut self) -> Result<(), StoreError> {
        self.undo.clear();
        Ok(())
    }

    fn rollback(&mut self) {
        while let Some((key, old)) = self.undo.pop() {
            match old {
                Some(entry) => self.entries.insert(key, entry),
                None => self.entries.remove(&key),
            };
        }
    }
}

/// What happened to a client's connections: how often it dialed, and how each connection
/// ended (the server's close code and reason when it sent one).
#[derive(Default)]
pub struct DialLog {
    /// Transports opened.
    pub opened: AtomicU64,
    /// Dials that failed (challenge, refused upgrade, unreachable).
    pub failed: AtomicU64,
    endings: Mutex<BTreeMap<String, u64>>,
}

impl DialLog {
    fn ended(&self, how: String) {
        *self.endings.lock().unwrap_or_else(PoisonError::into_inner).entry(how).or_default() += 1;
    }

    /// How connections ended, by reason.
    pub fn endings(&self) -> BTreeMap<String, u64> {
        self.endings.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }

    /// Adds `other`'s counts to `self`'s (for a total over clients).
    pub fn add(&self, other: &DialLog) {
        self.opened.fetch_add(other.opened.load(Ordering::Relaxed), Ordering::Relaxed);
        self.failed.fetch_add(other.failed.load(Ordering::Relaxed), Ordering::Relaxed);
        for (how, count) in other.endings() {
            *self.endings.lock().unwrap_or_else(PoisonError::into_inner).entry(how).or_default() += count;
        }
    }
}

/// The engine's dialer for the bench: `mirai_sync::client::WsDialer`'s transport, with the proof
/// optional and every ending recorded.
struct BenchDialer {
    device: Option<Arc<SigningKey>>,
    runtime: tokio::runtime::Handle,
    http: reqwest::Client,
    shutdown: watch::Sender<bool>,
    log: Arc<DialLog>,
}

impl Drop for BenchDialer {
    fn drop(&mut self) {
        self.shutdown.send_replace(true);
    }
}

/// The URL to dial: with a fresh proof in the query when the server wants one.
pub async fn dial_url(http: &reqwest::Client, device: Option<&SigningKey>, url: &url::Url) -> anyhow::Result<url::Url> {
    let mut dial = url.clone();
    if let Some(device) = device {
        let proof = mirai_sync::client::prove(http, device, url).await?;
        dial.query_pairs_mut()
            .append_pair("device", &proof.device)
            .append_pair("nonce", &proof.nonce)
            .append_pair("sig", &proof.sig);
    }
    Ok(dial)
}

async fn open(http: &reqwest::Client, device: Option<&SigningKey>, url: &url::Url) -> anyhow::Result<Socket> {
    let dial = dial_url(http, device, url).await?;
    let (socket, _) = tokio_tungstenite::connect_async(dial.as_str()).await?;
    Ok(socket)
}

impl Dialer for BenchDialer {
    fn dial(&self, request: DialRequest, engine: EngineHandle) {
        let (device, http, shutdown, log) =
            (self.device.clone(), self.http.clone(), self.shutdown.subscribe(), Arc::clone(&self.log));
        self.runtime.spawn(async move {
            let socket = match open(&http, device.as_deref(), &request.url).await {
                Ok(socket) => socket,
                Err(error) => {
                    log.failed.fetch_add(1, Ordering::Relaxed);
                    engine.dial_failed(request.dialer_id, error.to_string()).await;
                    return;
                }
            };
            log.opened.fetch_add(1, Ordering::Relaxed);
            let Some(finished) = client::drive(engine, request.dialer_id, socket, shutdown).await else { return };
            log.ended(match finished.server_close {
                Some(close) => format!("server closed: {close}"),
                None => format!("{:?}", finished.ended),
            });
        });
    }
}

/// One client: an engine with its own thread, dialing one server.
pub struct Client {
    /// The engine, for creating, changing and reading documents.
    pub engine: EngineHandle,
    /// The device key (used for proofs and pairing on our server).
    pub key: SigningKey,
    /// What happened to its connections.
    pub log: Arc<DialLog>,
    thread: Option<std::thread::JoinHandle<()>>,
}

/// A device key from a number, so each client of a run is a different device.
pub fn key(seed: u64, index: u64) -> SigningKey {
    let mut bytes = [0x5a; 32];
    bytes[..8].copy_from_slice(&seed.to_le_bytes());
    bytes[8..16].copy_from_slice(&index.to_le_bytes());
    SigningKey::from_bytes(&bytes)
}

impl Client {
    /// Starts a client engine as device `key` and has it dial `target`.
    pub async fn start(target: &Target, key: SigningKey, http: &reqwest::Client) -> anyhow::Result<Client> {
        let log = Arc::new(DialLog::default());
        let dialer = BenchDialer {
            device: target.proves.then(|| Arc::new(key.clone())),
            runtime: tokio::runtime::Handle::current(),
            http: http.clone(),
            shutdown: watch::channel(false).0,
            log: Arc::clone(&log),
        };
        let peer = peer_of(&key.verifying_key().to_bytes());
        let (engine, thread) = engine::start(peer, MemStore::default(), Open, Role::Dial(Box::new(dialer)))?;
        let backoff = engine::BackoffConfig {
            initial_delay: std::time::Duration::from_millis(100),
            max_delay: std::time::Duration::from_secs(2),
            max_retries: None,
        };
        engine.add_dialer(target.sync_url.clone(), backoff).await?;
        Ok(Client { engine, key, log, thread: Some(thread) })
    }

    /// Waits until the engine holds a connection; `false` after `limit`.
    pub async fn connected(&self, limit: std::time::Duration) -> bool {
        let deadline = tokio::time::Instant::now() + limit;
        while tokio::time::Instant::now() < deadline {
            if self.engine.stats().connections > 0 {
                return true;
            }
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
        false
    }

    /// Stops the engine (which drops the dialer and so ends its connections).
    pub async fn stop(mut self) {
        self.engine.stop().await;
        if let Some(thread) = self.thread.take() {
            let _ = tokio::task::spawn_blocking(move || thread.join()).await;
        }
    }
}
