//! What is indexed for one article in one language.

use crate::burmese::syllables;
use crate::fold::fold;
use crate::script::{Class, class};

/// The FTS5 columns a [`Document`] fills, in this order: words (Latin-script words and Burmese
/// syllables), single CJK characters, and overlapping CJK bigrams; for the title, then the body.
pub const COLUMNS: [&str; 6] = ["title_words", "title_chars", "title_pairs", "body_words", "body_chars", "body_pairs"];

/// The text of each of [`COLUMNS`], as space-separated tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// One string per column.
    pub columns: [String; 6],
}

impl Document {
    /// Tokenizes a title and a body (plain text, markup already removed).
    pub fn new(title: &str, body: &str) -> Document {
        let title = Tokens::of(title);
        let body = Tokens::of(body);
        Document {
            columns: [
                title.words.join(" "),
                title.chars.join(" "),
                title.pairs.join(" "),
                body.words.join(" "),
                body.chars.join(" "),
                body.pairs.join(" "),
            ],
        }
    }
}

/// Tokens of one text, by kind.
#[derive(Debug, Default)]
pub(crate) struct Tokens {
    pub words: Vec<String>,
    pub chars: Vec<String>,
    pub pairs: Vec<String>,
}

impl Tokens {
    pub(crate) fn of(text: &str) -> Tokens {
        let mut tokens = Tokens::default();
        for (kind, run) in runs(&fold(text)) {
            match kind {
                Class::Word => tokens.words.push(run),
                Class::Burmese => tokens.words.extend(syllables(&run).into_iter().map(str::to_owned)),
                Class::Cjk => {
                    let chars: Vec<char> = run.chars().collect();
                    tokens.chars.extend(chars.iter().map(char::to_string));
                    tokens.pairs.extend(chars.windows(2).map(|pair| pair.iter().collect()));
                }
                Class::Other => {}
            }
        }
        tokens
    }
}

/// Splits folded text into runs of one class each.
pub(crate) fn runs(folded: &str) -> Vec<(Class, String)> {
    let mut out: Vec<(Class, String)> = Vec::new();
    for c in folded.chars() {
        let kind = class(c);
        match out.last_mut() {
            Some((last, run)) if *last == kind && kind != Class::Other => run.push(c),
            _ if kind == Class::Other => out.push((kind, String::new())),
            _ => out.push((kind, c.to_string())),
        }
    }
    out.retain(|(kind, _)| *kind != Class::Other);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_script_is_cut_its_own_way() {
        let doc = Document::new("家賃の払い方", "Tiền nhà ở Tokyo. မြန်မာ လုပ်ခ");
        assert_eq!(doc.columns[1], "家 賃 の 払 い 方");
        assert_eq!(doc.columns[2], "家賃 賃の の払 払い い方");
        assert_eq!(doc.columns[3], "tien nha o tokyo မြန် မာ လုပ် ခ");
        assert_eq!(doc.columns[0], "");
    }

    #[test]
    fn punctuation_breaks_bigrams() {
        let doc = Document::new("", "日本。語");
        assert_eq!(doc.columns[5], "日本");
        assert_eq!(doc.columns[4], "日 本 語");
    }
}
