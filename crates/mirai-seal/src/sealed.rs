//! Sealing and opening. A sealed submission is one version byte, HPKE's 32-byte encapsulated
//! key, then the ciphertext with its 16-byte tag.

use chacha20::ChaCha20Rng;
use chacha20::rand_core::SeedableRng;
use hpke::aead::ChaCha20Poly1305;
use hpke::kdf::HkdfSha256;
use hpke::{Deserializable, OpModeR, OpModeS, Serializable};
use zeroize::Zeroizing;

use crate::keys::{Kem, PublicKey, SecretKey};

/// The format's version byte.
const VERSION: u8 = 1;
/// HPKE's `info`: keys derived for Mirai submissions are never valid for anything else.
const INFO: &[u8] = b"mirai self-check submission v1";
const ENCAPPED: usize = 32;
const TAG: usize = 16;
/// The largest sealed submission accepted for opening; a real one is a few kilobytes.
pub const MAX_SEALED: usize = 1 << 20;

/// Why nothing was sealed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SealError {
    /// The operating system gave no randomness.
    #[error("no randomness available")]
    Random,
    /// The organisation's key is not usable (a low-order point, say).
    #[error("the organisation's key is not usable")]
    Key,
    /// The submission is larger than [`MAX_SEALED`] allows.
    #[error("the submission is too large")]
    TooLarge,
}

/// Why a sealed submission was not opened.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OpenError {
    /// Not in the format, or a version this build does not know.
    #[error("not a sealed submission of a known version")]
    Format,
    /// Larger than [`MAX_SEALED`].
    #[error("larger than {MAX_SEALED} bytes")]
    TooLarge,
    /// Sealed to another key, for another questionnaire, or altered.
    #[error("sealed to another key, for another questionnaire, or altered")]
    Refused,
}

/// Seals `plaintext` to `to`, binding `context` (the questionnaire id) as associated data.
pub fn seal(to: &PublicKey, context: &str, plaintext: &[u8]) -> Result<Vec<u8>, SealError> {
    if plaintext.len() + 1 + ENCAPPED + TAG > MAX_SEALED {
        return Err(SealError::TooLarge);
    }
    let mut seed = Zeroizing::new([0u8; 32]);
    getrandom::fill(seed.as_mut()).map_err(|_| SealError::Random)?;
    let mut rng = ChaCha20Rng::from_seed(*seed);
    let recipient = to.hpke()?;
    let (encapped, ciphertext) = hpke::single_shot_seal_with_rng::<ChaCha20Poly1305, HkdfSha256, Kem>(
        &OpModeS::Base,
        &recipient,
        INFO,
        plaintext,
        context.as_bytes(),
        &mut rng,
    )
    .map_err(|_| SealError::Key)?;
    let mut sealed = Vec::with_capacity(1 + ENCAPPED + ciphertext.len());
    sealed.push(VERSION);
    sealed.extend_from_slice(&encapped.to_bytes());
    sealed.extend_from_slice(&ciphertext);
    Ok(sealed)
}

/// Opens a submission sealed to `key` for `context`.
pub fn open(key: &SecretKey, context: &str, sealed: &[u8]) -> Result<Vec<u8>, OpenError> {
    if sealed.len() > MAX_SEALED {
        return Err(OpenError::TooLarge);
    }
    let (&version, rest) = sealed.split_first().ok_or(OpenError::Format)?;
    if version != VERSION || rest.len() < ENCAPPED + TAG {
        return Err(OpenError::Format);
    }
    let (encapped, ciphertext) = rest.split_at(ENCAPPED);
    let encapped = <Kem as hpke::Kem>::EncappedKey::from_bytes(encapped).map_err(|_| OpenError::Format)?;
    hpke::single_shot_open::<ChaCha20Poly1305, HkdfSha256, Kem>(
        &OpModeR::Base,
        key.hpke(),
        &encapped,
        INFO,
        ciphertext,
        context.as_bytes(),
    )
    .map_err(|_| OpenError::Refused)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn the_organisation_opens_what_a_worker_sealed_and_nobody_else_does() {
        let org = SecretKey::generate().expect("test");
        let other = SecretKey::generate().expect("test");
        let sealed = seal(&org.public_key(), "worker-self-check", b"passport kept: yes").expect("test");
        assert_eq!(open(&org, "worker-self-check", &sealed).expect("test"), b"passport kept: yes");
        assert_eq!(open(&other, "worker-self-check", &sealed), Err(OpenError::Refused));
        assert_eq!(open(&org, "another-questionnaire", &sealed), Err(OpenError::Refused));
        assert!(!sealed.windows(8).any(|w| w == b"passport"), "no plaintext in the sealed bytes");
    }

    #[test]
    fn every_seal_uses_a_fresh_key_so_equal_answers_never_look_equal() {
        let org = SecretKey::generate().expect("test");
        let a = seal(&org.public_key(), "q", b"same").expect("test");
        let b = seal(&org.public_key(), "q", b"same").expect("test");
        assert_ne!(a, b);
        assert_ne!(a[1..33], b[1..33]);
    }

    #[test]
    fn a_low_order_key_fails_closed() {
        // The all-zero point: X25519 with it gives an all-zero secret, which HPKE refuses.
        assert_eq!(seal(&PublicKey::from_bytes([0; 32]), "q", b"x"), Err(SealError::Key));
    }

    #[test]
    fn truncated_unknown_and_oversized_inputs_are_refused() {
        let org = SecretKey::generate().expect("test");
        let sealed = seal(&org.public_key(), "q", b"x").expect("test");
        assert_eq!(open(&org, "q", &[]), Err(OpenError::Format));
        assert_eq!(open(&org, "q", &sealed[..40]), Err(OpenError::Format));
        let mut future = sealed.clone();
        future[0] = 2;
        assert_eq!(open(&org, "q", &future), Err(OpenError::Format));
        assert_eq!(open(&org, "q", &vec![1; MAX_SEALED + 1]), Err(OpenError::TooLarge));
        assert_eq!(seal(&org.public_key(), "q", &vec![0; MAX_SEALED]), Err(SealError::TooLarge));
    }

    #[test]
    fn a_secret_key_survives_its_file() {
        let org = SecretKey::generate().expect("test");
        let again = SecretKey::from_bytes(&org.to_bytes()).expect("test");
        assert_eq!(again.public_key(), org.public_key());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn any_single_bit_flip_is_refused(plaintext in proptest::collection::vec(any::<u8>(), 0..200), bit in any::<prop::sample::Index>()) {
            let org = SecretKey::from_bytes(&[7; 32]).expect("test");
            let mut sealed = seal(&org.public_key(), "q", &plaintext).expect("test");
            let at = bit.index(sealed.len() * 8);
            sealed[at / 8] ^= 1 << (at % 8);
            prop_assert!(open(&org, "q", &sealed).is_err());
        }
    }
}
