//! Downloads content packs and their signed index: HTTPS only, resumable, hash-checked.
//!
//! The app runs a [`Fetcher`] in a background task. [`Fetcher::get_small`] reads a small file
//! (the signed index) into memory; [`Fetcher::download`] streams a large one (a pack or a delta)
//! to disk, resuming with `Range` and `If-Range` across dropped connections, app restarts and
//! pauses, and hands over the file only once its size and SHA-256 match what the signed index
//! promised:
//!
//! ```text
//! let fetcher = Fetcher::new(FetchConfig::default())?;
//! let index = fetcher.get_small(&index_url, 1 << 20).await?;     // then mirai_pack::verify_index
//! let expected = Expected { size: offered.size, sha256: offered.sha256 };
//! let (control, watch) = tokio::sync::watch::channel(Control::Run);
//! let report = fetcher.download(&pack_url, &dest, &expected, watch, |p| show(p)).await?;
//! ```
//!
//! What it deliberately does not do: check signatures (mirai-pack does, on what this crate hands
//! over), decide what to download, know about Tauri, or guard against two downloads to the same
//! destination at once (the caller runs one per file).

mod config;
mod download;
mod error;
mod fetcher;
mod part;

pub use config::FetchConfig;
pub use download::{Control, DownloadReport, Expected, Progress};
pub use error::FetchError;
pub use fetcher::Fetcher;
