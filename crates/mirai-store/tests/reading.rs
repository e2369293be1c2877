//! Bookmarks, reading history and "continue reading": order, where the reader stopped, what
//! the UI may send (unknown articles, out-of-range or missing progress), a bounded history,
//! articles whose pack went away, and clearing the history.

mod support;

use std::path::PathBuf;

use mirai_core::Language;
use mirai_keys::RawKey;
use mirai_store::{HISTORY_LIMIT, Progress, ReadingEntry, Store};
use support::Keys;

fn key() -> RawKey {
    RawKey::from_bytes([42; 32])
}

/// A store with the pack `default` at version 1 holding articles `a0` … `a{articles - 1}`.
fn store_with(articles: usize) -> (tempfile::TempDir, PathBuf, Keys, Store) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("mirai.db");
    let keys = Keys::new();
    let mut store = Store::create(&path, &key()).expect("create");
    store
        .import_pack_bytes(&packs(&dir), &keys.pack("default", 1, articles, "rent"), &keys.trust, &mut |_, _| {})
        .expect("install");
    (dir, path, keys, store)
}

fn packs(dir: &tempfile::TempDir) -> PathBuf {
    dir.path().join("packs")
}

fn at(fraction: f64) -> Progress {
    Progress::new(fraction).expect("a number")
}

fn ids(entries: &[ReadingEntry]) -> Vec<&str> {
    entries.iter().map(|e| e.article_id.as_str()).collect()
}

fn saved(store: &Store) -> Vec<String> {
    store.bookmarks().expect("bookmarks").into_iter().map(|b| b.article_id).collect()
}

#[test]
fn bookmarks_are_listed_last_saved_first_and_survive_a_restart() {
    let (_dir, path, _keys, mut store) = store_with(3);
    assert_eq!(saved(&store), Vec::<String>::new());
    assert!(store.set_bookmark("a1", true).expect("save"));
    assert!(store.set_bookmark("a0", true).expect("save"));
    assert!(store.set_bookmark("a2", true).expect("save"));
    // Saving again changes nothing, not even the order.
    assert!(store.set_bookmark("a1", true).expect("save again"));
    assert_eq!(saved(&store), ["a2", "a0", "a1"]);
    assert!(!store.set_bookmark("a0", false).expect("unsave"));
    assert!(!store.set_bookmark("a0", false).expect("unsave twice"));
    assert!(!store.is_bookmarked("a0").expect("read"));
    assert!(store.is_bookmarked("a2").expect("read"));
    drop(store);

    let store = Store::open(&path, &key()).expect("open");
    assert_eq!(saved(&store), ["a2", "a1"]);
    assert!(store.bookmarks().expect("bookmarks").iter().all(|b| b.added_at > 1_700_000_000));
}

#[test]
fn what_the_ui_sends_is_checked_articles_no_pack_has_are_not_stored() {
    let (_dir, _path, _keys, mut store) = store_with(2);
    for id in ["nope", "", "a0'; DROP TABLE bookmark; --", "../a0", &"a".repeat(10_000)] {
        assert!(!store.set_bookmark(id, true).expect("ignored"), "{id:.20}");
        assert!(!store.record_reading(id, Language::En, at(0.5)).expect("ignored"), "{id:.20}");
    }
    assert_eq!(saved(&store), Vec::<String>::new());
    assert_eq!(store.reading_history(50).expect("history"), Vec::new());

    // Progress is a fraction: NaN measures nothing, anything else is clamped.
    assert_eq!(Progress::new(f64::NAN), None);
    assert_eq!(Progress::new(-3.0), Some(Progress::START));
    assert_eq!(Progress::new(7.5), Some(Progress::END));
    assert_eq!(Progress::new(f64::INFINITY), Some(Progress::END));
    assert_eq!(Progress::new(f64::NEG_INFINITY), Some(Progress::START));
    assert_eq!(at(0.25).fraction(), 0.25);
}

#[test]
fn continue_reading_returns_to_the_furthest_place_in_the_last_unfinished_article() {
    let (_dir, path, _keys, mut store) = store_with(3);
    assert_eq!(store.continue_reading().expect("none yet"), None);

    assert!(store.record_reading("a0", Language::Vi, Progress::START).expect("open"));
    assert!(store.record_reading("a0", Language::Vi, at(0.4)).expect("scroll"));
    assert!(store.record_reading("a1", Language::Ja, Progress::START).expect("open"));
    assert!(store.record_reading("a1", Language::Ja, at(0.97)).expect("to the end"));

    // a1 was read to the end, so a0 is the one to continue, where it was left, in Vietnamese.
    let next = store.continue_reading().expect("read").expect("one");
    assert_eq!(
        (next.article_id.as_str(), next.lang, next.progress, next.finished),
        ("a0", Language::Vi, at(0.4), false)
    );
    let history = store.reading_history(10).expect("history");
    assert_eq!(ids(&history), ["a1", "a0"]);
    assert!(history[0].finished && history[0].opened_at > 1_700_000_000);

    // Going back up (to reread, or to the link at the top) keeps the furthest place.
    store.record_reading("a0", Language::Vi, at(0.1)).expect("scroll back");
    assert_eq!(store.continue_reading().expect("read").map(|e| e.progress), Some(at(0.4)));

    // Opening again moves it to the top, in the language it is read in now; a new article
    // starts at the top and is the one to continue.
    store.record_reading("a0", Language::En, Progress::START).expect("open again");
    store.record_reading("a2", Language::En, Progress::START).expect("open new");
    let history = store.reading_history(10).expect("history");
    assert_eq!(ids(&history), ["a2", "a0", "a1"]);
    assert_eq!((history[0].progress, history[1].progress, history[1].lang), (Progress::START, at(0.4), Language::En));
    assert_eq!(store.continue_reading().expect("read").map(|e| e.article_id).as_deref(), Some("a2"));
    assert_eq!(ids(&store.reading_history(2).expect("history")), ["a2", "a0"]);
    drop(store);

    let store = Store::open(&path, &key()).expect("open");
    assert_eq!(ids(&store.reading_history(10).expect("history")), ["a2", "a0", "a1"]);
}

#[test]
fn the_history_keeps_only_the_newest_articles() {
    let extra = 3;
    let (_dir, _path, _keys, mut store) = store_with(HISTORY_LIMIT + extra);
    for i in 0..HISTORY_LIMIT + extra {
        assert!(store.record_reading(&format!("a{i}"), Language::En, Progress::START).expect("open"));
    }
    let history = store.reading_history(usize::MAX).expect("history");
    assert_eq!(history.len(), HISTORY_LIMIT);
    assert_eq!(
        history.first().map(|e| e.article_id.as_str()),
        Some(format!("a{}", HISTORY_LIMIT + extra - 1).as_str())
    );
    assert_eq!(history.last().map(|e| e.article_id.as_str()), Some(format!("a{extra}").as_str()));
    // Opening one of the oldest again brings it back to the top, and the next oldest goes.
    store.record_reading(&format!("a{extra}"), Language::En, Progress::START).expect("open");
    let history = store.reading_history(usize::MAX).expect("history");
    assert_eq!(history.len(), HISTORY_LIMIT);
    assert_eq!(history[0].article_id, format!("a{extra}"));
    assert_eq!(history.last().map(|e| e.article_id.as_str()), Some(format!("a{}", extra + 1).as_str()));
}

#[test]
fn articles_whose_pack_went_away_are_left_out_and_come_back_with_it() {
    let (dir, _path, keys, mut store) = store_with(3);
    store.set_bookmark("a2", true).expect("save");
    store.set_bookmark("a0", true).expect("save");
    store.record_reading("a0", Language::En, at(0.3)).expect("read");
    store.record_reading("a2", Language::En, at(0.6)).expect("read");
    assert_eq!(store.continue_reading().expect("read").map(|e| e.article_id).as_deref(), Some("a2"));

    // Version 2 of the pack no longer has a2.
    store
        .import_pack_bytes(&packs(&dir), &keys.pack("default", 2, 2, "rent"), &keys.trust, &mut |_, _| {})
        .expect("v2");
    assert_eq!(saved(&store), ["a0"]);
    assert_eq!(ids(&store.reading_history(10).expect("history")), ["a0"]);
    assert_eq!(store.continue_reading().expect("read").map(|e| e.article_id).as_deref(), Some("a0"));
    assert!(!store.record_reading("a2", Language::En, Progress::START).expect("ignored"));

    // Version 3 has it again, with the reader's place.
    store
        .import_pack_bytes(&packs(&dir), &keys.pack("default", 3, 3, "rent"), &keys.trust, &mut |_, _| {})
        .expect("v3");
    assert_eq!(saved(&store), ["a0", "a2"]);
    let next = store.continue_reading().expect("read").expect("one");
    assert_eq!((next.article_id.as_str(), next.progress), ("a2", at(0.6)));
}

#[test]
fn clearing_the_history_forgets_every_article_read_and_keeps_the_saved_ones() {
    let (_dir, path, _keys, mut store) = store_with(3);
    store.set_bookmark("a1", true).expect("save");
    for id in ["a0", "a1", "a2"] {
        store.record_reading(id, Language::My, at(0.5)).expect("read");
    }
    assert_eq!(store.clear_history().expect("clear"), 3);
    assert_eq!(store.reading_history(10).expect("history"), Vec::new());
    assert_eq!(store.continue_reading().expect("read"), None);
    assert_eq!(saved(&store), ["a1"]);
    assert_eq!(store.clear_history().expect("clear again"), 0);
    drop(store);

    let mut store = Store::open(&path, &key()).expect("open");
    assert_eq!(store.reading_history(10).expect("history"), Vec::new());
    assert_eq!(store.integrity_problems().expect("check"), Vec::<String>::new());
    // The history starts again from nothing.
    store.record_reading("a2", Language::En, Progress::START).expect("open");
    assert_eq!(ids(&store.reading_history(10).expect("history")), ["a2"]);
}
