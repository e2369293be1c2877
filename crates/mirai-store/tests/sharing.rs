//! Organisations and the outbox: a submission is kept only sealed, survives a restart, goes
//! when its organisation is removed, and outlives the check it came from; nothing is queued
//! for an organisation the worker never added.

use mirai_keys::RawKey;
use mirai_seal::{OrgCode, SecretKey, open, seal};
use mirai_selfcheck::{Answers, Phase};
use mirai_store::{OutboxState, Store, StoreError};

const SHEET: &str = "worker-self-check";

fn key() -> RawKey {
    RawKey::from_bytes([44; 32])
}

fn finished_check(store: &mut Store) -> i64 {
    store.complete_check(SHEET, 1, Phase::Arrival, &Answers::new(), &[], 10).expect("finish")
}

#[test]
fn a_sealed_submission_waits_in_the_outbox_across_restarts_and_only_the_organisation_opens_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("mirai.db");
    let org_key = SecretKey::generate().expect("key");
    let code = OrgCode::new("Worker Support Network", org_key.public_key()).expect("code");
    let mut store = Store::create(&path, &key()).expect("create");
    let org = store.add_organisation(&code).expect("add");
    assert_eq!(org.id, org_key.public_key().fingerprint());
    assert_eq!(org.pseudonym.len(), 32);
    let check = finished_check(&mut store);
    let sealed = seal(&org.key, SHEET, b"the answers").expect("seal");
    let queued = store.queue_submission(&org.id, check, SHEET, &sealed).expect("queue");
    drop(store);

    let mut store = Store::open(&path, &key()).expect("open");
    let outbox = store.outbox().expect("outbox");
    assert_eq!(outbox.len(), 1);
    assert_eq!((outbox[0].id, outbox[0].state, outbox[0].result_id), (queued, OutboxState::Queued, Some(check)));
    assert_eq!((outbox[0].organisation_name.as_str(), outbox[0].size), ("Worker Support Network", sealed.len()));
    assert_eq!(open(&org_key, SHEET, &sealed).expect("open"), b"the answers");
    assert_eq!(store.sealed_submission(queued).expect("read"), Some(sealed.clone()));
    assert_eq!(store.sealed_submission(queued + 1).expect("read"), None);

    // Erasing the check keeps the sealed copy, no longer linked to it.
    assert!(store.delete_check(check).expect("erase"));
    assert_eq!(store.outbox().expect("outbox")[0].result_id, None);
    assert!(store.cancel_submission(queued).expect("cancel"));
    assert!(!store.cancel_submission(queued).expect("again"));
    assert!(store.outbox().expect("outbox").is_empty());
}

#[test]
fn adding_an_organisation_again_renames_it_and_keeps_its_pseudonym() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::create(&dir.path().join("mirai.db"), &key()).expect("create");
    let org_key = SecretKey::generate().expect("key").public_key();
    let first = store.add_organisation(&OrgCode::new("NGO", org_key).expect("code")).expect("add");
    let again = store.add_organisation(&OrgCode::new("NGO Tokyo", org_key).expect("code")).expect("add");
    assert_eq!((again.id.as_str(), again.pseudonym.as_str()), (first.id.as_str(), first.pseudonym.as_str()));
    assert_eq!(store.organisations().expect("list").iter().map(|o| o.name.as_str()).collect::<Vec<_>>(), ["NGO Tokyo"]);
    let other = store
        .add_organisation(&OrgCode::new("Other", SecretKey::generate().expect("key").public_key()).expect("code"))
        .expect("add");
    assert_ne!(other.pseudonym, first.pseudonym, "each organisation sees a different name for the worker");
}

#[test]
fn removing_an_organisation_takes_its_queue_with_it_in_one_step() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::create(&dir.path().join("mirai.db"), &key()).expect("create");
    let kept =
        store.add_organisation(&OrgCode::new("Kept", SecretKey::generate().expect("k").public_key()).expect("c"));
    let gone =
        store.add_organisation(&OrgCode::new("Gone", SecretKey::generate().expect("k").public_key()).expect("c"));
    let (kept, gone) = (kept.expect("add"), gone.expect("add"));
    let check = finished_check(&mut store);
    store.queue_submission(&kept.id, check, SHEET, &[1; 60]).expect("queue");
    store.queue_submission(&gone.id, check, SHEET, &[2; 60]).expect("queue");
    assert!(store.remove_organisation(&gone.id).expect("remove"));
    let outbox = store.outbox().expect("outbox");
    assert_eq!(outbox.iter().map(|i| i.organisation_id.as_str()).collect::<Vec<_>>(), [kept.id.as_str()]);
    assert!(store.organisation(&gone.id).expect("read").is_none());
}

#[test]
fn nothing_is_queued_for_an_organisation_never_added() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::create(&dir.path().join("mirai.db"), &key()).expect("create");
    let check = finished_check(&mut store);
    let error = store.queue_submission("0000 0000 0000 0000", check, SHEET, &[1; 60]).expect_err("unknown");
    assert!(matches!(error, StoreError::InvalidInput("organisation")));
    assert!(store.outbox().expect("outbox").is_empty());
}

#[test]
fn sync_delivers_queued_parcels_once_and_keeps_its_key_and_settings_across_restarts() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("mirai.db");
    let mut store = Store::create(&path, &key()).expect("create");
    assert_eq!((store.sync_server().expect("server"), store.sync_wifi_only().expect("wifi")), (None, false));
    assert_eq!(store.last_synced().expect("last"), None);
    let device = store.sync_device_key().expect("device key");
    assert_eq!(store.sync_device_key().expect("same key"), device);
    store.set_sync_server(Some("wss://sync.example.org/sync")).expect("server");
    store.set_sync_wifi_only(true).expect("wifi");
    store.set_last_synced(1_700_000_000).expect("last");

    let org = store
        .add_organisation(&OrgCode::new("NGO", SecretKey::generate().expect("key").public_key()).expect("code"))
        .expect("add");
    let (check_one, check_two) = (finished_check(&mut store), finished_check(&mut store));
    let first = store.queue_submission(&org.id, check_one, SHEET, b"first").expect("queue");
    let second = store.queue_submission(&org.id, check_two, SHEET, b"second").expect("queue");
    let parcels = store.parcels().expect("parcels");
    assert_eq!(
        parcels.iter().map(|p| (p.id, p.sealed.as_slice(), p.document.clone())).collect::<Vec<_>>(),
        [(first, b"first".as_slice(), None), (second, b"second".as_slice(), None)]
    );
    assert!(store.set_parcel_document(first, "doc-1").expect("document"));
    assert!(!store.set_parcel_document(first, "doc-2").expect("written once"), "a parcel keeps its first document");
    assert!(store.cancel_submission(second).expect("cancel"));
    assert!(!store.set_parcel_document(second, "doc-3").expect("cancelled"), "a cancelled parcel is not written");
    drop(store);

    // The engine's own connection sees the same encrypted database.
    let mut store = Store::open(&path, &key()).expect("open");
    let engine_side = store.sync_connection().expect("second connection");
    engine_side.execute("INSERT INTO sync_chunks (key, value) VALUES ('a/b', x'01')", []).expect("engine writes");
    assert_eq!(store.sync_device_key().expect("kept"), device);
    assert_eq!(store.sync_server().expect("server").as_deref(), Some("wss://sync.example.org/sync"));
    assert!(store.sync_wifi_only().expect("wifi"));
    assert_eq!(store.last_synced().expect("last"), Some(1_700_000_000));
    assert_eq!(store.parcels().expect("parcels")[0].document.as_deref(), Some("doc-1"));
    assert!(store.mark_sent(first, 1_700_000_100).expect("sent"));
    assert!(!store.mark_sent(first, 1_700_000_200).expect("only once"));
    assert!(store.parcels().expect("parcels").is_empty());
    let sent = &store.outbox().expect("outbox")[0];
    assert_eq!((sent.state, sent.sent_at), (OutboxState::Sent, Some(1_700_000_100)));
    assert!(!store.cancel_submission(first).expect("cancel"), "a sent submission cannot be taken back");
}

#[test]
fn a_pairing_link_survives_a_restart_and_a_new_server_address_forgets_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("mirai.db");
    let mut store = Store::create(&path, &key()).expect("create");
    assert_eq!(store.sync_linked_account().expect("linked"), None);
    store.set_sync_server(Some("wss://one.example.org/sync")).expect("server");
    store.set_sync_linked("wss://two.example.org/sync", "w-account").expect("linked");
    drop(store);

    let mut store = Store::open(&path, &key()).expect("open");
    assert_eq!(
        store.sync_server().expect("server").as_deref(),
        Some("wss://two.example.org/sync"),
        "the code's server"
    );
    assert_eq!(store.sync_linked_account().expect("linked").as_deref(), Some("w-account"));
    store.set_sync_server(Some("wss://two.example.org/sync")).expect("saved again");
    assert_eq!(store.sync_linked_account().expect("linked").as_deref(), Some("w-account"), "the same server keeps it");
    store.set_sync_server(Some("wss://three.example.org/sync")).expect("another server");
    assert_eq!(store.sync_linked_account().expect("linked"), None);
    store.set_sync_linked("wss://three.example.org/sync", "w-account").expect("linked again");
    store.set_sync_server(None).expect("sync off");
    assert_eq!(store.sync_linked_account().expect("linked"), None);
}
