//! The app's state: the data folder, the keystore, the session and the localizer.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};

use mirai_core::{CountryCode, Language, TextSize};
use mirai_fetch::Control;
use mirai_i18n::{Localizer, LocalizerError};
use mirai_keys::{Keystore, OsKeystore, Passphrase};
use mirai_pack::content::DirectoryEntry;
use mirai_store::{DataDir, PackTrust, ProtectionKind, Session, Store, StoreError};
use tokio::sync::watch;

use crate::dto::{AppStatus, ErrorDto, LanguageOption, SessionState, TextSizeDto};
use crate::error::{AppError, store_error_dto};
use crate::sync::SyncControl;

/// The service name under which the OS keystore keeps the store key.
const KEYSTORE_SERVICE: &str = "org.mirai.app";

/// The root keys every pack is checked against, fixed when the app is built.
pub(crate) const ANCHOR: &str = include_str!(concat!(env!("OUT_DIR"), "/anchor.json"));

/// The pack built into the app, so it is useful on first start with no network.
pub const DEFAULT_PACK: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/default.mpk"));

/// Shared by every command. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

/// What commands work with, on a blocking thread.
pub struct Inner {
    pub data: DataDir,
    /// What packs are verified against.
    pub packs: PackTrust,
    keystore: Option<Box<dyn Keystore>>,
    session: Mutex<Option<Session>>,
    l10n: Localizer,
    /// The UI language chosen this run or remembered from the last one, if any.
    language: Mutex<Option<Language>>,
    /// The running update download's pause, resume and cancel switch, if one runs.
    download: Mutex<Option<watch::Sender<Control>>>,
    /// The built-in pack's emergency numbers, read once.
    emergency: OnceLock<Vec<DirectoryEntry>>,
    /// The background sync's state and wake-up switch.
    sync: SyncControl,
}

impl AppState {
    /// Loads the messages and connects to the keystore; the store itself is opened on the first
    /// status request, so the window paints without waiting for the disk.
    pub fn new(data_dir: PathBuf) -> Result<AppState, StartError> {
        let data = DataDir::new(data_dir);
        let language = data.language_hint();
        // `MIRAI_NO_KEYSTORE=1` forces the passphrase path, for shared computers and tests.
        let keystore = if std::env::var_os("MIRAI_NO_KEYSTORE").is_some() {
            None
        } else {
            OsKeystore::connect(KEYSTORE_SERVICE)
                .inspect_err(
                    |error| tracing::info!(kind = %keystore_kind(error), "no OS keystore, a passphrase will be used"),
                )
                .ok()
                .map(|k| Box::new(k) as Box<dyn Keystore>)
        };
        let packs = PackTrust {
            anchor: mirai_pack::TrustAnchor::from_json(ANCHOR)?,
            app_version: semver::Version::parse(env!("CARGO_PKG_VERSION")).map_err(|_| StartError::Version)?,
            limits: mirai_pack::Limits::default(),
        };
        Ok(AppState {
            inner: Arc::new(Inner {
                data,
                packs,
                keystore,
                session: Mutex::new(None),
                l10n: Localizer::embedded()?,
                language: Mutex::new(language),
                download: Mutex::new(None),
                emergency: OnceLock::new(),
                sync: SyncControl::default(),
            }),
        })
    }

    /// Runs `work` on the blocking pool and localizes its error in the current UI language.
    pub async fn run<T, F>(&self, work: F) -> Result<T, ErrorDto>
    where
        T: Send + 'static,
        F: FnOnce(&Inner) -> Result<T, AppError> + Send + 'static,
    {
        self.blocking(work).await.map_err(|error| self.fail(error))
    }

    /// Runs `work` on the blocking pool; for background tasks, whose errors are theirs to log.
    pub async fn blocking<T, F>(&self, work: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&Inner) -> Result<T, AppError> + Send + 'static,
    {
        let inner = Arc::clone(&self.inner);
        tauri::async_runtime::spawn_blocking(move || work(&inner)).await.unwrap_or(Err(AppError::Internal))
    }

    /// The background sync's state and wake-up switch.
    pub fn sync(&self) -> &SyncControl {
        &self.inner.sync
    }

    /// What packs are verified against.
    pub fn trust(&self) -> &PackTrust {
        &self.inner.packs
    }

    /// An error as the UI shows it, in the current UI language; logged by its code only.
    pub fn fail(&self, error: AppError) -> ErrorDto {
        tracing::warn!(code = error.code(), "command failed");
        error.localize(&self.inner.l10n, self.inner.current_language())
    }

    /// Claims the one download slot: the receiver the download obeys, and a guard that frees
    /// the slot when dropped, however the download ends.
    pub fn start_download(&self) -> Result<(watch::Receiver<Control>, DownloadSlot), ErrorDto> {
        let mut slot = self.inner.download.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if slot.is_some() {
            return Err(self.fail(AppError::UpdateBusy));
        }
        let (sender, receiver) = watch::channel(Control::Run);
        *slot = Some(sender);
        Ok((receiver, DownloadSlot { inner: Arc::clone(&self.inner) }))
    }

    /// Pauses, resumes or cancels the running download; does nothing when none runs.
    pub fn control_download(&self, control: Control) {
        let slot = self.inner.download.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(sender) = slot.as_ref() {
            sender.send_replace(control);
        }
    }
}

/// Frees the download slot when the download ends.
pub struct DownloadSlot {
    inner: Arc<Inner>,
}

impl Drop for DownloadSlot {
    fn drop(&mut self) {
        *self.inner.download.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = None;
    }
}

/// The app cannot start: only possible with a broken build.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// The embedded messages do not load.
    #[error(transparent)]
    Messages(#[from] LocalizerError),
    /// The embedded trust anchor does not parse.
    #[error("embedded trust anchor: {0}")]
    Anchor(#[from] mirai_pack::PackError),
    /// The crate version is not a semantic version.
    #[error("app version is not a semantic version")]
    Version,
}

fn keystore_kind(error: &mirai_keys::KeystoreError) -> &'static str {
    match error {
        mirai_keys::KeystoreError::Unavailable(_) => "unavailable",
        mirai_keys::KeystoreError::Failed(_) => "failed",
    }
}

impl Inner {
    /// The app's messages, for texts Rust writes in the reader's language.
    pub fn l10n(&self) -> &Localizer {
        &self.l10n
    }

    /// The emergency numbers of the pack built into the app, verified on first use: they do
    /// not need the store, so the emergency card works on every screen, locked or not.
    pub fn emergency_lines(&self) -> Result<&[DirectoryEntry], AppError> {
        if let Some(lines) = self.emergency.get() {
            return Ok(lines);
        }
        let trust = &self.packs;
        let lines =
            mirai_pack::content::emergency_entries(DEFAULT_PACK, &trust.anchor, &trust.limits, &trust.app_version)
                .map_err(StoreError::Pack)?;
        Ok(self.emergency.get_or_init(|| lines))
    }

    /// The language errors and messages are written in right now.
    pub fn current_language(&self) -> Language {
        self.chosen_language().unwrap_or(Language::En)
    }

    fn chosen_language(&self) -> Option<Language> {
        self.language.lock().map(|l| *l).unwrap_or(None)
    }

    fn remember_language(&self, language: Language) {
        if let Ok(mut current) = self.language.lock() {
            *current = Some(language);
        }
    }

    fn session(&self) -> MutexGuard<'_, Option<Session>> {
        // A panic while holding the lock cannot leave a half-written store (SQLite rolls back),
        // so a poisoned lock is safe to reuse.
        self.session.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Starts the session if this is the first call, and reports where it stands.
    pub fn status(&self) -> AppStatus {
        let mut session = self.session();
        if session.is_none() {
            *session = Some(self.adopt(Session::start(&self.data, self.keystore.as_deref())));
        }
        self.describe(session.as_ref())
    }

    /// Replaces the session with a fresh start (after the user fixed the keystore, say).
    pub fn restart(&self) -> AppStatus {
        let mut session = self.session();
        *session = Some(self.adopt(Session::start(&self.data, self.keystore.as_deref())));
        self.describe(session.as_ref())
    }

    /// Runs a passphrase step (create or unlock). A wrong or too-short passphrase is the
    /// user's to correct and comes back as an error; any other failure (a damaged file, say)
    /// ends in the failed session, whose screen offers a way forward.
    pub fn with_passphrase(
        &self,
        step: impl FnOnce(&DataDir, &str) -> Result<Session, StoreError>,
        passphrase: &str,
        expected: SessionState,
    ) -> Result<AppStatus, AppError> {
        let passphrase = zeroize::Zeroizing::new(passphrase.to_owned());
        let mut session = self.session();
        if session.as_ref().map(state_of) != Some(expected) {
            return Err(AppError::Locked);
        }
        let next = match step(&self.data, &passphrase) {
            Ok(opened) => opened,
            Err(error @ (StoreError::WrongPassphrase | StoreError::PassphraseTooShort)) => return Err(error.into()),
            Err(error) => Session::Failed(error),
        };
        *session = Some(self.adopt(next));
        Ok(self.describe(session.as_ref()))
    }

    /// Runs `work` on the open store.
    pub fn with_store<T>(&self, work: impl FnOnce(&mut Store) -> Result<T, AppError>) -> Result<T, AppError> {
        match self.session().as_mut() {
            Some(Session::Open { store, .. }) => work(store),
            _ => Err(AppError::Locked),
        }
    }

    /// How the open store's key is kept.
    pub fn protection(&self) -> Option<ProtectionKind> {
        match self.session().as_ref() {
            Some(Session::Open { protection, .. }) => Some(*protection),
            _ => None,
        }
    }

    /// Changes the UI language everywhere it is kept: first the language of later messages
    /// (so even a failure to save is reported in the new language), then the open store, then
    /// the hint file read before the next unlock.
    pub fn set_language(&self, language: Language) -> Result<(), AppError> {
        self.remember_language(language);
        if let Some(Session::Open { store, .. }) = self.session().as_mut() {
            store.set_ui_language(language)?;
        }
        self.data.set_language_hint(language)?;
        Ok(())
    }

    /// Moves the store's files aside and starts over; returns where they went.
    pub fn start_fresh(&self) -> Result<(String, AppStatus), AppError> {
        let mut session = self.session();
        if !matches!(session.as_ref(), Some(Session::Failed(_))) {
            return Err(AppError::Locked);
        }
        let folder = self.data.move_aside()?;
        *session = Some(self.adopt(Session::start(&self.data, self.keystore.as_deref())));
        Ok((folder.display().to_string(), self.describe(session.as_ref())))
    }

    /// Brings the open store and the current language together: a language chosen while the
    /// store was locked (on the first-start or unlock screen) is the latest choice and is
    /// saved; otherwise the stored one is used.
    fn adopt(&self, mut session: Session) -> Session {
        if let Session::Open { store, .. } = &mut session {
            // A newly opened store gets its own sync client.
            self.sync.restart();
            self.install_default_pack(store);
            let stored = store.profile().ok().and_then(|p| p.profile.ui_language);
            match (stored, self.chosen_language()) {
                (stored, Some(chosen)) if stored != Some(chosen) => {
                    if let Err(error) = store.set_ui_language(chosen) {
                        tracing::warn!(code = error.code(), "could not save the chosen language");
                    }
                }
                (Some(stored), None) => self.remember_language(stored),
                _ => {}
            }
        }
        tracing::info!(state = ?session_label(&session), "session");
        session
    }

    /// Installs the built-in pack when it is newer than what is installed, and removes pack
    /// files no pack refers to. Failures are logged and leave the previous content in place.
    fn install_default_pack(&self, store: &mut Store) {
        let packs_dir = self.data.packs_dir();
        match store.ensure_pack(&packs_dir, DEFAULT_PACK, &self.packs) {
            Ok(Some(pack)) => tracing::info!(version = pack.version, "built-in pack installed"),
            Ok(None) => {}
            Err(error) => tracing::warn!(code = error.code(), "built-in pack not installed"),
        }
        if let Err(error) = store.remove_unused_pack_files(&packs_dir) {
            tracing::warn!(code = error.code(), "could not tidy the packs folder");
        }
    }

    fn describe(&self, session: Option<&Session>) -> AppStatus {
        let language = self.current_language();
        let (ui_language, text_size) = match session {
            Some(Session::Open { store, .. }) => (
                store.profile().ok().and_then(|p| p.profile.ui_language).or(self.chosen_language()),
                store.text_size().unwrap_or_default(),
            ),
            _ => (self.chosen_language(), TextSize::default()),
        };
        AppStatus {
            session: session.map(state_of).unwrap_or(SessionState::Failed),
            error: match session {
                Some(Session::Failed(error)) => Some(store_error_dto(error, &self.l10n, language)),
                _ => None,
            },
            ui_language: ui_language.map(|l| l.code().to_owned()),
            text_size: TextSizeDto::from(text_size),
            languages: LanguageOption::all(),
            min_passphrase_chars: u32::try_from(Passphrase::MIN_CHARS).unwrap_or(8),
            data_dir: self.data.root().display().to_string(),
            countries: CountryCode::all().map(|c| c.to_string()).collect(),
        }
    }
}

fn state_of(session: &Session) -> SessionState {
    match session {
        Session::Open { .. } => SessionState::Open,
        Session::NeedsNewPassphrase => SessionState::NeedsNewPassphrase,
        Session::NeedsPassphrase => SessionState::NeedsPassphrase,
        Session::Failed(_) => SessionState::Failed,
    }
}

fn session_label(session: &Session) -> String {
    match session {
        Session::Failed(error) => format!("failed:{}", error.code()),
        other => format!("{:?}", state_of(other)),
    }
}
