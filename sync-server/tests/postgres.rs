//! Two real server processes on one real PostgreSQL (`--postgres`), as behind a load balancer:
//! a phone syncs with server A, the laptop it paired reaches both through a balancer that is not
//! sticky (its challenge answered on one server, its connection made to the other; its pairing
//! code shown through A and typed through the balancer), both edit one document at the same
//! time, and they converge, which only the fan-out between the servers (LISTEN/NOTIFY) makes
//! possible. Then PostgreSQL stops: `/healthz` says so; it starts again: the servers reconnect
//! on their own and the devices keep converging.

mod common;

use common::devices::{Device, device, opens, pairing_code};
#[path = "../../crates/mirai-sync/tests/support/postgres.rs"]
mod pg;

use std::ffi::OsStr;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use automerge::transaction::Transactable;
use automerge::{Automerge, AutomergeError, ROOT, ReadDoc};
use ed25519_dalek::SigningKey;
use mirai_sync::client::{self};
use samod_core::DocumentId;
use tokio::net::{TcpListener, TcpStream};

fn start_server(url: &str) -> (common::Running, SocketAddr) {
    let args = [OsStr::new("--postgres"), OsStr::new(url), OsStr::new("--listen"), OsStr::new("127.0.0.1:0")];
    let mut server = common::Running::start(args, &[], "info");
    let addr = common::listening_addr(&server.wait_for_line("\"listening\""));
    (server, addr)
}

/// A load balancer that is not sticky: each new TCP connection goes to the next server in
/// turn, so the connection that answers a challenge reaches the other server than the one
/// that handed it out. Counts the connections each server got.
async fn round_robin(servers: [SocketAddr; 2]) -> (SocketAddr, Arc<[AtomicUsize; 2]>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("balancer port");
    let addr = listener.local_addr().expect("balancer address");
    let counts = Arc::new([AtomicUsize::new(0), AtomicUsize::new(0)]);
    let counted = Arc::clone(&counts);
    tokio::spawn(async move {
        let mut next = 0;
        while let Ok((mut inbound, _)) = listener.accept().await {
            let server = servers[next];
            counted[next].fetch_add(1, Ordering::Relaxed);
            next = 1 - next;
            tokio::spawn(async move {
                if let Ok(mut outbound) = TcpStream::connect(server).await {
                    let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
                }
            });
        }
    });
    (addr, counts)
}

fn sync_url(addr: SocketAddr) -> url::Url {
    url::Url::parse(&format!("ws://{addr}/sync")).expect("url")
}

fn put(doc: &mut Automerge, key: &str, value: i64) -> bool {
    doc.transact::<_, _, AutomergeError>(|tx| tx.put(ROOT, key, value)).is_ok()
}

/// Each device makes `count` edits at the same time as the other, retrying an edit the engine
/// could not store (a server restarting its sync engine closes connections meanwhile).
async fn edit_together(devices: [&Device; 2], document: &DocumentId, round: &str, count: i64) {
    let edits = |device: &Device, name: String| {
        let (engine, document) = (device.engine.clone(), document.clone());
        async move {
            for i in 0..count {
                let key = format!("{name}-{i:02}");
                let mut stored = false;
                for _ in 0..100 {
                    let key = key.clone();
                    if engine.change(document.clone(), move |doc| put(doc, &key, i)).await == Ok(true) {
                        stored = true;
                        break;
                    }
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                assert!(stored, "{key} was not stored");
            }
        }
    };
    tokio::join!(edits(devices[0], format!("{round}-phone")), edits(devices[1], format!("{round}-laptop")));
}

/// Waits until both devices have `expected` keys and the same heads.
async fn converge(devices: [&Device; 2], document: &DocumentId, expected: usize) -> Vec<String> {
    let mut last = Vec::new();
    for _ in 0..600 {
        last.clear();
        for device in devices {
            let read =
                device.engine.read(document.clone(), |doc| (doc.get_heads(), doc.keys(ROOT).collect::<Vec<_>>()));
            last.push(read.await.ok());
        }
        if let [Some((heads_a, keys_a)), Some((heads_b, _))] = last.as_slice()
            && keys_a.len() == expected
            && heads_a == heads_b
        {
            return keys_a.clone();
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let counts: Vec<Option<usize>> = last.iter().map(|seen| seen.as_ref().map(|(_, keys)| keys.len())).collect();
    panic!("the devices did not converge on {expected} keys (they have {counts:?})");
}

async fn health(addr: SocketAddr) -> String {
    let (response, _) = common::http_get(addr, "/healthz").await;
    response.lines().next().unwrap_or_default().to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn devices_on_two_servers_sharing_postgresql_converge() {
    let mut postgres = pg::TestPostgres::start();
    let url = postgres.create_database("mirai");
    let (server_a, addr_a) = start_server(&url);
    let (server_b, addr_b) = start_server(&url);
    let url_a = sync_url(addr_a);
    assert!(health(addr_a).await.contains("200"), "server a is healthy");
    assert!(health(addr_b).await.contains("200"), "server b is healthy");

    let (balancer, connections) = round_robin([addr_a, addr_b]).await;
    let url_balanced = sync_url(balancer);

    // The phone creates a document on A and shows a pairing code from A; the laptop types it
    // through the balancer: its challenge comes from one server, its answer and the code go
    // to the other.
    let phone = device(21, &url_a).await;
    let mut initial = Automerge::new();
    put(&mut initial, "created-on-phone", 1);
    let document = phone.engine.create(initial).await.expect("create");
    let http = client::http_client().expect("http");
    let code = pairing_code(&http, &phone.key, &url_a).await;
    let laptop_key = SigningKey::from_bytes(&[22; 32]);
    client::redeem_pairing_code(&http, &laptop_key, &url_balanced, &code).await.expect("pairing across servers");

    // The laptop syncs through the balancer: each of its connections answers a challenge the
    // other server handed out. It learnt of the pairing and of the phone's document only
    // through PostgreSQL.
    let laptop = device(22, &url_balanced).await;
    assert!(opens(&laptop, &document, 400).await, "the laptop finds the phone's document from a");
    let [to_a, to_b] = [0, 1].map(|i| connections[i].load(Ordering::Relaxed));
    assert!(to_a >= 2 && to_b >= 2, "both servers served the laptop ({to_a} and {to_b} connections)");

    edit_together([&phone, &laptop], &document, "first", 30).await;
    let keys = converge([&phone, &laptop], &document, 61).await;
    assert!(keys.contains(&"first-phone-29".to_owned()) && keys.contains(&"first-laptop-29".to_owned()));

    // PostgreSQL goes away: health says so on both servers.
    postgres.stop_server();
    assert!(health(addr_a).await.contains("503"), "server a reports the database down");
    assert!(health(addr_b).await.contains("503"), "server b reports the database down");

    // It comes back: the servers reconnect by themselves and fan changes out again.
    postgres.start_server();
    for addr in [addr_a, addr_b] {
        let mut healthy = false;
        for _ in 0..100 {
            if health(addr).await.contains("200") {
                healthy = true;
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert!(healthy, "{addr} is healthy again");
    }
    edit_together([&phone, &laptop], &document, "second", 10).await;
    let keys = converge([&phone, &laptop], &document, 81).await;
    assert!(keys.contains(&"second-phone-09".to_owned()) && keys.contains(&"second-laptop-09".to_owned()));

    for server in [server_a, server_b] {
        let (status, stdout, stderr) = server.terminate();
        assert_eq!(status.code(), Some(0), "stdout:\n{stdout}\nstderr:\n{stderr}");
        assert!(stdout.contains("\"shutdown complete\""), "{stdout}");
        assert!(stdout.contains("postgresql listener reconnected"), "the listener came back by itself:\n{stdout}");
        assert!(!stdout.contains(&url), "no connection string in the log");
    }
}

/// The server's own table: one identity for every server on the database, a schema from a
/// newer server refused, and `close` final.
#[test]
fn servers_on_one_database_share_one_identity_and_refuse_a_newer_schema() {
    use mirai_sync_server::{PostgresStorage, Storage, StorageError};

    let postgres = pg::TestPostgres::start();
    let url = postgres.url("postgres");
    let first = PostgresStorage::connect(&url).expect("first server");
    let second = PostgresStorage::connect(&url).expect("second server");
    assert_eq!(first.meta(), second.meta(), "one identity for the whole deployment");
    assert_eq!(first.meta().server_id.len(), 32);
    assert!(first.meta().server_id.chars().all(|c| c.is_ascii_hexdigit()), "{}", first.meta().server_id);
    assert!(first.meta().created_at.ends_with('Z'), "{}", first.meta().created_at);

    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("runtime");
    runtime.block_on(async {
        first.health().await.expect("healthy");
        first.close().await.expect("close");
        assert!(matches!(first.health().await, Err(StorageError::Closed)));
        assert!(matches!(first.close().await, Err(StorageError::Closed)));
        second.health().await.expect("the other server is unaffected");
    });

    postgres
        .admin()
        .execute("UPDATE mirai_schema SET version = 7 WHERE component = 'server_meta'", &[])
        .expect("pretend a newer server migrated");
    let refused = PostgresStorage::connect(&url).err().expect("a newer schema is refused");
    assert!(matches!(refused, StorageError::SchemaTooNew { found: 7, supported: 2 }), "{refused:?}");
}
