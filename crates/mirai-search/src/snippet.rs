//! A short extract around the first match, with what to highlight.

use crate::burmese::starts_syllable;
use crate::fold::fold_each;

/// Characters of context shown before the first match.
const BEFORE: usize = 30;
/// The longest extract, in characters.
const LENGTH: usize = 140;

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
    let mut folded: Vec<char> = Vec::with_capacity(original.len());
    let mut origin: Vec<usize> = Vec::with_capacity(original.len());
    fold_each(text, |index, c| {
        folded.push(c);
        origin.push(index);
    });
    let matches = find_all(&folded, terms);
    let hits: Vec<(usize, usize)> = matches.iter().map(|&(start, end)| (origin[start], origin[end - 1] + 1)).collect();
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
    fn no_match_gives_the_beginning() {
        let s = snippet("短い", &["長い".into()]);
        assert_eq!(marked(&s), "短い");
    }
}
