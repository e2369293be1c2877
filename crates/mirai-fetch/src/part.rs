//! The part file (`dest.part`) and its record (`dest.part.json`): what lets a download outlive
//! its connection, its call and the app.
//!
//! The record holds the expected size and hash the bytes are meant for and the server's
//! validator. Losing it, or finding a stale one after a crash, costs at most a restart or a failed
//! hash check, never a wrong file: every byte is hashed before the file is handed over.

use std::ffi::OsString;
use std::io::SeekFrom;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use tokio::fs::{self, File, OpenOptions};
use tokio::io::{AsyncReadExt, AsyncSeekExt, AsyncWriteExt};

use crate::{Expected, FetchError};

/// Read size when re-hashing a part left by an earlier call.
const REHASH_CHUNK: usize = 256 * 1024;

/// An open part file, its length and the running hash of everything in it.
pub(crate) struct Part {
    path: PathBuf,
    record_path: PathBuf,
    file: File,
    len: u64,
    hasher: Sha256,
    expected: Expected,
    validator: Option<String>,
}

/// `dest.part.json`.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Record {
    size: u64,
    sha256: String,
    validator: Option<String>,
}

impl Part {
    /// Opens the part for `dest`, keeping its bytes only if its record names the same expected
    /// file; otherwise it starts empty.
    pub(crate) async fn open(dest: &Path, expected: &Expected) -> Result<Part, FetchError> {
        let path = with_suffix(dest, ".part");
        let record_path = with_suffix(dest, ".part.json");
        let record = read_record(&record_path).await;
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .await
            .map_err(FetchError::io("open", &path))?;
        let on_disk = file.metadata().await.map_err(FetchError::io("read", &path))?.len();
        let mut part =
            Part { path, record_path, file, len: 0, hasher: Sha256::new(), expected: *expected, validator: None };
        match record {
            Some(record)
                if record.size == expected.size
                    && record.sha256 == hex::encode(expected.sha256)
                    && on_disk <= expected.size =>
            {
                part.validator = record.validator;
                part.rehash(on_disk).await?;
            }
            _ => part.restart(None).await?,
        }
        Ok(part)
    }

    /// Bytes in the part.
    pub(crate) fn len(&self) -> u64 {
        self.len
    }

    /// The server's validator for the bytes in the part, for `If-Range`.
    pub(crate) fn validator(&self) -> Option<&str> {
        self.validator.as_deref()
    }

    /// Empties the part for a new response and records that response's validator.
    ///
    /// The bytes go first and the record second: a crash in between leaves an old validator
    /// over new bytes, which the server answers with a full 200, never with a mixed file.
    pub(crate) async fn restart(&mut self, validator: Option<String>) -> Result<(), FetchError> {
        self.file.set_len(0).await.map_err(FetchError::io("truncate", &self.path))?;
        self.file.seek(SeekFrom::Start(0)).await.map_err(FetchError::io("seek", &self.path))?;
        self.len = 0;
        self.hasher = Sha256::new();
        self.validator = validator;
        self.write_record().await
    }

    /// Appends bytes from the server.
    pub(crate) async fn append(&mut self, bytes: &[u8]) -> Result<(), FetchError> {
        self.file.write_all(bytes).await.map_err(FetchError::io("write", &self.path))?;
        self.hasher.update(bytes);
        self.len += bytes.len() as u64;
        Ok(())
    }

    /// Leaves the part for a later call: its bytes made durable, or, when it holds none, the
    /// part and its record removed, since there is nothing to resume.
    pub(crate) async fn set_aside(mut self) -> Result<(), FetchError> {
        if self.len == 0 {
            return self.discard().await;
        }
        self.file.flush().await.map_err(FetchError::io("write", &self.path))?;
        self.file.sync_data().await.map_err(FetchError::io("sync", &self.path))
    }

    /// Checks size and hash, then renames the part to `dest` and removes the record. On a
    /// mismatch both files are deleted: the server has another file than the one expected.
    pub(crate) async fn finish(mut self, dest: &Path, expected: &Expected) -> Result<(), FetchError> {
        self.file.flush().await.map_err(FetchError::io("write", &self.path))?;
        self.file.sync_all().await.map_err(FetchError::io("sync", &self.path))?;
        if self.len != expected.size {
            let actual = self.len;
            self.discard().await?;
            return Err(FetchError::SizeMismatch { expected: expected.size, actual });
        }
        let digest: [u8; 32] = self.hasher.finalize_reset().into();
        if digest != expected.sha256 {
            self.discard().await?;
            return Err(FetchError::HashMismatch);
        }
        let Part { path, record_path, file, .. } = self;
        drop(file);
        fs::rename(&path, dest).await.map_err(FetchError::io("rename", &path))?;
        remove_if_present(&record_path).await?;
        sync_parent(dest).await
    }

    /// Deletes the part and its record.
    async fn discard(self) -> Result<(), FetchError> {
        let Part { path, record_path, file, .. } = self;
        drop(file);
        remove_if_present(&path).await?;
        remove_if_present(&record_path).await
    }

    /// Hashes the first `on_disk` bytes left by an earlier call, leaving the cursor after them.
    async fn rehash(&mut self, on_disk: u64) -> Result<(), FetchError> {
        self.file.seek(SeekFrom::Start(0)).await.map_err(FetchError::io("seek", &self.path))?;
        let mut buf = vec![0; REHASH_CHUNK];
        while self.len < on_disk {
            let n = self.file.read(&mut buf).await.map_err(FetchError::io("read", &self.path))?;
            if n == 0 {
                break;
            }
            self.hasher.update(&buf[..n]);
            self.len += n as u64;
        }
        Ok(())
    }

    /// Replaces the record through a temporary file, so it is never half written. Not synced:
    /// see the module comment for why a lost record is harmless.
    async fn write_record(&self) -> Result<(), FetchError> {
        let record = Record {
            size: self.expected.size,
            sha256: hex::encode(self.expected.sha256),
            validator: self.validator.clone(),
        };
        let json = serde_json::to_vec(&record).map_err(|err| FetchError::Io {
            action: "encode",
            path: self.record_path.clone(),
            source: err.into(),
        })?;
        let tmp = with_suffix(&self.record_path, ".tmp");
        fs::write(&tmp, json).await.map_err(FetchError::io("write", &tmp))?;
        fs::rename(&tmp, &self.record_path).await.map_err(FetchError::io("rename", &tmp))
    }
}

/// The record, if there is a readable one; anything else means starting over.
async fn read_record(path: &Path) -> Option<Record> {
    let bytes = fs::read(path).await.ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// `path` with `suffix` appended to its file name: `pack.mpk` → `pack.mpk.part`.
fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = OsString::from(path.as_os_str());
    name.push(suffix);
    PathBuf::from(name)
}

async fn remove_if_present(path: &Path) -> Result<(), FetchError> {
    match fs::remove_file(path).await {
        Err(err) if err.kind() != std::io::ErrorKind::NotFound => Err(FetchError::io("remove", path)(err)),
        _ => Ok(()),
    }
}

/// Makes the rename of `dest` durable by syncing its folder.
async fn sync_parent(dest: &Path) -> Result<(), FetchError> {
    // Opening a folder to sync it works on Unix; Windows makes renames durable itself.
    if !cfg!(unix) {
        return Ok(());
    }
    let dir = match dest.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => PathBuf::from("."),
    };
    let opened = File::open(&dir).await.map_err(FetchError::io("open", &dir))?;
    opened.sync_all().await.map_err(FetchError::io("sync", &dir))
}
