//! The update server's index: the newest is kept across restarts, an older one is refused as a
//! replay, another one under the same version as equivocation, and its keys document is kept.

mod support;

use mirai_keys::RawKey;
use mirai_pack::{Index, IndexEntry, KeysDocument, Offered, PackError, PackId, PackPath, verify_index};
use mirai_store::{Store, StoreError};
use support::Keys;

fn index(version: u64, pack_version: u64) -> Index {
    Index {
        version,
        created_at: "2026-11-23".parse().expect("date"),
        packs: vec![IndexEntry {
            pack_id: PackId::parse("default").expect("id"),
            version: pack_version,
            title: Default::default(),
            languages: Vec::new(),
            file: Offered { path: PackPath::parse("default-2.mpk").expect("path"), size: 10, sha256: [1; 32] },
            deltas: Vec::new(),
        }],
    }
}

#[test]
fn the_newest_index_is_kept_and_replays_and_equivocation_are_refused() {
    let keys = Keys::new();
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("store.db");
    let key = RawKey::from_bytes([3; 32]);
    let mut store = Store::create(&path, &key).expect("create");
    assert_eq!(store.known_index().expect("read"), None);

    let verify = |index: &Index, store: &Store| {
        let signed = index.sign(&keys.signed, &keys.content);
        verify_index(&signed, &keys.trust.anchor, store.known_keys_document().expect("keys").as_deref(), None)
            .expect("verifies")
    };
    let five = verify(&index(5, 2), &store);
    store.accept_index(&five).expect("accept");
    assert_eq!(store.known_index().expect("read").map(|k| k.index), Some(index(5, 2)));
    let kept_keys = store.known_keys_document().expect("keys").expect("kept");
    assert_eq!(KeysDocument::parse(&kept_keys).expect("parse").version, 1);

    // The same index again only refreshes when it was checked.
    store.accept_index(&five).expect("same again");

    drop(store);
    let mut store = Store::open(&path, &key).expect("reopen");
    let older = verify(&index(4, 3), &store);
    assert!(matches!(
        store.accept_index(&older),
        Err(StoreError::Pack(PackError::Rollback { accepted: 5, offered: 4 }))
    ));
    let other = verify(&index(5, 3), &store);
    assert!(matches!(store.accept_index(&other), Err(StoreError::Pack(PackError::Equivocation))));
    assert_eq!(store.known_index().expect("read").map(|k| k.index), Some(index(5, 2)), "refusals changed nothing");

    let six = verify(&index(6, 3), &store);
    store.accept_index(&six).expect("newer");
    assert_eq!(store.known_index().expect("read").map(|k| k.index.version), Some(6));
}

#[test]
fn a_key_revoked_by_an_index_is_refused_at_the_next_install() {
    let keys = Keys::new();
    let dir = tempfile::tempdir().expect("tempdir");
    let packs = dir.path().join("packs");
    let mut store = Store::create(&dir.path().join("store.db"), &RawKey::from_bytes([4; 32])).expect("create");

    // The roots replace the content key: keys document version 2 leaves the old key out.
    let successor = mirai_pack::SecretKey::generate().expect("random");
    let document =
        KeysDocument { version: 2, expires: "2031-01-01".parse().expect("date"), keys: vec![successor.public()] };
    let signed = mirai_pack::sign_keys_document(&document, &keys.roots.iter().collect::<Vec<_>>());
    let verified =
        verify_index(&index(1, 1).sign(&signed, &successor), &keys.trust.anchor, None, None).expect("verifies");
    store.accept_index(&verified).expect("accept");

    // A pack signed with the old key, carrying the old keys document: revoked.
    let refused = store.import_pack_bytes(&packs, &keys.pack("default", 1, 1, "old key"), &keys.trust, &mut |_, _| {});
    assert!(matches!(refused, Err(StoreError::Pack(PackError::RevokedKey))), "{refused:?}");
    assert!(store.installed_packs().expect("list").is_empty());
}
