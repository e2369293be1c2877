//! Signed content packs: the format, the chain of trust, verification, deltas and the content
//! schema. Pure byte-in, result-out code: no files are opened and nothing is installed here;
//! the store crate streams a pack through [`verify`] inside one transaction, and the CLI builds
//! and signs packs with [`PackBuilder`].
//!
//! A pack is a zstd-compressed tar with, in this order, `mirai-pack/manifest.json` (what the pack
//! is and every file's size and SHA-256), `mirai-pack/signature.json` (the root-signed keys
//! document that delegates to content keys, and a content key's Ed25519 signature over the exact
//! manifest bytes), then each content file under `content/` in manifest order. Verification
//! reads it as a stream, checks the trust chain and the manifest before the first content byte,
//! bounds every size, and refuses anything that is not exactly what the manifest says.
//!
//! How this covers the TUF threat list is in `docs/PACKS.md`.

mod archive;
mod builder;
mod bundle;
pub mod content;
mod delta;
mod envelope;
mod error;
#[doc(hidden)]
pub mod fuzzing;
mod index;
mod keys;
mod limits;
mod manifest;
mod path;
mod verify;

pub use builder::{PackBuilder, UnsignedPack};
pub use bundle::{split_bundle, write_bundle};
pub use delta::{Delta, DeltaHeader, apply_delta, make_delta};
pub use envelope::{Envelope, SignedKeys, sign_keys_document};
pub use error::PackError;
pub use index::{Index, IndexEntry, Offered, VerifiedIndex, verify_index};
pub use keys::{KeyId, KeysDocument, PublicKey, SecretKey, TrustAnchor};
pub use limits::Limits;
pub use manifest::{FileEntry, Manifest, PackId};
pub use path::PackPath;
pub use verify::{AcceptedLookup, Known, Verified, VerifiedFile, VerifyError, verify, verify_bytes};

/// The pack format version this code reads and writes.
pub const FORMAT_VERSION: u32 = 1;
