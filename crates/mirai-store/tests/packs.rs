//! Installing packs into the store: every check happens before anything is visible, the old
//! version stays until the new one is whole, and what was accepted is remembered across
//! restarts so nothing older or different can replace it.

mod support;

use mirai_keys::RawKey;
use mirai_store::{Store, StoreError};
use support::Keys;

fn key() -> RawKey {
    RawKey::from_bytes([0x33; 32])
}

fn articles(store: &Store) -> Vec<String> {
    store
        .pack_files("articles")
        .expect("files")
        .into_iter()
        .map(|(_, path, data)| format!("{path}:{}", String::from_utf8_lossy(&data).contains("\"new ")))
        .collect()
}

#[test]
fn install_update_and_refusals_keep_one_whole_version_active() {
    let dir = tempfile::tempdir().expect("tempdir");
    let packs = dir.path().join("packs");
    let keys = Keys::new();
    let mut store = Store::create(&dir.path().join("mirai.db"), &key()).expect("create");
    let mut seen = Vec::new();

    let v1 = store
        .import_pack_bytes(&packs, &keys.pack("default", 1, 3, "old"), &keys.trust, &mut |done, total| {
            seen.push((done, total))
        })
        .expect("v1");
    assert_eq!((v1.pack_id.as_str(), v1.version, v1.files), ("default", 1, 3));
    assert!(
        seen.last().is_some_and(|(done, total)| done == total && *total > 0),
        "progress must end at 100%: {seen:?}"
    );
    assert_eq!(articles(&store).len(), 3);

    // A newer version replaces the files, including ones it no longer has.
    store.import_pack_bytes(&packs, &keys.pack("default", 2, 2, "new"), &keys.trust, &mut |_, _| {}).expect("v2");
    assert_eq!(articles(&store), vec!["articles/a0.json:true", "articles/a1.json:true"]);
    assert_eq!(std::fs::read_dir(&packs).expect("packs dir").count(), 1, "the old pack file must be gone");

    // Refusals leave version 2 exactly as it was, and no file behind.
    let mut damaged = keys.pack("default", 3, 2, "evil");
    let middle = damaged.len() / 2;
    damaged[middle] ^= 1;
    for (bytes, code) in [
        (keys.pack("default", 1, 3, "old"), "pack-rollback"),
        (keys.pack("default", 2, 2, "different"), "pack-equivocation"),
        (keys.pack("default", 2, 2, "new"), "pack-already-installed"),
        (damaged, "*"),
    ] {
        let error = store.import_pack_bytes(&packs, &bytes, &keys.trust, &mut |_, _| {}).expect_err("refused");
        assert!(code == "*" || error.code() == code, "expected {code}, got {}", error.code());
        assert_eq!(articles(&store), vec!["articles/a0.json:true", "articles/a1.json:true"]);
        assert_eq!(std::fs::read_dir(&packs).expect("packs dir").count(), 1, "a refused pack left a file");
    }
    assert_eq!(store.installed_packs().expect("list")[0].version, 2);
}

#[test]
fn rollback_protection_survives_restarts() {
    let dir = tempfile::tempdir().expect("tempdir");
    let packs = dir.path().join("packs");
    let db = dir.path().join("mirai.db");
    let keys = Keys::new();
    let old = keys.pack("default", 4, 1, "old");
    let newer = keys.pack("default", 5, 1, "new");
    {
        let mut store = Store::create(&db, &key()).expect("create");
        store.import_pack_bytes(&packs, &old, &keys.trust, &mut |_, _| {}).expect("v4");
        store.import_pack_bytes(&packs, &newer, &keys.trust, &mut |_, _| {}).expect("v5");
    }
    let mut store = Store::open(&db, &key()).expect("reopen");
    let error = store.import_pack_bytes(&packs, &old, &keys.trust, &mut |_, _| {}).expect_err("rollback");
    assert!(
        matches!(error, StoreError::Pack(mirai_pack::PackError::Rollback { accepted: 5, offered: 4 })),
        "{error:?}"
    );
    assert_eq!(store.installed_packs().expect("list")[0].version, 5);
}

#[test]
fn importing_from_a_file_reads_only_the_private_copy() {
    let dir = tempfile::tempdir().expect("tempdir");
    let packs = dir.path().join("packs");
    let keys = Keys::new();
    let usb = dir.path().join("usb-stick.mpk");
    std::fs::write(&usb, keys.pack("otit", 1, 2, "guide")).expect("write");
    let mut store = Store::create(&dir.path().join("mirai.db"), &key()).expect("create");
    let installed = store.import_pack(&packs, &usb, &keys.trust, &mut |_, _| {}).expect("import");
    // Whatever happens to the original afterwards does not matter.
    std::fs::write(&usb, b"overwritten").expect("overwrite");
    let (version, file) = store.installed_pack_file("otit").expect("query").expect("installed");
    assert_eq!(version, installed.version);
    let copy = std::fs::read(packs.join(file)).expect("private copy");
    assert!(copy.len() > 100 && copy != b"overwritten");
    assert!(store.import_pack(&packs, &dir.path().join("missing.mpk"), &keys.trust, &mut |_, _| {}).is_err());
}

#[test]
fn the_built_in_pack_is_installed_once_and_never_over_a_newer_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    let packs = dir.path().join("packs");
    let keys = Keys::new();
    let mut store = Store::create(&dir.path().join("mirai.db"), &key()).expect("create");
    let built_in = keys.pack("default", 2, 1, "built-in");
    assert!(store.ensure_pack(&packs, &built_in, &keys.trust).expect("first").is_some());
    assert!(store.ensure_pack(&packs, &built_in, &keys.trust).expect("again").is_none());
    store
        .import_pack_bytes(&packs, &keys.pack("default", 3, 1, "downloaded"), &keys.trust, &mut |_, _| {})
        .expect("update");
    assert!(store.ensure_pack(&packs, &built_in, &keys.trust).expect("older built-in").is_none());
    assert_eq!(store.installed_packs().expect("list")[0].version, 3);
}

#[test]
fn shared_packs_travel_as_one_file_to_another_phone() {
    let keys = Keys::new();
    let phone_a = tempfile::tempdir().expect("tempdir");
    let phone_b = tempfile::tempdir().expect("tempdir");
    let mut a = Store::create(&phone_a.path().join("mirai.db"), &key()).expect("create");
    let packs_a = phone_a.path().join("packs");
    a.import_pack_bytes(&packs_a, &keys.pack("default", 3, 2, "basic"), &keys.trust, &mut |_, _| {}).expect("default");
    a.import_pack_bytes(&packs_a, &keys.pack("otit", 1, 4, "trainee"), &keys.trust, &mut |_, _| {}).expect("otit");
    let shared = phone_b.path().join("from-a.mpkb");
    std::fs::write(&shared, a.export_bundle(&packs_a).expect("export")).expect("write");

    let mut b = Store::create(&phone_b.path().join("mirai.db"), &key()).expect("create");
    let packs_b = phone_b.path().join("packs");
    let mut calls = Vec::new();
    let installed = b
        .import_file(&packs_b, &shared, &keys.trust, &mut |pack, packs, _, _| calls.push((pack, packs)))
        .expect("import");
    assert_eq!(
        installed.iter().map(|p| (p.pack_id.as_str(), p.version)).collect::<Vec<_>>(),
        [("default", 3), ("otit", 1)]
    );
    assert!(calls.contains(&(1, 2)) && calls.contains(&(2, 2)));
    // Again: nothing new, nothing refused.
    assert!(b.import_file(&packs_b, &shared, &keys.trust, &mut |_, _, _, _| {}).expect("again").is_empty());
    assert_eq!(std::fs::read_dir(&packs_b).expect("dir").count(), 2, "only the two installed pack files remain");

    // A single pack file goes through the same door.
    let single = phone_b.path().join("otit-2.mpk");
    std::fs::write(&single, keys.pack("otit", 2, 1, "newer")).expect("write");
    let installed = b.import_file(&packs_b, &single, &keys.trust, &mut |_, _, _, _| {}).expect("single");
    assert_eq!(installed[0].version, 2);
    // The shared file again, now older for one pack: that one is skipped, nothing is refused.
    assert!(b.import_file(&packs_b, &shared, &keys.trust, &mut |_, _, _, _| {}).expect("older inside").is_empty());
    assert_eq!(b.installed_packs().expect("list")[1].version, 2, "the newer version stays");
    let junk = phone_b.path().join("photo.jpg");
    std::fs::write(&junk, b"\xff\xd8\xff not a pack").expect("write");
    assert!(b.import_file(&packs_b, &junk, &keys.trust, &mut |_, _, _, _| {}).is_err());
    assert_eq!(std::fs::read_dir(&packs_b).expect("dir").count(), 2, "a refused file leaves nothing behind");
}
