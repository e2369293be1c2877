use mirai_core::TextSize;
use rusqlite::{OptionalExtension, params};

use crate::{Store, StoreError};

const TEXT_SIZE: &str = "text_size";

impl Store {
    /// The chosen text size; the default when none was chosen or the stored value is not
    /// known to this version (a cosmetic setting, so falling back is harmless).
    pub fn text_size(&self) -> Result<TextSize, StoreError> {
        let stored: Option<String> = self
            .conn
            .query_row("SELECT value FROM setting WHERE name = ?1", [TEXT_SIZE], |row| row.get(0))
            .optional()?;
        Ok(stored.and_then(|code| code.parse().ok()).unwrap_or_default())
    }

    /// Saves the text size.
    pub fn set_text_size(&mut self, size: TextSize) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO setting (name, value) VALUES (?1, ?2)
             ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            params![TEXT_SIZE, size.code()],
        )?;
        Ok(())
    }
}
