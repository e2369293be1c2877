//! Background sync: one task for the app's life that keeps a `mirai_sync::device::SyncClient`
//! running while a server is set, the store is open and the network rule allows it, and takes
//! each queued submission of the outbox one delivery step further. Commands never wait for it:
//! they read the state it last published, and wake it.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use ed25519_dalek::SigningKey;
use mirai_store::{Parcel, Store};
use mirai_sync::device::{Delivery, SyncClient, SyncState, organisation_on_server};
use mirai_sync::store::SqliteStore;
use mirai_update::Network;
use tokio::sync::{Notify, watch};
use zeroize::Zeroizing;

use crate::clock;
use crate::error::AppError;
use crate::state::AppState;

/// What the sync task last saw, for the UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SyncView {
    /// Where sync stands.
    pub state: SyncState,
    /// Submissions still waiting to be sent.
    pub waiting: usize,
}

/// The handle commands use to read the sync task's view and to wake it.
pub struct SyncControl {
    wake: Notify,
    /// Drop the running client before the next step (the store was reopened, or "sync now"
    /// while offline, which skips the redial backoff).
    restart: AtomicBool,
    view: watch::Sender<SyncView>,
}

impl Default for SyncControl {
    fn default() -> Self {
        SyncControl {
            wake: Notify::new(),
            restart: AtomicBool::new(false),
            view: watch::channel(SyncView { state: SyncState::Off, waiting: 0 }).0,
        }
    }
}

impl SyncControl {
    /// Runs a step soon: settings changed, or something was queued.
    pub fn wake(&self) {
        self.wake.notify_one();
    }

    /// Starts over with a fresh client and dials at once.
    pub fn restart(&self) {
        self.restart.store(true, Ordering::Release);
        self.wake.notify_one();
    }

    /// What the task last saw.
    pub fn view(&self) -> SyncView {
        *self.view.borrow()
    }
}

/// The running client and the server it dials.
struct Running {
    server: String,
    client: SyncClient,
}

/// Runs for the app's life.
pub async fn run(app: AppState) {
    let mut running: Option<Running> = None;
    loop {
        if app.sync().restart.swap(false, Ordering::AcqRel) {
            stop(&mut running).await;
        }
        let pause = step(&app, &mut running).await;
        tokio::select! {
            () = app.sync().wake.notified() => {}
            () = tokio::time::sleep(pause) => {}
        }
    }
}

/// One look at settings, network and outbox; answers how long to rest before the next.
async fn step(app: &AppState, running: &mut Option<Running>) -> Duration {
    let settings = app
        .blocking(|inner| {
            let (server, wifi_only, parcels) =
                inner.with_store(|store| Ok((store.sync_server()?, store.sync_wifi_only()?, store.parcels()?)))?;
            // Asked outside the store's lock: NetworkManager answers over D-Bus.
            let allowed = !(wifi_only && mirai_update::network() == Network::Metered);
            Ok((server, allowed, parcels))
        })
        .await;
    let (server, allowed, parcels) = match settings {
        Ok(settings) => settings,
        // Locked or failed: nothing to sync until a session opens (which wakes this task).
        Err(_) => {
            stop(running).await;
            publish(app, SyncState::Off, 0);
            return Duration::from_secs(3600);
        }
    };
    let waiting = parcels.len();
    let server_set = server.is_some();
    let Some(server) = server.filter(|_| allowed) else {
        stop(running).await;
        publish(app, SyncState::of(server_set, allowed, false, waiting), waiting);
        return Duration::from_secs(60);
    };
    if running.as_ref().is_some_and(|r| r.server != server) {
        stop(running).await;
    }
    if running.is_none() {
        match start(app, &server).await {
            Ok(client) => *running = Some(Running { server, client }),
            Err(error) => {
                tracing::warn!(code = error.code(), "sync could not start");
                publish(app, SyncState::Offline, waiting);
                return Duration::from_secs(60);
            }
        }
    }
    let Some(Running { client, .. }) = running.as_ref() else { return Duration::from_secs(60) };
    let waiting = deliver(app, client, parcels).await.unwrap_or(waiting);
    let state = SyncState::of(true, true, client.connected(), waiting);
    let before = app.sync().view().state;
    publish(app, state, waiting);
    if state == SyncState::UpToDate && before != SyncState::UpToDate {
        let now = clock::unix_now();
        if let Err(error) = app.blocking(move |inner| inner.with_store(|store| Ok(store.set_last_synced(now)?))).await {
            tracing::warn!(code = error.code(), "could not record the sync time");
        }
    }
    match state {
        SyncState::Syncing => Duration::from_secs(1),
        SyncState::Offline => Duration::from_secs(5),
        _ => Duration::from_secs(30),
    }
}

/// Takes every queued submission one step; answers how many still wait.
async fn deliver(app: &AppState, client: &SyncClient, parcels: Vec<Parcel>) -> Result<usize, AppError> {
    let mut waiting = parcels.len();
    for parcel in parcels {
        let org = organisation_on_server(&parcel.organisation_id);
        let step = match client.deliver(parcel.document.as_deref(), &parcel.sealed, &org).await {
            Ok(step) => step,
            Err(error) => {
                tracing::info!(%error, "a submission waits");
                continue;
            }
        };
        let id = parcel.id;
        match step {
            Delivery::Written(document) => {
                let document = document.to_string();
                app.blocking(move |inner| inner.with_store(|store| Ok(store.set_parcel_document(id, &document)?)))
                    .await?;
            }
            Delivery::Delivered => {
                let now = clock::unix_now();
                app.blocking(move |inner| inner.with_store(|store| Ok(store.mark_sent(id, now)?))).await?;
                waiting -= 1;
            }
            Delivery::Waiting => {}
        }
    }
    Ok(waiting)
}

/// Starts a client on a second connection to the open store, as this device's key.
async fn start(app: &AppState, server: &str) -> Result<SyncClient, AppError> {
    let url = url::Url::parse(server).map_err(|_| AppError::SyncUnavailable)?;
    let (connection, device) =
        app.blocking(|inner| inner.with_store(|store| Ok((store.sync_connection()?, device_key(store)?)))).await?;
    let store = SqliteStore::from_connection(connection).map_err(|_| AppError::SyncUnavailable)?;
    SyncClient::start(store, device, url, tokio::runtime::Handle::current()).await.map_err(|error| {
        tracing::warn!(%error, "sync client");
        AppError::SyncUnavailable
    })
}

/// This device's sync key, which proves it to the server (and so to the account it acts for).
pub fn device_key(store: &mut Store) -> Result<SigningKey, AppError> {
    let key = Zeroizing::new(store.sync_device_key()?);
    Ok(SigningKey::from_bytes(&key))
}

async fn stop(running: &mut Option<Running>) {
    if let Some(Running { client, .. }) = running.take() {
        client.stop().await;
    }
}

fn publish(app: &AppState, state: SyncState, waiting: usize) {
    app.sync().view.send_replace(SyncView { state, waiting });
}
