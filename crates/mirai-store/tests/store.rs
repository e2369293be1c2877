//! Scenarios on the public API of an open store: saving, reading, and refusing bad files
//! without touching them.

use std::fs;
use std::path::Path;

use mirai_core::{CountryCode, Date, Journey, Language, Profile, ProfileIssue, TextSize};
use mirai_keys::RawKey;
use mirai_store::{ProfileField, SCHEMA_VERSION, Store, StoreError, create_at_version};

fn key() -> RawKey {
    RawKey::from_bytes([0x42; 32])
}

fn today() -> Date {
    "2026-11-23".parse().expect("date")
}

fn worker() -> Profile {
    Profile {
        ui_language: Some(Language::My),
        home_country: Some("MM".parse::<CountryCode>().expect("country")),
        journey: Journey::InJapan { arrival: Some("2026-04-01".parse().expect("date")) },
    }
}

/// Every file in the folder with its bytes, to prove nothing was written, created or removed.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = fs::read_dir(dir)
        .expect("list")
        .map(|e| {
            let e = e.expect("entry");
            (e.file_name().to_string_lossy().into_owned(), fs::read(e.path()).expect("read"))
        })
        .collect();
    files.sort();
    files
}

/// A closed store holding a saved profile.
fn store_with_profile(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("mirai.db");
    let mut store = Store::create(&path, &key()).expect("create");
    store.save_profile(&worker(), today()).expect("save");
    drop(store);
    path
}

#[test]
fn a_saved_profile_reads_back_with_increasing_revisions() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("mirai.db");
    let mut store = Store::create(&path, &key()).expect("create");
    let empty = store.profile().expect("read");
    assert_eq!((empty.profile, empty.revision), (Profile::default(), 0));

    assert_eq!(store.save_profile(&worker(), today()).expect("save"), 1);
    assert_eq!(store.set_ui_language(Language::Vi).expect("language"), 2);
    drop(store);

    let store = Store::open(&path, &key()).expect("reopen");
    let read = store.profile().expect("read");
    assert_eq!(read.revision, 2);
    assert_eq!(read.profile, Profile { ui_language: Some(Language::Vi), ..worker() });
    assert!(read.unreadable.is_empty());
    let info = store.info().expect("info");
    assert_eq!(info.schema_version, SCHEMA_VERSION);
    assert!(info.cipher_version.starts_with('4'), "SQLCipher 4.x expected, got {}", info.cipher_version);
    assert_eq!(store.integrity_problems().expect("check"), Vec::<String>::new());
}

#[test]
fn the_file_on_disk_is_not_plaintext() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = store_with_profile(dir.path());
    for (name, bytes) in snapshot(dir.path()) {
        assert!(!bytes.windows(15).any(|w| w == b"SQLite format 3"), "{name} has a plaintext header");
        assert!(!bytes.windows(7).any(|w| w == b"profile"), "{name} shows table names in clear");
    }
    assert!(path.exists());
}

#[test]
fn an_invalid_profile_is_refused_and_the_old_one_kept() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = store_with_profile(dir.path());
    let mut store = Store::open(&path, &key()).expect("open");
    let future =
        Profile { journey: Journey::InJapan { arrival: Some("2027-06-01".parse().expect("date")) }, ..worker() };
    match store.save_profile(&future, today()) {
        Err(StoreError::InvalidProfile(issues)) => assert_eq!(issues, vec![ProfileIssue::ArrivalInFuture]),
        other => panic!("expected InvalidProfile, got {other:?}"),
    }
    let kept = store.profile().expect("read");
    assert_eq!((kept.profile, kept.revision), (worker(), 1));
}

#[test]
fn a_wrong_key_is_refused_and_leaves_every_byte_as_it_was() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = store_with_profile(dir.path());
    let before = snapshot(dir.path());
    for wrong in [[0u8; 32], [0x43; 32], [0xff; 32]] {
        let result = Store::open(&path, &RawKey::from_bytes(wrong));
        assert!(matches!(result, Err(StoreError::CannotDecrypt)), "{:?}", result.err());
    }
    assert_eq!(snapshot(dir.path()), before);
    // And the right key still works afterwards.
    assert_eq!(Store::open(&path, &key()).expect("open").profile().expect("read").profile, worker());
}

#[test]
fn foreign_and_damaged_files_are_refused_untouched() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("mirai.db");
    let cases = [
        ("empty", Vec::new(), "corrupt"),
        ("random bytes", (0..8192u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect(), "cannot-decrypt"),
        ("text", b"I am a holiday photo, not a database".repeat(200), "cannot-decrypt"),
    ];
    for (what, bytes, expected) in cases {
        fs::write(&path, &bytes).expect("write");
        let before = snapshot(dir.path());
        let error = Store::open(&path, &key()).err().expect("refused");
        assert_eq!(error.code(), expected, "{what}");
        assert_eq!(snapshot(dir.path()), before, "{what} was modified");
    }

    // A plain, unencrypted SQLite database (say, another app's) is recognised as foreign.
    fs::remove_file(&path).expect("remove");
    let plain = rusqlite::Connection::open(&path).expect("plain");
    plain.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);").expect("plain write");
    drop(plain);
    let before = snapshot(dir.path());
    assert!(matches!(Store::open(&path, &key()), Err(StoreError::ForeignFile)));
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn a_newer_schema_is_refused_untouched() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("mirai.db");
    let conn = create_at_version(&path, &key(), SCHEMA_VERSION).expect("create");
    conn.pragma_update(None, "user_version", SCHEMA_VERSION + 7).expect("bump");
    conn.pragma_update(None, "wal_checkpoint", "TRUNCATE").expect("checkpoint");
    drop(conn);
    let before = snapshot(dir.path());
    match Store::open(&path, &key()) {
        Err(StoreError::NewerSchema { found, supported }) => {
            assert_eq!((found, supported), (SCHEMA_VERSION + 7, SCHEMA_VERSION))
        }
        other => panic!("expected NewerSchema, got {:?}", other.err()),
    }
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn a_damaged_page_is_reported_not_returned() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = store_with_profile(dir.path());
    let mut bytes = fs::read(&path).expect("read");
    assert!(bytes.len() >= 3 * 4096, "expected at least three pages, got {}", bytes.len());
    // Damage the last page, where the profile row lives, leaving page 1 intact.
    let last = bytes.len() - 2048;
    bytes[last] ^= 0x5a;
    fs::write(&path, &bytes).expect("write");
    let store = Store::open(&path, &key()).expect("page 1 still decrypts");
    let problems = store.integrity_problems();
    let read = store.profile();
    assert!(
        matches!(read, Err(StoreError::Corrupt)) || problems.map(|p| !p.is_empty()).unwrap_or(true),
        "damage went unnoticed"
    );
}

#[test]
fn unknown_stored_values_are_flagged_not_guessed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("mirai.db");
    let conn = create_at_version(&path, &key(), SCHEMA_VERSION).expect("create");
    conn.execute(
        "INSERT INTO profile (id, ui_language, home_country, journey, journey_date, revision, updated_at)
         VALUES (1, 'xx', 'ZZ', 'on-the-moon', '2026-13-01', 3, 0)",
        [],
    )
    .expect("insert");
    drop(conn);
    let mut store = Store::open(&path, &key()).expect("open");
    let read = store.profile().expect("read");
    assert_eq!(read.profile, Profile::default());
    assert_eq!(read.unreadable, vec![ProfileField::UiLanguage, ProfileField::HomeCountry, ProfileField::Journey]);
    // Choosing again repairs it.
    store.set_ui_language(Language::Ja).expect("set");
    let read = store.profile().expect("read");
    assert_eq!(read.profile.ui_language, Some(Language::Ja));
    assert!(!read.unreadable.contains(&ProfileField::UiLanguage));
}

#[test]
fn text_size_round_trips() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("mirai.db");
    let mut store = Store::create(&path, &key()).expect("create");
    assert_eq!(store.text_size().expect("read"), TextSize::Normal);
    store.set_text_size(TextSize::Larger).expect("write");
    drop(store);
    assert_eq!(Store::open(&path, &key()).expect("open").text_size().expect("read"), TextSize::Larger);
}

#[test]
fn create_refuses_to_overwrite() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = store_with_profile(dir.path());
    let before = snapshot(dir.path());
    assert!(matches!(Store::create(&path, &RawKey::from_bytes([1; 32])), Err(StoreError::AlreadyExists)));
    assert_eq!(snapshot(dir.path()), before);
}
