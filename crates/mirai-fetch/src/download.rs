//! Resumable downloads of large files: one call, many attempts, a part file that outlives them.

use std::future::Future;
use std::path::Path;
use std::time::{Duration, Instant};

use reqwest::StatusCode;
use reqwest::header::{CONTENT_RANGE, ETAG, HeaderMap, IF_RANGE, LAST_MODIFIED, RANGE};
use tokio::sync::watch;
use url::Url;

use crate::part::Part;
use crate::{FetchError, Fetcher};

/// What the signed index promises about a file; the download is handed over only if it matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Expected {
    /// The exact size in bytes; the server is never allowed to send more.
    pub size: u64,
    /// The SHA-256 of the whole file.
    pub sha256: [u8; 32],
}

/// What the caller wants a running download to do, sent through a [`watch`] channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Control {
    /// Transfer; after a pause, resume from the bytes on disk.
    Run,
    /// Drop the connection and wait, part kept, until `Run` or `Cancel`. Dropping the sender
    /// while paused counts as `Cancel`, since nothing could resume the download any more.
    Pause,
    /// Stop with [`FetchError::Cancelled`]. The part is kept, so a later call resumes.
    Cancel,
}

/// How far a download is, for a progress bar. Sent as bytes arrive (at most about 20 times a
/// second) and whenever the download pauses or resumes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Bytes on disk, including those from earlier calls.
    pub received: u64,
    /// The expected size.
    pub total: u64,
    /// The attempt under way or last made, counting from 1 in this call (0 before the first).
    pub attempt: u32,
    /// Whether the download is waiting for [`Control::Run`].
    pub paused: bool,
}

/// What a finished download cost, for diagnostics and bandwidth measurements.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DownloadReport {
    /// Response body bytes received over all attempts of this call, surplus included.
    pub bytes_on_wire: u64,
    /// Requests sent by this call, reconnections after a pause included.
    pub attempts: u32,
    /// The offsets at which a server agreed to continue (a 206 answer to our `Range`), in order.
    pub resumed_from: Vec<u64>,
}

/// How often progress may be reported while bytes arrive: about 20 times a second.
const PROGRESS_INTERVAL: Duration = Duration::from_millis(50);

impl Fetcher {
    /// Large files: downloads `url` to `dest`, resumably, and renames it into place only once it
    /// has exactly `expected.size` bytes with `expected.sha256`.
    ///
    /// Bytes go to `dest` + `.part`; beside it, `dest` + `.part.json` records the expected size
    /// and hash and the server's validator (its strong ETag, else its Last-Modified date). A
    /// later call with the same `dest` and the same expected hash, in this process or after a
    /// restart, continues with `Range` and `If-Range`; a different expected hash starts over.
    /// Dropped connections, idle timeouts and 5xx answers are retried with backoff, continuing
    /// from the bytes on disk, up to [`FetchConfig::max_attempts`](crate::FetchConfig) failures.
    /// Run one call per `dest` at a time: two would write the same part.
    pub async fn download(
        &self,
        url: &Url,
        dest: &Path,
        expected: &Expected,
        control: watch::Receiver<Control>,
        progress: impl FnMut(Progress) + Send,
    ) -> Result<DownloadReport, FetchError> {
        self.check_url(url)?;
        let mut part = Part::open(dest, expected).await?;
        let mut run = Run {
            fetcher: self,
            url,
            expected,
            control: Controller { commands: control, sender_alive: true },
            reporter: Reporter { callback: progress, total: expected.size, last: None },
            report: DownloadReport::default(),
        };
        match run.transfer(&mut part).await {
            Ok(()) => {
                part.finish(dest, expected).await?;
                Ok(run.report)
            }
            Err(err) => {
                // Make what arrived durable so the next call resumes from it. The transfer's own
                // error is the one worth reporting; if this fails too, the next call re-reads the
                // part and continues from whatever did reach the disk.
                let _ = part.set_aside().await;
                Err(err)
            }
        }
    }
}

/// One `download` call's state, apart from the part file.
struct Run<'a, F> {
    fetcher: &'a Fetcher,
    url: &'a Url,
    expected: &'a Expected,
    control: Controller,
    reporter: Reporter<F>,
    report: DownloadReport,
}

impl<F: FnMut(Progress)> Run<'_, F> {
    /// Attempts until the part holds `expected.size` bytes, or a final error.
    async fn transfer(&mut self, part: &mut Part) -> Result<(), FetchError> {
        let mut failures = 0;
        while part.len() < self.expected.size {
            self.control.hold(&mut self.reporter, part.len(), self.report.attempts).await?;
            self.report.attempts += 1;
            // A pause or a restart ends an attempt without failing it: the loop goes on.
            match self.attempt(part).await {
                Ok(()) => {}
                Err(err) if err.is_transient() => {
                    failures += 1;
                    if failures >= self.fetcher.config.max_attempts {
                        return Err(err);
                    }
                    self.control.sleep(self.fetcher.backoff(failures)).await?;
                }
                Err(err) => return Err(err),
            }
        }
        Ok(())
    }

    /// One request, continuing from the bytes on disk. Returns early, without failing, when the
    /// caller pauses (the connection is dropped) or when the part had to be emptied.
    async fn attempt(&mut self, part: &mut Part) -> Result<(), FetchError> {
        let offset = part.len();
        let mut request = self.fetcher.get(self.url);
        if offset > 0 {
            request = request.header(RANGE, format!("bytes={offset}-"));
            if let Some(validator) = part.validator() {
                request = request.header(IF_RANGE, validator);
            }
        }
        let Some(mut response) = self.control.interruptible(self.fetcher.idle(request.send())).await? else {
            return Ok(());
        };

        // Whether this response, read to its end, completes the file; a server may answer an
        // open range with a shorter one, and the next attempt then asks for the rest.
        let reaches_end = match response.status() {
            StatusCode::PARTIAL_CONTENT => {
                let range = ContentRange::parse(response.headers())
                    .ok_or(FetchError::BadResponse("206 without a usable content-range"))?;
                if range.total != self.expected.size {
                    return Err(FetchError::SizeMismatch { expected: self.expected.size, actual: range.total });
                }
                if range.start != offset {
                    return Err(FetchError::BadResponse("206 for a range that was not asked for"));
                }
                if offset > 0 {
                    self.report.resumed_from.push(offset);
                }
                range.end + 1 == range.total
            }
            // Either a first request, or the server ignored the range or its file changed since
            // the part began (the `If-Range` validator no longer matches): start over.
            StatusCode::OK => {
                match response.content_length() {
                    Some(announced) if announced > self.expected.size => {
                        return Err(FetchError::TooLarge { limit: self.expected.size });
                    }
                    Some(announced) if announced < self.expected.size => {
                        return Err(FetchError::SizeMismatch { expected: self.expected.size, actual: announced });
                    }
                    _ => {}
                }
                part.restart(validator(response.headers())).await?;
                true
            }
            // The part reaches past the end of the server's file, so the file changed. A complete
            // part never gets here: it is verified without asking the server.
            StatusCode::RANGE_NOT_SATISFIABLE if offset > 0 => {
                part.restart(None).await?;
                return Ok(());
            }
            status => return Err(FetchError::HttpStatus(status.as_u16())),
        };

        loop {
            let Some(chunk) = self.control.interruptible(self.fetcher.idle(response.chunk())).await? else {
                return Ok(());
            };
            let Some(chunk) = chunk else { break };
            self.report.bytes_on_wire += chunk.len() as u64;
            let room = self.expected.size - part.len();
            if chunk.len() as u64 > room {
                // Keep what fits, never a byte more; the hash judges it on the next call.
                part.append(&chunk[..room as usize]).await?;
                return Err(FetchError::TooLarge { limit: self.expected.size });
            }
            part.append(&chunk).await?;
            self.reporter.bytes(part.len(), self.report.attempts);
        }
        if reaches_end && part.len() < self.expected.size { Err(FetchError::EndedEarly) } else { Ok(()) }
    }
}

/// The server's validator for `If-Range`: a strong ETag, else the Last-Modified date.
fn validator(headers: &HeaderMap) -> Option<String> {
    let header = |name| headers.get(name).and_then(|value: &reqwest::header::HeaderValue| value.to_str().ok());
    // A weak ETag (`W/"…"`) may not be used in `If-Range`.
    let strong_etag = header(ETAG).filter(|etag| etag.starts_with('"'));
    strong_etag.or_else(|| header(LAST_MODIFIED)).map(str::to_owned)
}

/// A `Content-Range: bytes start-end/total` header with a known total.
struct ContentRange {
    start: u64,
    end: u64,
    total: u64,
}

impl ContentRange {
    fn parse(headers: &HeaderMap) -> Option<ContentRange> {
        let value = headers.get(CONTENT_RANGE)?.to_str().ok()?;
        let (range, total) = value.strip_prefix("bytes ")?.split_once('/')?;
        let (start, end) = range.split_once('-')?;
        let range = ContentRange { start: start.parse().ok()?, end: end.parse().ok()?, total: total.parse().ok()? };
        (range.start <= range.end && range.end < range.total).then_some(range)
    }
}

/// The receiving end of the caller's [`Control`] channel.
struct Controller {
    commands: watch::Receiver<Control>,
    // Once the sender is gone, `changed()` fails at once forever; the last command stands.
    sender_alive: bool,
}

impl Controller {
    /// Runs a network step unless the caller pauses (`None`) or cancels first.
    async fn interruptible<T>(
        &mut self,
        step: impl Future<Output = Result<T, FetchError>>,
    ) -> Result<Option<T>, FetchError> {
        let mut step = std::pin::pin!(step);
        loop {
            tokio::select! {
                biased;
                changed = self.commands.changed(), if self.sender_alive => {
                    if changed.is_err() {
                        self.sender_alive = false;
                        continue;
                    }
                    match *self.commands.borrow_and_update() {
                        Control::Run => {}
                        Control::Pause => return Ok(None),
                        Control::Cancel => return Err(FetchError::Cancelled),
                    }
                }
                result = &mut step => return result.map(Some),
            }
        }
    }

    /// Returns at once when running, waits while paused, fails when cancelled.
    async fn hold<F: FnMut(Progress)>(
        &mut self,
        reporter: &mut Reporter<F>,
        received: u64,
        attempt: u32,
    ) -> Result<(), FetchError> {
        let mut paused = false;
        loop {
            let command = *self.commands.borrow_and_update();
            match command {
                Control::Run => {
                    if paused {
                        reporter.emit(received, attempt, false);
                    }
                    return Ok(());
                }
                Control::Cancel => return Err(FetchError::Cancelled),
                Control::Pause => {
                    if !paused {
                        paused = true;
                        reporter.emit(received, attempt, true);
                    }
                    if !self.sender_alive || self.commands.changed().await.is_err() {
                        return Err(FetchError::Cancelled);
                    }
                }
            }
        }
    }

    /// Waits before a retry; a pause ends the wait early (the next [`hold`](Self::hold) waits
    /// instead), a cancel fails.
    async fn sleep(&mut self, delay: Duration) -> Result<(), FetchError> {
        self.interruptible(async {
            tokio::time::sleep(delay).await;
            Ok(())
        })
        .await
        .map(drop)
    }
}

/// Throttles the caller's progress callback.
struct Reporter<F> {
    callback: F,
    total: u64,
    last: Option<Instant>,
}

impl<F: FnMut(Progress)> Reporter<F> {
    /// Bytes arrived: report unless the last report is too recent (the final byte always is).
    fn bytes(&mut self, received: u64, attempt: u32) {
        if received == self.total || self.last.is_none_or(|at| at.elapsed() >= PROGRESS_INTERVAL) {
            self.emit(received, attempt, false);
        }
    }

    /// Reports now.
    fn emit(&mut self, received: u64, attempt: u32, paused: bool) {
        self.last = Some(Instant::now());
        (self.callback)(Progress { received, total: self.total, attempt, paused });
    }
}

#[cfg(test)]
mod tests {
    use reqwest::header::HeaderValue;

    use super::*;

    fn headers(pairs: &[(reqwest::header::HeaderName, &'static str)]) -> HeaderMap {
        pairs.iter().map(|(name, value)| (name.clone(), HeaderValue::from_static(value))).collect()
    }

    #[test]
    fn content_range_needs_a_known_total_and_an_ordered_range() {
        let range = ContentRange::parse(&headers(&[(CONTENT_RANGE, "bytes 100-199/200")])).expect("parses");
        assert_eq!((range.start, range.end, range.total), (100, 199, 200));
        for bad in ["bytes 100-199/*", "bytes 5-4/10", "bytes 0-10/10", "items 0-1/2", "bytes 0-1", "bytes a-1/2"] {
            assert!(ContentRange::parse(&headers(&[(CONTENT_RANGE, bad)])).is_none(), "{bad}");
        }
        assert!(ContentRange::parse(&HeaderMap::new()).is_none());
    }

    #[test]
    fn validator_prefers_a_strong_etag_then_the_date() {
        let date = "Tue, 01 Jul 2025 10:00:00 GMT";
        assert_eq!(validator(&headers(&[(ETAG, "\"5-abc\""), (LAST_MODIFIED, date)])).as_deref(), Some("\"5-abc\""));
        assert_eq!(validator(&headers(&[(ETAG, "W/\"5-abc\""), (LAST_MODIFIED, date)])).as_deref(), Some(date));
        assert_eq!(validator(&headers(&[(ETAG, "W/\"5-abc\"")])), None);
    }
}
