//! An organisation's key pair. The secret half stays with the organisation (see the `mirai-org`
//! tool); the app only ever holds public keys.

use hpke::{Deserializable, Kem as _, Serializable, kem::X25519HkdfSha256};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use crate::sealed::SealError;

/// The KEM every key belongs to.
pub(crate) type Kem = X25519HkdfSha256;
type HpkeSecret = <Kem as hpke::Kem>::PrivateKey;

/// An organisation's public key: what a worker's device seals to. A low-order point (a key
/// that would make the shared secret guessable) is refused by [`crate::OrgCode::parse`] and
/// when sealing, not here.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PublicKey([u8; 32]);

/// An organisation's secret key; the underlying X25519 secret is wiped when dropped.
#[derive(Clone)]
pub struct SecretKey(HpkeSecret);

impl PublicKey {
    /// Reads a key from its 32 bytes.
    pub fn from_bytes(bytes: [u8; 32]) -> PublicKey {
        PublicKey(bytes)
    }

    /// Its 32 bytes, as stored and as carried in an [`crate::OrgCode`].
    pub fn to_bytes(self) -> [u8; 32] {
        self.0
    }

    /// A short hex fingerprint (the first 8 bytes of its SHA-256, in groups of four digits) that
    /// a worker can read out to the organisation over the phone to compare keys.
    pub fn fingerprint(&self) -> String {
        let digest = Sha256::digest(self.0);
        digest[..8].chunks(2).map(|pair| format!("{:02x}{:02x}", pair[0], pair[1])).collect::<Vec<_>>().join(" ")
    }

    pub(crate) fn hpke(self) -> Result<<Kem as hpke::Kem>::PublicKey, SealError> {
        <Kem as hpke::Kem>::PublicKey::from_bytes(&self.0).map_err(|_| SealError::Key)
    }
}

impl std::fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PublicKey({})", self.fingerprint())
    }
}

impl SecretKey {
    /// A new key pair from the operating system's random source.
    pub fn generate() -> Result<SecretKey, SealError> {
        let mut ikm = Zeroizing::new([0u8; 32]);
        getrandom::fill(ikm.as_mut()).map_err(|_| SealError::Random)?;
        Ok(SecretKey(Kem::derive_keypair(ikm.as_ref()).0))
    }

    /// Reads a secret key from its 32 bytes (any 32 bytes are an X25519 secret once clamped;
    /// the error exists only because the HPKE crate's reader takes a slice).
    pub fn from_bytes(bytes: &[u8; 32]) -> Result<SecretKey, SealError> {
        HpkeSecret::from_bytes(bytes).map(SecretKey).map_err(|_| SealError::Key)
    }

    /// Its 32 bytes, for the organisation's key file.
    pub fn to_bytes(&self) -> Zeroizing<[u8; 32]> {
        Zeroizing::new(self.0.to_bytes().into())
    }

    /// The public half, for the code handed to workers.
    pub fn public_key(&self) -> PublicKey {
        PublicKey(Kem::sk_to_pk(&self.0).to_bytes().into())
    }

    pub(crate) fn hpke(&self) -> &HpkeSecret {
        &self.0
    }
}

impl std::fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SecretKey(for {})", self.public_key().fingerprint())
    }
}
