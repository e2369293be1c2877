//! A short extract around the first match, with what to highlight.

use crate::burmese::starts_syllable;
use crate::fold::fold_prefix;

/// Characters of context shown before the first match.
const BEFORE: usize = 30;
/// The longest extract, in characters.
const LENGTH: usize = 140;
/// Characters folded in the first attempt to find a match.
const FIRST_PREFIX: usize = 512;

/// An extract of a text, in pieces that are or are not a match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    /// The pieces, in order; joined, they are the extract.
    pub parts: Vec<(String, bool)>,
}

/// The extract of `text` (plain text) around the first place any of `terms` (folded, as
/// [`Query::terms`](crate::Query::terms) gives them) occurs, matching as the index does:
/// without case or Latin diacritics, and at the start of a word for Latin-script terms. The
/// beginning of the text when nothing matches.
pub fn snippet(text: &str, terms: &[String]) -> Snippet {
    let original: Vec<char> = text.chars().collect();
    let hits = hits_near_first(&original, terms);
    let first = hits.first().map_or(0, |&(start, _)| start);
    let from = first.saturating_sub(BEFORE);
    // Start at a word boundary when one is near, so the extract does not begin mid-word.
    let from = (from..first).find(|&i| i == 0 || original[i - 1].is_whitespace()).unwrap_or(from);
    let to = (from + LENGTH).min(original.len());
    let mut parts = Vec::new();
    if from > 0 {
        parts.push(("…".to_owned(), false));
    }
    let mut at = from;
    for &(start, end) in hits.iter().filter(|&&(start, end)| start >= from && end <= to) {
        if start < at {
            continue;
        }
        if start > at {
            parts.push((original[at..start].iter().collect(), false));
        }
        parts.push((original[start..end].iter().collect(), true));
        at = end;
    }
    if at < to {
        parts.push((original[at..to].iter().collect(), false));
    }
    if to < original.len() {
        parts.push(("…".to_owned(), false));
    }
    Snippet { parts }
}

/// The matches in the original text (as char ranges), in order, from the first one until at
/// least an extract's length past it. Most texts match early, so the text is folded in growing
/// prefixes rather than whole: a long article costs little more than a short one.
fn hits_near_first(original: &[char], terms: &[String]) -> Vec<(usize, usize)> {
    // A match found this far before the end of a prefix is a match in the whole text too (the
    // Burmese syllable test looks a few characters ahead).
    let margin = terms.iter().map(|term| term.chars().count()).max().unwrap_or(0) + 8;
    let mut limit = FIRST_PREFIX;
    loop {
        let mut folded: Vec<char> = Vec::with_capacity(limit.min(original.len()) + 16);
        let mut origin: Vec<usize> = Vec::with_capacity(folded.capacity());
        let done = fold_prefix(original, limit, |index, c| {
            folded.push(c);
            origin.push(index);
        });
        let whole = done == original.len();
        let hits: Vec<(usize, usize)> = find_all(&folded, terms)
            .into_iter()
            .map(|(start, end)| (origin[start], origin[end - 1] + 1))
            .filter(|&(_, end)| whole || end + margin <= done)
            .collect();
        let enough = hits.first().is_some_and(|&(start, _)| start + LENGTH + margin <= done);
        if whole || enough {
            return hits;
        }
        limit = limit.saturating_mul(4);
    }
}

/// Where the terms occur in the folded text, as folded-character ranges, in order.
fn find_all(folded: &[char], terms: &[String]) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    for term in terms {
        let needle: Vec<char> = term.chars().collect();
        if needle.is_empty() || needle.len() > folded.len() {
            continue;
        }
        let wordlike = needle.iter().all(|c| c.is_ascii_alphanumeric());
        let burmese = needle.iter().any(|c| matches!(c, '\u{1000}'..='\u{109F}'));
        for start in 0..=folded.len() - needle.len() {
            let end = start + needle.len();
            // Latin terms match at word starts; Burmese terms on whole syllables, as indexed.
            let bounded = if wordlike {
                start == 0 || !folded[start - 1].is_alphanumeric()
            } else if burmese {
                starts_syllable(folded, start) && starts_syllable(folded, end)
            } else {
                true
            };
            if folded[start..end] == needle[..] && bounded {
                found.push((start, end));
            }
        }
    }
    found.sort_unstable();
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn marked(s: &Snippet) -> String {
        s.parts.iter().map(|(text, hit)| if *hit { format!("[{text}]") } else { text.clone() }).collect()
    }

    #[test]
    fn matches_are_found_without_diacritics_and_shown_with_them() {
        let s = snippet("Tiền nhà ở Tokyo rất đắt.", &["nha".into(), "o".into()]);
        assert_eq!(marked(&s), "Tiền [nhà] [ở] Tokyo rất đắt.");
    }

    #[test]
    fn cjk_matches_anywhere_and_long_texts_are_cut_around_the_match() {
        let text = format!("{}家賃は毎月払います。{}", "あ".repeat(200), "い".repeat(200));
        let s = snippet(&text, &["家賃".into()]);
        let shown = marked(&s);
        assert!(shown.starts_with('…') && shown.ends_with('…'), "{shown}");
        assert!(shown.contains("[家賃]"));
        assert!(shown.chars().count() <= LENGTH + 4);
    }

    #[test]
    fn latin_terms_match_at_word_starts_only() {
        let s = snippet("banana and nana", &["nana".into()]);
        assert_eq!(marked(&s), "banana and [nana]");
    }

    #[test]
    fn burmese_terms_are_highlighted_on_whole_syllables_only() {
        // လုပ်ခ is inside အလုပ်ချိန် as characters, but ခ there begins the syllable ချိန်.
        let s = snippet("အလုပ်ချိန် နဲ့ လုပ်ခ", &["လုပ်ခ".into()]);
        assert_eq!(marked(&s), "အလုပ်ချိန် နဲ့ [လုပ်ခ]");
    }

    #[test]
    fn a_match_far_into_a_long_text_is_found() {
        let text = format!("{}. Tiền nhà {}", "Một câu dài. ".repeat(400), "x ".repeat(300));
        let s = snippet(&text, &["nha".into()]);
        assert!(marked(&s).contains("Tiền [nhà]"), "{}", marked(&s));
    }

    proptest! {
        #[test]
        fn folding_prefixes_finds_what_folding_everything_does(
            words in proptest::collection::vec("(nhà|nha|ở|o|家賃|家|လုပ်|ခ|ချိန်|ｶﾞ|が|x{1,9}|[a-z]{1,6})", 0..600),
            term in "(nha|o|家賃|家|လုပ်ခ|が|xx|ab)",
        ) {
            let text = words.join(" ");
            let original: Vec<char> = text.chars().collect();
            let terms = vec![term];
            let mut folded = Vec::new();
            let mut origin = Vec::new();
            fold_prefix(&original, original.len(), |index, c| {
                folded.push(c);
                origin.push(index);
            });
            let all: Vec<(usize, usize)> =
                find_all(&folded, &terms).into_iter().map(|(s, e)| (origin[s], origin[e - 1] + 1)).collect();
            let near = hits_near_first(&original, &terms);
            let shown = |hits: &[(usize, usize)]| -> Vec<(usize, usize)> {
                let first = hits.first().map_or(0, |h| h.0);
                hits.iter().copied().filter(|h| h.1 <= first + LENGTH).collect()
            };
            prop_assert_eq!(shown(&near), shown(&all));
        }
    }

    #[test]
    fn no_match_gives_the_beginning() {
        let s = snippet("短い", &["長い".into()]);
        assert_eq!(marked(&s), "短い");
    }
}
