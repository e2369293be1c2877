use mirai_keys::Keystore;

use crate::{DataDir, Inspection, Protection, Store, StoreError};

/// Where the user's store stands when the app starts, or after an unlock attempt. The app
/// shows one screen per state; only [`Session::Open`] lets anything read or write data.
pub enum Session {
    /// Open and ready.
    Open {
        /// The open store.
        store: Store,
        /// How its key is kept.
        protection: ProtectionKind,
    },
    /// First start on a device without a usable keystore: the user must choose a passphrase.
    NeedsNewPassphrase,
    /// The store is locked with a passphrase the user must type.
    NeedsPassphrase,
    /// The store cannot be opened. Nothing was changed; the error says why.
    Failed(StoreError),
}

/// How an open store's key is kept, for the settings screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProtectionKind {
    /// In the OS keystore.
    Keystore,
    /// Under the user's passphrase.
    Passphrase,
}

impl Session {
    /// Opens what can be opened without asking the user: a new store is created with the OS
    /// keystore when there is one, an existing one is opened with its keystore key. Otherwise
    /// the session waits for a passphrase, or reports why the store cannot be opened.
    pub fn start(data: &DataDir, keystore: Option<&dyn Keystore>) -> Session {
        let inspection = match data.prepare().and_then(|()| data.inspect()) {
            Ok(inspection) => inspection,
            Err(error) => return Session::Failed(error),
        };
        match (inspection, keystore) {
            (Inspection::New, Some(keystore)) => match data.create(Protection::Keystore(keystore)) {
                Ok(store) => Session::Open { store, protection: ProtectionKind::Keystore },
                // A keystore that exists but refuses (locked, no collection) is no keystore.
                Err(StoreError::KeystoreUnavailable(_)) => Session::NeedsNewPassphrase,
                Err(error) => Session::Failed(error),
            },
            (Inspection::New, None) => Session::NeedsNewPassphrase,
            (Inspection::Existing { keystore: true, passphrase }, Some(keystore)) => {
                match data.open_with_keystore(keystore) {
                    Ok(store) => Session::Open { store, protection: ProtectionKind::Keystore },
                    Err(_) if passphrase => Session::NeedsPassphrase,
                    Err(error) => Session::Failed(error),
                }
            }
            (Inspection::Existing { passphrase: true, .. }, _) => Session::NeedsPassphrase,
            (Inspection::Existing { .. }, _) => Session::Failed(StoreError::KeystoreUnavailable(
                "the store's key is in a keystore this device cannot reach".into(),
            )),
        }
    }

    /// The first-start step on a device without a keystore: creates the store under
    /// `passphrase`. On error the session is unchanged and the user can try again.
    pub fn create_with_passphrase(data: &DataDir, passphrase: &str) -> Result<Session, StoreError> {
        let store = data.create(Protection::Passphrase(passphrase))?;
        Ok(Session::Open { store, protection: ProtectionKind::Passphrase })
    }

    /// Unlocks a passphrase-protected store.
    pub fn unlock(data: &DataDir, passphrase: &str) -> Result<Session, StoreError> {
        let store = data.open_with_passphrase(passphrase)?;
        Ok(Session::Open { store, protection: ProtectionKind::Passphrase })
    }
}
