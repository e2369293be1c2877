//! Who may change the table itself: a document's class, a team's membership, a caseworker's
//! assignments. Checked by the server before it writes any of them.

use crate::decide::Refusal;
use crate::table::{AccessTable, Account, AccountId, DeviceKey, DocClass, DocumentId, OrgId, Role};

/// A change to the table, or a look at part of it, that a device asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Management {
    /// Give `document` a new class: share a private document with an organisation, make it a
    /// feed post, take it back. The owner stays the owner.
    SetClass {
        /// The document.
        document: DocumentId,
        /// Its new class.
        to: DocClass,
    },
    /// Make a code that lets a device join `org`'s staff as `role`.
    Invite {
        /// The organisation.
        org: OrgId,
        /// The role the code grants; never [`Role::Worker`].
        role: Role,
    },
    /// Let `caseworker` handle what `worker` shares with `org`.
    Assign {
        /// The organisation.
        org: OrgId,
        /// A caseworker of `org`.
        caseworker: AccountId,
        /// The worker.
        worker: AccountId,
    },
    /// See which documents are shared with `org`, and by whom (to assign caseworkers).
    ListShared {
        /// The organisation.
        org: OrgId,
    },
}

/// May `device` do `management`? `Err` says why not (for the log; the caller answers the same
/// way whatever the reason).
pub fn may_manage(table: &AccessTable, device: &DeviceKey, management: &Management) -> Result<(), Refusal> {
    let id = table.devices.get(device).ok_or(Refusal::UnknownDevice)?;
    if table.denied.contains(device) {
        return Err(Refusal::Denied);
    }
    let account = table.accounts.get(id).ok_or(Refusal::UnknownAccount)?;
    let admin_of = |org: &str| account.role == Role::OrgAdmin && account.org.as_deref() == Some(org);
    let allowed = match management {
        Management::SetClass { document, to } => {
            let current = table.documents.get(document).ok_or(Refusal::UnknownDocument)?;
            owns(id, account, current) && owns(id, account, to)
        }
        Management::Invite { org, role } => admin_of(org) && *role != Role::Worker,
        Management::Assign { org, caseworker, worker } => {
            let is_caseworker = table
                .accounts
                .get(caseworker)
                .is_some_and(|staff| staff.role == Role::Caseworker && staff.org.as_deref() == Some(org.as_str()));
            admin_of(org) && is_caseworker && table.accounts.contains_key(worker)
        }
        Management::ListShared { org } => account.role != Role::Worker && account.org.as_deref() == Some(org.as_str()),
    };
    if allowed { Ok(()) } else { Err(Refusal::NotAllowed) }
}

/// Whether the account `id` may hold a document of `class`: its own private, shared or feed
/// document, or its organisation's team document if it administers that organisation.
fn owns(id: &AccountId, account: &Account, class: &DocClass) -> bool {
    match class {
        DocClass::Private { owner } | DocClass::SharedWithOrg { owner, .. } => owner == id,
        DocClass::FeedPost { author } => author == id,
        DocClass::Team { org } => account.role == Role::OrgAdmin && account.org.as_deref() == Some(org.as_str()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> AccessTable {
        let mut table = AccessTable::default();
        let accounts = [
            ("worker", Role::Worker, None),
            ("other-worker", Role::Worker, None),
            ("admin-a", Role::OrgAdmin, Some("ngo-a")),
            ("case-a", Role::Caseworker, Some("ngo-a")),
            ("case-b", Role::Caseworker, Some("ngo-b")),
            ("mod-a", Role::Moderator, Some("ngo-a")),
        ];
        for (n, (id, role, org)) in accounts.into_iter().enumerate() {
            table.accounts.insert(id.into(), Account { role, org: org.map(str::to_owned) });
            table.devices.insert([u8::try_from(n).expect("small"); 32], id.into());
        }
        table.documents.insert("mine".into(), DocClass::Private { owner: "worker".into() });
        table.documents.insert("caseload".into(), DocClass::Team { org: "ngo-a".into() });
        table
    }

    const WORKER: DeviceKey = [0; 32];
    const OTHER: DeviceKey = [1; 32];
    const ADMIN: DeviceKey = [2; 32];
    const CASEWORKER: DeviceKey = [3; 32];
    const MODERATOR: DeviceKey = [5; 32];

    #[test]
    fn an_owner_shares_and_publishes_their_own_document_and_nobody_else_can() {
        let table = table();
        let share = Management::SetClass {
            document: "mine".into(),
            to: DocClass::SharedWithOrg { owner: "worker".into(), org: "ngo-a".into() },
        };
        assert_eq!(may_manage(&table, &WORKER, &share), Ok(()));
        let publish =
            Management::SetClass { document: "mine".into(), to: DocClass::FeedPost { author: "worker".into() } };
        assert_eq!(may_manage(&table, &WORKER, &publish), Ok(()));
        assert_eq!(may_manage(&table, &OTHER, &share), Err(Refusal::NotAllowed), "not theirs");
        let steal =
            Management::SetClass { document: "mine".into(), to: DocClass::Private { owner: "other-worker".into() } };
        assert_eq!(may_manage(&table, &WORKER, &steal), Err(Refusal::NotAllowed), "the owner stays the owner");
        let into_caseload =
            Management::SetClass { document: "mine".into(), to: DocClass::Team { org: "ngo-a".into() } };
        assert_eq!(may_manage(&table, &WORKER, &into_caseload), Err(Refusal::NotAllowed));
        let unknown =
            Management::SetClass { document: "nope".into(), to: DocClass::Private { owner: "worker".into() } };
        assert_eq!(may_manage(&table, &WORKER, &unknown), Err(Refusal::UnknownDocument));
    }

    #[test]
    fn only_an_organisations_admin_invites_assigns_and_manages_its_caseload() {
        let table = table();
        let invite = Management::Invite { org: "ngo-a".into(), role: Role::Caseworker };
        assert_eq!(may_manage(&table, &ADMIN, &invite), Ok(()));
        assert_eq!(may_manage(&table, &CASEWORKER, &invite), Err(Refusal::NotAllowed));
        let as_worker = Management::Invite { org: "ngo-a".into(), role: Role::Worker };
        assert_eq!(may_manage(&table, &ADMIN, &as_worker), Err(Refusal::NotAllowed));
        let elsewhere = Management::Invite { org: "ngo-b".into(), role: Role::Caseworker };
        assert_eq!(may_manage(&table, &ADMIN, &elsewhere), Err(Refusal::NotAllowed));

        let assign = |caseworker: &str| Management::Assign {
            org: "ngo-a".into(),
            caseworker: caseworker.into(),
            worker: "worker".into(),
        };
        assert_eq!(may_manage(&table, &ADMIN, &assign("case-a")), Ok(()));
        assert_eq!(
            may_manage(&table, &ADMIN, &assign("case-b")),
            Err(Refusal::NotAllowed),
            "another organisation's caseworker"
        );
        assert_eq!(may_manage(&table, &ADMIN, &assign("mod-a")), Err(Refusal::NotAllowed), "not a caseworker");

        let rename = Management::SetClass { document: "caseload".into(), to: DocClass::Team { org: "ngo-a".into() } };
        assert_eq!(may_manage(&table, &ADMIN, &rename), Ok(()));
        assert_eq!(may_manage(&table, &CASEWORKER, &rename), Err(Refusal::NotAllowed));

        let list = Management::ListShared { org: "ngo-a".into() };
        assert_eq!(may_manage(&table, &MODERATOR, &list), Ok(()));
        assert_eq!(may_manage(&table, &WORKER, &list), Err(Refusal::NotAllowed));
    }

    #[test]
    fn unknown_and_denied_devices_manage_nothing() {
        let mut table = table();
        let list = Management::ListShared { org: "ngo-a".into() };
        assert_eq!(may_manage(&table, &[9; 32], &list), Err(Refusal::UnknownDevice));
        table.denied.insert(ADMIN);
        assert_eq!(may_manage(&table, &ADMIN, &list), Err(Refusal::Denied));
    }
}
