use std::collections::BTreeMap;
use std::fmt;

use mirai_core::{Date, Language};
use serde::{Deserialize, Serialize};

use crate::{Limits, PackError, PackPath};

/// A pack's identity: lowercase letters, digits and dashes, starting with a letter or digit,
/// at most 64 characters (`default`, `otit-handbook-vi`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PackId(String);

impl PackId {
    /// Checks `text` against the rule above.
    pub fn parse(text: &str) -> Result<PackId, PackError> {
        let ok = !text.is_empty()
            && text.len() <= 64
            && text.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !text.starts_with('-');
        if ok { Ok(PackId(text.to_owned())) } else { Err(PackError::ManifestInvalid("bad pack id".into())) }
    }

    /// The id text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PackId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One content file as the manifest declares it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileEntry {
    /// Where it is in the pack, under `content/`.
    pub path: PackPath,
    /// Its exact size in bytes.
    pub size: u64,
    /// Its SHA-256.
    pub sha256: [u8; 32],
}

/// What a pack is and exactly what it holds. Signed as bytes; parsed only after the signature
/// over those bytes has been checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Manifest {
    /// Which pack this is.
    pub pack_id: PackId,
    /// Strictly increasing per pack id.
    pub version: u64,
    /// The day it was built; the app warns when it is old.
    pub created_at: Date,
    /// The oldest app version that can read it.
    pub min_app_version: semver::Version,
    /// The version of the content schema its files follow.
    pub content_schema: u32,
    /// The pack's name, per language.
    pub title: BTreeMap<Language, String>,
    /// The languages its content is written in.
    pub languages: Vec<Language>,
    /// Every content file, sorted by path.
    pub files: Vec<FileEntry>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Wire {
    format: String,
    format_version: u32,
    pack_id: String,
    version: u64,
    created_at: String,
    min_app_version: String,
    content_schema: u32,
    title: BTreeMap<String, String>,
    languages: Vec<String>,
    files: Vec<FileWire>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileWire {
    path: String,
    size: u64,
    sha256: String,
}

const FORMAT: &str = "mirai-pack-manifest";

impl Manifest {
    /// Parses and checks manifest bytes against the format's rules and `limits`.
    pub fn parse(bytes: &[u8], limits: &Limits) -> Result<Manifest, PackError> {
        let bad = |why: &str| PackError::ManifestInvalid(why.to_owned());
        let wire: Wire = serde_json::from_slice(bytes).map_err(|e| PackError::ManifestInvalid(e.to_string()))?;
        if wire.format != FORMAT || wire.format_version != crate::FORMAT_VERSION {
            return Err(bad("unknown manifest format"));
        }
        if wire.version == 0 {
            return Err(bad("version must be at least 1"));
        }
        if wire.content_schema != crate::content::SCHEMA_VERSION {
            return Err(bad("unsupported content schema"));
        }
        if wire.files.len() > limits.max_files {
            return Err(PackError::TooLarge("too many files".into()));
        }
        let languages = wire.languages.iter().map(|l| l.parse()).collect::<Result<Vec<Language>, _>>();
        let languages = languages.map_err(|_| bad("unknown language"))?;
        if languages.is_empty() || (1..languages.len()).any(|i| languages[..i].contains(&languages[i])) {
            return Err(bad("languages must be listed once each"));
        }
        let mut title = BTreeMap::new();
        for (lang, text) in &wire.title {
            let lang: Language = lang.parse().map_err(|_| bad("unknown title language"))?;
            if text.trim().is_empty() || text.chars().count() > 120 {
                return Err(bad("bad title"));
            }
            title.insert(lang, text.clone());
        }
        if !languages.iter().all(|l| title.contains_key(l)) {
            return Err(bad("a title is missing for a listed language"));
        }
        let mut files = Vec::with_capacity(wire.files.len());
        let mut total = 0u64;
        for file in &wire.files {
            let path = PackPath::parse(&file.path)?;
            if file.size > limits.max_file_bytes {
                return Err(PackError::TooLarge(format!("file {path}")));
            }
            total = total.saturating_add(file.size);
            let mut sha256 = [0u8; 32];
            hex::decode_to_slice(&file.sha256, &mut sha256).map_err(|_| bad("bad file hash"))?;
            files.push(FileEntry { path, size: file.size, sha256 });
        }
        if total > limits.max_total_bytes {
            return Err(PackError::TooLarge("total size".into()));
        }
        if !files.windows(2).all(|w| w[0].path < w[1].path) {
            return Err(bad("files must be sorted by path, each once"));
        }
        Ok(Manifest {
            pack_id: PackId::parse(&wire.pack_id)?,
            version: wire.version,
            created_at: wire.created_at.parse().map_err(|_| bad("bad creation date"))?,
            min_app_version: wire.min_app_version.parse().map_err(|_| bad("bad minimum app version"))?,
            content_schema: wire.content_schema,
            title,
            languages,
            files,
        })
    }

    /// The manifest's bytes, as they are signed and stored.
    pub fn to_bytes(&self) -> Vec<u8> {
        let wire = Wire {
            format: FORMAT.into(),
            format_version: crate::FORMAT_VERSION,
            pack_id: self.pack_id.to_string(),
            version: self.version,
            created_at: self.created_at.to_string(),
            min_app_version: self.min_app_version.to_string(),
            content_schema: self.content_schema,
            title: self.title.iter().map(|(l, t)| (l.code().to_owned(), t.clone())).collect(),
            languages: self.languages.iter().map(|l| l.code().to_owned()).collect(),
            files: self
                .files
                .iter()
                .map(|f| FileWire { path: f.path.to_string(), size: f.size, sha256: hex::encode(f.sha256) })
                .collect(),
        };
        serde_json::to_vec_pretty(&wire).unwrap_or_default()
    }

    /// The sum of the content files' sizes.
    pub fn content_bytes(&self) -> u64 {
        self.files.iter().map(|f| f.size).sum()
    }
}
