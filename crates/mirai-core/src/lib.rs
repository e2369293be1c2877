//! Domain types and rules of Mirai.
//!
//! Everything here is pure: no files, no network, no clock, no database, no serialisation
//! format. Callers pass in what the rules need (today's date, for example), so every rule can
//! be tested with plain values and property tests. The store, the app shell and the sync
//! server convert these types to and from their own representations.

mod country;
mod date;
mod freshness;
#[doc(hidden)]
pub mod fuzzing;
mod language;
mod profile;
mod text_size;

pub use country::{CountryCode, InvalidCountryCode};
pub use date::{Date, InvalidDate};
pub use freshness::{STALE_AFTER_DAYS, is_stale};
pub use language::{Language, UnknownLanguage};
pub use profile::{Journey, Profile, ProfileIssue};
pub use text_size::{TextSize, UnknownTextSize};
