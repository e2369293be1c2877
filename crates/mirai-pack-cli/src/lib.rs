//! The publishing side of content packs, shared by the `mirai-pack` command and the app's build
//! script (which builds the embedded default pack): reading a content folder, reading key
//! files, and questionnaires to and from XLSForm spreadsheets ([`xlsform`]). Everything that
//! decides what a valid pack is lives in `mirai-pack`.

#[doc(hidden)]
pub mod fuzzing;
mod lint;
pub mod xlsform;

pub use lint::{Finding, lint};

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use mirai_core::{Date, Language};
use mirai_pack::{
    Delta, Index, IndexEntry, KeysDocument, Limits, Offered, PackBuilder, PackError, PackId, PackPath, PublicKey,
    SecretKey, SignedKeys, UnsignedPack,
};
use serde::Deserialize;
use sha2::{Digest, Sha256};

/// Why a content folder or key file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    /// A file could not be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// What the OS said.
        source: std::io::Error,
    },
    /// `pack.json` is missing or malformed.
    #[error("bad pack.json: {0}")]
    PackJson(String),
    /// A file is where no content may be.
    #[error("{0} is not content: only articles/, directory/, questionnaires/ and images/ go in a pack")]
    Stray(String),
    /// The pack rules refused something.
    #[error(transparent)]
    Pack(#[from] PackError),
}

/// The pack's own description, `pack.json` at the top of a content folder.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PackSource {
    pack_id: String,
    version: u64,
    created: String,
    min_app_version: String,
    title: BTreeMap<String, String>,
    languages: Vec<String>,
}

const KINDS: [&str; 4] = ["articles", "directory", "questionnaires", "images"];

/// Reads a content folder: `pack.json` and the files under the content kinds' folders.
/// `README.md` files and names starting with `.` are skipped; anything else is an error.
pub fn read_content_dir(dir: &Path) -> Result<PackBuilder, SourceError> {
    let meta_path = dir.join("pack.json");
    let meta: PackSource =
        serde_json::from_slice(&read(&meta_path)?).map_err(|e| SourceError::PackJson(e.to_string()))?;
    let bad = |what: &str| SourceError::PackJson(what.to_owned());
    let languages = meta.languages.iter().map(|l| l.parse::<Language>()).collect::<Result<Vec<_>, _>>();
    let title = meta
        .title
        .iter()
        .map(|(l, t)| l.parse::<Language>().map(|l| (l, t.clone())))
        .collect::<Result<BTreeMap<_, _>, _>>();
    let mut builder = PackBuilder::new(
        PackId::parse(&meta.pack_id)?,
        meta.version,
        meta.created.parse::<Date>().map_err(|_| bad("created must be YYYY-MM-DD"))?,
        meta.min_app_version.parse().map_err(|_| bad("min_app_version must be a semantic version"))?,
        title.map_err(|_| bad("unknown title language"))?,
        languages.map_err(|_| bad("unknown language"))?,
    );
    for entry in list(dir)? {
        let name = file_name(&entry);
        if entry.is_dir() && KINDS.contains(&name.as_str()) {
            for file in list(&entry)? {
                let inner = file_name(&file);
                if inner.starts_with('.') || inner == "README.md" {
                    continue;
                }
                if file.is_dir() {
                    return Err(SourceError::Stray(format!("{name}/{inner}/")));
                }
                builder.add(PackPath::parse(&format!("{name}/{inner}"))?, read(&file)?)?;
            }
        } else if !(name.starts_with('.') || name == "README.md" || name == "pack.json") {
            return Err(SourceError::Stray(name));
        }
    }
    Ok(builder)
}

/// Builds the index of a served folder: the newest version of each pack (`*.mpk`), with every
/// delta (`*.mpd`) that leads to it.
pub fn index_folder(dir: &Path, version: u64) -> Result<Index, SourceError> {
    let mut newest: BTreeMap<String, IndexEntry> = BTreeMap::new();
    let mut deltas = Vec::new();
    for path in list(dir)? {
        let name = file_name(&path);
        let offered = |bytes: &[u8]| -> Result<Offered, SourceError> {
            Ok(Offered {
                path: PackPath::parse(&name)?,
                size: bytes.len() as u64,
                sha256: Sha256::digest(bytes).into(),
            })
        };
        if name.ends_with(".mpk") {
            let bytes = read(&path)?;
            let manifest = UnsignedPack::read(&bytes, &Limits::default())?.manifest;
            let entry = IndexEntry {
                pack_id: manifest.pack_id.clone(),
                version: manifest.version,
                title: manifest.title.clone(),
                languages: manifest.languages.clone(),
                file: offered(&bytes)?,
                deltas: Vec::new(),
            };
            match newest.get(manifest.pack_id.as_str()) {
                Some(other) if other.version >= entry.version => {}
                _ => {
                    newest.insert(manifest.pack_id.to_string(), entry);
                }
            }
        } else if name.ends_with(".mpd") {
            let bytes = read(&path)?;
            let header = Delta::parse(&bytes)?.header;
            deltas.push((header, offered(&bytes)?));
        }
    }
    for (header, offered) in deltas {
        if let Some(entry) = newest.get_mut(&header.pack_id).filter(|e| e.version == header.to_version) {
            entry.deltas.push((header.from_version, offered));
        }
    }
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let today = Date::from_unix_seconds(i64::try_from(now).unwrap_or(0));
    Ok(Index { version, created_at: today, packs: newest.into_values().collect() })
}

/// Reads a secret key file (64 hex digits).
pub fn read_secret_key(path: &Path) -> Result<SecretKey, SourceError> {
    Ok(SecretKey::from_hex(&String::from_utf8_lossy(&read(path)?))?)
}

/// Reads a public key file (64 hex digits).
pub fn read_public_key(path: &Path) -> Result<PublicKey, SourceError> {
    Ok(PublicKey::from_hex(&String::from_utf8_lossy(&read(path)?))?)
}

/// Reads a signed keys file.
pub fn read_signed_keys(path: &Path) -> Result<SignedKeys, SourceError> {
    let keys = SignedKeys::from_json(&read(path)?)?;
    KeysDocument::parse(&keys.document)?;
    Ok(keys)
}

fn read(path: &Path) -> Result<Vec<u8>, SourceError> {
    std::fs::read(path).map_err(|source| SourceError::Read { path: path.to_owned(), source })
}

fn list(dir: &Path) -> Result<Vec<PathBuf>, SourceError> {
    let entries = std::fs::read_dir(dir).map_err(|source| SourceError::Read { path: dir.to_owned(), source })?;
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    Ok(paths)
}

fn file_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}
