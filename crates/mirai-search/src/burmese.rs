//! Burmese syllables: Burmese is written without spaces between words, and a search for a word
//! must find it inside a phrase, so text is indexed syllable by syllable.
//!
//! The rule is the well-known one: a syllable starts at a consonant unless that consonant is
//! stacked under the previous one (after the virama U+1039) or is closed by an asat (U+103A) or
//! stacks the next one; independent vowels, digits and punctuation start a syllable of their own.

const VIRAMA: char = '\u{1039}';
const ASAT: char = '\u{103A}';

fn is_consonant(c: char) -> bool {
    matches!(c, '\u{1000}'..='\u{1021}')
}

fn stands_alone(c: char) -> bool {
    matches!(c, '\u{1023}'..='\u{102A}' | '\u{103F}' | '\u{1040}'..='\u{104F}')
}

/// Splits a run of Myanmar-script text into syllables.
pub(crate) fn syllables(run: &str) -> Vec<&str> {
    let chars: Vec<(usize, char)> = run.char_indices().collect();
    let plain: Vec<char> = chars.iter().map(|&(_, c)| c).collect();
    let mut out = Vec::new();
    let mut start = 0;
    for (i, &(at, _)) in chars.iter().enumerate().skip(1) {
        if starts_syllable(&plain, i) {
            out.push(&run[start..at]);
            start = at;
        }
    }
    if start < run.len() {
        out.push(&run[start..]);
    }
    out
}

/// Whether a syllable (or a non-Burmese character) starts at `chars[i]`; true at both ends.
pub(crate) fn starts_syllable(chars: &[char], i: usize) -> bool {
    let (Some(&c), Some(&prev)) = (chars.get(i), i.checked_sub(1).and_then(|p| chars.get(p))) else {
        return true;
    };
    let next = chars.get(i + 1).copied();
    let burmese = |c: char| matches!(c, '\u{1000}'..='\u{109F}');
    !burmese(c)
        || !burmese(prev)
        || (is_consonant(c) && prev != VIRAMA && next != Some(ASAT) && next != Some(VIRAMA))
        || stands_alone(c)
        || stands_alone(prev)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split_into_their_syllables() {
        assert_eq!(syllables("မြန်မာ"), ["မြန်", "မာ"]);
        assert_eq!(syllables("လုပ်ခ"), ["လုပ်", "ခ"]);
        assert_eq!(syllables("နိုင်ငံ"), ["နိုင်", "ငံ"]);
        assert_eq!(syllables("ကျောင်းသား"), ["ကျောင်း", "သား"]);
    }

    #[test]
    fn stacked_consonants_and_kinzi_stay_in_one_syllable() {
        // ဗုဒ္ဓ: ဓ is stacked under ဒ, which therefore closes the first syllable.
        assert_eq!(syllables("ဗုဒ္ဓ"), ["ဗုဒ္ဓ"]);
        // အင်္ဂလိပ်: kinzi (င်္) sits on ဂ.
        assert_eq!(syllables("အင်္ဂလိပ်"), ["အင်္ဂ", "လိပ်"]);
    }

    #[test]
    fn digits_and_independent_vowels_stand_alone() {
        assert_eq!(syllables("၁၂၃"), ["၁", "၂", "၃"]);
        assert_eq!(syllables("ဥပဒေ"), ["ဥ", "ပ", "ဒေ"]);
    }
}
