//! Folding: the same letters typed differently become the same text.

use unicode_normalization::UnicodeNormalization;

use crate::script::is_mark;

/// Folds `text` for matching: NFKC (full-width Latin and digits to ASCII, half-width katakana to
/// full-width), lower case, Latin letters without their diacritics (so "nha o" matches
/// "nhà ở", "acao" matches "ação", and "đ" is "d"), and katakana as hiragana. Burmese and Han
/// pass through unchanged apart from NFKC.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_each(text, |_, folded| out.push(folded));
    out
}

/// Folds `text` one character at a time, calling `emit(index of the original char, folded char)`
/// for each folded character, so callers can map matches back to the original text.
pub(crate) fn fold_each(text: &str, emit: impl FnMut(usize, char)) {
    let chars: Vec<char> = text.chars().collect();
    fold_prefix(&chars, chars.len(), emit);
}

/// Folds `chars` from the start until at least `limit` of them are done, calling `emit` as
/// [`fold_each`] does, and returns how many were done: `limit`, or a little more so that a
/// character and its marks are never split, or all of them.
pub(crate) fn fold_prefix(chars: &[char], limit: usize, mut emit: impl FnMut(usize, char)) -> usize {
    let mut index = 0;
    while index < chars.len() && index < limit {
        // A character and the marks that follow it fold together, so a half-width ｶ with a
        // separate voicing mark becomes が, and a with a separately typed accent becomes a.
        let end = (index + 1..chars.len()).find(|&i| !joins_previous(chars[i])).unwrap_or(chars.len());
        let first = chars[index];
        if end == index + 1 && is_stable(first) {
            // The common case, without normalization: ASCII, kana, Han, Burmese on their own.
            emit(index, hiragana(first.to_ascii_lowercase()));
            index = end;
            continue;
        }
        let cluster = &chars[index..end];
        for c in cluster.iter().copied().nfkc().flat_map(char::to_lowercase) {
            if is_latin(c) {
                for d in std::iter::once(c).nfd().filter(|d| !is_mark(*d)) {
                    emit(index, latin_base(d).unwrap_or(d));
                }
            } else if !(is_mark(c) && is_latin_cluster(cluster)) {
                emit(index, hiragana(c));
            }
        }
        index = end;
    }
    index
}

/// Whether `c` belongs to the character before it: a combining mark, or a kana voicing mark.
fn joins_previous(c: char) -> bool {
    is_mark(c) || matches!(c, '\u{3099}' | '\u{309A}' | '\u{FF9E}' | '\u{FF9F}')
}

fn is_latin_cluster(cluster: &[char]) -> bool {
    cluster.first().is_some_and(|c| is_latin(*c))
}

/// Characters that NFKC, lower-casing and mark removal leave as they are (apart from ASCII
/// case), alone: ASCII, hiragana and katakana (katakana still becomes hiragana), common Han,
/// and Burmese.
fn is_stable(c: char) -> bool {
    matches!(c, '\0'..='\u{7F}' | '\u{3041}'..='\u{3096}' | '\u{30A1}'..='\u{30FA}' | '\u{4E00}'..='\u{9FFF}' | '\u{1000}'..='\u{109F}')
}

/// Latin letters, with or without diacritics (Basic Latin to Latin Extended Additional).
fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}') && c.is_alphabetic()
}

/// Latin letters whose diacritic is not a separate mark in Unicode.
fn latin_base(c: char) -> Option<char> {
    Some(match c {
        'đ' => 'd',
        'ø' => 'o',
        'ł' => 'l',
        'ı' => 'i',
        _ => return None,
    })
}

/// Katakana as hiragana; everything else as it is.
fn hiragana(c: char) -> char {
    match c {
        '\u{30A1}'..='\u{30F6}' => char::from_u32(c as u32 - 0x60).unwrap_or(c),
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_scripts_lose_case_and_diacritics() {
        assert_eq!(fold("Nhà Ở"), "nha o");
        assert_eq!(fold("Đăng ký"), "dang ky");
        assert_eq!(fold("Ação, São Paulo, año, CORAZÓN"), "acao, sao paulo, ano, corazon");
        assert_eq!(fold("ＡＢＣ１２３"), "abc123");
    }

    #[test]
    fn kana_is_hiragana_and_half_width_is_full_width() {
        assert_eq!(fold("ガイコクジン"), "がいこくじん");
        assert_eq!(fold("ｶﾞｲｺｸ"), "がいこく");
        assert_eq!(fold("家賃"), "家賃");
    }

    #[test]
    fn burmese_keeps_its_marks() {
        let text = "မြန်မာ လုပ်ခ ဦး";
        assert_eq!(fold(text), text);
    }

    #[test]
    fn a_separately_typed_accent_goes_too() {
        assert_eq!(fold("nha\u{0300}"), "nha");
    }
}
