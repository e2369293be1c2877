//! Engines talking over in-process channels (no sockets): a server with the access gate and
//! clients that dial it. What must hold: documents reach the devices of their account, converge
//! after concurrent edits, and never reach another account's device.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use automerge::transaction::Transactable;
use automerge::{Automerge, ROOT, ReadDoc};
use ed25519_dalek::SigningKey;
use mirai_sync::engine::{self, Dialer, EngineHandle, Outbound, Role};
use mirai_sync::frame::{self, Kind};
use mirai_sync::gate::{AccessGate, peer_of};
use mirai_sync::outbound;
use mirai_sync::policy::Open;
use mirai_sync::store::SqliteStore;
use samod_core::{DialRequest, DocumentId, PeerId};

/// Every frame the server sent to one client, to check what it was given.
type Seen = Arc<Mutex<Vec<Vec<u8>>>>;

/// Connects a client engine to the server engine through two channels.
struct ChannelDialer {
    server: EngineHandle,
    peer: PeerId,
    seen: Seen,
}

impl Dialer for ChannelDialer {
    fn dial(&self, request: DialRequest, client: EngineHandle) {
        let (server, peer, seen) = (self.server.clone(), self.peer.clone(), Arc::clone(&self.seen));
        tokio::spawn(async move {
            let (to_client, mut from_server) = outbound::queue();
            let (to_server, mut from_client) = outbound::queue();
            let Ok(at_server) = server.accept(peer, to_client).await else {
                client.dial_failed(request.dialer_id, "refused".into()).await;
                return;
            };
            let Ok(at_client) = client.dialed(request.dialer_id, to_server).await else { return };
            loop {
                tokio::select! {
                    out = from_server.recv() => match out {
                        Some(Outbound::Frame(bytes)) => {
                            seen.lock().expect("seen").push(bytes.clone());
                            if client.frame(at_client, bytes).await.is_err() { break }
                        }
                        _ => break,
                    },
                    out = from_client.recv() => match out {
                        Some(Outbound::Frame(bytes)) => if server.frame(at_server, bytes).await.is_err() { break },
                        _ => break,
                    },
                }
            }
            server.closed(at_server).await;
            client.closed(at_client).await;
        });
    }
}

struct Server {
    handle: EngineHandle,
    _dir: tempfile::TempDir,
}

fn server() -> Server {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = SqliteStore::open(&dir.path().join("server.sqlite3")).expect("server store");
    let peer = PeerId::from("mirai-test-server");
    let gate = AccessGate::load(peer.clone(), &mut store).expect("gate");
    let (handle, _) = engine::start(peer, store, gate, Role::Listen).expect("server engine");
    Server { handle, _dir: dir }
}

struct Client {
    handle: EngineHandle,
    device: SigningKey,
    seen: Seen,
    _dir: tempfile::TempDir,
}

async fn client(server: &Server, seed: u8) -> Client {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = SqliteStore::open(&dir.path().join("client.sqlite3")).expect("client store");
    let device = SigningKey::from_bytes(&[seed; 32]);
    let peer = peer_of(&device.verifying_key().to_bytes());
    let seen = Seen::default();
    let dialer = ChannelDialer { server: server.handle.clone(), peer: peer.clone(), seen: Arc::clone(&seen) };
    let (handle, _) = engine::start(peer, store, Open, Role::Dial(Box::new(dialer))).expect("client engine");
    handle
        .add_dialer(url::Url::parse("ws://in-process/sync").expect("url"), engine::BackoffConfig::default())
        .await
        .expect("dialer");
    Client { handle, device, seen, _dir: dir }
}

fn note(text: &str) -> Automerge {
    let mut doc = Automerge::new();
    doc.transact::<_, _, automerge::AutomergeError>(|tx| tx.put(ROOT, "note", text)).expect("edit");
    doc
}

async fn read_note(client: &Client, document: &DocumentId) -> Option<String> {
    client
        .handle
        .read(document.clone(), |doc| {
            doc.get(ROOT, "note").ok().flatten().and_then(|(value, _)| value.into_string().ok())
        })
        .await
        .ok()
        .flatten()
}

/// Opens `document` on `client`, retrying while the first connection is still coming up.
async fn open(client: &Client, document: &DocumentId) -> bool {
    for _ in 0..50 {
        if client.handle.open(document.clone()).await == Ok(true) {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    false
}

/// The document's heads, and whether it has both devices' edits.
async fn both_edits(
    client: &Client,
    document: &DocumentId,
) -> Result<(Vec<automerge::ChangeHash>, bool), engine::EngineError> {
    let has = |doc: &Automerge, key: &str| doc.get(ROOT, key).ok().flatten().is_some();
    client.handle.read(document.clone(), move |doc| (doc.get_heads(), has(doc, "phone") && has(doc, "laptop"))).await
}

async fn eventually(what: &str, mut check: impl AsyncFnMut() -> bool) {
    for _ in 0..100 {
        if check().await {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("never: {what}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_paired_device_gets_the_document_and_edits_converge() {
    let server = server();
    let phone = client(&server, 1).await;
    let document = phone.handle.create(note("from the phone")).await.expect("create");
    // The server holds it once the phone has synced it (its first writer owns it).
    let laptop = client(&server, 2).await;
    let phone_key = phone.device.verifying_key().to_bytes();
    let laptop_key = laptop.device.verifying_key().to_bytes();
    eventually("the phone's connection is admitted", async || {
        server.handle.update_policy::<AccessGate, _>(move |gate, _| gate.account_of(&phone_key).is_some()).await
            == Ok(Some(true))
    })
    .await;
    let paired = server
        .handle
        .update_policy::<AccessGate, _>(move |gate, store| {
            let account = gate.account_of(&phone_key).map(str::to_owned).expect("phone's account");
            gate.pair(store, &laptop_key, &account).is_ok()
        })
        .await;
    assert_eq!(paired, Ok(Some(true)));
    assert!(open(&laptop, &document).await, "the laptop finds the phone's document");
    assert_eq!(read_note(&laptop, &document).await.as_deref(), Some("from the phone"));

    // Concurrent edits on both devices converge.
    let (a, b) = tokio::join!(
        phone.handle.change(document.clone(), |doc| doc
            .transact::<_, _, automerge::AutomergeError>(|tx| tx.put(ROOT, "phone", 1))
            .is_ok()),
        laptop.handle.change(document.clone(), |doc| doc
            .transact::<_, _, automerge::AutomergeError>(|tx| tx.put(ROOT, "laptop", 2))
            .is_ok()),
    );
    assert_eq!((a, b), (Ok(true), Ok(true)));
    eventually("both devices have both edits and the same heads", async || {
        let (p, l) = (both_edits(&phone, &document).await, both_edits(&laptop, &document).await);
        matches!((p, l), (Ok((hp, true)), Ok((hl, true))) if hp == hl)
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_accounts_device_is_told_nothing_about_the_document() {
    let server = server();
    let owner = client(&server, 3).await;
    let document = owner.handle.create(note("private")).await.expect("create");
    let stranger = client(&server, 4).await;
    // Let the owner's sync reach the server before the stranger asks.
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(stranger.handle.open(document.clone()).await, Ok(false), "refused looks like absent");
    let wanted = document.to_string();
    let seen = stranger.seen.lock().expect("seen").clone();
    assert!(!seen.is_empty(), "the stranger did talk to the server");
    for bytes in seen {
        let frame = frame::decode(&bytes).expect("the server sends well-formed frames");
        if frame.document_id.as_deref() == Some(wanted.as_str()) {
            assert_eq!(frame.kind, Kind::DocUnavailable, "only 'unavailable' about that document");
        }
    }
}

/// The 118-byte input that panics `Automerge::load` in automerge 0.12.0 (reliability.md §4).
const PANICS_AUTOMERGE: &str = "856f4a833d40e3660365000303a9baea2a2635342b4f628c0000000026230b776572292d3361266e2b14010303030303030303fc033b0303030303032b03030103030303030303032303876f000027030303030303ffffffffffffff0303030303a9baea2a323535616e7365777765786e742a000100";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_document_that_panics_automerge_is_quarantined_and_the_rest_keeps_syncing() {
    use mirai_access::{Account, DocClass, Role};
    use mirai_sync::gate::own_account;
    use mirai_sync::registry;
    use mirai_sync::store::Store;
    use samod_core::StorageKey;

    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("server.sqlite3");
    let device = SigningKey::from_bytes(&[6; 32]);
    let key = device.verifying_key().to_bytes();
    let account = own_account(&key);
    let mut rng = rand::rng();
    let (broken, healthy) = (DocumentId::new(&mut rng), DocumentId::new(&mut rng));
    {
        // The server's disk holds a corrupted document and a good one, both the device's.
        let mut store = SqliteStore::open(&path).expect("server store");
        registry::put_account(&mut store, &account, &Account { role: Role::Worker, org: None }).expect("account");
        registry::put_device(&mut store, &key, &account).expect("device");
        for document in [&broken, &healthy] {
            registry::put_document(&mut store, &document.to_string(), &DocClass::Private { owner: account.clone() })
                .expect("class");
        }
        let poison = hex::decode(PANICS_AUTOMERGE).expect("hex");
        let chunk = |document: &DocumentId, name: &str| {
            StorageKey::from_parts([document.to_string().as_str(), "incremental", name]).expect("key")
        };
        store.put(&chunk(&broken, "corrupt"), &poison).expect("corrupt chunk");
        store.put(&chunk(&healthy, "good"), &note("still here").save()).expect("good chunk");
        store.commit().expect("commit");
    }
    let mut store = SqliteStore::open(&path).expect("server store");
    let peer = PeerId::from("mirai-test-server");
    let gate = AccessGate::load(peer.clone(), &mut store).expect("gate");
    let (handle, server_thread) = engine::start(peer, store, gate, engine::Role::Listen).expect("server engine");
    let server = Server { handle, _dir: dir };

    let client = client(&server, 6).await;
    let mut answered = None;
    for _ in 0..50 {
        match client.handle.open(broken.clone()).await {
            Ok(found) => {
                answered = Some(found);
                break;
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    }
    assert_eq!(answered, Some(false), "the broken document is unavailable, not a hang");
    assert!(open(&client, &healthy).await, "another document still syncs");
    assert_eq!(read_note(&client, &healthy).await.as_deref(), Some("still here"));
    assert!(!server_thread.is_finished(), "the server's engine is still running");
    let stats = server.handle.stats();
    assert_eq!(stats.quarantined, 1, "the panic was caught and the document quarantined: {stats:?}");
}

/// Whether the server says it has every change `client` has of `document`, asked `tries` times.
async fn acknowledged(client: &Client, document: &DocumentId, tries: usize) -> bool {
    for _ in 0..tries {
        if client.handle.acknowledged(document.clone()).await == Ok(true) {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    false
}

fn add_bytes(doc: &mut Automerge, key: &str, len: usize) -> bool {
    doc.transact::<_, _, automerge::AutomergeError>(|tx| tx.put(ROOT, key, vec![7u8; len])).is_ok()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_document_over_its_size_cap_takes_no_more_changes_while_the_peers_other_documents_sync() {
    const CAP: usize = 64 * 1024;
    let dir = tempfile::tempdir().expect("temp dir");
    let mut store = SqliteStore::open(&dir.path().join("server.sqlite3")).expect("server store");
    let peer = PeerId::from("mirai-test-server");
    let gate = AccessGate::load(peer.clone(), &mut store).expect("gate");
    let (handle, _) = engine::start_with_cap(peer, store, gate, Role::Listen, CAP).expect("server engine");
    let server = Server { handle, _dir: dir };
    let phone = client(&server, 61).await;

    let mut doc = Automerge::new();
    add_bytes(&mut doc, "first", 30 * 1024);
    let big = phone.handle.create(doc).await.expect("create");
    assert!(acknowledged(&phone, &big, 100).await, "under the cap");
    // The write that crosses the cap is kept; the next one is refused.
    assert_eq!(phone.handle.change(big.clone(), |doc| add_bytes(doc, "second", 50 * 1024)).await, Ok(true));
    assert!(acknowledged(&phone, &big, 100).await, "the write that crosses the cap");
    assert_eq!(phone.handle.change(big.clone(), |doc| add_bytes(doc, "third", 1024)).await, Ok(true));
    assert!(!acknowledged(&phone, &big, 40).await, "a change to a full document was stored");
    assert!(server.handle.stats().frames_refused > 0);

    // The same connection still carries the phone's other documents.
    let small = phone.handle.create(note("still syncing")).await.expect("create");
    assert!(acknowledged(&phone, &small, 100).await, "another document stalled");
    assert_eq!(
        server.handle.change(big.clone(), |doc| add_bytes(doc, "server", 1)).await,
        Err(engine::EngineError::DocumentFull),
        "nor may the server itself add to it"
    );
}
