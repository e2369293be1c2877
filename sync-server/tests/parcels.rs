//! The app's delivery path against the real server: a worker's device writes a sealed parcel
//! while the server is down, restarts, and delivers it once the server is up; the
//! organisation's admin sees it shared and the caseworker assigned to the worker reads the exact
//! bytes. This is what the outbox of shared self-checks runs on.

mod common;

use std::ffi::OsStr;
use std::time::Duration;

use automerge::ReadDoc;
use ed25519_dalek::SigningKey;
use mirai_sync::client;
use mirai_sync::device::{Delivery, SyncClient, organisation_on_server};
use mirai_sync::engine::BackoffConfig;
use mirai_sync::gate::own_account;
use mirai_sync::store::SqliteStore;

use common::devices::{device_with, opens};

const FINGERPRINT: &str = "0a1b 2c3d 4e5f 6071";

async fn worker(store: &std::path::Path, key: &SigningKey, server: &url::Url) -> SyncClient {
    let store = SqliteStore::open(store).expect("device store");
    SyncClient::start(store, key.clone(), server.clone(), tokio::runtime::Handle::current()).await.expect("sync starts")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_parcel_written_offline_survives_a_restart_and_reaches_only_the_assigned_caseworker() {
    let org = organisation_on_server(FINGERPRINT);
    let port = std::net::TcpListener::bind("127.0.0.1:0").expect("free port").local_addr().expect("addr").port();
    let sync_url = url::Url::parse(&format!("ws://127.0.0.1:{port}/sync")).expect("url");
    let device_dir = tempfile::tempdir().expect("device dir");
    let store = device_dir.path().join("device.sqlite3");
    let worker_key = SigningKey::from_bytes(&[31; 32]);
    let sealed: Vec<u8> = (0..=255u8).cycle().take(3000).collect();

    // No server yet: the parcel is written on the device and waits.
    let offline = worker(&store, &worker_key, &sync_url).await;
    let Delivery::Written(document) = offline.deliver(None, &sealed, &org).await.expect("written") else {
        panic!("a new parcel is written first");
    };
    let recorded = document.to_string();
    assert_eq!(offline.deliver(Some(&recorded), &sealed, &org).await.expect("waits"), Delivery::Waiting);
    assert!(!offline.connected());
    offline.stop().await;

    // The server comes up; the app restarts and carries on from what it recorded.
    let admin = SigningKey::from_bytes(&[32; 32]);
    let data = tempfile::tempdir().expect("server data");
    let listen = format!("127.0.0.1:{port}");
    let org_admin = format!("{org}:{}", hex::encode(admin.verifying_key().to_bytes()));
    let mut server = common::Running::start(
        [
            OsStr::new("--data"),
            data.path().as_os_str(),
            OsStr::new("--listen"),
            OsStr::new(&listen),
            OsStr::new("--org-admin"),
            OsStr::new(&org_admin),
        ],
        &[],
        "info",
    );
    server.wait_for_line("\"listening\"");
    let restarted = worker(&store, &worker_key, &sync_url).await;
    let mut delivered = false;
    for _ in 0..200 {
        if restarted.deliver(Some(&recorded), &sealed, &org).await.expect("delivery step") == Delivery::Delivered {
            delivered = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(delivered, "the parcel was never delivered");
    assert!(restarted.connected());

    // The organisation sees it; only the caseworker assigned to this worker gets the bytes.
    let http = client::http_client().expect("http");
    let worker_account = own_account(&worker_key.verifying_key().to_bytes());
    let shared = client::shared_with(&http, &admin, &sync_url, &org).await.expect("shared list");
    assert_eq!(shared, [(recorded.clone(), worker_account.clone())]);
    let caseworker_key = SigningKey::from_bytes(&[33; 32]);
    let code = client::team_invitation(&http, &admin, &sync_url, &org, "caseworker").await.expect("invitation");
    let caseworker_account = client::join_team(&http, &caseworker_key, &sync_url, &code).await.expect("joins");
    let caseworker = device_with(caseworker_key, &sync_url, BackoffConfig::default()).await;
    assert!(!opens(&caseworker, &document, 40).await, "not assigned yet");
    client::assign_caseworker(&http, &admin, &sync_url, &org, &caseworker_account, &worker_account)
        .await
        .expect("assign");
    assert!(opens(&caseworker, &document, 100).await, "the assigned caseworker gets the parcel");
    let received = caseworker
        .engine
        .read(document.clone(), |doc| {
            doc.get(automerge::ROOT, "sealed").ok().flatten().and_then(|(v, _)| v.as_bytes().map(<[u8]>::to_vec))
        })
        .await
        .expect("read");
    assert_eq!(received.as_deref(), Some(sealed.as_slice()));

    restarted.stop().await;
    let (status, stdout, stderr) = server.terminate();
    assert_eq!(status.code(), Some(0), "stdout:\n{stdout}\nstderr:\n{stderr}");
}
