//! Search over installed articles: every script finds what it should, a new pack version
//! replaces the old one's rows in the same transaction, and hostile input finds nothing.

mod support;

use std::collections::BTreeMap;

use mirai_core::Language;
use mirai_keys::RawKey;
use mirai_pack::{Limits, PackBuilder, PackId, PackPath};
use mirai_store::Store;
use support::Keys;

const LANGS: [Language; 5] = [Language::Ja, Language::En, Language::Zh, Language::Vi, Language::My];

/// An article whose text in each language is given; every other language repeats English.
fn article(id: &str, texts: &[(Language, &str, &str)]) -> serde_json::Value {
    let text: BTreeMap<&str, serde_json::Value> = LANGS
        .iter()
        .map(|lang| {
            let (_, title, body) = texts.iter().find(|(l, _, _)| l == lang).unwrap_or(&texts[0]);
            (lang.code(), serde_json::json!({"title": title, "summary": title, "body": body}))
        })
        .collect();
    serde_json::json!({
        "id": id, "category": "living", "reviewed": "2026-11-01",
        "sources": [{"title": "ISA", "url": "https://www.moj.go.jp/isa/"}], "text": text,
    })
}

fn pack(keys: &Keys, version: u64, articles: &[serde_json::Value]) -> Vec<u8> {
    let title: BTreeMap<Language, String> = LANGS.iter().map(|l| (*l, "Search test".to_owned())).collect();
    let mut builder = PackBuilder::new(
        PackId::parse("default").expect("id"),
        version,
        "2026-11-01".parse().expect("date"),
        semver::Version::new(0, 1, 0),
        title,
        LANGS.to_vec(),
    );
    for article in articles {
        let path = PackPath::parse(&format!("articles/{}.json", article["id"].as_str().expect("id"))).expect("path");
        builder.add(path, serde_json::to_vec(article).expect("json")).expect("add");
    }
    let unsigned = builder.build(&Limits::default()).expect("valid");
    unsigned.to_pack(Some(&unsigned.sign(&keys.signed, &keys.content)), 3).expect("pack")
}

fn rent() -> serde_json::Value {
    article(
        "rent",
        &[
            (Language::En, "Paying rent", "Pay the rent every month at the bank."),
            (Language::Ja, "家賃の 払い方", "{家賃|やちん}は {毎月|まいつき} {銀行|ぎんこう}で 払います。"),
            (Language::Zh, "怎样付房租", "每个月在银行付房租。"),
            (Language::Vi, "Trả tiền nhà", "Trả tiền nhà ở mỗi tháng tại ngân hàng."),
            (Language::My, "အိမ်လခ ပေးနည်း", "အိမ်လခကို လစဉ် ဘဏ်မှာ ပေးပါ။"),
        ],
    )
}

fn wages() -> serde_json::Value {
    article(
        "wages",
        &[
            (Language::En, "Minimum wage", "Every worker gets at least the minimum wage."),
            (Language::Ja, "最低賃金", "{最低賃金|さいていちんぎん}より 少ない お{金|かね}は だめです。"),
            (Language::Zh, "最低工资", "每个工人都至少要拿到最低工资。"),
            (Language::Vi, "Lương tối thiểu", "Mọi người lao động đều được nhận ít nhất mức lương tối thiểu."),
            (Language::My, "အနည်းဆုံး လုပ်ခ", "အလုပ်သမားတိုင်း အနည်းဆုံး လုပ်ခ ရရမယ်။"),
        ],
    )
}

/// A new store with one pack of `articles` installed; the folder lives as long as the store.
fn installed(articles: &[serde_json::Value]) -> (tempfile::TempDir, Store) {
    let keys = Keys::new();
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::create(&dir.path().join("s.db"), &RawKey::from_bytes([5; 32])).expect("create");
    store
        .import_pack_bytes(&dir.path().join("packs"), &pack(&keys, 1, articles), &keys.trust, &mut |_, _| {})
        .expect("install");
    (dir, store)
}

fn found(store: &Store, text: &str, lang: Option<Language>) -> Vec<String> {
    store.search(text, lang, 10).expect("search").hits.into_iter().map(|hit| hit.article_id).collect()
}

#[test]
fn every_script_finds_its_article() {
    let (_dir, store) = installed(&[rent(), wages()]);

    assert_eq!(found(&store, "家賃", Some(Language::Ja)), ["rent"]);
    assert_eq!(found(&store, "家", Some(Language::Ja)), ["rent"], "one character");
    assert_eq!(found(&store, "やちん", Some(Language::Ja)), ["rent"], "a reading finds the kanji");
    assert_eq!(found(&store, "ヤチン", Some(Language::Ja)), ["rent"], "katakana finds hiragana");
    assert_eq!(found(&store, "房租", Some(Language::Zh)), ["rent"]);
    assert_eq!(found(&store, "工资", Some(Language::Zh)), ["wages"]);
    assert_eq!(found(&store, "ngan hang", Some(Language::Vi)), ["rent"], "without diacritics");
    assert_eq!(found(&store, "NHÀ Ở", Some(Language::Vi)), ["rent"]);
    assert_eq!(found(&store, "toi thieu", Some(Language::Vi)), ["wages"]);
    assert_eq!(found(&store, "လုပ်ခ", Some(Language::My)), ["wages"], "a Burmese word inside a sentence");
    assert_eq!(found(&store, "ဘဏ်", Some(Language::My)), ["rent"]);
    assert_eq!(found(&store, "minim", Some(Language::En)), ["wages"], "a word being typed");
    assert!(found(&store, "家賃", Some(Language::En)).is_empty(), "other languages only on request");
    assert_eq!(found(&store, "家賃", None), ["rent"]);

    let hit = &store.search("ngan hang", Some(Language::Vi), 10).expect("search").hits[0];
    let marked: Vec<&str> = hit.snippet.parts.iter().filter(|(_, h)| *h).map(|(t, _)| t.as_str()).collect();
    assert_eq!(marked, ["ngân", "hàng"]);
    assert_eq!(hit.title, "Trả tiền nhà");
}

#[test]
fn a_misspelled_word_is_corrected_when_nothing_matches_it() {
    let (_dir, store) = installed(&[rent(), wages()]);
    let search = |text: &str, lang| store.search(text, lang, 10).expect("search");

    let fixed = search("minimun wage", Some(Language::En));
    assert_eq!(fixed.corrected.as_deref(), Some("minimum wage"));
    assert_eq!(fixed.hits.iter().map(|h| h.article_id.as_str()).collect::<Vec<_>>(), ["wages"]);
    let fixed = search("luong toi thiue", Some(Language::Vi));
    assert_eq!(fixed.corrected.as_deref(), Some("luong toi thieu"), "accents never count as mistakes");
    assert_eq!(fixed.hits.len(), 1);
    // What matches as typed is not second-guessed, and what is too far stays unfound.
    assert_eq!(search("minimum", Some(Language::En)).corrected, None);
    assert_eq!(search("qqqq zzzz", Some(Language::En)), mirai_store::SearchResults::default());
    assert_eq!(search("家具", Some(Language::Ja)), mirai_store::SearchResults::default(), "no guessing in kanji");
}

#[test]
fn a_new_version_replaces_the_old_rows_and_the_index_survives_reopening() {
    let keys = Keys::new();
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("s.db");
    let key = RawKey::from_bytes([6; 32]);
    let packs = dir.path().join("packs");
    let mut store = Store::create(&path, &key).expect("create");
    store.import_pack_bytes(&packs, &pack(&keys, 1, &[rent(), wages()]), &keys.trust, &mut |_, _| {}).expect("v1");
    store.import_pack_bytes(&packs, &pack(&keys, 2, &[wages()]), &keys.trust, &mut |_, _| {}).expect("v2");
    assert!(found(&store, "家賃", None).is_empty(), "the removed article is gone from search");
    drop(store);
    let store = Store::open(&path, &key).expect("open");
    assert_eq!(found(&store, "最低", None), ["wages"]);
}

#[test]
fn hostile_or_empty_input_finds_nothing_and_never_fails() {
    let (_dir, store) = installed(&[rent()]);
    let long = "家".repeat(10_000);
    for input in [
        "",
        "   ",
        "\"",
        "\"\"\"",
        "*",
        "rent OR",
        "NEAR(a b)",
        "title_words: x",
        "'; DROP TABLE pack; --",
        "\u{0}\u{1b}[31m",
        &long,
        "家賃 rent ngân ဘဏ် 🙂",
    ] {
        let result = store.search(input, None, 10);
        assert!(result.is_ok(), "{input:?}: {result:?}");
    }
    assert_eq!(found(&store, "家賃 rent", None), ["rent"], "mixed scripts in one query");
}
