//! The HTTP client, the URL rule, small whole-body reads and the retry pacing.

use std::future::Future;
use std::time::Duration;

use url::{Host, Url};

use crate::{FetchConfig, FetchError};

/// Redirects followed before giving up; a CDN needs one or two, a loop needs this cap.
const MAX_REDIRECTS: usize = 5;

/// Downloads files over HTTPS. Cheap to clone: clones share one connection pool.
#[derive(Debug, Clone)]
pub struct Fetcher {
    client: reqwest::Client,
    pub(crate) config: FetchConfig,
}

impl Fetcher {
    /// Builds the HTTP client: rustls with the ring provider, the platform's trust roots, and
    /// redirects held to the same rule as the URLs given to it.
    pub fn new(config: FetchConfig) -> Result<Fetcher, FetchError> {
        // reqwest is built without a default provider, so one must be installed for the process
        // before the first client. This fails only when one is installed already (by the app,
        // or by an earlier `Fetcher`), and that one is then used.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let allow_loopback = config.allow_plain_http_on_loopback;
        let redirects = reqwest::redirect::Policy::custom(move |attempt| {
            if attempt.previous().len() >= MAX_REDIRECTS {
                attempt.error("too many redirects")
            } else if !url_allowed(attempt.url(), allow_loopback) {
                attempt.error("redirect to a url that is not https")
            } else {
                attempt.follow()
            }
        });
        let client = reqwest::Client::builder()
            .connect_timeout(config.connect_timeout)
            .redirect(redirects)
            .user_agent(concat!("mirai-fetch/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(FetchError::Client)?;
        Ok(Fetcher { client, config })
    }

    /// Small files such as the signed index: the whole body, at most `max_bytes`, retried like a
    /// download but never resumed (a partial index is worthless).
    pub async fn get_small(&self, url: &Url, max_bytes: u64) -> Result<Vec<u8>, FetchError> {
        self.check_url(url)?;
        let mut attempt = 1;
        loop {
            match self.get_small_once(url, max_bytes).await {
                Err(err) if err.is_transient() && attempt < self.config.max_attempts => {
                    tokio::time::sleep(self.backoff(attempt)).await;
                    attempt += 1;
                }
                result => return result,
            }
        }
    }

    async fn get_small_once(&self, url: &Url, max_bytes: u64) -> Result<Vec<u8>, FetchError> {
        let mut response = self.idle(self.client.get(url.clone()).send()).await?;
        if response.status() != reqwest::StatusCode::OK {
            return Err(FetchError::HttpStatus(response.status().as_u16()));
        }
        if response.content_length().is_some_and(|announced| announced > max_bytes) {
            return Err(FetchError::TooLarge { limit: max_bytes });
        }
        let mut body = Vec::new();
        while let Some(chunk) = self.idle(response.chunk()).await? {
            if body.len() as u64 + chunk.len() as u64 > max_bytes {
                return Err(FetchError::TooLarge { limit: max_bytes });
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body)
    }

    /// A GET request for `url`, to be completed by the caller.
    pub(crate) fn get(&self, url: &Url) -> reqwest::RequestBuilder {
        self.client.get(url.clone())
    }

    /// Runs one network step (the response head, or the next body chunk) under the idle timeout.
    pub(crate) async fn idle<T>(&self, step: impl Future<Output = reqwest::Result<T>>) -> Result<T, FetchError> {
        match tokio::time::timeout(self.config.idle_timeout, step).await {
            Ok(result) => result.map_err(FetchError::from_reqwest),
            Err(_) => Err(FetchError::Timeout(self.config.idle_timeout)),
        }
    }

    /// Refuses a URL before any connection is made to it.
    pub(crate) fn check_url(&self, url: &Url) -> Result<(), FetchError> {
        if url_allowed(url, self.config.allow_plain_http_on_loopback) { Ok(()) } else { Err(FetchError::NotHttps) }
    }

    /// The wait before retry number `failures` (1 for the first retry).
    pub(crate) fn backoff(&self, failures: u32) -> Duration {
        let FetchConfig { backoff_base: base, backoff_max: max, .. } = self.config;
        let doublings = failures.saturating_sub(1).min(31);
        let step = base.saturating_mul(1 << doublings).min(max);
        // Equal jitter: half of each step is fixed and half random, so phones that lost the same
        // server at the same moment do not all come back at the same moment. Without a random
        // source the midpoint is as good as any.
        let unit = getrandom::u32().map_or(0.5, |random| f64::from(random) / f64::from(u32::MAX));
        let half = step / 2;
        (half + half.mul_f64(unit)).clamp(base.min(max), max)
    }
}

/// `https` anywhere; plain `http` only to a loopback host, and only when allowed.
fn url_allowed(url: &Url, allow_plain_http_on_loopback: bool) -> bool {
    match url.scheme() {
        "https" => true,
        "http" if allow_plain_http_on_loopback => match url.host() {
            Some(Host::Domain(name)) => name.eq_ignore_ascii_case("localhost"),
            Some(Host::Ipv4(ip)) => ip.is_loopback(),
            Some(Host::Ipv6(ip)) => ip.is_loopback(),
            None => false,
        },
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(text: &str) -> Url {
        Url::parse(text).expect("test url parses")
    }

    #[test]
    fn only_https_or_allowed_loopback_http_passes() {
        assert!(url_allowed(&url("https://packs.example.org/index.json"), false));
        assert!(!url_allowed(&url("http://packs.example.org/index.json"), true));
        assert!(!url_allowed(&url("http://127.0.0.1:8787/packs/a"), false));
        assert!(url_allowed(&url("http://127.0.0.1:8787/packs/a"), true));
        assert!(url_allowed(&url("http://127.9.9.9/packs/a"), true));
        assert!(url_allowed(&url("http://[::1]:8787/packs/a"), true));
        assert!(url_allowed(&url("http://LOCALHOST/packs/a"), true));
        assert!(!url_allowed(&url("http://localhost.example.org/packs/a"), true));
        assert!(!url_allowed(&url("http://10.0.0.1/packs/a"), true));
        assert!(!url_allowed(&url("ftp://127.0.0.1/packs/a"), true));
        assert!(!url_allowed(&url("file:///etc/passwd"), true));
    }

    #[test]
    fn backoff_stays_between_base_and_max_and_grows() {
        let config = FetchConfig {
            backoff_base: Duration::from_millis(100),
            backoff_max: Duration::from_secs(2),
            ..FetchConfig::default()
        };
        let fetcher = Fetcher::new(config).expect("client builds");
        for failures in 1..=40 {
            for _ in 0..20 {
                let delay = fetcher.backoff(failures);
                assert!(
                    delay >= Duration::from_millis(100) && delay <= Duration::from_secs(2),
                    "{failures}: {delay:?}"
                );
            }
        }
        assert_eq!(fetcher.backoff(1), Duration::from_millis(100));
        assert!(fetcher.backoff(4) >= Duration::from_millis(400));
    }
}
