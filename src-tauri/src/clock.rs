//! The device's calendar, read at the edge so that the crates' rules stay pure.

use mirai_core::Date;

/// Today in the device's time zone: rules compare what the user typed, and how old content is,
/// with it.
pub fn local_today() -> Date {
    let today = jiff::ZonedDateTime::now().date();
    Date::new(today.year(), today.month(), today.day()).unwrap_or(Date::MAX)
}
