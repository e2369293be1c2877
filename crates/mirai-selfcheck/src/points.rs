//! The points ledger's rules (the seeds' point-granting system): points reward finishing a
//! self-check and reading the article of the week, and have no money value.

use mirai_core::Date;

/// Points for finishing a self-check.
pub const POINTS_FOR_A_CHECK: u32 = 10;

/// Points for reading the article of the week to the end, once a week.
pub const POINTS_FOR_THE_WEEKLY_ARTICLE: u32 = 5;

/// How far down an article counts as read (the last lines are often sources and dates).
pub const READ_TO_THE_END: f64 = 0.9;

/// The Monday of the week `day` falls in: the key that lets the weekly points be earned once.
pub fn week_of(day: Date) -> Date {
    // Date::MIN, 1900-01-01, was a Monday.
    let weeks = Date::MIN.days_until(day).div_euclid(7);
    Date::MIN.plus_days(i32::try_from(weeks * 7).unwrap_or(i32::MAX))
}

/// The article of the week among `ids`: the same for everyone in a week, another one the next
/// week, going through every article before one comes back. The order of `ids` does not matter.
pub fn article_of_the_week(ids: &[String], day: Date) -> Option<&str> {
    let mut sorted: Vec<&str> = ids.iter().map(String::as_str).collect();
    sorted.sort_unstable();
    sorted.dedup();
    let weeks = usize::try_from(Date::MIN.days_until(day).div_euclid(7)).unwrap_or(0);
    sorted.get(weeks.checked_rem(sorted.len())?).copied()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn day(text: &str) -> Date {
        text.parse().expect("date")
    }

    #[test]
    fn a_week_runs_from_monday_to_sunday() {
        // 2026-12-07 is a Monday.
        assert_eq!(week_of(day("2026-12-07")), day("2026-12-07"));
        assert_eq!(week_of(day("2026-12-13")), day("2026-12-07"));
        assert_eq!(week_of(day("2026-12-14")), day("2026-12-14"));
        assert_eq!(week_of(day("2026-12-06")), day("2026-11-30"));
    }

    #[test]
    fn no_articles_means_no_article_of_the_week() {
        assert_eq!(article_of_the_week(&[], day("2026-12-07")), None);
    }

    proptest! {
        #[test]
        fn every_article_comes_once_before_any_comes_back(count in 1usize..40, start in 0i32..20_000) {
            let ids: Vec<String> = (0..count).map(|i| format!("article-{i:02}")).collect();
            let first = Date::MIN.plus_days(start);
            let picked: std::collections::BTreeSet<&str> =
                (0..count).map(|w| article_of_the_week(&ids, first.plus_days(7 * w as i32)).expect("some")).collect();
            prop_assert_eq!(picked.len(), count);
            let mut shuffled = ids.clone();
            shuffled.reverse();
            prop_assert_eq!(article_of_the_week(&shuffled, first), article_of_the_week(&ids, first));
            let monday = week_of(first);
            for d in 0..7 {
                prop_assert_eq!(article_of_the_week(&ids, monday.plus_days(d)), article_of_the_week(&ids, monday));
            }
        }
    }
}
