//! One automerge-repo wire message, read just far enough for the server's access gate to decide
//! on it before samod-core sees it.
//!
//! The automerge-repo WebSocket protocol sends one CBOR map per binary message; samod-core's own
//! decoder is crate-private, so this module walks the map with `minicbor` and keeps only what a
//! gate needs: the type, the ids, and the payload. Everything else is skipped but still checked,
//! so a frame this module accepts is one well-formed CBOR map and nothing after it.
//!
//! Two frames that samod-core would read as the same message must not look different here, or a
//! peer could show the gate one document and make samod-core open another. So this decoder is
//! stricter than samod-core wherever the two could disagree: a repeated key is refused (samod-core
//! keeps the last one), and a document id is rewritten in its canonical spelling (samod-core
//! accepts the bs58check form, UUID strings in several spellings and 16 raw bytes for the same
//! document).

use std::str::FromStr;

use minicbor::data::Type;
use minicbor::decode::Decoder;

use crate::contain;

/// Frames larger than this are refused before parsing. automerge-repo sends a whole document as
/// one sync message when a peer first asks for it, so this is also the largest document a peer
/// can fetch or upload in one go.
pub const MAX_FRAME_BYTES: usize = 1024 * 1024;

/// The longest `senderId`, `targetId` or `documentId` accepted, in bytes. Real ids are 20 to 60
/// bytes; the cap keeps ids that end up in logs, maps and refusals small.
pub const MAX_ID_BYTES: usize = 256;

/// How deeply values may nest, the frame's own map counting as the first level. Skipping is
/// recursive, so without a cap a frame of a million nested arrays would exhaust the stack.
pub const MAX_DEPTH: usize = 32;

/// The most keys a frame's map may have. The richest message automerge-repo sends has seven; the
/// cap keeps the check for repeated keys cheap.
pub const MAX_KEYS: usize = 64;

/// How much of a peer's unknown type or repeated key an error quotes, in characters.
const QUOTED_CHARS: usize = 64;

/// The `type` of a wire message: what the peer asks for, and so which check the gate runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// `join`: the first message of a connecting peer, naming itself.
    Join,
    /// `peer`: the answer to `join`.
    Peer,
    /// `leave`: the peer is about to disconnect.
    Leave,
    /// `request`: the peer asks for a document it does not have; carries a sync message.
    Request,
    /// `sync`: a sync message about a document, which may carry changes to it.
    Sync,
    /// `doc-unavailable`: the sender does not have the document (or will not say it has).
    DocUnavailable,
    /// `ephemeral`: presence and other data about a document that is not stored.
    Ephemeral,
    /// `remote-subscription-change`: which storage ids the peer wants heads announcements for.
    RemoteSubscriptionChange,
    /// `remote-heads-changed`: the heads another storage id holds for a document.
    RemoteHeadsChanged,
    /// `error`: the other end reports a protocol error before closing.
    Error,
}

impl Kind {
    /// Every kind, for tests and for code that has to handle each one.
    pub const ALL: [Kind; 10] = [
        Kind::Join,
        Kind::Peer,
        Kind::Leave,
        Kind::Request,
        Kind::Sync,
        Kind::DocUnavailable,
        Kind::Ephemeral,
        Kind::RemoteSubscriptionChange,
        Kind::RemoteHeadsChanged,
        Kind::Error,
    ];

    /// The `type` string on the wire, for logs and for encoding.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Join => "join",
            Kind::Peer => "peer",
            Kind::Leave => "leave",
            Kind::Request => "request",
            Kind::Sync => "sync",
            Kind::DocUnavailable => "doc-unavailable",
            Kind::Ephemeral => "ephemeral",
            Kind::RemoteSubscriptionChange => "remote-subscription-change",
            Kind::RemoteHeadsChanged => "remote-heads-changed",
            Kind::Error => "error",
        }
    }

    fn from_wire(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|kind| kind.as_str() == name)
    }

    /// The fields samod-core needs for this kind, among those a [`Frame`] keeps. Requiring them
    /// here as well means the gate never has to decide on a frame samod-core would drop.
    fn required(self) -> &'static [Field] {
        use Field::{Data, DocumentId, SenderId, TargetId};
        match self {
            Kind::Join | Kind::Leave => &[SenderId],
            Kind::Peer | Kind::RemoteSubscriptionChange => &[SenderId, TargetId],
            Kind::Request | Kind::Sync | Kind::Ephemeral => &[SenderId, TargetId, DocumentId, Data],
            Kind::DocUnavailable | Kind::RemoteHeadsChanged => &[SenderId, TargetId, DocumentId],
            Kind::Error => &[],
        }
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What the server's access gate needs from a frame: the type, who says they send it, to whom,
/// which document, and the payload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frame {
    /// The message type.
    pub kind: Kind,
    /// `senderId`: the peer id the sender claims. The protocol does not authenticate it; the gate
    /// compares it with the id the connection proved.
    pub sender_id: Option<String>,
    /// `targetId`: the peer the message is for.
    pub target_id: Option<String>,
    /// `documentId`, always in its canonical bs58check spelling whatever spelling the peer used,
    /// so an access check on this string is a check on the document samod-core will open.
    pub document_id: Option<String>,
    /// `data`: an Automerge sync message for `request` and `sync`, opaque bytes for `ephemeral`.
    pub data: Option<Vec<u8>>,
}

/// Why a frame was refused. Any of these means the frame must not reach samod-core.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FrameError {
    /// The frame is larger than [`MAX_FRAME_BYTES`]; it was not parsed.
    #[error("frame of {0} bytes is over the limit of {MAX_FRAME_BYTES}")]
    TooLarge(usize),
    /// The bytes are not well-formed CBOR (truncated, reserved values, invalid UTF-8, a stray break).
    #[error("malformed CBOR: {0}")]
    Cbor(String),
    /// The frame is not one definite-length CBOR map, the only shape automerge-repo sends.
    #[error("not a definite-length CBOR map")]
    NotAMap,
    /// Bytes follow the frame's map; a frame is exactly one CBOR item.
    #[error("{0} bytes after the frame's map")]
    TrailingBytes(usize),
    /// A key of the frame's map is not a text string.
    #[error("a map key is not a text string")]
    KeyNotText,
    /// The frame's map has more than [`MAX_KEYS`] keys.
    #[error("more than {MAX_KEYS} keys")]
    TooManyKeys,
    /// A key appears twice: the gate and samod-core might each read a different value.
    #[error("duplicate key: {0:?}")]
    DuplicateKey(String),
    /// Values nest deeper than [`MAX_DEPTH`].
    #[error("nested deeper than {MAX_DEPTH} levels")]
    TooDeep,
    /// The frame has no `type`.
    #[error("no type field")]
    MissingType,
    /// The `type` is none of the ten automerge-repo knows (quoted up to 64 characters).
    #[error("unknown type: {0:?}")]
    UnknownType(String),
    /// A field this kind of message needs is absent.
    #[error("missing field: {0}")]
    MissingField(&'static str),
    /// A field the gate reads has the wrong CBOR type (ids and `type` are text, `data` is bytes).
    #[error("wrong CBOR type for field: {0}")]
    WrongType(&'static str),
    /// An id is longer than [`MAX_ID_BYTES`].
    #[error("field {0} is longer than {MAX_ID_BYTES} bytes")]
    TooLong(&'static str),
    /// The `documentId` is not a document id samod-core would accept.
    #[error("invalid document id: {0}")]
    InvalidDocumentId(String),
    /// The `data` of a `request` or `sync` is not an Automerge sync message, or decoding it panicked.
    #[error("invalid sync message: {0}")]
    SyncMessage(String),
}

impl From<minicbor::decode::Error> for FrameError {
    fn from(error: minicbor::decode::Error) -> Self {
        FrameError::Cbor(error.to_string())
    }
}

/// The fields a [`Frame`] keeps, named as on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    SenderId,
    TargetId,
    DocumentId,
    Data,
}

impl Field {
    fn name(self) -> &'static str {
        match self {
            Field::SenderId => "senderId",
            Field::TargetId => "targetId",
            Field::DocumentId => "documentId",
            Field::Data => "data",
        }
    }
}

/// Reads one automerge-repo frame. Refuses anything samod-core would refuse for the fields kept,
/// and more (see the module comment), so that what the gate decides on is what samod-core runs.
pub fn decode(bytes: &[u8]) -> Result<Frame, FrameError> {
    if bytes.len() > MAX_FRAME_BYTES {
        return Err(FrameError::TooLarge(bytes.len()));
    }
    let mut decoder = Decoder::new(bytes);
    if decoder.datatype()? != Type::Map {
        return Err(FrameError::NotAMap);
    }
    let entries = decoder.map()?.ok_or(FrameError::NotAMap)?;
    if entries > MAX_KEYS as u64 {
        return Err(FrameError::TooManyKeys);
    }

    let mut keys: Vec<&str> = Vec::new();
    let mut kind = None;
    let mut sender_id = None;
    let mut target_id = None;
    let mut document_id = None;
    let mut data = None;
    for _ in 0..entries {
        if decoder.datatype()? != Type::String {
            return Err(FrameError::KeyNotText);
        }
        let key = decoder.str()?;
        if keys.contains(&key) {
            return Err(FrameError::DuplicateKey(quoted(key)));
        }
        keys.push(key);
        match key {
            "type" => kind = Some(text(&mut decoder, "type")?),
            "senderId" => sender_id = Some(id(&mut decoder, Field::SenderId)?.to_owned()),
            "targetId" => target_id = Some(id(&mut decoder, Field::TargetId)?.to_owned()),
            "documentId" => document_id = Some(canonical_document_id(&mut decoder)?),
            "data" => {
                if decoder.datatype()? != Type::Bytes {
                    return Err(FrameError::WrongType("data"));
                }
                data = Some(decoder.bytes()?.to_vec());
            }
            _ => skip(&mut decoder, 2)?,
        }
    }
    let end = decoder.position();
    if end != bytes.len() {
        return Err(FrameError::TrailingBytes(bytes.len().saturating_sub(end)));
    }

    let name = kind.ok_or(FrameError::MissingType)?;
    let kind = Kind::from_wire(name).ok_or_else(|| FrameError::UnknownType(quoted(name)))?;
    for field in kind.required() {
        let present = match field {
            Field::SenderId => sender_id.is_some(),
            Field::TargetId => target_id.is_some(),
            Field::DocumentId => document_id.is_some(),
            Field::Data => data.is_some(),
        };
        if !present {
            return Err(FrameError::MissingField(field.name()));
        }
    }
    Ok(Frame { kind, sender_id, target_id, document_id, data })
}

impl Frame {
    /// For `sync` frames, and `request` frames (samod-core applies the sync message of a `request`
    /// exactly like that of a `sync`): whether the Automerge sync message in `data` carries
    /// changes, which makes the frame a write. Decided with `automerge::sync::Message::decode`,
    /// inside [`contain::contained`] since the bytes come from the peer. An undecodable payload
    /// is an error, not "no changes". Other kinds never change a document: `Ok(false)`.
    pub fn carries_changes(&self) -> Result<bool, FrameError> {
        if !matches!(self.kind, Kind::Request | Kind::Sync) {
            return Ok(false);
        }
        let data = self.data.as_deref().ok_or(FrameError::MissingField("data"))?;
        let message = contain::contained(|| automerge::sync::Message::decode(data))
            .map_err(|error| FrameError::SyncMessage(error.to_string()))?
            .map_err(|error| FrameError::SyncMessage(error.to_string()))?;
        vet(&message)?;
        // A list of empty chunks applies nothing, but it is still an attempt to write; counting
        // it as one errs on the side of refusing.
        Ok(!message.changes.is_empty())
    }
}

/// The most probes or bits per entry a `have` Bloom filter may claim. Automerge writes 7 and 10;
/// automerge 0.12 allocates a vector of `num_probes` entries when it answers, so a filter
/// claiming four billion probes would exhaust the server's memory, and one claiming entries but
/// no bits divides by zero. Neither reaches samod-core.
const MAX_BLOOM_PARAMETER: u64 = 64;

/// Refuses what automerge 0.12 cannot take from a peer without panicking or exhausting memory,
/// found by fuzzing (reliability.md §4): implausible `have` Bloom filters, and change chunks in
/// the experimental "bundle" format, whose columns expand to gigabytes from a few hundred bytes.
/// Sync messages never carry bundles (version 1 sends change chunks, version 2 a document).
fn vet(message: &automerge::sync::Message) -> Result<(), FrameError> {
    for have in &message.have {
        let bytes = have.bloom.to_bytes();
        if bytes.is_empty() {
            continue;
        }
        let mut rest = bytes.as_slice();
        let mut next =
            || contain::leb128(&mut rest).ok_or_else(|| FrameError::SyncMessage("unreadable bloom filter".into()));
        let (entries, bits_per_entry, probes) = (next()?, next()?, next()?);
        let plausible = |value: u64| (1..=MAX_BLOOM_PARAMETER).contains(&value);
        if entries == 0 || !plausible(bits_per_entry) || !plausible(probes) || rest.is_empty() {
            return Err(FrameError::SyncMessage("implausible bloom filter".into()));
        }
    }
    if message.changes.iter().any(contain::is_bundle) {
        return Err(FrameError::SyncMessage("bundle chunks are not accepted".into()));
    }
    Ok(())
}

/// The frame the server answers a refused `request` or `sync` with, byte for byte what a stock
/// samod-core server sends when it does not have the document, so a peer cannot tell refused from
/// absent. `sender_id` is the server's peer id, `target_id` the asking peer's, and `document_id`
/// the [`Frame::document_id`] asked for (canonical, as samod-core would write it).
pub fn doc_unavailable(sender_id: &str, target_id: &str, document_id: &str) -> Vec<u8> {
    // samod-core writes a definite-length map of four text pairs in this order, with the shortest
    // length headers; writing them by hand keeps this infallible and exact.
    let fields = [
        ("type", Kind::DocUnavailable.as_str()),
        ("senderId", sender_id),
        ("targetId", target_id),
        ("documentId", document_id),
    ];
    let mut out = Vec::with_capacity(64 + sender_id.len() + target_id.len() + document_id.len());
    put_head(&mut out, MAJOR_MAP, fields.len() as u64);
    for (key, value) in fields {
        put_text(&mut out, key);
        put_text(&mut out, value);
    }
    out
}

/// `bytes` (a frame [`decode`] accepts) with its `data` replaced by `data`, every other field
/// kept byte for byte: how the engine rewrites the sync message inside a frame samod-core made.
pub fn replace_data(bytes: &[u8], data: &[u8]) -> Result<Vec<u8>, FrameError> {
    let mut decoder = Decoder::new(bytes);
    let entries = decoder.map()?.ok_or(FrameError::NotAMap)?;
    for _ in 0..entries {
        if decoder.str()? == "data" {
            let start = decoder.position();
            decoder.bytes()?;
            let end = decoder.position();
            let mut out = Vec::with_capacity(bytes.len() - (end - start) + data.len() + 9);
            out.extend_from_slice(&bytes[..start]);
            put_head(&mut out, MAJOR_BYTES, data.len() as u64);
            out.extend_from_slice(data);
            out.extend_from_slice(&bytes[end..]);
            return Ok(out);
        }
        skip(&mut decoder, 2)?;
    }
    Err(FrameError::MissingField("data"))
}

const MAJOR_BYTES: u8 = 2;
const MAJOR_TEXT: u8 = 3;
const MAJOR_MAP: u8 = 5;

fn put_text(out: &mut Vec<u8>, text: &str) {
    put_head(out, MAJOR_TEXT, text.len() as u64);
    out.extend_from_slice(text.as_bytes());
}

/// A CBOR item head with the shortest encoding of `argument` (RFC 8949 §3, "preferred
/// serialization"), as minicbor writes it.
fn put_head(out: &mut Vec<u8>, major: u8, argument: u64) {
    let major = major << 5;
    if argument < 24 {
        out.push(major | argument as u8);
    } else if let Ok(byte) = u8::try_from(argument) {
        out.extend_from_slice(&[major | 24, byte]);
    } else if let Ok(half) = u16::try_from(argument) {
        out.push(major | 25);
        out.extend_from_slice(&half.to_be_bytes());
    } else if let Ok(word) = u32::try_from(argument) {
        out.push(major | 26);
        out.extend_from_slice(&word.to_be_bytes());
    } else {
        out.push(major | 27);
        out.extend_from_slice(&argument.to_be_bytes());
    }
}

/// A definite-length text value, as samod-core reads `type` and the ids.
fn text<'b>(decoder: &mut Decoder<'b>, field: &'static str) -> Result<&'b str, FrameError> {
    if decoder.datatype()? != Type::String {
        return Err(FrameError::WrongType(field));
    }
    Ok(decoder.str()?)
}

fn id<'b>(decoder: &mut Decoder<'b>, field: Field) -> Result<&'b str, FrameError> {
    let value = text(decoder, field.name())?;
    if value.len() > MAX_ID_BYTES {
        return Err(FrameError::TooLong(field.name()));
    }
    Ok(value)
}

/// Reads `documentId` as text or bytes, the two forms samod-core accepts, and returns the
/// spelling samod-core itself writes.
fn canonical_document_id(decoder: &mut Decoder<'_>) -> Result<String, FrameError> {
    let parsed = match decoder.datatype()? {
        Type::String => {
            let value = id(decoder, Field::DocumentId)?;
            samod_core::DocumentId::from_str(value)
        }
        Type::Bytes => {
            let value = decoder.bytes()?;
            if value.len() > MAX_ID_BYTES {
                return Err(FrameError::TooLong("documentId"));
            }
            samod_core::DocumentId::try_from(value.to_vec())
        }
        _ => return Err(FrameError::WrongType("documentId")),
    };
    parsed.map(|id| id.to_string()).map_err(|error| FrameError::InvalidDocumentId(error.to_string()))
}

/// Skips one value at nesting level `depth`, checking that it is well-formed. Recursion is
/// bounded by [`MAX_DEPTH`]; loops are bounded by the input, since every item takes a byte.
fn skip(decoder: &mut Decoder<'_>, depth: usize) -> Result<(), FrameError> {
    if depth > MAX_DEPTH {
        return Err(FrameError::TooDeep);
    }
    match decoder.datatype()? {
        Type::Array | Type::ArrayIndef => match decoder.array()? {
            Some(len) => {
                for _ in 0..len {
                    skip(decoder, depth + 1)?;
                }
            }
            None => {
                while !at_break(decoder)? {
                    skip(decoder, depth + 1)?;
                }
            }
        },
        Type::Map | Type::MapIndef => match decoder.map()? {
            Some(len) => {
                for _ in 0..len {
                    skip(decoder, depth + 1)?;
                    skip(decoder, depth + 1)?;
                }
            }
            None => {
                while !at_break(decoder)? {
                    skip(decoder, depth + 1)?;
                    skip(decoder, depth + 1)?;
                }
            }
        },
        Type::Tag => {
            decoder.tag()?;
            skip(decoder, depth + 1)?;
        }
        Type::String | Type::StringIndef => {
            for chunk in decoder.str_iter()? {
                chunk?;
            }
        }
        Type::Bytes | Type::BytesIndef => {
            for chunk in decoder.bytes_iter()? {
                chunk?;
            }
        }
        Type::Simple => {
            // A two-byte simple value below 32 is not well-formed (RFC 8949 §3.3); minicbor
            // accepts it.
            let at = decoder.position();
            if decoder.input().get(at) == Some(&0xf8) && decoder.input().get(at + 1).is_some_and(|v| *v < 32) {
                return Err(FrameError::Cbor("two-byte simple value below 32".to_owned()));
            }
            decoder.skip()?;
        }
        Type::Break => return Err(FrameError::Cbor("unexpected break".to_owned())),
        Type::Unknown(byte) => return Err(FrameError::Cbor(format!("reserved initial byte {byte:#04x}"))),
        // Numbers, booleans, null and undefined: one item with no content to check.
        _ => decoder.skip()?,
    }
    Ok(())
}

/// Whether an indefinite-length array or map ends here; consumes the break if so.
fn at_break(decoder: &mut Decoder<'_>) -> Result<bool, FrameError> {
    if decoder.datatype()? == Type::Break {
        decoder.set_position(decoder.position() + 1);
        return Ok(true);
    }
    Ok(false)
}

fn quoted(text: &str) -> String {
    text.chars().take(QUOTED_CHARS).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn head(major: u8, argument: u64) -> Vec<u8> {
        let mut out = Vec::new();
        put_head(&mut out, major, argument);
        out
    }

    #[test]
    fn heads_use_the_shortest_form() {
        assert_eq!(head(3, 0), [0x60]);
        assert_eq!(head(3, 23), [0x77]);
        assert_eq!(head(3, 24), [0x78, 24]);
        assert_eq!(head(3, 255), [0x78, 255]);
        assert_eq!(head(3, 256), [0x79, 1, 0]);
        assert_eq!(head(3, 65_536), [0x7a, 0, 1, 0, 0]);
        assert_eq!(head(3, 1 << 32), [0x7b, 0, 0, 0, 1, 0, 0, 0, 0]);
    }

    #[test]
    fn every_kind_reads_back_from_its_wire_name() {
        for kind in Kind::ALL {
            assert_eq!(Kind::from_wire(kind.as_str()), Some(kind));
        }
        assert_eq!(Kind::from_wire("Sync"), None);
    }

    #[test]
    fn skipping_refuses_a_break_where_a_value_belongs() {
        // [_ 1, break] is fine; [1, break] with a definite length is not.
        let mut fine = Decoder::new(&[0x9f, 0x01, 0xff]);
        assert_eq!(skip(&mut fine, 1), Ok(()));
        let mut stray = Decoder::new(&[0x82, 0x01, 0xff]);
        assert!(matches!(skip(&mut stray, 1), Err(FrameError::Cbor(_))));
    }

    #[test]
    fn skipping_refuses_a_two_byte_simple_value_below_32() {
        assert!(matches!(skip(&mut Decoder::new(&[0xf8, 0x10]), 1), Err(FrameError::Cbor(_))));
        assert_eq!(skip(&mut Decoder::new(&[0xf8, 0x20]), 1), Ok(()));
    }

    #[test]
    fn quoting_cuts_at_a_character_boundary() {
        let long = "é".repeat(100);
        assert_eq!(quoted(&long).chars().count(), 64);
    }
}
