//! The content lint: what checking one file at a time cannot see. A pack may be valid file by
//! file and still send a reader to an article that does not exist, read differently in one
//! language than in the others, or print a phone number nobody checked.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use mirai_pack::Limits;
use mirai_pack::content::{Article, Block, DirectoryEntry, Inline, LinkTarget, Questionnaire, parse_body};
use mirai_selfcheck::Expr;

use crate::{SourceError, read_content_dir};

/// One problem, where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The file, relative to the content folder.
    pub file: String,
    /// What is wrong, in words a writer can act on.
    pub problem: String,
}

/// Lints a content folder: it must build (every file passes the schema), and then every link
/// and reference must resolve, every article must have the same headings and links in every
/// language, ruby must be well formed with kana readings, any phone number written in an
/// article must be one of the directory's (which name their sources), and every directory
/// entry must name the problems it helps with. Questionnaires' rules must point at existing
/// articles and lines, and every question must feed at least one rule.
pub fn lint(dir: &Path) -> Result<Vec<Finding>, SourceError> {
    let pack = read_content_dir(dir)?.build(&Limits::default())?;
    let mut articles = BTreeMap::new();
    let mut directory = BTreeMap::new();
    let mut questionnaires = BTreeMap::new();
    for (path, bytes) in pack.files() {
        let name = path.as_str().to_owned();
        match path.top() {
            "articles" => drop(articles.insert(name, parse::<Article>(bytes)?)),
            "directory" => drop(directory.insert(name, parse::<DirectoryEntry>(bytes)?)),
            "questionnaires" => drop(questionnaires.insert(name, parse::<Questionnaire>(bytes)?)),
            _ => {}
        }
    }
    let article_ids: BTreeSet<&str> = articles.values().map(|a| a.id.as_str()).collect();
    let entry_ids: BTreeSet<&str> = directory.values().map(|d| d.id.as_str()).collect();
    let phones: BTreeSet<&str> = directory.values().map(|d| d.phone.as_str()).collect();
    let mut findings = Vec::new();
    for (file, article) in &articles {
        let mut found = |problem: String| findings.push(Finding { file: file.clone(), problem });
        for id in &article.related {
            if !article_ids.contains(id.as_str()) {
                found(format!("related article {id:?} does not exist"));
            }
        }
        for id in &article.directory {
            if !entry_ids.contains(id.as_str()) {
                found(format!("directory entry {id:?} does not exist"));
            }
        }
        let mut shapes: Vec<(&String, Shape)> = Vec::new();
        for (lang, text) in &article.text.0 {
            for (name, field) in [("title", &text.title), ("summary", &text.summary)] {
                if field.contains(['{', '[']) {
                    found(format!("{lang}: the {name} is plain text; ruby and links go in the body"));
                }
            }
            for field in [&text.title, &text.summary, &text.body] {
                for number in phone_numbers(field) {
                    if !phones.contains(number.as_str()) {
                        found(format!("{lang}: phone number {number} is not a directory entry's"));
                    }
                }
            }
            let shape = Shape::of(&text.body);
            for problem in &shape.problems {
                found(format!("{lang}: {problem}"));
            }
            for target in &shape.links {
                let (exists, kind) = match target {
                    LinkTarget::Article(id) => (article_ids.contains(id.as_str()), "article"),
                    LinkTarget::Directory(id) => (entry_ids.contains(id.as_str()), "directory entry"),
                };
                if !exists {
                    found(format!("{lang}: link to missing {kind} {:?}", target_id(target)));
                }
            }
            shapes.push((lang, shape));
        }
        if let Some((first_lang, first)) = shapes.first() {
            for (lang, shape) in &shapes[1..] {
                if shape.headings != first.headings {
                    found(format!("{lang} has {} headings, {first_lang} has {}", shape.headings, first.headings));
                }
                if shape.links != first.links {
                    found(format!("{lang} links to other places than {first_lang}"));
                }
            }
        }
    }
    for (file, entry) in &directory {
        // The router shows a line only for the problems it lists: without any, a worker who
        // picks a problem never sees it.
        if entry.topics.is_empty() {
            findings.push(Finding {
                file: file.clone(),
                problem: "no topics: the line is never suggested for a problem (add \"topics\")".into(),
            });
        }
    }
    for (file, questionnaire) in &questionnaires {
        for problem in questionnaire_problems(questionnaire, &article_ids, &entry_ids, &phones) {
            findings.push(Finding { file: file.clone(), problem });
        }
    }
    Ok(findings)
}

/// Dangling references, questions no rule reads (answers that lead nowhere), and phone numbers
/// written into the questions or findings instead of linking a directory entry.
fn questionnaire_problems(
    questionnaire: &Questionnaire,
    article_ids: &BTreeSet<&str>,
    entry_ids: &BTreeSet<&str>,
    phones: &BTreeSet<&str>,
) -> Vec<String> {
    let mut problems = Vec::new();
    let shape = |id: &str| questionnaire.item(id).map(|item| item.shape());
    let mut read = BTreeSet::new();
    for rule in &questionnaire.rules {
        if !article_ids.contains(rule.article.as_str()) {
            problems.push(format!("rule {}: article {:?} does not exist", rule.id, rule.article));
        }
        for id in rule.directory.iter().filter(|id| !entry_ids.contains(id.as_str())) {
            problems.push(format!("rule {}: directory entry {id:?} does not exist", rule.id));
        }
        if let Ok(when) = Expr::parse(&rule.when, &shape) {
            read.extend(when.items().into_iter().map(str::to_owned));
        }
    }
    for item in questionnaire.items.iter().filter(|item| !read.contains(&item.id)) {
        problems.push(format!("item {}: no rule reads its answer", item.id));
    }
    let texts = questionnaire.items.iter().flat_map(|item| {
        let choices = item.choices.iter().flat_map(|c| c.label.0.values());
        item.label.0.values().chain(item.hint.iter().flat_map(|h| h.0.values())).chain(choices)
    });
    let rule_texts = questionnaire.rules.iter().flat_map(|r| r.finding.0.values().chain(r.next_step.0.values()));
    for text in texts.chain(rule_texts).chain(questionnaire.intro.0.values()) {
        for number in phone_numbers(text).into_iter().filter(|n| !phones.contains(n.as_str())) {
            problems.push(format!("phone number {number} is not a directory entry's"));
        }
    }
    problems
}

fn parse<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, SourceError> {
    // The build has already checked every file against the schema.
    serde_json::from_slice(bytes).map_err(|e| SourceError::PackJson(e.to_string()))
}

fn target_id(target: &LinkTarget) -> &str {
    match target {
        LinkTarget::Article(id) | LinkTarget::Directory(id) => id,
    }
}

/// What must be the same in every language of an article, and what is wrong with one.
struct Shape {
    headings: usize,
    links: BTreeSet<LinkTarget>,
    problems: Vec<String>,
}

impl Shape {
    fn of(body: &str) -> Shape {
        let mut shape = Shape { headings: 0, links: BTreeSet::new(), problems: Vec::new() };
        let mut rubies = 0;
        for block in parse_body(body) {
            let inlines: Vec<&Vec<Inline>> = match &block {
                Block::Heading(inlines) => {
                    shape.headings += 1;
                    vec![inlines]
                }
                Block::Paragraph(inlines) => vec![inlines],
                Block::List(items) => items.iter().collect(),
                Block::Image { .. } => Vec::new(),
            };
            for inline in inlines.into_iter().flatten() {
                shape.visit(inline, &mut rubies);
            }
        }
        if body.matches('{').count() != rubies {
            shape.problems.push("a `{` that is not well-formed ruby (write {漢字|かんじ})".into());
        }
        if body.matches("](").count() != shape.link_count(body) {
            shape.problems.push("a link that does not parse (write [text](article:id))".into());
        }
        shape
    }

    fn visit(&mut self, inline: &Inline, rubies: &mut usize) {
        match inline {
            Inline::Text { .. } => {}
            Inline::Ruby { base, reading } => {
                *rubies += 1;
                if base.is_empty() || reading.is_empty() || !reading.chars().all(is_kana) {
                    self.problems.push(format!("ruby {{{base}|{reading}}} needs a kana reading"));
                }
            }
            Inline::Link { target, content } => {
                self.links.insert(target.clone());
                for inner in content {
                    self.visit(inner, rubies);
                }
            }
        }
    }

    /// Links and pictures found by the parser (both are written `…](…)`), counted with repeats,
    /// to compare with the raw markup.
    fn link_count(&self, body: &str) -> usize {
        fn count(inlines: &[Inline]) -> usize {
            inlines
                .iter()
                .map(|inline| match inline {
                    Inline::Link { content, .. } => 1 + count(content),
                    _ => 0,
                })
                .sum()
        }
        parse_body(body)
            .iter()
            .map(|block| match block {
                Block::Heading(inlines) | Block::Paragraph(inlines) => count(inlines),
                Block::List(items) => items.iter().map(|item| count(item)).sum(),
                Block::Image { .. } => 1,
            })
            .sum()
    }
}

fn is_kana(c: char) -> bool {
    matches!(c, '\u{3041}'..='\u{309F}' | '\u{30A0}'..='\u{30FF}')
}

/// Phone-number-shaped runs of text: digit groups joined by hyphens, as numbers are written
/// in Japan (`0570-078377`, `03-5796-7112`), or ten or more digits in a row.
fn phone_numbers(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() || (c == '-' && current.ends_with(|d: char| d.is_ascii_digit())) {
            current.push(c);
            continue;
        }
        let number = current.trim_end_matches('-');
        let digits = number.chars().filter(char::is_ascii_digit).count();
        let groups = number.split('-').filter(|g| !g.is_empty()).count();
        if (groups >= 2 && digits >= 9 && number.starts_with('0')) || digits >= 10 {
            out.push(number.to_owned());
        }
        current.clear();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_shaped_runs_are_found_and_dates_and_short_numbers_are_not() {
        assert_eq!(phone_numbers("Call 0570-078377 or 03-5796-7112."), ["0570-078377", "03-5796-7112"]);
        assert!(phone_numbers("110 and 119, 2026-11-23, 14 days, 8:30-17:15").is_empty());
        assert_eq!(phone_numbers("tel 09012345678"), ["09012345678"]);
    }

    #[test]
    fn questionnaire_rules_must_resolve_and_read_every_question() {
        let seed = include_str!("../../../fuzz/corpus/questionnaire/seed.json");
        let mut questionnaire: Questionnaire = serde_json::from_str(seed).expect("seed");
        let articles = BTreeSet::from(["passport-card-kept", "overtime-36"]);
        let lines = BTreeSet::from(["labour-hotline"]);
        let phones = BTreeSet::from(["0120-811-610"]);
        assert_eq!(questionnaire_problems(&questionnaire, &articles, &lines, &phones), Vec::<String>::new());

        questionnaire.rules[0].article = "gone".into();
        questionnaire.rules[0].directory.push("nowhere".into());
        questionnaire.rules[1].when = "${overtime-hours} >= 100".into();
        questionnaire.items[0].label.0.insert("en".into(), "Call 0120-811-610 or 03-1234-5678".into());
        assert_eq!(
            questionnaire_problems(&questionnaire, &articles, &lines, &phones),
            [
                "rule kept: article \"gone\" does not exist",
                "rule kept: directory entry \"nowhere\" does not exist",
                "item limits: no rule reads its answer",
                "phone number 03-1234-5678 is not a directory entry's",
            ]
        );
    }

    #[test]
    fn malformed_ruby_and_links_and_romaji_readings_are_problems() {
        assert!(Shape::of("{日本|にほん} [a](article:x)").problems.is_empty());
        assert_eq!(Shape::of("{日本 にほん}").problems.len(), 1);
        assert_eq!(Shape::of("{日本|nihon}").problems.len(), 1);
        assert_eq!(Shape::of("[a](elsewhere:x)").problems.len(), 1);
    }
}
