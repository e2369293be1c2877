use mirai_core::{Language, TextSize};
use rusqlite::{Connection, OptionalExtension, params};

use crate::{Store, StoreError};

const TEXT_SIZE: &str = "text_size";
const UPDATE_SERVER: &str = "update_server";
const WIFI_ONLY: &str = "wifi_only";
const CONTENT_LANGUAGE: &str = "content_language";
const FURIGANA: &str = "furigana";
const CHECK_REMINDERS: &str = "check_reminders";
const REMINDED_FOR: &str = "reminded_for";

impl Store {
    /// The chosen text size; the default when none was chosen or the stored value is not
    /// known to this version (a cosmetic setting, so falling back is harmless).
    pub fn text_size(&self) -> Result<TextSize, StoreError> {
        Ok(self.setting(TEXT_SIZE)?.and_then(|code| code.parse().ok()).unwrap_or_default())
    }

    /// Saves the text size.
    pub fn set_text_size(&mut self, size: TextSize) -> Result<(), StoreError> {
        self.set_setting(TEXT_SIZE, Some(size.code()))
    }

    /// The address of the server packs are updated from, if the user set one.
    pub fn update_server(&self) -> Result<Option<String>, StoreError> {
        self.setting(UPDATE_SERVER)
    }

    /// Saves the update server's address (already checked by the caller), or forgets it.
    pub fn set_update_server(&mut self, url: Option<&str>) -> Result<(), StoreError> {
        self.set_setting(UPDATE_SERVER, url)
    }

    /// Whether pack downloads wait for Wi-Fi. On unless turned off: mobile data is expensive
    /// for the people this app is for.
    pub fn wifi_only(&self) -> Result<bool, StoreError> {
        Ok(self.setting(WIFI_ONLY)?.is_none_or(|value| value != "off"))
    }

    /// Whether the system may notify the worker when a self-check is due. Off unless turned on:
    /// a notice on a shared or inspected phone must be the worker's choice.
    pub fn check_reminders(&self) -> Result<bool, StoreError> {
        Ok(self.setting(CHECK_REMINDERS)?.is_some_and(|value| value == "on"))
    }

    /// Saves the reminder choice.
    pub fn set_check_reminders(&mut self, on: bool) -> Result<(), StoreError> {
        self.set_setting(CHECK_REMINDERS, Some(if on { "on" } else { "off" }))
    }

    /// The due day (`YYYY-MM-DD`) the worker was last notified about, so each due check is
    /// notified once.
    pub fn reminded_for(&self) -> Result<Option<String>, StoreError> {
        self.setting(REMINDED_FOR)
    }

    /// Records that the worker was notified about the check due on `due`.
    pub fn set_reminded_for(&mut self, due: &str) -> Result<(), StoreError> {
        self.set_setting(REMINDED_FOR, Some(due))
    }

    /// Saves the "Wi-Fi only" choice.
    pub fn set_wifi_only(&mut self, on: bool) -> Result<(), StoreError> {
        self.set_setting(WIFI_ONLY, Some(if on { "on" } else { "off" }))
    }

    /// The language articles are read in, when the reader chose one apart from the app's.
    pub fn content_language(&self) -> Result<Option<Language>, StoreError> {
        Ok(self.setting(CONTENT_LANGUAGE)?.and_then(|code| code.parse().ok()))
    }

    /// Saves the language articles are read in; `None` follows the app's language.
    pub fn set_content_language(&mut self, lang: Option<Language>) -> Result<(), StoreError> {
        self.set_setting(CONTENT_LANGUAGE, lang.map(Language::code))
    }

    /// Whether Japanese text shows furigana. On unless turned off.
    pub fn furigana(&self) -> Result<bool, StoreError> {
        Ok(self.setting(FURIGANA)?.is_none_or(|value| value != "off"))
    }

    /// Saves the furigana choice.
    pub fn set_furigana(&mut self, on: bool) -> Result<(), StoreError> {
        self.set_setting(FURIGANA, Some(if on { "on" } else { "off" }))
    }

    pub(crate) fn setting(&self, name: &str) -> Result<Option<String>, StoreError> {
        read_setting(&self.conn, name)
    }

    pub(crate) fn set_setting(&mut self, name: &str, value: Option<&str>) -> Result<(), StoreError> {
        write_setting(&self.conn, name, value)
    }
}

/// One setting on `conn`, which may be a transaction's (see [`write_setting`]).
pub(crate) fn read_setting(conn: &Connection, name: &str) -> Result<Option<String>, StoreError> {
    Ok(conn.query_row("SELECT value FROM setting WHERE name = ?1", [name], |row| row.get(0)).optional()?)
}

/// Writes (or with `None` deletes) one setting on `conn`, which may be a transaction's, so that
/// settings that belong together change together.
pub(crate) fn write_setting(conn: &Connection, name: &str, value: Option<&str>) -> Result<(), StoreError> {
    match value {
        Some(value) => conn.execute(
            "INSERT INTO setting (name, value) VALUES (?1, ?2)
             ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            params![name, value],
        )?,
        None => conn.execute("DELETE FROM setting WHERE name = ?1", [name])?,
    };
    Ok(())
}

#[cfg(test)]
mod tests {
    use mirai_keys::RawKey;

    use super::*;

    #[test]
    fn settings_have_safe_defaults_and_persist() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("s.db");
        let key = RawKey::from_bytes([7; 32]);
        let mut store = Store::create(&path, &key).expect("create");
        assert_eq!(store.update_server().expect("read"), None);
        assert!(store.wifi_only().expect("read"));
        store.set_update_server(Some("https://packs.example.org/")).expect("write");
        store.set_wifi_only(false).expect("write");
        drop(store);
        let mut store = Store::open(&path, &key).expect("open");
        assert_eq!(store.update_server().expect("read").as_deref(), Some("https://packs.example.org/"));
        assert!(!store.wifi_only().expect("read"));
        store.set_update_server(None).expect("forget");
        assert_eq!(store.update_server().expect("read"), None);
        assert_eq!((store.content_language().expect("read"), store.furigana().expect("read")), (None, true));
        store.set_content_language(Some(Language::My)).expect("write");
        store.set_furigana(false).expect("write");
        assert_eq!(
            (store.content_language().expect("read"), store.furigana().expect("read")),
            (Some(Language::My), false)
        );
    }
}
