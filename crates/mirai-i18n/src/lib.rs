//! Mirai's messages in nine languages.
//!
//! The messages live in `locales/<lang>/*.ftl` at the top of the repository, in Fluent syntax.
//! The very same files are read here, by `fluent-bundle`, and by the UI, through
//! `@fluent/bundle`; they are embedded at build time so nothing is read from disk at run time.
//!
//! [`Localizer`] formats a message in a language, falling back to English and then to the
//! message id, so a missing message degrades to readable text instead of a crash.
//! [`check_sources`] finds every message that is missing in some language, has different
//! variables, or fails to parse; a test runs it over the embedded files.

mod completeness;
mod localizer;

pub use completeness::{Problem, check_sources};
pub use localizer::{Localizer, LocalizerError};

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

/// A message file as embedded: language code, file name, Fluent source.
#[derive(Debug, Clone, Copy)]
pub struct Source {
    /// The language code (`locales/<code>/`).
    pub lang: &'static str,
    /// The file name, e.g. `app.ftl`.
    pub file: &'static str,
    /// The file's text.
    pub text: &'static str,
}

/// Every embedded message file.
pub fn embedded_sources() -> impl Iterator<Item = Source> {
    EMBEDDED.iter().map(|&(lang, file, text)| Source { lang, file, text })
}
