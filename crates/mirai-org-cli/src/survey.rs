//! From what the organisation holds to what `mirai-aggregate` reads: the questionnaire's
//! choice questions as report items, the employer register (each employer with its pre-agreed
//! segment, such as sector and region), and the opened submissions that name a registered
//! employer.

use std::collections::BTreeMap;

use mirai_aggregate::{Item, ItemKind as ReportKind, Labels, Submission as Row, Survey};
use mirai_core::{Date, Language};
use mirai_i18n::Localizer;
use mirai_pack::content::{ItemKind, Questionnaire, Translations, YES_NO};
use mirai_selfcheck::{Answer, ItemShape, Submission};

/// Why the employer register was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SurveyError {
    /// A line that is not `employer,segment`.
    #[error("line {0}: expected `employer,segment`")]
    Line(usize),
    /// An employer listed twice.
    #[error("line {line}: {employer:?} is listed twice")]
    Twice {
        /// Where.
        line: usize,
        /// Who.
        employer: String,
    },
}

/// The report items of `questionnaire`: every yes-no and choice question, each treated as
/// sensitive (every question of the self-check is about possible abuse). Numbers and dates are
/// left out: they would need bands agreed beforehand.
pub fn survey_of(questionnaire: &Questionnaire, employers: BTreeMap<String, String>) -> Survey {
    let items = questionnaire
        .items
        .iter()
        .filter_map(|item| {
            // The values are those expressions check answers against, yes-no's included.
            let (kind, values) = match item.shape() {
                ItemShape::Choice(values) => (ReportKind::Single, values),
                ItemShape::Choices(values) => (ReportKind::Multiple, values),
                ItemShape::Number | ItemShape::Date => return None,
            };
            Some(Item { id: item.id.clone(), kind, values, sensitive: true })
        })
        .collect();
    Survey { items, employers }
}

/// Reads the employer register: one `employer,segment` a line; blank lines and lines starting
/// with `#` are skipped.
pub fn read_employers(text: &str) -> Result<BTreeMap<String, String>, SurveyError> {
    let mut employers = BTreeMap::new();
    for (n, line) in text.lines().enumerate().map(|(n, l)| (n + 1, l.trim())) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (employer, segment) = line.rsplit_once(',').ok_or(SurveyError::Line(n))?;
        let (employer, segment) = (employer.trim(), segment.trim());
        if employer.is_empty() || segment.is_empty() {
            return Err(SurveyError::Line(n));
        }
        if employers.insert(employer.to_owned(), segment.to_owned()).is_some() {
            return Err(SurveyError::Twice { line: n, employer: employer.to_owned() });
        }
    }
    Ok(employers)
}

/// The submissions a report counts: those naming a registered employer (the rest are counted
/// and returned as skipped, never guessed at), dated the first of their month.
pub fn submissions_for_report(opened: &[Submission], employers: &BTreeMap<String, String>) -> (Vec<Row>, usize) {
    let mut rows = Vec::new();
    for submission in opened {
        let employer = submission.employer.as_deref().map(str::trim).unwrap_or_default();
        let (Some(segment), Ok(day)) = (employers.get(employer), format!("{}-01", submission.month).parse::<Date>())
        else {
            continue;
        };
        let answers = submission
            .answers
            .iter()
            .filter_map(|(item, answer)| match answer {
                Answer::Choice(choice) => Some((item.clone(), vec![choice.clone()])),
                Answer::Choices(choices) => Some((item.clone(), choices.clone())),
                Answer::Number(_) | Answer::Date(_) => None,
            })
            .collect();
        rows.push(Row {
            worker: submission.worker.clone(),
            employer: employer.to_owned(),
            segment: segment.clone(),
            day,
            answers,
        });
    }
    let skipped = opened.len() - rows.len();
    (rows, skipped)
}

/// The chart's words in `lang`: the questionnaire's questions and choices, the app's yes and
/// no, and the report's own words.
pub fn labels(questionnaire: &Questionnaire, lang: Language, l10n: &Localizer) -> Labels {
    let text = |t: &Translations<String>| t.get(lang).or_else(|| t.get(Language::En)).cloned().unwrap_or_default();
    let yes_no: BTreeMap<String, String> =
        YES_NO.iter().map(|v| ((*v).to_owned(), l10n.format(lang, &format!("selfcheck-{v}"), &[]))).collect();
    let mut items = BTreeMap::new();
    let mut values = BTreeMap::new();
    for item in &questionnaire.items {
        items.insert(item.id.clone(), text(&item.label));
        let named = match item.kind {
            ItemKind::YesNo => yes_no.clone(),
            _ => item.choices.iter().map(|c| (c.id.clone(), text(&c.label))).collect(),
        };
        values.insert(item.id.clone(), named);
    }
    Labels {
        title: text(&questionnaire.title),
        items,
        values,
        all_segments: l10n.format(lang, "report-all-segments", &[]),
        workers: l10n.format(lang, "report-workers", &[]),
        no_answer: l10n.format(lang, "report-no-answer", &[]),
        suppressed: l10n.format(lang, "report-suppressed", &[]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_register_is_read_strictly() {
        let read = read_employers("# employer,segment\nSakura Foods, food/aichi\n\nTanaka, Inc.,construction/gifu\n");
        assert_eq!(
            read.expect("valid"),
            BTreeMap::from([
                ("Sakura Foods".to_owned(), "food/aichi".to_owned()),
                ("Tanaka, Inc.".to_owned(), "construction/gifu".to_owned()),
            ])
        );
        assert_eq!(read_employers("Sakura Foods\n"), Err(SurveyError::Line(1)));
        assert_eq!(read_employers("A,x\n,y\n"), Err(SurveyError::Line(2)));
        assert_eq!(read_employers("A,x\nA,y\n"), Err(SurveyError::Twice { line: 2, employer: "A".into() }));
    }
}
