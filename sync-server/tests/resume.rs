//! A reconnect costs bytes, not a full Bloom-filter exchange: a device syncs a document of
//! 20,000 changes with the real server, restarts, and syncs it again with one new change; both
//! sides start from the heads they stored as shared. The control is the same restart with the
//! device's stored heads removed, which is what every reconnect cost before.

mod common;

use std::time::Duration;

use automerge::transaction::Transactable;
use automerge::{Automerge, AutomergeError, ROOT};
use ed25519_dalek::SigningKey;
use mirai_sync::device::SyncClient;
use mirai_sync::store::SqliteStore;
use samod_core::DocumentId;

const CHANGES: i64 = 20_000;

async fn start(store: &std::path::Path, key: &SigningKey, server: &url::Url) -> SyncClient {
    let store = SqliteStore::open(store).expect("device store");
    SyncClient::start(store, key.clone(), server.clone(), tokio::runtime::Handle::current()).await.expect("sync starts")
}

/// Waits until the server holds everything the device has of `document`, then for quiet.
async fn synced(client: &SyncClient, document: &DocumentId) {
    for _ in 0..400 {
        if client.engine().acknowledged(document.clone()).await == Ok(true) {
            tokio::time::sleep(Duration::from_millis(300)).await;
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the server never held the document");
}

/// Restarts the device, opens `document`, adds one change, and answers the bytes the device sent
/// and received until the server held it.
async fn reconnect(store: &std::path::Path, key: &SigningKey, server: &url::Url, document: &DocumentId) -> u64 {
    let client = start(store, key, server).await;
    let stats = edit_and_sync(&client, document).await;
    client.stop().await;
    stats
}

async fn edit_and_sync(client: &SyncClient, document: &DocumentId) -> u64 {
    for _ in 0..100 {
        if client.engine().open(document.clone()).await == Ok(true) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    client
        .engine()
        .change(document.clone(), |doc| doc.transact::<_, _, AutomergeError>(|tx| tx.put(ROOT, "again", true)).is_ok())
        .await
        .expect("one more change");
    synced(client, document).await;
    let stats = client.engine().stats();
    stats.bytes_in + stats.bytes_out
}

fn sync_url(addr: std::net::SocketAddr) -> url::Url {
    url::Url::parse(&format!("ws://{addr}/sync")).expect("url")
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).expect("backup dir");
    for entry in std::fs::read_dir(from).expect("server data") {
        let entry = entry.expect("entry");
        if entry.file_type().expect("type").is_file() {
            std::fs::copy(entry.path(), to.join(entry.file_name())).expect("copy");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_restored_from_an_older_backup_gets_back_what_it_lost() {
    let data = tempfile::tempdir().expect("server data");
    let backup = tempfile::tempdir().expect("backup");
    let device_dir = tempfile::tempdir().expect("device dir");
    let store = device_dir.path().join("device.sqlite3");
    let key = SigningKey::from_bytes(&[42; 32]);

    let (server, addr) = common::start_server(data.path(), "info");
    let client = start(&store, &key, &sync_url(addr)).await;
    let mut doc = Automerge::new();
    for n in 0..100 {
        doc.transact::<_, _, AutomergeError>(|tx| tx.put(ROOT, "n", n)).expect("edit");
    }
    let document = client.engine().create(doc).await.expect("create");
    synced(&client, &document).await;
    client.stop().await;
    server.terminate();
    copy_dir(data.path(), backup.path());

    // A change the server then stores, and the device records as shared, is lost with the restore.
    let (server, addr) = common::start_server(data.path(), "info");
    reconnect(&store, &key, &sync_url(addr), &document).await;
    server.terminate();

    let (server, addr) = common::start_server(backup.path(), "info");
    let client = start(&store, &key, &sync_url(addr)).await;
    assert!(client.engine().open(document.clone()).await.expect("open"), "the device has it");
    synced(&client, &document).await;
    client.stop().await;
    let (status, stdout, stderr) = server.terminate();
    assert_eq!(status.code(), Some(0), "stdout:\n{stdout}\nstderr:\n{stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reconnect_starts_from_the_stored_shared_heads() {
    let data = tempfile::tempdir().expect("server data");
    let (server, addr) = common::start_server(data.path(), "info");
    let sync_url = sync_url(addr);
    let device_dir = tempfile::tempdir().expect("device dir");
    let store = device_dir.path().join("device.sqlite3");
    let key = SigningKey::from_bytes(&[41; 32]);

    let first = start(&store, &key, &sync_url).await;
    let mut doc = Automerge::new();
    for n in 0..CHANGES {
        doc.transact::<_, _, AutomergeError>(|tx| tx.put(ROOT, "n", n)).expect("edit");
    }
    let document = first.engine().create(doc).await.expect("create");
    synced(&first, &document).await;
    let full = first.engine().stats();
    first.stop().await;

    let resumed = reconnect(&store, &key, &sync_url, &document).await;

    // The control: the device forgets what it shares with the server.
    let forgotten = rusqlite::Connection::open(&store)
        .and_then(|conn| conn.execute("DELETE FROM sync_chunks WHERE key LIKE 'mirai-shared-heads/%'", []))
        .expect("forget");
    assert_eq!(forgotten, 1, "one document, one server: one stored entry");
    let fresh = reconnect(&store, &key, &sync_url, &document).await;

    println!(
        "first sync {} bytes; reconnect {resumed} bytes resumed, {fresh} bytes from nothing",
        full.bytes_in + full.bytes_out
    );
    // A Bloom filter of 20,000 changes alone is about 25,000 bytes.
    assert!(fresh > 25_000, "the control did a full exchange ({fresh} bytes)");
    assert!(resumed * 4 < fresh, "resumed {resumed} bytes, from nothing {fresh}");
    let (status, stdout, stderr) = server.terminate();
    assert_eq!(status.code(), Some(0), "stdout:\n{stdout}\nstderr:\n{stderr}");
}
