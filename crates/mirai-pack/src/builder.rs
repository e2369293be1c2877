use std::collections::BTreeMap;
use std::io::Read;

use mirai_core::{Date, Language};
use sha2::{Digest, Sha256};

use crate::archive::{self, Budget};
use crate::envelope::SignedKeys;
use crate::limits::TAR_ENTRY_OVERHEAD;
use crate::{Envelope, FileEntry, Limits, Manifest, PackError, PackId, PackPath, SecretKey};

/// Collects content files and produces an [`UnsignedPack`]; used by the `mirai-pack` CLI and by
/// tests. Every file is checked against the content schema before a manifest is written.
pub struct PackBuilder {
    manifest: Manifest,
    files: BTreeMap<PackPath, Vec<u8>>,
}

/// A built pack with its manifest, waiting for a content key's signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnsignedPack {
    /// The manifest.
    pub manifest: Manifest,
    manifest_bytes: Vec<u8>,
    files: BTreeMap<PackPath, Vec<u8>>,
}

impl PackBuilder {
    /// A builder for version `version` of pack `pack_id`.
    pub fn new(
        pack_id: PackId,
        version: u64,
        created_at: Date,
        min_app_version: semver::Version,
        title: BTreeMap<Language, String>,
        languages: Vec<Language>,
    ) -> PackBuilder {
        let manifest = Manifest {
            pack_id,
            version,
            created_at,
            min_app_version,
            content_schema: crate::content::SCHEMA_VERSION,
            title,
            languages,
            files: Vec::new(),
        };
        PackBuilder { manifest, files: BTreeMap::new() }
    }

    /// Adds a content file; a path can be added once.
    pub fn add(&mut self, path: PackPath, bytes: Vec<u8>) -> Result<(), PackError> {
        if self.files.contains_key(&path) {
            return Err(PackError::UnexpectedFile(path.to_string()));
        }
        self.files.insert(path, bytes);
        Ok(())
    }

    /// Writes the manifest and checks the whole pack as the app will.
    pub fn build(mut self, limits: &Limits) -> Result<UnsignedPack, PackError> {
        self.manifest.files = self
            .files
            .iter()
            .map(|(path, bytes)| FileEntry {
                path: path.clone(),
                size: bytes.len() as u64,
                sha256: Sha256::digest(bytes).into(),
            })
            .collect();
        let manifest_bytes = self.manifest.to_bytes();
        let manifest = Manifest::parse(&manifest_bytes, limits)?;
        for (path, bytes) in &self.files {
            crate::content::validate(path, bytes, &manifest)?;
        }
        Ok(UnsignedPack { manifest, manifest_bytes, files: self.files })
    }
}

impl UnsignedPack {
    /// The exact manifest bytes a content key signs.
    pub fn manifest_bytes(&self) -> &[u8] {
        &self.manifest_bytes
    }

    /// Signs the manifest with `key`, delegated by `keys`.
    pub fn sign(&self, keys: &SignedKeys, key: &SecretKey) -> Envelope {
        Envelope {
            keys_document: keys.document.clone(),
            root_signatures: keys.signatures.clone(),
            key_id: key.public().id(),
            signature: key.sign(&self.manifest_bytes),
        }
    }

    /// The pack as an uncompressed tar; `envelope` is left out for an unsigned pack.
    pub fn to_tar(&self, envelope: Option<&Envelope>) -> Result<Vec<u8>, PackError> {
        let mut tar = tar::Builder::new(Vec::new());
        archive::append(&mut tar, "mirai-pack/manifest.json", &self.manifest_bytes)?;
        if let Some(envelope) = envelope {
            archive::append(&mut tar, "mirai-pack/signature.json", &envelope.to_bytes())?;
        }
        for (path, bytes) in &self.files {
            archive::append(&mut tar, &format!("content/{path}"), bytes)?;
        }
        Ok(tar.into_inner()?)
    }

    /// The pack file: the tar, zstd-compressed at `level` (19 for publishing, lower for tests).
    pub fn to_pack(&self, envelope: Option<&Envelope>, level: i32) -> Result<Vec<u8>, PackError> {
        archive::compress(&self.to_tar(envelope)?, level)
    }

    /// Reads a pack file written by [`UnsignedPack::to_pack`], signed or not, checking that it
    /// is consistent with its own manifest (not that it is trusted: that is [`crate::verify`]).
    pub fn read(pack: &[u8], limits: &Limits) -> Result<UnsignedPack, PackError> {
        let budget = Budget::new(limits.max_total_bytes + 2 * limits.max_meta_bytes);
        let mut tar = tar::Archive::new(archive::open(pack, &budget)?);
        let mut manifest_bytes = None;
        let mut files = BTreeMap::new();
        for entry in tar.entries().map_err(|e| PackError::Malformed(e.to_string()))? {
            let mut entry = entry.map_err(|e| PackError::Malformed(e.to_string()))?;
            if !matches!(entry.header().entry_type(), tar::EntryType::Regular) {
                return Err(PackError::NotARegularFile(String::from_utf8_lossy(&entry.path_bytes()).into_owned()));
            }
            let name = String::from_utf8_lossy(&entry.path_bytes()).into_owned();
            let mut bytes = Vec::new();
            entry.read_to_end(&mut bytes)?;
            match name.as_str() {
                "mirai-pack/manifest.json" => manifest_bytes = Some(bytes),
                "mirai-pack/signature.json" => {}
                other => {
                    let path = PackPath::parse(other.strip_prefix("content/").unwrap_or(other))?;
                    files.insert(path, bytes);
                }
            }
        }
        let manifest_bytes = manifest_bytes.ok_or_else(|| PackError::Malformed("no manifest".into()))?;
        let manifest = Manifest::parse(&manifest_bytes, limits)?;
        for entry in &manifest.files {
            let bytes = files.get(&entry.path).ok_or_else(|| PackError::MissingFile(entry.path.to_string()))?;
            if <[u8; 32]>::from(Sha256::digest(bytes)) != entry.sha256 {
                return Err(PackError::FileMismatch(entry.path.to_string()));
            }
        }
        if files.len() != manifest.files.len() {
            return Err(PackError::UnexpectedFile("a file the manifest does not list".into()));
        }
        Ok(UnsignedPack { manifest, manifest_bytes, files })
    }

    /// The content files and their bytes, in path order.
    pub fn files(&self) -> impl Iterator<Item = (&PackPath, &[u8])> {
        self.files.iter().map(|(path, bytes)| (path, bytes.as_slice()))
    }

    /// Replaces or adds a file without re-checking: for building tampered packs in tests.
    #[doc(hidden)]
    pub fn tamper_file(&mut self, path: PackPath, bytes: Vec<u8>) {
        self.files.insert(path, bytes);
    }

    /// Replaces the manifest bytes without re-checking: for tampered packs in tests.
    #[doc(hidden)]
    pub fn tamper_manifest(&mut self, bytes: Vec<u8>) {
        self.manifest_bytes = bytes;
    }

    /// Decompressed size bound for a pack this size, for callers that must hold the tar.
    pub(crate) fn tar_bound(manifest: &Manifest) -> u64 {
        manifest.content_bytes() + (manifest.files.len() as u64 + 8) * TAR_ENTRY_OVERHEAD + 8 * 1024 * 1024
    }
}
