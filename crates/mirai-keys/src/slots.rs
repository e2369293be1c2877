use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};

use crate::{KdfParams, KeyFile, KeysError, Keystore, Passphrase, RawKey, Slot, StoreId};

/// Creates a new store key kept in the OS keystore, and the key file that points to it. The
/// keystore entry is written first: if that fails, nothing exists yet and nothing is lost.
pub fn create_with_keystore(keystore: &dyn Keystore) -> Result<(KeyFile, RawKey), KeysError> {
    let store_id = StoreId::generate()?;
    let key = RawKey::generate()?;
    let account = format!("store-{}", store_id.to_hex());
    keystore.save(&account, &key)?;
    Ok((KeyFile::new(store_id, &key, Slot::Keystore { account }), key))
}

/// Creates a new store key protected by a passphrase (for devices without a keystore).
pub fn create_with_passphrase(passphrase: &Passphrase, kdf: KdfParams) -> Result<(KeyFile, RawKey), KeysError> {
    let store_id = StoreId::generate()?;
    let key = RawKey::generate()?;
    let mut salt = [0u8; 16];
    let mut nonce = [0u8; 24];
    getrandom::fill(&mut salt).map_err(|_| KeysError::Random)?;
    getrandom::fill(&mut nonce).map_err(|_| KeysError::Random)?;
    let wrapping = kdf.derive(passphrase, &salt)?;
    let cipher = XChaCha20Poly1305::new_from_slice(wrapping.as_ref()).map_err(|_| KeysError::Kdf)?;
    let sealed = cipher
        .encrypt(&XNonce::from(nonce), Payload { msg: key.expose(), aad: &associated_data(store_id) })
        .map_err(|_| KeysError::Kdf)?;
    let wrapped: [u8; 48] = sealed.as_slice().try_into().map_err(|_| KeysError::Kdf)?;
    let slot = Slot::Passphrase { kdf, salt, nonce, wrapped };
    Ok((KeyFile::new(store_id, &key, slot), key))
}

/// Recovers the store key from the OS keystore.
pub fn unlock_with_keystore(file: &KeyFile, keystore: &dyn Keystore) -> Result<RawKey, KeysError> {
    let account = file
        .slots()
        .iter()
        .find_map(|slot| match slot {
            Slot::Keystore { account } => Some(account.as_str()),
            Slot::Passphrase { .. } => None,
        })
        .ok_or(KeysError::NoSuchSlot("keystore"))?;
    let key = keystore.load(account)?.ok_or(KeysError::KeyMissing)?;
    if file.accepts(&key) { Ok(key) } else { Err(KeysError::WrongKey) }
}

/// Recovers the store key with a passphrase. A wrong passphrase is detected by the AEAD tag,
/// before the database is touched.
pub fn unlock_with_passphrase(file: &KeyFile, passphrase: &Passphrase) -> Result<RawKey, KeysError> {
    let mut tried = false;
    for slot in file.slots() {
        let Slot::Passphrase { kdf, salt, nonce, wrapped } = slot else { continue };
        tried = true;
        let wrapping = kdf.derive(passphrase, salt)?;
        let cipher = XChaCha20Poly1305::new_from_slice(wrapping.as_ref()).map_err(|_| KeysError::Kdf)?;
        let Ok(opened) =
            cipher.decrypt(&XNonce::from(*nonce), Payload { msg: wrapped, aad: &associated_data(file.store_id()) })
        else {
            continue;
        };
        let opened = zeroize::Zeroizing::new(opened);
        let bytes: [u8; 32] = opened.as_slice().try_into().map_err(|_| KeysError::Kdf)?;
        let key = RawKey::from_bytes(bytes);
        return if file.accepts(&key) { Ok(key) } else { Err(KeysError::WrongKey) };
    }
    Err(if tried { KeysError::WrongPassphrase } else { KeysError::NoSuchSlot("passphrase") })
}

fn associated_data(store_id: StoreId) -> Vec<u8> {
    let mut aad = b"mirai-keyfile v1 passphrase slot|".to_vec();
    aad.extend_from_slice(store_id.as_bytes());
    aad
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::MemoryKeystore;
    use proptest::prelude::*;

    /// The cheapest parameters the bounds allow, to keep tests quick.
    const FAST: KdfParams = KdfParams { m_kib: 19 * 1024, t: 2, p: 1 };

    #[test]
    fn keystore_round_trip() {
        let keystore = MemoryKeystore::default();
        let (file, key) = create_with_keystore(&keystore).expect("create");
        let reread = KeyFile::parse(&file.to_bytes()).expect("parse");
        assert_eq!(unlock_with_keystore(&reread, &keystore).expect("unlock"), key);
        assert!(matches!(unlock_with_passphrase(&reread, &Passphrase::for_unlock("x")), Err(KeysError::NoSuchSlot(_))));
    }

    #[test]
    fn keystore_failures_are_told_apart() {
        let keystore = MemoryKeystore::default();
        let (file, _key) = create_with_keystore(&keystore).expect("create");
        let account = format!("store-{}", file.store_id().to_hex());

        keystore.set_unavailable(true);
        assert!(matches!(unlock_with_keystore(&file, &keystore), Err(KeysError::Keystore(_))));
        keystore.set_unavailable(false);

        keystore.save(&account, &RawKey::from_bytes([9; 32])).expect("save");
        assert!(matches!(unlock_with_keystore(&file, &keystore), Err(KeysError::WrongKey)));

        keystore.delete(&account).expect("delete");
        assert!(matches!(unlock_with_keystore(&file, &keystore), Err(KeysError::KeyMissing)));
    }

    #[test]
    fn keystore_failure_at_creation_creates_nothing() {
        let keystore = MemoryKeystore::default();
        keystore.set_unavailable(true);
        assert!(matches!(create_with_keystore(&keystore), Err(KeysError::Keystore(_))));
    }

    #[test]
    fn passphrase_round_trip_and_wrong_passphrase() {
        let pass = Passphrase::new("correct horse").expect("long enough");
        let (file, key) = create_with_passphrase(&pass, FAST).expect("create");
        let reread = KeyFile::parse(&file.to_bytes()).expect("parse");
        assert_eq!(unlock_with_passphrase(&reread, &Passphrase::for_unlock("correct horse")).expect("unlock"), key);
        assert!(matches!(
            unlock_with_passphrase(&reread, &Passphrase::for_unlock("correct hors")),
            Err(KeysError::WrongPassphrase)
        ));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        /// Whatever byte of a key file is damaged, unlocking either fails or yields the very
        /// same key: damage can never produce a different key that opens something else.
        #[test]
        fn damaged_files_never_unlock_to_another_key(pos in any::<prop::sample::Index>(), bit in 0u8..8) {
            let pass = Passphrase::new("correct horse").expect("long enough");
            let (file, key) = create_with_passphrase(&pass, FAST).expect("create");
            let mut bytes = file.to_bytes();
            let i = pos.index(bytes.len());
            bytes[i] ^= 1 << bit;
            if let Ok(damaged) = KeyFile::parse(&bytes)
                && let Ok(recovered) = unlock_with_passphrase(&damaged, &pass)
            {
                prop_assert_eq!(recovered, key);
            }
        }
    }
}
