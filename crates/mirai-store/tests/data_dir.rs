//! Scenarios for a data folder: first start, unlocking by keystore or passphrase, and every
//! way the key or the files can be wrong, each refused without changing a byte.

use std::fs;
use std::path::Path;

use mirai_core::{Date, Language};
use mirai_keys::{Keystore, MemoryKeystore, RawKey};
use mirai_store::{DataDir, Inspection, Protection, StoreError};

fn today() -> Date {
    "2026-11-23".parse().expect("date")
}

fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = fs::read_dir(dir)
        .expect("list")
        .filter_map(|e| {
            let e = e.expect("entry");
            e.path()
                .is_file()
                .then(|| (e.file_name().to_string_lossy().into_owned(), fs::read(e.path()).expect("read")))
        })
        .collect();
    files.sort();
    files
}

fn keystore_account(data: &DataDir) -> String {
    let text = fs::read_to_string(data.key_file_path()).expect("key file");
    let start = text.find("store-").expect("account");
    text[start..start + 38].to_owned()
}

#[test]
fn first_start_with_a_keystore_then_reopen() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = DataDir::new(dir.path().join("nested/app"));
    let keystore = MemoryKeystore::default();
    assert_eq!(data.inspect().expect("inspect"), Inspection::New);

    let mut store = data.create(Protection::Keystore(&keystore)).expect("create");
    store.set_ui_language(Language::Tl).expect("save");
    drop(store);

    assert_eq!(data.inspect().expect("inspect"), Inspection::Existing { keystore: true, passphrase: false });
    let store = data.open_with_keystore(&keystore).expect("reopen");
    assert_eq!(store.profile().expect("read").profile.ui_language, Some(Language::Tl));
}

#[test]
fn passphrase_store_opens_only_with_its_passphrase() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = DataDir::new(dir.path());
    assert!(matches!(data.create(Protection::Passphrase("short")), Err(StoreError::PassphraseTooShort)));
    assert_eq!(data.inspect().expect("inspect"), Inspection::New, "a refused passphrase must create nothing");

    let mut store = data.create(Protection::Passphrase("nhà ở của tôi")).expect("create");
    store.set_ui_language(Language::Vi).expect("save");
    drop(store);
    assert_eq!(data.inspect().expect("inspect"), Inspection::Existing { keystore: false, passphrase: true });

    let before = snapshot(dir.path());
    assert!(matches!(data.open_with_passphrase("nhà ở của toi"), Err(StoreError::WrongPassphrase)));
    assert!(matches!(data.open_with_keystore(&MemoryKeystore::default()), Err(StoreError::KeyFileDamaged(_))));
    assert_eq!(snapshot(dir.path()), before);

    let store = data.open_with_passphrase("nhà ở của tôi").expect("open");
    assert_eq!(store.profile().expect("read").profile.ui_language, Some(Language::Vi));
}

#[test]
fn a_wrong_key_in_the_keystore_is_told_apart_from_damage_and_touches_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = DataDir::new(dir.path());
    let keystore = MemoryKeystore::default();
    let mut store = data.create(Protection::Keystore(&keystore)).expect("create");
    store.set_ui_language(Language::Ja).expect("save");
    drop(store);
    let account = keystore_account(&data);
    let before = snapshot(dir.path());

    keystore.save(&account, &RawKey::from_bytes([7; 32])).expect("replace key");
    assert!(matches!(data.open_with_keystore(&keystore), Err(StoreError::WrongKey)));
    keystore.delete(&account).expect("delete");
    assert!(matches!(data.open_with_keystore(&keystore), Err(StoreError::KeyMissing)));
    keystore.set_unavailable(true);
    assert!(matches!(data.open_with_keystore(&keystore), Err(StoreError::KeystoreUnavailable(_))));
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn a_damaged_database_with_the_right_key_is_reported_as_damaged() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = DataDir::new(dir.path());
    let keystore = MemoryKeystore::default();
    drop(data.create(Protection::Keystore(&keystore)).expect("create"));
    let mut bytes = fs::read(data.database_path()).expect("read");
    for b in &mut bytes[16..64] {
        *b ^= 0xff;
    }
    fs::write(data.database_path(), &bytes).expect("write");
    let before = snapshot(dir.path());
    assert!(matches!(data.open_with_keystore(&keystore), Err(StoreError::Corrupt)));
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn missing_or_damaged_key_files_are_reported() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = DataDir::new(dir.path());
    let keystore = MemoryKeystore::default();
    drop(data.create(Protection::Keystore(&keystore)).expect("create"));
    let key_file = fs::read(data.key_file_path()).expect("read");

    fs::write(data.key_file_path(), &key_file[..key_file.len() / 2]).expect("truncate");
    assert!(matches!(data.inspect(), Err(StoreError::KeyFileDamaged(_))));
    assert!(matches!(data.open_with_keystore(&keystore), Err(StoreError::KeyFileDamaged(_))));

    fs::remove_file(data.key_file_path()).expect("remove");
    assert!(matches!(data.inspect(), Err(StoreError::KeyFileMissing)));
    assert!(matches!(data.open_with_keystore(&keystore), Err(StoreError::KeyFileMissing)));
}

#[test]
fn an_unwritable_folder_is_reported_before_anything_is_created() {
    let dir = tempfile::tempdir().expect("tempdir");
    // A regular file where a folder should be: refused even for root, unlike permission bits.
    let blocker = dir.path().join("blocker");
    fs::write(&blocker, b"x").expect("write");
    let data = DataDir::new(blocker.join("app"));
    let keystore = MemoryKeystore::default();
    assert!(matches!(data.prepare(), Err(StoreError::DataDirUnwritable { .. })));
    assert!(matches!(data.create(Protection::Keystore(&keystore)), Err(StoreError::DataDirUnwritable { .. })));
    assert_eq!(fs::read(&blocker).expect("read"), b"x");
}

#[test]
fn moving_aside_keeps_every_file_and_allows_a_fresh_start() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = DataDir::new(dir.path());
    let keystore = MemoryKeystore::default();
    drop(data.create(Protection::Keystore(&keystore)).expect("create"));
    let before = snapshot(dir.path());

    let aside = data.move_aside().expect("move aside");
    assert_eq!(snapshot(&aside), before);
    assert_eq!(data.inspect().expect("inspect"), Inspection::New);
    let mut fresh = data.create(Protection::Keystore(&keystore)).expect("fresh store");
    assert_eq!(fresh.profile().expect("read").revision, 0);
    fresh.save_profile(&Default::default(), today()).expect("save");
}

#[test]
fn an_interrupted_first_start_counts_as_a_first_start() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = DataDir::new(dir.path());
    let keystore = MemoryKeystore::default();
    drop(data.create(Protection::Keystore(&keystore)).expect("create"));
    let stale_account = keystore_account(&data);
    // Leave only the key file, as a crash between writing it and creating the database would.
    fs::remove_file(data.database_path()).expect("remove db");
    assert_eq!(data.inspect().expect("inspect"), Inspection::New);
    drop(data.create(Protection::Keystore(&keystore)).expect("create again"));
    assert!(keystore.load(&stale_account).expect("load").is_none(), "stale keystore entry left behind");
    assert!(data.open_with_keystore(&keystore).is_ok());
}

#[test]
fn the_language_hint_survives_restarts_and_ignores_junk() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = DataDir::new(dir.path());
    assert_eq!(data.language_hint(), None);
    data.set_language_hint(Language::My).expect("write");
    assert_eq!(DataDir::new(dir.path()).language_hint(), Some(Language::My));
    fs::write(dir.path().join("ui-language"), "klingon").expect("write junk");
    assert_eq!(data.language_hint(), None);
}
