//! Mirai's encrypted local store.
//!
//! One SQLite database per user, encrypted page by page with SQLCipher under a random raw key
//! (see `mirai-keys`), in WAL mode with `synchronous=FULL` so that a write the user saw saved
//! survives a crash or a flat battery. The schema is versioned with `PRAGMA user_version`
//! and upgraded by migrations kept in code.
//!
//! Two layers:
//! - [`Store`]: an open database and the queries on it. Every user action is one method and
//!   one transaction. Constructors take an explicit key, which is what tests use.
//! - [`DataDir`]: the folder that holds the database and its key file; it creates a store,
//!   finds its key (OS keystore or passphrase) and opens it, and tells a wrong key from a
//!   damaged file without writing a byte to either.
//!
//! This crate knows nothing about Tauri, the UI or the network.

mod atomic_file;
mod connection;
mod content;
mod data_dir;
mod error;
mod indexer;
mod migrations;
mod pack_index;
mod packs;
mod profile;
mod reading;
mod search;
mod selfcheck;
mod session;
mod settings;
mod sharing;
mod store;
mod sync;

pub use atomic_file::write_atomically as write_file_atomically;
pub use data_dir::{DataDir, Inspection, Protection};
pub use error::StoreError;
pub use migrations::SCHEMA_VERSION;
pub use pack_index::KnownIndex;
pub use packs::{InstalledPack, PackTrust};
pub use profile::{ProfileField, StoredProfile};
pub use reading::{Bookmark, HISTORY_LIMIT, Progress, ReadingEntry};
pub use search::{SearchHit, SearchResults};
pub use selfcheck::CompletedCheck;
pub use session::{ProtectionKind, Session};
pub use sharing::{Organisation, OutboxItem, OutboxState};
pub use store::{Store, StoreInfo};
pub use sync::Parcel;

#[doc(hidden)]
pub use migrations::create_at_version;
