//! Interoperability with the official JavaScript client: `tests/sync-interop/peer.mjs` runs
//! `@automerge/automerge-repo` on Node as a device of the same account as a Rust device (the
//! `mirai_sync` engine with its WebSocket dialer), both edit one document through the real
//! server process at the same time, and both end with the same keys and the same heads. Once
//! the Rust device creates the document and pairs the JavaScript one, once the other way round.
//!
//! The node process reports on stdout, one JSON object per line (see peer.mjs), and waits for
//! a line `go` on stdin before editing, so both sides start their edits together.
//!
//! Needs Node and `npm ci` in `tests/sync-interop` (test.sh does it); fails without them.

mod common;

use common::devices::{Device, device, opens};

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::thread;
use std::time::Duration;

use automerge::transaction::Transactable;
use automerge::{Automerge, AutomergeError, ROOT, ReadDoc};
use ed25519_dalek::SigningKey;
use mirai_sync::client::{self};
use samod_core::DocumentId;
use serde_json::Value;
use tokio::sync::mpsc;

/// Edits on each side.
const EDITS: usize = 50;
/// How long the node peer may take before it gives up with its own message.
const NODE_TIMEOUT: Duration = Duration::from_secs(60);
/// How long the test waits for an event of the node peer; longer, so its message comes first.
const EVENT_LIMIT: Duration = Duration::from_secs(75);

fn put(doc: &mut Automerge, key: &str, value: i64) -> bool {
    doc.transact::<_, _, AutomergeError>(|tx| tx.put(ROOT, key, value)).is_ok()
}

/// The document's top-level keys and hex heads, both sorted.
async fn state(device: &Device, document: &DocumentId) -> (Vec<String>, Vec<String>) {
    let (mut keys, mut heads) = device
        .engine
        .read(document.clone(), |doc| {
            (doc.keys(ROOT).collect::<Vec<_>>(), doc.get_heads().iter().map(ToString::to_string).collect::<Vec<_>>())
        })
        .await
        .expect("the document is open");
    keys.sort();
    heads.sort();
    (keys, heads)
}

/// Waits until the server has said it has exactly this device's heads of `document`.
async fn acknowledged(device: &Device, document: &DocumentId) {
    for _ in 0..600 {
        let synced = device
            .engine
            .read_synced(document.clone(), |doc, peers| {
                let mut ours = doc.get_heads();
                ours.sort();
                peers.into_iter().any(|mut theirs| {
                    theirs.sort();
                    theirs == ours
                })
            })
            .await;
        if synced == Ok(true) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the server never acknowledged the document");
}

/// Waits until the Rust device's copy has `expected` keys; answers its keys and heads.
async fn until_keys(device: &Device, document: &DocumentId, expected: usize) -> (Vec<String>, Vec<String>) {
    let mut last = (Vec::new(), Vec::new());
    for _ in 0..1200 {
        last = state(device, document).await;
        if last.0.len() >= expected {
            return last;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the Rust device has {} keys, not {expected}: {:?}", last.0.len(), last.0);
}

/// `EDITS` separate changes `prefix-00`.. on the Rust device.
async fn rust_edits(device: &Device, document: &DocumentId, prefix: &str) {
    for i in 0..EDITS {
        let key = format!("{prefix}-{i:02}");
        let value = i64::try_from(i).expect("small");
        let changed = device.engine.change(document.clone(), move |doc| put(doc, &key, value)).await;
        assert_eq!(changed, Ok(true), "Rust edit {i}");
    }
}

/// `tests/sync-interop`, checked to have its node modules.
fn interop_dir() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("the workspace folder");
    let dir = root.join("tests/sync-interop");
    assert!(
        dir.join("node_modules/@automerge/automerge-repo").is_dir()
            && dir.join("node_modules/@automerge/automerge-repo-network-websocket").is_dir(),
        "{}/node_modules is missing: run npm ci in tests/sync-interop (test.sh does)",
        dir.display()
    );
    dir
}

/// `node`, found as `which node` finds it.
fn node_binary() -> PathBuf {
    let output = Command::new("which").arg("node").output().expect("run which");
    let path = String::from_utf8_lossy(&output.stdout).trim().to_owned();
    assert!(output.status.success() && !path.is_empty(), "node is not on PATH; the interop tests need Node 20+");
    PathBuf::from(path)
}

/// The node peer: its stdout lines as events, its stderr kept for failure messages. Dropping it
/// kills the process if it still runs, so no exit path leaves one behind.
struct NodePeer {
    child: Child,
    stdin: Option<ChildStdin>,
    events: mpsc::UnboundedReceiver<String>,
    stderr: Option<thread::JoinHandle<String>>,
}

impl NodePeer {
    /// Starts peer.mjs as the device with key `[seed; 32]`, with `mode` (what it creates or
    /// finds, how it pairs) and, always, `EDITS` edits `js-NN` after a `go`, then waiting for
    /// every key of both sides.
    fn start(sync_url: &url::Url, seed: u8, mode: &[&str]) -> Self {
        let dir = interop_dir();
        let (seed, timeout) = (hex::encode([seed; 32]), NODE_TIMEOUT.as_millis().to_string());
        let (edits, expect) = (EDITS.to_string(), (2 * EDITS + 1).to_string());
        let mut child = Command::new(node_binary())
            .current_dir(&dir)
            .arg("peer.mjs")
            .args(["--url", sync_url.as_str(), "--seed", &seed, "--timeout", &timeout])
            .args(mode)
            .args(["--wait-go", "--edits", &edits, "--prefix", "js", "--expect", &expect])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn node");
        let (tx, events) = mpsc::unbounded_channel();
        let stderr = common::drain(&mut child, move |line| tx.send(line).is_ok());
        NodePeer { stdin: child.stdin.take(), child, events, stderr: Some(stderr) }
    }

    /// What the process wrote on stderr; waits for it to exit (killing it after a while).
    fn stderr(&mut self) -> String {
        for _ in 0..50 {
            if matches!(self.child.try_wait(), Ok(Some(_))) {
                break;
            }
            thread::sleep(Duration::from_millis(100));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        self.stderr.take().map(|handle| handle.join().unwrap_or_default()).unwrap_or_default()
    }

    /// The next event, which must have the field `field`.
    async fn next(&mut self, field: &str) -> Value {
        let line = match tokio::time::timeout(EVENT_LIMIT, self.events.recv()).await {
            Ok(Some(line)) => line,
            Ok(None) => panic!("the node peer ended before sending {field:?}; its stderr:\n{}", self.stderr()),
            Err(_) => panic!("no {field:?} from the node peer in {EVENT_LIMIT:?}; its stderr:\n{}", self.stderr()),
        };
        let event: Value = serde_json::from_str(&line).unwrap_or_else(|_| panic!("not a JSON event: {line}"));
        assert!(event.get(field).is_some(), "expected {field:?} from the node peer, got {line}");
        event
    }

    /// Tells the peer to start editing.
    fn go(&mut self) {
        let stdin = self.stdin.as_mut().expect("stdin");
        if let Err(error) = stdin.write_all(b"go\n").and_then(|()| stdin.flush()) {
            panic!("could not tell the node peer to go ({error}); its stderr:\n{}", self.stderr());
        }
    }

    /// Waits for a clean exit after the last event.
    fn finish(mut self) {
        for _ in 0..200 {
            if let Ok(Some(status)) = self.child.try_wait() {
                assert!(status.success(), "the node peer exited with {status}; its stderr:\n{}", self.stderr());
                return;
            }
            thread::sleep(Duration::from_millis(50));
        }
        panic!("the node peer did not exit after its last event; its stderr:\n{}", self.stderr());
    }
}

impl Drop for NodePeer {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn strings(value: &Value) -> Vec<String> {
    value.as_array().expect("an array").iter().map(|item| item.as_str().expect("a string").to_owned()).collect()
}

/// Checks the node peer's final event against the Rust device once it has every key.
async fn converged(node: &mut NodePeer, rust: &Device, document: &DocumentId, created: &str) {
    let end = node.next("keys").await;
    let (js_keys, js_heads) = (strings(&end["keys"]), strings(&end["heads"]));
    let expected = 2 * EDITS + 1;
    let (keys, heads) = until_keys(rust, document, expected).await;
    assert_eq!(keys.len(), expected, "{keys:?}");
    assert!(keys.contains(&created.to_owned()), "{keys:?}");
    for i in 0..EDITS {
        assert!(keys.contains(&format!("js-{i:02}")) && keys.contains(&format!("rust-{i:02}")), "{keys:?}");
    }
    assert_eq!(js_keys, keys, "the JavaScript and the Rust copy have different keys");
    assert_eq!(js_heads, heads, "the JavaScript and the Rust copy have different heads");
    eprintln!("converged on {} keys, heads {heads:?}", keys.len());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_javascript_client_joins_a_rust_document_and_both_converge() {
    interop_dir();
    let data = tempfile::tempdir().expect("server data");
    let (server, addr) = common::start_server(data.path(), "info");
    let sync_url = url::Url::parse(&format!("ws://{addr}/sync")).expect("url");

    let rust = device(51, &sync_url).await;
    let mut initial = Automerge::new();
    put(&mut initial, "created-in-rust", 1);
    let document = rust.engine.create(initial).await.expect("create");
    acknowledged(&rust, &document).await;
    let http = client::http_client().expect("http");
    let code = client::pairing_code(&http, &rust.key, &sync_url).await.expect("a pairing code");

    let mut node = NodePeer::start(&sync_url, 52, &["--pair-code", &code, "--doc", &document.to_string()]);
    node.next("ready").await;
    node.go();
    rust_edits(&rust, &document, "rust").await;
    converged(&mut node, &rust, &document, "created-in-rust").await;
    node.finish();

    let (status, stdout, stderr) = server.terminate();
    assert_eq!(status.code(), Some(0), "stdout:\n{stdout}\nstderr:\n{stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rust_device_joins_a_javascript_document_and_both_converge() {
    interop_dir();
    let data = tempfile::tempdir().expect("server data");
    let (server, addr) = common::start_server(data.path(), "info");
    let sync_url = url::Url::parse(&format!("ws://{addr}/sync")).expect("url");

    let mut node = NodePeer::start(&sync_url, 61, &["--create", "--print-pairing-code"]);
    let document = node.next("document").await;
    let document: DocumentId = document["document"].as_str().expect("a string").parse().expect("a document id");
    let code = node.next("code").await;
    let code = code["code"].as_str().expect("a string").to_owned();

    let http = client::http_client().expect("http");
    let rust_key = SigningKey::from_bytes(&[62; 32]);
    client::redeem_pairing_code(&http, &rust_key, &sync_url, &code).await.expect("pairing");
    let rust = device(62, &sync_url).await;
    assert!(opens(&rust, &document, 200).await, "the Rust device never found {}", &document);
    let (keys, _) = state(&rust, &document).await;
    assert_eq!(keys, ["created"], "the document as the JavaScript client created it");

    node.next("ready").await;
    node.go();
    rust_edits(&rust, &document, "rust").await;
    converged(&mut node, &rust, &document, "created").await;
    node.finish();

    let (status, stdout, stderr) = server.terminate();
    assert_eq!(status.code(), Some(0), "stdout:\n{stdout}\nstderr:\n{stderr}");
}
