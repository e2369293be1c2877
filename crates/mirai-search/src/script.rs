//! Which kind of token a character belongs to.

/// How a character is tokenized.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    /// Letters and digits of space-separated scripts: part of a word.
    Word,
    /// Han, kana: indexed as single characters and bigrams.
    Cjk,
    /// Myanmar script: split into syllables.
    Burmese,
    /// Spaces, punctuation, symbols: separate tokens.
    Other,
}

/// The class of `c` (after folding).
pub(crate) fn class(c: char) -> Class {
    match c {
        '\u{1000}'..='\u{109F}' | '\u{AA60}'..='\u{AA7F}' | '\u{A9E0}'..='\u{A9FF}' => Class::Burmese,
        '\u{3040}'..='\u{30FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FA1F}'
        | '\u{3005}'
        | '\u{3006}' => Class::Cjk,
        _ if c.is_alphanumeric() => Class::Word,
        // Combining marks continue the word they follow (Thai, Devanagari, leftover accents).
        _ if is_mark(c) => Class::Word,
        _ => Class::Other,
    }
}

/// Whether `c` is a combining mark (general category M), for the scripts the app meets.
pub(crate) fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}'
        | '\u{0900}'..='\u{0903}'
        | '\u{093A}'..='\u{094F}'
        | '\u{0E31}' | '\u{0E34}'..='\u{0E3A}' | '\u{0E47}'..='\u{0E4E}')
}
