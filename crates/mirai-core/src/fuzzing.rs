//! Checks shared by the fuzz target and the corpus replay test, so both run the same property.

use crate::{CountryCode, Date, Language, TextSize};

/// Strings from IPC: no parser panics, and whatever parses prints back exactly.
pub fn ipc_values(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(language) = text.parse::<Language>() {
        assert_eq!(language.code(), text);
    }
    if let Ok(country) = text.parse::<CountryCode>() {
        assert_eq!(country.as_str(), text);
    }
    if let Ok(date) = text.parse::<Date>() {
        assert_eq!(date.to_string(), text);
    }
    if let Ok(size) = text.parse::<TextSize>() {
        assert_eq!(size.code(), text);
    }
}
