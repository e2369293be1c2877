//! Reading automerge-repo frames as the server's access gate does: real frames as samod-core and
//! automerge-repo write them, every way a frame can be malformed, and properties over generated
//! and mutated frames. Also writes and replays the `sync_frame` fuzz seeds.

use std::collections::BTreeMap;
use std::convert::Infallible;
use std::str::FromStr;

use automerge::sync::{self, SyncDoc};
use automerge::transaction::{CommitOptions, Transactable};
use automerge::{ActorId, Automerge, AutomergeError, ROOT};
use minicbor::Encoder;
use mirai_sync::frame::{self, Frame, FrameError, Kind, MAX_DEPTH, MAX_FRAME_BYTES, MAX_ID_BYTES};
use proptest::prelude::*;

// ---------------------------------------------------------------------------------------------
// Writing CBOR the way the other end does.

/// A CBOR value, including the forms automerge-repo never sends but a peer could.
#[derive(Debug, Clone)]
enum Val {
    Uint(u64),
    Neg(i64),
    Bytes(Vec<u8>),
    Text(String),
    TextChunks(Vec<String>),
    BytesChunks(Vec<Vec<u8>>),
    Array(Vec<Val>),
    ArrayIndef(Vec<Val>),
    Map(Vec<(Val, Val)>),
    MapIndef(Vec<(Val, Val)>),
    Tag(u64, Box<Val>),
    Bool(bool),
    Null,
    Undefined,
    F64(f64),
    Half(u16),
    Simple(u8),
}

fn t(text: &str) -> Val {
    Val::Text(text.to_owned())
}

fn put(e: &mut Encoder<Vec<u8>>, value: &Val) -> Result<(), minicbor::encode::Error<Infallible>> {
    match value {
        Val::Uint(n) => drop(e.u64(*n)?),
        Val::Neg(n) => drop(e.i64(*n)?),
        Val::Bytes(b) => drop(e.bytes(b)?),
        Val::Text(s) => drop(e.str(s)?),
        Val::TextChunks(chunks) => {
            e.begin_str()?;
            for chunk in chunks {
                e.str(chunk)?;
            }
            e.end()?;
        }
        Val::BytesChunks(chunks) => {
            e.begin_bytes()?;
            for chunk in chunks {
                e.bytes(chunk)?;
            }
            e.end()?;
        }
        Val::Array(items) => {
            e.array(items.len() as u64)?;
            for item in items {
                put(e, item)?;
            }
        }
        Val::ArrayIndef(items) => {
            e.begin_array()?;
            for item in items {
                put(e, item)?;
            }
            e.end()?;
        }
        Val::Map(entries) => {
            e.map(entries.len() as u64)?;
            for (key, value) in entries {
                put(e, key)?;
                put(e, value)?;
            }
        }
        Val::MapIndef(entries) => {
            e.begin_map()?;
            for (key, value) in entries {
                put(e, key)?;
                put(e, value)?;
            }
            e.end()?;
        }
        Val::Tag(tag, inner) => {
            e.tag(minicbor::data::Tag::new(*tag))?;
            put(e, inner)?;
        }
        Val::Bool(b) => drop(e.bool(*b)?),
        Val::Null => drop(e.null()?),
        Val::Undefined => drop(e.undefined()?),
        Val::F64(x) => drop(e.f64(*x)?),
        Val::Half(bits) => {
            let [hi, lo] = bits.to_be_bytes();
            e.writer_mut().extend_from_slice(&[0xf9, hi, lo]);
        }
        Val::Simple(n) => drop(e.simple(*n)?),
    }
    Ok(())
}

fn cbor(value: &Val) -> Vec<u8> {
    let mut e = Encoder::new(Vec::new());
    put(&mut e, value).expect("writing to a Vec cannot fail");
    e.into_writer()
}

/// A frame: a definite-length map with text keys, in the order given.
fn frame(entries: &[(&str, Val)]) -> Vec<u8> {
    cbor(&Val::Map(entries.iter().map(|(key, value)| (t(key), value.clone())).collect()))
}

const SERVER: &str = "server-peer-1";
const PEER: &str = "peer-8d1e3a";

fn doc_id(byte: u8) -> String {
    samod_core::DocumentId::try_from(vec![byte; 16]).expect("16 bytes are a document id").to_string()
}

/// A `sync` (or `request`) frame laid out as samod-core writes it.
fn sync_frame(kind: &str, document: &str, data: &[u8]) -> Vec<u8> {
    frame(&[
        ("type", t(kind)),
        ("documentId", t(document)),
        ("senderId", t(PEER)),
        ("targetId", t(SERVER)),
        ("data", Val::Bytes(data.to_vec())),
    ])
}

fn decode(bytes: &[u8]) -> Frame {
    frame::decode(bytes).unwrap_or_else(|error| panic!("{error}: {bytes:02x?}"))
}

// ---------------------------------------------------------------------------------------------
// Real Automerge sync messages.

fn doc_with_changes(actor: u8) -> Automerge {
    let mut doc = Automerge::new().with_actor(ActorId::from([actor; 16]));
    doc.transact_with::<_, _, AutomergeError, _>(
        |_| CommitOptions::default().with_time(1_767_225_600),
        |tx| {
            tx.put(ROOT, "name", "Lan")?;
            tx.put(ROOT, "visits", 3_i64)?;
            Ok(())
        },
    )
    .expect("a transaction on a fresh document");
    doc
}

/// What `peer` sends a server that starts empty: its first message (heads and a Bloom filter
/// of what it has), then, once the server has answered what it lacks, its second.
fn hello_then_reply(peer: &Automerge) -> [Vec<u8>; 2] {
    let mut server = Automerge::new().with_actor(ActorId::from([0xee; 16]));
    let (mut peer_state, mut server_state) = (sync::State::new(), sync::State::new());
    let hello = peer.generate_sync_message(&mut peer_state).expect("a first message always goes out");
    server.receive_sync_message(&mut server_state, hello.clone()).expect("the server reads it");
    let mut peer = peer.clone();
    if let Some(answer) = server.generate_sync_message(&mut server_state) {
        peer.receive_sync_message(&mut peer_state, answer).expect("the peer reads the answer");
    }
    let second = peer.generate_sync_message(&mut peer_state).map(sync::Message::encode).unwrap_or_default();
    [hello.encode(), second]
}

fn carries(data: &[u8]) -> Result<bool, FrameError> {
    decode(&sync_frame("sync", &doc_id(1), data)).carries_changes()
}

#[test]
fn a_sync_frame_whose_message_carries_changes_is_a_write() {
    let sent = hello_then_reply(&doc_with_changes(0x11));
    // Automerge first sends heads and a Bloom filter; the changes follow once the server has said
    // what it lacks. So the second message is the write, the first one a read.
    assert_eq!(sent.each_ref().map(|data| carries(data)), [Ok(false), Ok(true)]);
    let frame = decode(&sync_frame("sync", &doc_id(1), &sent[1]));
    assert_eq!(frame.kind, Kind::Sync);
    assert_eq!(frame.data.as_deref(), Some(sent[1].as_slice()));
}

#[test]
fn a_peer_with_an_empty_document_sends_no_changes() {
    let [hello, second] = hello_then_reply(&Automerge::new().with_actor(ActorId::from([0x12; 16])));
    assert_eq!(carries(&hello), Ok(false));
    // With nothing to send, the peer is done after its first message.
    assert!(second.is_empty());
}

#[test]
fn a_request_carrying_changes_is_a_write_too() {
    // samod-core applies the sync message of a `request` exactly like that of a `sync`.
    let sent = hello_then_reply(&doc_with_changes(0x13));
    let frame = decode(&sync_frame("request", &doc_id(1), &sent[1]));
    assert_eq!(frame.kind, Kind::Request);
    assert_eq!(frame.carries_changes(), Ok(true));
    assert_eq!(decode(&sync_frame("request", &doc_id(1), &sent[0])).carries_changes(), Ok(false));
}

#[test]
fn an_undecodable_sync_payload_is_an_error_not_a_read() {
    for data in [&b""[..], b"\x42", b"\x42\xff\xff\xff\xff\xff\xff\xff\xff\xff\x0f", b"not a sync message"] {
        assert!(matches!(carries(data), Err(FrameError::SyncMessage(_))), "{data:02x?}");
    }
}

#[test]
fn frames_other_than_request_and_sync_never_carry_changes() {
    let ephemeral = frame(&[
        ("type", t("ephemeral")),
        ("senderId", t(PEER)),
        ("targetId", t(SERVER)),
        ("count", Val::Uint(1)),
        ("sessionId", t("s1")),
        ("documentId", t(&doc_id(1))),
        // Not a sync message, and not read as one.
        ("data", Val::Bytes(b"\x42garbage".to_vec())),
    ]);
    assert_eq!(decode(&ephemeral).carries_changes(), Ok(false));
}

#[test]
fn a_join_frame_with_peer_metadata() {
    let samod = frame(&[
        ("type", t("join")),
        ("senderId", t(PEER)),
        ("supportedProtocolVersions", Val::Array(vec![t("1")])),
        (
            "peerMetadata",
            Val::Map(vec![(t("storageId"), t("3760df37-a4c6-4f66")), (t("isEphemeral"), Val::Bool(false))]),
        ),
    ]);
    let expected =
        Frame { kind: Kind::Join, sender_id: Some(PEER.into()), target_id: None, document_id: None, data: None };
    assert_eq!(decode(&samod), expected);
    // cbor-x in the browser writes `undefined` for a missing storage id and floats for numbers.
    let browser = frame(&[
        ("senderId", t(PEER)),
        ("type", t("join")),
        ("peerMetadata", Val::Map(vec![(t("storageId"), Val::Undefined), (t("isEphemeral"), Val::Bool(true))])),
        ("supportedProtocolVersions", Val::Array(vec![t("1")])),
        ("timestamp", Val::F64(1.767e12)),
    ]);
    assert_eq!(decode(&browser), expected);
    assert_eq!(decode(&browser).carries_changes(), Ok(false));
}

/// One frame of each kind with every field samod-core writes for it.
fn samod_frames() -> Vec<(Kind, Vec<u8>)> {
    let doc = doc_id(7);
    let new_heads = Val::Map(vec![(
        t("storage-1"),
        Val::Map(vec![(t("heads"), Val::Array(vec![t("3q2+7w==")])), (t("timestamp"), Val::Uint(1_767_225_600_000))]),
    )]);
    vec![
        (
            Kind::Join,
            frame(&[
                ("type", t("join")),
                ("senderId", t(PEER)),
                ("supportedProtocolVersions", Val::Array(vec![t("1")])),
                (
                    "peerMetadata",
                    Val::Map(vec![(t("storageId"), t("storage-1")), (t("isEphemeral"), Val::Bool(false))]),
                ),
            ]),
        ),
        (
            Kind::Peer,
            frame(&[
                ("type", t("peer")),
                ("senderId", t(SERVER)),
                ("selectedProtocolVersion", t("1")),
                ("targetId", t(PEER)),
                ("peerMetadata", Val::Map(vec![(t("isEphemeral"), Val::Bool(false))])),
            ]),
        ),
        (Kind::Leave, frame(&[("type", t("leave")), ("senderId", t(PEER))])),
        (Kind::Request, sync_frame("request", &doc, b"\x42\x00\x00\x01\x00\x00\x00")),
        (Kind::Sync, sync_frame("sync", &doc, b"\x42\x00\x00\x01\x00\x00\x00")),
        (Kind::DocUnavailable, frame::doc_unavailable(SERVER, PEER, &doc)),
        (
            Kind::Ephemeral,
            frame(&[
                ("type", t("ephemeral")),
                ("senderId", t(PEER)),
                ("targetId", t(SERVER)),
                ("count", Val::Uint(4)),
                ("sessionId", t("session-1")),
                ("documentId", t(&doc)),
                ("data", Val::Bytes(cbor(&Val::Map(vec![(t("cursor"), Val::Uint(12))])))),
            ]),
        ),
        (
            Kind::RemoteSubscriptionChange,
            frame(&[
                ("type", t("remote-subscription-change")),
                ("senderId", t(PEER)),
                ("targetId", t(SERVER)),
                ("add", Val::Array(vec![t("storage-1")])),
                ("remove", Val::Array(vec![])),
            ]),
        ),
        (
            Kind::RemoteHeadsChanged,
            frame(&[
                ("type", t("remote-heads-changed")),
                ("senderId", t(SERVER)),
                ("targetId", t(PEER)),
                ("documentId", t(&doc)),
                ("newHeads", new_heads),
            ]),
        ),
        (Kind::Error, frame(&[("type", t("error")), ("message", t("unsupported protocol version"))])),
    ]
}

#[test]
fn every_kind_decodes_as_samod_core_writes_it() {
    let frames = samod_frames();
    assert_eq!(frames.iter().map(|(kind, _)| *kind).collect::<Vec<_>>(), Kind::ALL);
    for (kind, bytes) in frames {
        let frame = decode(&bytes);
        assert_eq!(frame.kind, kind);
        let has = |field: &Option<String>| field.is_some();
        match kind {
            Kind::Error => assert!(!has(&frame.sender_id) && !has(&frame.target_id)),
            Kind::Join | Kind::Leave => assert!(has(&frame.sender_id) && !has(&frame.target_id)),
            _ => assert!(has(&frame.sender_id) && has(&frame.target_id)),
        }
        if matches!(
            kind,
            Kind::Request | Kind::Sync | Kind::DocUnavailable | Kind::Ephemeral | Kind::RemoteHeadsChanged
        ) {
            assert_eq!(frame.document_id, Some(doc_id(7)), "{kind}");
        }
    }
}

#[test]
fn the_fields_each_kind_needs_are_required() {
    let needs: [(Kind, &[&str]); 10] = [
        (Kind::Join, &["senderId"]),
        (Kind::Peer, &["senderId", "targetId"]),
        (Kind::Leave, &["senderId"]),
        (Kind::Request, &["senderId", "targetId", "documentId", "data"]),
        (Kind::Sync, &["senderId", "targetId", "documentId", "data"]),
        (Kind::DocUnavailable, &["senderId", "targetId", "documentId"]),
        (Kind::Ephemeral, &["senderId", "targetId", "documentId", "data"]),
        (Kind::RemoteSubscriptionChange, &["senderId", "targetId"]),
        (Kind::RemoteHeadsChanged, &["senderId", "targetId", "documentId"]),
        (Kind::Error, &[]),
    ];
    let all = [
        ("senderId", t(PEER)),
        ("targetId", t(SERVER)),
        ("documentId", t(&doc_id(3))),
        ("data", Val::Bytes(vec![0x42])),
    ];
    for (kind, required) in needs {
        let with = |fields: &[(&str, Val)]| {
            let mut entries = vec![("type", t(kind.as_str()))];
            entries.extend(fields.iter().cloned());
            frame::decode(&frame(&entries))
        };
        assert!(with(&all).is_ok(), "{kind} with every field");
        for field in ["senderId", "targetId", "documentId", "data"] {
            let without: Vec<_> = all.iter().filter(|(name, _)| *name != field).cloned().collect();
            let result = with(&without);
            if required.contains(&field) {
                assert_eq!(result, Err(FrameError::MissingField(field)), "{kind} without {field}");
            } else {
                assert!(result.is_ok(), "{kind} without {field}: {result:?}");
            }
        }
    }
}

#[test]
fn a_frame_without_a_known_type_is_refused() {
    assert_eq!(frame::decode(&frame(&[("senderId", t(PEER))])), Err(FrameError::MissingType));
    assert_eq!(frame::decode(&frame(&[("type", Val::Uint(1))])), Err(FrameError::WrongType("type")));
    assert_eq!(
        frame::decode(&frame(&[("type", Val::TextChunks(vec!["sy".into(), "nc".into()]))])),
        Err(FrameError::WrongType("type"))
    );
    assert_eq!(frame::decode(&frame(&[("type", t("Sync"))])), Err(FrameError::UnknownType("Sync".into())));
    let long = format!("{}{}", "é".repeat(60), "x".repeat(1000));
    let Err(FrameError::UnknownType(quoted)) = frame::decode(&frame(&[("type", t(&long))])) else {
        panic!("an unknown type is refused");
    };
    assert_eq!(quoted, format!("{}xxxx", "é".repeat(60)));
}

#[test]
fn only_one_definite_length_map_is_a_frame() {
    let leave = frame(&[("type", t("leave")), ("senderId", t(PEER))]);
    for trailing in [&[0x00][..], &[0xa0], &leave] {
        let bytes = [leave.as_slice(), trailing].concat();
        assert_eq!(frame::decode(&bytes), Err(FrameError::TrailingBytes(trailing.len())));
    }
    let indefinite = cbor(&Val::MapIndef(vec![(t("type"), t("leave")), (t("senderId"), t(PEER))]));
    assert_eq!(frame::decode(&indefinite), Err(FrameError::NotAMap));
    assert_eq!(frame::decode(&cbor(&Val::Array(vec![t("leave")]))), Err(FrameError::NotAMap));
    assert_eq!(frame::decode(&cbor(&Val::Tag(55799, Box::new(Val::Map(vec![]))))), Err(FrameError::NotAMap));
    assert!(matches!(frame::decode(&[]), Err(FrameError::Cbor(_))));
    assert!(matches!(frame::decode(&leave[..leave.len() - 1]), Err(FrameError::Cbor(_))));
    let int_key = cbor(&Val::Map(vec![(t("type"), t("leave")), (Val::Uint(1), t(PEER))]));
    assert_eq!(frame::decode(&int_key), Err(FrameError::KeyNotText));
}

#[test]
fn frames_over_the_limit_are_refused_before_parsing() {
    // Not CBOR at all: the size is checked first.
    assert_eq!(frame::decode(&vec![0xff; MAX_FRAME_BYTES + 1]), Err(FrameError::TooLarge(MAX_FRAME_BYTES + 1)));
    // A valid frame of exactly the limit passes; one byte more does not.
    let overhead = sync_frame("sync", &doc_id(1), &[]).len() + 4;
    let at_limit = sync_frame("sync", &doc_id(1), &vec![0; MAX_FRAME_BYTES - overhead]);
    assert_eq!(at_limit.len(), MAX_FRAME_BYTES);
    assert_eq!(decode(&at_limit).data.map(|d| d.len()), Some(MAX_FRAME_BYTES - overhead));
    let over = sync_frame("sync", &doc_id(1), &vec![0; MAX_FRAME_BYTES - overhead + 1]);
    assert_eq!(frame::decode(&over), Err(FrameError::TooLarge(MAX_FRAME_BYTES + 1)));
}

#[test]
fn a_repeated_key_is_refused() {
    // samod-core would keep the second documentId; the gate must not see the first.
    let two_documents = frame(&[
        ("type", t("sync")),
        ("documentId", t(&doc_id(1))),
        ("senderId", t(PEER)),
        ("targetId", t(SERVER)),
        ("data", Val::Bytes(vec![0x42])),
        ("documentId", t(&doc_id(2))),
    ]);
    assert_eq!(frame::decode(&two_documents), Err(FrameError::DuplicateKey("documentId".into())));
    let two_types = frame(&[("type", t("leave")), ("senderId", t(PEER)), ("type", t("join"))]);
    assert_eq!(frame::decode(&two_types), Err(FrameError::DuplicateKey("type".into())));
    let skipped_twice = frame(&[("type", t("leave")), ("senderId", t(PEER)), ("x", Val::Null), ("x", Val::Null)]);
    assert_eq!(frame::decode(&skipped_twice), Err(FrameError::DuplicateKey("x".into())));
}

fn nested(levels: usize, innermost: Val, wrap: fn(Val) -> Val) -> Val {
    (0..levels).fold(innermost, |inner, _| wrap(inner))
}

fn leave_with(extra: Val) -> Vec<u8> {
    frame(&[("type", t("leave")), ("senderId", t(PEER)), ("extra", extra)])
}

#[test]
fn nesting_deeper_than_the_cap_is_refused() {
    // The frame's map is level 1 and the extra value level 2, so 30 wrappers put the null inside
    // them at level 32.
    let wraps: [fn(Val) -> Val; 4] = [
        |v| Val::Array(vec![v]),
        |v| Val::ArrayIndef(vec![v]),
        |v| Val::Map(vec![(t("k"), v)]),
        |v| Val::Tag(1, Box::new(v)),
    ];
    for wrap in wraps {
        assert!(frame::decode(&leave_with(nested(MAX_DEPTH - 2, Val::Null, wrap))).is_ok());
        assert_eq!(frame::decode(&leave_with(nested(MAX_DEPTH - 1, Val::Null, wrap))), Err(FrameError::TooDeep));
    }
    // Nesting in a map's key counts too.
    let in_key = Val::Map(vec![(nested(MAX_DEPTH, Val::Null, |v| Val::Array(vec![v])), Val::Null)]);
    assert_eq!(frame::decode(&leave_with(in_key)), Err(FrameError::TooDeep));
    // A million nested arrays, the most a frame can hold, do not exhaust the stack.
    let mut deep = frame(&[("type", t("leave")), ("senderId", t(PEER))]);
    deep[0] += 1;
    deep.extend_from_slice(&cbor(&t("extra")));
    deep.resize(MAX_FRAME_BYTES, 0x81);
    assert_eq!(frame::decode(&deep), Err(FrameError::TooDeep));
}

#[test]
fn unknown_keys_of_every_cbor_type_are_skipped() {
    let everything = Val::Array(vec![
        Val::Uint(u64::MAX),
        Val::Neg(i64::MIN),
        Val::Bytes(vec![1, 2, 3]),
        t("テキスト"),
        Val::TextChunks(vec!["in ".into(), "parts".into()]),
        Val::BytesChunks(vec![vec![1], vec![], vec![2, 3]]),
        Val::ArrayIndef(vec![Val::Null, Val::MapIndef(vec![(Val::Uint(1), Val::Undefined)])]),
        Val::Map(vec![(Val::Array(vec![]), Val::Bool(true)), (Val::Neg(-1), Val::F64(f64::NAN))]),
        Val::Tag(0, Box::new(t("2026-01-01T00:00:00Z"))),
        Val::Half(0x3c00),
        Val::Simple(0),
        Val::Simple(255),
    ]);
    let bytes = frame(&[
        ("before", everything.clone()),
        ("type", t("leave")),
        ("senderId", t(PEER)),
        ("after", Val::MapIndef(vec![(t("nested"), everything)])),
    ]);
    assert_eq!(decode(&bytes).sender_id.as_deref(), Some(PEER));
}

#[test]
fn malformed_skipped_values_are_refused() {
    let leave = |extra: &[u8]| {
        let mut bytes = frame(&[("type", t("leave")), ("senderId", t(PEER))]);
        bytes[0] += 1;
        bytes.extend_from_slice(&cbor(&t("extra")));
        bytes.extend_from_slice(extra);
        bytes
    };
    assert!(frame::decode(&leave(&[0xf6])).is_ok(), "the helper makes a valid frame");
    let malformed: [&[u8]; 10] = [
        &[0x1c],                                                       // reserved additional information
        &[0xfc],                                                       // reserved simple/float
        &[0xff],                                                       // break outside an indefinite item
        &[0x82, 0x01, 0xff],                                           // break inside a definite array
        &[0x62, 0xc3, 0x28],                                           // text that is not UTF-8
        &[0x7f, 0x41, 0x00, 0xff],                                     // a byte chunk in an indefinite text
        &[0x5f, 0x5f, 0xff, 0xff],                                     // an indefinite chunk in indefinite bytes
        &[0xbf, 0x01, 0xff],                                           // an indefinite map ending after a key
        &[0xf8, 0x05],                                                 // a two-byte simple value below 32
        &[0x9b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00], // a huge array, cut short
    ];
    for extra in malformed {
        assert!(matches!(frame::decode(&leave(extra)), Err(FrameError::Cbor(_))), "{extra:02x?}");
    }
}

#[test]
fn the_fields_the_gate_reads_must_have_their_cbor_type() {
    let with = |field: &'static str, value: Val| {
        let mut entries = vec![
            ("type", t("sync")),
            ("documentId", t(&doc_id(1))),
            ("senderId", t(PEER)),
            ("targetId", t(SERVER)),
            ("data", Val::Bytes(vec![0x42])),
        ];
        for entry in &mut entries {
            if entry.0 == field {
                entry.1 = value.clone();
            }
        }
        frame::decode(&frame(&entries))
    };
    assert_eq!(with("senderId", Val::Uint(7)), Err(FrameError::WrongType("senderId")));
    assert_eq!(with("targetId", Val::Bytes(PEER.into())), Err(FrameError::WrongType("targetId")));
    assert_eq!(with("senderId", Val::TextChunks(vec![PEER.into()])), Err(FrameError::WrongType("senderId")));
    assert_eq!(with("documentId", Val::Null), Err(FrameError::WrongType("documentId")));
    assert_eq!(with("data", t("base64 is not bytes")), Err(FrameError::WrongType("data")));
    assert_eq!(with("data", Val::BytesChunks(vec![vec![0x42]])), Err(FrameError::WrongType("data")));
    assert_eq!(with("data", Val::Tag(24, Box::new(Val::Bytes(vec![0x42])))), Err(FrameError::WrongType("data")));
}

#[test]
fn ids_longer_than_the_cap_are_refused() {
    let leave = |sender: &str| frame::decode(&frame(&[("type", t("leave")), ("senderId", t(sender))]));
    assert!(leave(&"p".repeat(MAX_ID_BYTES)).is_ok());
    assert_eq!(leave(&"p".repeat(MAX_ID_BYTES + 1)), Err(FrameError::TooLong("senderId")));
    let long_doc = frame(&[("type", t("leave")), ("senderId", t(PEER)), ("documentId", t(&"1".repeat(300)))]);
    assert_eq!(frame::decode(&long_doc), Err(FrameError::TooLong("documentId")));
    let long_target = frame(&[("type", t("peer")), ("senderId", t(PEER)), ("targetId", t(&"é".repeat(129)))]);
    assert_eq!(frame::decode(&long_target), Err(FrameError::TooLong("targetId")));
}

#[test]
fn document_ids_are_read_in_their_canonical_spelling() {
    let uuid = [0x3b, 0x24, 0x1b, 0x10, 0x5c, 0x6a, 0x4e, 0x2f, 0x9d, 0x14, 0x7a, 0x1e, 0x20, 0x42, 0x8c, 0x01];
    let canonical = samod_core::DocumentId::try_from(uuid.to_vec()).expect("a document id").to_string();
    let spellings = [
        t(&canonical),
        Val::Bytes(uuid.to_vec()),
        t("3b241b10-5c6a-4e2f-9d14-7a1e20428c01"),
        t("3B241B10-5C6A-4E2F-9D14-7A1E20428C01"),
        t("3b241b105c6a4e2f9d147a1e20428c01"),
        t("urn:uuid:3b241b10-5c6a-4e2f-9d14-7a1e20428c01"),
    ];
    for spelling in spellings {
        let sync = frame(&[
            ("type", t("sync")),
            ("documentId", spelling.clone()),
            ("senderId", t(PEER)),
            ("targetId", t(SERVER)),
            ("data", Val::Bytes(vec![0x42])),
        ]);
        assert_eq!(decode(&sync).document_id.as_deref(), Some(canonical.as_str()), "{spelling:?}");
    }
    for bad in [t(""), t("not-a-document"), Val::Bytes(vec![1; 15]), t(&canonical[..canonical.len() - 1])] {
        let sync = sync_frame_with_document(bad.clone());
        assert!(matches!(frame::decode(&sync), Err(FrameError::InvalidDocumentId(_))), "{bad:?}");
    }
}

fn sync_frame_with_document(document: Val) -> Vec<u8> {
    frame(&[
        ("type", t("sync")),
        ("documentId", document),
        ("senderId", t(PEER)),
        ("targetId", t(SERVER)),
        ("data", Val::Bytes(vec![0x42])),
    ])
}

#[test]
fn doc_unavailable_is_what_samod_core_writes() {
    // samod-core's encoder: map(4), then type, senderId, targetId, documentId, all text.
    let document = doc_id(9);
    let mut samod = Encoder::new(Vec::new());
    samod
        .map(4)
        .and_then(|e| e.str("type")?.str("doc-unavailable"))
        .and_then(|e| e.str("senderId")?.str(SERVER))
        .and_then(|e| e.str("targetId")?.str(PEER))
        .and_then(|e| e.str("documentId")?.str(&document))
        .expect("writing to a Vec cannot fail");
    let ours = frame::doc_unavailable(SERVER, PEER, &document);
    assert_eq!(ours, samod.into_writer());
    let read = decode(&ours);
    assert_eq!(
        read,
        Frame {
            kind: Kind::DocUnavailable,
            sender_id: Some(SERVER.into()),
            target_id: Some(PEER.into()),
            document_id: Some(document.clone()),
            data: None,
        }
    );
    // samod-core parses the document id with `DocumentId::from_str` and writes it back the same.
    let parsed = samod_core::DocumentId::from_str(read.document_id.as_deref().unwrap_or_default());
    assert_eq!(parsed.map(|id| id.to_string()).ok(), Some(document));
}

// ---------------------------------------------------------------------------------------------
// Properties.

fn any_val() -> impl Strategy<Value = Val> {
    let leaf = prop_oneof![
        any::<u64>().prop_map(Val::Uint),
        (i64::MIN..0).prop_map(Val::Neg),
        proptest::collection::vec(any::<u8>(), 0..8).prop_map(Val::Bytes),
        "\\PC{0,8}".prop_map(Val::Text),
        proptest::collection::vec("\\PC{0,4}", 0..3).prop_map(Val::TextChunks),
        proptest::collection::vec(proptest::collection::vec(any::<u8>(), 0..4), 0..3).prop_map(Val::BytesChunks),
        any::<bool>().prop_map(Val::Bool),
        Just(Val::Null),
        Just(Val::Undefined),
        any::<f64>().prop_map(Val::F64),
        any::<u16>().prop_map(Val::Half),
        prop_oneof![0u8..20, 32u8..=255].prop_map(Val::Simple),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Val::Array),
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Val::ArrayIndef),
            proptest::collection::vec((inner.clone(), inner.clone()), 0..4).prop_map(Val::Map),
            proptest::collection::vec((inner.clone(), inner.clone()), 0..4).prop_map(Val::MapIndef),
            (any::<u64>(), inner).prop_map(|(tag, v)| Val::Tag(tag, Box::new(v))),
        ]
    })
}

fn required(kind: Kind) -> [bool; 4] {
    // senderId, targetId, documentId, data
    match kind {
        Kind::Join | Kind::Leave => [true, false, false, false],
        Kind::Peer | Kind::RemoteSubscriptionChange => [true, true, false, false],
        Kind::Request | Kind::Sync | Kind::Ephemeral => [true, true, true, true],
        Kind::DocUnavailable | Kind::RemoteHeadsChanged => [true, true, true, false],
        Kind::Error => [false, false, false, false],
    }
}

/// A valid frame as bytes, and the [`Frame`] it must decode to.
fn any_frame() -> impl Strategy<Value = (Vec<u8>, Frame)> {
    let id = "[a-zA-Z0-9-]{1,40}|\\PC{1,20}";
    (
        proptest::sample::select(Kind::ALL.to_vec()),
        proptest::option::of(id),
        proptest::option::of(id),
        proptest::option::of((any::<[u8; 16]>(), 0..3u8)),
        proptest::option::of(proptest::collection::vec(any::<u8>(), 0..64)),
        proptest::collection::btree_map("x-[a-z]{1,8}", any_val(), 0..4),
        any::<u64>(),
    )
        .prop_flat_map(|(kind, sender, target, document, data, extras, fill)| {
            let need = required(kind);
            let sender = sender.or_else(|| need[0].then(|| format!("peer-{fill}")));
            let target = target.or_else(|| need[1].then(|| format!("target-{fill}")));
            let document = document.or_else(|| need[2].then_some(([7; 16], 0)));
            let data = data.or_else(|| need[3].then(Vec::new));
            let mut entries = vec![(t("type"), t(kind.as_str()))];
            entries.extend(sender.iter().map(|s| (t("senderId"), t(s))));
            entries.extend(target.iter().map(|s| (t("targetId"), t(s))));
            let canonical = document
                .map(|(uuid, _)| samod_core::DocumentId::try_from(uuid.to_vec()).expect("16 bytes").to_string());
            if let (Some((uuid, spelling)), Some(canonical)) = (document, &canonical) {
                let value = match spelling {
                    0 => t(canonical),
                    1 => Val::Bytes(uuid.to_vec()),
                    _ => t(&hyphenated(uuid)),
                };
                entries.push((t("documentId"), value));
            }
            entries.extend(data.iter().map(|d| (t("data"), Val::Bytes(d.clone()))));
            entries.extend(extras.into_iter().map(|(key, value)| (t(&key), value)));
            let expected = Frame { kind, sender_id: sender, target_id: target, document_id: canonical, data };
            (Just(entries).prop_shuffle(), Just(expected))
        })
        .prop_map(|(entries, expected)| (cbor(&Val::Map(entries)), expected))
}

/// The legacy UUID spelling samod-core still accepts for a document id.
fn hyphenated(uuid: [u8; 16]) -> String {
    let hex: String = uuid.iter().map(|byte| format!("{byte:02x}")).collect();
    format!("{}-{}-{}-{}-{}", &hex[..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..])
}

#[derive(Debug, Clone)]
enum Mutation {
    Flip(usize, u8),
    Insert(usize, u8),
    Remove(usize),
    Truncate(usize),
}

fn mutate(bytes: &mut Vec<u8>, mutations: &[Mutation]) {
    for mutation in mutations {
        let len = bytes.len().max(1);
        match *mutation {
            Mutation::Flip(at, mask) => {
                if let Some(byte) = bytes.get_mut(at % len) {
                    *byte ^= mask;
                }
            }
            Mutation::Insert(at, byte) => bytes.insert(at % (bytes.len() + 1), byte),
            Mutation::Remove(at) => {
                if !bytes.is_empty() {
                    bytes.remove(at % len);
                }
            }
            Mutation::Truncate(at) => bytes.truncate(at % len),
        }
    }
}

fn any_mutations() -> impl Strategy<Value = Vec<Mutation>> {
    let one = prop_oneof![
        4 => (any::<usize>(), 1..=255u8).prop_map(|(at, mask)| Mutation::Flip(at, mask)),
        2 => (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| Mutation::Insert(at, byte)),
        2 => any::<usize>().prop_map(Mutation::Remove),
        1 => any::<usize>().prop_map(Mutation::Truncate),
    ];
    proptest::collection::vec(one, 1..6)
}

/// Decoding, and for a `request` or `sync` deciding whether it writes, must return, never panic.
fn read_fully(bytes: &[u8]) {
    if let Ok(frame) = frame::decode(bytes) {
        let _ = frame.carries_changes();
    }
}

proptest! {
    #[test]
    fn decoding_arbitrary_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        read_fully(&bytes);
    }

    #[test]
    fn decoding_mutated_frames_never_panics((bytes, _) in any_frame(), mutations in any_mutations()) {
        let mut bytes = bytes;
        mutate(&mut bytes, &mutations);
        read_fully(&bytes);
    }

    #[test]
    fn generated_frames_decode_to_their_fields((bytes, expected) in any_frame()) {
        prop_assert_eq!(frame::decode(&bytes), Ok(expected));
    }

    #[test]
    fn doc_unavailable_reads_back(sender in "\\PC{1,40}", target in "\\PC{1,40}", uuid in any::<[u8; 16]>()) {
        let document = samod_core::DocumentId::try_from(uuid.to_vec()).expect("16 bytes").to_string();
        let read = frame::decode(&frame::doc_unavailable(&sender, &target, &document));
        prop_assert_eq!(read, Ok(Frame {
            kind: Kind::DocUnavailable,
            sender_id: Some(sender),
            target_id: Some(target),
            document_id: Some(document),
            data: None,
        }));
    }
}

#[test]
fn mutated_real_sync_frames_never_panic() {
    // The property above mutates frames with made-up payloads; these carry real sync messages, so
    // mutations reach automerge's sync message decoder through `carries_changes`.
    let sent = hello_then_reply(&doc_with_changes(0x14));
    let frames: Vec<Vec<u8>> = sent.iter().map(|data| sync_frame("sync", &doc_id(1), data)).collect();
    proptest!(|(index in 0..frames.len(), mutations in any_mutations())| {
        let mut bytes = frames[index].clone();
        mutate(&mut bytes, &mutations);
        read_fully(&bytes);
    });
}

// ---------------------------------------------------------------------------------------------
// The fuzz seeds.

fn corpus_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus/sync_frame")
}

/// The `sync_frame` seeds: one frame of each kind as samod-core writes it, a join as a browser
/// writes it, and the two sync frames of a real exchange, the second one carrying changes.
fn seeds() -> BTreeMap<String, Vec<u8>> {
    let mut seeds: BTreeMap<String, Vec<u8>> =
        samod_frames().into_iter().map(|(kind, bytes)| (kind.as_str().to_owned(), bytes)).collect();
    let sent = hello_then_reply(&doc_with_changes(0x15));
    seeds.insert("sync-hello".into(), sync_frame("sync", &doc_id(7), &sent[0]));
    seeds.insert("sync-with-changes".into(), sync_frame("sync", &doc_id(7), &sent[1]));
    seeds.insert(
        "join-from-browser".into(),
        frame(&[
            ("senderId", t(PEER)),
            ("type", t("join")),
            ("peerMetadata", Val::Map(vec![(t("storageId"), Val::Undefined), (t("isEphemeral"), Val::Bool(true))])),
            ("supportedProtocolVersions", Val::Array(vec![t("1")])),
        ]),
    );
    seeds
}

/// Writes the seeds when `MIRAI_WRITE_FUZZ_SEEDS=1`; always replays the whole corpus directory,
/// seeds and anything added since, as the fuzz target reads it.
#[test]
fn the_sync_frame_corpus_replays_cleanly() {
    let dir = corpus_dir();
    let seeds = seeds();
    if std::env::var_os("MIRAI_WRITE_FUZZ_SEEDS").is_some() {
        std::fs::create_dir_all(&dir).expect("create the corpus directory");
        for (name, bytes) in &seeds {
            std::fs::write(dir.join(name), bytes).expect("write a seed");
        }
    }
    for name in seeds.keys() {
        assert!(dir.join(name).exists(), "seed {name} missing; run with MIRAI_WRITE_FUZZ_SEEDS=1");
    }
    let mut writes = 0;
    for entry in std::fs::read_dir(&dir).expect("the corpus directory").flatten() {
        let bytes = std::fs::read(entry.path()).expect("read a corpus file");
        read_fully(&bytes);
        if frame::decode(&bytes).and_then(|frame| frame.carries_changes()) == Ok(true) {
            writes += 1;
        }
    }
    assert!(writes >= 1, "the corpus has a sync frame carrying changes");
}
