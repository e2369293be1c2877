//! The code an organisation gives workers so their devices can seal submissions to it: its name
//! and public key in one line of text (`MIRAI1-` and URL-safe base64), short enough for a QR
//! code or a chat message. A 4-byte checksum catches a copy that lost or changed characters.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha2::{Digest, Sha256};

use crate::keys::PublicKey;

const PREFIX: &str = "MIRAI1-";
const CHECKSUM: usize = 4;
/// The longest organisation name, in characters.
const MAX_NAME: usize = 80;
/// The longest code accepted, in bytes: the key, the longest name in 4-byte UTF-8 and the
/// checksum, in base64, with the prefix.
const MAX_CODE: usize = PREFIX.len() + (32 + MAX_NAME * 4 + CHECKSUM).div_ceil(3) * 4;

/// An organisation as a worker adds it: the name the app shows and the key it seals to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgCode {
    /// The organisation's name, as it chose it.
    pub name: String,
    /// Its public key.
    pub key: PublicKey,
}

/// Why a code was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    /// Not a Mirai organisation code at all.
    #[error("not a Mirai organisation code")]
    NotACode,
    /// A code whose characters were changed, lost or added on the way.
    #[error("the code is damaged; copy it again")]
    Damaged,
    /// A name that is empty, too long or has control characters.
    #[error("the organisation name is empty, too long or not plain text")]
    Name,
}

impl OrgCode {
    /// A code for `name` and `key`; refuses a name that [`OrgCode::parse`] would refuse.
    pub fn new(name: &str, key: PublicKey) -> Result<OrgCode, CodeError> {
        let name = name.trim();
        if name.is_empty() || name.chars().count() > MAX_NAME || name.chars().any(char::is_control) {
            return Err(CodeError::Name);
        }
        Ok(OrgCode { name: name.to_owned(), key })
    }

    /// Reads a code as pasted or scanned (surrounding white space is ignored).
    pub fn parse(text: &str) -> Result<OrgCode, CodeError> {
        let text = text.trim();
        if text.len() > MAX_CODE {
            return Err(CodeError::NotACode);
        }
        let body = text.strip_prefix(PREFIX).ok_or(CodeError::NotACode)?;
        let bytes = URL_SAFE_NO_PAD.decode(body).map_err(|_| CodeError::Damaged)?;
        if bytes.len() < 32 + 1 + CHECKSUM {
            return Err(CodeError::Damaged);
        }
        let (payload, checksum) = bytes.split_at(bytes.len() - CHECKSUM);
        if checksum != &Sha256::digest(payload)[..CHECKSUM] {
            return Err(CodeError::Damaged);
        }
        let (key, name) = payload.split_at(32);
        let name = std::str::from_utf8(name).map_err(|_| CodeError::Name)?;
        let mut raw = [0u8; 32];
        raw.copy_from_slice(key);
        let code = OrgCode::new(name, PublicKey::from_bytes(raw))?;
        if code.name != name {
            return Err(CodeError::Name);
        }
        // A key nothing can be sealed to (a low-order point) is refused now, not at sharing.
        crate::seal(&code.key, "", b"").map_err(|_| CodeError::Damaged)?;
        Ok(code)
    }
}

impl std::fmt::Display for OrgCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut payload = self.key.to_bytes().to_vec();
        payload.extend_from_slice(self.name.as_bytes());
        let checksum = Sha256::digest(&payload);
        payload.extend_from_slice(&checksum[..CHECKSUM]);
        write!(f, "{PREFIX}{}", URL_SAFE_NO_PAD.encode(payload))
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn key() -> PublicKey {
        crate::SecretKey::from_bytes(&[9; 32]).expect("test").public_key()
    }

    #[test]
    fn a_code_reads_back_as_written() {
        let code = OrgCode::new("Zentoitsu Union", key()).expect("test");
        let text = code.to_string();
        assert!(text.starts_with("MIRAI1-"));
        assert_eq!(OrgCode::parse(&format!("  {text}\n")).expect("test"), code);
    }

    #[test]
    fn names_in_any_script_fit() {
        let name = "ミャンマー労働者支援ネットワーク ဗမာ";
        assert_eq!(OrgCode::parse(&OrgCode::new(name, key()).expect("test").to_string()).expect("test").name, name);
        let longest = "あ".repeat(MAX_NAME);
        assert!(OrgCode::parse(&OrgCode::new(&longest, key()).expect("test").to_string()).is_ok());
    }

    #[test]
    fn damaged_and_foreign_codes_are_refused() {
        let text = OrgCode::new("NGO", key()).expect("test").to_string();
        assert_eq!(OrgCode::parse("https://example.org"), Err(CodeError::NotACode));
        assert_eq!(OrgCode::parse(&text[..text.len() - 3]), Err(CodeError::Damaged));
        let mut changed = text.clone().into_bytes();
        let last = changed.len() - 10;
        changed[last] = if changed[last] == b'A' { b'B' } else { b'A' };
        assert_eq!(OrgCode::parse(std::str::from_utf8(&changed).expect("test")), Err(CodeError::Damaged));
        assert_eq!(OrgCode::new("", key()), Err(CodeError::Name));
        assert_eq!(OrgCode::new("a\u{7}b", key()), Err(CodeError::Name));
        assert_eq!(OrgCode::parse(&"MIRAI1-".repeat(200)), Err(CodeError::NotACode));
        let unusable = OrgCode::new("NGO", PublicKey::from_bytes([0; 32])).expect("a name is all new checks");
        assert_eq!(OrgCode::parse(&unusable.to_string()), Err(CodeError::Damaged), "a key nothing seals to");
    }

    proptest! {
        #[test]
        fn parsing_any_text_never_panics(text in ".{0,300}") {
            let _ = OrgCode::parse(&text);
        }

        #[test]
        fn any_valid_name_round_trips(name in "[^\\p{Cc}]{1,80}", bytes in any::<[u8; 32]>()) {
            if let Ok(code) = OrgCode::new(&name, crate::SecretKey::from_bytes(&bytes).expect("test").public_key()) {
                prop_assert_eq!(OrgCode::parse(&code.to_string()), Ok(code));
            }
        }
    }
}
