//! The real message files: all nine languages complete and consistent, and every error the
//! store can report has a message.

use mirai_core::Language;
use mirai_i18n::{Localizer, check_sources, embedded_sources};
use mirai_store::StoreError;

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let problems = check_sources(embedded_sources());
    let report: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(report.is_empty(), "{} problems in locales/:\n{}", report.len(), report.join("\n"));
}

#[test]
fn every_store_error_has_a_message_in_every_language() {
    let l10n = Localizer::embedded().expect("embedded messages load");
    for lang in Language::ALL {
        for code in StoreError::ALL_CODES.iter().chain(mirai_pack::PackError::ALL_CODES.iter()) {
            let id = format!("error-{code}");
            assert!(l10n.has(lang, &id), "{lang}: no message {id}");
        }
    }
}

#[test]
fn messages_are_in_their_own_script() {
    let l10n = Localizer::embedded().expect("embedded messages load");
    let text = |lang| l10n.format(lang, "settings-title", &[]);
    let has = |s: String, range: std::ops::RangeInclusive<char>| s.chars().any(|c| range.contains(&c));
    assert!(has(text(Language::My), '\u{1000}'..='\u{109F}'), "Burmese is not in Myanmar script");
    assert!(has(text(Language::Ja), '\u{3040}'..='\u{9FFF}'), "Japanese is not in Japanese script");
    assert!(has(text(Language::Zh), '\u{4E00}'..='\u{9FFF}'), "Chinese is not in Han script");
    let vi = l10n.format(Language::Vi, "home-intro", &[]);
    assert!(vi.chars().any(|c| "ăâđêôơưàảãáạ".contains(c)), "Vietnamese lacks its letters: {vi}");
}

#[test]
fn the_app_name_term_resolves_everywhere() {
    let l10n = Localizer::embedded().expect("embedded messages load");
    for lang in Language::ALL {
        let title = l10n.format(lang, "home-title", &[]);
        assert!(title.contains("Mirai"), "{lang}: {title}");
        assert!(!title.contains('{'), "{lang}: unresolved placeable in {title}");
    }
}
