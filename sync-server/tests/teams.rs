//! An organisation's team on the real server: its first admin comes from the server's
//! configuration; the admin invites a caseworker and a moderator by code; a worker shares a
//! document with the organisation; only the caseworker the admin assigns gets it; when the
//! worker takes it back, that caseworker's open connection stops receiving it at once.

mod common;

use common::devices::{Device, device_with, opens};

use std::time::Duration;

use automerge::transaction::Transactable;
use automerge::{Automerge, AutomergeError, ROOT, ReadDoc};
use ed25519_dalek::SigningKey;
use mirai_sync::client::{self};
use mirai_sync::engine::BackoffConfig;
use mirai_sync::gate::own_account;
use samod_core::DocumentId;

fn put(doc: &mut Automerge, key: &str) -> bool {
    doc.transact::<_, _, AutomergeError>(|tx| tx.put(ROOT, key, true)).is_ok()
}

async fn has(device: &Device, document: &DocumentId, key: &'static str) -> bool {
    device.engine.read(document.clone(), move |doc| doc.get(ROOT, key).ok().flatten().is_some()).await == Ok(true)
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
async fn only_the_assigned_caseworker_gets_what_a_worker_shares_and_only_until_it_is_taken_back() {
    let admin = SigningKey::from_bytes(&[21; 32]);
    let data = tempfile::tempdir().expect("server data");
    let org_admin = format!("ngo-a:{}", hex::encode(admin.verifying_key().to_bytes()));
    let (server, addr) = common::start_server_with(data.path(), &["--org-admin", &org_admin], "info");
    let sync_url = url::Url::parse(&format!("ws://{addr}/sync")).expect("url");
    let http = client::http_client().expect("http");

    // A worker's private note reaches the server, then the worker shares it with ngo-a.
    let worker_key = SigningKey::from_bytes(&[22; 32]);
    let worker = device_with(worker_key.clone(), &sync_url, BackoffConfig::default()).await;
    let mut note = Automerge::new();
    put(&mut note, "asked-for-help");
    let document = worker.engine.create(note).await.expect("create");
    eventually("the server holds the note", async || {
        client::set_document_class(&http, &worker_key, &sync_url, &document.to_string(), "shared", Some("ngo-a"))
            .await
            .is_ok()
    })
    .await;

    // The admin brings in a caseworker and a moderator.
    let caseworker_key = SigningKey::from_bytes(&[23; 32]);
    let moderator_key = SigningKey::from_bytes(&[24; 32]);
    let code = client::team_invitation(&http, &admin, &sync_url, "ngo-a", "caseworker").await.expect("invitation");
    let caseworker_account =
        client::join_team(&http, &caseworker_key, &sync_url, &code).await.expect("caseworker joins");
    let code = client::team_invitation(&http, &admin, &sync_url, "ngo-a", "moderator").await.expect("invitation");
    client::join_team(&http, &moderator_key, &sync_url, &code).await.expect("moderator joins");
    assert!(
        client::team_invitation(&http, &caseworker_key, &sync_url, "ngo-a", "caseworker").await.is_err(),
        "only the admin invites"
    );

    // Not assigned yet: nothing.
    let caseworker = device_with(caseworker_key.clone(), &sync_url, BackoffConfig::default()).await;
    assert!(!opens(&caseworker, &document, 60).await, "an unassigned caseworker gets nothing");

    // The admin sees what was shared and by whom, and assigns the caseworker.
    let shared = client::shared_with(&http, &admin, &sync_url, "ngo-a").await.expect("shared list");
    let worker_account = own_account(&worker_key.verifying_key().to_bytes());
    assert_eq!(shared, [(document.to_string(), worker_account.clone())]);
    assert!(client::shared_with(&http, &worker_key, &sync_url, "ngo-a").await.is_err(), "workers see no list");
    client::assign_caseworker(&http, &admin, &sync_url, "ngo-a", &caseworker_account, &worker_account)
        .await
        .expect("assign");

    assert!(opens(&caseworker, &document, 60).await, "the assigned caseworker gets the note");
    assert!(has(&caseworker, &document, "asked-for-help").await);
    assert!(caseworker.engine.change(document.clone(), |doc| put(doc, "caseworker-replied")).await == Ok(true));
    eventually("the worker sees the reply", async || has(&worker, &document, "caseworker-replied").await).await;

    let moderator = device_with(moderator_key.clone(), &sync_url, BackoffConfig::default()).await;
    assert!(!opens(&moderator, &document, 60).await, "a moderator is not assigned");

    // The worker takes it back: the caseworker's open connection gets nothing new.
    client::set_document_class(&http, &worker_key, &sync_url, &document.to_string(), "private", None)
        .await
        .expect("take back");
    assert!(worker.engine.change(document.clone(), |doc| put(doc, "after-taking-back")).await == Ok(true));
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert!(!has(&caseworker, &document, "after-taking-back").await, "delivered after it was taken back");
    let (status, stdout, stderr) = server.terminate();
    assert_eq!(status.code(), Some(0), "stdout:\n{stdout}\nstderr:\n{stderr}");
}
