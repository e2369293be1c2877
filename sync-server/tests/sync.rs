//! The real server process on 127.0.0.1 and real Rust clients (the `mirai_sync` engine with
//! its WebSocket dialer): a device proves its key, pairs a second device with a code over HTTP,
//! and both edit one document concurrently until they converge; a third account's device gets
//! nothing; a restart of the server keeps everything acknowledged.

mod common;

use common::devices::{Device, device, opens, pairing_code};

use std::time::Duration;

use automerge::transaction::Transactable;
use automerge::{Automerge, AutomergeError, ROOT, ReadDoc};
use ed25519_dalek::SigningKey;
use mirai_sync::client::{self};
use samod_core::DocumentId;

fn put(doc: &mut Automerge, key: &str, value: i64) -> bool {
    doc.transact::<_, _, AutomergeError>(|tx| tx.put(ROOT, key, value)).is_ok()
}

async fn keys(device: &Device, document: &DocumentId) -> Option<(Vec<automerge::ChangeHash>, Vec<String>)> {
    device.engine.read(document.clone(), |doc| (doc.get_heads(), doc.keys(ROOT).collect())).await.ok()
}

/// Waits until every device has `expected` keys and the same heads.
async fn converge(devices: &[&Device], document: &DocumentId, expected: usize) -> Vec<String> {
    for _ in 0..200 {
        let mut seen = Vec::new();
        for device in devices {
            seen.push(keys(device, document).await);
        }
        if let Some(Some((heads, keys))) = seen.first()
            && keys.len() == expected
            && seen.iter().all(|other| other.as_ref().map(|(h, _)| h) == Some(heads))
        {
            return keys.clone();
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the devices did not converge on {expected} keys");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn paired_devices_converge_through_the_real_server_and_a_stranger_gets_nothing() {
    let data = tempfile::tempdir().expect("server data");
    let (server, addr) = common::start_server(data.path(), "debug");
    let sync_url = url::Url::parse(&format!("ws://{addr}/sync")).expect("url");

    let phone = device(11, &sync_url).await;
    let mut initial = Automerge::new();
    put(&mut initial, "created-on-phone", 1);
    let document = phone.engine.create(initial).await.expect("create");

    // The phone asks for a pairing code (it has connected, so the server knows it).
    let http = client::http_client().expect("http");
    let code = pairing_code(&http, &phone.key, &sync_url).await;
    let laptop_key = SigningKey::from_bytes(&[12; 32]);
    assert!(client::redeem_pairing_code(&http, &laptop_key, &sync_url, "WRONG123").await.is_err());
    client::redeem_pairing_code(&http, &laptop_key, &sync_url, &code).await.expect("pairing");
    assert!(client::redeem_pairing_code(&http, &laptop_key, &sync_url, &code).await.is_err(), "a code is good once");

    let laptop = device(12, &sync_url).await;
    assert!(opens(&laptop, &document, 200).await, "the paired laptop finds the phone's document");

    // Fifty edits on each device at the same time.
    let edits = |device: &Device, prefix: &'static str| {
        let (engine, document) = (device.engine.clone(), document.clone());
        async move {
            for i in 0..50 {
                let key = format!("{prefix}-{i:02}");
                assert_eq!(engine.change(document.clone(), move |doc| put(doc, &key, i)).await, Ok(true));
            }
        }
    };
    tokio::join!(edits(&phone, "phone"), edits(&laptop, "laptop"));
    let keys = converge(&[&phone, &laptop], &document, 101).await;
    assert!(keys.contains(&"phone-49".to_owned()) && keys.contains(&"laptop-49".to_owned()));

    // A device of another account asks for the document: refused, which looks like absent.
    let stranger = device(13, &sync_url).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(stranger.engine.open(document.clone()).await, Ok(false));

    // The operator sees counts, never ids.
    let (metrics, _) = common::http_get(addr, "/metrics").await;
    let value = |name: &str| -> u64 {
        metrics
            .lines()
            .find_map(|line| line.strip_prefix(&format!("{name} ")))
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("{name} in {metrics}"))
    };
    assert!(value("mirai_sync_frames_received_total") > 100);
    assert!(value("mirai_sync_frames_refused_total") >= 1, "the stranger's request was refused");
    assert_eq!(value("mirai_sync_documents_quarantined"), 0);
    assert!(!metrics.contains(&document.to_string()), "no document id in the metrics");

    // Restart the server: what it acknowledged is still there for a fresh device of the account.
    let (status, stdout, stderr) = server.terminate();
    assert_eq!(status.code(), Some(0), "stdout:\n{stdout}\nstderr:\n{stderr}");
    let (server, addr) = common::start_server(data.path(), "info");
    let sync_url = url::Url::parse(&format!("ws://{addr}/sync")).expect("url");
    let code = client::pairing_code(&http, &laptop_key, &sync_url).await.expect("a code after restart");
    let tablet_key = SigningKey::from_bytes(&[14; 32]);
    client::redeem_pairing_code(&http, &tablet_key, &sync_url, &code).await.expect("pairing after restart");
    let tablet = device(14, &sync_url).await;
    assert!(opens(&tablet, &document, 200).await);
    assert_eq!(converge(&[&tablet], &document, 101).await.len(), 101);
    let (status, _, _) = server.terminate();
    assert_eq!(status.code(), Some(0));
}
