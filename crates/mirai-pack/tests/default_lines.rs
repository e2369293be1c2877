//! "Which line do I call?" on the default directory (`content/default/directory`): at a few
//! moments that matter (a weekday morning, a weekday evening, a holiday, the New Year break),
//! for callers of a few languages, the lines come in the order a worker should try them.

use jiff::civil::{DateTime, datetime};
use mirai_core::{Language, LineStatus};
use mirai_pack::content::{DirectoryEntry, Topic, route_lines};

fn directory() -> Vec<DirectoryEntry> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/default/directory");
    let mut entries: Vec<DirectoryEntry> = std::fs::read_dir(&dir)
        .expect("the default directory")
        .map(|file| {
            serde_json::from_slice(&std::fs::read(file.expect("a file").path()).expect("readable")).expect("valid")
        })
        .collect();
    entries.sort_by(|a, b| a.id.cmp(&b.id));
    entries
}

/// One line per entry: `id status [next opening] [*some days only]`.
fn check(topic: Option<Topic>, language: Language, now: DateTime, expected: &[&str]) {
    let entries = directory();
    let got: Vec<String> = route_lines(&entries, topic, language, now)
        .into_iter()
        .map(|(entry, r)| {
            let status = match r.status {
                LineStatus::OpenInYourLanguage => "open",
                LineStatus::OpenInOtherLanguages => "open-other",
                LineStatus::Closed => "closed",
            };
            let next = r.next_opening.map(|t| format!(" {t}")).unwrap_or_default();
            let some = if r.some_days_only { " *" } else { "" };
            format!("{} {status}{next}{some}", entry.id)
        })
        .collect();
    assert_eq!(got, expected, "{topic:?} {language:?} {now}");
}

#[test]
fn unpaid_wages_on_a_tuesday_morning_in_vietnamese() {
    check(
        Some(Topic::Wages),
        Language::Vi,
        datetime(2026, 11, 24, 10, 0, 0, 0),
        &["houterasu-multilingual open", "labour-hotline closed 2026-11-24T17:00:00"],
    );
}

#[test]
fn unpaid_wages_on_a_public_holiday_in_japanese() {
    // 2026-11-23 is Labour Thanksgiving Day, a Monday: the hotline keeps holiday hours, the
    // legal information line is closed until Tuesday.
    check(
        Some(Topic::Wages),
        Language::Ja,
        datetime(2026, 11, 23, 10, 0, 0, 0),
        &["labour-hotline open", "houterasu-multilingual closed 2026-11-24T09:00:00"],
    );
}

#[test]
fn feeling_ill_on_a_saturday_evening_in_portuguese() {
    // 119 and the visitor hotline answer day and night; the medical interpreting line answers
    // in English and others until 20:00, in Portuguese again on Monday.
    check(
        Some(Topic::Health),
        Language::Pt,
        datetime(2026, 11, 28, 19, 0, 0, 0),
        &[
            "fire-ambulance-119 open",
            "amda-medical-interpretation open-other 2026-11-30T09:00:00",
            "japan-visitor-hotline open-other",
        ],
    );
    // In Vietnamese on a Wednesday afternoon: only "some weekdays", said so.
    check(
        Some(Topic::Health),
        Language::Vi,
        datetime(2026, 11, 25, 14, 0, 0, 0),
        &["amda-medical-interpretation open *", "fire-ambulance-119 open-other", "japan-visitor-hotline open-other"],
    );
}

#[test]
fn discrimination_during_the_new_year_break() {
    check(
        Some(Topic::Harassment),
        Language::Tl,
        datetime(2026, 12, 30, 11, 0, 0, 0),
        &["police-110 open-other", "jinken-foreigners closed 2027-01-04T09:00:00"],
    );
}

#[test]
fn every_line_without_a_topic() {
    let entries = directory();
    let routed = route_lines(&entries, None, Language::En, datetime(2026, 11, 24, 3, 0, 0, 0));
    assert_eq!(routed.len(), entries.len());
    assert!(entries.iter().all(|e| !e.topics.is_empty()), "every default entry names its topics");
    for topic in Topic::ALL {
        assert!(entries.iter().any(|e| e.topics.contains(&topic)), "no line for {topic:?}");
    }
}
