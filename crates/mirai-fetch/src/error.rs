//! Why a fetch failed, with a stable code per reason for the app's messages.

use std::path::PathBuf;
use std::time::Duration;

/// Why a fetch failed. Every variant has a stable [`code`](FetchError::code) that the app turns
/// into a message in the user's language.
///
/// What happens to a download's part file depends on the variant: [`HashMismatch`] and
/// [`SizeMismatch`] found on the finished file delete it (the server has another file); every
/// other failure keeps it, when it holds any bytes, so a later call resumes.
///
/// [`HashMismatch`]: FetchError::HashMismatch
/// [`SizeMismatch`]: FetchError::SizeMismatch
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum FetchError {
    /// The URL is not `https` (plain `http` is allowed only to a loopback address, and only when
    /// [`FetchConfig::allow_plain_http_on_loopback`](crate::FetchConfig) says so). Refused before
    /// any connection is made.
    #[error("refusing a url that is not https")]
    NotHttps,
    /// The server redirected to a URL that is not allowed, or redirected too many times.
    #[error("refusing a redirect")]
    Redirect(#[source] reqwest::Error),
    /// The HTTP client could not be set up, for example because the platform's TLS roots could
    /// not be read.
    #[error("cannot set up the http client")]
    Client(#[source] reqwest::Error),
    /// Connecting, sending or receiving failed; retried, and this is the last attempt's cause.
    #[error("network error")]
    Network(#[source] reqwest::Error),
    /// The server sent nothing for the configured idle timeout; retried like a network error.
    #[error("server sent nothing for {0:?}")]
    Timeout(Duration),
    /// The server closed a response before its end without reporting an error; retried.
    #[error("response ended early")]
    EndedEarly,
    /// The server answered with a status that cannot be used: a 4xx at once, a 5xx once the
    /// attempts ran out.
    #[error("server answered http {0}")]
    HttpStatus(u16),
    /// The response contradicts the request, such as a 206 for a range that was not asked for.
    #[error("unusable response: {0}")]
    BadResponse(&'static str),
    /// The server sent, or announced, more than the allowed bytes. Nothing past `limit` was
    /// written; a download's part keeps its first `limit` bytes for the hash to judge later.
    #[error("server sent more than {limit} bytes")]
    TooLarge {
        /// The most bytes allowed: `max_bytes`, or the expected size of a download.
        limit: u64,
    },
    /// The server's file does not have the expected size.
    #[error("file is {actual} bytes, expected {expected}")]
    SizeMismatch {
        /// The size from the signed index.
        expected: u64,
        /// The size the server announced or sent.
        actual: u64,
    },
    /// The downloaded file's SHA-256 differs from the expected one; the part was deleted.
    #[error("sha-256 does not match the expected hash")]
    HashMismatch,
    /// The caller sent [`Control::Cancel`](crate::Control::Cancel); the part is kept.
    #[error("cancelled")]
    Cancelled,
    /// Reading or writing a local file failed.
    #[error("cannot {action} {}", path.display())]
    Io {
        /// What was being done, as a verb phrase ("write", "rename").
        action: &'static str,
        /// The file or folder.
        path: PathBuf,
        /// What the file system said.
        #[source]
        source: std::io::Error,
    },
}

impl FetchError {
    /// A stable code for messages and logs.
    pub fn code(&self) -> &'static str {
        match self {
            FetchError::NotHttps => "fetch-not-https",
            FetchError::Redirect(_) => "fetch-redirect",
            FetchError::Client(_) => "fetch-client",
            FetchError::Network(_) => "fetch-network",
            FetchError::Timeout(_) => "fetch-timeout",
            FetchError::EndedEarly => "fetch-ended-early",
            FetchError::HttpStatus(_) => "fetch-http-status",
            FetchError::BadResponse(_) => "fetch-bad-response",
            FetchError::TooLarge { .. } => "fetch-too-large",
            FetchError::SizeMismatch { .. } => "fetch-size-mismatch",
            FetchError::HashMismatch => "fetch-hash-mismatch",
            FetchError::Cancelled => "fetch-cancelled",
            FetchError::Io { .. } => "fetch-io",
        }
    }

    /// Every code, so a test can check each has a message in every language.
    pub const ALL_CODES: [&'static str; 13] = [
        "fetch-not-https",
        "fetch-redirect",
        "fetch-client",
        "fetch-network",
        "fetch-timeout",
        "fetch-ended-early",
        "fetch-http-status",
        "fetch-bad-response",
        "fetch-too-large",
        "fetch-size-mismatch",
        "fetch-hash-mismatch",
        "fetch-cancelled",
        "fetch-io",
    ];

    /// Whether another attempt may succeed: the network or the server had a passing problem.
    pub(crate) fn is_transient(&self) -> bool {
        match self {
            FetchError::Network(_) | FetchError::Timeout(_) | FetchError::EndedEarly => true,
            FetchError::HttpStatus(status) => *status >= 500,
            _ => false,
        }
    }

    /// Sorts a client error: a refused redirect or a bad builder is final, the rest is network.
    pub(crate) fn from_reqwest(err: reqwest::Error) -> FetchError {
        if err.is_redirect() {
            FetchError::Redirect(err)
        } else if err.is_builder() {
            FetchError::Client(err)
        } else {
            FetchError::Network(err)
        }
    }

    /// Wraps a file system error with what was being done to which file.
    pub(crate) fn io(action: &'static str, path: impl Into<PathBuf>) -> impl FnOnce(std::io::Error) -> FetchError {
        let path = path.into();
        move |source| FetchError::Io { action, path, source }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_listed_distinct_and_prefixed() {
        let samples = [
            FetchError::NotHttps,
            FetchError::Timeout(Duration::from_secs(1)),
            FetchError::EndedEarly,
            FetchError::HttpStatus(404),
            FetchError::BadResponse("x"),
            FetchError::TooLarge { limit: 1 },
            FetchError::SizeMismatch { expected: 1, actual: 2 },
            FetchError::HashMismatch,
            FetchError::Cancelled,
            FetchError::Io { action: "read", path: PathBuf::from("x"), source: std::io::Error::other("x") },
        ];
        for err in &samples {
            assert!(FetchError::ALL_CODES.contains(&err.code()), "{} not listed", err.code());
        }
        let mut codes = FetchError::ALL_CODES.to_vec();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), FetchError::ALL_CODES.len());
        assert!(codes.iter().all(|code| code.starts_with("fetch-")));
    }

    #[test]
    fn only_network_timeouts_and_server_errors_are_retried() {
        assert!(FetchError::Timeout(Duration::from_secs(1)).is_transient());
        assert!(FetchError::EndedEarly.is_transient());
        assert!(FetchError::HttpStatus(503).is_transient());
        assert!(!FetchError::HttpStatus(404).is_transient());
        assert!(!FetchError::HashMismatch.is_transient());
        assert!(!FetchError::Cancelled.is_transient());
    }
}
