//! Checking a server for updates and fetching one: index, then delta or full pack.

use std::path::PathBuf;

use mirai_fetch::{Control, Expected, FetchConfig, FetchError, Fetcher, Progress};
use mirai_pack::{Limits, Offered, TrustAnchor, VerifiedIndex, apply_delta, verify_index};
use tokio::sync::watch;
use url::Url;

use crate::{Offer, Route, UpdateError};

/// The file a server publishes beside its packs.
const INDEX_FILE: &str = "index.json";
/// The largest index accepted (a few hundred bytes per pack).
const MAX_INDEX_BYTES: u64 = 4 * 1024 * 1024;

/// One server and the folder where downloads wait until they are complete.
pub struct Updater {
    fetcher: Fetcher,
    server: Url,
    downloads: PathBuf,
}

/// How far an update is, for a progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UpdateProgress {
    /// What is being downloaded: the delta, or the full pack (also after a delta failed).
    pub route: Route,
    /// Bytes of it on disk, including those from earlier attempts.
    pub received: u64,
    /// Its size.
    pub total: u64,
    /// Whether the download waits for "resume".
    pub paused: bool,
}

/// A downloaded update, ready for the store to verify and install.
#[derive(Debug)]
pub struct Fetched {
    /// The new pack file.
    pub pack: Vec<u8>,
    /// How it came: the full pack also when a delta was tried first and failed.
    pub route: Route,
    /// Response bytes received over the network for it, retries and a failed delta included.
    pub bytes_on_wire: u64,
}

impl Updater {
    /// An updater for the server at `server` (the folder holding `index.json`), keeping partial
    /// downloads in `downloads` so a later call, even after a restart, resumes them.
    pub fn new(server: &str, downloads: PathBuf, config: FetchConfig) -> Result<Updater, UpdateError> {
        Ok(Updater { fetcher: Fetcher::new(config)?, server: server_url(server)?, downloads })
    }

    /// Fetches the server's signed index and verifies it against the app's roots, the newest
    /// keys document and the newest index version the app has accepted.
    pub async fn check(
        &self,
        anchor: &TrustAnchor,
        known_keys: Option<&[u8]>,
        newest_seen: Option<u64>,
    ) -> Result<VerifiedIndex, UpdateError> {
        let url = self.url(INDEX_FILE)?;
        let bytes = self.fetcher.get_small(&url, MAX_INDEX_BYTES).await?;
        Ok(verify_index(&bytes, anchor, known_keys, newest_seen)?)
    }

    /// Downloads `offer`: its delta when it has one and `installed` (the installed pack file)
    /// is given, applied to that file; otherwise, or when the delta fails, the full pack.
    /// `control` pauses, resumes and cancels; `progress` sees every step.
    pub async fn fetch(
        &self,
        offer: &Offer,
        installed: Option<&[u8]>,
        limits: &Limits,
        control: watch::Receiver<Control>,
        mut progress: impl FnMut(UpdateProgress) + Send,
    ) -> Result<Fetched, UpdateError> {
        let mut bytes_on_wire = 0;
        if let (Route::Delta, Some(delta), Some(installed)) = (offer.route(), &offer.delta, installed) {
            let attempt = self.download(delta, Route::Delta, control.clone(), &mut progress).await;
            match attempt {
                Ok((delta_bytes, wire)) => {
                    bytes_on_wire += wire;
                    match apply_delta(installed, &delta_bytes, limits) {
                        Ok(pack) => return Ok(Fetched { pack, route: Route::Delta, bytes_on_wire }),
                        Err(error) => tracing::info!(code = error.code(), "delta unusable, fetching the full pack"),
                    }
                }
                Err(UpdateError::Fetch(FetchError::Cancelled)) => return Err(FetchError::Cancelled.into()),
                Err(error) => tracing::info!(code = error.code(), "delta download failed, fetching the full pack"),
            }
        }
        let (pack, wire) = self.download(&offer.entry.file, Route::Full, control, &mut progress).await?;
        Ok(Fetched { pack, route: Route::Full, bytes_on_wire: bytes_on_wire + wire })
    }

    /// Downloads one offered file into the downloads folder, reads it and removes it.
    async fn download(
        &self,
        file: &Offered,
        route: Route,
        control: watch::Receiver<Control>,
        progress: &mut (impl FnMut(UpdateProgress) + Send),
    ) -> Result<(Vec<u8>, u64), UpdateError> {
        tokio::fs::create_dir_all(&self.downloads).await?;
        let dest = self.destination(file);
        let expected = Expected { size: file.size, sha256: file.sha256 };
        let url = self.url(file.path.as_str())?;
        let report = self
            .fetcher
            .download(&url, &dest, &expected, control, |p: Progress| {
                progress(UpdateProgress { route, received: p.received, total: p.total, paused: p.paused })
            })
            .await?;
        let bytes = tokio::fs::read(&dest).await?;
        // Once read, the file has done its job; a leftover costs space only.
        let _ = tokio::fs::remove_file(&dest).await;
        Ok((bytes, report.bytes_on_wire))
    }

    /// Where a file is downloaded: named by its hash, so a changed file on the server never
    /// resumes onto the bytes of the old one.
    fn destination(&self, file: &Offered) -> PathBuf {
        self.downloads.join(download_name(file))
    }

    fn url(&self, path: &str) -> Result<Url, UpdateError> {
        self.server.join(path).map_err(|_| UpdateError::ServerUrl)
    }

    /// Removes partial downloads of files that none of `offers` needs any more (a newer
    /// version was published meanwhile). Returns how many were removed.
    pub fn remove_stale(&self, offers: &[Offer]) -> usize {
        let wanted: Vec<String> = offers
            .iter()
            .flat_map(|offer| std::iter::once(&offer.entry.file).chain(offer.delta.as_ref()))
            .map(download_name)
            .collect();
        let Ok(entries) = std::fs::read_dir(&self.downloads) else { return 0 };
        entries
            .flatten()
            .filter(|entry| {
                // A download is `<name>` when complete, `<name>.part` and `<name>.part.json` before.
                let name = entry.file_name().to_string_lossy().into_owned();
                !wanted.iter().any(|w| name.starts_with(w.as_str()))
            })
            .filter(|entry| std::fs::remove_file(entry.path()).is_ok())
            .count()
    }
}

/// Reads a server address as typed by a person: an `https` (or, for this machine only, `http`)
/// URL of the folder holding `index.json`, with the trailing slash added if missing.
pub fn server_url(text: &str) -> Result<Url, UpdateError> {
    let mut url = Url::parse(text.trim()).map_err(|_| UpdateError::ServerUrl)?;
    if !matches!(url.scheme(), "https" | "http") || url.cannot_be_a_base() || url.host().is_none() {
        return Err(UpdateError::ServerUrl);
    }
    if !url.path().ends_with('/') {
        let path = format!("{}/", url.path());
        url.set_path(&path);
    }
    Ok(url)
}

/// A download's file name, from the first half of its SHA-256.
fn download_name(file: &Offered) -> String {
    let hash: String = file.sha256.iter().take(16).map(|b| format!("{b:02x}")).collect();
    format!("{hash}.download")
}
