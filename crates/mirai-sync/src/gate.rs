//! The server's [`Policy`]: every frame in and out is checked against the access table with
//! [`mirai_access::decide`], not only the first one of a connection, because the table changes
//! while connections stay open.
//!
//! - A device that proved its key and is not on the denylist is admitted; a device the server
//!   has never seen gets a worker account of its own.
//! - The first device to send a document the server does not hold becomes its owner (private).
//!   Document ids are random and known only to their creator until first synced.
//! - A refused `request` or `sync` is answered with `doc-unavailable`, the same frame a server
//!   that lacks the document sends, so refusal and absence look alike.
//! - A `sync` carrying changes from a peer that may read but not write closes the connection;
//!   an undecodable frame closes it too.
//! - Frames out are held back unless the peer may have them: sync data needs `Deliver`.

use std::collections::HashMap;

use mirai_access::{
    AccessTable, Account, Decision, DeviceKey, DocClass, Management, Operation, Refusal, Role, decide, may_manage,
};
use samod_core::{DocumentId, PeerId, ShareConfig};

use crate::frame::{self, Frame, Kind};
use crate::policy::{AdmitError, Policy, Verdict};
use crate::registry;
use crate::store::{Store, StoreError};

/// The peer id a device uses on the wire: its public key in hex. The server accepts a
/// connection's handshake only under the id of the key the connection proved.
pub fn peer_of(device: &DeviceKey) -> PeerId {
    PeerId::from(hex::encode(device))
}

/// The account id the server gives a device it has never seen.
pub fn own_account(device: &DeviceKey) -> String {
    format!("w-{}", &hex::encode(device)[..32])
}

/// What a management request gave back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Managed {
    /// It is done (or, for an invitation, allowed: the caller makes the code).
    Done,
    /// The documents shared with the organisation, with their owners.
    Shared(Vec<(String, String)>),
}

/// Why a management request failed.
#[derive(Debug, thiserror::Error)]
pub enum ManageError {
    /// The device may not do it.
    #[error("not allowed")]
    Refused(Refusal),
    /// The store refused the write.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Why a device could not be paired.
#[derive(Debug, thiserror::Error)]
pub enum PairError {
    /// The account to join does not exist.
    #[error("no such account")]
    UnknownAccount,
    /// The device is on the denylist.
    #[error("device denied")]
    Denied,
    /// The store refused the write.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// How many documents one account may own: a bound on what one device can make the server
/// store by inventing document ids.
pub const MAX_DOCUMENTS_PER_ACCOUNT: usize = 10_000;

/// The server's policy over its access table.
pub struct AccessGate {
    server: PeerId,
    table: AccessTable,
    /// Documents each account owns, kept with the table so a claim costs no scan.
    owned: HashMap<String, usize>,
}

fn owner_counts(table: &AccessTable) -> HashMap<String, usize> {
    let mut owned = HashMap::new();
    for class in table.documents.values() {
        if let DocClass::Private { owner }
        | DocClass::SharedWithOrg { owner, .. }
        | DocClass::FeedPost { author: owner } = class
        {
            *owned.entry(owner.clone()).or_insert(0) += 1;
        }
    }
    owned
}

impl AccessGate {
    /// The gate for a server that speaks as `server`, with the table stored in `store`.
    pub fn load(server: PeerId, store: &mut dyn Store) -> Result<Self, registry::RegistryError> {
        let table = registry::load(store)?;
        Ok(AccessGate { server, owned: owner_counts(&table), table })
    }

    /// The table as it is now (for `/metrics` and tests).
    pub fn table(&self) -> &AccessTable {
        &self.table
    }

    /// Changes the table and stores the change in the same batch: `change` gets the table to
    /// edit and the store to record it in.
    pub fn update<R>(
        &mut self,
        store: &mut dyn Store,
        change: impl FnOnce(&mut AccessTable, &mut dyn Store) -> R,
    ) -> R {
        let result = change(&mut self.table, store);
        self.owned = owner_counts(&self.table);
        result
    }

    /// Makes `device` act for `account` from now on (pairing a second device). What the device's
    /// own account held stays with that account.
    pub fn pair(&mut self, store: &mut dyn Store, device: &DeviceKey, account: &str) -> Result<(), PairError> {
        if !self.table.accounts.contains_key(account) {
            return Err(PairError::UnknownAccount);
        }
        if self.table.denied.contains(device) {
            return Err(PairError::Denied);
        }
        registry::put_device(store, device, account)?;
        self.table.devices.insert(*device, account.to_owned());
        Ok(())
    }

    /// Carries out `management` for `device` if [`may_manage`] allows it, in the current batch.
    pub fn manage(
        &mut self,
        store: &mut dyn Store,
        device: &DeviceKey,
        management: Management,
    ) -> Result<Managed, ManageError> {
        may_manage(&self.table, device, &management).map_err(ManageError::Refused)?;
        match management {
            Management::SetClass { document, to } => {
                registry::put_document(store, &document, &to)?;
                self.table.documents.insert(document, to);
                self.owned = owner_counts(&self.table);
                Ok(Managed::Done)
            }
            Management::Invite { .. } => Ok(Managed::Done),
            Management::Assign { caseworker, worker, .. } => {
                registry::put_assignment(store, &caseworker, &worker)?;
                self.table.assignments.insert((caseworker, worker));
                Ok(Managed::Done)
            }
            Management::ListShared { org } => Ok(Managed::Shared(
                self.table
                    .documents
                    .iter()
                    .filter_map(|(document, class)| match class {
                        DocClass::SharedWithOrg { owner, org: shared } if *shared == org => {
                            Some((document.clone(), owner.clone()))
                        }
                        _ => None,
                    })
                    .collect(),
            )),
        }
    }

    /// Makes `device` a member of `org`'s staff as `role`, under a staff account of its own
    /// (a person's worker account stays apart from their work for an organisation).
    pub fn join(
        &mut self,
        store: &mut dyn Store,
        device: &DeviceKey,
        org: &str,
        role: Role,
    ) -> Result<String, ManageError> {
        if self.table.denied.contains(device) {
            return Err(ManageError::Refused(Refusal::Denied));
        }
        if role == Role::Worker || !registry::valid_id(org) {
            return Err(ManageError::Refused(Refusal::NotAllowed));
        }
        let id = format!("s-{org}-{}", &hex::encode(device)[..16]);
        let account = Account { role, org: Some(org.to_owned()) };
        registry::put_account(store, &id, &account)?;
        registry::put_device(store, device, &id)?;
        self.table.accounts.insert(id.clone(), account);
        self.table.devices.insert(*device, id.clone());
        Ok(id)
    }

    /// Puts `device` on the denylist: from the next frame on it gets nothing and may write nothing.
    pub fn deny(&mut self, store: &mut dyn Store, device: &DeviceKey) -> Result<(), StoreError> {
        registry::put_denied(store, device)?;
        self.table.denied.insert(*device);
        Ok(())
    }

    /// Whether `device` acts for an admin of `org`.
    pub fn is_admin_of(&self, device: &DeviceKey, org: &str) -> bool {
        self.account_of(device)
            .and_then(|id| self.table.accounts.get(id))
            .is_some_and(|account| account.role == Role::OrgAdmin && account.org.as_deref() == Some(org))
    }

    /// The account `device` acts for.
    pub fn account_of(&self, device: &DeviceKey) -> Option<&str> {
        self.table.devices.get(device).map(String::as_str)
    }

    fn device(peer: Option<&PeerId>) -> Option<DeviceKey> {
        registry::device_key(peer?.as_str())
    }

    fn allowed(&self, device: &DeviceKey, document: &str, operation: Operation) -> bool {
        decide(&self.table, device, document, operation) == Decision::Allow
    }

    /// The first writer of an unknown document becomes its owner.
    fn claim(&mut self, device: &DeviceKey, document: &str, store: &mut dyn Store) -> Result<(), StoreError> {
        if self.table.documents.contains_key(document) || !registry::valid_id(document) {
            return Ok(());
        }
        // Only a device that may act at all claims: a denied one must not squat on ids.
        let Some(owner) = self.table.devices.get(device).cloned() else { return Ok(()) };
        if self.table.denied.contains(device) || !self.table.accounts.contains_key(&owner) {
            return Ok(());
        }
        if self.owned.get(&owner).is_some_and(|&count| count >= MAX_DOCUMENTS_PER_ACCOUNT) {
            tracing::info!("an account reached its document limit");
            return Ok(());
        }
        let class = DocClass::Private { owner: owner.clone() };
        registry::put_document(store, document, &class)?;
        self.table.documents.insert(document.to_owned(), class);
        *self.owned.entry(owner).or_insert(0) += 1;
        Ok(())
    }

    fn unavailable(&self, frame: &Frame, document: &str) -> Verdict {
        match frame.sender_id.as_deref() {
            Some(sender) => Verdict::Answer(frame::doc_unavailable(self.server.as_str(), sender, document)),
            None => Verdict::Drop,
        }
    }
}

impl Policy for AccessGate {
    fn admit(&mut self, peer: Option<&PeerId>, store: &mut dyn Store) -> Result<(), AdmitError> {
        let device = Self::device(peer).ok_or(AdmitError::NotADevice)?;
        if self.table.denied.contains(&device) {
            return Err(AdmitError::Denied);
        }
        if !self.table.devices.contains_key(&device) {
            let id = own_account(&device);
            let account = Account { role: Role::Worker, org: None };
            registry::put_account(store, &id, &account).map_err(|_| AdmitError::Storage)?;
            registry::put_device(store, &device, &id).map_err(|_| AdmitError::Storage)?;
            self.table.accounts.insert(id.clone(), account);
            self.table.devices.insert(device, id);
        }
        Ok(())
    }

    fn incoming(&mut self, peer: Option<&PeerId>, bytes: &[u8], store: &mut dyn Store) -> Verdict {
        let Some(device) = Self::device(peer) else { return Verdict::Close("not a device") };
        let frame = match frame::decode(bytes) {
            Ok(frame) => frame,
            Err(error) => {
                tracing::info!(%error, "malformed frame");
                return Verdict::Close("malformed frame");
            }
        };
        let Some(document) = frame.document_id.clone() else { return Verdict::Pass };
        match frame.kind {
            // A `request` may carry changes too; then it is a write like a `sync`.
            Kind::Sync | Kind::Request => {
                let Ok(writes) = frame.carries_changes() else { return Verdict::Close("malformed sync message") };
                if (frame.kind == Kind::Sync || writes) && self.claim(&device, &document, store).is_err() {
                    return Verdict::Close("storage failed");
                }
                let operation = if writes { Operation::Write } else { Operation::Request };
                if self.allowed(&device, &document, operation) {
                    Verdict::Pass
                } else if writes && self.allowed(&device, &document, Operation::Request) {
                    tracing::info!("a read-only peer sent changes");
                    Verdict::Close("write refused")
                } else {
                    self.unavailable(&frame, &document)
                }
            }
            Kind::Ephemeral if self.allowed(&device, &document, Operation::Ephemeral) => Verdict::Pass,
            _ if self.allowed(&device, &document, Operation::Request) => Verdict::Pass,
            _ => Verdict::Drop,
        }
    }

    fn outgoing(&mut self, peer: Option<&PeerId>, bytes: &[u8]) -> bool {
        let Some(device) = Self::device(peer) else { return false };
        let Ok(frame) = frame::decode(bytes) else {
            tracing::error!("the protocol produced a frame we cannot read; held back");
            return false;
        };
        let Some(document) = frame.document_id.as_deref() else { return true };
        let operation = match frame.kind {
            Kind::Sync => Operation::Deliver,
            Kind::Ephemeral => Operation::Ephemeral,
            _ => Operation::Announce,
        };
        self.allowed(&device, document, operation)
    }

    fn share(&mut self, peer: &PeerId, document: &DocumentId) -> ShareConfig {
        let Some(device) = Self::device(Some(peer)) else { return ShareConfig::none() };
        let document = document.to_string();
        // A server never pushes documents to peers that did not ask (as the reference server).
        if self.allowed(&device, &document, Operation::Write) {
            ShareConfig::read_write().with_announce(false)
        } else if self.allowed(&device, &document, Operation::Deliver) {
            ShareConfig::read_only().with_announce(false)
        } else {
            ShareConfig::none()
        }
    }

    fn rolled_back(&mut self, store: &mut dyn Store) -> Result<(), StoreError> {
        self.table = registry::load(store).map_err(|error| match error {
            registry::RegistryError::Store(error) => error,
            registry::RegistryError::Row(row) => StoreError::Io(format!("unreadable access row {row}")),
        })?;
        self.owned = owner_counts(&self.table);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::SqliteStore;

    fn sync_frame(sender: &PeerId, document: &str, with_change: bool) -> Vec<u8> {
        use automerge::transaction::Transactable;
        let mut doc = automerge::Automerge::new();
        if with_change {
            doc.transact::<_, _, automerge::AutomergeError>(|tx| tx.put(automerge::ROOT, "k", 1)).expect("edit");
        }
        let mut state = automerge::sync::State::new();
        let message = automerge::sync::SyncDoc::generate_sync_message(&doc, &mut state).expect("a first message");
        let mut first = message.encode();
        if with_change {
            // The first message only announces heads; the changes come once the other side asks.
            let mut theirs = automerge::sync::State::new();
            let mut empty = automerge::Automerge::new();
            automerge::sync::SyncDoc::receive_sync_message(
                &mut empty,
                &mut theirs,
                automerge::sync::Message::decode(&first).expect("decode"),
            )
            .expect("receive");
            let ask = automerge::sync::SyncDoc::generate_sync_message(&empty, &mut theirs).expect("a request");
            automerge::sync::SyncDoc::receive_sync_message(&mut doc, &mut state, ask).expect("receive the request");
            first = automerge::sync::SyncDoc::generate_sync_message(&doc, &mut state).expect("the changes").encode();
        }
        let mut out = Vec::new();
        let mut encoder = minicbor::Encoder::new(&mut out);
        encoder
            .map(5)
            .and_then(|e| e.str("type"))
            .and_then(|e| e.str("sync"))
            .and_then(|e| e.str("senderId"))
            .and_then(|e| e.str(sender.as_str()))
            .and_then(|e| e.str("targetId"))
            .and_then(|e| e.str("server"))
            .and_then(|e| e.str("documentId"))
            .and_then(|e| e.str(document))
            .and_then(|e| e.str("data"))
            .and_then(|e| e.bytes(&first))
            .expect("encode");
        out
    }

    fn gate_with_devices(store: &mut SqliteStore, devices: &[u8]) -> (AccessGate, Vec<PeerId>) {
        let mut gate = AccessGate::load(PeerId::from("server"), store).expect("gate");
        let peers: Vec<PeerId> = devices.iter().map(|&seed| peer_of(&[seed; 32])).collect();
        for peer in &peers {
            gate.admit(Some(peer), store).expect("admitted");
        }
        (gate, peers)
    }

    #[test]
    fn the_first_writer_owns_a_document_and_another_account_hears_it_is_unavailable() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut store = SqliteStore::open(&dir.path().join("s.sqlite3")).expect("store");
        let (mut gate, peers) = gate_with_devices(&mut store, &[1, 2]);
        let document = samod_core::DocumentId::new(&mut rand::rng()).to_string();
        assert_eq!(gate.incoming(Some(&peers[0]), &sync_frame(&peers[0], &document, true), &mut store), Verdict::Pass);
        let refused = gate.incoming(Some(&peers[1]), &sync_frame(&peers[1], &document, false), &mut store);
        let Verdict::Answer(answer) = refused else { panic!("expected doc-unavailable, got {refused:?}") };
        let answer = frame::decode(&answer).expect("a frame");
        assert_eq!((answer.kind, answer.document_id.as_deref()), (Kind::DocUnavailable, Some(document.as_str())));
        assert!(
            !gate.outgoing(Some(&peers[1]), &sync_frame(&peers[0], &document, true)),
            "never delivered to the stranger"
        );
        assert!(gate.outgoing(Some(&peers[0]), &sync_frame(&peers[0], &document, true)));
    }

    #[test]
    fn a_reader_who_writes_is_disconnected_and_garbage_closes_the_connection() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut store = SqliteStore::open(&dir.path().join("s.sqlite3")).expect("store");
        let (mut gate, peers) = gate_with_devices(&mut store, &[1, 2]);
        let document = samod_core::DocumentId::new(&mut rand::rng()).to_string();
        let author = gate.account_of(&[1; 32]).expect("account").to_owned();
        gate.update(&mut store, |table, store| {
            let class = DocClass::FeedPost { author };
            registry::put_document(store, &document, &class).expect("store");
            table.documents.insert(document.clone(), class);
        });
        assert_eq!(
            gate.incoming(Some(&peers[1]), &sync_frame(&peers[1], &document, false), &mut store),
            Verdict::Pass,
            "everyone reads a post"
        );
        assert_eq!(
            gate.incoming(Some(&peers[1]), &sync_frame(&peers[1], &document, true), &mut store),
            Verdict::Close("write refused")
        );
        assert_eq!(gate.incoming(Some(&peers[1]), b"not cbor", &mut store), Verdict::Close("malformed frame"));
    }

    #[test]
    fn an_account_cannot_claim_more_than_its_share_of_documents() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut store = SqliteStore::open(&dir.path().join("s.sqlite3")).expect("store");
        let (mut gate, peers) = gate_with_devices(&mut store, &[1]);
        let owner = gate.account_of(&[1; 32]).expect("account").to_owned();
        gate.owned.insert(owner, MAX_DOCUMENTS_PER_ACCOUNT);
        let document = samod_core::DocumentId::new(&mut rand::rng()).to_string();
        let verdict = gate.incoming(Some(&peers[0]), &sync_frame(&peers[0], &document, true), &mut store);
        assert!(matches!(verdict, Verdict::Answer(_)), "{verdict:?}");
        assert!(!gate.table().documents.contains_key(&document));
    }

    #[test]
    fn a_denied_device_is_not_admitted() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut store = SqliteStore::open(&dir.path().join("s.sqlite3")).expect("store");
        let mut gate = AccessGate::load(PeerId::from("server"), &mut store).expect("gate");
        gate.update(&mut store, |table, _| table.denied.insert([3; 32]));
        assert_eq!(gate.admit(Some(&peer_of(&[3; 32])), &mut store), Err(AdmitError::Denied));
        assert_eq!(gate.admit(Some(&PeerId::from("not-a-key")), &mut store), Err(AdmitError::NotADevice));
    }
}
