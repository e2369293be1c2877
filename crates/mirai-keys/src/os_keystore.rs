//! The operating system's keystore (Secret Service, Keychain, Credential Manager), reached
//! through `keyring-core`. Compiled only with the `os-keystore` feature.

use std::sync::Arc;

use zeroize::Zeroizing;

use crate::{Keystore, KeystoreError, RawKey};

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
