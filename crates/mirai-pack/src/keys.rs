use std::fmt;

use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use mirai_core::Date;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::PackError;

/// A short name for a public key: the first 8 bytes of its SHA-256, in hex.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct KeyId([u8; 8]);

impl KeyId {
    /// Parses 16 hex digits.
    pub fn from_hex(text: &str) -> Result<KeyId, PackError> {
        let mut bytes = [0u8; 8];
        hex::decode_to_slice(text, &mut bytes).map_err(|_| PackError::ManifestInvalid("bad key id".into()))?;
        Ok(KeyId(bytes))
    }
}

impl fmt::Display for KeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&hex::encode(self.0))
    }
}

/// An Ed25519 public key: a root key built into the app, or a content key a keys document
/// delegates to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PublicKey(VerifyingKey);

impl PublicKey {
    /// Parses 64 hex digits; refuses weak (small-order) points.
    pub fn from_hex(text: &str) -> Result<PublicKey, PackError> {
        let mut bytes = [0u8; 32];
        hex::decode_to_slice(text.trim(), &mut bytes)
            .map_err(|_| PackError::ManifestInvalid("bad public key".into()))?;
        let key = VerifyingKey::from_bytes(&bytes).map_err(|_| PackError::ManifestInvalid("bad public key".into()))?;
        if key.is_weak() {
            return Err(PackError::ManifestInvalid("weak public key".into()));
        }
        Ok(PublicKey(key))
    }

    /// The key as 64 hex digits.
    pub fn to_hex(&self) -> String {
        hex::encode(self.0.as_bytes())
    }

    /// The key's id.
    pub fn id(&self) -> KeyId {
        let digest = Sha256::digest(self.0.as_bytes());
        let mut id = [0u8; 8];
        id.copy_from_slice(&digest[..8]);
        KeyId(id)
    }

    /// Checks an Ed25519 signature over `message`, strictly (no malleable encodings).
    pub fn verifies(&self, message: &[u8], signature: &[u8; 64]) -> bool {
        self.0.verify_strict(message, &Signature::from_bytes(signature)).is_ok()
    }
}

/// An Ed25519 signing key. Only the CLI holds these; the app never does.
pub struct SecretKey(SigningKey);

impl SecretKey {
    /// A new key from the operating system's random source.
    pub fn generate() -> Result<SecretKey, PackError> {
        let mut seed = zeroize::Zeroizing::new([0u8; 32]);
        getrandom::fill(seed.as_mut()).map_err(|_| PackError::Io(std::io::Error::other("random source failed")))?;
        Ok(SecretKey(SigningKey::from_bytes(&seed)))
    }

    /// Parses the 64-hex-digit seed written by [`SecretKey::to_hex`].
    pub fn from_hex(text: &str) -> Result<SecretKey, PackError> {
        let mut seed = zeroize::Zeroizing::new([0u8; 32]);
        hex::decode_to_slice(text.trim(), seed.as_mut())
            .map_err(|_| PackError::ManifestInvalid("bad secret key".into()))?;
        Ok(SecretKey(SigningKey::from_bytes(&seed)))
    }

    /// The seed as hex, for the key file.
    pub fn to_hex(&self) -> zeroize::Zeroizing<String> {
        zeroize::Zeroizing::new(hex::encode(self.0.to_bytes()))
    }

    /// The matching public key.
    pub fn public(&self) -> PublicKey {
        PublicKey(self.0.verifying_key())
    }

    /// Signs `message`.
    pub fn sign(&self, message: &[u8]) -> [u8; 64] {
        self.0.sign(message).to_bytes()
    }
}

/// The root keys built into the app and how many of them must sign a keys document. Roots are
/// held offline by different people; losing fewer than `threshold` of them to an attacker is
/// not enough to forge content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrustAnchor {
    roots: Vec<PublicKey>,
    threshold: usize,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct AnchorWire {
    threshold: usize,
    roots: Vec<String>,
}

impl TrustAnchor {
    /// An anchor of `roots` needing `threshold` distinct signatures; the threshold must be at
    /// least 1 and at most the number of distinct roots.
    pub fn new(roots: Vec<PublicKey>, threshold: usize) -> Result<TrustAnchor, PackError> {
        let mut ids: Vec<KeyId> = roots.iter().map(PublicKey::id).collect();
        ids.sort();
        ids.dedup();
        if threshold == 0 || threshold > ids.len() || ids.len() != roots.len() {
            return Err(PackError::ManifestInvalid("bad trust anchor".into()));
        }
        Ok(TrustAnchor { roots, threshold })
    }

    /// Parses the anchor's JSON form `{"threshold": 2, "roots": ["<hex>", ...]}`.
    pub fn from_json(text: &str) -> Result<TrustAnchor, PackError> {
        let wire: AnchorWire =
            serde_json::from_str(text).map_err(|e| PackError::ManifestInvalid(format!("trust anchor: {e}")))?;
        let roots = wire.roots.iter().map(|r| PublicKey::from_hex(r)).collect::<Result<Vec<_>, _>>()?;
        TrustAnchor::new(roots, wire.threshold)
    }

    /// The anchor's JSON form.
    pub fn to_json(&self) -> String {
        let wire = AnchorWire { threshold: self.threshold, roots: self.roots.iter().map(PublicKey::to_hex).collect() };
        serde_json::to_string_pretty(&wire).unwrap_or_default()
    }

    /// How many distinct roots signed `message`, counting each root once.
    pub(crate) fn count_signers(&self, message: &[u8], signatures: &[(KeyId, [u8; 64])]) -> usize {
        self.roots
            .iter()
            .filter(|root| signatures.iter().any(|(id, sig)| *id == root.id() && root.verifies(message, sig)))
            .count()
    }

    /// The number of root signatures a keys document needs.
    pub fn threshold(&self) -> usize {
        self.threshold
    }
}

/// The root-signed list of content keys. A higher `version` replaces a lower one; a key it no
/// longer lists is revoked. `expires` is shown, not enforced: a phone's clock may be wrong, and
/// a worker must not lose legal guidance over it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeysDocument {
    /// Strictly increasing version.
    pub version: u64,
    /// After this day the publisher promises a newer document.
    pub expires: Date,
    /// The content keys this document delegates to.
    pub keys: Vec<PublicKey>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct KeysWire {
    format: String,
    format_version: u32,
    version: u64,
    expires: String,
    keys: Vec<String>,
}

const KEYS_FORMAT: &str = "mirai-pack-keys";

impl KeysDocument {
    /// Parses the exact bytes the roots signed.
    pub fn parse(bytes: &[u8]) -> Result<KeysDocument, PackError> {
        let bad = |why: String| PackError::ManifestInvalid(format!("keys document: {why}"));
        let wire: KeysWire = serde_json::from_slice(bytes).map_err(|e| bad(e.to_string()))?;
        if wire.format != KEYS_FORMAT || wire.format_version != crate::FORMAT_VERSION {
            return Err(bad("unknown format".into()));
        }
        if wire.keys.is_empty() || wire.keys.len() > 64 {
            return Err(bad("wrong number of keys".into()));
        }
        let keys = wire.keys.iter().map(|k| PublicKey::from_hex(k)).collect::<Result<Vec<_>, _>>()?;
        let expires = wire.expires.parse().map_err(|_| bad("bad expiry date".into()))?;
        Ok(KeysDocument { version: wire.version, expires, keys })
    }

    /// The bytes to sign and ship.
    pub fn to_bytes(&self) -> Vec<u8> {
        let wire = KeysWire {
            format: KEYS_FORMAT.into(),
            format_version: crate::FORMAT_VERSION,
            version: self.version,
            expires: self.expires.to_string(),
            keys: self.keys.iter().map(PublicKey::to_hex).collect(),
        };
        serde_json::to_vec_pretty(&wire).unwrap_or_default()
    }

    /// The listed key with this id, if any.
    pub fn key(&self, id: KeyId) -> Option<&PublicKey> {
        self.keys.iter().find(|k| k.id() == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_sign_and_verify_and_round_trip_as_hex() {
        let secret = SecretKey::generate().expect("random");
        let again = SecretKey::from_hex(&secret.to_hex()).expect("hex");
        assert_eq!(again.public(), secret.public());
        let signature = secret.sign(b"manifest");
        assert!(secret.public().verifies(b"manifest", &signature));
        assert!(!secret.public().verifies(b"manifesT", &signature));
        assert_eq!(PublicKey::from_hex(&secret.public().to_hex()).expect("hex"), secret.public());
    }

    #[test]
    fn thresholds_count_distinct_roots_only() {
        let roots: Vec<SecretKey> = (0..3).map(|_| SecretKey::generate().expect("random")).collect();
        let anchor = TrustAnchor::new(roots.iter().map(SecretKey::public).collect(), 2).expect("anchor");
        let message = b"keys";
        let one = (roots[0].public().id(), roots[0].sign(message));
        assert_eq!(anchor.count_signers(message, &[one, one]), 1, "the same root twice counts once");
        let two = (roots[1].public().id(), roots[1].sign(message));
        assert_eq!(anchor.count_signers(message, &[one, two]), 2);
        let wrong = (roots[2].public().id(), roots[2].sign(b"other"));
        assert_eq!(anchor.count_signers(message, &[wrong]), 0);
        assert!(TrustAnchor::new(vec![roots[0].public(), roots[0].public()], 2).is_err());
        assert!(TrustAnchor::new(vec![roots[0].public()], 0).is_err());
        assert_eq!(TrustAnchor::from_json(&anchor.to_json()).expect("json"), anchor);
    }

    #[test]
    fn keys_documents_round_trip_and_refuse_junk() {
        let key = SecretKey::generate().expect("random").public();
        let doc = KeysDocument { version: 3, expires: "2027-11-23".parse().expect("date"), keys: vec![key] };
        assert_eq!(KeysDocument::parse(&doc.to_bytes()).expect("parse"), doc);
        assert!(KeysDocument::parse(b"{}").is_err());
        let text = String::from_utf8(doc.to_bytes()).expect("utf8");
        assert!(KeysDocument::parse(text.replace("mirai-pack-keys", "other").as_bytes()).is_err());
        assert!(KeysDocument::parse(text.replace("\"version\": 3", "\"version\": 3, \"x\": 1").as_bytes()).is_err());
    }
}
