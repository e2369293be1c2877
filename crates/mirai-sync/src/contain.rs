//! Automerge calls that cannot take the server down.
//!
//! Automerge panics on some malformed input: `Automerge::load` on a 118-byte document unwraps an
//! error deep in its column decoder (reliability.md §4). A stored document corrupted by a crash, or
//! a hostile upload, would then panic the server at every start. So every Automerge call on bytes
//! from outside runs inside [`contained`], which turns a panic into an error for that one document.
//!
//! This only works with `panic = "unwind"`, Rust's default and what the workspace builds with; a
//! profile with `panic = "abort"` would make every contained panic kill the process again.

use std::any::Any;
use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};

use automerge::Automerge;

/// How much of a panic message or load error is kept, in characters. Automerge's messages can
/// quote parts of the input, which should not flood a log.
pub const MAX_MESSAGE_CHARS: usize = 512;

/// Why contained Automerge work produced no result.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ContainError {
    /// Automerge panicked. Whatever the work was changing may be half changed: the caller must
    /// quarantine the document, drop it, and close the peer's sync session, never reuse them.
    #[error("automerge panicked: {0}")]
    Panicked(String),
    /// Automerge refused the input with an error of its own; nothing was changed.
    #[error("invalid document: {0}")]
    Invalid(String),
}

thread_local! {
    /// How many [`contained`] calls the current thread is inside (they may nest).
    static CONTAINING: Cell<u32> = const { Cell::new(0) };
}

/// Loads a stored or uploaded document, turning a panic inside automerge into an error (see
/// reliability.md §4). Bytes with a chunk in the experimental "bundle" format are refused before
/// automerge sees them: automerge 0.12 expands a bundle's columns in full, so a few hundred bytes
/// can ask for gigabytes, which no `catch_unwind` can contain. Nothing we store or receive in a
/// sync message is a bundle.
pub fn load_document(bytes: &[u8]) -> Result<Automerge, ContainError> {
    if has_bundle(bytes) {
        return Err(ContainError::Invalid("bundle chunks are not accepted".into()));
    }
    contained(|| Automerge::load(bytes))?.map_err(|error| ContainError::Invalid(truncated(&error.to_string())))
}

/// The four bytes every automerge chunk starts with.
const CHUNK_MAGIC: [u8; 4] = [0x85, 0x6f, 0x4a, 0x83];
/// The chunk type of a bundle (0 document, 1 change, 2 compressed change).
const BUNDLE: u8 = 3;

/// Whether `chunk` is one automerge chunk of the bundle type.
pub fn is_bundle(chunk: &[u8]) -> bool {
    chunk.len() > 8 && chunk[..4] == CHUNK_MAGIC && chunk[8] == BUNDLE
}

/// Whether any chunk in `bytes` (chunks one after another, as a saved document or a run of
/// incremental saves is) is a bundle. Walks the chunk headers only; where the bytes stop looking
/// like chunks, automerge's own parser decides.
fn has_bundle(mut bytes: &[u8]) -> bool {
    while bytes.len() > 8 && bytes[..4] == CHUNK_MAGIC {
        if bytes[8] == BUNDLE {
            return true;
        }
        let mut rest = &bytes[9..];
        let Some(next) =
            leb128(&mut rest).and_then(|length| usize::try_from(length).ok()).and_then(|length| rest.get(length..))
        else {
            return false;
        };
        bytes = next;
    }
    false
}

/// An unsigned LEB128 number (at most ten bytes) from the front of `bytes`, which moves past it.
pub(crate) fn leb128(bytes: &mut &[u8]) -> Option<u64> {
    let mut value: u64 = 0;
    for (index, &byte) in bytes.iter().enumerate().take(10) {
        value |= u64::from(byte & 0x7f) << (7 * index);
        if byte & 0x80 == 0 {
            *bytes = &bytes[index + 1..];
            return Some(value);
        }
    }
    None
}

/// Runs any automerge work on a document inside `catch_unwind`, so a panic quarantines that
/// document instead of killing the process.
///
/// `work` is asserted unwind-safe because the contract moves to the caller: after
/// [`ContainError::Panicked`], anything `work` borrowed mutably (the document, its sync state) is
/// treated as poisoned and dropped. The panic hook still runs first, so the default one prints
/// the message to stderr; a process-wide hook can ask [`is_contained`] to tell these panics apart.
pub fn contained<T>(work: impl FnOnce() -> T) -> Result<T, ContainError> {
    let _inside = Inside::enter();
    panic::catch_unwind(AssertUnwindSafe(work))
        .map_err(|payload| ContainError::Panicked(panic_message(payload.as_ref())))
}

/// Whether the current thread is running inside [`contained`], so that a panic now will be caught
/// and turned into [`ContainError::Panicked`]. For panic hooks that must treat other panics as
/// fatal: a fuzz harness's, which aborts, or a server's, which logs them as crashes.
pub fn is_contained() -> bool {
    CONTAINING.with(|inside| inside.get() > 0)
}

/// Counts the current thread into [`contained`] for as long as it lives.
struct Inside;

impl Inside {
    fn enter() -> Self {
        CONTAINING.with(|inside| inside.set(inside.get().saturating_add(1)));
        Inside
    }
}

impl Drop for Inside {
    fn drop(&mut self) {
        CONTAINING.with(|inside| inside.set(inside.get().saturating_sub(1)));
    }
}

/// The message of a panic payload: `panic!` with a literal gives a `&str`, with arguments a `String`.
fn panic_message(payload: &(dyn Any + Send)) -> String {
    if let Some(message) = payload.downcast_ref::<&str>() {
        truncated(message)
    } else if let Some(message) = payload.downcast_ref::<String>() {
        truncated(message)
    } else {
        "a panic without a message".to_owned()
    }
}

fn truncated(message: &str) -> String {
    message.chars().take(MAX_MESSAGE_CHARS).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_flag_is_set_only_inside_and_survives_a_panic() {
        assert!(!is_contained());
        assert_eq!(contained(is_contained), Ok(true));
        let _ = contained(|| panic!("contained on purpose"));
        assert!(!is_contained());
        assert_eq!(contained(|| contained(is_contained)), Ok(Ok(true)));
        assert!(!is_contained());
    }

    #[test]
    fn both_kinds_of_payload_give_their_message() {
        assert_eq!(contained(|| panic!("literal")), Err::<(), _>(ContainError::Panicked("literal".into())));
        let n = 7;
        assert_eq!(contained(|| panic!("formatted {n}")), Err::<(), _>(ContainError::Panicked("formatted 7".into())));
        let long = "x".repeat(2 * MAX_MESSAGE_CHARS);
        assert!(
            matches!(contained(|| panic!("{long}")), Err::<(), _>(ContainError::Panicked(m)) if m.len() == MAX_MESSAGE_CHARS)
        );
    }
}
