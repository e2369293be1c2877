use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use crate::KeysError;

/// The 256-bit key that encrypts one store. It is wiped from memory when dropped and never
/// printed, so it cannot leak through a log line or a panic message.
#[derive(Clone, Zeroize, ZeroizeOnDrop, PartialEq, Eq)]
pub struct RawKey([u8; 32]);

impl RawKey {
    /// A fresh key from the operating system's random source.
    pub fn generate() -> Result<RawKey, KeysError> {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).map_err(|_| KeysError::Random)?;
        Ok(RawKey(bytes))
    }

    /// Wraps known bytes: for tests and for keys recovered from a slot.
    pub fn from_bytes(bytes: [u8; 32]) -> RawKey {
        RawKey(bytes)
    }

    /// The key bytes, for the few places that must hand them on (SQLCipher, a keystore).
    pub fn expose(&self) -> &[u8; 32] {
        &self.0
    }

    /// The value for SQLCipher's `PRAGMA key`: `x'<64 hex digits>'` selects a raw key, which
    /// skips SQLCipher's own PBKDF2 on every open.
    pub fn sqlcipher_key_literal(&self) -> Zeroizing<String> {
        let mut hex = Zeroizing::new(hex::encode(self.0));
        let literal = Zeroizing::new(format!("x'{}'", hex.as_str()));
        hex.zeroize();
        literal
    }

    /// A value that proves a key belongs to a store without revealing the key: HMAC-SHA256 of
    /// a fixed label and the store id.
    pub fn check_value(&self, store_id: &[u8]) -> [u8; 32] {
        // HMAC accepts keys of any length, so this cannot fail for a 32-byte key.
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(&self.0)
            .unwrap_or_else(|_| unreachable!("HMAC takes any key length"));
        mac.update(b"mirai store key check v1|");
        mac.update(store_id);
        mac.finalize().into_bytes().into()
    }
}

impl std::fmt::Debug for RawKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RawKey(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_keys_differ_and_never_print() {
        let a = RawKey::generate().expect("random");
        let b = RawKey::generate().expect("random");
        assert_ne!(a.expose(), b.expose());
        assert_eq!(format!("{a:?}"), "RawKey(<redacted>)");
    }

    #[test]
    fn sqlcipher_literal_is_raw_key_syntax() {
        let key = RawKey::from_bytes([0xab; 32]);
        let literal = key.sqlcipher_key_literal();
        assert_eq!(literal.len(), 67);
        assert!(literal.starts_with("x'abab") && literal.ends_with("ab'"));
    }

    #[test]
    fn check_value_depends_on_key_and_store() {
        let key = RawKey::from_bytes([1; 32]);
        let other = RawKey::from_bytes([2; 32]);
        assert_eq!(key.check_value(b"s1"), key.check_value(b"s1"));
        assert_ne!(key.check_value(b"s1"), key.check_value(b"s2"));
        assert_ne!(key.check_value(b"s1"), other.check_value(b"s1"));
    }
}
