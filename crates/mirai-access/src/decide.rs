//! One decision: may this device do this to this document now?

use crate::table::{AccessTable, Account, AccountId, DeviceKey, DocClass, Role};

/// What a peer's message would make the server do with a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Operation {
    /// The peer asks for the document (a `request`).
    Request,
    /// The server tells the peer it has the document, or its heads changed.
    Announce,
    /// The server sends the peer changes of the document (a `sync` message to it).
    Deliver,
    /// The peer sends changes to apply (a `sync` message from it).
    Write,
    /// The peer sends or receives ephemeral messages about the document (presence).
    Ephemeral,
}

/// Why an operation was refused. The server answers every refusal the same way on the wire
/// (`doc-unavailable`), so a peer cannot tell a document that exists from one that does not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The device is not in the table.
    UnknownDevice,
    /// The device is on the denylist.
    Denied,
    /// The device acts for an account the table does not have.
    UnknownAccount,
    /// The server holds no such document.
    UnknownDocument,
    /// The account may not do this with this document.
    NotAllowed,
}

/// The answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Go ahead.
    Allow,
    /// Refused, and why (for the server's log; never sent to the peer).
    Refuse(Refusal),
}

/// May `device` do `operation` with `document`, according to `table` as it is now?
pub fn decide(table: &AccessTable, device: &DeviceKey, document: &str, operation: Operation) -> Decision {
    match check(table, device, document, operation) {
        Ok(()) => Decision::Allow,
        Err(refusal) => Decision::Refuse(refusal),
    }
}

fn check(table: &AccessTable, device: &DeviceKey, document: &str, operation: Operation) -> Result<(), Refusal> {
    let id = table.devices.get(device).ok_or(Refusal::UnknownDevice)?;
    if table.denied.contains(device) {
        return Err(Refusal::Denied);
    }
    let account = table.accounts.get(id).ok_or(Refusal::UnknownAccount)?;
    let class = table.documents.get(document).ok_or(Refusal::UnknownDocument)?;
    let allowed = match operation {
        Operation::Write => may_write(table, id, account, class),
        Operation::Request | Operation::Announce | Operation::Deliver | Operation::Ephemeral => {
            may_read(table, id, account, class)
        }
    };
    if allowed { Ok(()) } else { Err(Refusal::NotAllowed) }
}

fn may_read(table: &AccessTable, id: &AccountId, account: &Account, class: &DocClass) -> bool {
    match class {
        DocClass::FeedPost { .. } => true,
        _ => may_write(table, id, account, class),
    }
}

fn may_write(table: &AccessTable, id: &AccountId, account: &Account, class: &DocClass) -> bool {
    let staff_of = |org: &str| account.role != Role::Worker && account.org.as_deref() == Some(org);
    match class {
        DocClass::Private { owner } => owner == id,
        DocClass::SharedWithOrg { owner, org } => {
            owner == id
                || (account.role == Role::Caseworker
                    && staff_of(org)
                    && table.assignments.contains(&(id.clone(), owner.clone())))
        }
        DocClass::Team { org } => staff_of(org),
        DocClass::FeedPost { author } => author == id,
    }
}
