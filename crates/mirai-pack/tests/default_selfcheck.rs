//! The worker self-check in the default content (`content/default/questionnaires`), run by the
//! engine on a few workers' answers: the findings a caseworker would expect, most serious first,
//! and nothing from a question that skip logic hid.

use mirai_core::Date;
use mirai_pack::content::{Phase, Questionnaire, Severity};
use mirai_selfcheck::{Answer, Answers, Form};

/// The day the checks are evaluated on.
fn today() -> Date {
    "2026-12-06".parse().expect("date")
}

fn questionnaire() -> Questionnaire {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../content/default/questionnaires/worker-self-check.json");
    serde_json::from_slice(&std::fs::read(path).expect("the default questionnaire")).expect("valid")
}

fn answers(list: &[(&str, &str)]) -> Answers {
    list.iter()
        .map(|(id, value)| {
            let answer = match value.parse::<f64>() {
                Ok(n) => Answer::Number(n),
                Err(_) if value.parse::<Date>().is_ok() => Answer::Date((*value).to_owned()),
                Err(_) if value.contains(',') => Answer::Choices(value.split(',').map(str::to_owned).collect()),
                Err(_) => Answer::Choice((*value).to_owned()),
            };
            ((*id).to_owned(), answer)
        })
        .collect()
}

fn findings(form: &Form, phase: Phase, list: &[(&str, &str)]) -> Vec<(String, Severity)> {
    form.findings(phase, &answers(list), today()).iter().map(|rule| (rule.id.clone(), rule.severity)).collect()
}

#[test]
fn the_default_questionnaire_covers_both_phases_with_enough_questions() {
    let q = questionnaire();
    let arrival = q.items.iter().filter(|i| i.phase == Phase::Arrival).count();
    let periodic = q.items.iter().filter(|i| i.phase == Phase::Periodic).count();
    assert!(q.items.len() >= 25 && arrival >= 8 && periodic >= 8, "{arrival} + {periodic}");
    let form = q.form().expect("the engine reads it");
    assert_eq!(form.questions.len(), q.items.len());
    assert_eq!(form.rules.len(), q.rules.len());
}

#[test]
fn a_trainee_whose_passport_is_kept_and_who_works_120_hours_overtime() {
    let form = questionnaire().form().expect("form");
    let arrival = [("residence-status", "technical-intern"), ("passport-kept", "yes"), ("overtime-hours", "120")];
    assert_eq!(findings(&form, Phase::Arrival, &arrival), [("passport-kept-trainee".to_owned(), Severity::Serious)]);
    // Six months on: the overtime counts, the passport answer belongs to the first check.
    assert_eq!(findings(&form, Phase::Periodic, &arrival), [("overtime-100-or-more".to_owned(), Severity::Serious)]);
}

#[test]
fn the_same_answers_under_another_status_cite_other_rules() {
    let form = questionnaire().form().expect("form");
    let given = [("residence-status", "ssw-1"), ("passport-kept", "yes"), ("overtime-hours", "50")];
    assert_eq!(findings(&form, Phase::Arrival, &given), [("passport-kept-other".to_owned(), Severity::Serious)]);
    assert_eq!(findings(&form, Phase::Periodic, &given), [("overtime-over-45".to_owned(), Severity::Concern)]);
}

#[test]
fn a_periodic_check_asks_again_the_earlier_questions_its_skip_logic_reads() {
    let form = questionnaire().form().expect("form");
    let asked = form.asked(Phase::Periodic, &Answers::new(), today());
    let earlier: Vec<&str> = asked.iter().filter(|q| q.phase == Phase::Arrival).map(|q| q.id.as_str()).collect();
    assert_eq!(earlier, ["residence-status", "company-housing"]);
}

#[test]
fn a_question_hidden_by_skip_logic_leads_to_no_finding() {
    let q = questionnaire();
    let form = q.form().expect("form");
    let hidden = q.item("ssw-support-fee").expect("the support-fee question");
    assert!(hidden.relevant.is_some());
    let asked = |list: &[(&str, &str)]| {
        form.asked(Phase::Arrival, &answers(list), today()).iter().any(|question| question.id == hidden.id)
    };
    // The support-fee question is for Specified Skilled Worker (i) only: a student is not asked
    // it, so an answer left over from before is not read.
    assert!(!asked(&[("residence-status", "student")]));
    assert!(asked(&[("residence-status", "ssw-1")]));
    assert!(findings(&form, Phase::Arrival, &[("residence-status", "student"), ("ssw-support-fee", "yes")]).is_empty());
    assert_eq!(
        findings(&form, Phase::Arrival, &[("residence-status", "ssw-1"), ("ssw-support-fee", "yes")]),
        [("ssw-support-fee".to_owned(), Severity::Concern)]
    );
}

#[test]
fn pay_last_received_more_than_five_weeks_before_the_check_is_a_concern() {
    let form = questionnaire().form().expect("form");
    let late = findings(&form, Phase::Periodic, &[("last-paid", "2026-10-31")]);
    assert_eq!(late, [("last-pay-over-a-month".to_owned(), Severity::Concern)]);
    assert!(findings(&form, Phase::Periodic, &[("last-paid", "2026-11-25")]).is_empty());
    assert!(findings(&form, Phase::Arrival, &[("last-paid", "2026-10-31")]).is_empty(), "a periodic question");
}

/// A small deterministic generator (xorshift64*), so the search below is the same on every run.
struct Draw(u64);

impl Draw {
    fn next(&mut self, below: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 33) as usize % below.max(1)
    }
}

#[test]
fn every_rule_is_reached_by_some_answers_and_silent_for_others() {
    use mirai_pack::content::{ItemKind, YES_NO};
    let q = questionnaire();
    let form = q.form().expect("form");
    let mut draw = Draw(0x9e37_79b9_7f4a_7c15);
    let (mut fired, mut silent) = (std::collections::BTreeSet::new(), std::collections::BTreeSet::new());
    for _ in 0..20_000 {
        let mut given = Answers::new();
        for item in &q.items {
            if draw.next(5) == 0 {
                continue;
            }
            let ids: Vec<&str> = item.choices.iter().map(|c| c.id.as_str()).collect();
            let answer = match item.kind {
                ItemKind::YesNo => Answer::Choice(YES_NO[draw.next(YES_NO.len())].to_owned()),
                ItemKind::Single => Answer::Choice(ids[draw.next(ids.len())].to_owned()),
                ItemKind::Multiple => {
                    Answer::Choices(ids.iter().filter(|_| draw.next(3) == 0).map(|id| (*id).to_owned()).collect())
                }
                ItemKind::Number => {
                    let (min, max) = (item.min.unwrap_or(0), item.max.unwrap_or(0));
                    Answer::Number((min + draw.next(usize::try_from(max - min + 1).unwrap_or(1)) as i64) as f64)
                }
                ItemKind::Date => Answer::Date(today().plus_days(-(draw.next(120) as i32)).to_string()),
            };
            given.insert(item.id.clone(), answer);
        }
        for phase in [Phase::Arrival, Phase::Periodic] {
            let found: Vec<&str> = form.findings(phase, &given, today()).iter().map(|r| r.id.as_str()).collect();
            for rule in &q.rules {
                if found.contains(&rule.id.as_str()) {
                    fired.insert(rule.id.clone());
                } else {
                    silent.insert(rule.id.clone());
                }
            }
        }
    }
    let never: Vec<&str> = q.rules.iter().map(|r| r.id.as_str()).filter(|id| !fired.contains(*id)).collect();
    assert_eq!(never, Vec::<&str>::new(), "rules no answers lead to");
    let always: Vec<&str> = q.rules.iter().map(|r| r.id.as_str()).filter(|id| !silent.contains(*id)).collect();
    assert_eq!(always, Vec::<&str>::new(), "rules that hold whatever the answers");
}
