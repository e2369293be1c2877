//! What a person typed, as a safe FTS5 query.

use crate::burmese::syllables;
use crate::fold::fold;
use crate::script::Class;
use crate::zawgyi::normalize_query;

/// The longest input read, in characters; the rest is ignored.
const MAX_INPUT_CHARS: usize = 256;
/// The most terms combined; more add little and cost time.
const MAX_TERMS: usize = 12;

/// A search, ready for FTS5.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    clauses: Vec<String>,
    expression: String,
    terms: Vec<String>,
}

impl Query {
    /// Reads what was typed. Burmese typed in Zawgyi is converted to Unicode first (see
    /// [`is_zawgyi`](crate::is_zawgyi)). Every term becomes a quoted FTS5 string, so operators,
    /// quotes, column names and control characters typed by the user are only text. `None` when
    /// nothing searchable is left (only spaces or punctuation, say).
    pub fn parse(input: &str) -> Option<Query> {
        let input: String = input.chars().take(MAX_INPUT_CHARS).collect();
        let input = normalize_query(&input);
        let runs = crate::document::runs(&fold(&input));
        let last = runs.len().checked_sub(1);
        let mut clauses = Vec::new();
        let mut terms = Vec::new();
        for (i, (kind, run)) in runs.into_iter().enumerate().take(MAX_TERMS) {
            let clause = match kind {
                // The word being typed matches as a prefix, so results come while typing.
                Class::Word if Some(i) == last && run.chars().count() >= 3 => {
                    format!("{{title_words body_words}} : {}*", quoted(&run))
                }
                Class::Word => format!("{{title_words body_words}} : {}", quoted(&run)),
                Class::Burmese => format!("{{title_words body_words}} : {}", quoted(&syllables(&run).join(" "))),
                Class::Cjk if run.chars().count() == 1 => format!("{{title_chars body_chars}} : {}", quoted(&run)),
                Class::Cjk => {
                    let chars: Vec<char> = run.chars().collect();
                    let pairs: Vec<String> = chars.windows(2).map(|pair| pair.iter().collect()).collect();
                    format!("{{title_pairs body_pairs}} : {}", quoted(&pairs.join(" ")))
                }
                Class::Other => continue,
            };
            clauses.push(clause);
            terms.push(run);
        }
        (!clauses.is_empty()).then(|| Query { expression: clauses.join(" AND "), clauses, terms })
    }

    /// The FTS5 `MATCH` expression.
    pub fn expression(&self) -> &str {
        &self.expression
    }

    /// The FTS5 expression that matches any of the terms: the fallback when no text has them
    /// all (terms in two languages, or one misspelled word among several).
    pub fn any_expression(&self) -> String {
        self.clauses.join(" OR ")
    }

    /// The folded terms, for highlighting.
    pub fn terms(&self) -> &[String] {
        &self.terms
    }
}

/// An FTS5 string: in double quotes, with any double quote doubled.
fn quoted(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "\"\""))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn each_script_becomes_its_own_kind_of_clause() {
        let q = Query::parse("家賃").expect("query");
        assert_eq!(q.expression(), "{title_pairs body_pairs} : \"家賃\"");
        let q = Query::parse("家").expect("query");
        assert_eq!(q.expression(), "{title_chars body_chars} : \"家\"");
        let q = Query::parse("Ngân hàng").expect("query");
        assert_eq!(q.expression(), "{title_words body_words} : \"ngan\" AND {title_words body_words} : \"hang\"*");
        let q = Query::parse("လုပ်ခ").expect("query");
        assert_eq!(q.expression(), "{title_words body_words} : \"လုပ် ခ\"");
        assert_eq!(q.terms(), ["လုပ်ခ"]);
    }

    #[test]
    fn zawgyi_typed_burmese_finds_what_unicode_does() {
        for (zawgyi, unicode) in
            [("ျမန္မာ", "မြန်မာ"), ("ေက်ာင္း", "ကျောင်း"), ("ေဆး႐ုံ", "ဆေးရုံ"), ("ျမန္မာ visa", "မြန်မာ visa")]
        {
            let from_zawgyi = Query::parse(zawgyi).expect("zawgyi query");
            let from_unicode = Query::parse(unicode).expect("unicode query");
            assert_eq!(from_zawgyi.expression(), from_unicode.expression(), "{zawgyi}");
            assert_eq!(from_zawgyi.terms(), from_unicode.terms(), "{zawgyi}");
        }
        let q = Query::parse("ျမန္မာ").expect("query");
        assert_eq!(q.expression(), "{title_words body_words} : \"မြန် မာ\"");
    }

    #[test]
    fn operators_and_quotes_are_only_text() {
        let q = Query::parse("\"a\" OR body:x NEAR(y) -z *").expect("query");
        assert!(!q.expression().contains("body:"), "{}", q.expression());
        assert_eq!(q.expression().matches('"').count() % 2, 0);
        assert!(Query::parse("  ,.;:!?()\"'* \u{0}\u{7} ").is_none());
        assert!(Query::parse("").is_none());
    }

    proptest! {
        #[test]
        fn any_input_gives_balanced_quotes_and_bounded_size(input in "\\PC{0,400}") {
            if let Some(q) = Query::parse(&input) {
                prop_assert_eq!(q.expression().matches('"').count() % 2, 0);
                prop_assert!(q.terms().len() <= MAX_TERMS);
                prop_assert!(q.expression().chars().count() < 40 * MAX_INPUT_CHARS);
            }
        }
    }
}
