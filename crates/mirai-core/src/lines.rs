//! "Which line do I call?": given phone lines, the caller's language and the time in Japan,
//! which lines answer now in that language, which answer now in others (Japanese, English, an
//! interpreter), and when the rest open.
//!
//! Some lines keep different hours for some languages (a medical interpreting line that speaks
//! Portuguese only three days a week); and for some languages a source says only "some
//! weekdays". Such hours are kept as the most they could be, marked `some_days_only`, and the
//! router never promises them to anyone but a caller of that language, who is told so.

use jiff::civil::DateTime;

use crate::opening::OpeningHours;

/// A line's hours for the languages it speaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineHours {
    /// When the line answers, for every language without hours of its own.
    pub hours: OpeningHours,
    /// The languages it speaks (ISO 639 codes, as in content packs).
    pub languages: Vec<String>,
    /// Languages with hours of their own.
    pub by_language: Vec<LanguageHours>,
}

/// Hours that apply to some of a line's languages only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageHours {
    /// The languages these hours are for.
    pub languages: Vec<String>,
    /// When they are spoken.
    pub hours: OpeningHours,
    /// The source names the times but says only "some of these days": the hours are the most
    /// the line could answer in these languages.
    pub some_days_only: bool,
}

/// Where a line stands for a caller.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LineStatus {
    /// Answers now, in the caller's language.
    OpenInYourLanguage,
    /// Answers now, but not in the caller's language.
    OpenInOtherLanguages,
    /// Does not answer now in any language.
    Closed,
}

/// One line in the router's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoutedLine {
    /// Its position in the lines given.
    pub index: usize,
    /// Open, open in other languages, or closed.
    pub status: LineStatus,
    /// Whether it speaks the caller's language at all (at some hours).
    pub speaks_your_language: bool,
    /// When it opens next: in the caller's language when it speaks it, else in any. `None`
    /// when it is open in the caller's language, or opens in none within
    /// [`crate::SEARCH_DAYS`] days.
    pub next_opening: Option<DateTime>,
    /// The hours for the caller's language are "some of these days" only (see the module
    /// notes): an "open" may not be, and the caller should check the line's description.
    pub some_days_only: bool,
}

/// Sorts `lines` for a caller speaking `language` (an ISO 639 code) at `now` (Japan time):
/// first those open now in that language, then those open now in other languages, then the
/// closed ones, those speaking the caller's language first, each group by next opening (never
/// last). Within a group the given order is kept, so callers put the most urgent lines first.
pub fn route_lines(lines: &[LineHours], language: &str, now: DateTime) -> Vec<RoutedLine> {
    let mut routed: Vec<RoutedLine> =
        lines.iter().enumerate().map(|(index, line)| route(index, line, language, now)).collect();
    routed.sort_by_key(|r| {
        let closed_key = (r.status == LineStatus::Closed).then_some((
            !r.speaks_your_language,
            r.next_opening.is_none(),
            r.next_opening,
        ));
        (r.status, closed_key)
    });
    routed
}

fn route(index: usize, line: &LineHours, language: &str, now: DateTime) -> RoutedLine {
    let own = |code: &str| line.by_language.iter().find(|h| h.languages.iter().any(|l| l == code));
    let speaks = line.languages.iter().any(|l| l == language);
    let (yours, some_days_only) = match own(language) {
        Some(h) => (&h.hours, h.some_days_only),
        None => (&line.hours, false),
    };
    // Hours that surely apply to somebody: the line's own, if some language has no hours of
    // its own, and every certain language-specific set.
    let general = line.languages.iter().any(|l| own(l).is_none()).then_some(&line.hours);
    let certain: Vec<&OpeningHours> =
        general.into_iter().chain(line.by_language.iter().filter(|h| !h.some_days_only).map(|h| &h.hours)).collect();

    let (status, next_opening) = if speaks && yours.is_open(now) {
        (LineStatus::OpenInYourLanguage, None)
    } else if certain.iter().any(|h| h.is_open(now)) {
        (LineStatus::OpenInOtherLanguages, if speaks { yours.next_opening(now) } else { None })
    } else if speaks {
        (LineStatus::Closed, yours.next_opening(now))
    } else {
        (LineStatus::Closed, certain.iter().filter_map(|h| h.next_opening(now)).min())
    };
    RoutedLine { index, status, speaks_your_language: speaks, next_opening, some_days_only: speaks && some_days_only }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::opening::{ClosedPeriod, Day, OpeningRule, Schedule};
    use jiff::civil::datetime;

    fn hours(days: &[Day], open: u16, close: u16) -> OpeningHours {
        let new_year = ClosedPeriod { from: "12-29".parse().expect("valid"), to: "01-03".parse().expect("valid") };
        OpeningHours::new(
            Schedule::Weekly(vec![OpeningRule::new(days.to_vec(), open * 60, close * 60).expect("valid")]),
            vec![new_year],
        )
        .expect("valid")
    }

    fn line(hours: OpeningHours, languages: &[&str]) -> LineHours {
        LineHours { hours, languages: languages.iter().map(|l| (*l).to_owned()).collect(), by_language: Vec::new() }
    }

    /// A line like the medical interpreting one: most languages every day 9–20, Portuguese
    /// Monday, Wednesday and Friday 9–17, Vietnamese some weekdays 13–17.
    fn medical() -> LineHours {
        use Day::*;
        let mut medical = line(hours(&Day::ALL, 9, 20), &["en", "zh", "pt", "vi"]);
        medical.hours = OpeningHours::new(medical.hours.schedule().clone(), vec![]).expect("valid");
        medical.by_language = vec![
            LanguageHours {
                languages: vec!["pt".into()],
                hours: hours(&[Mon, Wed, Fri], 9, 17),
                some_days_only: false,
            },
            LanguageHours {
                languages: vec!["vi".into()],
                hours: hours(&[Mon, Tue, Wed, Thu, Fri], 13, 17),
                some_days_only: true,
            },
        ];
        medical
    }

    fn check(lines: &[LineHours], language: &str, now: DateTime) -> Vec<(usize, LineStatus, Option<String>, bool)> {
        route_lines(lines, language, now)
            .into_iter()
            .map(|r| (r.index, r.status, r.next_opening.map(|t| t.to_string()), r.some_days_only))
            .collect()
    }

    #[test]
    fn open_in_your_language_then_others_then_closed() {
        use Day::*;
        use LineStatus::*;
        let lines = [
            line(hours(&[Mon, Tue, Wed, Thu, Fri], 9, 17), &["ja", "vi"]),
            line(OpeningHours::always(), &["ja"]),
            line(hours(&[Sat, Sun, Holiday], 9, 21), &["ja"]),
            line(hours(&[Mon, Tue, Wed, Thu, Fri], 9, 17), &["vi", "en"]),
            medical(),
        ];
        // Tuesday 2026-11-24, 10:00: the two weekday lines speak Vietnamese; the medical line
        // speaks it only in the afternoon.
        assert_eq!(
            check(&lines, "vi", datetime(2026, 11, 24, 10, 0, 0, 0)),
            [
                (0, OpenInYourLanguage, None, false),
                (3, OpenInYourLanguage, None, false),
                (1, OpenInOtherLanguages, None, false),
                (4, OpenInOtherLanguages, Some("2026-11-24T13:00:00".into()), true),
                (2, Closed, Some("2026-11-28T09:00:00".into()), false),
            ]
        );
        // Saturday 2026-11-28, 18:00, in Portuguese: only the weekend line and the always line
        // answer; the medical line speaks Portuguese again on Monday.
        assert_eq!(
            check(&lines, "pt", datetime(2026, 11, 28, 18, 0, 0, 0)),
            [
                (1, OpenInOtherLanguages, None, false),
                (2, OpenInOtherLanguages, None, false),
                (4, OpenInOtherLanguages, Some("2026-11-30T09:00:00".into()), false),
                (0, Closed, Some("2026-11-30T09:00:00".into()), false),
                (3, Closed, Some("2026-11-30T09:00:00".into()), false),
            ]
        );
        // New Year's Day, 22:00, in Vietnamese: the lines that speak it come first among the
        // closed ones; the weekend line stays closed until the season ends and a Saturday comes.
        assert_eq!(
            check(&lines, "vi", datetime(2027, 1, 1, 22, 0, 0, 0)),
            [
                (1, OpenInOtherLanguages, None, false),
                (0, Closed, Some("2027-01-04T09:00:00".into()), false),
                (3, Closed, Some("2027-01-04T09:00:00".into()), false),
                (4, Closed, Some("2027-01-04T13:00:00".into()), true),
                (2, Closed, Some("2027-01-09T09:00:00".into()), false),
            ]
        );
    }

    #[test]
    fn a_line_closed_in_every_language_opens_at_its_earliest() {
        use Day::*;
        let mut medical = medical();
        medical.hours = hours(&[Sat], 9, 12);
        // Thursday 2026-11-26, 18:00, for an English speaker: nothing in Vietnamese counts
        // (some days only); Portuguese opens Friday 09:00, before Saturday's general hours.
        let routed = route_lines(&[medical], "es", datetime(2026, 11, 26, 18, 0, 0, 0));
        assert_eq!(routed[0].status, LineStatus::Closed);
        assert!(!routed[0].speaks_your_language);
        assert_eq!(routed[0].next_opening, Some(datetime(2026, 11, 27, 9, 0, 0, 0)));
        assert!(route_lines(&[], "en", datetime(2026, 11, 26, 18, 0, 0, 0)).is_empty());
    }
}
