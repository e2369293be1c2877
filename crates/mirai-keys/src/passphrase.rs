use argon2::{Algorithm, Argon2, Params, Version};
use unicode_normalization::UnicodeNormalization;
use zeroize::Zeroizing;

use crate::KeysError;

/// A passphrase typed by the user, normalised to Unicode NFC so that the same words typed with
/// a different input method (Vietnamese and Burmese keyboards compose differently) still
/// unlock the store. Wiped from memory when dropped.
pub struct Passphrase(Zeroizing<String>);

/// The passphrase is shorter than the minimum; nothing was created.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("passphrase must have at least {min_chars} characters")]
pub struct PassphraseTooShort {
    /// The minimum number of characters.
    pub min_chars: usize,
}

impl Passphrase {
    /// The fewest characters a new passphrase may have.
    pub const MIN_CHARS: usize = 8;

    /// A passphrase for creating a new slot: enforces the minimum length.
    pub fn new(text: &str) -> Result<Passphrase, PassphraseTooShort> {
        let normalised = Zeroizing::new(text.nfc().collect::<String>());
        if normalised.chars().count() < Passphrase::MIN_CHARS {
            return Err(PassphraseTooShort { min_chars: Passphrase::MIN_CHARS });
        }
        Ok(Passphrase(normalised))
    }

    /// A passphrase offered to unlock an existing slot: any length, since the slot decides.
    pub fn for_unlock(text: &str) -> Passphrase {
        Passphrase(Zeroizing::new(text.nfc().collect()))
    }

    fn as_bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }
}

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(<redacted>)")
    }
}

/// Argon2id cost parameters, stored in each passphrase slot so they can be raised later
/// without locking out existing stores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KdfParams {
    /// Memory in KiB.
    pub m_kib: u32,
    /// Passes over memory.
    pub t: u32,
    /// Lanes.
    pub p: u32,
}

impl KdfParams {
    /// What new slots use: 64 MiB, 3 passes, 1 lane. About a quarter second on a desktop core,
    /// a second or two on a low-end phone; paid once per unlock, not per database open.
    pub const DEFAULT: KdfParams = KdfParams { m_kib: 64 * 1024, t: 3, p: 1 };

    /// The cheapest parameters a slot may carry (OWASP's floor is 19 MiB with 2 passes); a
    /// tampered key file cannot lower the work below this or raise it to exhaust memory.
    pub(crate) fn is_within_bounds(self) -> bool {
        (19 * 1024..=1024 * 1024).contains(&self.m_kib)
            && (1..=16).contains(&self.t)
            && (1..=8).contains(&self.p)
            && self.m_kib.saturating_mul(self.t) >= 19 * 1024 * 2
    }

    /// Derives a 256-bit wrapping key from the passphrase and salt.
    pub(crate) fn derive(self, passphrase: &Passphrase, salt: &[u8]) -> Result<Zeroizing<[u8; 32]>, KeysError> {
        if !self.is_within_bounds() {
            return Err(KeysError::Kdf);
        }
        let params = Params::new(self.m_kib, self.t, self.p, Some(32)).map_err(|_| KeysError::Kdf)?;
        let mut out = Zeroizing::new([0u8; 32]);
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
            .hash_password_into(passphrase.as_bytes(), salt, out.as_mut())
            .map_err(|_| KeysError::Kdf)?;
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_passphrases_are_refused_by_characters_not_bytes() {
        assert_eq!(Passphrase::new("1234567").err(), Some(PassphraseTooShort { min_chars: 8 }));
        // Eight Burmese characters are many more bytes; the rule counts characters.
        assert!(Passphrase::new("မြန်မာစာလုံး").is_ok());
        assert!(Passphrase::new("ab").is_err());
    }

    #[test]
    fn input_method_composition_does_not_matter() {
        let composed = Passphrase::new("nhà ở của tôi").expect("long enough");
        let decomposed = Passphrase::for_unlock("nha\u{300} o\u{31B}\u{309} cu\u{309}a to\u{302}i");
        assert_eq!(composed.as_bytes(), decomposed.as_bytes());
    }

    #[test]
    fn default_parameters_are_within_bounds_and_tampered_ones_are_not() {
        assert!(KdfParams::DEFAULT.is_within_bounds());
        for weak in [
            KdfParams { m_kib: 1024, t: 3, p: 1 },
            KdfParams { m_kib: 19 * 1024, t: 1, p: 1 },
            KdfParams { m_kib: 4 * 1024 * 1024, t: 3, p: 1 },
            KdfParams { m_kib: 64 * 1024, t: 0, p: 1 },
            KdfParams { m_kib: 64 * 1024, t: 3, p: 64 },
        ] {
            assert!(!weak.is_within_bounds(), "{weak:?}");
            assert!(weak.derive(&Passphrase::for_unlock("x"), b"saltsaltsaltsalt").is_err());
        }
    }
}
