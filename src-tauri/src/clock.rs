//! The device's calendar, read at the edge so that the crates' rules stay pure.

use mirai_core::Date;

/// The date and time in Japan now, whatever the device's time zone: opening hours are in Japan
/// time, and Japan keeps UTC+9 all year (no daylight saving time).
pub fn japan_now() -> jiff::civil::DateTime {
    jiff::tz::offset(9).to_datetime(jiff::Timestamp::now())
}

/// Today in the device's time zone: rules compare what the user typed, and how old content is,
/// with it.
pub fn local_today() -> Date {
    let today = jiff::ZonedDateTime::now().date();
    Date::new(today.year(), today.month(), today.day()).unwrap_or(Date::MAX)
}

/// Seconds since 1970, for what the store timestamps.
pub fn unix_now() -> i64 {
    jiff::Timestamp::now().as_second()
}
