//! When a phone line answers, in Japan time: weekly rules, "day and night", and seasons when
//! it is closed (the New Year break, say). Japan has no daylight saving time, so a civil date
//! and time in Japan is all a rule needs; the caller converts from the device's clock.
//!
//! On a public holiday only the rules listing [`Day::Holiday`] apply; on other days, the rules
//! listing that weekday. A closed season wins over every rule, `Always` included.

use std::fmt;
use std::str::FromStr;

use jiff::civil::{Date, DateTime, Weekday};

use crate::holidays::holiday;

/// A day an opening rule can name: a weekday, or a public holiday whatever its weekday.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Day {
    /// Monday.
    Mon,
    /// Tuesday.
    Tue,
    /// Wednesday.
    Wed,
    /// Thursday.
    Thu,
    /// Friday.
    Fri,
    /// Saturday.
    Sat,
    /// Sunday.
    Sun,
    /// A Japanese public holiday ([`crate::holiday`]).
    Holiday,
}

/// Opening hours that cannot be: an empty rule, a day twice, times out of order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InvalidHours {
    /// A rule names no day, or names one twice.
    #[error("a rule needs at least one day, each once")]
    Days,
    /// Opening is not before closing, or a time is past 24:00.
    #[error("opening time must be before closing time, both between 00:00 and 24:00")]
    Times,
    /// Weekly hours with no rule at all.
    #[error("weekly hours need at least one rule")]
    NoRules,
    /// A month and day that no year has.
    #[error("not a day of the year in MM-DD form")]
    MonthDay,
}

/// One rule: on these days, from `open` to `close`, in minutes after midnight (a close of
/// 1440 is midnight at the end of the day).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpeningRule {
    days: Vec<Day>,
    open: u16,
    close: u16,
}

/// A day of the year with no year (`12-29`), for closed seasons that come back every year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MonthDay {
    month: i8,
    day: i8,
}

/// A season when the line is closed, `from` and `to` included; when `from` comes after `to`
/// it crosses the new year (`12-29` to `01-03`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClosedPeriod {
    /// The first day closed.
    pub from: MonthDay,
    /// The last day closed.
    pub to: MonthDay,
}

/// The weekly part of opening hours.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Schedule {
    /// Day and night, every day.
    Always,
    /// Open when one of the rules says so.
    Weekly(Vec<OpeningRule>),
}

/// When a line answers, in Japan time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpeningHours {
    schedule: Schedule,
    closed: Vec<ClosedPeriod>,
}

/// How far ahead [`OpeningHours::next_opening`] looks: two weeks cover the New Year break
/// with the weekends around it.
pub const SEARCH_DAYS: i32 = 14;

impl Day {
    /// Every day, in the order the week is written in Japan's rules.
    pub const ALL: [Day; 8] = [Day::Mon, Day::Tue, Day::Wed, Day::Thu, Day::Fri, Day::Sat, Day::Sun, Day::Holiday];

    /// The stable name in content files: `mon` … `sun`, `holiday`.
    pub fn code(self) -> &'static str {
        match self {
            Day::Mon => "mon",
            Day::Tue => "tue",
            Day::Wed => "wed",
            Day::Thu => "thu",
            Day::Fri => "fri",
            Day::Sat => "sat",
            Day::Sun => "sun",
            Day::Holiday => "holiday",
        }
    }

    /// Which rules apply on `date`: the holiday ones on a public holiday, else the weekday's.
    pub fn of(date: Date) -> Day {
        if holiday(date).is_some() {
            return Day::Holiday;
        }
        Day::weekday(date.weekday())
    }

    /// The weekday as a rule names it.
    pub fn weekday(weekday: Weekday) -> Day {
        match weekday {
            Weekday::Monday => Day::Mon,
            Weekday::Tuesday => Day::Tue,
            Weekday::Wednesday => Day::Wed,
            Weekday::Thursday => Day::Thu,
            Weekday::Friday => Day::Fri,
            Weekday::Saturday => Day::Sat,
            Weekday::Sunday => Day::Sun,
        }
    }
}

/// A day name that is not one of the eight codes.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown day")]
pub struct UnknownDay;

impl FromStr for Day {
    type Err = UnknownDay;

    fn from_str(code: &str) -> Result<Day, UnknownDay> {
        Day::ALL.into_iter().find(|d| d.code() == code).ok_or(UnknownDay)
    }
}

impl OpeningRule {
    /// A rule; refused when it names no day or one twice, or when `open` is not before
    /// `close` or `close` is past 24:00 (1440).
    pub fn new(days: Vec<Day>, open: u16, close: u16) -> Result<OpeningRule, InvalidHours> {
        let mut sorted = days.clone();
        sorted.sort();
        sorted.dedup();
        if days.is_empty() || sorted.len() != days.len() {
            return Err(InvalidHours::Days);
        }
        if open >= close || close > MINUTES_PER_DAY {
            return Err(InvalidHours::Times);
        }
        Ok(OpeningRule { days, open, close })
    }

    /// The days it names.
    pub fn days(&self) -> &[Day] {
        &self.days
    }

    /// Opening, in minutes after midnight.
    pub fn open(&self) -> u16 {
        self.open
    }

    /// Closing, in minutes after midnight (1440 at most).
    pub fn close(&self) -> u16 {
        self.close
    }
}

impl MonthDay {
    /// A day of the year; `None` for one no year has (`02-30`). `02-29` is allowed.
    pub fn new(month: i8, day: i8) -> Option<MonthDay> {
        // 2024 is a leap year, so every real day of the year exists in it.
        Date::new(2024, month, day).ok().map(|_| MonthDay { month, day })
    }

    /// The month, 1 to 12.
    pub fn month(self) -> i8 {
        self.month
    }

    /// The day of the month.
    pub fn day(self) -> i8 {
        self.day
    }

    fn of(date: Date) -> MonthDay {
        MonthDay { month: date.month(), day: date.day() }
    }
}

impl FromStr for MonthDay {
    type Err = InvalidHours;

    /// Exactly `MM-DD`.
    fn from_str(text: &str) -> Result<MonthDay, InvalidHours> {
        let bytes = text.as_bytes();
        let shape =
            bytes.len() == 5 && bytes[2] == b'-' && bytes.iter().enumerate().all(|(i, b)| i == 2 || b.is_ascii_digit());
        if !shape {
            return Err(InvalidHours::MonthDay);
        }
        let (month, day) = (text[0..2].parse::<i8>(), text[3..5].parse::<i8>());
        match (month, day) {
            (Ok(m), Ok(d)) => MonthDay::new(m, d).ok_or(InvalidHours::MonthDay),
            _ => Err(InvalidHours::MonthDay),
        }
    }
}

impl fmt::Display for MonthDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}-{:02}", self.month, self.day)
    }
}

impl ClosedPeriod {
    /// Whether `date` falls in this season.
    pub fn contains(&self, date: Date) -> bool {
        let day = MonthDay::of(date);
        if self.from <= self.to { self.from <= day && day <= self.to } else { day >= self.from || day <= self.to }
    }
}

impl OpeningHours {
    /// Hours from a schedule and the seasons it is closed; weekly hours need a rule.
    pub fn new(schedule: Schedule, closed: Vec<ClosedPeriod>) -> Result<OpeningHours, InvalidHours> {
        if matches!(&schedule, Schedule::Weekly(rules) if rules.is_empty()) {
            return Err(InvalidHours::NoRules);
        }
        Ok(OpeningHours { schedule, closed })
    }

    /// Day and night, every day of the year.
    pub fn always() -> OpeningHours {
        OpeningHours { schedule: Schedule::Always, closed: Vec::new() }
    }

    /// The weekly part.
    pub fn schedule(&self) -> &Schedule {
        &self.schedule
    }

    /// The closed seasons.
    pub fn closed(&self) -> &[ClosedPeriod] {
        &self.closed
    }

    /// Whether the line answers at `at` (Japan time, to the minute).
    pub fn is_open(&self, at: DateTime) -> bool {
        let minute = minute_of_day(at);
        self.intervals(at.date()).any(|(open, close)| open <= minute && minute < close)
    }

    /// The first moment at or after `at` when the line answers: `at` itself when it is open,
    /// else the start of a minute. `None` when it does not open in the next [`SEARCH_DAYS`]
    /// days.
    pub fn next_opening(&self, at: DateTime) -> Option<DateTime> {
        if self.is_open(at) {
            return Some(at);
        }
        let now = minute_of_day(at);
        for offset in 0..=SEARCH_DAYS {
            let Ok(date) = at.date().checked_add(jiff::Span::new().days(offset)) else { return None };
            let earliest = self.intervals(date).map(|(open, _)| open).filter(|&open| offset > 0 || open > now).min();
            if let Some(open) = earliest {
                let hour = i8::try_from(open / 60).ok()?;
                let minute = i8::try_from(open % 60).ok()?;
                return Some(date.at(hour, minute, 0, 0));
            }
        }
        None
    }

    /// The times the line answers on `date`, as minutes after midnight (`open..close`).
    fn intervals(&self, date: Date) -> impl Iterator<Item = (u16, u16)> + '_ {
        let closed = self.closed.iter().any(|p| p.contains(date));
        let rules: &[OpeningRule] = match &self.schedule {
            Schedule::Weekly(rules) if !closed => rules,
            _ => &[],
        };
        let always = !closed && matches!(self.schedule, Schedule::Always);
        let day = if rules.is_empty() { Day::Holiday } else { Day::of(date) };
        let weekly = rules.iter().filter(move |r| r.days.contains(&day)).map(|r| (r.open, r.close));
        always.then_some((0, MINUTES_PER_DAY)).into_iter().chain(weekly)
    }
}

const MINUTES_PER_DAY: u16 = 24 * 60;

fn minute_of_day(at: DateTime) -> u16 {
    // Both parts are small and never negative for a valid time.
    u16::try_from(i32::from(at.hour()) * 60 + i32::from(at.minute())).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::{date, datetime};
    use proptest::prelude::*;

    fn weekly(rules: &[(&[Day], u16, u16)], closed: &[(&str, &str)]) -> OpeningHours {
        let rules = rules
            .iter()
            .map(|(days, open, close)| OpeningRule::new(days.to_vec(), *open, *close).expect("valid"))
            .collect();
        let closed = closed
            .iter()
            .map(|(from, to)| ClosedPeriod { from: from.parse().expect("valid"), to: to.parse().expect("valid") })
            .collect();
        OpeningHours::new(Schedule::Weekly(rules), closed).expect("valid")
    }

    /// The labour hotline: weekday evenings, weekend and holiday days, not over the New Year.
    fn labour_hotline() -> OpeningHours {
        use Day::*;
        weekly(
            &[(&[Mon, Tue, Wed, Thu, Fri], 17 * 60, 22 * 60), (&[Sat, Sun, Holiday], 9 * 60, 21 * 60)],
            &[("12-29", "01-03")],
        )
    }

    #[test]
    fn holidays_use_only_holiday_rules() {
        use Day::*;
        let office = weekly(&[(&[Mon, Tue, Wed, Thu, Fri], 9 * 60, 17 * 60)], &[]);
        // 2026-09-22 is a Tuesday and a citizens' holiday.
        assert!(!office.is_open(datetime(2026, 9, 22, 10, 0, 0, 0)));
        assert_eq!(office.next_opening(datetime(2026, 9, 22, 10, 0, 0, 0)), Some(datetime(2026, 9, 24, 9, 0, 0, 0)));
        assert!(office.is_open(datetime(2026, 9, 24, 16, 59, 59, 0)));
        assert!(!office.is_open(datetime(2026, 9, 24, 17, 0, 0, 0)));
        // On a holiday the weekend rule of the hotline applies, though it is a Tuesday.
        let hotline = labour_hotline();
        assert!(hotline.is_open(datetime(2026, 9, 22, 10, 0, 0, 0)));
        assert!(hotline.is_open(datetime(2026, 9, 22, 18, 0, 0, 0)));
        assert!(!hotline.is_open(datetime(2026, 9, 22, 21, 30, 0, 0)));
    }

    #[test]
    fn closed_season_crosses_the_new_year() {
        let hotline = labour_hotline();
        // 2026-12-28 is a Monday: the evening is open; 12-29 to 01-03 are closed.
        assert!(hotline.is_open(datetime(2026, 12, 28, 21, 59, 0, 0)));
        assert!(!hotline.is_open(datetime(2026, 12, 29, 18, 0, 0, 0)));
        assert!(!hotline.is_open(datetime(2027, 1, 1, 10, 0, 0, 0)));
        assert!(!hotline.is_open(datetime(2027, 1, 3, 10, 0, 0, 0)));
        // 2027-01-04 is a Monday.
        assert_eq!(hotline.next_opening(datetime(2026, 12, 28, 22, 0, 0, 0)), Some(datetime(2027, 1, 4, 17, 0, 0, 0)));
        let period = ClosedPeriod { from: "12-29".parse().expect("valid"), to: "01-03".parse().expect("valid") };
        assert!(period.contains(date(2025, 12, 31)) && period.contains(date(2026, 1, 2)));
        assert!(!period.contains(date(2026, 1, 4)) && !period.contains(date(2026, 12, 28)));
        let summer = ClosedPeriod { from: "08-13".parse().expect("valid"), to: "08-16".parse().expect("valid") };
        assert!(summer.contains(date(2026, 8, 13)) && !summer.contains(date(2026, 8, 17)));
    }

    #[test]
    fn always_and_midnight() {
        assert!(OpeningHours::always().is_open(datetime(2026, 1, 1, 3, 0, 0, 0)));
        let season = OpeningHours::new(
            Schedule::Always,
            vec![ClosedPeriod { from: "12-31".parse().expect("valid"), to: "12-31".parse().expect("valid") }],
        )
        .expect("valid");
        assert!(!season.is_open(datetime(2026, 12, 31, 12, 0, 0, 0)));
        assert_eq!(season.next_opening(datetime(2026, 12, 31, 12, 0, 0, 0)), Some(datetime(2027, 1, 1, 0, 0, 0, 0)));
        // A close of 24:00 meets a next-day opening at 00:00.
        let late = weekly(&[(&Day::ALL, 20 * 60, 24 * 60), (&Day::ALL, 0, 60)], &[]);
        assert!(late.is_open(datetime(2026, 5, 1, 23, 59, 0, 0)));
        assert!(late.is_open(datetime(2026, 5, 2, 0, 0, 0, 0)));
        assert_eq!(late.next_opening(datetime(2026, 5, 2, 1, 0, 0, 0)), Some(datetime(2026, 5, 2, 20, 0, 0, 0)));
    }

    #[test]
    fn nothing_within_two_weeks() {
        // Only on holidays, from mid-May: the next holiday is in July.
        let rare = weekly(&[(&[Day::Holiday], 9 * 60, 10 * 60)], &[]);
        assert_eq!(rare.next_opening(datetime(2026, 5, 7, 9, 0, 0, 0)), None);
        assert_eq!(rare.next_opening(datetime(2026, 7, 10, 9, 0, 0, 0)), Some(datetime(2026, 7, 20, 9, 0, 0, 0)));
    }

    #[test]
    fn invalid_hours_are_refused() {
        assert_eq!(OpeningRule::new(vec![], 0, 60), Err(InvalidHours::Days));
        assert_eq!(OpeningRule::new(vec![Day::Mon, Day::Mon], 0, 60), Err(InvalidHours::Days));
        assert_eq!(OpeningRule::new(vec![Day::Mon], 60, 60), Err(InvalidHours::Times));
        assert_eq!(OpeningRule::new(vec![Day::Mon], 0, 1441), Err(InvalidHours::Times));
        assert_eq!(OpeningHours::new(Schedule::Weekly(vec![]), vec![]), Err(InvalidHours::NoRules));
        for bad in ["02-30", "13-01", "1-01", "12/29", "", "００-01"] {
            assert_eq!(bad.parse::<MonthDay>(), Err(InvalidHours::MonthDay), "{bad:?}");
        }
        assert_eq!("02-29".parse::<MonthDay>().map(|d| d.to_string()), Ok("02-29".into()));
        for day in Day::ALL {
            assert_eq!(day.code().parse(), Ok(day));
        }
        assert_eq!("Mon".parse::<Day>(), Err(UnknownDay));
    }

    fn arb_hours() -> impl Strategy<Value = OpeningHours> {
        let rule = (proptest::sample::subsequence(Day::ALL.to_vec(), 1..=8), 0u16..1440, 1u16..=1440)
            .prop_filter_map("open before close", |(days, a, b)| OpeningRule::new(days, a.min(b), a.max(b)).ok());
        let month_day = (1i8..=12, 1i8..=31).prop_filter_map("a real day", |(m, d)| MonthDay::new(m, d));
        let period = (month_day.clone(), month_day).prop_map(|(from, to)| ClosedPeriod { from, to });
        let schedule = prop_oneof![
            1 => Just(Schedule::Always),
            6 => proptest::collection::vec(rule, 1..4).prop_map(Schedule::Weekly),
        ];
        (schedule, proptest::collection::vec(period, 0..2))
            .prop_map(|(schedule, closed)| OpeningHours::new(schedule, closed).expect("valid by construction"))
    }

    fn arb_time() -> impl Strategy<Value = DateTime> {
        // Any minute of 2024-01-01 .. 2031-12-31.
        (0i64..(8 * 366 * 1440))
            .prop_map(|m| datetime(2024, 1, 1, 0, 0, 0, 0).checked_add(jiff::Span::new().minutes(m)).expect("valid"))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(96))]

        #[test]
        fn closed_until_the_next_opening(hours in arb_hours(), t in arb_time()) {
            let next = hours.next_opening(t);
            if hours.is_open(t) {
                prop_assert_eq!(next, Some(t));
                return Ok(());
            }
            let end = next.unwrap_or(t.checked_add(jiff::Span::new().days(i64::from(SEARCH_DAYS))).expect("valid"));
            if let Some(n) = next {
                prop_assert!(n > t);
                prop_assert!(hours.is_open(n));
                prop_assert_eq!((n.second(), n.subsec_nanosecond()), (0, 0));
            }
            // Every whole minute strictly between is closed.
            let mut m = t.checked_add(jiff::Span::new().minutes(1)).expect("valid").with().second(0).subsec_nanosecond(0).build().expect("valid");
            while m < end {
                prop_assert!(!hours.is_open(m), "open at {} before {:?}", m, next);
                m = m.checked_add(jiff::Span::new().minutes(1)).expect("valid");
            }
        }

        #[test]
        fn a_closed_season_is_never_open(hours in arb_hours(), t in arb_time()) {
            if hours.closed().iter().any(|p| p.contains(t.date())) {
                prop_assert!(!hours.is_open(t));
            }
        }
    }
}
