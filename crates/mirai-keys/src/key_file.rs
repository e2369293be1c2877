use serde::{Deserialize, Serialize};

use crate::{KdfParams, KeysError, RawKey};

/// The largest key file accepted. Real files are under 1 KiB; the cap stops a hostile file
/// from costing memory before it is even parsed.
pub const MAX_KEY_FILE_BYTES: usize = 16 * 1024;

const FORMAT: &str = "mirai-keyfile";
const VERSION: u32 = 1;
const MAX_SLOTS: usize = 8;

/// A random identifier of one store. It names the keystore entry and is bound into the key
/// check and the passphrase wrapping, so slots cannot be moved between stores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StoreId([u8; 16]);

impl StoreId {
    /// A fresh random id.
    pub fn generate() -> Result<StoreId, KeysError> {
        let mut bytes = [0u8; 16];
        getrandom::fill(&mut bytes).map_err(|_| KeysError::Random)?;
        Ok(StoreId(bytes))
    }

    /// The id as 32 lowercase hex digits.
    pub fn to_hex(self) -> String {
        hex::encode(self.0)
    }

    pub(crate) fn as_bytes(&self) -> &[u8; 16] {
        &self.0
    }
}

/// One way to recover the store's raw key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Slot {
    /// The raw key is held by the operating system's keystore under this account name.
    Keystore {
        /// The keystore account (the service name is the app's).
        account: String,
    },
    /// The raw key is encrypted under a key derived from a passphrase.
    Passphrase {
        /// Argon2id costs used for this slot.
        kdf: KdfParams,
        /// Argon2id salt.
        salt: [u8; 16],
        /// XChaCha20-Poly1305 nonce.
        nonce: [u8; 24],
        /// The raw key encrypted, with its 16-byte tag.
        wrapped: [u8; 48],
    },
}

/// The small file kept beside the database: which store it is, how to check a key, and how
/// to recover the key. It holds no secret in the clear.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyFile {
    store_id: StoreId,
    key_check: [u8; 32],
    slots: Vec<Slot>,
}

#[derive(Deserialize)]
struct Header {
    format: String,
    version: u32,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Wire {
    format: String,
    version: u32,
    store_id: String,
    key_check: String,
    slots: Vec<WireSlot>,
}

#[derive(Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", deny_unknown_fields)]
enum WireSlot {
    Keystore { account: String },
    Passphrase { kdf: String, m_kib: u32, t: u32, p: u32, salt: String, nonce: String, wrapped: String },
}

impl KeyFile {
    pub(crate) fn new(store_id: StoreId, key: &RawKey, slot: Slot) -> KeyFile {
        KeyFile { store_id, key_check: key.check_value(store_id.as_bytes()), slots: vec![slot] }
    }

    /// Which store this file belongs to.
    pub fn store_id(&self) -> StoreId {
        self.store_id
    }

    /// The recovery slots, in the order they were added.
    pub fn slots(&self) -> &[Slot] {
        &self.slots
    }

    /// Whether `key` is this store's key. Cheap, and touches no database.
    pub fn accepts(&self, key: &RawKey) -> bool {
        key.check_value(self.store_id.as_bytes()) == self.key_check
    }

    /// Parses a key file read from disk. Anything unexpected is refused: unknown fields, wrong
    /// lengths, out-of-range costs, too many slots, or more than [`MAX_KEY_FILE_BYTES`].
    pub fn parse(bytes: &[u8]) -> Result<KeyFile, KeysError> {
        let malformed = |why: &str| KeysError::MalformedKeyFile(why.to_owned());
        if bytes.len() > MAX_KEY_FILE_BYTES {
            return Err(malformed("file too large"));
        }
        let header: Header = serde_json::from_slice(bytes).map_err(|_| malformed("not a key file"))?;
        if header.format != FORMAT {
            return Err(malformed("not a key file"));
        }
        if header.version != VERSION {
            return Err(KeysError::UnsupportedVersion(header.version));
        }
        let wire: Wire = serde_json::from_slice(bytes)
            .map_err(|e| malformed(&format!("unexpected content at line {}", e.line())))?;
        if wire.slots.is_empty() || wire.slots.len() > MAX_SLOTS {
            return Err(malformed("wrong number of slots"));
        }
        let slots = wire.slots.into_iter().map(Slot::from_wire).collect::<Result<Vec<_>, _>>()?;
        Ok(KeyFile {
            store_id: StoreId(decode_hex(&wire.store_id, "store_id")?),
            key_check: decode_hex(&wire.key_check, "key_check")?,
            slots,
        })
    }

    /// The file's bytes, ready to be written atomically.
    pub fn to_bytes(&self) -> Vec<u8> {
        let wire = Wire {
            format: FORMAT.to_owned(),
            version: VERSION,
            store_id: self.store_id.to_hex(),
            key_check: hex::encode(self.key_check),
            slots: self.slots.iter().map(Slot::to_wire).collect(),
        };
        // Serialising plain strings and numbers into a Vec cannot fail.
        let mut bytes = serde_json::to_vec_pretty(&wire).unwrap_or_default();
        bytes.push(b'\n');
        bytes
    }
}

impl Slot {
    /// A short name for messages: which kind of slot this is.
    pub fn kind(&self) -> &'static str {
        match self {
            Slot::Keystore { .. } => "keystore",
            Slot::Passphrase { .. } => "passphrase",
        }
    }

    fn from_wire(wire: WireSlot) -> Result<Slot, KeysError> {
        match wire {
            WireSlot::Keystore { account } => {
                let plausible = !account.is_empty()
                    && account.len() <= 128
                    && account.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
                if !plausible {
                    return Err(KeysError::MalformedKeyFile("bad keystore account".into()));
                }
                Ok(Slot::Keystore { account })
            }
            WireSlot::Passphrase { kdf, m_kib, t, p, salt, nonce, wrapped } => {
                let params = KdfParams { m_kib, t, p };
                if kdf != "argon2id" || !params.is_within_bounds() {
                    return Err(KeysError::MalformedKeyFile("bad key derivation parameters".into()));
                }
                Ok(Slot::Passphrase {
                    kdf: params,
                    salt: decode_hex(&salt, "salt")?,
                    nonce: decode_hex(&nonce, "nonce")?,
                    wrapped: decode_hex(&wrapped, "wrapped")?,
                })
            }
        }
    }

    fn to_wire(&self) -> WireSlot {
        match self {
            Slot::Keystore { account } => WireSlot::Keystore { account: account.clone() },
            Slot::Passphrase { kdf, salt, nonce, wrapped } => WireSlot::Passphrase {
                kdf: "argon2id".into(),
                m_kib: kdf.m_kib,
                t: kdf.t,
                p: kdf.p,
                salt: hex::encode(salt),
                nonce: hex::encode(nonce),
                wrapped: hex::encode(wrapped),
            },
        }
    }
}

fn decode_hex<const N: usize>(text: &str, field: &str) -> Result<[u8; N], KeysError> {
    let mut out = [0u8; N];
    hex::decode_to_slice(text, &mut out).map_err(|_| KeysError::MalformedKeyFile(format!("bad {field}")))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn sample() -> KeyFile {
        let key = RawKey::from_bytes([7; 32]);
        let id = StoreId([3; 16]);
        let mut file = KeyFile::new(id, &key, Slot::Keystore { account: "store-0303".into() });
        file.slots.push(Slot::Passphrase { kdf: KdfParams::DEFAULT, salt: [1; 16], nonce: [2; 24], wrapped: [4; 48] });
        file
    }

    #[test]
    fn round_trips() {
        let file = sample();
        assert_eq!(KeyFile::parse(&file.to_bytes()).expect("parses"), file);
    }

    #[test]
    fn refuses_what_it_does_not_know() {
        let good = String::from_utf8(sample().to_bytes()).expect("utf8");
        let cases = [
            ("", "empty"),
            ("{}", "no header"),
            ("SQLite format 3\0", "foreign"),
            (&good.replace("mirai-keyfile", "other-keyfile"), "format"),
            (&good.replace("\"kind\": \"keystore\"", "\"kind\": \"cloud\""), "kind"),
            (&good.replace("\"t\": 3", "\"t\": 3, \"extra\": 1"), "unknown field"),
            (&good.replace("\"m_kib\": 65536", "\"m_kib\": 8"), "weak kdf"),
            (&good.replace("store-0303", "../../etc"), "account"),
            (&good.replace("\"version\": 1", "\"version\": 1.5"), "version type"),
        ];
        for (text, why) in cases {
            assert!(matches!(KeyFile::parse(text.as_bytes()), Err(KeysError::MalformedKeyFile(_))), "{why}");
        }
        let newer = good.replace("\"version\": 1", "\"version\": 2");
        assert!(matches!(KeyFile::parse(newer.as_bytes()), Err(KeysError::UnsupportedVersion(2))));
        let huge = vec![b' '; MAX_KEY_FILE_BYTES + 1];
        assert!(KeyFile::parse(&huge).is_err());
    }

    #[test]
    fn every_truncation_is_refused() {
        let bytes = sample().to_bytes();
        // The trailing newline is the only byte that may go.
        for len in 0..bytes.len() - 1 {
            assert!(KeyFile::parse(&bytes[..len]).is_err(), "accepted {len} of {} bytes", bytes.len());
        }
    }

    proptest! {
        #[test]
        fn never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
            let _ = KeyFile::parse(&bytes);
        }

    }
}
