use mirai_core::{Date, Language};
use serde::{Deserialize, Serialize};

use super::text::{Translations, check_id, check_text, check_url};

/// A portal article: the same facts written natively in each language, with the public
/// sources they come from and the day they were last checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    /// Stable id, equal to the file name.
    pub id: String,
    /// Where it is listed.
    pub category: Category,
    /// The day a person last checked it against its sources (`YYYY-MM-DD`).
    pub reviewed: String,
    /// Official public sources of its facts.
    pub sources: Vec<Source>,
    /// Other articles to read next, by id.
    #[serde(default)]
    pub related: Vec<String>,
    /// Directory entries it refers to, by id.
    #[serde(default)]
    pub directory: Vec<String>,
    /// The text in each language.
    pub text: Translations<ArticleText>,
}

/// The portal's categories, as in the seeds, plus help for trouble.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    /// The top page's picks.
    Top,
    /// Before coming to Japan.
    BeforeComing,
    /// Working.
    Working,
    /// Studying.
    Studying,
    /// Living.
    Living,
    /// Trouble and help.
    Trouble,
}

/// A public source of an article's facts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The publisher and title, as the publisher names it.
    pub title: String,
    /// Where to find it (https).
    pub url: String,
}

/// An article in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleText {
    /// The heading.
    pub title: String,
    /// One or two plain sentences for lists and search results.
    pub summary: String,
    /// The body: paragraphs separated by blank lines, `## ` headings, `- ` list items, links as
    /// `[text](article:<id>)` or `[text](directory:<id>)`, and ruby as `{漢字|かんじ}`.
    pub body: String,
}

impl Article {
    pub(crate) fn check(&self, stem: Option<&str>, languages: &[Language]) -> Result<(), String> {
        check_id(&self.id, stem)?;
        self.reviewed.parse::<Date>().map_err(|_| "bad reviewed date".to_owned())?;
        if self.sources.is_empty() {
            return Err("an article must name its sources".into());
        }
        for source in &self.sources {
            check_text("source title", &source.title, 300)?;
            check_url(&source.url)?;
        }
        self.text.check("text", languages)?;
        for (lang, text) in &self.text.0 {
            check_text(&format!("{lang} title"), &text.title, 160)?;
            check_text(&format!("{lang} summary"), &text.summary, 400)?;
            check_text(&format!("{lang} body"), &text.body, 40_000)?;
            check_markup(&text.body).map_err(|why| format!("{lang} body: {why}"))?;
        }
        Ok(())
    }
}

/// Ruby braces must pair up as `{base|reading}`, with no nesting.
fn check_markup(body: &str) -> Result<(), String> {
    let mut rest = body;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let close = after.find('}').ok_or("unclosed {")?;
        let inner = &after[..close];
        match inner.split_once('|') {
            Some((base, reading)) if !base.is_empty() && !reading.is_empty() && !inner.contains('{') => {}
            _ => return Err(format!("bad ruby {{{inner}}}")),
        }
        rest = &after[close + 1..];
    }
    if rest.contains('}') {
        return Err("stray }".into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ruby_markup_must_pair() {
        assert!(check_markup("{日本|にほん}で{働|はたら}く").is_ok());
        for bad in ["{日本", "日本}", "{日本}", "{|にほん}", "{日本|}", "{{日本|にほん}|x}"] {
            assert!(check_markup(bad).is_err(), "{bad}");
        }
    }
}
