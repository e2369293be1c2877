use std::path::PathBuf;

use mirai_core::ProfileIssue;

/// Why the store could not do what was asked. Every variant has a stable [`code`] that the
/// app turns into a message in the user's language; none of them means data was lost.
///
/// [`code`]: StoreError::code
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The data folder cannot be created or written (full disk, read-only medium, a file in
    /// the way). Nothing was changed.
    #[error("data folder {path:?} is not writable: {source}")]
    DataDirUnwritable {
        /// The folder.
        path: PathBuf,
        /// What the OS said.
        source: std::io::Error,
    },
    /// There is no database at the path.
    #[error("no database at this path")]
    NotFound,
    /// A database already exists where a new one was to be created.
    #[error("a database already exists at this path")]
    AlreadyExists,
    /// The file is an unencrypted SQLite database or some other file, not a Mirai store.
    #[error("the file is not a Mirai store")]
    ForeignFile,
    /// The key does not open the file: either the key is wrong or the file is damaged. Only
    /// raised where no key check is at hand; [`DataDir`](crate::DataDir) tells the two apart.
    #[error("wrong key or damaged file")]
    CannotDecrypt,
    /// The key is not this store's key; the file was not touched.
    #[error("wrong key for this store")]
    WrongKey,
    /// The passphrase does not unlock this store; the file was not touched.
    #[error("wrong passphrase")]
    WrongPassphrase,
    /// The key is right but the database is damaged.
    #[error("the database is damaged")]
    Corrupt,
    /// The database was written by a newer version of the app.
    #[error("database schema {found} is newer than this app supports ({supported})")]
    NewerSchema {
        /// The version in the file.
        found: u32,
        /// The newest version this code knows.
        supported: u32,
    },
    /// The database exists but its key file does not.
    #[error("the key file is missing")]
    KeyFileMissing,
    /// The key file is damaged or from an unknown format.
    #[error("the key file is damaged: {0}")]
    KeyFileDamaged(String),
    /// The OS keystore is needed but cannot be reached.
    #[error("the keystore is unavailable: {0}")]
    KeystoreUnavailable(String),
    /// The OS keystore no longer holds this store's key.
    #[error("the keystore has no key for this store")]
    KeyMissing,
    /// A new passphrase is too short.
    #[error("the passphrase is too short")]
    PassphraseTooShort,
    /// The device has no room left; the write was rolled back.
    #[error("the device is full")]
    DiskFull,
    /// Another process holds the database locked for longer than the wait allows.
    #[error("the database is busy")]
    Busy,
    /// The profile does not pass the domain rules.
    #[error("invalid profile")]
    InvalidProfile(Vec<ProfileIssue>),
    /// A value from outside (an id from the UI, say) that the store cannot take; the field is
    /// named, the value is not repeated.
    #[error("invalid {0}")]
    InvalidInput(&'static str),
    /// A content pack was refused; nothing of it was installed.
    #[error(transparent)]
    Pack(#[from] mirai_pack::PackError),
    /// A file operation failed.
    #[error("file operation failed: {0}")]
    Io(#[from] std::io::Error),
    /// Any other database error.
    #[error("database error: {0}")]
    Sqlite(rusqlite::Error),
}

impl StoreError {
    /// A stable, lowercase code for this kind of error, used to pick the user's message.
    pub fn code(&self) -> &'static str {
        match self {
            StoreError::DataDirUnwritable { .. } => "data-dir-unwritable",
            StoreError::NotFound => "not-found",
            StoreError::AlreadyExists => "already-exists",
            StoreError::ForeignFile => "foreign-file",
            StoreError::CannotDecrypt => "cannot-decrypt",
            StoreError::WrongKey => "wrong-key",
            StoreError::WrongPassphrase => "wrong-passphrase",
            StoreError::Corrupt => "corrupt",
            StoreError::NewerSchema { .. } => "newer-schema",
            StoreError::KeyFileMissing => "key-file-missing",
            StoreError::KeyFileDamaged(_) => "key-file-damaged",
            StoreError::KeystoreUnavailable(_) => "keystore-unavailable",
            StoreError::KeyMissing => "key-missing",
            StoreError::PassphraseTooShort => "passphrase-too-short",
            StoreError::DiskFull => "disk-full",
            StoreError::Busy => "busy",
            StoreError::InvalidProfile(_) => "invalid-profile",
            StoreError::InvalidInput(_) => "invalid-input",
            StoreError::Pack(error) => error.code(),
            StoreError::Io(_) => "io",
            StoreError::Sqlite(_) => "database",
        }
    }

    /// Every code of the store's own errors (pack errors have theirs in
    /// `mirai_pack::PackError::ALL_CODES`), so a test can check each has a message in every
    /// language.
    pub const ALL_CODES: [&'static str; 20] = [
        "data-dir-unwritable",
        "not-found",
        "already-exists",
        "foreign-file",
        "cannot-decrypt",
        "wrong-key",
        "wrong-passphrase",
        "corrupt",
        "newer-schema",
        "key-file-missing",
        "key-file-damaged",
        "keystore-unavailable",
        "key-missing",
        "passphrase-too-short",
        "disk-full",
        "busy",
        "invalid-profile",
        "invalid-input",
        "io",
        "database",
    ];
}

impl From<rusqlite::Error> for StoreError {
    fn from(error: rusqlite::Error) -> StoreError {
        use rusqlite::ffi::ErrorCode;
        match error.sqlite_error_code() {
            Some(ErrorCode::NotADatabase) => StoreError::CannotDecrypt,
            Some(ErrorCode::DatabaseCorrupt) => StoreError::Corrupt,
            Some(ErrorCode::DiskFull) => StoreError::DiskFull,
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::Busy,
            _ => StoreError::Sqlite(error),
        }
    }
}

impl From<mirai_keys::KeysError> for StoreError {
    fn from(error: mirai_keys::KeysError) -> StoreError {
        use mirai_keys::{KeysError, KeystoreError};
        match error {
            KeysError::WrongPassphrase => StoreError::WrongPassphrase,
            KeysError::WrongKey => StoreError::WrongKey,
            KeysError::KeyMissing => StoreError::KeyMissing,
            KeysError::Keystore(KeystoreError::Unavailable(why)) => StoreError::KeystoreUnavailable(why),
            KeysError::Keystore(KeystoreError::Failed(why)) => StoreError::KeystoreUnavailable(why),
            KeysError::NoSuchSlot(kind) => StoreError::KeyFileDamaged(format!("no {kind} slot")),
            KeysError::MalformedKeyFile(why) => StoreError::KeyFileDamaged(why),
            KeysError::UnsupportedVersion(v) => StoreError::KeyFileDamaged(format!("format version {v}")),
            KeysError::Random | KeysError::Kdf => StoreError::Io(std::io::Error::other(error.to_string())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_codes_is_complete_and_unique() {
        let mut codes = StoreError::ALL_CODES.to_vec();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), StoreError::ALL_CODES.len());
        // One instance of each variant; the match in `code` makes forgetting one a compile error
        // there, and this makes forgetting it here a test failure.
        let samples = [
            StoreError::DataDirUnwritable { path: PathBuf::new(), source: std::io::Error::other("x") },
            StoreError::NotFound,
            StoreError::AlreadyExists,
            StoreError::ForeignFile,
            StoreError::CannotDecrypt,
            StoreError::WrongKey,
            StoreError::WrongPassphrase,
            StoreError::Corrupt,
            StoreError::NewerSchema { found: 9, supported: 2 },
            StoreError::KeyFileMissing,
            StoreError::KeyFileDamaged(String::new()),
            StoreError::KeystoreUnavailable(String::new()),
            StoreError::KeyMissing,
            StoreError::PassphraseTooShort,
            StoreError::DiskFull,
            StoreError::Busy,
            StoreError::InvalidProfile(Vec::new()),
            StoreError::InvalidInput("field"),
            StoreError::Io(std::io::Error::other("x")),
            StoreError::Sqlite(rusqlite::Error::InvalidQuery),
        ];
        assert_eq!(StoreError::Pack(mirai_pack::PackError::Equivocation).code(), "pack-equivocation");
        let mut from_samples: Vec<_> = samples.iter().map(StoreError::code).collect();
        from_samples.sort_unstable();
        assert_eq!(from_samples, codes);
    }
}
