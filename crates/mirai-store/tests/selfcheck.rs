//! The self-check in the store: each answer saved on its own and still there after the app
//! stops mid-sheet, changed and cleared answers, finishing a check into the history in one
//! step, erasing a check, and ids from outside that do not fit refused with nothing written.

use mirai_keys::RawKey;
use mirai_selfcheck::{Answer, Answers, Phase};
use mirai_store::{Store, StoreError};

const SHEET: &str = "worker-self-check";

fn key() -> RawKey {
    RawKey::from_bytes([43; 32])
}

fn choice(id: &str) -> Answer {
    Answer::Choice(id.to_owned())
}

fn answers(list: &[(&str, Answer)]) -> Answers {
    list.iter().map(|(id, answer)| ((*id).to_owned(), answer.clone())).collect()
}

#[test]
fn every_answer_is_kept_the_moment_it_is_given_even_if_the_app_stops() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("mirai.db");
    let mut store = Store::create(&path, &key()).expect("create");
    store.save_answer(SHEET, "residence-status", Some(&choice("technical-intern"))).expect("save");
    store.save_answer(SHEET, "passport-kept", Some(&choice("not-sure"))).expect("save");
    store.save_answer(SHEET, "passport-kept", Some(&choice("yes"))).expect("change");
    store.save_answer(SHEET, "overtime-hours", Some(&Answer::Number(60.0))).expect("save");
    store.save_answer(SHEET, "overtime-hours", None).expect("clear");
    store.save_answer(SHEET, "restrictions", Some(&Answer::Choices(vec!["phone".into()]))).expect("save");
    // The app stops here, mid-sheet, without finishing.
    drop(store);
    let store = Store::open(&path, &key()).expect("open");
    assert_eq!(
        store.draft_answers(SHEET).expect("draft"),
        answers(&[
            ("passport-kept", choice("yes")),
            ("residence-status", choice("technical-intern")),
            ("restrictions", Answer::Choices(vec!["phone".into()])),
        ])
    );
    assert!(store.draft_answers("another-sheet").expect("draft").is_empty());
}

#[test]
fn finishing_moves_the_answers_and_findings_into_the_history() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::create(&dir.path().join("mirai.db"), &key()).expect("create");
    assert!(store.check_history(SHEET).expect("history").is_empty());

    store.save_answer(SHEET, "passport-kept", Some(&choice("yes"))).expect("save");
    let first_answers = store.draft_answers(SHEET).expect("draft");
    let first = store
        .complete_check(SHEET, 1, Phase::Arrival, &first_answers, &["passport-kept-other".into()], 10)
        .expect("complete");
    assert!(store.draft_answers(SHEET).expect("draft").is_empty(), "a new sheet starts empty");

    store.save_answer(SHEET, "passport-kept", Some(&choice("no"))).expect("save");
    let second_answers = store.draft_answers(SHEET).expect("draft");
    let second = store.complete_check(SHEET, 1, Phase::Periodic, &second_answers, &[], 10).expect("complete");

    let history = store.check_history(SHEET).expect("history");
    assert_eq!(history.iter().map(|c| c.id).collect::<Vec<_>>(), [second, first], "newest first");
    assert_eq!(history[1].answers, first_answers);
    assert_eq!((history[1].phase, history[0].phase), (Phase::Arrival, Phase::Periodic));
    assert_eq!(history[1].findings, ["passport-kept-other"]);
    assert_eq!(history[0].findings, Vec::<String>::new());

    assert_eq!(store.points_total().expect("points"), 20, "ten points for each finished check");
    assert!(store.delete_check(first).expect("delete"));
    assert_eq!(store.points_total().expect("points"), 20, "erasing a check keeps its points");
    assert!(!store.delete_check(first).expect("again"), "already gone");
    assert_eq!(store.check_history(SHEET).expect("history").len(), 1);

    store.save_answer(SHEET, "passport-kept", Some(&choice("yes"))).expect("save");
    store.discard_draft(SHEET).expect("discard");
    assert!(store.draft_answers(SHEET).expect("draft").is_empty());
}

#[test]
fn ids_that_do_not_fit_are_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::create(&dir.path().join("mirai.db"), &key()).expect("create");
    let long = "a".repeat(81);
    for (sheet, item) in
        [("", "a"), (SHEET, ""), (SHEET, "Passport"), (SHEET, "a'; DROP TABLE x; --"), (SHEET, long.as_str())]
    {
        assert!(
            matches!(store.save_answer(sheet, item, Some(&choice("yes"))), Err(StoreError::InvalidInput(_))),
            "{sheet:?} {item:?}"
        );
    }
    assert!(matches!(
        store.complete_check(SHEET, 1, Phase::Arrival, &Answers::new(), &["bad id".into()], 10),
        Err(StoreError::InvalidInput(_))
    ));
    assert!(store.draft_answers(SHEET).expect("draft").is_empty());
    assert!(store.check_history(SHEET).expect("history").is_empty());
    assert_eq!(store.points_total().expect("points"), 0, "a refused check earns nothing");
}

#[test]
fn the_weekly_article_earns_its_points_once_a_week() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::create(&dir.path().join("mirai.db"), &key()).expect("create");
    assert!(!store.weekly_article_read("2026-12-07").expect("read"));
    assert!(store.earn_weekly_article("2026-12-07", "pay-slip", 5).expect("earn"));
    assert!(!store.earn_weekly_article("2026-12-07", "pay-slip", 5).expect("again"), "once a week");
    assert!(store.weekly_article_read("2026-12-07").expect("read"));
    assert!(store.earn_weekly_article("2026-12-14", "rent", 5).expect("next week"));
    assert_eq!(store.points_total().expect("points"), 10);
    assert!(matches!(store.earn_weekly_article("2026-12-21", "../x", 5), Err(StoreError::InvalidInput(_))));
    assert_eq!(store.points_total().expect("points"), 10);
}

#[test]
fn check_reminders_are_off_until_turned_on_and_remember_the_day_notified() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("mirai.db");
    let mut store = Store::create(&path, &key()).expect("create");
    assert!(!store.check_reminders().expect("read"));
    assert_eq!(store.reminded_for().expect("read"), None);
    store.set_check_reminders(true).expect("turn on");
    store.set_reminded_for("2026-07-01").expect("record");
    drop(store);
    let mut store = Store::open(&path, &key()).expect("open");
    assert!(store.check_reminders().expect("read"));
    assert_eq!(store.reminded_for().expect("read").as_deref(), Some("2026-07-01"));
    store.set_check_reminders(false).expect("turn off");
    assert!(!store.check_reminders().expect("read"));
}
