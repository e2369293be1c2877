//! Automerge sync for Mirai (issue 7): the automerge-repo wire protocol through samod-core's
//! sans-IO state machines, run by our own [`engine`] so that a change is on disk before any
//! peer hears it is stored, and every frame in and out passes a [`policy::Policy`].
//!
//! - [`store`]: the key-value [`store::Store`] the engine writes through, on SQLite.
//! - `pg_store` (feature `postgres`): the same store on PostgreSQL, shared by several servers.
//! - [`engine`]: the runtime; [`engine::start`] returns a handle the server, the app and tests use.
//! - [`policy`]: what may pass; [`policy::Open`] for a client, [`gate::AccessGate`] for a server.
//! - [`registry`]: the server's access table, kept in the same store.
//! - [`connection`]: one socket's pump, with the limits a peer must keep.
//! - [`outbound`]: the engine's queue of frames for one socket.
//! - [`client`]: the device's side: challenge, WebSocket, pump.
//! - [`device`]: the app's sync: one engine dialing one server, and parcels delivered through it.
//! - [`pairing`]: a second device joins this one's account by a short code.
//! - [`frame`]: reading the wire format's frames for those decisions.
//! - [`size_cap`]: the cap on one document's stored size.

#[cfg(feature = "runtime")]
pub mod client;
#[cfg(feature = "runtime")]
pub mod connection;
pub mod contain;
#[cfg(feature = "runtime")]
pub mod device;
#[cfg(feature = "runtime")]
pub mod engine;
pub mod frame;
#[cfg(feature = "runtime")]
pub mod gate;
#[cfg(feature = "runtime")]
pub mod outbound;
#[cfg(feature = "runtime")]
pub mod pairing;
#[cfg(feature = "postgres")]
pub mod pg_store;
#[cfg(feature = "runtime")]
pub mod policy;
#[cfg(feature = "runtime")]
pub mod registry;
#[cfg(feature = "runtime")]
mod resume;
#[cfg(feature = "runtime")]
pub mod size_cap;
#[cfg(feature = "runtime")]
pub mod store;
