//! Why an update failed, grouped by what the user can do about it.

use mirai_fetch::FetchError;
use mirai_pack::PackError;

/// Why checking for or fetching an update failed.
#[derive(Debug, thiserror::Error)]
pub enum UpdateError {
    /// The server address is not a usable URL.
    #[error("the update server address is not a valid https url")]
    ServerUrl,
    /// Downloading failed.
    #[error(transparent)]
    Fetch(#[from] FetchError),
    /// The index or the pack was refused.
    #[error(transparent)]
    Pack(#[from] PackError),
    /// The download folder could not be read or written.
    #[error("download folder: {0}")]
    Io(#[from] std::io::Error),
}

impl UpdateError {
    /// A stable code for messages: what went wrong, in terms of what the user can do.
    pub fn code(&self) -> &'static str {
        match self {
            UpdateError::ServerUrl | UpdateError::Fetch(FetchError::NotHttps) => "update-server-url",
            UpdateError::Fetch(error) => match error {
                FetchError::Network(_) | FetchError::Timeout(_) | FetchError::EndedEarly => "update-offline",
                FetchError::Cancelled => "update-cancelled",
                FetchError::SizeMismatch { .. } | FetchError::HashMismatch | FetchError::TooLarge { .. } => {
                    "update-corrupt"
                }
                FetchError::Io { .. } => "update-disk",
                _ => "update-server",
            },
            UpdateError::Pack(error) => error.code(),
            UpdateError::Io(_) => "update-disk",
        }
    }

    /// Every code of its own (pack errors have theirs), so a test can check each has a message.
    pub const ALL_CODES: [&'static str; 6] =
        ["update-server-url", "update-offline", "update-cancelled", "update-corrupt", "update-disk", "update-server"];
}
