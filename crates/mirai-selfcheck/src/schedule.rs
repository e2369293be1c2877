//! When the next self-check is due. The seeds' system asks first about three months after
//! arrival (how the worker was recruited and received), then periodically about working
//! conditions; here "periodically" is every six months after the last check finished, so a
//! late check moves the next one rather than asking twice in a row.

use mirai_core::Date;

/// Which questions a check asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Phase {
    /// About three months after arrival: recruitment, fees, documents, the contract.
    Arrival,
    /// Every six months after that: pay, hours, leave, safety, treatment.
    Periodic,
}

impl Phase {
    /// The name kept in the store and sent to the UI (as in packs).
    pub fn name(self) -> &'static str {
        match self {
            Phase::Arrival => "arrival",
            Phase::Periodic => "periodic",
        }
    }

    /// The phase with this name.
    pub fn from_name(name: &str) -> Option<Phase> {
        [Phase::Arrival, Phase::Periodic].into_iter().find(|phase| phase.name() == name)
    }
}

/// Months from arrival to the first check.
pub const FIRST_AFTER_MONTHS: i32 = 3;
/// Months between checks after that.
pub const EVERY_MONTHS: i32 = 6;

/// The next check: which phase, and from when it is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NextCheck {
    /// The questions it asks.
    pub phase: Phase,
    /// The first day it is due.
    pub due: Date,
}

impl NextCheck {
    /// The next check for a worker who arrived on `arrival` and last finished a check on
    /// `last` (`None` before the first).
    pub fn after(arrival: Date, last: Option<Date>) -> NextCheck {
        match last {
            None => NextCheck { phase: Phase::Arrival, due: arrival.plus_months(FIRST_AFTER_MONTHS) },
            Some(done) => NextCheck { phase: Phase::Periodic, due: done.plus_months(EVERY_MONTHS) },
        }
    }

    /// Whether it is due on `today` (a reminder shows from then on until it is done).
    pub fn is_due(&self, today: Date) -> bool {
        today >= self.due
    }

    /// Whether to notify the worker about it now: only if they turned reminders on, only once
    /// it is due, and once per due day (`reminded_for` is the due day last notified about).
    pub fn should_notify(&self, today: Date, reminders_on: bool, reminded_for: Option<Date>) -> bool {
        reminders_on && self.is_due(today) && reminded_for != Some(self.due)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(text: &str) -> Date {
        text.parse().expect("date")
    }

    #[test]
    fn names_are_those_of_packs() {
        for phase in [Phase::Arrival, Phase::Periodic] {
            assert_eq!(Phase::from_name(phase.name()), Some(phase));
            assert_eq!(serde_json::to_string(&phase).ok(), Some(format!("\"{}\"", phase.name())));
        }
        assert_eq!(Phase::from_name("weekly"), None);
    }

    #[test]
    fn a_due_check_is_notified_once_and_only_when_the_worker_asked_for_it() {
        let next = NextCheck::after(day("2026-04-01"), None);
        assert!(!next.should_notify(day("2026-07-01"), false, None), "off unless turned on");
        assert!(!next.should_notify(day("2026-06-30"), true, None), "not before it is due");
        assert!(next.should_notify(day("2026-07-01"), true, None));
        assert!(next.should_notify(day("2026-07-09"), true, Some(day("2026-01-01"))), "an older reminder");
        assert!(!next.should_notify(day("2026-07-09"), true, Some(day("2026-07-01"))), "once per due day");
    }

    #[test]
    fn first_three_months_after_arrival_then_every_six() {
        let first = NextCheck::after(day("2026-04-01"), None);
        assert_eq!(first, NextCheck { phase: Phase::Arrival, due: day("2026-07-01") });
        assert!(!first.is_due(day("2026-06-30")));
        assert!(first.is_due(day("2026-07-01")));
        // Done late, on 20 August: the next is six months after that, not after 1 July.
        let next = NextCheck::after(day("2026-04-01"), Some(day("2026-08-20")));
        assert_eq!(next, NextCheck { phase: Phase::Periodic, due: day("2027-02-20") });
        // Arrived on 30 November: the first check is due on the last day of February.
        assert_eq!(NextCheck::after(day("2027-11-30"), None).due, day("2028-02-29"));
    }

    proptest! {
        #[test]
        fn a_check_is_never_due_before_the_day_it_counts_from_and_stays_due(
            arrival in 0i32..80_000, last in prop::option::of(0i32..80_000), later in 0i32..4_000,
        ) {
            let arrival = Date::MIN.plus_days(arrival);
            let last = last.map(|d| Date::MIN.plus_days(d));
            let next = NextCheck::after(arrival, last);
            let from = last.unwrap_or(arrival);
            prop_assert!(next.due >= from);
            prop_assert!(from == Date::MAX || !next.is_due(from) || next.due == from);
            if next.is_due(next.due) {
                prop_assert!(next.is_due(next.due.plus_days(later)));
            }
        }
    }
}
