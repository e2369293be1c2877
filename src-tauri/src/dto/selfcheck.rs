//! DTOs for the worker self-check: the sheet in the reader's language with the questions asked
//! and the answers so far, and the findings of a finished check with the article and the lines
//! that help.

use std::collections::BTreeMap;

use mirai_core::Language;
use mirai_pack::content::{Article, DirectoryEntry, ItemKind, Questionnaire, QuestionnaireItem, Rule};
use mirai_selfcheck::{Answer, Answers, Phase, Severity};
use mirai_store::CompletedCheck;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::content::{SourceDto, pick};
use super::{ArticleSummaryDto, DirectoryEntryDto};

/// An answer, as the UI sends and receives it (`mirai_selfcheck::Answer`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum AnswerDto {
    /// One choice (yes-no questions answer `yes`, `no` or `not-sure`).
    Choice {
        /// The choice's id.
        choice: String,
    },
    /// Several choices.
    Choices {
        /// The choices' ids.
        choices: Vec<String>,
    },
    /// A whole number.
    Number {
        /// The number.
        number: f64,
    },
    /// A day.
    Date {
        /// `YYYY-MM-DD`.
        date: String,
    },
}

/// A choice of a question.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ChoiceDto {
    /// Its id.
    pub id: String,
    /// Its text.
    pub label: String,
}

/// A question in the reader's language.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct QuestionDto {
    /// Its id.
    pub id: String,
    /// `yes-no`, `single`, `multiple`, `number` or `date`.
    pub kind: String,
    /// The question.
    pub label: String,
    /// A word explaining a term, if any.
    pub hint: Option<String>,
    /// The choices of a single or multiple choice question.
    pub choices: Vec<ChoiceDto>,
    /// The range and unit of a number question.
    #[ts(type = "number | null")]
    pub min: Option<i64>,
    /// See `min`.
    #[ts(type = "number | null")]
    pub max: Option<i64>,
    /// What the number counts.
    pub unit: Option<String>,
    /// The law and article behind it.
    pub legal_basis: String,
    /// The official source.
    pub source: SourceDto,
}

/// Where the check under way stands: the questions asked, in order, and the answers so far.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SheetStateDto {
    /// The ids of the questions asked, in order; skip logic changes it as answers come.
    pub asked: Vec<String>,
    /// The answers given, by question id.
    pub answers: BTreeMap<String, AnswerDto>,
}

/// The check under way.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SheetDto {
    /// The questionnaire's title.
    pub title: String,
    /// What it is and what happens to the answers.
    pub intro: String,
    /// The BCP 47 tag of the texts' language.
    pub lang: String,
    /// `arrival` (the first check) or `periodic`.
    pub phase: String,
    /// When the check is due (`YYYY-MM-DD`); null when the arrival date is not known.
    pub due: Option<String>,
    /// Whether it is due today or was due earlier: the home screen reminds the worker.
    pub due_now: bool,
    /// Every question of the questionnaire, in its order; `state.asked` says which are asked.
    pub questions: Vec<QuestionDto>,
    /// The questions asked and the answers so far.
    pub state: SheetStateDto,
}

/// A finding in the reader's language, with where to read more and whom to call.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FindingDto {
    /// The rule's id.
    pub id: String,
    /// `serious`, `concern` or `info`.
    pub severity: String,
    /// The BCP 47 tag of the texts' language.
    pub lang: String,
    /// What the answer means.
    pub finding: String,
    /// What to do now.
    pub next_step: String,
    /// The article that explains it, if installed.
    pub article: Option<ArticleSummaryDto>,
    /// Lines that can help.
    pub directory: Vec<DirectoryEntryDto>,
    /// Whether the previous check of the same phase had it too.
    pub before: bool,
}

/// A finished check with its findings, most serious first.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CheckResultDto {
    /// Its number in the history.
    #[ts(type = "number")]
    pub id: i64,
    /// When it was finished, in seconds since 1970.
    #[ts(type = "number")]
    pub completed_at: i64,
    /// `arrival` or `periodic`.
    pub phase: String,
    /// The findings.
    pub findings: Vec<FindingDto>,
    /// Findings of the previous check of the same phase that this one no longer has.
    pub resolved: Vec<FindingDto>,
}

/// A finished check in the history list.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CheckSummaryDto {
    /// Its number in the history.
    #[ts(type = "number")]
    pub id: i64,
    /// When it was finished, in seconds since 1970.
    #[ts(type = "number")]
    pub completed_at: i64,
    /// `arrival` or `periodic`.
    pub phase: String,
    /// How many findings of each severity.
    pub serious: u32,
    /// See `serious`.
    pub concern: u32,
    /// See `serious`.
    pub info: u32,
}

/// A text in the reader's language and in Japanese, side by side in the printed summary, so a
/// labour standards office or an NGO can read what the worker read.
#[derive(Debug, Clone, Serialize, TS)]
pub struct BilingualDto {
    /// In the reader's language.
    pub text: String,
    /// In Japanese.
    pub ja: String,
}

/// A question of a finished check with its answer.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SummaryAnswerDto {
    /// The question.
    pub question: BilingualDto,
    /// The answer.
    pub answer: BilingualDto,
    /// The law and article behind the question.
    pub legal_basis: String,
}

/// A finding of a finished check.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SummaryFindingDto {
    /// `serious`, `concern` or `info`.
    pub severity: String,
    /// What the answer means.
    pub finding: BilingualDto,
    /// What to do now.
    pub next_step: BilingualDto,
}

/// A finished check as the printed summary shows it (and as sharing shows what will be sent).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SummaryDto {
    /// Its number in the history.
    #[ts(type = "number")]
    pub id: i64,
    /// When it was finished, in seconds since 1970.
    #[ts(type = "number")]
    pub completed_at: i64,
    /// `arrival` or `periodic`.
    pub phase: String,
    /// The BCP 47 tag of the reader's language.
    pub lang: String,
    /// The questionnaire's title.
    pub title: BilingualDto,
    /// The questions asked, in order, with their answers.
    pub answers: Vec<SummaryAnswerDto>,
    /// The findings, most serious first.
    pub findings: Vec<SummaryFindingDto>,
}

impl SummaryDto {
    /// The summary of `check` for a reader of `lang`; `yes_no` gives the words for yes, no and
    /// not sure in a language (they are the app's words, not the pack's).
    pub fn new(
        check: &CompletedCheck,
        questionnaire: &Questionnaire,
        lang: Language,
        yes_no: &dyn Fn(Language, &str) -> String,
    ) -> SummaryDto {
        let text = |t: &mirai_pack::content::Translations<String>, l: Language| {
            pick(t, l).map(|(_, s)| s.clone()).unwrap_or_default()
        };
        let both = |t: &mirai_pack::content::Translations<String>| BilingualDto {
            text: text(t, lang),
            ja: text(t, Language::Ja),
        };
        let answer_in = |item: &QuestionnaireItem, answer: &Answer, l: Language| match answer {
            Answer::Choice(id) if item.kind == ItemKind::YesNo => yes_no(l, id),
            Answer::Choice(id) => {
                item.choices.iter().find(|c| c.id == *id).map(|c| text(&c.label, l)).unwrap_or_default()
            }
            Answer::Choices(ids) => item
                .choices
                .iter()
                .filter(|c| ids.contains(&c.id))
                .map(|c| text(&c.label, l))
                .collect::<Vec<_>>()
                .join(" / "),
            Answer::Number(n) => format!("{n} {}", item.unit.as_ref().map(|u| text(u, l)).unwrap_or_default()),
            Answer::Date(day) => day.clone(),
        };
        SummaryDto {
            id: check.id,
            completed_at: check.completed_at,
            phase: check.phase.name().to_owned(),
            lang: pick(&questionnaire.title, lang).map_or(lang, |(l, _)| l).bcp47().to_owned(),
            title: both(&questionnaire.title),
            // In the questionnaire's order, which is the order they were asked in.
            answers: questionnaire
                .items
                .iter()
                .filter_map(|item| check.answers.get(&item.id).map(|answer| (item, answer)))
                .map(|(item, answer)| SummaryAnswerDto {
                    question: both(&item.label),
                    answer: BilingualDto {
                        text: answer_in(item, answer, lang),
                        ja: answer_in(item, answer, Language::Ja),
                    },
                    legal_basis: item.legal_basis.clone(),
                })
                .collect(),
            findings: check
                .findings
                .iter()
                .filter_map(|id| questionnaire.rules.iter().find(|r| r.id == *id))
                .map(|rule| SummaryFindingDto {
                    severity: rule.severity.name().to_owned(),
                    finding: both(&rule.finding),
                    next_step: both(&rule.next_step),
                })
                .collect(),
        }
    }
}

impl From<AnswerDto> for Answer {
    fn from(answer: AnswerDto) -> Answer {
        match answer {
            AnswerDto::Choice { choice } => Answer::Choice(choice),
            AnswerDto::Choices { choices } => Answer::Choices(choices),
            AnswerDto::Number { number } => Answer::Number(number),
            AnswerDto::Date { date } => Answer::Date(date),
        }
    }
}

impl From<&Answer> for AnswerDto {
    fn from(answer: &Answer) -> AnswerDto {
        match answer {
            Answer::Choice(choice) => AnswerDto::Choice { choice: choice.clone() },
            Answer::Choices(choices) => AnswerDto::Choices { choices: choices.clone() },
            Answer::Number(number) => AnswerDto::Number { number: *number },
            Answer::Date(date) => AnswerDto::Date { date: date.clone() },
        }
    }
}

impl SheetStateDto {
    /// The state for `asked` questions and `answers`.
    pub fn new(asked: Vec<String>, answers: &Answers) -> SheetStateDto {
        SheetStateDto { asked, answers: answers.iter().map(|(id, a)| (id.clone(), AnswerDto::from(a))).collect() }
    }
}

impl QuestionDto {
    /// The question for a reader of `lang`.
    pub fn new(item: &QuestionnaireItem, lang: Language) -> QuestionDto {
        let text =
            |t: &mirai_pack::content::Translations<String>| pick(t, lang).map(|(_, s)| s.clone()).unwrap_or_default();
        QuestionDto {
            id: item.id.clone(),
            kind: match item.kind {
                ItemKind::YesNo => "yes-no",
                ItemKind::Single => "single",
                ItemKind::Multiple => "multiple",
                ItemKind::Number => "number",
                ItemKind::Date => "date",
            }
            .to_owned(),
            label: text(&item.label),
            hint: item.hint.as_ref().map(text),
            choices: item.choices.iter().map(|c| ChoiceDto { id: c.id.clone(), label: text(&c.label) }).collect(),
            min: item.min,
            max: item.max,
            unit: item.unit.as_ref().map(text),
            legal_basis: item.legal_basis.clone(),
            source: SourceDto::from(&item.source),
        }
    }
}

impl SheetDto {
    /// The sheet of `questionnaire` for a reader of `lang`.
    pub fn new(
        questionnaire: &Questionnaire,
        lang: Language,
        phase: Phase,
        due: Option<(String, bool)>,
        state: SheetStateDto,
    ) -> SheetDto {
        let (used, title) = pick(&questionnaire.title, lang).map_or((lang, String::new()), |(l, t)| (l, t.clone()));
        SheetDto {
            title,
            intro: pick(&questionnaire.intro, used).map(|(_, t)| t.clone()).unwrap_or_default(),
            lang: used.bcp47().to_owned(),
            phase: phase.name().to_owned(),
            due_now: due.as_ref().is_some_and(|(_, now)| *now),
            due: due.map(|(day, _)| day),
            questions: questionnaire.items.iter().map(|item| QuestionDto::new(item, lang)).collect(),
            state,
        }
    }
}

impl FindingDto {
    /// The finding of `rule` for a reader of `lang`, with the article and lines it names among
    /// those installed.
    pub fn new(
        rule: &Rule,
        lang: Language,
        articles: &[Article],
        directory: &[DirectoryEntry],
        before: bool,
    ) -> FindingDto {
        let (used, finding) = pick(&rule.finding, lang).map_or((lang, String::new()), |(l, t)| (l, t.clone()));
        FindingDto {
            id: rule.id.clone(),
            severity: rule.severity.name().to_owned(),
            lang: used.bcp47().to_owned(),
            finding,
            next_step: pick(&rule.next_step, used).map(|(_, t)| t.clone()).unwrap_or_default(),
            article: articles.iter().find(|a| a.id == rule.article).and_then(|a| ArticleSummaryDto::new(a, lang)),
            directory: rule
                .directory
                .iter()
                .filter_map(|id| directory.iter().find(|d| d.id == *id))
                .filter_map(|d| DirectoryEntryDto::new(d, lang))
                .collect(),
            before,
        }
    }
}

impl CheckSummaryDto {
    /// The history line of `check`; findings are counted by the severity of their rule now.
    pub fn new(check: &CompletedCheck, questionnaire: &Questionnaire) -> CheckSummaryDto {
        let severity = |id: &String| questionnaire.rules.iter().find(|r| r.id == *id).map(|r| r.severity);
        let count = |s: Severity| check.findings.iter().filter(|id| severity(id) == Some(s)).count() as u32;
        CheckSummaryDto {
            id: check.id,
            completed_at: check.completed_at,
            phase: check.phase.name().to_owned(),
            serious: count(Severity::Serious),
            concern: count(Severity::Concern),
            info: count(Severity::Info),
        }
    }
}

/// The TypeScript declarations of this module's DTOs.
pub fn declarations(cfg: &ts_rs::Config) -> Vec<String> {
    vec![
        AnswerDto::decl(cfg),
        ChoiceDto::decl(cfg),
        QuestionDto::decl(cfg),
        SheetStateDto::decl(cfg),
        SheetDto::decl(cfg),
        FindingDto::decl(cfg),
        CheckResultDto::decl(cfg),
        CheckSummaryDto::decl(cfg),
        BilingualDto::decl(cfg),
        SummaryAnswerDto::decl(cfg),
        SummaryFindingDto::decl(cfg),
        SummaryDto::decl(cfg),
    ]
}
