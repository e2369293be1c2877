//! A device proves it holds its Ed25519 key when it connects: the server sends a fresh random
//! nonce, the device signs it together with the server's name and a fixed context, and the
//! server checks the signature with the device's public key. The server's name in the signed
//! bytes stops a malicious server from replaying the answer to another server; the nonce, never
//! reused, stops a replay to the same one.

use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};

use crate::table::DeviceKey;

/// Signed before everything else, so the signature is good for nothing but this handshake.
pub const CHALLENGE_CONTEXT: &[u8] = b"mirai-sync device challenge v1";

/// A challenge a server sent: its name and a nonce it will never send again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Challenge {
    /// The server's name, e.g. its URL's host.
    pub server: String,
    /// 32 random bytes from the server.
    pub nonce: [u8; 32],
}

/// Why a device's answer was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum IdentityError {
    /// Not a valid Ed25519 public key.
    #[error("not a device key")]
    Key,
    /// The signature does not verify for this key, server and nonce.
    #[error("the signature does not prove the key")]
    Signature,
}

impl Challenge {
    /// The bytes that are signed.
    fn message(&self) -> Vec<u8> {
        let mut message = Vec::with_capacity(CHALLENGE_CONTEXT.len() + 2 + self.server.len() + 32);
        message.extend_from_slice(CHALLENGE_CONTEXT);
        // Length-prefixed, so no server name can be confused with another plus nonce bytes.
        message.extend_from_slice(&u16::try_from(self.server.len()).unwrap_or(u16::MAX).to_be_bytes());
        message.extend_from_slice(self.server.as_bytes());
        message.extend_from_slice(&self.nonce);
        message
    }

    /// The device's answer: its signature over the challenge.
    pub fn answer(&self, device: &SigningKey) -> [u8; 64] {
        device.sign(&self.message()).to_bytes()
    }

    /// Checks a device's answer; on success the connection acts for `key` from then on.
    pub fn verify(&self, key: &DeviceKey, answer: &[u8; 64]) -> Result<(), IdentityError> {
        let key = VerifyingKey::from_bytes(key).map_err(|_| IdentityError::Key)?;
        key.verify_strict(&self.message(), &Signature::from_bytes(answer)).map_err(|_| IdentityError::Signature)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn device(seed: u8) -> SigningKey {
        SigningKey::from_bytes(&[seed; 32])
    }

    fn challenge(server: &str, nonce: u8) -> Challenge {
        Challenge { server: server.to_owned(), nonce: [nonce; 32] }
    }

    #[test]
    fn a_device_proves_its_key_for_this_server_and_this_nonce_only() {
        let phone = device(1);
        let key = phone.verifying_key().to_bytes();
        let asked = challenge("sync.example.org", 7);
        let answer = asked.answer(&phone);
        assert_eq!(asked.verify(&key, &answer), Ok(()));
        assert_eq!(challenge("sync.example.org", 8).verify(&key, &answer), Err(IdentityError::Signature), "replayed");
        assert_eq!(challenge("evil.example.org", 7).verify(&key, &answer), Err(IdentityError::Signature));
        let other = device(2).verifying_key().to_bytes();
        assert_eq!(asked.verify(&other, &answer), Err(IdentityError::Signature), "another device's key");
        let mut bent = answer;
        bent[10] ^= 1;
        assert_eq!(asked.verify(&key, &bent), Err(IdentityError::Signature));
    }
}
