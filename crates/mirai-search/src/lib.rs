//! Offline search that works in every script the app speaks, on top of SQLite FTS5.
//!
//! FTS5's own tokenizers each fail one of our languages: `unicode61` sees a whole Japanese
//! sentence as one token, `trigram` finds nothing for the one- and two-character queries that
//! are most Japanese and Chinese searches, and neither knows Burmese syllables or that a
//! Vietnamese reader types "nha o" for "nhà ở". So this crate does the language work in Rust
//! and hands FTS5 ready-made tokens, separated by spaces, for its `ascii` tokenizer (which keeps
//! every non-ASCII character inside a token):
//!
//! - [`fold`]: width (NFKC), case, Latin diacritics (đ too), katakana to hiragana.
//! - [`Document`]: the columns to index for a title and a body: words (Latin-script words,
//!   Burmese syllables), single CJK characters, and overlapping CJK bigrams.
//! - [`Query`]: what a person typed, as an FTS5 `MATCH` expression in which every token is a
//!   quoted string, so no operator, quote or column name typed by a user means anything.
//! - [`snippet`]: a short extract of the original text around the first match, with the ranges
//!   to highlight.
//! - [`correction`]: the indexed word closest to a misspelled Latin-script word, for a search
//!   that found nothing.
//! - [`is_zawgyi`] and [`to_unicode`]: Burmese typed in the legacy Zawgyi encoding, detected by
//!   rule and converted to Unicode; [`Query::parse`] does this to what was typed, so a Zawgyi
//!   phone finds the app's Unicode articles.
//!
//! No IO: text in, text out. The store owns the FTS5 table.

mod burmese;
mod document;
mod fold;
mod query;
mod script;
mod snippet;
mod typo;
mod zawgyi;

pub use document::{COLUMNS, Document};
pub use fold::fold;
pub use query::Query;
pub use snippet::{Snippet, snippet};
pub use typo::{correctable, correction};
pub use zawgyi::{is_zawgyi, to_unicode};

/// Changes whenever tokens for the same text would differ: the store rebuilds its index then.
pub const INDEX_VERSION: u32 = 1;
