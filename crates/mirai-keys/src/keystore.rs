use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use crate::RawKey;

/// Where the operating system keeps secrets for the logged-in user. The store's raw key goes
/// there when one exists, so the user never has to type anything to open their data.
pub trait Keystore: Send + Sync {
    /// The key saved under `account`, or `None` when the keystore has no such entry.
    fn load(&self, account: &str) -> Result<Option<RawKey>, KeystoreError>;
    /// Saves `key` under `account`, replacing any previous value.
    fn save(&self, account: &str, key: &RawKey) -> Result<(), KeystoreError>;
    /// Removes the entry; removing an absent entry is not an error.
    fn delete(&self, account: &str) -> Result<(), KeystoreError>;
}

/// Why the keystore could not be used.
#[derive(Debug, Clone, thiserror::Error)]
pub enum KeystoreError {
    /// There is no keystore on this device or in this session (no Secret Service running, for
    /// example); the app falls back to a passphrase.
    #[error("no keystore available: {0}")]
    Unavailable(String),
    /// The keystore is there but refused or failed (locked, access denied, damaged entry).
    #[error("keystore failed: {0}")]
    Failed(String),
}

/// A keystore in memory, for tests and for tools that must not touch the user's keystore.
/// It can be switched off to stand for a device whose keystore is missing or locked.
#[derive(Default, Clone)]
pub struct MemoryKeystore {
    inner: Arc<Mutex<MemoryInner>>,
}

#[derive(Default)]
struct MemoryInner {
    entries: HashMap<String, [u8; 32]>,
    unavailable: bool,
}

impl MemoryKeystore {
    /// Makes every later call fail as if the keystore were gone (`true`) or back (`false`).
    pub fn set_unavailable(&self, unavailable: bool) {
        if let Ok(mut inner) = self.inner.lock() {
            inner.unavailable = unavailable;
        }
    }

    fn with<T>(&self, f: impl FnOnce(&mut MemoryInner) -> T) -> Result<T, KeystoreError> {
        let mut inner = self.inner.lock().map_err(|_| KeystoreError::Failed("poisoned".into()))?;
        if inner.unavailable {
            return Err(KeystoreError::Unavailable("switched off".into()));
        }
        Ok(f(&mut inner))
    }
}

impl Keystore for MemoryKeystore {
    fn load(&self, account: &str) -> Result<Option<RawKey>, KeystoreError> {
        self.with(|inner| inner.entries.get(account).map(|bytes| RawKey::from_bytes(*bytes)))
    }

    fn save(&self, account: &str, key: &RawKey) -> Result<(), KeystoreError> {
        self.with(|inner| {
            inner.entries.insert(account.to_owned(), *key.expose());
        })
    }

    fn delete(&self, account: &str) -> Result<(), KeystoreError> {
        self.with(|inner| {
            inner.entries.remove(account);
        })
    }
}
