//! How a [`Fetcher`](crate::Fetcher) behaves on the network.

use std::time::Duration;

/// Timeouts, retries and the one exception to HTTPS. [`Default`] suits a phone on a poor mobile
/// link talking to a public server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchConfig {
    /// How long to wait for a TCP and TLS connection before the attempt counts as failed.
    pub connect_timeout: Duration,
    /// How long the server may send nothing (no response head, no body byte) before the
    /// attempt counts as failed; a slow but moving transfer is never cut.
    pub idle_timeout: Duration,
    /// Attempts per call, the first included. Reconnecting after a pause does not count.
    pub max_attempts: u32,
    /// The wait before the first retry; later waits double, with jitter, up to `backoff_max`.
    pub backoff_base: Duration,
    /// The longest wait between two attempts.
    pub backoff_max: Duration,
    /// Allows plain `http` to `localhost`, `127.0.0.0/8` and `::1`, for tests and a sync
    /// server on the same machine. Every other host needs `https`.
    pub allow_plain_http_on_loopback: bool,
}

impl Default for FetchConfig {
    fn default() -> Self {
        FetchConfig {
            connect_timeout: Duration::from_secs(15),
            idle_timeout: Duration::from_secs(30),
            max_attempts: 6,
            backoff_base: Duration::from_millis(500),
            backoff_max: Duration::from_secs(30),
            allow_plain_http_on_loopback: false,
        }
    }
}
