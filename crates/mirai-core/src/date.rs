use std::fmt;
use std::str::FromStr;

/// A calendar date with no time zone (an arrival day, a departure day), limited to years a
/// person's plans can have so that a typo like 20025 is caught rather than stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(jiff::civil::Date);

/// Text that is not a `YYYY-MM-DD` date between 1900 and 2199.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a date in YYYY-MM-DD form between 1900 and 2199")]
pub struct InvalidDate;

impl Date {
    /// Builds a date from its parts; `None` when the parts are not a real day in range.
    pub fn new(year: i16, month: i8, day: i8) -> Option<Date> {
        if !(1900..=2199).contains(&year) {
            return None;
        }
        jiff::civil::Date::new(year, month, day).ok().map(Date)
    }

    /// The year, for display and range checks.
    pub fn year(self) -> i16 {
        self.0.year()
    }

    /// Whole days from `self` to `later` (negative when `later` is earlier), used by rules
    /// such as "the first self-check is due about three months after arrival".
    pub fn days_until(self, later: Date) -> i64 {
        let span = later.0.since(self.0).unwrap_or_default();
        i64::from(span.get_days())
    }

    /// The date `days` days later, saturating at the ends of the supported range.
    pub fn plus_days(self, days: i32) -> Date {
        let moved = self
            .0
            .checked_add(jiff::Span::new().days(i64::from(days)))
            .ok()
            .and_then(|d| Date::new(d.year(), d.month(), d.day()));
        moved.unwrap_or(if days < 0 { Date::MIN } else { Date::MAX })
    }

    /// The same day `months` calendar months later, or the month's last day when it is
    /// shorter (31 January plus one month is 28 or 29 February); saturating at the ends of the
    /// supported range.
    pub fn plus_months(self, months: i32) -> Date {
        let moved = self
            .0
            .checked_add(jiff::Span::new().months(i64::from(months)))
            .ok()
            .and_then(|d| Date::new(d.year(), d.month(), d.day()));
        moved.unwrap_or(if months < 0 { Date::MIN } else { Date::MAX })
    }

    /// The UTC day of a Unix time (seconds since 1970-01-01), clamped to the supported range.
    pub fn from_unix_seconds(seconds: i64) -> Date {
        let days = seconds.div_euclid(86_400);
        // 1900-01-01 is 25,567 days before 1970-01-01.
        Date::MIN.plus_days(i32::try_from(days + 25_567).unwrap_or(i32::MAX))
    }

    /// The earliest supported date.
    pub const MIN: Date = Date(jiff::civil::date(1900, 1, 1));
    /// The latest supported date.
    pub const MAX: Date = Date(jiff::civil::date(2199, 12, 31));
}

impl FromStr for Date {
    type Err = InvalidDate;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        // Exactly YYYY-MM-DD: jiff accepts more forms than a stored value should have.
        let bytes = text.as_bytes();
        let shape_ok = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes.iter().enumerate().all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shape_ok {
            return Err(InvalidDate);
        }
        let number = |range: std::ops::Range<usize>| text[range].parse::<i16>().ok();
        let (year, month, day) = (number(0..4), number(5..7), number(8..10));
        match (year, month, day) {
            (Some(y), Some(m), Some(d)) => {
                Date::new(y, i8::try_from(m).map_err(|_| InvalidDate)?, i8::try_from(d).map_err(|_| InvalidDate)?)
                    .ok_or(InvalidDate)
            }
            _ => Err(InvalidDate),
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.0.year(), self.0.month(), self.0.day())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_only_the_canonical_form() {
        assert_eq!("2026-04-01".parse::<Date>().map(|d| d.to_string()), Ok("2026-04-01".into()));
        for bad in
            ["2026-4-1", "2026-02-30", "20026-01-01", "1899-12-31", "2200-01-01", "2026/04/01", "", "２０２６-04-01"]
        {
            assert_eq!(bad.parse::<Date>(), Err(InvalidDate), "{bad:?}");
        }
    }

    #[test]
    fn unix_days() {
        assert_eq!(Date::from_unix_seconds(0).to_string(), "1970-01-01");
        assert_eq!(Date::from_unix_seconds(1_795_459_200).to_string(), "2026-11-23");
        assert_eq!(Date::from_unix_seconds(-1).to_string(), "1969-12-31");
    }

    #[test]
    fn day_arithmetic() {
        let d = Date::new(2026, 1, 31).expect("valid");
        assert_eq!(d.plus_days(29).to_string(), "2026-03-01");
        assert_eq!(d.days_until(d.plus_days(90)), 90);
        assert_eq!(d.days_until(d.plus_days(-10)), -10);
        assert_eq!(Date::MAX.plus_days(5), Date::MAX);
        assert_eq!(Date::MIN.plus_days(-5), Date::MIN);
        assert_eq!(d.plus_months(1).to_string(), "2026-02-28", "clamped to the month's last day");
        assert_eq!(d.plus_months(3).to_string(), "2026-04-30");
        assert_eq!(Date::new(2027, 11, 30).expect("valid").plus_months(3).to_string(), "2028-02-29");
        assert_eq!(d.plus_months(-2).to_string(), "2025-11-30");
        assert_eq!(Date::MAX.plus_months(6), Date::MAX);
    }

    proptest! {
        #[test]
        fn display_parse_round_trip(y in 1900i16..=2199, m in 1i8..=12, d in 1i8..=31) {
            if let Some(date) = Date::new(y, m, d) {
                prop_assert_eq!(date.to_string().parse::<Date>(), Ok(date));
            }
        }

        #[test]
        fn parse_never_panics(text in "\\PC{0,16}") {
            let _ = text.parse::<Date>();
        }
    }
}
