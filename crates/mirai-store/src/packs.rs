//! Installing content packs: verify the whole pack while writing its files into one
//! transaction, and commit only if every check passed. The previous version stays active and
//! readable until the commit; a crash at any point leaves the old version or the new one.

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::io::{BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use mirai_core::{Date, Language};
use mirai_pack::{Known, Limits, Manifest, PackError, PackId, TrustAnchor, VerifyError};
use rusqlite::{OptionalExtension, params};

use crate::atomic_file::sync_dir;
use crate::indexer::{Indexer, is_article};
use crate::{Store, StoreError};

/// What a pack is verified against: the app's root keys and its own version.
#[derive(Debug, Clone)]
pub struct PackTrust {
    /// The root keys built into the app.
    pub anchor: TrustAnchor,
    /// This app's version, compared with each pack's minimum.
    pub app_version: semver::Version,
    /// Size caps.
    pub limits: Limits,
}

/// An installed pack, as the packs screen lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstalledPack {
    /// The pack's id.
    pub pack_id: String,
    /// The installed version.
    pub version: u64,
    /// Its name per language.
    pub title: BTreeMap<Language, String>,
    /// The languages it is written in.
    pub languages: Vec<Language>,
    /// The day it was built.
    pub created_at: Date,
    /// When it was installed (seconds since 1970).
    pub installed_at: i64,
    /// Size of the pack file.
    pub file_size: u64,
    /// Number of content files.
    pub files: usize,
}

/// The largest file accepted for import (a USB stick may hold anything).
const MAX_IMPORT_BYTES: u64 = 2 * 1024 * 1024 * 1024;

/// How a single pack file starts (zstd); anything else is taken for a file of shared packs.
const ZSTD_MAGIC: [u8; 4] = [0x28, 0xb5, 0x2f, 0xfd];

impl Store {
    /// Every installed pack, by id.
    pub fn installed_packs(&self) -> Result<Vec<InstalledPack>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT pack_id, version, manifest, file_size, installed_at FROM pack ORDER BY pack_id")?;
        let rows = stmt.query_map([], |row| {
            Ok((row.get::<_, i64>(1)?, row.get::<_, Vec<u8>>(2)?, row.get::<_, i64>(3)?, row.get::<_, i64>(4)?))
        })?;
        let mut packs = Vec::new();
        for row in rows {
            let (version, manifest, file_size, installed_at) = row?;
            let manifest = Manifest::parse(&manifest, &Limits::default())?;
            packs.push(InstalledPack {
                pack_id: manifest.pack_id.to_string(),
                version: u64::try_from(version).unwrap_or(0),
                title: manifest.title.clone(),
                languages: manifest.languages.clone(),
                created_at: manifest.created_at,
                installed_at,
                file_size: u64::try_from(file_size).unwrap_or(0),
                files: manifest.files.len(),
            });
        }
        Ok(packs)
    }

    /// The verified manifest bytes of an installed pack.
    pub fn pack_manifest(&self, pack_id: &str) -> Result<Vec<u8>, StoreError> {
        Ok(self.conn.query_row("SELECT manifest FROM pack WHERE pack_id = ?1", [pack_id], |row| row.get(0))?)
    }

    /// The installed version of a pack and the name of its file in the packs folder.
    pub fn installed_pack_file(&self, pack_id: &str) -> Result<Option<(u64, String)>, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT version, file_name FROM pack WHERE pack_id = ?1", [pack_id], |row| {
                Ok((u64::try_from(row.get::<_, i64>(0)?).unwrap_or(0), row.get(1)?))
            })
            .optional()?)
    }

    /// Every installed content file under `kind/` (for example `directory`), with its pack id.
    pub fn pack_files(&self, kind: &str) -> Result<Vec<(String, String, Vec<u8>)>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT pack_id, path, data FROM pack_file WHERE path >= ?1 AND path < ?2 ORDER BY pack_id, path",
        )?;
        let rows = stmt
            .query_map([format!("{kind}/"), format!("{kind}0")], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Copies a pack from outside (a USB stick, a download folder) into the private packs
    /// folder and installs it from that copy, never from the original: nothing can change the
    /// bytes between the check and the use. The copy is removed if the pack is refused.
    pub fn import_pack(
        &mut self,
        packs_dir: &Path,
        source: &Path,
        trust: &PackTrust,
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<InstalledPack, StoreError> {
        let file_name = copy_into(packs_dir, "pack", &mut File::open(source)?)?;
        self.install_copied(packs_dir, &file_name, trust, progress)
    }

    /// Installs a pack given as bytes (the default pack embedded in the app, or a download
    /// already in memory), through the same private copy.
    pub fn import_pack_bytes(
        &mut self,
        packs_dir: &Path,
        bytes: &[u8],
        trust: &PackTrust,
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<InstalledPack, StoreError> {
        let file_name = copy_into(packs_dir, "pack", &mut &bytes[..])?;
        self.install_copied(packs_dir, &file_name, trust, progress)
    }

    /// Installs a pack file already in the packs folder, refusing it (and removing the file)
    /// if any check fails.
    pub fn install_copied(
        &mut self,
        packs_dir: &Path,
        file_name: &str,
        trust: &PackTrust,
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<InstalledPack, StoreError> {
        let path = packs_dir.join(file_name);
        let outcome = self.install_from(&path, file_name, trust, progress);
        match &outcome {
            // The previous version's file is no longer referenced; leftovers cost space, not
            // correctness, and go at the next install if this removal fails.
            Ok(_) => drop(self.remove_unused_pack_files(packs_dir)),
            Err(_) => drop(fs::remove_file(&path)),
        }
        outcome
    }

    fn install_from(
        &mut self,
        path: &Path,
        file_name: &str,
        trust: &PackTrust,
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<InstalledPack, StoreError> {
        // Pages freed by an install held only published content (the old version's files and
        // index), so they need not be overwritten: that saves a seventh of the install time.
        // Private data freed elsewhere is still overwritten, as secure_delete is back on after.
        self.conn.pragma_update(None, "secure_delete", false)?;
        let installed = self.install_transaction(path, file_name, trust, progress);
        let restored = self.conn.pragma_update(None, "secure_delete", true);
        let installed = installed?;
        restored?;
        Ok(installed)
    }

    fn install_transaction(
        &mut self,
        path: &Path,
        file_name: &str,
        trust: &PackTrust,
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<InstalledPack, StoreError> {
        let file_size = fs::metadata(path)?.len();
        let input = BufReader::new(File::open(path)?);
        let tx = self.conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let keys = keys_document(&tx)?;
        let accepted = |pack: &PackId| -> Option<(u64, [u8; 32])> {
            tx.query_row("SELECT version, manifest_sha256 FROM pack_trust WHERE pack_id = ?1", [pack.as_str()], |row| {
                let version: i64 = row.get(0)?;
                let hash: Vec<u8> = row.get(1)?;
                Ok((
                    u64::try_from(version).unwrap_or(u64::MAX),
                    <[u8; 32]>::try_from(hash.as_slice()).unwrap_or([0; 32]),
                ))
            })
            .optional()
            // A row that cannot be read fails closed: as if the newest possible version were
            // accepted, so nothing is installed over state the store cannot check.
            .unwrap_or(Some((u64::MAX, [0; 32])))
        };
        let known = Known { keys_document: keys.as_deref(), accepted: &accepted };
        let mut indexer: Option<Indexer<'_>> = None;
        let mut done = 0u64;
        let verified =
            mirai_pack::verify(input, &trust.anchor, known, &trust.limits, &trust.app_version, |manifest, file| {
                let pack_id = manifest.pack_id.as_str();
                let indexer = match &mut indexer {
                    Some(indexer) => indexer,
                    // The old version's files and index rows leave in the same transaction as
                    // the new ones arrive.
                    None => indexer.insert(replace_files(&tx, pack_id)?),
                };
                tx.execute(
                    "INSERT INTO pack_file (pack_id, path, data) VALUES (?1, ?2, ?3)",
                    params![pack_id, file.path.as_str(), file.bytes],
                )?;
                if is_article(file.path.as_str()) {
                    indexer.add(file.bytes.to_vec())?;
                }
                done += file.bytes.len() as u64;
                progress(done, manifest.content_bytes());
                Ok::<(), StoreError>(())
            });
        let verified = match verified {
            Ok(verified) => verified,
            Err(VerifyError::Pack(error)) => return Err(StoreError::Pack(error)),
            Err(VerifyError::Sink(error)) => return Err(error),
        };
        let manifest = &verified.manifest;
        // A pack without content files still replaces the old version's files.
        indexer.map_or_else(|| replace_files(&tx, manifest.pack_id.as_str()), Ok)?.finish()?;
        let now = unix_now();
        let version = i64::try_from(manifest.version)
            .map_err(|_| StoreError::Pack(PackError::ManifestInvalid("version too large".into())))?;
        tx.execute(
            "INSERT INTO pack (pack_id, version, manifest, file_name, file_size, installed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (pack_id) DO UPDATE SET version = excluded.version, manifest = excluded.manifest,
                 file_name = excluded.file_name, file_size = excluded.file_size, installed_at = excluded.installed_at",
            params![manifest.pack_id.as_str(), version, verified.manifest_bytes, file_name, file_size as i64, now],
        )?;
        tx.execute(
            "INSERT INTO pack_trust (pack_id, version, manifest_sha256, accepted_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (pack_id) DO UPDATE SET version = excluded.version,
                 manifest_sha256 = excluded.manifest_sha256, accepted_at = excluded.accepted_at",
            params![manifest.pack_id.as_str(), version, verified.manifest_sha256.as_slice(), now],
        )?;
        save_keys_document(&tx, verified.keys_version, &verified.keys_document)?;
        tx.commit()?;
        progress(done, done);
        Ok(InstalledPack {
            pack_id: manifest.pack_id.to_string(),
            version: manifest.version,
            title: manifest.title.clone(),
            languages: manifest.languages.clone(),
            created_at: manifest.created_at,
            installed_at: now,
            file_size,
            files: manifest.files.len(),
        })
    }

    /// Imports a file holding one pack, or several shared as one file: the file is first copied
    /// into private storage, then each pack in that copy is verified and installed whole, in
    /// turn. Stops at the first pack refused; packs installed before it stay.
    /// `progress(pack, packs, done, total)` counts packs from 1.
    pub fn import_file(
        &mut self,
        packs_dir: &Path,
        source: &Path,
        trust: &PackTrust,
        progress: &mut dyn FnMut(u32, u32, u64, u64),
    ) -> Result<Vec<InstalledPack>, StoreError> {
        let copy = copy_into(packs_dir, "incoming", &mut File::open(source)?)?;
        let copy_path = packs_dir.join(&copy);
        let outcome = (|| {
            let mut head = [0u8; 4];
            File::open(&copy_path)?.read_exact(&mut head).map_err(|_| PackError::Malformed("empty file".into()))?;
            if head == ZSTD_MAGIC {
                let name = format!("pack-{}", &copy["incoming-".len()..]);
                fs::rename(&copy_path, packs_dir.join(&name))?;
                return Ok(vec![
                    self.install_copied(packs_dir, &name, trust, &mut |done, total| progress(1, 1, done, total))?,
                ]);
            }
            let bytes = fs::read(&copy_path)?;
            let packs = mirai_pack::split_bundle(&bytes, MAX_IMPORT_BYTES)?;
            let count = u32::try_from(packs.len()).unwrap_or(u32::MAX);
            let mut installed = Vec::new();
            for (i, pack) in packs.iter().enumerate() {
                let index = u32::try_from(i + 1).unwrap_or(u32::MAX);
                match self
                    .import_pack_bytes(packs_dir, pack, trust, &mut |done, total| progress(index, count, done, total))
                {
                    Ok(pack) => installed.push(pack),
                    // Sharing everything usually includes packs the receiver already has, or has
                    // newer: skip those and go on with the rest.
                    Err(StoreError::Pack(PackError::AlreadyInstalled | PackError::Rollback { .. })) => {}
                    Err(error) => return Err(error),
                }
            }
            Ok(installed)
        })();
        let _ = fs::remove_file(&copy_path);
        outcome
    }

    /// Every installed pack file in one file, to hand to another phone.
    pub fn export_bundle(&self, packs_dir: &Path) -> Result<Vec<u8>, StoreError> {
        let mut stmt = self.conn.prepare("SELECT pack_id, version, file_name FROM pack ORDER BY pack_id")?;
        let rows =
            stmt.query_map([], |row| Ok((row.get::<_, String>(0)?, row.get::<_, i64>(1)?, row.get::<_, String>(2)?)))?;
        let mut packs = Vec::new();
        for row in rows {
            let (pack_id, version, file_name) = row?;
            packs.push((format!("{pack_id}-{version}.mpk"), fs::read(packs_dir.join(file_name))?));
        }
        Ok(mirai_pack::write_bundle(&packs)?)
    }

    /// Installs `bytes` (the pack built into the app) unless the same or a newer version of that
    /// pack is already installed; returns the pack if it was installed now.
    pub fn ensure_pack(
        &mut self,
        packs_dir: &Path,
        bytes: &[u8],
        trust: &PackTrust,
    ) -> Result<Option<InstalledPack>, StoreError> {
        let manifest = mirai_pack::UnsignedPack::read(bytes, &trust.limits)?.manifest;
        if let Some((installed, _)) = self.installed_pack_file(manifest.pack_id.as_str())?
            && installed >= manifest.version
        {
            return Ok(None);
        }
        self.import_pack_bytes(packs_dir, bytes, trust, &mut |_, _| {}).map(Some)
    }

    /// Removes pack files in the folder that no installed pack refers to: an older version
    /// after an update, or a copy left by an interrupted import.
    pub fn remove_unused_pack_files(&self, packs_dir: &Path) -> Result<usize, StoreError> {
        let mut stmt = self.conn.prepare("SELECT file_name FROM pack")?;
        let used: Vec<String> = stmt.query_map([], |row| row.get(0))?.collect::<Result<_, _>>()?;
        let mut removed = 0;
        for entry in fs::read_dir(packs_dir).into_iter().flatten().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let ours = name.starts_with("pack-") || name.starts_with("incoming-");
            if ours && !used.contains(&name) && fs::remove_file(entry.path()).is_ok() {
                removed += 1;
            }
        }
        Ok(removed)
    }
}

/// Removes a pack's files and index rows, in the caller's transaction, and starts indexing
/// the files that replace them.
fn replace_files<'c>(tx: &'c rusqlite::Connection, pack_id: &str) -> Result<Indexer<'c>, StoreError> {
    tx.execute("DELETE FROM pack_file WHERE pack_id = ?1", [pack_id])?;
    Indexer::new(tx, pack_id)
}

/// Copies `source` into the packs folder under a new random name starting with `prefix`.
fn copy_into(packs_dir: &Path, prefix: &str, source: &mut dyn Read) -> Result<String, StoreError> {
    fs::create_dir_all(packs_dir)?;
    let mut random = [0u8; 8];
    getrandom::fill(&mut random).map_err(|_| StoreError::Io(std::io::Error::other("random source failed")))?;
    let name = format!("{prefix}-{}.mpk", hex::encode(random));
    let path: PathBuf = packs_dir.join(&name);
    let result = (|| {
        let mut file = File::create(&path)?;
        let copied = std::io::copy(&mut source.take(MAX_IMPORT_BYTES + 1), &mut file)?;
        if copied > MAX_IMPORT_BYTES {
            return Err(StoreError::Pack(PackError::TooLarge("file".into())));
        }
        file.flush()?;
        file.sync_all()?;
        sync_dir(packs_dir)?;
        Ok(())
    })();
    match result {
        Ok(()) => Ok(name),
        Err(error) => {
            let _ = fs::remove_file(&path);
            Err(error)
        }
    }
}

/// Keeps `document` as the keys document in force if it is newer than the one kept: from then
/// on, a pack or index signed with a key it leaves out is refused as revoked.
pub(crate) fn save_keys_document(
    tx: &rusqlite::Transaction<'_>,
    version: u64,
    document: &[u8],
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO pack_keys (id, version, document) VALUES (1, ?1, ?2)
         ON CONFLICT (id) DO UPDATE SET version = excluded.version, document = excluded.document
         WHERE excluded.version > pack_keys.version",
        params![i64::try_from(version).unwrap_or(i64::MAX), document],
    )?;
    Ok(())
}

/// The keys document in force, as kept by [`save_keys_document`].
pub(crate) fn keys_document(conn: &rusqlite::Connection) -> Result<Option<Vec<u8>>, StoreError> {
    Ok(conn.query_row("SELECT document FROM pack_keys WHERE id = 1", [], |row| row.get(0)).optional()?)
}

pub(crate) fn unix_now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX)).unwrap_or(0)
}
