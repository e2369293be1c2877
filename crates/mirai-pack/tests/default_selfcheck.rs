//! The worker self-check in the default content (`content/default/questionnaires`), run by the
//! engine on a few workers' answers: the findings a caseworker would expect, most serious first,
//! and nothing from a question that skip logic hid.

use mirai_pack::content::{Phase, Questionnaire, Severity};
use mirai_selfcheck::{Answer, Answers, Form};

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
                Err(_) if value.contains(',') => Answer::Choices(value.split(',').map(str::to_owned).collect()),
                Err(_) => Answer::Choice((*value).to_owned()),
            };
            ((*id).to_owned(), answer)
        })
        .collect()
}

fn findings(form: &Form, phase: Phase, list: &[(&str, &str)]) -> Vec<(String, Severity)> {
    form.findings(phase, &answers(list)).iter().map(|rule| (rule.id.clone(), rule.severity)).collect()
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
    let asked = form.asked(Phase::Periodic, &Answers::new());
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
        form.asked(Phase::Arrival, &answers(list)).iter().any(|question| question.id == hidden.id)
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
