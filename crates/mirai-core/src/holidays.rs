//! Japanese public holidays, by the Act on National Holidays (国民の祝日に関する法律, 1948)
//! and the special laws that moved or added days, so that "closed on holidays" can be decided
//! on the phone with no network and no calendar file.
//!
//! Covered: every day from the law's start (1948-07-20) to the end of 2199, the last year the
//! app's dates allow. Days before 1948-07-20 and after 2199 are never holidays here.
//!
//! - The named holidays with the dates each had in each period (Coming of Age Day on 15
//!   January until 1999, then the second Monday; Marine Day from 1996; the Emperor's Birthday
//!   on 29 April, then 23 December 1989–2018, none in 2019, 23 February from 2020; and so on).
//! - One-off days set by special laws: 1959-04-10, 1989-02-24, 1990-11-12, 1993-06-09,
//!   2019-05-01 and 2019-10-22, and the Olympic moves of 2020 and 2021.
//! - Substitute holidays (振替休日, from 1973-04-12): a holiday on a Sunday makes the next day
//!   a holiday; since 2007 the next day that is not itself a named holiday.
//! - Citizens' holidays (国民の休日, from 1985-12-27): a day between two named holidays
//!   (before 2007 not on a Sunday). The 2019 days 4/30 and 5/2 come out of this rule.
//! - The equinox days, which the Cabinet Office announces each February for the next year,
//!   are computed with the usual approximation (海上保安庁 / 国立天文台 figures):
//!   `floor(C + 0.242194 * (y - 1980)) - int((y - B) / 4)` with `C` = 20.8357 / 23.2588 and
//!   `B` = 1983 for 1948–1979, `C` = 20.8431 / 23.2488 and `B` = 1980 for 1980–2099, and
//!   `C` = 21.8510 / 24.2488 for 2100–2150. That last formula is also used for 2151–2199, for
//!   which no variant is published: those equinox days are a forecast and may be a day off.
//!
//! Names are not kept: whether a line answers does not depend on what a day is called.

use jiff::civil::{Date, Weekday, date};

/// Why a day is a public holiday.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HolidayKind {
    /// A named holiday (国民の祝日), or a day a special law made one (an enthronement, an
    /// imperial funeral or wedding, an Olympic move).
    National,
    /// A substitute holiday (振替休日) for a named holiday that fell on a Sunday.
    Substitute,
    /// A citizens' holiday (国民の休日) between two named holidays.
    Citizens,
}

/// The first day the law was in force.
pub const HOLIDAY_LAW_START: Date = date(1948, 7, 20);

/// The last year covered.
pub const LAST_HOLIDAY_YEAR: i16 = 2199;

/// Whether `day` is a public holiday in Japan, and why.
pub fn holiday(day: Date) -> Option<HolidayKind> {
    if day < HOLIDAY_LAW_START || day.year() > LAST_HOLIDAY_YEAR {
        return None;
    }
    holidays(day.year()).into_iter().find(|(d, _)| *d == day).map(|(_, kind)| kind)
}

/// Every public holiday of `year`, in date order (empty outside the covered years).
pub fn holidays(year: i16) -> Vec<(Date, HolidayKind)> {
    if !(HOLIDAY_LAW_START.year()..=LAST_HOLIDAY_YEAR).contains(&year) {
        return Vec::new();
    }
    let named = named_holidays(year);
    let mut all: Vec<(Date, HolidayKind)> = named.iter().map(|d| (*d, HolidayKind::National)).collect();
    for &day in &named {
        if day.weekday() == Weekday::Sunday
            && day >= SUBSTITUTE_START
            && let Some(substitute) = substitute_for(day, &named)
        {
            all.push((substitute, HolidayKind::Substitute));
        }
    }
    for pair in named.windows(2) {
        let (before, after) = (pair[0], pair[1]);
        let Ok(between) = before.tomorrow() else { continue };
        let sandwiched = between.tomorrow().is_ok_and(|d| d == after);
        let allowed = between >= CITIZENS_START
            && (between >= REVISION_2007 || between.weekday() != Weekday::Sunday)
            && !all.iter().any(|(d, _)| *d == between);
        if sandwiched && allowed {
            all.push((between, HolidayKind::Citizens));
        }
    }
    all.sort_by_key(|(d, _)| *d);
    all
}

/// Substitute holidays began with the amendment in force on 1973-04-12.
const SUBSTITUTE_START: Date = date(1973, 4, 12);
/// Citizens' holidays began with the amendment in force on 1985-12-27.
const CITIZENS_START: Date = date(1985, 12, 27);
/// The 2007 amendment: substitutes move to the next non-holiday, and citizens' holidays may
/// fall on a Sunday.
const REVISION_2007: Date = date(2007, 1, 1);

/// When a named holiday falls in a year.
#[derive(Clone, Copy)]
enum When {
    Fixed(i8, i8),
    /// The nth Monday of a month.
    Monday(i8, i8),
    VernalEquinox,
    AutumnalEquinox,
}

/// Named holidays: when, and the first and last year that rule applied.
const RULES: &[(When, i16, i16)] = &[
    (When::Fixed(1, 1), 1949, LAST_HOLIDAY_YEAR),
    (When::Fixed(1, 15), 1949, 1999),
    (When::Monday(1, 2), 2000, LAST_HOLIDAY_YEAR),
    (When::Fixed(2, 11), 1967, LAST_HOLIDAY_YEAR),
    (When::Fixed(2, 23), 2020, LAST_HOLIDAY_YEAR),
    (When::VernalEquinox, 1949, LAST_HOLIDAY_YEAR),
    // The Emperor's Birthday until 1988, then Greenery Day, then Showa Day.
    (When::Fixed(4, 29), 1949, LAST_HOLIDAY_YEAR),
    (When::Fixed(5, 3), 1949, LAST_HOLIDAY_YEAR),
    (When::Fixed(5, 4), 2007, LAST_HOLIDAY_YEAR),
    (When::Fixed(5, 5), 1949, LAST_HOLIDAY_YEAR),
    // Marine Day, Sports Day and Mountain Day moved for the Olympics in 2020 and 2021; their
    // days for those years are in `ONE_OFF`.
    (When::Fixed(7, 20), 1996, 2002),
    (When::Monday(7, 3), 2003, 2019),
    (When::Monday(7, 3), 2022, LAST_HOLIDAY_YEAR),
    (When::Fixed(8, 11), 2016, 2019),
    (When::Fixed(8, 11), 2022, LAST_HOLIDAY_YEAR),
    (When::Fixed(9, 15), 1966, 2002),
    (When::Monday(9, 3), 2003, LAST_HOLIDAY_YEAR),
    (When::AutumnalEquinox, 1948, LAST_HOLIDAY_YEAR),
    (When::Fixed(10, 10), 1966, 1999),
    (When::Monday(10, 2), 2000, 2019),
    (When::Monday(10, 2), 2022, LAST_HOLIDAY_YEAR),
    (When::Fixed(11, 3), 1948, LAST_HOLIDAY_YEAR),
    (When::Fixed(11, 23), 1948, LAST_HOLIDAY_YEAR),
    (When::Fixed(12, 23), 1989, 2018),
];

/// Days made holidays by their own laws, each counted as a named holiday.
const ONE_OFF: &[Date] = &[
    date(1959, 4, 10),  // The wedding of Crown Prince Akihito.
    date(1989, 2, 24),  // The funeral of Emperor Showa.
    date(1990, 11, 12), // The enthronement ceremony of Emperor Akihito.
    date(1993, 6, 9),   // The wedding of Crown Prince Naruhito.
    date(2019, 5, 1),   // The accession of Emperor Naruhito.
    date(2019, 10, 22), // His enthronement ceremony.
    date(2020, 7, 23),  // Marine Day, moved for the Olympics.
    date(2020, 7, 24),  // Sports Day, moved.
    date(2020, 8, 10),  // Mountain Day, moved.
    date(2021, 7, 22),  // Marine Day, moved again.
    date(2021, 7, 23),  // Sports Day, moved again.
    date(2021, 8, 8),   // Mountain Day, moved again (a Sunday: 8/9 was its substitute).
];

/// The named holidays of a covered year, sorted.
fn named_holidays(year: i16) -> Vec<Date> {
    let mut days: Vec<Date> = RULES
        .iter()
        .filter(|(_, first, last)| (*first..=*last).contains(&year))
        .filter_map(|(when, _, _)| match *when {
            When::Fixed(month, day) => Date::new(year, month, day).ok(),
            When::Monday(month, nth) => Date::new(year, month, 1).ok()?.nth_weekday_of_month(nth, Weekday::Monday).ok(),
            When::VernalEquinox => Date::new(year, 3, equinox_day(year, false)).ok(),
            When::AutumnalEquinox => Date::new(year, 9, equinox_day(year, true)).ok(),
        })
        .chain(ONE_OFF.iter().copied().filter(|d| d.year() == year))
        .filter(|d| *d >= HOLIDAY_LAW_START)
        .collect();
    days.sort();
    days.dedup();
    days
}

/// The day of the month of the equinox in Japan time, by the approximation in the module
/// notes. Integer arithmetic in millionths keeps it exact; Rust's `/` truncates toward zero
/// like the published `int()`, which matters only for years before 1983.
fn equinox_day(year: i16, autumn: bool) -> i8 {
    let (constant, base) = match (year, autumn) {
        (..=1979, false) => (20_835_700, 1983),
        (..=1979, true) => (23_258_800, 1983),
        (1980..=2099, false) => (20_843_100, 1980),
        (1980..=2099, true) => (23_248_800, 1980),
        (_, false) => (21_851_000, 1980),
        (_, true) => (24_248_800, 1980),
    };
    let y = i64::from(year);
    let day = (constant + 242_194 * (y - 1980)).div_euclid(1_000_000) - (y - base) / 4;
    i8::try_from(day).unwrap_or(21)
}

/// The substitute for a named holiday on a Sunday: the Monday, unless that is itself a named
/// holiday (before 2007: then none), or since 2007 the first later day that is not one.
fn substitute_for(sunday: Date, named: &[Date]) -> Option<Date> {
    let mut day = sunday.tomorrow().ok()?;
    if sunday < REVISION_2007 {
        return (!named.contains(&day)).then_some(day);
    }
    while named.contains(&day) {
        day = day.tomorrow().ok()?;
    }
    Some(day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// `(month, day, kind)` written as N (named), S (substitute) or C (citizens').
    fn check(year: i16, expected: &[(i8, i8, char)]) {
        let got: Vec<(i8, i8, char)> = holidays(year)
            .into_iter()
            .map(|(d, kind)| {
                let letter = match kind {
                    HolidayKind::National => 'N',
                    HolidayKind::Substitute => 'S',
                    HolidayKind::Citizens => 'C',
                };
                (d.month(), d.day(), letter)
            })
            .collect();
        assert_eq!(got, expected, "{year}");
    }

    // The Cabinet Office's list (内閣府「国民の祝日について」) for 2024 to 2027.
    #[test]
    fn cabinet_office_2024_to_2027() {
        check(
            2024,
            &[
                (1, 1, 'N'),
                (1, 8, 'N'),
                (2, 11, 'N'),
                (2, 12, 'S'),
                (2, 23, 'N'),
                (3, 20, 'N'),
                (4, 29, 'N'),
                (5, 3, 'N'),
                (5, 4, 'N'),
                (5, 5, 'N'),
                (5, 6, 'S'),
                (7, 15, 'N'),
                (8, 11, 'N'),
                (8, 12, 'S'),
                (9, 16, 'N'),
                (9, 22, 'N'),
                (9, 23, 'S'),
                (10, 14, 'N'),
                (11, 3, 'N'),
                (11, 4, 'S'),
                (11, 23, 'N'),
            ],
        );
        check(
            2025,
            &[
                (1, 1, 'N'),
                (1, 13, 'N'),
                (2, 11, 'N'),
                (2, 23, 'N'),
                (2, 24, 'S'),
                (3, 20, 'N'),
                (4, 29, 'N'),
                (5, 3, 'N'),
                (5, 4, 'N'),
                (5, 5, 'N'),
                (5, 6, 'S'),
                (7, 21, 'N'),
                (8, 11, 'N'),
                (9, 15, 'N'),
                (9, 23, 'N'),
                (10, 13, 'N'),
                (11, 3, 'N'),
                (11, 23, 'N'),
                (11, 24, 'S'),
            ],
        );
        check(
            2026,
            &[
                (1, 1, 'N'),
                (1, 12, 'N'),
                (2, 11, 'N'),
                (2, 23, 'N'),
                (3, 20, 'N'),
                (4, 29, 'N'),
                (5, 3, 'N'),
                (5, 4, 'N'),
                (5, 5, 'N'),
                (5, 6, 'S'),
                (7, 20, 'N'),
                (8, 11, 'N'),
                (9, 21, 'N'),
                (9, 22, 'C'),
                (9, 23, 'N'),
                (10, 12, 'N'),
                (11, 3, 'N'),
                (11, 23, 'N'),
            ],
        );
        check(
            2027,
            &[
                (1, 1, 'N'),
                (1, 11, 'N'),
                (2, 11, 'N'),
                (2, 23, 'N'),
                (3, 21, 'N'),
                (3, 22, 'S'),
                (4, 29, 'N'),
                (5, 3, 'N'),
                (5, 4, 'N'),
                (5, 5, 'N'),
                (7, 19, 'N'),
                (8, 11, 'N'),
                (9, 20, 'N'),
                (9, 23, 'N'),
                (10, 11, 'N'),
                (11, 3, 'N'),
                (11, 23, 'N'),
            ],
        );
    }

    #[test]
    fn special_years() {
        // 2019: no Emperor's Birthday; ten days off from 4/27 (4/30 and 5/2 between holidays,
        // 5/6 for the Sunday 5/5); the enthronement ceremony on 10/22.
        let y2019: Vec<String> = holidays(2019).iter().map(|(d, _)| d.to_string()).collect();
        for day in ["2019-04-29", "2019-04-30", "2019-05-01", "2019-05-02", "2019-05-06", "2019-10-22"] {
            assert!(y2019.contains(&day.to_owned()), "{day}");
        }
        assert!(!y2019.iter().any(|d| d.ends_with("12-23")));
        assert_eq!(holiday(date(2019, 4, 30)), Some(HolidayKind::Citizens));
        // The Olympic moves.
        for (day, kind) in [
            (date(2020, 7, 23), HolidayKind::National),
            (date(2020, 7, 24), HolidayKind::National),
            (date(2020, 8, 10), HolidayKind::National),
            (date(2021, 7, 22), HolidayKind::National),
            (date(2021, 7, 23), HolidayKind::National),
            (date(2021, 8, 8), HolidayKind::National),
            (date(2021, 8, 9), HolidayKind::Substitute),
        ] {
            assert_eq!(holiday(day), Some(kind), "{day}");
        }
        for day in [date(2020, 7, 20), date(2020, 8, 11), date(2020, 10, 12), date(2021, 10, 11), date(2021, 7, 19)] {
            assert_eq!(holiday(day), None, "{day}");
        }
        // Before 2007 a substitute was only the Monday; 1973-04-30 was the first.
        assert_eq!(holiday(date(1973, 4, 30)), Some(HolidayKind::Substitute));
        assert_eq!(holiday(date(1972, 1, 16)), None);
        // The first citizens' holiday that was not a Sunday or a substitute.
        assert_eq!(holiday(date(1988, 5, 4)), Some(HolidayKind::Citizens));
        assert_eq!(holiday(date(1948, 7, 19)), None);
        assert_eq!(holiday(date(1948, 9, 23)), Some(HolidayKind::National));
    }

    #[test]
    fn equinoxes() {
        // 2012's autumnal equinox day was the 22nd, the first time since 1979's 24th that it
        // was not the 23rd; 1976's vernal one was the 20th.
        assert_eq!(equinox_day(2012, true), 22);
        assert_eq!(equinox_day(1979, true), 24);
        assert_eq!(equinox_day(1976, false), 20);
        for year in 1949..=LAST_HOLIDAY_YEAR {
            assert!((19..=22).contains(&equinox_day(year, false)), "{year}");
            assert!((21..=24).contains(&equinox_day(year, true)), "{year}");
        }
    }

    #[test]
    fn nothing_outside_the_covered_years() {
        assert!(holidays(1947).is_empty());
        assert!(holidays(2200).is_empty());
        assert_eq!(holiday(date(1900, 1, 1)), None);
        assert_eq!(holiday(date(2200, 1, 1)), None);
        assert_eq!(holiday(date(9999, 12, 31)), None);
        assert!(!holidays(2199).is_empty());
    }

    proptest! {
        #[test]
        fn a_sunday_holiday_is_followed_by_its_substitute(year in 2007i16..=LAST_HOLIDAY_YEAR) {
            let all = holidays(year);
            let is = |d: Date, kind: HolidayKind| all.iter().any(|&(x, k)| x == d && k == kind);
            for &(day, kind) in &all {
                if kind == HolidayKind::National && day.weekday() == Weekday::Sunday {
                    let mut next = day.tomorrow().expect("valid");
                    while is(next, HolidayKind::National) {
                        next = next.tomorrow().expect("valid");
                    }
                    prop_assert!(is(next, HolidayKind::Substitute), "{} has no substitute", day);
                }
                if kind == HolidayKind::Substitute {
                    prop_assert!(day.weekday() != Weekday::Sunday);
                }
            }
        }

        #[test]
        fn counts_and_order_are_plausible(year in 1980i16..=LAST_HOLIDAY_YEAR) {
            let all = holidays(year);
            prop_assert!((12..=22).contains(&all.len()), "{} has {} holidays", year, all.len());
            // Fifteen named days or more since Marine Day (1996), sixteen since Mountain Day.
            if year >= 1996 {
                prop_assert!((15..=22).contains(&all.len()), "{} has {} holidays", year, all.len());
            }
            if year >= 2016 {
                prop_assert!((16..=22).contains(&all.len()), "{} has {} holidays", year, all.len());
            }
            prop_assert!(all.windows(2).all(|w| w[0].0 < w[1].0), "sorted, no day twice");
            prop_assert!(all.iter().all(|(d, _)| d.year() == year));
            for &(day, _) in &all {
                prop_assert_eq!(holiday(day).is_some(), true);
            }
        }

        #[test]
        fn citizens_holidays_sit_between_named_ones(year in 1986i16..=LAST_HOLIDAY_YEAR) {
            let all = holidays(year);
            let named = |d: Date| all.iter().any(|&(x, k)| x == d && k == HolidayKind::National);
            for &(day, kind) in &all {
                if kind == HolidayKind::Citizens {
                    prop_assert!(named(day.yesterday().expect("valid")) && named(day.tomorrow().expect("valid")));
                }
            }
        }
    }
}
