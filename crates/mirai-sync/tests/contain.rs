//! Automerge panics stay contained: the 118-byte document from reliability.md §4 that panics
//! `Automerge::load`, panics inside nested work, and the `automerge_load` and `sync_message` fuzz
//! corpora (written here with `MIRAI_WRITE_FUZZ_SEEDS=1`, replayed on every run).

#[path = "../../../fuzz/fuzz_targets/realistic_doc.rs"]
mod realistic_doc;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Once;

use automerge::sync::{self, SyncDoc};
use automerge::transaction::{CommitOptions, Transactable};
use automerge::{ActorId, Automerge, AutomergeError, ObjType, ROOT, ReadDoc};
use mirai_sync::contain::{self, ContainError};
use realistic_doc::realistic_document;

/// reliability.md §4: found by fuzzing `Automerge::load` with automerge 0.12.0; hexane unwraps
/// an `InvalidNumber(IoError(UnexpectedEof))` while decoding a column.
const RELIABILITY_118_BYTES: &str = "856f4a833d40e3660365000303a9baea2a2635342b4f628c0000000026230b776572292d3361266e2b14010303030303030303fc033b0303030303032b03030103030303030303032303876f000027030303030303ffffffffffffff0303030303a9baea2a323535616e7365777765786e742a000100";

/// Found by the `automerge_load` target in its first 30 s: another unwrap in hexane, on a `None`
/// (`rle/decoder.rs:216`).
const HEXANE_RLE_112_BYTES: &str = "856f4a833d40e3660365000303a9baea2a2635342b4f628c0000000026230b776572292d3361266e2b14010303030303030303fc033b030303d803032b03030103030303030303032303876f0000270301000000000000353535616e7365777765786e742a0001ffffffffffffff5200";

/// Found by the `sync_message` target in its first 30 s, then cut down by hand: a sync message
/// (version 0x42, no heads, no needs) with one `have` whose Bloom filter claims one entry at zero
/// bits per entry. A document with changes checks them against the filter and divides by its
/// size, zero (`automerge-0.12.0/src/sync/bloom.rs:74`). Any peer allowed to read can send it.
const EMPTY_BLOOM_SYNC_MESSAGE: [u8; 10] = [0x42, 0x00, 0x00, 0x01, 0x00, 0x03, 0x01, 0x00, 0x01, 0x00];

fn unhex(hex: &str) -> Vec<u8> {
    (0..hex.len()).step_by(2).map(|at| u8::from_str_radix(&hex[at..at + 2], 16).expect("hex")).collect()
}

fn reproducer() -> Vec<u8> {
    unhex(RELIABILITY_118_BYTES)
}

/// Keeps the default hook's "thread panicked" lines for panics that are not contained, and drops
/// them for the ones these tests cause on purpose. Test code only: the library installs no hook.
fn quiet_contained_panics() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !contain::is_contained() {
                default(info);
            }
        }));
    });
}

#[test]
fn the_118_byte_document_is_an_error_not_an_abort() {
    quiet_contained_panics();
    let bytes = reproducer();
    assert_eq!(bytes.len(), 118);
    // It is a bundle chunk: `load_document` refuses it before automerge parses it.
    let refused = contain::load_document(&bytes).map(|_| ());
    assert_eq!(refused, Err(ContainError::Invalid("bundle chunks are not accepted".into())));
    // Were it to reach automerge 0.12.0, the load would panic; contained, that is an error too.
    // (A fixed automerge would return an error instead; this records what happens today.)
    let Err(ContainError::Panicked(message)) = contain::contained(|| Automerge::load(&bytes).map(|_| ())) else {
        panic!("automerge no longer panics on the reproducer");
    };
    assert!(message.contains("InvalidNumber"), "{message}");
    // The process is still here, and the next document loads.
    let saved = realistic_document().expect("the realistic document").save();
    assert!(contain::load_document(&saved).is_ok());
}

#[test]
fn a_second_load_panic_is_contained_too() {
    quiet_contained_panics();
    let bytes = unhex(HEXANE_RLE_112_BYTES);
    assert!(matches!(contain::load_document(&bytes), Err(ContainError::Invalid(_))), "a bundle, refused first");
    let result = contain::contained(|| Automerge::load(&bytes).map(|_| ()));
    assert!(matches!(&result, Err(ContainError::Panicked(m)) if m.contains("None")), "{result:?}");
}

#[test]
fn a_ten_byte_sync_message_panics_automerge_contained() {
    quiet_contained_panics();
    // It decodes, so the gate sees a read: it carries no changes.
    let message = sync::Message::decode(&EMPTY_BLOOM_SYNC_MESSAGE).expect("a well-formed sync message");
    assert!(message.changes.is_empty());
    // Receiving it is fine; the reply is where automerge divides by zero, checking the
    // document's changes against the filter. A document without changes has none to check.
    let receive_and_reply = |mut doc: Automerge| {
        let message = message.clone();
        contain::contained(move || {
            let mut state = sync::State::new();
            doc.receive_sync_message(&mut state, message).map(|()| doc.generate_sync_message(&mut state))
        })
    };
    assert!(matches!(receive_and_reply(Automerge::new()), Ok(Ok(_))));
    let outcome = receive_and_reply(realistic_document().expect("the realistic document")).map(|_| ());
    assert!(matches!(&outcome, Err(ContainError::Panicked(m)) if m.contains("divisor of zero")), "{outcome:?}");
}

#[test]
fn a_document_that_is_not_one_is_invalid() {
    for bytes in [&b"not an automerge document"[..], &[0x85, 0x6f, 0x4a, 0x83], &reproducer()[..40]] {
        assert!(matches!(contain::load_document(bytes), Err(ContainError::Invalid(_))), "{bytes:02x?}");
    }
    // Automerge reads no bytes at all as the empty document, not as an error.
    let empty = contain::load_document(b"").expect("no bytes load");
    assert!(empty.get_heads().is_empty());
}

#[test]
fn a_loaded_document_is_the_saved_one() {
    let original = realistic_document().expect("the realistic document");
    let loaded = contain::load_document(&original.save()).expect("a saved document loads");
    assert_eq!(loaded.get_heads(), original.get_heads());
    let (_, profile) = loaded.get(ROOT, "profile").ok().flatten().expect("the profile map");
    let city = loaded.get(&profile, "city").ok().flatten().map(|(value, _)| value.to_string());
    assert_eq!(city.as_deref(), Some("\"Hamamatsu\""));
}

#[test]
fn work_that_panics_halfway_is_reported_and_the_thread_goes_on() {
    quiet_contained_panics();
    let mut doc = realistic_document().expect("the realistic document");
    let result = contain::contained(|| {
        let mut tx = doc.transaction();
        tx.put(ROOT, "half", "done").expect("a put");
        panic!("automerge bug in the middle of a transaction");
    });
    assert_eq!(result, Err::<(), _>(ContainError::Panicked("automerge bug in the middle of a transaction".into())));
    assert!(!contain::is_contained());
    // Work that returns is passed through, errors included.
    assert_eq!(contain::contained(|| 41 + 1), Ok(42));
    let refused = contain::contained(|| Automerge::load(b"junk").map(|_| ()));
    assert!(matches!(refused, Ok(Err(_))));
}

#[test]
fn contained_panics_on_other_threads_stay_there() {
    quiet_contained_panics();
    let handles: Vec<_> = (0..4)
        .map(|i| std::thread::spawn(move || contain::contained(|| Automerge::load(&reproducer()).map(|_| i))))
        .collect();
    for handle in handles {
        let result = handle.join().expect("the thread did not die");
        assert!(matches!(result, Err(ContainError::Panicked(_))));
    }
}

// ---------------------------------------------------------------------------------------------
// The fuzz seeds.

fn corpus(target: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus").join(target)
}

fn commit(
    doc: &mut Automerge,
    time: i64,
    edit: impl FnOnce(&mut automerge::transaction::Transaction<'_>) -> Result<(), AutomergeError>,
) {
    doc.transact_with::<_, _, AutomergeError, _>(|_| CommitOptions::default().with_time(time), edit)
        .map_err(|failure| failure.error)
        .expect("an edit of a document the test built");
}

/// A phone that forked the server's copy and edited it offline: the map, the list, and the
/// marked text the server also has.
fn phone_with_offline_edits() -> Automerge {
    let mut phone = realistic_document().expect("the realistic document").with_actor(ActorId::from([0x33; 16]));
    commit(&mut phone, 1_767_312_000, |tx| {
        let (_, profile) = tx.get(ROOT, "profile")?.ok_or(AutomergeError::Fail)?;
        tx.put(&profile, "employer", "Suzuki Parts KK")?;
        tx.delete(&profile, "arrived")?;
        let (_, answers) = tx.get(ROOT, "answers")?.ok_or(AutomergeError::Fail)?;
        tx.insert(&answers, 0, "no")?;
        let (_, note) = tx.get(ROOT, "note")?.ok_or(AutomergeError::Fail)?;
        tx.splice_text(&note, 4, 6, "")?;
        tx.splice_text(&note, 10, 0, " (talked to union)")?;
        let visits = tx.put_object(ROOT, "visits", ObjType::List)?;
        tx.insert(&visits, 0, 1_767_312_000_i64)?;
        Ok(())
    });
    phone
}

/// A document the server has never seen.
fn unrelated_document() -> Automerge {
    let mut doc = Automerge::new().with_actor(ActorId::from([0x44; 16]));
    commit(&mut doc, 1_767_398_400, |tx| {
        let feed = tx.put_object(ROOT, "feed", ObjType::List)?;
        let post = tx.insert_object(&feed, 0, ObjType::Map)?;
        tx.put(&post, "title", "Minimum wage in Shizuoka rises in October")?;
        let body = tx.put_object(&post, "body", ObjType::Text)?;
        tx.splice_text(&body, 0, 0, "最低賃金が10月に上がります。")?;
        Ok(())
    });
    doc
}

/// The sync messages a peer holding `peer` sends a server holding `server`, in order, until both
/// have nothing more to say; and the server's document at the end.
fn exchange(mut peer: Automerge, mut server: Automerge) -> (Vec<Vec<u8>>, Automerge) {
    let (mut peer_state, mut server_state) = (sync::State::new(), sync::State::new());
    let mut sent = Vec::new();
    for _ in 0..10 {
        let from_peer = peer.generate_sync_message(&mut peer_state).map(sync::Message::encode);
        if let Some(bytes) = &from_peer {
            sent.push(bytes.clone());
            let message = sync::Message::decode(bytes).expect("automerge reads its own message");
            server.receive_sync_message(&mut server_state, message).expect("the server receives");
        }
        let from_server = server.generate_sync_message(&mut server_state);
        if let Some(message) = from_server.clone() {
            peer.receive_sync_message(&mut peer_state, message).expect("the peer receives");
        }
        if from_peer.is_none() && from_server.is_none() {
            break;
        }
    }
    (sent, server)
}

/// `sync_message` seeds, named `<peer>-<n>`: what each kind of peer sends the server holding the
/// realistic document. `automerge_load` seeds: saved documents and a bare change chunk. And in
/// both, the inputs known to panic automerge 0.12.0, named `*-panic`.
fn seeds() -> BTreeMap<(&'static str, String), Vec<u8>> {
    let server = realistic_document().expect("the realistic document");
    let mut seeds = BTreeMap::new();
    let peers = [
        ("empty-peer", Automerge::new().with_actor(ActorId::from([0x55; 16]))),
        ("same-document", server.clone().with_actor(ActorId::from([0x66; 16]))),
        ("offline-edits", phone_with_offline_edits()),
        ("unrelated-document", unrelated_document()),
    ];
    let mut merged = None;
    for (name, peer) in peers {
        let (sent, after) = exchange(peer, server.clone());
        for (n, message) in sent.into_iter().enumerate() {
            seeds.insert(("sync_message", format!("{name}-{n}")), message);
        }
        if name == "offline-edits" {
            merged = Some(after);
        }
    }
    let merged = merged.expect("the offline edits were synced");
    let phone = phone_with_offline_edits();
    seeds.insert(("automerge_load", "empty.automerge".into()), Automerge::new().save());
    seeds.insert(("automerge_load", "realistic.automerge".into()), server.save());
    seeds.insert(("automerge_load", "merged-offline-edits.automerge".into()), merged.save());
    seeds.insert(("automerge_load", "offline-edits-changes.bin".into()), phone.save_after(&server.get_heads()));
    seeds.insert(("automerge_load", "reliability-118-byte-panic".into()), reproducer());
    seeds.insert(("automerge_load", "hexane-rle-unwrap-panic".into()), unhex(HEXANE_RLE_112_BYTES));
    seeds.insert(("sync_message", "bloom-zero-bits-panic".into()), EMPTY_BLOOM_SYNC_MESSAGE.to_vec());
    seeds
}

/// Writes the seeds when `MIRAI_WRITE_FUZZ_SEEDS=1`; always replays both corpus directories,
/// seeds and anything added since.
#[test]
fn the_automerge_corpora_replay_cleanly() {
    quiet_contained_panics();
    let seeds = seeds();
    if std::env::var_os("MIRAI_WRITE_FUZZ_SEEDS").is_some() {
        for ((target, name), bytes) in &seeds {
            std::fs::create_dir_all(corpus(target)).expect("create the corpus directory");
            std::fs::write(corpus(target).join(name), bytes).expect("write a seed");
        }
    }
    for (target, name) in seeds.keys() {
        assert!(corpus(target).join(name).exists(), "seed {target}/{name} missing; run with MIRAI_WRITE_FUZZ_SEEDS=1");
    }

    // Exactly the inputs named `*-panic` panic automerge itself; `load_document` refuses them
    // first (they are bundles), and nothing in the corpus panics through it.
    let expect_panic = |entry: &std::fs::DirEntry| entry.file_name().to_string_lossy().ends_with("-panic");
    for entry in std::fs::read_dir(corpus("automerge_load")).expect("the corpus directory").flatten() {
        let bytes = std::fs::read(entry.path()).expect("read");
        let loaded = contain::load_document(&bytes);
        assert!(!matches!(loaded, Err(ContainError::Panicked(_))), "{}", entry.path().display());
        // Only the `*-panic` inputs go to automerge unguarded: the corpus also holds a bundle that
        // would exhaust memory (`bundle-oom-220-bytes`), which nothing may load raw.
        if expect_panic(&entry) {
            let raw = contain::contained(|| Automerge::load(&bytes).map(|_| ()));
            assert!(matches!(raw, Err(ContainError::Panicked(_))), "{}", entry.path().display());
        }
    }

    let server = realistic_document().expect("the realistic document");
    let mut applied = 0;
    for entry in std::fs::read_dir(corpus("sync_message")).expect("the corpus directory").flatten() {
        let bytes = std::fs::read(entry.path()).expect("read");
        let message = sync::Message::decode(&bytes).expect("a seed is a sync message");
        let mut doc = server.clone();
        let outcome = contain::contained(|| {
            let mut state = sync::State::new();
            let received = doc.receive_sync_message(&mut state, message);
            doc.generate_sync_message(&mut state);
            received
        });
        if expect_panic(&entry) {
            assert!(matches!(outcome, Err(ContainError::Panicked(_))), "{}: {outcome:?}", entry.path().display());
            continue;
        }
        assert!(matches!(outcome, Ok(Ok(()))), "{}: {outcome:?}", entry.path().display());
        if doc.get_heads() != server.get_heads() {
            applied += 1;
        }
    }
    // The offline edits build on the server's heads, and the unrelated document on nothing, so
    // both apply to a fresh copy: the fuzzer starts from messages that reach the change graph.
    assert!(applied >= 2, "only {applied} seeds changed the document");
}

/// Found by the `automerge_load` fuzz target: a 220-byte bundle chunk whose column automerge
/// 0.12 expands to gigabytes (an abort no `catch_unwind` can stop). Refused before automerge.
const BUNDLE_THAT_ASKS_FOR_GIGABYTES: &str = include_str!("bundle-oom-220-bytes.hex");

#[test]
fn a_bundle_that_would_exhaust_memory_is_refused_before_automerge_sees_it() {
    let bytes = unhex(BUNDLE_THAT_ASKS_FOR_GIGABYTES.trim());
    assert_eq!(bytes.len(), 220);
    let result = contain::load_document(&bytes).map(|_| ());
    assert_eq!(result, Err(ContainError::Invalid("bundle chunks are not accepted".into())));
    // The same chunk inside a sync message: the gate refuses the message.
    let message = sync::Message {
        heads: Vec::new(),
        need: Vec::new(),
        have: Vec::new(),
        changes: vec![bytes].into(),
        flags: None,
        version: sync::MessageVersion::V1,
    };
    let frame = mirai_sync::frame::Frame {
        kind: mirai_sync::frame::Kind::Sync,
        sender_id: None,
        target_id: None,
        document_id: None,
        data: Some(message.encode()),
    };
    assert!(frame.carries_changes().is_err());
}

#[test]
fn the_gate_refuses_the_ten_byte_message_before_it_can_panic_a_reply() {
    let frame = mirai_sync::frame::Frame {
        kind: mirai_sync::frame::Kind::Sync,
        sender_id: None,
        target_id: None,
        document_id: None,
        data: Some(EMPTY_BLOOM_SYNC_MESSAGE.to_vec()),
    };
    assert!(frame.carries_changes().is_err(), "a Bloom filter with entries but no bits is refused");
}
