use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use mirai_core::Language;
use mirai_keys::{KdfParams, KeyFile, Keystore, Passphrase, RawKey, Slot};

use crate::atomic_file::{sync_dir, write_atomically};
use crate::{Store, StoreError};

const DATABASE: &str = "mirai.db";
const KEY_FILE: &str = "mirai.keys";
const LANGUAGE_HINT: &str = "ui-language";
/// SQLite's companion files, moved together with the database.
const COMPANIONS: [&str; 2] = ["-wal", "-shm"];

/// The folder that holds a user's store: the encrypted database and its key file.
#[derive(Debug, Clone)]
pub struct DataDir {
    root: PathBuf,
}

/// What a data folder holds, decided without opening the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inspection {
    /// No store yet: the app's first start (or a first start that was interrupted).
    New,
    /// A store exists; the flags say which ways of unlocking its key file offers.
    Existing {
        /// The key is in the OS keystore.
        keystore: bool,
        /// The key can be recovered with a passphrase.
        passphrase: bool,
    },
}

/// How a new store's key is to be kept.
#[derive(Clone, Copy)]
pub enum Protection<'a> {
    /// In the OS keystore: nothing to type.
    Keystore(&'a dyn Keystore),
    /// Under a passphrase the user chooses, for devices without a keystore.
    Passphrase(&'a str),
}

impl DataDir {
    /// A data folder at `root` (created on first use).
    pub fn new(root: impl Into<PathBuf>) -> DataDir {
        DataDir { root: root.into() }
    }

    /// The folder itself.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Where the encrypted database lives.
    pub fn database_path(&self) -> PathBuf {
        self.root.join(DATABASE)
    }

    /// Where the key file lives.
    pub fn key_file_path(&self) -> PathBuf {
        self.root.join(KEY_FILE)
    }

    /// Where verified pack files are kept (private: imports are copied here before checking).
    pub fn packs_dir(&self) -> PathBuf {
        self.root.join("packs")
    }

    /// Creates the folder if needed and proves it can be written (a file is created, synced and
    /// removed), so a read-only or full medium is reported before the user types anything.
    pub fn prepare(&self) -> Result<(), StoreError> {
        let unwritable = |source| StoreError::DataDirUnwritable { path: self.root.clone(), source };
        fs::create_dir_all(&self.root).map_err(unwritable)?;
        let probe = self.root.join(".write-probe");
        let result = fs::File::create(&probe).and_then(|mut file| {
            file.write_all(b"mirai")?;
            file.sync_all()
        });
        let _ = fs::remove_file(&probe);
        result.map_err(unwritable)
    }

    /// Looks at what the folder holds. Reads only the key file.
    pub fn inspect(&self) -> Result<Inspection, StoreError> {
        let database = self.database_path().exists();
        if !database {
            return Ok(Inspection::New);
        }
        let file = self.read_key_file()?;
        let has = |kind| file.slots().iter().any(|slot| slot.kind() == kind);
        Ok(Inspection::Existing { keystore: has("keystore"), passphrase: has("passphrase") })
    }

    /// Creates a new store protected as asked. The key file is written (atomically) before the
    /// database, so an interruption leaves either nothing usable, which counts as a first start
    /// again, or a complete store.
    pub fn create(&self, protection: Protection<'_>) -> Result<Store, StoreError> {
        self.prepare()?;
        if self.database_path().exists() {
            return Err(StoreError::AlreadyExists);
        }
        self.forget_interrupted_start(protection);
        let (file, key) = match protection {
            Protection::Keystore(keystore) => mirai_keys::create_with_keystore(keystore)?,
            Protection::Passphrase(text) => {
                let passphrase = Passphrase::new(text).map_err(|_| StoreError::PassphraseTooShort)?;
                mirai_keys::create_with_passphrase(&passphrase, KdfParams::DEFAULT)?
            }
        };
        write_atomically(&self.key_file_path(), &file.to_bytes())?;
        Store::create(&self.database_path(), &key).inspect_err(|_| self.remove_database_files())
    }

    /// Opens the store with the key kept in the OS keystore.
    pub fn open_with_keystore(&self, keystore: &dyn Keystore) -> Result<Store, StoreError> {
        let file = self.read_key_file()?;
        let key = mirai_keys::unlock_with_keystore(&file, keystore)?;
        self.open_checked(&key)
    }

    /// Opens the store with the user's passphrase. A wrong passphrase is found before the
    /// database is read.
    pub fn open_with_passphrase(&self, passphrase: &str) -> Result<Store, StoreError> {
        let file = self.read_key_file()?;
        let key = mirai_keys::unlock_with_passphrase(&file, &Passphrase::for_unlock(passphrase))?;
        self.open_checked(&key)
    }

    /// Moves the database and its key file into a new sub-folder, untouched, so the user can
    /// start again without destroying what might still be recovered. Returns that sub-folder.
    pub fn move_aside(&self) -> Result<PathBuf, StoreError> {
        let stamp = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
        let mut target = self.root.join(format!("set-aside-{stamp}"));
        let mut n = 1;
        while target.exists() {
            target = self.root.join(format!("set-aside-{stamp}-{n}"));
            n += 1;
        }
        fs::create_dir(&target)?;
        for path in self.store_files() {
            if let Some(name) = path.file_name().filter(|_| path.exists()) {
                fs::rename(&path, target.join(name))?;
            }
        }
        sync_dir(&self.root)?;
        Ok(target)
    }

    /// The UI language last chosen, readable before the store is unlocked so that the unlock
    /// screen and its errors are in the user's language. Only the language code is kept
    /// outside the encrypted store; anyone who opens the app sees it anyway.
    pub fn language_hint(&self) -> Option<Language> {
        fs::read_to_string(self.root.join(LANGUAGE_HINT)).ok()?.trim().parse().ok()
    }

    /// Remembers the UI language for the next start.
    pub fn set_language_hint(&self, language: Language) -> Result<(), StoreError> {
        self.prepare()?;
        write_atomically(&self.root.join(LANGUAGE_HINT), language.code().as_bytes())?;
        Ok(())
    }

    fn open_checked(&self, key: &RawKey) -> Result<Store, StoreError> {
        // The key check has passed, so a file that will not decrypt is damaged, not locked.
        match Store::open(&self.database_path(), key) {
            Err(StoreError::CannotDecrypt) => Err(StoreError::Corrupt),
            other => other,
        }
    }

    fn read_key_file(&self) -> Result<KeyFile, StoreError> {
        let bytes = match fs::read(self.key_file_path()) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(StoreError::KeyFileMissing),
            Err(e) => return Err(e.into()),
        };
        Ok(KeyFile::parse(&bytes)?)
    }

    /// A key file without a database is what an interrupted first start leaves; its keystore
    /// entry is removed so it does not linger in the user's keyring.
    fn forget_interrupted_start(&self, protection: Protection<'_>) {
        let (Ok(stale), Protection::Keystore(keystore)) = (self.read_key_file(), protection) else {
            return;
        };
        for slot in stale.slots() {
            if let Slot::Keystore { account } = slot {
                let _ = keystore.delete(account);
            }
        }
    }

    fn remove_database_files(&self) {
        for path in self.database_files() {
            let _ = fs::remove_file(path);
        }
    }

    /// The database and SQLite's companion files.
    fn database_files(&self) -> [PathBuf; 3] {
        let database = self.database_path();
        let companion = |suffix: &str| {
            let mut name = database.clone().into_os_string();
            name.push(suffix);
            PathBuf::from(name)
        };
        [companion(COMPANIONS[0]), companion(COMPANIONS[1]), database.clone()]
    }

    fn store_files(&self) -> impl Iterator<Item = PathBuf> {
        self.database_files().into_iter().chain([self.key_file_path()])
    }
}
