use mirai_core::Language;
use mirai_selfcheck::{Expr, FindingRule, Form, ItemShape, Question};
pub use mirai_selfcheck::{Phase, Severity};
use serde::{Deserialize, Serialize};

use super::article::Source;
use super::text::{Translations, check_id, check_text, check_url};

/// The answers a yes-no question takes.
pub const YES_NO: [&str; 3] = ["yes", "no", "not-sure"];

const MAX_ITEMS: usize = 100;
const MAX_RULES: usize = 300;
const MAX_CHOICES: usize = 12;

/// A self-check questionnaire as a pack carries it: the questions, with skip logic and the law
/// behind each, and the rules that turn answers into findings linked to an article and to
/// phone lines. Conditions are XLSForm expressions (`mirai_selfcheck::Expr`), checked here
/// against the questions they name, so a questionnaire that passes never fails to evaluate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Questionnaire {
    /// Stable id, equal to the file name.
    pub id: String,
    /// The questionnaire's own version, raised when items or rules change.
    pub version: u32,
    /// Its title in each language.
    pub title: Translations<String>,
    /// What it is and what happens to the answers, shown before the first question.
    pub intro: Translations<String>,
    /// The questions, in order.
    pub items: Vec<QuestionnaireItem>,
    /// The rules, in the order their findings are listed.
    pub rules: Vec<Rule>,
}

/// What kind of answer a question takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ItemKind {
    /// Yes, no or not sure ([`YES_NO`]).
    YesNo,
    /// One of the choices.
    Single,
    /// Any of the choices.
    Multiple,
    /// A whole number between `min` and `max`.
    Number,
    /// A day, not after the day it is answered (when something happened).
    Date,
}

/// One question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionnaireItem {
    /// Stable id within the questionnaire.
    pub id: String,
    /// When it is asked.
    pub phase: Phase,
    /// What kind of answer it takes.
    #[serde(rename = "type")]
    pub kind: ItemKind,
    /// The question in each language.
    pub label: Translations<String>,
    /// A word or two explaining a term in the question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<Translations<String>>,
    /// The choices of a single or multiple choice question.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<Choice>,
    /// The smallest number accepted (number questions).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<i64>,
    /// The largest number accepted (number questions).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<i64>,
    /// What the number counts, in each language (number questions).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Translations<String>>,
    /// Skip logic: the question is asked only when this holds. It may name earlier questions only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relevant: Option<String>,
    /// The law and article behind the question, e.g. `TITA Art. 48(1)`.
    pub legal_basis: String,
    /// The official source for that rule.
    pub source: Source,
}

/// A choice of a single or multiple choice question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// Stable id, compared in expressions.
    pub id: String,
    /// The choice in each language.
    pub label: Translations<String>,
}

/// A rule: when `when` holds for the answers, the finding is shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Stable id.
    pub id: String,
    /// The condition, an XLSForm expression over the questions.
    pub when: String,
    /// How serious it is.
    pub severity: Severity,
    /// What the answer means and what the law says, in each language.
    pub finding: Translations<String>,
    /// What to do now, in each language.
    pub next_step: Translations<String>,
    /// The article that explains it.
    pub article: String,
    /// Phone lines that can help.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub directory: Vec<String>,
}

impl QuestionnaireItem {
    /// What the question accepts, as expressions see it.
    pub fn shape(&self) -> ItemShape {
        let ids = || self.choices.iter().map(|c| c.id.clone()).collect();
        match self.kind {
            ItemKind::YesNo => ItemShape::Choice(YES_NO.iter().map(|s| (*s).to_owned()).collect()),
            ItemKind::Single => ItemShape::Choice(ids()),
            ItemKind::Multiple => ItemShape::Choices(ids()),
            ItemKind::Number => ItemShape::Number,
            ItemKind::Date => ItemShape::Date,
        }
    }

    fn check(&self, earlier: &[QuestionnaireItem], languages: &[Language]) -> Result<(), String> {
        let what = format!("item {}", self.id);
        text(&format!("{what} label"), &self.label, languages, 300)?;
        if let Some(hint) = &self.hint {
            text(&format!("{what} hint"), hint, languages, 300)?;
        }
        let choosing = matches!(self.kind, ItemKind::Single | ItemKind::Multiple);
        if choosing == self.choices.is_empty() {
            return Err(format!("{what}: choices belong to single and multiple choice questions, and only there"));
        }
        if choosing && !(2..=MAX_CHOICES).contains(&self.choices.len()) {
            return Err(format!("{what}: between 2 and {MAX_CHOICES} choices"));
        }
        for (i, choice) in self.choices.iter().enumerate() {
            check_id(&choice.id, Some(&choice.id)).map_err(|why| format!("{what}: {why}"))?;
            if self.choices[..i].iter().any(|c| c.id == choice.id) {
                return Err(format!("{what}: choice {} appears twice", choice.id));
            }
            text(&format!("{what} choice {}", choice.id), &choice.label, languages, 200)?;
        }
        match (self.kind, self.min, self.max, &self.unit) {
            (ItemKind::Number, Some(min), Some(max), Some(unit)) if min < max => {
                text(&format!("{what} unit"), unit, languages, 40)?;
            }
            (ItemKind::Number, ..) => return Err(format!("{what}: a number question needs min < max and a unit")),
            (_, None, None, None) => {}
            _ => return Err(format!("{what}: min, max and unit belong to number questions")),
        }
        if let Some(relevant) = &self.relevant {
            let shape = |id: &str| earlier.iter().find(|item| item.id == id).map(QuestionnaireItem::shape);
            Expr::parse(relevant, &shape).map_err(|e| format!("{what} relevant: {e}"))?;
        }
        check_text(&format!("{what} legal basis"), &self.legal_basis, 200)?;
        check_text(&format!("{what} source title"), &self.source.title, 300)?;
        check_url(&self.source.url)
    }
}

impl Questionnaire {
    /// The question with this id.
    pub fn item(&self, id: &str) -> Option<&QuestionnaireItem> {
        self.items.iter().find(|item| item.id == id)
    }

    /// The questionnaire as the self-check engine runs it. It fails only for a questionnaire
    /// that does not pass the schema checks, which one read from an installed pack always did.
    pub fn form(&self) -> Result<Form, String> {
        let mut questions: Vec<Question> = Vec::new();
        for item in &self.items {
            let earlier = |id: &str| questions.iter().find(|q| q.id == id).map(|q| q.shape.clone());
            let relevant = item.relevant.as_deref().map(|text| Expr::parse(text, &earlier)).transpose();
            questions.push(Question {
                id: item.id.clone(),
                phase: item.phase,
                shape: item.shape(),
                range: item.min.zip(item.max),
                relevant: relevant.map_err(|e| format!("item {} relevant: {e}", item.id))?,
            });
        }
        let shape = |id: &str| self.item(id).map(QuestionnaireItem::shape);
        let rules = self
            .rules
            .iter()
            .map(|rule| {
                let when = Expr::parse(&rule.when, &shape).map_err(|e| format!("rule {} when: {e}", rule.id))?;
                Ok(FindingRule { id: rule.id.clone(), when, severity: rule.severity })
            })
            .collect::<Result<_, String>>()?;
        Ok(Form { questions, rules })
    }

    pub(crate) fn check(&self, stem: Option<&str>, languages: &[Language]) -> Result<(), String> {
        check_id(&self.id, stem)?;
        text("title", &self.title, languages, 160)?;
        text("intro", &self.intro, languages, 600)?;
        if self.items.is_empty() || self.items.len() > MAX_ITEMS {
            return Err(format!("a questionnaire has 1 to {MAX_ITEMS} items"));
        }
        if self.rules.len() > MAX_RULES {
            return Err(format!("a questionnaire has at most {MAX_RULES} rules"));
        }
        for (i, item) in self.items.iter().enumerate() {
            check_id(&item.id, Some(&item.id))?;
            if self.items[..i].iter().any(|other| other.id == item.id) {
                return Err(format!("item {} appears twice", item.id));
            }
            item.check(&self.items[..i], languages)?;
        }
        let shape = |id: &str| self.item(id).map(QuestionnaireItem::shape);
        for (i, rule) in self.rules.iter().enumerate() {
            let what = format!("rule {}", rule.id);
            check_id(&rule.id, Some(&rule.id))?;
            if self.rules[..i].iter().any(|other| other.id == rule.id) {
                return Err(format!("{what} appears twice"));
            }
            Expr::parse(&rule.when, &shape).map_err(|e| format!("{what} when: {e}"))?;
            text(&format!("{what} finding"), &rule.finding, languages, 400)?;
            text(&format!("{what} next step"), &rule.next_step, languages, 300)?;
            check_id(&rule.article, Some(&rule.article)).map_err(|why| format!("{what} article: {why}"))?;
            if rule.directory.len() > 5 {
                return Err(format!("{what}: at most 5 directory entries"));
            }
            for id in &rule.directory {
                check_id(id, Some(id)).map_err(|why| format!("{what} directory: {why}"))?;
            }
        }
        Ok(())
    }
}

/// Checks a translated text: every language present, none blank or longer than `max`.
fn text(what: &str, value: &Translations<String>, languages: &[Language], max: usize) -> Result<(), String> {
    value.check(what, languages)?;
    value.0.iter().try_for_each(|(lang, text)| check_text(&format!("{what} ({lang})"), text, max))
}

#[cfg(test)]
mod tests {
    use super::*;

    const LANGS: [Language; 2] = [Language::En, Language::Vi];

    /// A questionnaire in English and Vietnamese with `items` and `rules` given as JSON arrays.
    fn questionnaire(items: &str, rules: &str) -> Result<Questionnaire, String> {
        let json = format!(
            r#"{{"id":"check","version":1,"title":{{"en":"Check","vi":"Kiểm tra"}},
            "intro":{{"en":"Your answers stay here.","vi":"Câu trả lời ở lại đây."}},
            "items":{items},"rules":{rules}}}"#
        );
        let parsed: Questionnaire = serde_json::from_str(&json).map_err(|e| e.to_string())?;
        parsed.check(Some("check"), &LANGS)?;
        Ok(parsed)
    }

    fn item(id: &str, extra: &str) -> String {
        format!(
            r#"{{"id":"{id}","phase":"arrival","label":{{"en":"Q?","vi":"H?"}},"legal_basis":"TITA Art. 48(1)",
            "source":{{"title":"OTIT","url":"https://www.otit.go.jp/"}},{extra}}}"#
        )
    }

    fn rule(when: &str) -> String {
        format!(
            r#"{{"id":"r","when":"{when}","severity":"serious","finding":{{"en":"F","vi":"F"}},
            "next_step":{{"en":"N","vi":"N"}},"article":"passport-card-kept","directory":["labour-hotline"]}}"#
        )
    }

    const STATUS: &str = r#""type":"single","choices":[{"id":"trainee","label":{"en":"Trainee","vi":"TTS"}},
        {"id":"other","label":{"en":"Other","vi":"Khác"}}]"#;
    const HOURS: &str = r#""type":"number","min":0,"max":400,"unit":{"en":"hours","vi":"giờ"}"#;

    #[test]
    fn a_questionnaire_with_skip_logic_and_rules_passes() {
        let items = format!(
            "[{}, {}, {}]",
            item("status", STATUS),
            item("passport-kept", r#""type":"yes-no","relevant":"${status} = 'trainee'""#),
            item("overtime-hours", HOURS)
        );
        let q = questionnaire(&items, &format!("[{}]", rule("${passport-kept} = 'yes' or ${overtime-hours} >= 100")))
            .expect("valid");
        assert_eq!(q.item("overtime-hours").map(QuestionnaireItem::shape), Some(ItemShape::Number));
    }

    #[test]
    fn the_fuzz_seed_is_a_valid_questionnaire() {
        let seed = include_str!("../../../../fuzz/corpus/questionnaire/seed.json");
        let parsed: Questionnaire = serde_json::from_str(seed).expect("json");
        assert_eq!(parsed.check(Some("check"), &[Language::En]), Ok(()));
    }

    #[test]
    fn malformed_questions_and_rules_are_refused_with_a_reason() {
        let cases = [
            // Skip logic may only look back.
            (
                format!(
                    "[{}, {}]",
                    item("a", r#""type":"yes-no","relevant":"${b} = 'yes'""#),
                    item("b", r#""type":"yes-no""#)
                ),
                "[]".to_owned(),
                "unknown question",
            ),
            (
                format!("[{}]", item("a", r#""type":"yes-no","relevant":"${a} = 'yes'""#)),
                "[]".to_owned(),
                "unknown question",
            ),
            (format!("[{}]", item("a", r#""type":"yes-no""#)), format!("[{}]", rule("${a} = 'maybe'")), "no choice"),
            (format!("[{}]", item("a", r#""type":"yes-no""#)), format!("[{}]", rule("${a} = ")), "expected"),
            (format!("[{}]", item("a", HOURS)), format!("[{}]", rule("${a} = 'many'")), "compared with a number"),
            (
                format!("[{}]", item("a", r#""type":"single","choices":[{"id":"x","label":{"en":"X","vi":"X"}}]"#)),
                "[]".to_owned(),
                "between 2",
            ),
            (
                format!("[{}]", item("a", r#""type":"yes-no","choices":[{"id":"x","label":{"en":"X","vi":"X"}}]"#)),
                "[]".to_owned(),
                "choices belong",
            ),
            (
                format!("[{}]", item("a", r#""type":"number","min":5,"max":5,"unit":{"en":"h","vi":"h"}"#)),
                "[]".to_owned(),
                "min < max",
            ),
            (format!("[{}]", item("a", r#""type":"yes-no","min":0"#)), "[]".to_owned(), "belong to number"),
            (
                format!("[{}, {}]", item("a", r#""type":"yes-no""#), item("a", r#""type":"yes-no""#)),
                "[]".to_owned(),
                "appears twice",
            ),
            ("[]".to_owned(), "[]".to_owned(), "1 to"),
        ];
        for (items, rules, expected) in cases {
            let error = questionnaire(&items, &rules).expect_err(expected);
            assert!(error.contains(expected), "{error:?} should say {expected:?}");
        }
        let missing = item("a", r#""type":"yes-no""#).replace(r#""vi":"H?""#, r#""vi":"""#);
        assert!(questionnaire(&format!("[{missing}]"), "[]").expect_err("blank").contains("empty"));
        let unknown = item("a", r#""type":"yes-no","weight":3"#);
        assert!(questionnaire(&format!("[{unknown}]"), "[]").expect_err("unknown field").contains("unknown field"));
    }
}
