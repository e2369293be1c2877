use mirai_core::Date;

use crate::{AggregateError, PolicyError};

/// The lowest `k` accepted: what HR survey tools use as their floor (reliability.md, A8).
pub const MIN_K: u32 = 5;
/// The lowest number of distinct employers accepted for a cross-employer cell.
pub const MIN_EMPLOYERS: u32 = 5;
/// The highest share of a cross-employer cell one employer may have, in percent.
pub const MAX_EMPLOYER_SHARE_PERCENT: u32 = 50;
/// The shortest window accepted, in days.
pub const MIN_WINDOW_DAYS: u32 = 30;

/// The thresholds of a release programme. The defaults are the ones for statistics that leave
/// the NGO (k = 10); the floors (see [`PolicyError`]) cannot be configured away. Fixed for a
/// programme once it has released anything: two releases with different windows or thresholds
/// over the same data can be compared to learn what either one suppressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    /// Fewest distinct workers in any released cell, and in anything derivable from released
    /// cells.
    pub k: u32,
    /// Fewest distinct employers in a released cross-employer cell.
    pub min_employers: u32,
    /// Largest share, in percent, that one employer may have of a cross-employer cell.
    pub max_employer_share_percent: u32,
    /// Length of the fixed windows, in days.
    pub window_days: u32,
    /// Days after a window's end before it may be released. Phones sync when they can; a
    /// window released before its late submissions arrived tempts a second, different release
    /// of the same window, and the difference between the two is what k-anonymity cannot hide.
    pub settle_days: u32,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            k: 10,
            min_employers: MIN_EMPLOYERS,
            max_employer_share_percent: MAX_EMPLOYER_SHARE_PERCENT,
            window_days: MIN_WINDOW_DAYS,
            settle_days: 14,
        }
    }
}

impl Policy {
    /// Refuses a policy below the floors, so that every release path checks the same thing.
    pub fn validate(&self) -> Result<(), PolicyError> {
        if self.k < MIN_K {
            return Err(PolicyError::KTooLow(self.k));
        }
        if self.min_employers < MIN_EMPLOYERS {
            return Err(PolicyError::TooFewEmployers(self.min_employers));
        }
        if !(1..=MAX_EMPLOYER_SHARE_PERCENT).contains(&self.max_employer_share_percent) {
            return Err(PolicyError::ShareOutOfRange(self.max_employer_share_percent));
        }
        if self.window_days < MIN_WINDOW_DAYS {
            return Err(PolicyError::WindowTooShort(self.window_days));
        }
        Ok(())
    }

    /// The window a day falls in. Windows are counted from a fixed origin ([`Date::MIN`],
    /// 1900-01-01), never from the data, so that adding or removing one submission cannot
    /// move a window's edges.
    pub fn window_containing(&self, day: Date) -> Result<Window, AggregateError> {
        self.validate()?;
        let days = i64::from(self.window_days);
        let index = Date::MIN.days_until(day).div_euclid(days);
        let start_offset = i32::try_from(index * days).map_err(|_| AggregateError::OutOfRange)?;
        let start = Date::MIN.plus_days(start_offset);
        let end = start.plus_days(self.window_days.try_into().map_err(|_| AggregateError::OutOfRange)?);
        if start.days_until(end) != days {
            // The end saturated at the last supported date.
            return Err(AggregateError::OutOfRange);
        }
        Ok(Window { start, end, days: self.window_days })
    }

    /// The latest window that may be released on `today`: ended, and settled for
    /// `settle_days`.
    pub fn last_released_window(&self, today: Date) -> Result<Window, AggregateError> {
        let settled = today.plus_days(-i32::try_from(self.settle_days).map_err(|_| AggregateError::OutOfRange)?);
        // The window containing the settled day has not ended by then; the one before it has.
        let current = self.window_containing(settled)?;
        self.window_containing(current.start.plus_days(-1))
    }

    /// Whether `window` may be released on `today`.
    pub fn is_releasable(&self, window: &Window, today: Date) -> bool {
        window.end.days_until(today) >= i64::from(self.settle_days)
    }
}

/// A fixed window of whole days, `[first_day, last_day]`. Only a [`Policy`] makes one, so a
/// window is always aligned to the origin and as long as its policy says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Window {
    start: Date,
    /// The day after the last day.
    end: Date,
    days: u32,
}

impl Window {
    /// The first day in the window.
    pub fn first_day(&self) -> Date {
        self.start
    }

    /// The last day in the window (inclusive), as reports print it.
    pub fn last_day(&self) -> Date {
        self.end.plus_days(-1)
    }

    /// The window's length in days.
    pub fn days(&self) -> u32 {
        self.days
    }

    /// Whether a submission made on `day` counts in this window.
    pub fn contains(&self, day: Date) -> bool {
        self.start <= day && day < self.end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        text.parse().expect("valid date")
    }

    #[test]
    fn refuses_weak_policies() {
        let base = Policy::default();
        assert_eq!(base.validate(), Ok(()));
        assert_eq!(Policy { k: 4, ..base }.validate(), Err(PolicyError::KTooLow(4)));
        assert_eq!(Policy { min_employers: 4, ..base }.validate(), Err(PolicyError::TooFewEmployers(4)));
        assert_eq!(Policy { max_employer_share_percent: 51, ..base }.validate(), Err(PolicyError::ShareOutOfRange(51)));
        assert_eq!(Policy { max_employer_share_percent: 0, ..base }.validate(), Err(PolicyError::ShareOutOfRange(0)));
        assert_eq!(Policy { window_days: 29, ..base }.validate(), Err(PolicyError::WindowTooShort(29)));
        assert_eq!(Policy { k: 5, window_days: 90, ..base }.validate(), Ok(()));
    }

    #[test]
    fn windows_are_aligned_to_the_origin() {
        let policy = Policy::default();
        let window = policy.window_containing(date("2026-03-15")).expect("in range");
        assert_eq!(Date::MIN.days_until(window.first_day()) % 30, 0);
        assert_eq!(window.first_day().days_until(window.last_day()), 29);
        assert!(window.contains(date("2026-03-15")));
        // Every day of the window maps to the same window.
        let mut day = window.first_day();
        while window.contains(day) {
            assert_eq!(policy.window_containing(day), Ok(window));
            day = day.plus_days(1);
        }
        assert_ne!(policy.window_containing(day), Ok(window));
    }

    #[test]
    fn only_settled_windows_are_releasable() {
        let policy = Policy::default();
        let today = date("2026-06-01");
        let window = policy.last_released_window(today).expect("in range");
        assert!(policy.is_releasable(&window, today));
        assert!(window.last_day().plus_days(14) < today);
        let next = policy.window_containing(window.last_day().plus_days(1)).expect("in range");
        assert!(!policy.is_releasable(&next, today));
        let no_settling = Policy { settle_days: 0, ..policy };
        assert!(no_settling.is_releasable(&window, window.last_day().plus_days(1)));
        assert!(!no_settling.is_releasable(&window, window.last_day()));
    }
}
