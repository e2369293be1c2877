//! The server's access table kept in the same [`Store`] as the documents, under
//! `mirai-access/...` keys, so a claim or a pairing commits in the same batch as the frames it
//! lets through, and every storage backend keeps it without a schema of its own.
//!
//! Values are short text: `worker`, `caseworker <org>`; a device's account id; a document's
//! `private <owner>`, `shared <owner> <org>`, `team <org>` or `feed <author>`.

use mirai_access::{AccessTable, Account, DeviceKey, DocClass, Role};
use samod_core::StorageKey;

use crate::store::{Store, StoreError};

/// The first component of every key the access table is stored under.
pub(crate) const ROOT: &str = "mirai-access";

/// Why a stored access row could not be read back.
#[derive(Debug, thiserror::Error)]
pub enum RegistryError {
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A row under `mirai-access/` is not in the format this version writes.
    #[error("unreadable access row {0}")]
    Row(String),
}

fn key(parts: &[&str]) -> Result<StorageKey, StoreError> {
    let mut all = vec![ROOT];
    all.extend_from_slice(parts);
    StorageKey::from_parts(all).map_err(|_| StoreError::BadKey)
}

/// Whether `id` can be an account, organisation or document id in a key and in a value: not
/// empty, at most 128 bytes, and only ASCII letters, digits, `-`, `_` and `.`.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 128 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
}

/// Writes `account`.
pub fn put_account(store: &mut dyn Store, id: &str, account: &Account) -> Result<(), StoreError> {
    let role = match account.role {
        Role::Worker => "worker",
        Role::Caseworker => "caseworker",
        Role::Moderator => "moderator",
        Role::OrgAdmin => "org-admin",
    };
    let value = match &account.org {
        Some(org) => format!("{role} {org}"),
        None => role.to_owned(),
    };
    store.put(&key(&["account", id])?, value.as_bytes())
}

/// Records that `device` acts for `account`.
pub fn put_device(store: &mut dyn Store, device: &DeviceKey, account: &str) -> Result<(), StoreError> {
    store.put(&key(&["device", &hex::encode(device)])?, account.as_bytes())
}

/// Puts `device` on the denylist.
pub fn put_denied(store: &mut dyn Store, device: &DeviceKey) -> Result<(), StoreError> {
    store.put(&key(&["denied", &hex::encode(device)])?, b"")
}

/// Records that `caseworker` handles `worker`'s shared documents.
pub fn put_assignment(store: &mut dyn Store, caseworker: &str, worker: &str) -> Result<(), StoreError> {
    store.put(&key(&["assignment", caseworker, worker])?, b"")
}

/// Records `document`'s class.
pub fn put_document(store: &mut dyn Store, document: &str, class: &DocClass) -> Result<(), StoreError> {
    let value = match class {
        DocClass::Private { owner } => format!("private {owner}"),
        DocClass::SharedWithOrg { owner, org } => format!("shared {owner} {org}"),
        DocClass::Team { org } => format!("team {org}"),
        DocClass::FeedPost { author } => format!("feed {author}"),
    };
    store.put(&key(&["document", document])?, value.as_bytes())
}

/// Reads the whole table back.
pub fn load(store: &mut dyn Store) -> Result<AccessTable, RegistryError> {
    let mut table = AccessTable::default();
    for (stored, value) in store.load_range(&key(&[])?)? {
        let parts: Vec<&str> = (&stored).into_iter().map(String::as_str).collect();
        let bad = || RegistryError::Row(parts.join("/"));
        let value = std::str::from_utf8(&value).map_err(|_| bad())?;
        let words: Vec<&str> = value.split(' ').collect();
        match parts.as_slice() {
            [_, "account", id] => {
                let role = match words[0] {
                    "worker" => Role::Worker,
                    "caseworker" => Role::Caseworker,
                    "moderator" => Role::Moderator,
                    "org-admin" => Role::OrgAdmin,
                    _ => return Err(bad()),
                };
                let org = match words.as_slice() {
                    [_] => None,
                    [_, org] => Some((*org).to_owned()),
                    _ => return Err(bad()),
                };
                table.accounts.insert((*id).to_owned(), Account { role, org });
            }
            [_, "device", device] => {
                table.devices.insert(device_key(device).ok_or_else(bad)?, value.to_owned());
            }
            [_, "denied", device] => {
                table.denied.insert(device_key(device).ok_or_else(bad)?);
            }
            [_, "assignment", caseworker, worker] => {
                table.assignments.insert(((*caseworker).to_owned(), (*worker).to_owned()));
            }
            [_, "document", document] => {
                let class = match words.as_slice() {
                    ["private", owner] => DocClass::Private { owner: (*owner).to_owned() },
                    ["shared", owner, org] => {
                        DocClass::SharedWithOrg { owner: (*owner).to_owned(), org: (*org).to_owned() }
                    }
                    ["team", org] => DocClass::Team { org: (*org).to_owned() },
                    ["feed", author] => DocClass::FeedPost { author: (*author).to_owned() },
                    _ => return Err(bad()),
                };
                table.documents.insert((*document).to_owned(), class);
            }
            _ => return Err(bad()),
        }
    }
    Ok(table)
}

/// A device key from its 64 hex digits.
pub fn device_key(hex_digits: &str) -> Option<DeviceKey> {
    let mut key = [0; 32];
    hex::decode_to_slice(hex_digits, &mut key).ok()?;
    Some(key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::SqliteStore;

    #[test]
    fn a_table_reads_back_as_written() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut store = SqliteStore::open(&dir.path().join("s.sqlite3")).expect("open");
        let mut expected = AccessTable::default();
        let rows: [(&str, Account); 2] = [
            ("worker-1", Account { role: Role::Worker, org: None }),
            ("staff-1", Account { role: Role::Caseworker, org: Some("ngo-a".into()) }),
        ];
        for (id, account) in rows {
            put_account(&mut store, id, &account).expect("account");
            expected.accounts.insert(id.into(), account);
        }
        put_device(&mut store, &[7; 32], "worker-1").expect("device");
        expected.devices.insert([7; 32], "worker-1".into());
        put_denied(&mut store, &[9; 32]).expect("denied");
        expected.denied.insert([9; 32]);
        put_assignment(&mut store, "staff-1", "worker-1").expect("assignment");
        expected.assignments.insert(("staff-1".into(), "worker-1".into()));
        let classes = [
            ("d1", DocClass::Private { owner: "worker-1".into() }),
            ("d2", DocClass::SharedWithOrg { owner: "worker-1".into(), org: "ngo-a".into() }),
            ("d3", DocClass::Team { org: "ngo-a".into() }),
            ("d4", DocClass::FeedPost { author: "worker-1".into() }),
        ];
        for (document, class) in classes {
            put_document(&mut store, document, &class).expect("document");
            expected.documents.insert(document.into(), class);
        }
        store.commit().expect("commit");
        assert_eq!(load(&mut store).expect("load"), expected);
    }

    #[test]
    fn ids_that_could_break_a_key_or_a_value_are_not_valid() {
        assert!(valid_id("4NMNnkMhL8jXrdJ9jamS58PAVdXu"));
        for bad in ["", "a b", "a/b", "é", &"x".repeat(129)] {
            assert!(!valid_id(bad), "{bad:?}");
        }
    }
}
