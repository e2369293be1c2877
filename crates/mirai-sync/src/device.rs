//! A device's sync as the app runs it: one engine dialing one server in the background, and
//! the delivery of sealed parcels (a self-check shared with an organisation) through it.
//!
//! A parcel goes in three steps, each safe to repeat after a crash or a restart, because the
//! caller records the step's result in its own store before taking the next:
//! 1. written to a new document, stored on the device ([`Delivery::Written`]);
//! 2. synced until the server's heads cover the document's heads (the server stored it, with
//!    fsync, as the owner's private document);
//! 3. shared with the organisation on the server ([`Delivery::Delivered`]).
//!
//! Nothing here waits for the network on the caller's behalf: every call answers from the
//! device's own state, and the engine's dialer reconnects by itself with backoff.

use std::str::FromStr;
use std::time::Duration;

use automerge::transaction::Transactable;
use automerge::{Automerge, ROOT, ScalarValue};
use ed25519_dalek::SigningKey;
use samod_core::DocumentId;

use crate::client::{self, DialError, WsDialer};
use crate::engine::{self, BackoffConfig, EngineError, EngineHandle, Role};
use crate::gate::peer_of;
use crate::policy::Open;
use crate::store::{Store, StoreError};

/// What a parcel's document holds under `type`, so whoever opens it knows what the bytes are.
pub const PARCEL_TYPE: &str = "mirai-sealed-parcel";

/// How a phone redials: soon after a blip, then no more often than every five minutes, which
/// spares the battery of a device that is offline for days.
const BACKOFF: BackoffConfig =
    BackoffConfig { initial_delay: Duration::from_secs(1), max_delay: Duration::from_secs(300), max_retries: None };

/// Why a sync call failed; the caller keeps its parcel queued and tries again later.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    /// The engine could not start on the store, or its store failed.
    #[error("sync storage: {0}")]
    Store(#[from] StoreError),
    /// The engine refused or stopped.
    #[error(transparent)]
    Engine(#[from] EngineError),
    /// A call to the server failed.
    #[error(transparent)]
    Server(#[from] DialError),
    /// A recorded document id does not parse (the caller's store is damaged).
    #[error("not a document id")]
    DocumentId,
    /// Automerge refused to write the parcel.
    #[error("the parcel could not be written")]
    Write,
}

/// How far a parcel has gone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivery {
    /// Written to this new document on the device; record it, and ask again later.
    Written(DocumentId),
    /// Not all of it is on the server yet (offline, or still syncing).
    Waiting,
    /// The server holds it and the organisation may read it.
    Delivered,
}

/// Where sync stands, as the user sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyncState {
    /// No server is set: nothing leaves the device.
    Off,
    /// "Wi-Fi only" is on and the device is on mobile data.
    WaitingForWifi,
    /// Allowed to sync, but no connection to the server (it redials by itself).
    Offline,
    /// Connected, and something still waits to be stored on the server.
    Syncing,
    /// Connected, and everything is stored on the server.
    UpToDate,
}

impl SyncState {
    /// The state from what the app knows now: whether a server is set, whether the network
    /// rules allow syncing, whether a connection is open, and how many parcels still wait.
    pub fn of(server_set: bool, allowed: bool, connected: bool, waiting: usize) -> SyncState {
        match (server_set, allowed, connected) {
            (false, _, _) => SyncState::Off,
            (true, false, _) => SyncState::WaitingForWifi,
            (true, true, false) => SyncState::Offline,
            (true, true, true) if waiting > 0 => SyncState::Syncing,
            (true, true, true) => SyncState::UpToDate,
        }
    }
}

/// A running device sync; [`SyncClient::stop`] ends it (its open connection keeps the engine
/// alive until then).
pub struct SyncClient {
    engine: EngineHandle,
    thread: Option<std::thread::JoinHandle<()>>,
    device: SigningKey,
    server: url::Url,
    http: reqwest::Client,
}

impl SyncClient {
    /// Starts syncing with the server at `server` (`wss://host/sync`) as `device`, keeping
    /// documents in `store`; connections run on `runtime`. Returns at once: the first dial
    /// happens in the background.
    pub async fn start<S: Store + 'static>(
        store: S,
        device: SigningKey,
        server: url::Url,
        runtime: tokio::runtime::Handle,
    ) -> Result<SyncClient, SyncError> {
        let dialer = WsDialer::new(device.clone(), runtime)?;
        let peer = peer_of(&device.verifying_key().to_bytes());
        let (engine, thread) = engine::start(peer, store, Open, Role::Dial(Box::new(dialer)))?;
        engine.add_dialer(server.clone(), BACKOFF).await?;
        Ok(SyncClient { engine, thread: Some(thread), device, server, http: client::http_client()? })
    }

    /// Whether a connection to the server is open right now.
    pub fn connected(&self) -> bool {
        self.engine.stats().connections > 0
    }

    /// The engine, for reading and changing documents directly.
    pub fn engine(&self) -> &EngineHandle {
        &self.engine
    }

    /// Takes a parcel one step further: `document` is where an earlier call wrote it (`None`
    /// the first time), `sealed` its bytes, `org` the organisation on the server.
    pub async fn deliver(&self, document: Option<&str>, sealed: &[u8], org: &str) -> Result<Delivery, SyncError> {
        let Some(document) = document else {
            return Ok(Delivery::Written(self.engine.create(parcel(sealed)?).await?));
        };
        let document = DocumentId::from_str(document).map_err(|_| SyncError::DocumentId)?;
        if !self.engine.open(document.clone()).await?
            || !self.connected()
            || !self.engine.acknowledged(document.clone()).await?
        {
            return Ok(Delivery::Waiting);
        }
        client::set_document_class(&self.http, &self.device, &self.server, &document.to_string(), "shared", Some(org))
            .await?;
        Ok(Delivery::Delivered)
    }

    /// Stops the engine after its last batch is committed, and waits for its thread.
    pub async fn stop(mut self) {
        self.engine.stop().await;
        if let Some(thread) = self.thread.take() {
            let _ = tokio::task::spawn_blocking(move || thread.join()).await;
        }
    }
}

/// The server's name for the organisation whose sealing key has `fingerprint` (as
/// `mirai_seal::PublicKey::fingerprint` writes it): its 16 hex digits without spaces, so an
/// organisation is the same on the server as in the code it handed out.
pub fn organisation_on_server(fingerprint: &str) -> String {
    fingerprint.chars().filter(|c| !c.is_whitespace()).collect()
}

fn parcel(sealed: &[u8]) -> Result<Automerge, SyncError> {
    let mut doc = Automerge::new();
    let mut tx = doc.transaction();
    tx.put(ROOT, "type", PARCEL_TYPE).map_err(|_| SyncError::Write)?;
    tx.put(ROOT, "sealed", ScalarValue::Bytes(sealed.to_vec())).map_err(|_| SyncError::Write)?;
    tx.commit();
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;
    use automerge::ReadDoc;

    #[test]
    fn an_organisation_is_named_on_the_server_by_its_fingerprint_without_spaces() {
        assert_eq!(organisation_on_server("0a1b 2c3d 4e5f 6071"), "0a1b2c3d4e5f6071");
    }

    #[test]
    fn the_state_follows_the_server_the_network_rule_the_connection_and_what_waits() {
        assert_eq!(SyncState::of(false, true, true, 0), SyncState::Off);
        assert_eq!(SyncState::of(true, false, true, 0), SyncState::WaitingForWifi);
        assert_eq!(SyncState::of(true, true, false, 3), SyncState::Offline);
        assert_eq!(SyncState::of(true, true, true, 3), SyncState::Syncing);
        assert_eq!(SyncState::of(true, true, true, 0), SyncState::UpToDate);
    }

    #[test]
    fn a_parcel_document_holds_its_type_and_the_sealed_bytes() {
        let doc = parcel(b"sealed").expect("written");
        let (value, _) = doc.get(ROOT, "sealed").expect("read").expect("present");
        assert_eq!(value.as_bytes(), Some(b"sealed".as_slice()));
        let (kind, _) = doc.get(ROOT, "type").expect("read").expect("present");
        assert_eq!(kind.as_str(), Some(PARCEL_TYPE));
    }
}
