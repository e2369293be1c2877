/// Why a pack was refused. Every variant has a stable [`code`](PackError::code) that the app
/// turns into a message in the user's language; when a pack is refused, nothing of it is kept.
#[derive(Debug, thiserror::Error)]
pub enum PackError {
    /// The bytes are not a readable pack: not zstd, not tar, entries out of place.
    #[error("not a readable pack: {0}")]
    Malformed(String),
    /// A size cap was exceeded: a file, the total, the manifest, or the decompressed stream.
    #[error("too large: {0}")]
    TooLarge(String),
    /// The manifest does not parse or breaks a rule.
    #[error("invalid manifest: {0}")]
    ManifestInvalid(String),
    /// The keys document is not signed by enough of the app's root keys.
    #[error("keys document not signed by enough root keys")]
    KeysNotTrusted,
    /// The manifest is signed by a key the trusted keys document does not list.
    #[error("signed by an unknown key")]
    UnknownKey,
    /// The signing key was listed once but a newer keys document no longer lists it.
    #[error("signed by a revoked key")]
    RevokedKey,
    /// The signature does not match the manifest bytes.
    #[error("bad signature")]
    BadSignature,
    /// The pack is older than the one already accepted.
    #[error("version {offered} is older than the accepted version {accepted}")]
    Rollback {
        /// The version already accepted.
        accepted: u64,
        /// The version offered.
        offered: u64,
    },
    /// Exactly this pack (same id, version and manifest) is already accepted.
    #[error("already installed")]
    AlreadyInstalled,
    /// Same pack id and version as an accepted pack, but different content: a forgery or a
    /// publishing mistake, refused either way.
    #[error("same version as the accepted pack but different content")]
    Equivocation,
    /// The pack needs a newer app.
    #[error("needs app version {0} or newer")]
    NeedsNewerApp(String),
    /// A file's size or hash differs from the manifest.
    #[error("file {0} does not match the manifest")]
    FileMismatch(String),
    /// A file the manifest does not list, or out of order.
    #[error("unexpected file {0}")]
    UnexpectedFile(String),
    /// A file the manifest lists is not in the pack.
    #[error("missing file {0}")]
    MissingFile(String),
    /// A path that is absolute, climbs out (`..`), or is otherwise not a clean relative path.
    #[error("bad path {0:?}")]
    BadPath(String),
    /// A symlink, hard link, device or directory entry where a file was expected.
    #[error("{0} is not a regular file")]
    NotARegularFile(String),
    /// A content file breaks the content schema.
    #[error("invalid content in {path}: {why}")]
    ContentInvalid {
        /// The file.
        path: String,
        /// What is wrong.
        why: String,
    },
    /// A delta whose base is not the installed pack, or that rebuilds something else.
    #[error("delta does not apply: {0}")]
    WrongBase(String),
    /// Reading the bytes failed.
    #[error("read failed: {0}")]
    Io(#[from] std::io::Error),
}

impl PackError {
    /// A stable code for messages and logs.
    pub fn code(&self) -> &'static str {
        match self {
            PackError::Malformed(_) => "pack-malformed",
            PackError::TooLarge(_) => "pack-too-large",
            PackError::ManifestInvalid(_) => "pack-manifest-invalid",
            PackError::KeysNotTrusted => "pack-keys-not-trusted",
            PackError::UnknownKey => "pack-unknown-key",
            PackError::RevokedKey => "pack-revoked-key",
            PackError::BadSignature => "pack-bad-signature",
            PackError::Rollback { .. } => "pack-rollback",
            PackError::AlreadyInstalled => "pack-already-installed",
            PackError::Equivocation => "pack-equivocation",
            PackError::NeedsNewerApp(_) => "pack-needs-newer-app",
            PackError::FileMismatch(_) => "pack-file-mismatch",
            PackError::UnexpectedFile(_) => "pack-unexpected-file",
            PackError::MissingFile(_) => "pack-missing-file",
            PackError::BadPath(_) => "pack-bad-path",
            PackError::NotARegularFile(_) => "pack-not-regular-file",
            PackError::ContentInvalid { .. } => "pack-content-invalid",
            PackError::WrongBase(_) => "pack-wrong-base",
            PackError::Io(_) => "pack-io",
        }
    }

    /// Every code, so a test can check each has a message in every language.
    pub const ALL_CODES: [&'static str; 19] = [
        "pack-malformed",
        "pack-too-large",
        "pack-manifest-invalid",
        "pack-keys-not-trusted",
        "pack-unknown-key",
        "pack-revoked-key",
        "pack-bad-signature",
        "pack-rollback",
        "pack-already-installed",
        "pack-equivocation",
        "pack-needs-newer-app",
        "pack-file-mismatch",
        "pack-unexpected-file",
        "pack-missing-file",
        "pack-bad-path",
        "pack-not-regular-file",
        "pack-content-invalid",
        "pack-wrong-base",
        "pack-io",
    ];
}
