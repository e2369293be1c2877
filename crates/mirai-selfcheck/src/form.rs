//! A questionnaire as the engine runs it: which questions are asked given the answers so far,
//! whether an answer fits its question, and which findings the answers lead to.
//!
//! A check asks the questions of one phase, and the questions of other phases that their skip
//! logic reads (a periodic check asks the residence status again, say). Answers to questions
//! that are not asked are kept (the worker may change an earlier answer back) but never read:
//! they neither show later questions nor lead to findings.

use std::collections::{BTreeMap, BTreeSet};

use mirai_core::Date;

use crate::{Answer, Expr, ItemShape, Phase};

/// How serious a finding is, most serious first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// Probably against the law and harmful now.
    Serious,
    /// Possibly against the law.
    Concern,
    /// Something to know or to check.
    Info,
}

impl Severity {
    /// The name sent to the UI (as in packs).
    pub fn name(self) -> &'static str {
        match self {
            Severity::Serious => "serious",
            Severity::Concern => "concern",
            Severity::Info => "info",
        }
    }
}

/// A question: what it accepts, the range of a number, and when it is asked.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    /// Its id.
    pub id: String,
    /// The check it belongs to.
    pub phase: Phase,
    /// What it accepts.
    pub shape: ItemShape,
    /// The smallest and largest numbers accepted, for a number question.
    pub range: Option<(i64, i64)>,
    /// Skip logic: asked only when this holds.
    pub relevant: Option<Expr>,
}

/// A rule: the finding `id` when `when` holds.
#[derive(Debug, Clone, PartialEq)]
pub struct FindingRule {
    /// The rule's id, which names its finding.
    pub id: String,
    /// The condition.
    pub when: Expr,
    /// How serious the finding is.
    pub severity: Severity,
}

/// The questions and rules of one questionnaire, in order.
#[derive(Debug, Clone, PartialEq)]
pub struct Form {
    /// The questions.
    pub questions: Vec<Question>,
    /// The rules.
    pub rules: Vec<FindingRule>,
}

/// The answers given so far, by question id.
pub type Answers = BTreeMap<String, Answer>;

/// Why an answer does not fit its question.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    /// The questionnaire has no such question.
    #[error("no question {0:?}")]
    UnknownQuestion(String),
    /// A choice the question does not offer, or a list where one choice is wanted.
    #[error("not one of the choices")]
    NotAChoice,
    /// A number outside the question's range, or not a whole number.
    #[error("a whole number from {min} to {max}")]
    OutOfRange {
        /// The smallest accepted.
        min: i64,
        /// The largest accepted.
        max: i64,
    },
    /// An answer of the wrong kind (a number for a choice question, say).
    #[error("the wrong kind of answer")]
    WrongKind,
    /// Not a day in `YYYY-MM-DD` form.
    #[error("not a date")]
    NotADate,
    /// A day after today: a date question asks when something happened.
    #[error("a date in the future")]
    FutureDate,
}

impl Form {
    /// Checks `answer` against question `id` on day `today`, and returns it as kept: several
    /// choices sorted and without repeats, so equal answers compare equal.
    pub fn check(&self, id: &str, answer: Answer, today: Date) -> Result<Answer, AnswerError> {
        let question =
            self.questions.iter().find(|q| q.id == id).ok_or_else(|| AnswerError::UnknownQuestion(id.to_owned()))?;
        match (&question.shape, answer) {
            (ItemShape::Choice(choices), Answer::Choice(choice)) => {
                if choices.contains(&choice) {
                    Ok(Answer::Choice(choice))
                } else {
                    Err(AnswerError::NotAChoice)
                }
            }
            (ItemShape::Choices(choices), Answer::Choices(mut picked)) => {
                picked.sort();
                picked.dedup();
                if picked.iter().all(|p| choices.contains(p)) {
                    Ok(Answer::Choices(picked))
                } else {
                    Err(AnswerError::NotAChoice)
                }
            }
            (ItemShape::Number, Answer::Number(n)) => {
                let (min, max) = question.range.unwrap_or((i64::MIN, i64::MAX));
                let whole = n.fract() == 0.0 && n >= min as f64 && n <= max as f64;
                if whole { Ok(Answer::Number(n)) } else { Err(AnswerError::OutOfRange { min, max }) }
            }
            (ItemShape::Date, Answer::Date(text)) => match text.parse::<Date>() {
                Ok(day) if day > today => Err(AnswerError::FutureDate),
                Ok(day) => Ok(Answer::Date(day.to_string())),
                Err(_) => Err(AnswerError::NotADate),
            },
            (ItemShape::Choice(_) | ItemShape::Choices(_), _) => Err(AnswerError::NotAChoice),
            (ItemShape::Number | ItemShape::Date, _) => Err(AnswerError::WrongKind),
        }
    }

    /// The questions a check of `phase` asks, in order, given `answers`: the phase's questions
    /// and those their skip logic reads, each when its own skip logic holds on the answers to
    /// the questions asked before it, on day `today` (skip logic may compare dates with it).
    pub fn asked(&self, phase: Phase, answers: &Answers, today: Date) -> Vec<&Question> {
        // Skip logic names earlier questions only, so one pass from the end finds them all.
        let mut wanted = BTreeSet::new();
        for question in self.questions.iter().rev() {
            if question.phase == phase || wanted.contains(question.id.as_str()) {
                wanted.insert(question.id.as_str());
                wanted.extend(question.relevant.iter().flat_map(Expr::items));
            }
        }
        let mut asked: Vec<&Question> = Vec::new();
        for question in self.questions.iter().filter(|q| wanted.contains(q.id.as_str())) {
            let shown = question
                .relevant
                .as_ref()
                .is_none_or(|relevant| relevant.holds(&|id| visible(&asked, answers, id), today));
            if shown {
                asked.push(question);
            }
        }
        asked
    }

    /// The findings of a check of `phase` for `answers` finished on day `today`, most serious
    /// first, in rule order within a severity. Only answers to the questions asked count.
    pub fn findings(&self, phase: Phase, answers: &Answers, today: Date) -> Vec<&FindingRule> {
        let asked = self.asked(phase, answers, today);
        let mut found: Vec<&FindingRule> =
            self.rules.iter().filter(|rule| rule.when.holds(&|id| visible(&asked, answers, id), today)).collect();
        found.sort_by_key(|rule| rule.severity);
        found
    }
}

/// The answer to question `id` if it is among those asked.
fn visible(asked: &[&Question], answers: &Answers, id: &str) -> Option<Answer> {
    asked.iter().any(|q| q.id == id).then(|| answers.get(id).cloned()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn today() -> Date {
        "2026-12-06".parse().expect("date")
    }

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    /// Arrival: status → (trainee only) passport-kept → limits; periodic: hours (trainees only,
    /// so a periodic check asks the status again); two rules and an info rule.
    fn form() -> Form {
        let shapes = |id: &str| match id {
            "status" => Some(ItemShape::Choice(ids(&["trainee", "other"]))),
            "passport-kept" => Some(ItemShape::Choice(ids(&["yes", "no", "not-sure"]))),
            "limits" => Some(ItemShape::Choices(ids(&["going-out", "phone"]))),
            "hours" => Some(ItemShape::Number),
            "last-paid" => Some(ItemShape::Date),
            _ => None,
        };
        let expr = |text: &str| Expr::parse(text, &shapes).expect("valid");
        let question = |id: &str, relevant: Option<&str>| Question {
            id: id.to_owned(),
            phase: if matches!(id, "hours" | "last-paid") { Phase::Periodic } else { Phase::Arrival },
            shape: shapes(id).expect("known"),
            range: (id == "hours").then_some((0, 400)),
            relevant: relevant.map(expr),
        };
        let rule = |id: &str, when: &str, severity| FindingRule { id: id.to_owned(), when: expr(when), severity };
        Form {
            questions: vec![
                question("status", None),
                question("passport-kept", Some("${status} = 'trainee'")),
                question("limits", None),
                question("hours", Some("${status} = 'trainee'")),
                question("last-paid", None),
            ],
            rules: vec![
                rule("long-hours", "${hours} > 45", Severity::Concern),
                rule("unsure", "${passport-kept} = 'not-sure'", Severity::Info),
                rule("kept", "${passport-kept} = 'yes' or selected(${limits}, 'phone')", Severity::Serious),
                rule("unpaid", "${last-paid} < today() - 35", Severity::Concern),
            ],
        }
    }

    fn answers(list: &[(&str, Answer)]) -> Answers {
        list.iter().map(|(id, a)| ((*id).to_owned(), a.clone())).collect()
    }

    fn choice(id: &str) -> Answer {
        Answer::Choice(id.to_owned())
    }

    #[test]
    fn skip_logic_hides_a_question_and_its_answer() {
        let form = form();
        let given = answers(&[("status", choice("other")), ("passport-kept", choice("yes"))]);
        let asked: Vec<&str> = form.asked(Phase::Arrival, &given, today()).iter().map(|q| q.id.as_str()).collect();
        assert_eq!(asked, ["status", "limits"]);
        assert!(form.findings(Phase::Arrival, &given, today()).is_empty(), "a hidden answer leads nowhere");
        let given = answers(&[
            ("status", choice("trainee")),
            ("passport-kept", choice("yes")),
            ("limits", Answer::Choices(ids(&["phone"]))),
            ("hours", Answer::Number(60.0)),
        ]);
        let found: Vec<&str> = form.findings(Phase::Arrival, &given, today()).iter().map(|r| r.id.as_str()).collect();
        assert_eq!(found, ["kept"], "the periodic hours are not part of the arrival check");
    }

    #[test]
    fn a_periodic_check_asks_its_questions_and_those_their_skip_logic_reads() {
        let form = form();
        let given = answers(&[
            ("status", choice("trainee")),
            ("passport-kept", choice("yes")),
            ("hours", Answer::Number(60.0)),
        ]);
        let asked: Vec<&str> = form.asked(Phase::Periodic, &given, today()).iter().map(|q| q.id.as_str()).collect();
        assert_eq!(asked, ["status", "hours", "last-paid"]);
        let found: Vec<&str> = form.findings(Phase::Periodic, &given, today()).iter().map(|r| r.id.as_str()).collect();
        assert_eq!(found, ["long-hours"]);
        let other = answers(&[("status", choice("other")), ("hours", Answer::Number(60.0))]);
        assert!(form.findings(Phase::Periodic, &other, today()).is_empty());
    }

    #[test]
    fn answers_are_checked_against_their_question() {
        let form = form();
        assert_eq!(form.check("status", choice("trainee"), today()), Ok(choice("trainee")));
        assert_eq!(form.check("status", choice("boss"), today()), Err(AnswerError::NotAChoice));
        assert_eq!(form.check("status", Answer::Number(1.0), today()), Err(AnswerError::NotAChoice));
        assert_eq!(
            form.check("limits", Answer::Choices(ids(&["phone", "going-out", "phone"])), today()),
            Ok(Answer::Choices(ids(&["going-out", "phone"])))
        );
        assert_eq!(form.check("limits", Answer::Choices(ids(&["email"])), today()), Err(AnswerError::NotAChoice));
        assert_eq!(form.check("hours", Answer::Number(400.0), today()), Ok(Answer::Number(400.0)));
        for bad in [401.0, -1.0, 2.5, f64::NAN, f64::INFINITY] {
            assert_eq!(
                form.check("hours", Answer::Number(bad), today()),
                Err(AnswerError::OutOfRange { min: 0, max: 400 }),
                "{bad}"
            );
        }
        assert_eq!(form.check("hours", choice("yes"), today()), Err(AnswerError::WrongKind));
        assert_eq!(form.check("salary", choice("yes"), today()), Err(AnswerError::UnknownQuestion("salary".into())));
    }

    #[test]
    fn a_date_is_a_real_day_not_after_today_and_rules_read_it_against_the_day_of_the_check() {
        let form = form();
        let date = |d: &str| Answer::Date(d.to_owned());
        assert_eq!(form.check("last-paid", date("2026-12-06"), today()), Ok(date("2026-12-06")));
        assert_eq!(form.check("last-paid", date("2026-12-07"), today()), Err(AnswerError::FutureDate));
        for bad in ["2026-02-30", "06/12/2026", "", "2026-1-5"] {
            assert_eq!(form.check("last-paid", date(bad), today()), Err(AnswerError::NotADate), "{bad}");
        }
        assert_eq!(form.check("last-paid", Answer::Number(3.0), today()), Err(AnswerError::WrongKind));
        let given = answers(&[("last-paid", date("2026-10-31"))]);
        let found = |on: &str| {
            let day: Date = on.parse().expect("date");
            form.findings(Phase::Periodic, &given, day).iter().map(|r| r.id.clone()).collect::<Vec<_>>()
        };
        assert_eq!(found("2026-12-05"), Vec::<String>::new(), "35 days later is not yet late");
        assert_eq!(found("2026-12-06"), ["unpaid"]);
    }

    fn any_answers() -> impl Strategy<Value = Answers> {
        (
            prop::option::of(prop::sample::select(vec!["trainee", "other"])),
            prop::option::of(prop::sample::select(vec!["yes", "no", "not-sure"])),
            prop::option::of(prop::sample::subsequence(vec!["going-out", "phone"], 0..=2)),
            prop::option::of(0u32..=400),
        )
            .prop_map(|(status, kept, limits, hours)| {
                let mut given = Answers::new();
                if let Some(s) = status {
                    given.insert("status".into(), choice(s));
                }
                if let Some(k) = kept {
                    given.insert("passport-kept".into(), choice(k));
                }
                if let Some(l) = limits {
                    given.insert("limits".into(), Answer::Choices(ids(&l)));
                }
                if let Some(h) = hours {
                    given.insert("hours".into(), Answer::Number(f64::from(h)));
                }
                given
            })
    }

    proptest! {
        #[test]
        fn findings_read_only_the_questions_asked(
            given in any_answers(),
            phase in prop::sample::select(vec![Phase::Arrival, Phase::Periodic]),
        ) {
            let form = form();
            let asked: Vec<String> = form.asked(phase, &given, today()).iter().map(|q| q.id.clone()).collect();
            let visible: Answers = given.iter().filter(|(id, _)| asked.contains(id)).map(|(k, v)| (k.clone(), v.clone())).collect();
            let ids = |answers: &Answers| form.findings(phase, answers, today()).iter().map(|r| r.id.clone()).collect::<Vec<_>>();
            prop_assert_eq!(ids(&given), ids(&visible));
            let severities: Vec<Severity> = form.findings(phase, &given, today()).iter().map(|r| r.severity).collect();
            prop_assert!(severities.windows(2).all(|w| w[0] <= w[1]));
        }
    }
}
