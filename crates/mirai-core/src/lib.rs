//! Domain types and rules of Mirai.
//!
//! Everything here is pure: no files, no network, no clock, no database, no serialisation
//! format. Callers pass in what the rules need (today's date, the time in Japan), so every
//! rule can be tested with plain values and property tests. The store, the app shell and the
//! sync server convert these types to and from their own representations.

mod country;
mod date;
mod freshness;
#[doc(hidden)]
pub mod fuzzing;
mod holidays;
mod language;
mod lines;
mod opening;
mod phrases;
mod profile;
mod text_size;

pub use country::{CountryCode, InvalidCountryCode};
pub use date::{Date, InvalidDate};
pub use freshness::{STALE_AFTER_DAYS, is_stale};
pub use holidays::{HOLIDAY_LAW_START, HolidayKind, LAST_HOLIDAY_YEAR, holiday, holidays};
pub use language::{Language, UnknownLanguage};
pub use lines::{LanguageHours, LineHours, LineStatus, RoutedLine, route_lines};
pub use opening::{
    ClosedPeriod, Day, InvalidHours, MonthDay, OpeningHours, OpeningRule, SEARCH_DAYS, Schedule, UnknownDay,
};
pub use phrases::{Phrase, emergency_phrases};
pub use profile::{Journey, Profile, ProfileIssue};
pub use text_size::{TextSize, UnknownTextSize};
