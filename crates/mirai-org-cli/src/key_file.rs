//! Secret keys on disk, the organisation's and a computer's device key (`team`): 64 hex digits
//! and a newline, readable by their owner only, and never overwritten (losing the
//! organisation's means losing every submission sealed to it).

use std::fs::OpenOptions;
use std::io::Write;
use std::path::Path;

use mirai_seal::SecretKey;
use zeroize::Zeroizing;

/// Why a key file was not written or read.
#[derive(Debug, thiserror::Error)]
pub enum KeyFileError {
    /// The file exists already; nothing was written.
    #[error("{0} exists already: a key is never overwritten")]
    Exists(String),
    /// The file could not be written or read.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// Why.
        source: std::io::Error,
    },
    /// Not a key file: 64 hex digits.
    #[error("{0} is not a key file (64 hex digits)")]
    Malformed(String),
}

/// Writes a new key's secret half to `path`, which must not exist.
pub fn write_new_key(path: &Path, key: &SecretKey) -> Result<(), KeyFileError> {
    write_new_secret(path, &key.to_bytes())
}

/// Reads the secret key at `path`.
pub fn read_key(path: &Path) -> Result<SecretKey, KeyFileError> {
    let bytes = read_secret(path)?;
    SecretKey::from_bytes(&bytes).map_err(|_| KeyFileError::Malformed(path.display().to_string()))
}

/// Writes 32 secret bytes to `path`, which must not exist.
pub fn write_new_secret(path: &Path, secret: &[u8; 32]) -> Result<(), KeyFileError> {
    let shown = path.display().to_string();
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path).map_err(|source| match source.kind() {
        std::io::ErrorKind::AlreadyExists => KeyFileError::Exists(shown.clone()),
        _ => KeyFileError::Io { path: shown.clone(), source },
    })?;
    let text = Zeroizing::new(format!("{}\n", hex::encode(secret)));
    let written = file.write_all(text.as_bytes()).and_then(|()| file.sync_all());
    written.map_err(|source| KeyFileError::Io { path: shown, source })
}

/// Reads the 32 secret bytes at `path`.
pub fn read_secret(path: &Path) -> Result<Zeroizing<[u8; 32]>, KeyFileError> {
    let shown = path.display().to_string();
    let text = Zeroizing::new(std::fs::read(path).map_err(|source| KeyFileError::Io { path: shown.clone(), source })?);
    let mut bytes = Zeroizing::new([0u8; 32]);
    let parsed = text.len() <= 66 && hex::decode_to_slice(text.trim_ascii(), bytes.as_mut()).is_ok();
    if parsed { Ok(bytes) } else { Err(KeyFileError::Malformed(shown)) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_is_written_once_and_reads_back() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("org.key");
        let key = SecretKey::generate().expect("key");
        write_new_key(&path, &key).expect("write");
        assert_eq!(read_key(&path).expect("read").public_key(), key.public_key());
        let other = SecretKey::generate().expect("key");
        assert!(matches!(write_new_key(&path, &other), Err(KeyFileError::Exists(_))));
        assert_eq!(read_key(&path).expect("still the first").public_key(), key.public_key());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).expect("metadata").permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        std::fs::write(dir.path().join("bad.key"), "not hex").expect("write");
        assert!(matches!(read_key(&dir.path().join("bad.key")), Err(KeyFileError::Malformed(_))));
    }
}
