//! The authorisation property at the wire: over 100,000 random (access table, device, frames)
//! cases, the server's gate lets a frame out to a device only if an independent statement of
//! the rules says that device's account may read the document, and lets a frame in only if it
//! may read it (or write it, when the frame carries changes). Tables include unknown and denied
//! devices, devices of missing accounts, unassigned caseworkers, another organisation's staff,
//! documents the server does not hold (which a `sync` claims for its sender), and frames of
//! every kind that names a document.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::OnceLock;

use automerge::sync::SyncDoc;
use automerge::transaction::Transactable;
use automerge::{Automerge, AutomergeError, ROOT, sync};
use mirai_access::{AccessTable, Account, AccountId, DeviceKey, DocClass, Role};
use mirai_sync::gate::{AccessGate, peer_of};
use mirai_sync::policy::{Policy, Verdict};
use mirai_sync::registry;
use mirai_sync::store::{Store, StoreError};
use proptest::prelude::*;
use samod_core::{PeerId, StorageKey};

/// A store in memory: the gate writes claims through it.
#[derive(Default)]
struct Memory(HashMap<String, Vec<u8>>);

impl Store for Memory {
    fn load(&mut self, key: &StorageKey) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self.0.get(&key.to_string()).cloned())
    }
    fn load_range(&mut self, prefix: &StorageKey) -> Result<HashMap<StorageKey, Vec<u8>>, StoreError> {
        let prefix = prefix.to_string();
        let under = |key: &String| key == &prefix || key.starts_with(&format!("{prefix}/"));
        self.0
            .iter()
            .filter(|(key, _)| under(key))
            .map(|(key, value)| {
                Ok((StorageKey::from_parts(key.split('/')).map_err(|_| StoreError::BadKey)?, value.clone()))
            })
            .collect()
    }
    fn put(&mut self, key: &StorageKey, value: &[u8]) -> Result<(), StoreError> {
        self.0.insert(key.to_string(), value.to_vec());
        Ok(())
    }
    fn delete(&mut self, key: &StorageKey) -> Result<(), StoreError> {
        self.0.remove(&key.to_string());
        Ok(())
    }
    fn commit(&mut self) -> Result<(), StoreError> {
        Ok(())
    }
    fn rollback(&mut self) {}
}

const ACCOUNTS: u8 = 6;
const DEVICES: u8 = 9;
const DOCUMENTS: u8 = 6;
const ORGS: [&str; 2] = ["ngo-a", "ngo-b"];

fn account(n: u8) -> AccountId {
    format!("account-{n}")
}

fn device(n: u8) -> DeviceKey {
    [n + 1; 32]
}

fn document(n: u8) -> String {
    samod_core::DocumentId::try_from(vec![n + 1; 16]).expect("16 bytes are a document id").to_string()
}

/// Sync payloads: the first message of a peer (heads only) and one carrying changes.
fn payloads() -> &'static (Vec<u8>, Vec<u8>) {
    static PAYLOADS: OnceLock<(Vec<u8>, Vec<u8>)> = OnceLock::new();
    PAYLOADS.get_or_init(|| {
        let mut doc = Automerge::new();
        doc.transact::<_, _, AutomergeError>(|tx| tx.put(ROOT, "k", 1)).expect("edit");
        let (mut ours, mut theirs) = (sync::State::new(), sync::State::new());
        let mut empty = Automerge::new();
        let first = doc.generate_sync_message(&mut ours).expect("first");
        empty.receive_sync_message(&mut theirs, first.clone()).expect("receive");
        let ask = empty.generate_sync_message(&mut theirs).expect("ask");
        doc.receive_sync_message(&mut ours, ask).expect("receive ask");
        let changes = doc.generate_sync_message(&mut ours).expect("changes");
        (first.encode(), changes.encode())
    })
}

#[derive(Debug, Clone, Copy)]
enum FrameKind {
    Request,
    SyncHeads,
    SyncChanges,
    RequestChanges,
    Ephemeral,
    RemoteHeads,
    Unavailable,
}

fn frame(kind: FrameKind, sender: &PeerId, document: &str) -> Vec<u8> {
    let (heads, changes) = payloads();
    let (type_, data): (&str, Option<&[u8]>) = match kind {
        FrameKind::Request => ("request", Some(heads)),
        FrameKind::SyncHeads => ("sync", Some(heads)),
        FrameKind::SyncChanges => ("sync", Some(changes)),
        FrameKind::RequestChanges => ("request", Some(changes)),
        FrameKind::Ephemeral => ("ephemeral", Some(b"presence")),
        FrameKind::RemoteHeads => ("remote-heads-changed", None),
        FrameKind::Unavailable => ("doc-unavailable", None),
    };
    let mut out = Vec::new();
    let mut e = minicbor::Encoder::new(&mut out);
    let entries = 4
        + u64::from(data.is_some())
        + u64::from(type_ == "ephemeral") * 2
        + u64::from(type_ == "remote-heads-changed");
    let written = (|| {
        e.map(entries)?
            .str("type")?
            .str(type_)?
            .str("senderId")?
            .str(sender.as_str())?
            .str("targetId")?
            .str("server")?;
        e.str("documentId")?.str(document)?;
        if let Some(data) = data {
            e.str("data")?.bytes(data)?;
        }
        if type_ == "ephemeral" {
            e.str("sessionId")?.str("s")?.str("count")?.u64(1)?;
        }
        if type_ == "remote-heads-changed" {
            e.str("newHeads")?.map(0)?;
        }
        Ok::<_, minicbor::encode::Error<std::convert::Infallible>>(())
    })();
    written.expect("encode");
    out
}

fn kind() -> impl Strategy<Value = FrameKind> {
    prop::sample::select(vec![
        FrameKind::Request,
        FrameKind::SyncHeads,
        FrameKind::SyncChanges,
        FrameKind::RequestChanges,
        FrameKind::Ephemeral,
        FrameKind::RemoteHeads,
        FrameKind::Unavailable,
    ])
}

fn table() -> impl Strategy<Value = AccessTable> {
    let role = prop::sample::select(vec![Role::Worker, Role::Caseworker, Role::Moderator, Role::OrgAdmin]);
    let org = prop::option::of(prop::sample::select(ORGS.to_vec()).prop_map(str::to_owned));
    let who = (0..=ACCOUNTS).prop_map(account);
    let org_id = prop::sample::select(ORGS.to_vec()).prop_map(str::to_owned);
    let class = prop_oneof![
        who.clone().prop_map(|owner| DocClass::Private { owner }),
        (who.clone(), org_id.clone()).prop_map(|(owner, org)| DocClass::SharedWithOrg { owner, org }),
        org_id.prop_map(|org| DocClass::Team { org }),
        who.prop_map(|author| DocClass::FeedPost { author }),
    ];
    (
        prop::collection::btree_map(
            (0..ACCOUNTS).prop_map(account),
            (role, org).prop_map(|(role, org)| Account { role, org }),
            0..=6,
        ),
        prop::collection::btree_map((0..DEVICES).prop_map(device), (0..=ACCOUNTS).prop_map(account), 0..9),
        prop::collection::btree_set(((0..ACCOUNTS).prop_map(account), (0..ACCOUNTS).prop_map(account)), 0..6),
        prop::collection::btree_set((0..DEVICES).prop_map(device), 0..3),
        prop::collection::btree_map((0..DOCUMENTS).prop_map(document), class, 0..6),
    )
        .prop_map(|(accounts, devices, assignments, denied, documents)| AccessTable {
            accounts,
            devices,
            assignments,
            denied,
            documents,
        })
}

/// The rules, restated without `mirai_access::decide`: the accounts that may read, and write,
/// each class of document.
fn accounts_allowed(table: &AccessTable, class: &DocClass, write: bool) -> BTreeSet<AccountId> {
    let staff = |org: &str| -> BTreeSet<AccountId> {
        table
            .accounts
            .iter()
            .filter(|(_, a)| a.role != Role::Worker && a.org.as_deref() == Some(org))
            .map(|(id, _)| id.clone())
            .collect()
    };
    match class {
        DocClass::Private { owner } => BTreeSet::from([owner.clone()]),
        DocClass::SharedWithOrg { owner, org } => {
            let mut allowed: BTreeSet<AccountId> = table
                .assignments
                .iter()
                .filter(|(caseworker, worker)| {
                    worker == owner
                        && table
                            .accounts
                            .get(caseworker)
                            .is_some_and(|a| a.role == Role::Caseworker && a.org.as_deref() == Some(org))
                })
                .map(|(caseworker, _)| caseworker.clone())
                .collect();
            allowed.insert(owner.clone());
            allowed
        }
        DocClass::Team { org } => staff(org),
        DocClass::FeedPost { author } if write => BTreeSet::from([author.clone()]),
        DocClass::FeedPost { .. } => table.accounts.keys().cloned().collect(),
    }
}

fn oracle(table: &AccessTable, who: &DeviceKey, document: &str, write: bool) -> bool {
    let Some(id) = table.devices.get(who) else { return false };
    if table.denied.contains(who) || !table.accounts.contains_key(id) {
        return false;
    }
    table.documents.get(document).is_some_and(|class| accounts_allowed(table, class, write).contains(id))
}

/// What the oracle's table becomes after `kind` from `who`: a writing `sync` (or a `sync`) on a
/// document the server does not hold makes its sender's account the owner.
fn claimed(
    table: &mut BTreeMap<String, DocClass>,
    accounts: &AccessTable,
    who: &DeviceKey,
    document: &str,
    kind: FrameKind,
) {
    let claims = matches!(kind, FrameKind::SyncHeads | FrameKind::SyncChanges | FrameKind::RequestChanges);
    if !claims || table.contains_key(document) || accounts.denied.contains(who) {
        return;
    }
    if let Some(id) = accounts.devices.get(who).filter(|id| accounts.accounts.contains_key(*id)) {
        table.insert(document.to_owned(), DocClass::Private { owner: id.clone() });
    }
}

fn gate_for(table: &AccessTable) -> (AccessGate, Memory) {
    let mut store = Memory::default();
    for (id, account) in &table.accounts {
        registry::put_account(&mut store, id, account).expect("account");
    }
    for (key, id) in &table.devices {
        registry::put_device(&mut store, key, id).expect("device");
    }
    for key in &table.denied {
        registry::put_denied(&mut store, key).expect("denied");
    }
    for (caseworker, worker) in &table.assignments {
        registry::put_assignment(&mut store, caseworker, worker).expect("assignment");
    }
    for (id, class) in &table.documents {
        registry::put_document(&mut store, id, class).expect("document");
    }
    let gate = AccessGate::load(PeerId::from("server"), &mut store).expect("gate");
    (gate, store)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 100_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn nothing_passes_the_gate_that_the_rules_do_not_allow(
        table in table(),
        frames in prop::collection::vec((0..DEVICES, 0..DOCUMENTS, kind()), 1..5),
    ) {
        let (mut gate, mut store) = gate_for(&table);
        let mut expected = table.clone();
        for (who, doc, kind) in frames {
            let (key, document) = (device(who), document(doc));
            let peer = peer_of(&key);
            let bytes = frame(kind, &peer, &document);

            // Out: a frame about the document reaches the device only if its account may read it.
            let delivered = gate.outgoing(Some(&peer), &bytes);
            prop_assert_eq!(delivered, oracle(&expected, &key, &document, false), "outgoing {:?}", kind);

            // In: claims first, then read or write as the frame is.
            let verdict = gate.incoming(Some(&peer), &bytes, &mut store);
            claimed(&mut expected.documents, &table, &key, &document, kind);
            let writes = matches!(kind, FrameKind::SyncChanges | FrameKind::RequestChanges);
            let allowed = oracle(&expected, &key, &document, writes);
            match verdict {
                Verdict::Pass => prop_assert!(allowed, "{:?} passed without the right", kind),
                Verdict::Close(_) => prop_assert!(writes && oracle(&expected, &key, &document, false) && !allowed),
                Verdict::Answer(_) | Verdict::Drop => prop_assert!(!allowed, "{:?} refused although allowed", kind),
            }
            prop_assert_eq!(&gate.table().documents, &expected.documents);
        }
    }
}
