use std::collections::BTreeMap;

use mirai_core::Language;
use serde::{Deserialize, Serialize};

/// One value per language, keyed by language code. Content must carry every language its pack
/// lists; nine languages are one product.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Translations<T>(pub BTreeMap<String, T>);

impl<T> Translations<T> {
    /// The value in `lang`, if present.
    pub fn get(&self, lang: Language) -> Option<&T> {
        self.0.get(lang.code())
    }

    /// Checks that every key is a known language and every language in `required` is present.
    pub(crate) fn check(&self, what: &str, required: &[Language]) -> Result<(), String> {
        if let Some(unknown) = self.0.keys().find(|code| code.parse::<Language>().is_err()) {
            return Err(format!("{what}: unknown language {unknown:?}"));
        }
        match required.iter().find(|lang| !self.0.contains_key(lang.code())) {
            Some(missing) => Err(format!("{what}: missing {missing}")),
            None => Ok(()),
        }
    }
}

/// Checks that `text` is not blank and at most `max` characters.
pub(crate) fn check_text(what: &str, text: &str, max: usize) -> Result<(), String> {
    if text.trim().is_empty() {
        return Err(format!("{what} is empty"));
    }
    if text.chars().count() > max {
        return Err(format!("{what} is longer than {max} characters"));
    }
    Ok(())
}

/// Whether `id` is a content id (lowercase letters, digits and `-`, up to 80 bytes, not
/// starting with `-`): public so that authoring tools refuse a bad id where it was typed.
pub fn is_content_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 80
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
}

/// Checks an id: the same rule as a pack id, and equal to the file name.
pub(crate) fn check_id(id: &str, stem: Option<&str>) -> Result<(), String> {
    if !is_content_id(id) {
        return Err(format!("bad id {id:?}"));
    }
    if stem != Some(id) {
        return Err(format!("id {id:?} does not match the file name"));
    }
    Ok(())
}

/// Checks a source link: https only (content must name where its facts come from).
pub(crate) fn check_url(url: &str) -> Result<(), String> {
    let rest = url.strip_prefix("https://").ok_or_else(|| format!("source {url:?} is not an https link"))?;
    if rest.is_empty() || rest.len() > 500 || rest.chars().any(char::is_whitespace) {
        return Err(format!("bad source link {url:?}"));
    }
    Ok(())
}
