//! Who may do what with a synced document (issue 7), as pure functions the sync server runs on
//! **every** request, announce and sync message, not only the first: an access table changes
//! while a connection stays open (a caseworker unassigned, a device denied), and a document id
//! is not a secret, so knowing one proves nothing.
//!
//! - [`AccessTable`]: accounts with their role and organisation, the devices that act for them,
//!   which caseworker is assigned to which worker, the denylist, and the class of each document.
//! - [`decide`]: one operation of one device on one document, allowed or refused with a reason.
//! - [`may_manage`]: who may change the table itself (a document's class, a team, assignments).
//! - [`Challenge`]: how a device proves it holds its Ed25519 key when it connects.
//!
//! No IO, no clock, no randomness: the server passes in the table and the challenge's nonce.

mod decide;
mod identity;
mod manage;
mod table;

pub use decide::{Decision, Operation, Refusal, decide};
pub use identity::{CHALLENGE_CONTEXT, Challenge, IdentityError};
pub use manage::{Management, may_manage};
pub use table::{AccessTable, Account, AccountId, DeviceKey, DocClass, DocumentId, OrgId, Role};
