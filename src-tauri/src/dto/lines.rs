//! DTOs for "which line do I call?": the problems to pick from, and the lines for one problem,
//! language and moment, with their state now and their next opening in Japan time.

use jiff::civil::DateTime;
use mirai_core::{Day, Language, LineStatus, RoutedLine};
use mirai_pack::content::{DirectoryEntry, Topic};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::DirectoryEntryDto;

/// A problem a worker can pick (`mirai_pack::content::Topic`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum TopicDto {
    /// Danger now: a crime, a fire, an ambulance.
    Emergency,
    /// Illness or injury.
    Health,
    /// Pay.
    Wages,
    /// Hours, days off, dismissal, safety.
    WorkingConditions,
    /// Harassment, violence, discrimination.
    Harassment,
    /// Residence status and visas.
    Immigration,
    /// Debts, contracts, accidents, divorce.
    Legal,
    /// Earthquakes, typhoons, floods.
    Disaster,
}

/// A moment in Japan time (UTC+9 all year).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct JapanTimeDto {
    /// `YYYY-MM-DDTHH:MM:SS+09:00`.
    pub iso: String,
    /// `mon` … `sun`.
    pub weekday: String,
    /// Whether the day is a Japanese public holiday.
    pub holiday: bool,
}

/// Where a line stands now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum LineStatusDto {
    /// Answers now in the chosen language.
    Open,
    /// Answers now, in other languages only.
    OpenOtherLanguages,
    /// Does not answer now.
    Closed,
}

/// One line of the answer.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RoutedLineDto {
    /// The directory entry, in the reader's language.
    pub entry: DirectoryEntryDto,
    /// Open, open in other languages, or closed.
    pub status: LineStatusDto,
    /// Whether it speaks the chosen language at some hours.
    pub speaks_your_language: bool,
    /// When it opens next (in the chosen language when it speaks it); null when it is open in
    /// that language, or opens in none within two weeks.
    pub next_opening: Option<JapanTimeDto>,
    /// The chosen language is spoken on "some of these days" only: check before calling.
    pub some_days_only: bool,
}

/// The answer to "which line do I call?".
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LineRouteDto {
    /// The moment it was worked out for.
    pub now: JapanTimeDto,
    /// The chosen language's code.
    pub language: String,
    /// The lines, the ones to call first first.
    pub lines: Vec<RoutedLineDto>,
}

impl From<TopicDto> for Topic {
    fn from(topic: TopicDto) -> Topic {
        match topic {
            TopicDto::Emergency => Topic::Emergency,
            TopicDto::Health => Topic::Health,
            TopicDto::Wages => Topic::Wages,
            TopicDto::WorkingConditions => Topic::WorkingConditions,
            TopicDto::Harassment => Topic::Harassment,
            TopicDto::Immigration => Topic::Immigration,
            TopicDto::Legal => Topic::Legal,
            TopicDto::Disaster => Topic::Disaster,
        }
    }
}

impl From<DateTime> for JapanTimeDto {
    fn from(at: DateTime) -> JapanTimeDto {
        JapanTimeDto {
            iso: format!(
                "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}+09:00",
                at.year(),
                at.month(),
                at.day(),
                at.hour(),
                at.minute(),
                at.second()
            ),
            weekday: Day::weekday(at.weekday()).code().to_owned(),
            holiday: mirai_core::holiday(at.date()).is_some(),
        }
    }
}

impl LineRouteDto {
    /// The lines of `entries` for `topic`, for a caller speaking `language` at `now` (Japan
    /// time), with their text for a reader of `reader`.
    pub fn new(
        entries: &[DirectoryEntry],
        topic: Option<TopicDto>,
        language: Language,
        reader: Language,
        now: DateTime,
    ) -> LineRouteDto {
        let routed = mirai_pack::content::route_lines(entries, topic.map(Topic::from), language, now);
        LineRouteDto {
            now: now.into(),
            language: language.code().to_owned(),
            lines: routed
                .into_iter()
                .filter_map(|(entry, r)| Some(RoutedLineDto::new(DirectoryEntryDto::new(entry, reader)?, r)))
                .collect(),
        }
    }
}

impl RoutedLineDto {
    fn new(entry: DirectoryEntryDto, routed: RoutedLine) -> RoutedLineDto {
        RoutedLineDto {
            entry,
            status: match routed.status {
                LineStatus::OpenInYourLanguage => LineStatusDto::Open,
                LineStatus::OpenInOtherLanguages => LineStatusDto::OpenOtherLanguages,
                LineStatus::Closed => LineStatusDto::Closed,
            },
            speaks_your_language: routed.speaks_your_language,
            next_opening: routed.next_opening.map(JapanTimeDto::from),
            some_days_only: routed.some_days_only,
        }
    }
}

/// The TypeScript declarations of these DTOs.
pub fn declarations(cfg: &ts_rs::Config) -> Vec<String> {
    vec![
        TopicDto::decl(cfg),
        JapanTimeDto::decl(cfg),
        LineStatusDto::decl(cfg),
        RoutedLineDto::decl(cfg),
        LineRouteDto::decl(cfg),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::datetime;

    #[test]
    fn japan_time_names_its_weekday_and_holidays() {
        let dto = JapanTimeDto::from(datetime(2026, 11, 23, 9, 5, 7, 123));
        assert_eq!(dto, JapanTimeDto { iso: "2026-11-23T09:05:07+09:00".into(), weekday: "mon".into(), holiday: true });
        assert!(!JapanTimeDto::from(datetime(2026, 11, 24, 0, 0, 0, 0)).holiday);
    }

    #[test]
    fn topics_map_one_to_one() {
        let json: Vec<String> = Topic::ALL.iter().map(|t| serde_json::to_string(t).expect("serialises")).collect();
        let back: Vec<TopicDto> = json.iter().map(|j| serde_json::from_str(j).expect("a topic")).collect();
        assert_eq!(back.into_iter().map(Topic::from).collect::<Vec<_>>(), Topic::ALL);
        assert!(serde_json::from_str::<TopicDto>("\"tax\"").is_err());
    }
}
