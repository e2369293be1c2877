//! Pack updates from a server, for the app to run in the background.
//!
//! A server (the sync server's `/packs/` route, or any static HTTP server) publishes a signed
//! `index.json` beside its packs and deltas. [`Updater::check`] fetches and verifies that index;
//! [`offers`] compares it with what is installed and picks, per pack, the cheaper way to the
//! offered version: a delta from the installed version when the server has one, the full pack
//! otherwise. [`Updater::fetch`] downloads it resumably and, for a delta, applies it to the
//! installed pack file, falling back to the full pack when the delta cannot be used.
//!
//! What it hands back is only bytes: the store verifies them in full, like any imported pack,
//! before anything becomes visible. [`permission`] is the "Wi-Fi only" rule, and [`network`]
//! asks the OS what kind of connection is up.

mod error;
mod network;
mod offer;
mod updater;

pub use error::UpdateError;
pub use network::{Network, Permission, network, permission};
pub use offer::{Offer, Route, offers};
pub use updater::{Fetched, UpdateProgress, Updater, server_url};
