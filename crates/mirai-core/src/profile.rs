use crate::{CountryCode, Date, Language};

/// What the app knows about its user. Every field is optional: a worker may use the portal
/// without telling the app anything, and the self-check schedule simply waits for a date.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Profile {
    /// The language of the app's own screens; `None` until the first-start picker is used.
    pub ui_language: Option<Language>,
    /// The country the user comes from, which decides sending-country content later.
    pub home_country: Option<CountryCode>,
    /// Where the user is on the way to and in Japan.
    pub journey: Journey,
}

/// Where the user is: a trainee still preparing at home, or a worker already in Japan. The
/// date anchors schedules (the first self-check about three months after arrival).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Journey {
    /// The user has not said.
    #[default]
    NotSet,
    /// Preparing to leave for Japan, with the planned departure day when known.
    Preparing {
        /// Planned day of departure.
        departure: Option<Date>,
    },
    /// Living in Japan, with the day of arrival when known.
    InJapan {
        /// Day of arrival in Japan.
        arrival: Option<Date>,
    },
}

/// A reason a profile cannot be saved as given; each names the field the user must fix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProfileIssue {
    /// The arrival day is after today: the user is probably still preparing.
    ArrivalInFuture,
    /// The planned departure day has passed: the user has probably arrived already.
    DepartureInPast,
}

impl ProfileIssue {
    /// A stable code for IPC and message lookup.
    pub fn code(self) -> &'static str {
        match self {
            ProfileIssue::ArrivalInFuture => "arrival-in-future",
            ProfileIssue::DepartureInPast => "departure-in-past",
        }
    }
}

impl Profile {
    /// Checks the profile against `today` (the caller's local date). One day of slack on each
    /// side absorbs time zones between the phone and Japan.
    pub fn validate(&self, today: Date) -> Result<(), Vec<ProfileIssue>> {
        let mut issues = Vec::new();
        match self.journey {
            Journey::InJapan { arrival: Some(arrival) } if arrival > today.plus_days(1) => {
                issues.push(ProfileIssue::ArrivalInFuture);
            }
            Journey::Preparing { departure: Some(departure) } if departure < today.plus_days(-1) => {
                issues.push(ProfileIssue::DepartureInPast);
            }
            _ => {}
        }
        if issues.is_empty() { Ok(()) } else { Err(issues) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(text: &str) -> Date {
        text.parse().expect("test date")
    }

    #[test]
    fn empty_profile_is_valid() {
        assert_eq!(Profile::default().validate(day("2026-11-23")), Ok(()));
    }

    #[test]
    fn dates_on_the_wrong_side_of_today_are_refused() {
        let today = day("2026-11-23");
        let arriving = Profile { journey: Journey::InJapan { arrival: Some(day("2026-12-24")) }, ..Profile::default() };
        assert_eq!(arriving.validate(today), Err(vec![ProfileIssue::ArrivalInFuture]));
        let leaving =
            Profile { journey: Journey::Preparing { departure: Some(day("2026-01-10")) }, ..Profile::default() };
        assert_eq!(leaving.validate(today), Err(vec![ProfileIssue::DepartureInPast]));
    }

    #[test]
    fn one_day_of_slack_for_time_zones() {
        let today = day("2026-11-23");
        let arrived_tomorrow =
            Profile { journey: Journey::InJapan { arrival: Some(day("2026-11-24")) }, ..Profile::default() };
        assert_eq!(arrived_tomorrow.validate(today), Ok(()));
        let left_yesterday =
            Profile { journey: Journey::Preparing { departure: Some(day("2026-11-22")) }, ..Profile::default() };
        assert_eq!(left_yesterday.validate(today), Ok(()));
    }

    proptest! {
        #[test]
        fn validity_depends_only_on_the_date_side(offset in -20_000i32..20_000) {
            let today = day("2026-11-23");
            let date = today.plus_days(offset);
            let in_japan = Profile { journey: Journey::InJapan { arrival: Some(date) }, ..Profile::default() };
            prop_assert_eq!(in_japan.validate(today).is_ok(), offset <= 1);
            let preparing = Profile { journey: Journey::Preparing { departure: Some(date) }, ..Profile::default() };
            prop_assert_eq!(preparing.validate(today).is_ok(), offset >= -1);
        }
    }
}
