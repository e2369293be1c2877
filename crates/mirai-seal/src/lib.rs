//! Sealing a self-check submission so that only the organisation it is meant for can read it:
//! HPKE (RFC 9180) in base mode with X25519, HKDF-SHA256 and ChaCha20-Poly1305, the modern form
//! of ODK's encrypted forms. The sender uses a fresh key for every submission, so the device that
//! sealed it cannot open it again; the questionnaire id is bound as associated data, so a sealed
//! answer sheet cannot be passed off as another questionnaire's.
//!
//! An organisation hands its public key to workers as an [`OrgCode`], a line of text (or a QR
//! code of it) with a checksum that catches a mistyped or truncated copy.
//!
//! Every failure is an error and returns no bytes: nothing here ever falls back to plaintext.

mod code;
mod keys;
mod sealed;

pub use code::{CodeError, OrgCode};
pub use keys::{PublicKey, SecretKey};
pub use sealed::{MAX_SEALED, OpenError, SealError, open, seal};
