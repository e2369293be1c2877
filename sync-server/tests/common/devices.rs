//! A device for the process tests: the `mirai_sync` engine with its own store in a temp dir,
//! dialing the server with its WebSocket dialer as the app will.

use std::time::Duration;

use ed25519_dalek::SigningKey;
use mirai_sync::client::{self, WsDialer};
use mirai_sync::engine::{self, BackoffConfig, EngineHandle, Role};
use mirai_sync::gate::peer_of;
use mirai_sync::policy::Open;
use mirai_sync::store::SqliteStore;
use samod_core::DocumentId;

/// A running device.
pub struct Device {
    pub engine: EngineHandle,
    pub key: SigningKey,
    _dir: tempfile::TempDir,
}

/// The device with key `[seed; 32]`, dialing `sync_url` with the default backoff.
pub async fn device(seed: u8, sync_url: &url::Url) -> Device {
    device_with(SigningKey::from_bytes(&[seed; 32]), sync_url, BackoffConfig::default()).await
}

/// A device with `key`, dialing `sync_url` with `backoff`.
pub async fn device_with(key: SigningKey, sync_url: &url::Url, backoff: BackoffConfig) -> Device {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = SqliteStore::open(&dir.path().join("device.sqlite3")).expect("store");
    let dialer = WsDialer::new(key.clone(), tokio::runtime::Handle::current()).expect("dialer");
    let peer = peer_of(&key.verifying_key().to_bytes());
    let (engine, _) = engine::start(peer, store, Open, Role::Dial(Box::new(dialer))).expect("engine");
    engine.add_dialer(sync_url.clone(), backoff).await.expect("dialer added");
    Device { engine, key, _dir: dir }
}

/// Retries `open` every 50 ms, `tries` times: `true` once the document is on the device.
pub async fn opens(device: &Device, document: &DocumentId, tries: usize) -> bool {
    for _ in 0..tries {
        if device.engine.open(document.clone()).await == Ok(true) {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    false
}

/// A pairing code for `key`'s account, asked again every 100 ms while the server does not know
/// the device yet (its first connection may still be on the way).
pub async fn pairing_code(http: &reqwest::Client, key: &SigningKey, sync_url: &url::Url) -> String {
    for _ in 0..100 {
        if let Ok(code) = client::pairing_code(http, key, sync_url).await {
            return code;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the server never gave the device a pairing code");
}
