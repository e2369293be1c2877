//! Checks that every language has every message, with the same variables.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use mirai_core::Language;

use crate::Source;

/// One thing wrong with the message files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Language code.
    pub lang: String,
    /// File name.
    pub file: String,
    /// Message or term id (empty for file-level problems).
    pub id: String,
    /// What is wrong, in a few words.
    pub what: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}: {}: {}", self.lang, self.file, self.id, self.what)
    }
}

/// What must match between languages for one message or term.
#[derive(Debug, PartialEq, Eq)]
struct Shape {
    has_value: bool,
    attributes: BTreeSet<String>,
    variables: BTreeSet<String>,
    terms: BTreeSet<String>,
}

type FileShapes = BTreeMap<String, Shape>;

/// Compares every language with English, the reference: the same files, the same messages and
/// terms, each with the same attributes, variables and term references, and nothing that fails
/// to parse. Returns every problem found; an empty list means the nine languages agree.
pub fn check_sources(sources: impl IntoIterator<Item = Source>) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut shapes: BTreeMap<&str, BTreeMap<&str, FileShapes>> = BTreeMap::new();
    for source in sources {
        let shape = shapes_of(source, &mut problems);
        shapes.entry(source.lang).or_default().insert(source.file, shape);
    }
    let reference_lang = Language::En.code();
    let reference = shapes.remove(reference_lang).unwrap_or_default();
    if reference.is_empty() {
        problems.push(problem(reference_lang, "", "", "the reference language has no files"));
    }
    for lang in Language::ALL.iter().map(|l| l.code()).filter(|&l| l != reference_lang) {
        let files = shapes.remove(lang).unwrap_or_default();
        compare_language(lang, &reference, &files, &mut problems);
    }
    for stray in shapes.keys() {
        problems.push(problem(stray, "", "", "not one of the nine languages"));
    }
    problems
}

fn compare_language(
    lang: &str,
    reference: &BTreeMap<&str, FileShapes>,
    files: &BTreeMap<&str, FileShapes>,
    problems: &mut Vec<Problem>,
) {
    for (file, expected) in reference {
        let Some(actual) = files.get(file) else {
            problems.push(problem(lang, file, "", "file missing"));
            continue;
        };
        for (id, shape) in expected {
            match actual.get(id) {
                None => problems.push(problem(lang, file, id, "missing")),
                Some(found) if found != shape => {
                    problems.push(problem(lang, file, id, &format!("differs from English: {found:?} vs {shape:?}")));
                }
                Some(_) => {}
            }
        }
        for id in actual.keys().filter(|id| !expected.contains_key(*id)) {
            problems.push(problem(lang, file, id, "not in English"));
        }
    }
    for file in files.keys().filter(|file| !reference.contains_key(*file)) {
        problems.push(problem(lang, file, "", "file not in English"));
    }
}

fn shapes_of(source: Source, problems: &mut Vec<Problem>) -> FileShapes {
    let resource = match fluent_syntax::parser::parse(source.text) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in errors {
                problems.push(problem(source.lang, source.file, "", &format!("parse error: {:?}", error.kind)));
            }
            resource
        }
    };
    let mut shapes = BTreeMap::new();
    for entry in resource.body {
        let (id, value, attributes) = match entry {
            Entry::Message(m) => (m.id.name.to_owned(), m.value, m.attributes),
            Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
            _ => continue,
        };
        let mut shape = Shape {
            has_value: value.is_some(),
            attributes: attributes.iter().map(|a| a.id.name.to_owned()).collect(),
            variables: BTreeSet::new(),
            terms: BTreeSet::new(),
        };
        let blank = value.as_ref().is_some_and(|p| pattern_is_blank(p));
        for pattern in value.iter().chain(attributes.iter().map(|a| &a.value)) {
            collect_pattern(pattern, &mut shape);
        }
        if blank {
            problems.push(problem(source.lang, source.file, &id, "empty text"));
        }
        if shapes.insert(id.clone(), shape).is_some() {
            problems.push(problem(source.lang, source.file, &id, "defined twice"));
        }
    }
    shapes
}

fn pattern_is_blank(pattern: &Pattern<&str>) -> bool {
    pattern.elements.iter().all(|e| matches!(e, PatternElement::TextElement { value } if value.trim().is_empty()))
}

fn collect_pattern(pattern: &Pattern<&str>, shape: &mut Shape) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            collect_expression(expression, shape);
        }
    }
}

fn collect_expression(expression: &Expression<&str>, shape: &mut Shape) {
    match expression {
        Expression::Inline(inline) => collect_inline(inline, shape),
        Expression::Select { selector, variants } => {
            collect_inline(selector, shape);
            for variant in variants {
                collect_pattern(&variant.value, shape);
            }
        }
    }
}

fn collect_inline(inline: &InlineExpression<&str>, shape: &mut Shape) {
    match inline {
        InlineExpression::VariableReference { id } => {
            shape.variables.insert(id.name.to_owned());
        }
        InlineExpression::TermReference { id, arguments, .. } => {
            shape.terms.insert(id.name.to_owned());
            for arg in arguments.iter().flat_map(|a| a.positional.iter().chain(a.named.iter().map(|n| &n.value))) {
                collect_inline(arg, shape);
            }
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for arg in arguments.positional.iter().chain(arguments.named.iter().map(|n| &n.value)) {
                collect_inline(arg, shape);
            }
        }
        InlineExpression::Placeable { expression } => collect_expression(expression, shape),
        InlineExpression::StringLiteral { .. }
        | InlineExpression::NumberLiteral { .. }
        | InlineExpression::MessageReference { .. } => {}
    }
}

fn problem(lang: &str, file: &str, id: &str, what: &str) -> Problem {
    Problem { lang: lang.into(), file: file.into(), id: id.into(), what: what.into() }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Nine copies of one file, with `edit` applied to Vietnamese.
    fn nine(text: &'static str, vi: &'static str) -> Vec<Source> {
        Language::ALL
            .iter()
            .map(|l| Source { lang: l.code(), file: "app.ftl", text: if *l == Language::Vi { vi } else { text } })
            .collect()
    }

    fn whats(problems: &[Problem]) -> Vec<String> {
        problems.iter().map(|p| format!("{}:{}:{}", p.lang, p.id, p.what.split(':').next().unwrap_or(""))).collect()
    }

    const EN: &str = "-brand = Mirai\nhello = Hi { $name } from { -brand }\n    .title = Tip\nbye = Bye\n";

    #[test]
    fn agreeing_files_have_no_problems() {
        assert_eq!(check_sources(nine(EN, EN)), Vec::new());
    }

    #[test]
    fn each_kind_of_disagreement_is_found() {
        let cases = [
            ("-brand = Mirai\nhello = Chào { $name } từ { -brand }\n    .title = Mẹo\n", "vi:bye:missing"),
            (
                "-brand = Mirai\nhello = Chào { $ten } từ { -brand }\n    .title = Mẹo\nbye = Tạm biệt\n",
                "vi:hello:differs from English",
            ),
            (
                "-brand = Mirai\nhello = Chào { $name } từ Mirai\n    .title = Mẹo\nbye = Tạm biệt\n",
                "vi:hello:differs from English",
            ),
            ("-brand = Mirai\nhello = Chào { $name } từ { -brand }\nbye = Tạm biệt\n", "vi:hello:differs from English"),
            (
                "-brand = Mirai\nhello = Chào { $name } từ { -brand }\n    .title = Mẹo\nbye = Tạm biệt\nextra = Thêm\n",
                "vi:extra:not in English",
            ),
            ("-brand = Mirai\nhello = Chào { $name\n", "vi::parse error"),
        ];
        for (vi, expected) in cases {
            let found = whats(&check_sources(nine(EN, vi)));
            assert!(found.iter().any(|w| w == expected), "expected {expected:?} in {found:?}");
        }
    }

    #[test]
    fn a_missing_language_is_found() {
        let mut sources = nine(EN, EN);
        sources.retain(|s| s.lang != "my");
        assert_eq!(whats(&check_sources(sources)), vec!["my::file missing"]);
    }

    #[test]
    fn variables_inside_selectors_count() {
        let en = "n = { $count ->\n    [one] One for { $who }\n   *[other] Many\n}\n";
        let vi = "n = { $count ->\n   *[other] Nhiều\n}\n";
        assert_eq!(whats(&check_sources(nine(en, vi))), vec!["vi:n:differs from English"]);
    }
}
