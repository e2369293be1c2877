use mirai_core::{Date, Language};
use serde::{Deserialize, Serialize};

use super::article::Source;
use super::text::{Translations, check_id, check_text, check_url};

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

/// Opening hours in Japan time.
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

const DAYS: [&str; 8] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun", "holiday"];

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
        if let Hours::Weekly(rules) = &self.hours {
            if rules.is_empty() {
                return Err("weekly hours need at least one rule".into());
            }
            for rule in rules {
                if rule.days.is_empty() || !rule.days.iter().all(|d| DAYS.contains(&d.as_str())) {
                    return Err("bad opening days".into());
                }
                let (open, close) = (minutes(&rule.open)?, minutes(&rule.close)?);
                if open >= close {
                    return Err("opening time must be before closing time".into());
                }
            }
        }
        check_text("source title", &self.source.title, 300)?;
        check_url(&self.source.url)?;
        self.reviewed.parse::<Date>().map_err(|_| "bad reviewed date".to_owned())?;
        Ok(())
    }
}

/// Minutes after midnight of an `HH:MM` time; `24:00` is allowed as a closing time.
fn minutes(text: &str) -> Result<u32, String> {
    let bad = || format!("bad time {text:?}");
    let (h, m) = text.split_once(':').ok_or_else(bad)?;
    if h.len() != 2 || m.len() != 2 {
        return Err(bad());
    }
    let (h, m): (u32, u32) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
    if m >= 60 || h > 24 || (h == 24 && m != 0) {
        return Err(bad());
    }
    Ok(h * 60 + m)
}
