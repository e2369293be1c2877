use jiff::civil::DateTime;
use mirai_core::{
    ClosedPeriod, Date, Day, Language, LanguageHours, LineHours, MonthDay, OpeningHours, OpeningRule, RoutedLine,
    Schedule,
};
use serde::{Deserialize, Serialize};

use super::article::Source;
use super::text::{Translations, check_id, check_text, check_url};
use crate::{Known, Limits, PackError, TrustAnchor, verify_bytes};

/// A phone line or a support organisation: what it helps with, in which languages, when it is
/// open, what it costs, and where that was read. Never invented: every entry names its source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DirectoryEntry {
    /// Stable id, equal to the file name.
    pub id: String,
    /// What sort of entry it is.
    pub kind: DirectoryKind,
    /// The number to dial, as written in Japan (`110`, `0570-078377`).
    pub phone: String,
    /// The organisation's name in each language.
    pub name: Translations<String>,
    /// What it helps with, in each language.
    pub description: Translations<String>,
    /// Languages spoken on the line (ISO 639-1 codes; may include languages the app does not
    /// have, such as `ne` or `km`).
    pub languages: Vec<String>,
    /// When it answers.
    pub hours: Hours,
    /// Seasons when it does not answer at all, such as the New Year break (none if absent).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub closed: Vec<ClosedSeason>,
    /// Languages answered at other hours than `hours` (none if absent): each language listed
    /// here must be in `languages`, and in one group only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub language_hours: Vec<LanguageTimes>,
    /// The problems it helps with, for "which line do I call?" (none if absent: the line is
    /// then listed only when no problem is chosen).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<Topic>,
    /// Whether calling is free.
    pub free: bool,
    /// Where these facts were read.
    pub source: Source,
    /// The day a person last checked them (`YYYY-MM-DD`).
    pub reviewed: String,
}

/// The kinds of directory entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DirectoryKind {
    /// Police, fire and ambulance.
    Emergency,
    /// A national consultation line.
    Hotline,
    /// A local support organisation.
    Support,
}

/// The problems a line helps with: the buttons of "which line do I call?". Few on purpose, so
/// a worker under stress picks one in a tap; each line may list several.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Topic {
    /// Danger now: a crime, a fire, an ambulance.
    Emergency,
    /// Illness or injury, seeing a doctor, a hospital that understands you.
    Health,
    /// Pay: unpaid wages or overtime, deductions, the minimum wage.
    Wages,
    /// Working hours, days off, dismissal, safety at work.
    WorkingConditions,
    /// Harassment, violence, discrimination or unfair treatment.
    Harassment,
    /// Residence status, visas, the residence card.
    Immigration,
    /// Legal trouble: debts, contracts, accidents, divorce.
    Legal,
    /// Earthquakes, typhoons, floods: what to do and where to go.
    Disaster,
}

impl Topic {
    /// Every topic, in the order the router shows them.
    pub const ALL: [Topic; 8] = [
        Topic::Emergency,
        Topic::Health,
        Topic::Wages,
        Topic::WorkingConditions,
        Topic::Harassment,
        Topic::Immigration,
        Topic::Legal,
        Topic::Disaster,
    ];
}

/// A season when a line is closed, `from` and `to` included, as `MM-DD`; `12-29` to `01-03`
/// crosses the new year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClosedSeason {
    /// The first day closed.
    pub from: String,
    /// The last day closed.
    pub to: String,
}

/// Hours for some of a line's languages, when they differ from the line's own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageTimes {
    /// The languages (ISO 639 codes, each also in the entry's `languages`).
    pub languages: Vec<String>,
    /// When they are spoken.
    pub hours: Hours,
    /// Seasons when they are not (none if absent).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub closed: Vec<ClosedSeason>,
    /// The source gives these times but says only "some of these days": the app then never
    /// promises the line is open and tells the caller to check.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub some_days_only: bool,
}

/// Opening hours in Japan time. On a public holiday only rules listing `holiday` apply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Hours {
    /// Day and night, every day.
    Always,
    /// On the listed days, between the listed times.
    Weekly(Vec<OpeningTimes>),
}

/// One opening rule: these days, from this time to that time (`HH:MM`, 24-hour clock).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OpeningTimes {
    /// `mon` … `sun`, and `holiday` for Japanese public holidays.
    pub days: Vec<String>,
    /// Opening time.
    pub open: String,
    /// Closing time.
    pub close: String,
}

impl DirectoryEntry {
    pub(crate) fn check(&self, stem: Option<&str>, languages: &[Language]) -> Result<(), String> {
        check_id(&self.id, stem)?;
        let digits = self.phone.bytes().filter(u8::is_ascii_digit).count();
        if !(3..=15).contains(&digits) || !self.phone.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
            return Err(format!("bad phone number {:?}", self.phone));
        }
        self.name.check("name", languages)?;
        self.description.check("description", languages)?;
        for text in self.name.0.values() {
            check_text("name", text, 160)?;
        }
        for text in self.description.0.values() {
            check_text("description", text, 600)?;
        }
        if self.languages.is_empty()
            || !self.languages.iter().all(|l| (2..=3).contains(&l.len()) && l.bytes().all(|b| b.is_ascii_lowercase()))
        {
            return Err("languages must be ISO 639 codes".into());
        }
        self.line_hours()?;
        let mut topics = self.topics.clone();
        topics.sort();
        topics.dedup();
        if topics.len() != self.topics.len() {
            return Err("a topic is listed twice".into());
        }
        check_text("source title", &self.source.title, 300)?;
        check_url(&self.source.url)?;
        self.reviewed.parse::<Date>().map_err(|_| "bad reviewed date".to_owned())?;
        Ok(())
    }

    /// Whether the line helps with `topic`; with no topic chosen, every line does.
    pub fn covers(&self, topic: Option<Topic>) -> bool {
        topic.is_none_or(|t| self.topics.contains(&t))
    }

    /// The entry's hours as the router reads them. Every check of the hours is here, so an
    /// entry that passed [`validate`](super::validate) always converts.
    pub fn line_hours(&self) -> Result<LineHours, String> {
        let mut seen = Vec::new();
        let mut by_language = Vec::new();
        for group in &self.language_hours {
            if group.languages.is_empty() {
                return Err("language hours need at least one language".into());
            }
            for code in &group.languages {
                if !self.languages.contains(code) {
                    return Err(format!("language hours for {code:?}, which the line does not speak"));
                }
                if seen.contains(code) {
                    return Err(format!("two sets of hours for {code:?}"));
                }
                seen.push(code.clone());
            }
            by_language.push(LanguageHours {
                languages: group.languages.clone(),
                hours: opening_hours(&group.hours, &group.closed)?,
                some_days_only: group.some_days_only,
            });
        }
        Ok(LineHours {
            hours: opening_hours(&self.hours, &self.closed)?,
            languages: self.languages.clone(),
            by_language,
        })
    }
}

fn opening_hours(hours: &Hours, closed: &[ClosedSeason]) -> Result<OpeningHours, String> {
    let schedule = match hours {
        Hours::Always => Schedule::Always,
        Hours::Weekly(rules) => Schedule::Weekly(
            rules
                .iter()
                .map(|rule| {
                    let days = rule.days.iter().map(|d| d.parse::<Day>()).collect::<Result<Vec<_>, _>>();
                    let days = days.map_err(|_| "bad opening days".to_owned())?;
                    let (open, close) = (minutes(&rule.open)?, minutes(&rule.close)?);
                    OpeningRule::new(days, open, close).map_err(|e| e.to_string())
                })
                .collect::<Result<_, String>>()?,
        ),
    };
    let closed = closed
        .iter()
        .map(|season| {
            let day = |text: &str| text.parse::<MonthDay>().map_err(|_| format!("bad closed day {text:?}"));
            Ok(ClosedPeriod { from: day(&season.from)?, to: day(&season.to)? })
        })
        .collect::<Result<Vec<_>, String>>()?;
    if closed.len() > 12 {
        return Err("more than 12 closed seasons".into());
    }
    if matches!(hours, Hours::Weekly(rules) if rules.len() > 21) {
        return Err("more than 21 opening rules".into());
    }
    OpeningHours::new(schedule, closed).map_err(|e| e.to_string())
}

/// "Which line do I call?": the entries that help with `topic` (every entry when `None`), in
/// the order of [`mirai_core::route_lines`] for a caller speaking `language` at `now` (Japan
/// time), emergency numbers first within each group of that order.
pub fn route_lines(
    entries: &[DirectoryEntry],
    topic: Option<Topic>,
    language: Language,
    now: DateTime,
) -> Vec<(&DirectoryEntry, RoutedLine)> {
    let mut chosen: Vec<&DirectoryEntry> = entries.iter().filter(|e| e.covers(topic)).collect();
    chosen.sort_by_key(|e| e.kind != DirectoryKind::Emergency);
    let (chosen, hours): (Vec<&DirectoryEntry>, Vec<LineHours>) =
        chosen.into_iter().filter_map(|e| Some((e, e.line_hours().ok()?))).unzip();
    mirai_core::route_lines(&hours, language.code(), now).into_iter().map(|r| (chosen[r.index], r)).collect()
}

/// The emergency numbers of a pack, read only after the whole pack is verified, in dialling
/// order (110 before 119). The emergency card reads them from the pack built into the app, so
/// it works before the store is unlocked and shows only numbers that a signed pack vouches for.
pub fn emergency_entries(
    pack: &[u8],
    anchor: &TrustAnchor,
    limits: &Limits,
    app_version: &semver::Version,
) -> Result<Vec<DirectoryEntry>, PackError> {
    let (_, files) = verify_bytes(pack, anchor, Known::default(), limits, app_version)?;
    let mut entries = Vec::new();
    for file in files.iter().filter(|f| f.path.top() == "directory") {
        let entry: DirectoryEntry = serde_json::from_slice(&file.bytes)
            .map_err(|e| PackError::ContentInvalid { path: file.path.to_string(), why: e.to_string() })?;
        if entry.kind == DirectoryKind::Emergency {
            entries.push(entry);
        }
    }
    entries.sort_by(|a, b| a.phone.cmp(&b.phone));
    Ok(entries)
}

/// Minutes after midnight of an `HH:MM` time; `24:00` is allowed as a closing time.
fn minutes(text: &str) -> Result<u16, String> {
    let bad = || format!("bad time {text:?}");
    let (h, m) = text.split_once(':').ok_or_else(bad)?;
    if h.len() != 2 || m.len() != 2 {
        return Err(bad());
    }
    if !h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let (h, m): (u16, u16) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
    if m >= 60 || h > 24 || (h == 24 && m != 0) {
        return Err(bad());
    }
    Ok(h * 60 + m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::datetime;
    use proptest::prelude::*;

    /// An entry in English only, as JSON, with `extra` fields added at the end.
    fn entry_json(hours: &str, extra: &str) -> String {
        format!(
            r#"{{"id":"line","kind":"hotline","phone":"0120-811-610","name":{{"en":"Line"}},
            "description":{{"en":"Helps."}},"languages":["ja","en","pt"],"hours":{hours},"free":true,
            "source":{{"title":"Ministry","url":"https://www.mhlw.go.jp/"}},"reviewed":"2026-11-23"{extra}}}"#
        )
    }

    const WEEKDAYS: &str = r#"{"weekly":[{"days":["mon","tue","wed","thu","fri"],"open":"17:00","close":"22:00"},
        {"days":["sat","sun","holiday"],"open":"09:00","close":"21:00"}]}"#;

    fn check(json: &str) -> Result<DirectoryEntry, String> {
        let entry: DirectoryEntry = serde_json::from_str(json).map_err(|e| e.to_string())?;
        entry.check(Some("line"), &[Language::En])?;
        Ok(entry)
    }

    #[test]
    fn entries_without_the_new_fields_still_read() {
        let entry = check(&entry_json(WEEKDAYS, "")).expect("an old entry");
        assert!(entry.topics.is_empty() && entry.closed.is_empty() && entry.language_hours.is_empty());
        assert!(entry.covers(None) && !entry.covers(Some(Topic::Wages)));
        // Serialising leaves the absent fields out, so old files stay byte-for-byte the same.
        let json = serde_json::to_string(&entry).expect("serialises");
        assert!(!json.contains("topics") && !json.contains("closed") && !json.contains("language_hours"));
    }

    #[test]
    fn topics_seasons_and_language_hours() {
        let extra = r#","closed":[{"from":"12-29","to":"01-03"}],"topics":["wages","working-conditions"],
            "language_hours":[{"languages":["pt"],"hours":{"weekly":[{"days":["mon","wed","fri"],"open":"09:00","close":"17:00"}]},
            "some_days_only":true}]"#;
        let entry = check(&entry_json(WEEKDAYS, extra)).expect("valid");
        assert_eq!(entry.topics, [Topic::Wages, Topic::WorkingConditions]);
        assert!(entry.covers(Some(Topic::Wages)) && !entry.covers(Some(Topic::Health)));
        let line = entry.line_hours().expect("converts");
        // Monday 2026-12-28 at 18:00 it answers; New Year's Eve it does not.
        assert!(line.hours.is_open(datetime(2026, 12, 28, 18, 0, 0, 0)));
        assert!(!line.hours.is_open(datetime(2026, 12, 31, 18, 0, 0, 0)));
        assert_eq!(line.by_language.len(), 1);
        assert!(line.by_language[0].some_days_only);
        assert!(line.by_language[0].hours.is_open(datetime(2026, 12, 30, 10, 0, 0, 0)), "no season of its own");
        let again: DirectoryEntry =
            serde_json::from_str(&serde_json::to_string(&entry).expect("valid")).expect("valid");
        assert_eq!(again, entry);
    }

    #[test]
    fn bad_hours_topics_and_seasons_are_refused() {
        let refused = |hours: &str, extra: &str| check(&entry_json(hours, extra)).expect_err("refused");
        assert!(refused(WEEKDAYS, r#","topics":["wages","wages"]"#).contains("twice"));
        assert!(refused(WEEKDAYS, r#","topics":["tax"]"#).contains("unknown variant"));
        assert!(refused(WEEKDAYS, r#","closed":[{"from":"12-32","to":"01-03"}]"#).contains("closed day"));
        assert!(
            refused(WEEKDAYS, r#","closed":[{"from":"12-29","to":"01-03","why":"new year"}]"#)
                .contains("unknown field")
        );
        let pt = r#"{"weekly":[{"days":["mon"],"open":"09:00","close":"17:00"}]}"#;
        assert!(
            refused(WEEKDAYS, &format!(r#","language_hours":[{{"languages":["vi"],"hours":{pt}}}]"#))
                .contains("does not speak")
        );
        assert!(
            refused(
                WEEKDAYS,
                &format!(
                    r#","language_hours":[{{"languages":["pt"],"hours":{pt}}},{{"languages":["pt"],"hours":"always"}}]"#
                )
            )
            .contains("two sets")
        );
        assert!(
            refused(WEEKDAYS, &format!(r#","language_hours":[{{"languages":[],"hours":{pt}}}]"#))
                .contains("at least one")
        );
        for hours in [
            r#"{"weekly":[]}"#,
            r#"{"weekly":[{"days":[],"open":"09:00","close":"17:00"}]}"#,
            r#"{"weekly":[{"days":["mon","mon"],"open":"09:00","close":"17:00"}]}"#,
            r#"{"weekly":[{"days":["Mon"],"open":"09:00","close":"17:00"}]}"#,
            r#"{"weekly":[{"days":["mon"],"open":"17:00","close":"09:00"}]}"#,
            r#"{"weekly":[{"days":["mon"],"open":"09:00","close":"24:01"}]}"#,
            r#"{"weekly":[{"days":["mon"],"open":"+9:00","close":"17:00"}]}"#,
        ] {
            refused(hours, "");
        }
        check(&entry_json(r#"{"weekly":[{"days":["mon"],"open":"20:00","close":"24:00"}]}"#, ""))
            .expect("24:00 closes");
    }

    proptest! {
        #[test]
        fn checking_any_hours_never_panics(
            days in proptest::collection::vec("(mon|tue|sun|holiday|xyz|)", 0..4),
            open in "[0-9:+ ]{0,6}",
            close in "[0-9:+ ]{0,6}",
            from in "[0-9-]{0,6}",
            to in "[0-9-]{0,6}",
        ) {
            let hours = serde_json::json!({"weekly": [{"days": days, "open": open, "close": close}]});
            let extra = format!(r#","closed":[{{"from":{},"to":{}}}]"#, serde_json::json!(from), serde_json::json!(to));
            let _ = check(&entry_json(&hours.to_string(), &extra));
        }

        #[test]
        fn valid_entries_round_trip_and_convert(
            days in proptest::sample::subsequence(vec!["mon", "tue", "wed", "thu", "fri", "sat", "sun", "holiday"], 1..=8),
            open in 0u16..1440,
            length in 1u16..=1440,
            topics in proptest::sample::subsequence(Topic::ALL.to_vec(), 0..=8),
            season in proptest::option::of((1i8..=12, 1i8..=28, 1i8..=12, 1i8..=28)),
        ) {
            let close = (open + length).min(1440);
            prop_assume!(open < close);
            let time = |m: u16| format!("{:02}:{:02}", m / 60, m % 60);
            let hours = serde_json::json!({"weekly": [{"days": days, "open": time(open), "close": time(close)}]});
            let mut extra = format!(r#","topics":{}"#, serde_json::to_string(&topics).expect("valid"));
            if let Some((m1, d1, m2, d2)) = season {
                extra += &format!(r#","closed":[{{"from":"{m1:02}-{d1:02}","to":"{m2:02}-{d2:02}"}}]"#);
            }
            let entry = check(&entry_json(&hours.to_string(), &extra)).expect("valid by construction");
            prop_assert!(entry.line_hours().is_ok());
            let again: DirectoryEntry = serde_json::from_str(&serde_json::to_string(&entry).expect("valid")).expect("valid");
            prop_assert_eq!(again, entry);
        }
    }
}
