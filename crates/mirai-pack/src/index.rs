//! The signed index a server publishes: which packs and deltas it offers, with their sizes and
//! hashes. It is signed like a pack (a content key delegated by the root-signed keys document)
//! and carries a strictly increasing version, so a mirror cannot replay an old index to hide an
//! update, nor offer a file other than the one the publisher hashed.

use std::collections::BTreeMap;

use mirai_core::{Date, Language};
use serde::{Deserialize, Serialize};

use crate::envelope::SignedKeys;
use crate::verify::effective_keys;
use crate::{Envelope, KeysDocument, PackError, PackId, PackPath, SecretKey, TrustAnchor};

/// What a server offers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Index {
    /// Strictly increasing; the app refuses an index older than one it has seen.
    pub version: u64,
    /// The day it was published.
    pub created_at: Date,
    /// The packs on offer, one version each.
    pub packs: Vec<IndexEntry>,
}

/// One pack on offer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexEntry {
    /// The pack.
    pub pack_id: PackId,
    /// The version offered.
    pub version: u64,
    /// The pack's name per language.
    pub title: BTreeMap<Language, String>,
    /// The languages it is written in.
    pub languages: Vec<Language>,
    /// The pack file.
    pub file: Offered,
    /// Deltas to this version from earlier ones.
    pub deltas: Vec<(u64, Offered)>,
}

/// A file on the server: where, how big, and its SHA-256.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offered {
    /// Its path relative to the index.
    pub path: PackPath,
    /// Its exact size.
    pub size: u64,
    /// Its SHA-256.
    pub sha256: [u8; 32],
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Wire {
    format: String,
    format_version: u32,
    version: u64,
    created_at: String,
    packs: Vec<EntryWire>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct EntryWire {
    pack_id: String,
    version: u64,
    title: BTreeMap<String, String>,
    languages: Vec<String>,
    file: FileWire,
    deltas: Vec<DeltaWire>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileWire {
    path: String,
    size: u64,
    sha256: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct DeltaWire {
    from_version: u64,
    path: String,
    size: u64,
    sha256: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SignedWire {
    format: String,
    index: String,
    signature: String,
}

const FORMAT: &str = "mirai-pack-index";
const MAX_INDEX_BYTES: usize = 4 * 1024 * 1024;
const MAX_ENTRIES: usize = 1000;

impl Offered {
    fn to_wire(&self) -> FileWire {
        FileWire { path: self.path.to_string(), size: self.size, sha256: hex::encode(self.sha256) }
    }

    fn from_wire(path: &str, size: u64, sha256: &str) -> Result<Offered, PackError> {
        let mut hash = [0u8; 32];
        hex::decode_to_slice(sha256, &mut hash).map_err(|_| PackError::ManifestInvalid("index: bad hash".into()))?;
        Ok(Offered { path: PackPath::parse(path)?, size, sha256: hash })
    }
}

impl Index {
    /// The index's bytes, as signed.
    pub fn to_bytes(&self) -> Vec<u8> {
        let wire = Wire {
            format: FORMAT.into(),
            format_version: crate::FORMAT_VERSION,
            version: self.version,
            created_at: self.created_at.to_string(),
            packs: self
                .packs
                .iter()
                .map(|e| EntryWire {
                    pack_id: e.pack_id.to_string(),
                    version: e.version,
                    title: e.title.iter().map(|(l, t)| (l.code().to_owned(), t.clone())).collect(),
                    languages: e.languages.iter().map(|l| l.code().to_owned()).collect(),
                    file: e.file.to_wire(),
                    deltas: e
                        .deltas
                        .iter()
                        .map(|(from, d)| DeltaWire {
                            from_version: *from,
                            path: d.path.to_string(),
                            size: d.size,
                            sha256: hex::encode(d.sha256),
                        })
                        .collect(),
                })
                .collect(),
        };
        serde_json::to_vec_pretty(&wire).unwrap_or_default()
    }

    /// Parses index bytes (after their signature has been checked).
    pub fn parse(bytes: &[u8]) -> Result<Index, PackError> {
        let bad = |why: &str| PackError::ManifestInvalid(format!("index: {why}"));
        let wire: Wire = serde_json::from_slice(bytes).map_err(|e| bad(&e.to_string()))?;
        if wire.format != FORMAT || wire.format_version != crate::FORMAT_VERSION {
            return Err(bad("unknown format"));
        }
        if wire.packs.len() > MAX_ENTRIES {
            return Err(PackError::TooLarge("index".into()));
        }
        let mut packs = Vec::with_capacity(wire.packs.len());
        for entry in wire.packs {
            let languages = entry.languages.iter().map(|l| l.parse()).collect::<Result<Vec<Language>, _>>();
            let title = entry
                .title
                .iter()
                .map(|(l, t)| l.parse().map(|l| (l, t.clone())))
                .collect::<Result<BTreeMap<Language, String>, _>>();
            let deltas = entry
                .deltas
                .iter()
                .map(|d| Offered::from_wire(&d.path, d.size, &d.sha256).map(|o| (d.from_version, o)))
                .collect::<Result<Vec<_>, _>>()?;
            packs.push(IndexEntry {
                pack_id: PackId::parse(&entry.pack_id)?,
                version: entry.version,
                title: title.map_err(|_| bad("unknown title language"))?,
                languages: languages.map_err(|_| bad("unknown language"))?,
                file: Offered::from_wire(&entry.file.path, entry.file.size, &entry.file.sha256)?,
                deltas,
            });
        }
        Ok(Index { version: wire.version, created_at: wire.created_at.parse().map_err(|_| bad("bad date"))?, packs })
    }

    /// Signs the index with a content key, as a file to publish.
    pub fn sign(&self, keys: &SignedKeys, key: &SecretKey) -> Vec<u8> {
        let bytes = self.to_bytes();
        let envelope = Envelope {
            keys_document: keys.document.clone(),
            root_signatures: keys.signatures.clone(),
            key_id: key.public().id(),
            signature: key.sign(&bytes),
        };
        let wire = SignedWire {
            format: "mirai-pack-signed-index".into(),
            index: String::from_utf8_lossy(&bytes).into_owned(),
            signature: String::from_utf8_lossy(&envelope.to_bytes()).into_owned(),
        };
        serde_json::to_vec_pretty(&wire).unwrap_or_default()
    }
}

/// A signed index that passed verification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifiedIndex {
    /// The index.
    pub index: Index,
    /// The keys document in force after it.
    pub keys_document: Vec<u8>,
}

/// Verifies a signed index against the app's roots, the newest keys document it knows and the
/// newest index version it has seen.
pub fn verify_index(
    bytes: &[u8],
    anchor: &TrustAnchor,
    known_keys: Option<&[u8]>,
    newest_seen: Option<u64>,
) -> Result<VerifiedIndex, PackError> {
    if bytes.len() > MAX_INDEX_BYTES {
        return Err(PackError::TooLarge("index".into()));
    }
    let wire: SignedWire =
        serde_json::from_slice(bytes).map_err(|e| PackError::ManifestInvalid(format!("signed index: {e}")))?;
    if wire.format != "mirai-pack-signed-index" {
        return Err(PackError::ManifestInvalid("signed index: unknown format".into()));
    }
    let envelope = Envelope::parse(wire.signature.as_bytes())?;
    let known = crate::Known { keys_document: known_keys, ..crate::Known::default() };
    let (keys_document, keys) = effective_keys(&envelope, anchor, known)?;
    let key = keys.key(envelope.key_id).ok_or_else(|| {
        if KeysDocument::parse(&envelope.keys_document).is_ok_and(|own| own.key(envelope.key_id).is_some()) {
            PackError::RevokedKey
        } else {
            PackError::UnknownKey
        }
    })?;
    if !key.verifies(wire.index.as_bytes(), &envelope.signature) {
        return Err(PackError::BadSignature);
    }
    let index = Index::parse(wire.index.as_bytes())?;
    if let Some(seen) = newest_seen
        && index.version < seen
    {
        return Err(PackError::Rollback { accepted: seen, offered: index.version });
    }
    Ok(VerifiedIndex { index, keys_document })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sign_keys_document;

    #[test]
    fn a_signed_index_verifies_and_an_older_one_is_refused() {
        let roots: Vec<SecretKey> = (0..2).map(|_| SecretKey::generate().expect("random")).collect();
        let anchor = TrustAnchor::new(roots.iter().map(SecretKey::public).collect(), 2).expect("anchor");
        let content = SecretKey::generate().expect("random");
        let document =
            KeysDocument { version: 1, expires: "2030-01-01".parse().expect("date"), keys: vec![content.public()] };
        let keys = sign_keys_document(&document, &roots.iter().collect::<Vec<_>>());
        let entry = IndexEntry {
            pack_id: PackId::parse("default").expect("id"),
            version: 3,
            title: [(Language::En, "Basic".to_owned())].into(),
            languages: vec![Language::En],
            file: Offered { path: PackPath::parse("default-3.mpk").expect("path"), size: 10, sha256: [1; 32] },
            deltas: vec![(
                2,
                Offered { path: PackPath::parse("default-2-3.mpd").expect("path"), size: 4, sha256: [2; 32] },
            )],
        };
        let index = Index { version: 7, created_at: "2026-11-23".parse().expect("date"), packs: vec![entry] };
        let signed = index.sign(&keys, &content);
        assert_eq!(verify_index(&signed, &anchor, None, Some(7)).expect("verifies").index, index);
        assert!(matches!(verify_index(&signed, &anchor, None, Some(8)), Err(PackError::Rollback { .. })));
        let tampered = String::from_utf8(signed).expect("utf8").replace("default-3.mpk", "default-9.mpk");
        assert!(matches!(verify_index(tampered.as_bytes(), &anchor, None, None), Err(PackError::BadSignature)));
    }
}
