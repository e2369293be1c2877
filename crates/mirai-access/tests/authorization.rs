//! The authorisation property test of issue 7: over 100,000 random (access table, device,
//! document, operation) cases, `decide` allows exactly what an independent statement of the
//! rules allows, so nothing is ever delivered to, announced to or written by a device whose
//! account may not read or write the document. Tables deliberately include unknown and denied
//! devices, devices of accounts that do not exist, unassigned caseworkers, staff of another
//! organisation and documents the server does not hold.

use std::collections::BTreeSet;

use mirai_access::{AccessTable, Account, AccountId, Decision, DeviceKey, DocClass, Operation, Refusal, Role, decide};
use proptest::prelude::*;

const ACCOUNTS: u8 = 7;
const ORGS: [&str; 2] = ["ngo-a", "ngo-b"];

fn account_id(n: u8) -> AccountId {
    format!("account-{n}")
}

fn device_key(n: u8) -> DeviceKey {
    [n; 32]
}

fn role() -> impl Strategy<Value = Role> {
    prop::sample::select(vec![Role::Worker, Role::Caseworker, Role::Moderator, Role::OrgAdmin])
}

fn class() -> impl Strategy<Value = DocClass> {
    // Account 7 never exists: documents may name accounts the table does not have.
    let who = (0..=ACCOUNTS).prop_map(account_id);
    let org = prop::sample::select(ORGS.to_vec()).prop_map(str::to_owned);
    prop_oneof![
        who.clone().prop_map(|owner| DocClass::Private { owner }),
        (who.clone(), org.clone()).prop_map(|(owner, org)| DocClass::SharedWithOrg { owner, org }),
        org.prop_map(|org| DocClass::Team { org }),
        who.prop_map(|author| DocClass::FeedPost { author }),
    ]
}

fn table() -> impl Strategy<Value = AccessTable> {
    let account = (role(), prop::option::of(prop::sample::select(ORGS.to_vec())))
        .prop_map(|(role, org)| Account { role, org: org.map(str::to_owned) });
    (
        prop::collection::btree_map((0..ACCOUNTS).prop_map(account_id), account, 0..=ACCOUNTS as usize),
        // Devices 0..10 act for accounts 0..=7, so some act for accounts that do not exist.
        prop::collection::btree_map((0u8..10).prop_map(device_key), (0..=ACCOUNTS).prop_map(account_id), 0..10),
        prop::collection::btree_set(((0..ACCOUNTS).prop_map(account_id), (0..ACCOUNTS).prop_map(account_id)), 0..8),
        prop::collection::btree_set((0u8..10).prop_map(device_key), 0..3),
        prop::collection::btree_map((0u8..8).prop_map(|n| format!("doc-{n}")), class(), 0..8),
    )
        .prop_map(|(accounts, devices, assignments, denied, documents)| AccessTable {
            accounts,
            devices,
            assignments,
            denied,
            documents,
        })
}

fn operation() -> impl Strategy<Value = Operation> {
    prop::sample::select(vec![
        Operation::Request,
        Operation::Announce,
        Operation::Deliver,
        Operation::Write,
        Operation::Ephemeral,
    ])
}

/// The rules stated as sets, independently of `decide`: who may read and who may write.
fn oracle(table: &AccessTable, class: &DocClass) -> (BTreeSet<AccountId>, BTreeSet<AccountId>) {
    let accounts = || table.accounts.iter();
    let staff = |org: &str| -> BTreeSet<AccountId> {
        accounts()
            .filter(|(_, a)| matches!(a.role, Role::Caseworker | Role::Moderator | Role::OrgAdmin))
            .filter(|(_, a)| a.org.as_deref() == Some(org))
            .map(|(id, _)| id.clone())
            .collect()
    };
    let one = |id: &AccountId| BTreeSet::from([id.clone()]);
    let (readers, writers) = match class {
        DocClass::Private { owner } => (one(owner), one(owner)),
        DocClass::SharedWithOrg { owner, org } => {
            let mut both = one(owner);
            both.extend(
                staff(org)
                    .into_iter()
                    .filter(|id| table.accounts[id].role == Role::Caseworker)
                    .filter(|id| table.assignments.contains(&(id.clone(), owner.clone()))),
            );
            (both.clone(), both)
        }
        DocClass::Team { org } => (staff(org), staff(org)),
        DocClass::FeedPost { author } => (accounts().map(|(id, _)| id.clone()).collect(), one(author)),
    };
    let known = |set: BTreeSet<AccountId>| set.into_iter().filter(|id| table.accounts.contains_key(id)).collect();
    (known(readers), known(writers))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100_000))]

    #[test]
    fn nothing_is_allowed_that_the_rules_do_not_allow(
        table in table(),
        device in (0u8..12).prop_map(device_key),
        document in (0u8..9).prop_map(|n| format!("doc-{n}")),
        operation in operation(),
    ) {
        let decision = decide(&table, &device, &document, operation);
        let expected = match (table.devices.get(&device), table.documents.get(&document)) {
            (None, _) => Decision::Refuse(Refusal::UnknownDevice),
            (Some(_), _) if table.denied.contains(&device) => Decision::Refuse(Refusal::Denied),
            (Some(id), _) if !table.accounts.contains_key(id) => Decision::Refuse(Refusal::UnknownAccount),
            (Some(_), None) => Decision::Refuse(Refusal::UnknownDocument),
            (Some(id), Some(class)) => {
                let (readers, writers) = oracle(&table, class);
                let may = if operation == Operation::Write { writers.contains(id) } else { readers.contains(id) };
                if may { Decision::Allow } else { Decision::Refuse(Refusal::NotAllowed) }
            }
        };
        prop_assert_eq!(decision, expected);
    }
}

#[test]
fn a_decision_follows_the_table_as_it_is_now_not_as_it_was_when_the_peer_connected() {
    let caseworker = account_id(1);
    let worker = account_id(2);
    let mut table = AccessTable::default();
    table.accounts.insert(caseworker.clone(), Account { role: Role::Caseworker, org: Some("ngo-a".into()) });
    table.accounts.insert(worker.clone(), Account { role: Role::Worker, org: None });
    table.devices.insert(device_key(1), caseworker.clone());
    table.documents.insert("case".into(), DocClass::SharedWithOrg { owner: worker.clone(), org: "ngo-a".into() });
    assert_eq!(decide(&table, &device_key(1), "case", Operation::Deliver), Decision::Refuse(Refusal::NotAllowed));
    table.assignments.insert((caseworker.clone(), worker));
    assert_eq!(decide(&table, &device_key(1), "case", Operation::Deliver), Decision::Allow);
    table.denied.insert(device_key(1));
    assert_eq!(decide(&table, &device_key(1), "case", Operation::Write), Decision::Refuse(Refusal::Denied));
}

#[test]
fn the_generated_cases_reach_every_answer() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let case = (table(), (0u8..12).prop_map(device_key), (0u8..9).prop_map(|n| format!("doc-{n}")), operation());
    let mut seen = BTreeSet::new();
    for _ in 0..5_000 {
        let (table, device, document, operation) = case.new_tree(&mut runner).expect("a case").current();
        seen.insert(format!("{:?}", decide(&table, &device, &document, operation)));
    }
    let every = ["Allow", "UnknownDevice", "Denied", "UnknownAccount", "UnknownDocument", "NotAllowed"];
    for answer in every {
        assert!(seen.iter().any(|s| s.contains(answer)), "{answer} never came up: {seen:?}");
    }
}
