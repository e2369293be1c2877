//! Which screen the app starts on, for every combination of store and keystore.

use mirai_keys::{Keystore, MemoryKeystore};
use mirai_store::{DataDir, ProtectionKind, Session, StoreError};

/// The session's state as a short string; a failure is also described on stderr, so that a
/// failure that happens only on some machine says what the database reported there.
fn state(session: &Session) -> String {
    match session {
        Session::Open { protection, .. } => format!("open/{protection:?}"),
        Session::NeedsNewPassphrase => "needs-new-passphrase".into(),
        Session::NeedsPassphrase => "needs-passphrase".into(),
        Session::Failed(error) => {
            eprintln!("session failed: {error:?}");
            format!("failed/{}", error.code())
        }
    }
}

#[test]
fn first_start_with_a_keystore_opens_without_asking() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = DataDir::new(dir.path());
    let keystore = MemoryKeystore::default();
    assert_eq!(state(&Session::start(&data, Some(&keystore))), "open/Keystore");
    // And the next start opens the same store.
    assert_eq!(state(&Session::start(&data, Some(&keystore))), "open/Keystore");
}

#[test]
fn first_start_without_a_keystore_asks_for_a_new_passphrase() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = DataDir::new(dir.path());
    assert_eq!(state(&Session::start(&data, None)), "needs-new-passphrase");
    let refusing = MemoryKeystore::default();
    refusing.set_unavailable(true);
    assert_eq!(state(&Session::start(&data, Some(&refusing))), "needs-new-passphrase");

    assert!(matches!(Session::create_with_passphrase(&data, "short"), Err(StoreError::PassphraseTooShort)));
    let session = Session::create_with_passphrase(&data, "ang bahay ko").expect("create");
    assert_eq!(state(&session), "open/Passphrase");
    drop(session);

    assert_eq!(state(&Session::start(&data, None)), "needs-passphrase");
    assert!(matches!(Session::unlock(&data, "ang bahay mo"), Err(StoreError::WrongPassphrase)));
    assert!(matches!(
        Session::unlock(&data, "ang bahay ko"),
        Ok(Session::Open { protection: ProtectionKind::Passphrase, .. })
    ));
}

#[test]
fn a_keystore_store_without_its_keystore_fails_clearly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = DataDir::new(dir.path());
    let keystore = MemoryKeystore::default();
    assert_eq!(state(&Session::start(&data, Some(&keystore))), "open/Keystore");
    assert_eq!(state(&Session::start(&data, None)), "failed/keystore-unavailable");
    let other_device = MemoryKeystore::default();
    assert_eq!(state(&Session::start(&data, Some(&other_device))), "failed/key-missing");
    let text = std::fs::read_to_string(data.key_file_path()).expect("key file");
    let start = text.find("store-").expect("account");
    keystore.delete(&text[start..start + 38]).expect("delete");
    assert_eq!(state(&Session::start(&data, Some(&keystore))), "failed/key-missing");
}

#[test]
fn an_unwritable_folder_fails_at_start() {
    let dir = tempfile::tempdir().expect("tempdir");
    let blocker = dir.path().join("file");
    std::fs::write(&blocker, b"x").expect("write");
    let data = DataDir::new(blocker.join("app"));
    assert_eq!(state(&Session::start(&data, Some(&MemoryKeystore::default()))), "failed/data-dir-unwritable");
}
