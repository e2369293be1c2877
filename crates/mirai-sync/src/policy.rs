//! Who may exchange what: the engine asks its [`Policy`] about every frame in and out, so a
//! server enforces access on every message, while a client (which talks only to its own server)
//! lets everything through with [`Open`].

use samod_core::{DocumentId, PeerId, ShareConfig};

use crate::store::{Store, StoreError};

/// What to do with a frame a peer sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Hand it to the protocol.
    Pass,
    /// Do not hand it on; send this frame back instead (a `doc-unavailable`).
    Answer(Vec<u8>),
    /// Ignore it.
    Drop,
    /// End the connection; the reason goes to the log.
    Close(&'static str),
}

/// The rules one engine applies. `peer` is the identity the connection proved (the server knows
/// it before the handshake; a client does not know its server's, hence `None`).
pub trait Policy: Send + 'static {
    /// A connection from `peer` is opening: `Err` refuses it with a reason for the log. May
    /// write to `store` (registering a new device); the write commits with the batch.
    fn admit(&mut self, peer: Option<&PeerId>, store: &mut dyn Store) -> Result<(), AdmitError>;
    /// A frame from `peer`, before the protocol sees it. May write to `store` (a document's
    /// first writer becoming its owner).
    fn incoming(&mut self, peer: Option<&PeerId>, frame: &[u8], store: &mut dyn Store) -> Verdict;
    /// A frame the protocol wants to send to `peer`: `false` keeps it back.
    fn outgoing(&mut self, peer: Option<&PeerId>, frame: &[u8]) -> bool;
    /// samod-core's own sharing decision for `document` with `peer`, asked before it syncs.
    fn share(&mut self, peer: &PeerId, document: &DocumentId) -> ShareConfig;
    /// The batch these decisions were made in was rolled back: forget what it changed.
    fn rolled_back(&mut self, store: &mut dyn Store) -> Result<(), StoreError>;
}

/// Why a connection was refused at [`Policy::admit`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AdmitError {
    /// The device is on the denylist.
    #[error("device denied")]
    Denied,
    /// The peer's id is not a device key.
    #[error("not a device")]
    NotADevice,
    /// The store could not record the device.
    #[error("storage failed")]
    Storage,
}

/// A client's policy: its only peer is its own server, which decides what it may have.
#[derive(Debug, Clone, Copy, Default)]
pub struct Open;

impl Policy for Open {
    fn admit(&mut self, _: Option<&PeerId>, _: &mut dyn Store) -> Result<(), AdmitError> {
        Ok(())
    }

    fn incoming(&mut self, _: Option<&PeerId>, _: &[u8], _: &mut dyn Store) -> Verdict {
        Verdict::Pass
    }

    fn outgoing(&mut self, _: Option<&PeerId>, _: &[u8]) -> bool {
        true
    }

    fn share(&mut self, _: &PeerId, _: &DocumentId) -> ShareConfig {
        ShareConfig::read_write()
    }

    fn rolled_back(&mut self, _: &mut dyn Store) -> Result<(), StoreError> {
        Ok(())
    }
}
