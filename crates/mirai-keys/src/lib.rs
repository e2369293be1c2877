//! Key material for Mirai's encrypted store.
//!
//! The database is encrypted with a random 256-bit raw key, handed to SQLCipher as raw bytes so
//! that opening the store costs no key derivation. The raw key never touches the disk in the
//! clear: a small *key file* beside the database holds one or more *slots*, each a way to get
//! the raw key back:
//!
//! - a keystore slot: the raw key lives in the operating system's keystore (Secret Service,
//!   Keychain, Credential Manager), which the OS unlocks with the user's session;
//! - a passphrase slot: the raw key is encrypted (XChaCha20-Poly1305) under a key derived from
//!   the user's passphrase with Argon2id, for devices without a keystore.
//!
//! The key file also carries a *key check* (an HMAC of a fixed label under the raw key) so a
//! wrong key is told apart from a damaged database without touching the database at all.
//!
//! This crate reads and writes bytes and talks to keystores; it does not open files. The store
//! crate decides where the key file lives and writes it atomically.

mod error;
#[doc(hidden)]
pub mod fuzzing;
mod key_file;
mod keystore;
#[cfg(feature = "os-keystore")]
mod os_keystore;
mod passphrase;
mod raw_key;
mod slots;

pub use error::KeysError;
pub use key_file::{KeyFile, MAX_KEY_FILE_BYTES, Slot, StoreId};
pub use keystore::{Keystore, KeystoreError, MemoryKeystore};
#[cfg(feature = "os-keystore")]
pub use os_keystore::OsKeystore;
pub use passphrase::{KdfParams, Passphrase, PassphraseTooShort};
pub use raw_key::RawKey;
pub use slots::{create_with_keystore, create_with_passphrase, unlock_with_keystore, unlock_with_passphrase};
