use std::fmt;

use crate::PackError;

/// A path inside a pack: relative, `/`-separated, made of plain names (letters, digits, `-`,
/// `_`, `.`; no name of only dots), at most 200 bytes. Nothing else can be named, so no entry
/// can point outside the pack, whatever reads it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PackPath(String);

impl PackPath {
    /// Checks `text` against the rules above.
    pub fn parse(text: &str) -> Result<PackPath, PackError> {
        let bad = || PackError::BadPath(text.chars().take(80).collect());
        if text.is_empty() || text.len() > 200 || text.starts_with('/') || text.ends_with('/') {
            return Err(bad());
        }
        for part in text.split('/') {
            let plain = !part.is_empty()
                && part.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
                && !part.bytes().all(|b| b == b'.');
            if !plain {
                return Err(bad());
            }
        }
        Ok(PackPath(text.to_owned()))
    }

    /// The path text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The first segment, which names the kind of content (`articles`, `directory`, ...).
    pub fn top(&self) -> &str {
        self.0.split('/').next().unwrap_or_default()
    }
}

impl fmt::Display for PackPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn plain_relative_paths_only() {
        for good in ["articles/residence-card.json", "images/a_1.webp", "x"] {
            assert!(PackPath::parse(good).is_ok(), "{good}");
        }
        for bad in [
            "",
            "/etc/passwd",
            "../x",
            "a/../b",
            "a/./b",
            "a//b",
            "a/",
            "C:\\x",
            "a\\b",
            "..",
            "...",
            "ä.json",
            "a b",
            "a\0b",
        ] {
            assert!(PackPath::parse(bad).is_err(), "{bad:?}");
        }
    }

    proptest! {
        #[test]
        fn accepted_paths_never_escape(text in "\\PC{0,60}") {
            if let Ok(path) = PackPath::parse(&text) {
                prop_assert!(!path.as_str().split('/').any(|p| p == ".." || p == "." || p.is_empty()));
                prop_assert!(!path.as_str().starts_with('/'));
            }
        }
    }
}
