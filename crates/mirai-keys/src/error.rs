use crate::KeystoreError;

/// Why a key could not be created, read or recovered. Each variant is something the user or
/// the app can act on, so the app can say what happened in the user's language.
#[derive(Debug, thiserror::Error)]
pub enum KeysError {
    /// The operating system's random source failed; nothing was created.
    #[error("random source failed")]
    Random,
    /// The key file is not a well-formed Mirai key file (damaged, truncated or foreign).
    #[error("key file is malformed: {0}")]
    MalformedKeyFile(String),
    /// The key file was written by a newer app with a format this one does not know.
    #[error("key file format version {0} is not supported")]
    UnsupportedVersion(u32),
    /// The passphrase does not unlock any passphrase slot.
    #[error("wrong passphrase")]
    WrongPassphrase,
    /// A key was found but it is not this store's key (the key check does not match).
    #[error("key does not match this store")]
    WrongKey,
    /// The key file has no slot of the kind asked for.
    #[error("key file has no {0} slot")]
    NoSuchSlot(&'static str),
    /// The keystore answered, but holds no key for this store (removed, or another device).
    #[error("keystore has no key for this store")]
    KeyMissing,
    /// The keystore could not be used.
    #[error(transparent)]
    Keystore(#[from] KeystoreError),
    /// Key derivation failed for the stored parameters.
    #[error("key derivation failed")]
    Kdf,
}
