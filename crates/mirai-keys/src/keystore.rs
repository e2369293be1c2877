use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use zeroize::Zeroizing;

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

/// The operating system's keystore, reached through `keyring-core`.
pub struct OsKeystore {
    service: String,
    store: Arc<keyring_core::CredentialStore>,
}

impl OsKeystore {
    /// Connects to this platform's keystore, storing entries under `service` (the app's
    /// identifier). Fails with [`KeystoreError::Unavailable`] where there is none.
    pub fn connect(service: &str) -> Result<OsKeystore, KeystoreError> {
        let store = platform_store()?;
        Ok(OsKeystore { service: service.to_owned(), store })
    }

    fn entry(&self, account: &str) -> Result<keyring_core::Entry, KeystoreError> {
        self.store.build(&self.service, account, None).map_err(classify)
    }
}

#[cfg(target_os = "linux")]
fn platform_store() -> Result<Arc<keyring_core::CredentialStore>, KeystoreError> {
    zbus_secret_service_keyring_store::Store::new()
        .map(|store| store as Arc<keyring_core::CredentialStore>)
        .map_err(|e| KeystoreError::Unavailable(e.to_string()))
}

#[cfg(target_os = "macos")]
fn platform_store() -> Result<Arc<keyring_core::CredentialStore>, KeystoreError> {
    apple_native_keyring_store::keychain::Store::new()
        .map(|store| store as Arc<keyring_core::CredentialStore>)
        .map_err(|e| KeystoreError::Unavailable(e.to_string()))
}

#[cfg(target_os = "ios")]
fn platform_store() -> Result<Arc<keyring_core::CredentialStore>, KeystoreError> {
    apple_native_keyring_store::protected::Store::new()
        .map(|store| store as Arc<keyring_core::CredentialStore>)
        .map_err(|e| KeystoreError::Unavailable(e.to_string()))
}

#[cfg(target_os = "windows")]
fn platform_store() -> Result<Arc<keyring_core::CredentialStore>, KeystoreError> {
    windows_native_keyring_store::Store::new()
        .map(|store| store as Arc<keyring_core::CredentialStore>)
        .map_err(|e| KeystoreError::Unavailable(e.to_string()))
}

#[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "ios", target_os = "windows")))]
fn platform_store() -> Result<Arc<keyring_core::CredentialStore>, KeystoreError> {
    // Android's keystore needs the app's JVM context; until the shell provides it, Android
    // users protect the store with a passphrase.
    Err(KeystoreError::Unavailable("no keystore support on this platform yet".into()))
}

fn classify(error: keyring_core::Error) -> KeystoreError {
    match error {
        keyring_core::Error::NoStorageAccess(e) => KeystoreError::Unavailable(e.to_string()),
        other => KeystoreError::Failed(other.to_string()),
    }
}

impl Keystore for OsKeystore {
    fn load(&self, account: &str) -> Result<Option<RawKey>, KeystoreError> {
        match self.entry(account)?.get_secret() {
            Ok(secret) => {
                let secret = Zeroizing::new(secret);
                let bytes: [u8; 32] = secret
                    .as_slice()
                    .try_into()
                    .map_err(|_| KeystoreError::Failed(format!("stored key has {} bytes, not 32", secret.len())))?;
                Ok(Some(RawKey::from_bytes(bytes)))
            }
            Err(keyring_core::Error::NoEntry) => Ok(None),
            Err(e) => Err(classify(e)),
        }
    }

    fn save(&self, account: &str, key: &RawKey) -> Result<(), KeystoreError> {
        self.entry(account)?.set_secret(key.expose()).map_err(classify)
    }

    fn delete(&self, account: &str) -> Result<(), KeystoreError> {
        match self.entry(account)?.delete_credential() {
            Ok(()) | Err(keyring_core::Error::NoEntry) => Ok(()),
            Err(e) => Err(classify(e)),
        }
    }
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
