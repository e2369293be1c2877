//! The access table: what the server knows about accounts, devices and documents.

use std::collections::{BTreeMap, BTreeSet};

/// An account's id (a worker, a caseworker, a moderator, an organisation's admin).
pub type AccountId = String;
/// An organisation's id.
pub type OrgId = String;
/// A document's id, as the sync protocol names it. Not a secret.
pub type DocumentId = String;
/// A device's Ed25519 public key: what a connection proves it holds.
pub type DeviceKey = [u8; 32];

/// What an account may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// A worker: their own documents, and the public feed.
    Worker,
    /// An NGO caseworker: the organisation's team documents, and what workers assigned to them
    /// shared with the organisation.
    Caseworker,
    /// Keeps the organisation's team documents in order; reads the feed like everyone.
    Moderator,
    /// Runs the organisation's team; sees workers' shared documents only when assigned.
    OrgAdmin,
}

/// An account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    /// Its role.
    pub role: Role,
    /// The organisation it belongs to (staff) or none (a worker on their own).
    pub org: Option<OrgId>,
}

/// Who a document belongs to, which decides who may read and write it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocClass {
    /// The owner's own devices only (their profile, notes, a second phone's copy).
    Private {
        /// The owner.
        owner: AccountId,
    },
    /// The owner and the caseworkers of `org` assigned to the owner (an Assist case).
    SharedWithOrg {
        /// The worker who shared it.
        owner: AccountId,
        /// The organisation it is shared with.
        org: OrgId,
    },
    /// The staff of `org` (caseworkers, moderators, admins): the NGO's caseload.
    Team {
        /// The organisation.
        org: OrgId,
    },
    /// A post in the public feed: every known device reads it; only its author writes it.
    FeedPost {
        /// The author.
        author: AccountId,
    },
}

/// Everything [`crate::decide`] reads.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AccessTable {
    /// Accounts by id.
    pub accounts: BTreeMap<AccountId, Account>,
    /// Which account each device acts for.
    pub devices: BTreeMap<DeviceKey, AccountId>,
    /// (caseworker, worker): the caseworker handles that worker's shared documents.
    pub assignments: BTreeSet<(AccountId, AccountId)>,
    /// Devices refused whatever else the table says (lost, stolen, abusive).
    pub denied: BTreeSet<DeviceKey>,
    /// The class of each document the server holds.
    pub documents: BTreeMap<DocumentId, DocClass>,
}
