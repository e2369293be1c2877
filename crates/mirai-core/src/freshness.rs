use crate::Date;

/// After how many days content is called old. Legal guidance and phone numbers change; an old
/// pack still works (the phone's clock may be wrong, and guidance must never vanish), but the
/// app says it is old and suggests an update.
pub const STALE_AFTER_DAYS: i64 = 180;

/// Whether content built on `created` is old on `today`.
pub fn is_stale(created: Date, today: Date) -> bool {
    created.days_until(today) > STALE_AFTER_DAYS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stale_after_180_days_and_never_when_the_clock_is_behind() {
        let built: Date = "2026-01-01".parse().expect("date");
        assert!(!is_stale(built, built.plus_days(180)));
        assert!(is_stale(built, built.plus_days(181)));
        assert!(!is_stale(built, built.plus_days(-400)), "a clock set in the past is not an error");
    }
}
