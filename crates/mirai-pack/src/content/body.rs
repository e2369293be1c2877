//! The article body markup, parsed into blocks for the UI to render without interpreting text:
//! paragraphs (separated by blank lines), `## ` headings, `- ` list items, links written
//! `[text](article:<id>)` or `[text](directory:<id>)`, ruby written `{漢字|かんじ}`, and a
//! picture from the pack's `images/` as a block of its own, `![what it shows](image:<name>)`.

/// A block of an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A section heading.
    Heading(Vec<Inline>),
    /// A paragraph; line breaks inside it are kept as `\n` in text.
    Paragraph(Vec<Inline>),
    /// A bulleted list, one entry per item.
    List(Vec<Vec<Inline>>),
    /// A picture from the pack, with the text that says what it shows (in the article's
    /// language: shown under it, and read out by screen readers).
    Image {
        /// The file name under `images/`.
        name: String,
        /// What it shows.
        alt: String,
    },
}

/// A piece of text inside a block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    /// Plain text.
    Text {
        /// The text.
        text: String,
    },
    /// A word with its reading (furigana).
    Ruby {
        /// The written form.
        base: String,
        /// How it is read, in kana.
        reading: String,
    },
    /// A link to another article or to a directory entry.
    Link {
        /// Where it goes.
        target: LinkTarget,
        /// What it shows.
        content: Vec<Inline>,
    },
}

/// Where a link goes.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum LinkTarget {
    /// An article, by id.
    Article(String),
    /// A directory entry, by id.
    Directory(String),
}

/// Parses an article body. Markup that does not parse is kept as plain text, never dropped.
pub fn parse_body(body: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    for chunk in body.split("\n\n").map(str::trim).filter(|c| !c.is_empty()) {
        if let Some((name, alt)) = image(chunk) {
            blocks.push(Block::Image { name, alt });
        } else if let Some(heading) = chunk.strip_prefix("## ") {
            blocks.push(Block::Heading(parse_inline(heading.trim())));
        } else if chunk.lines().all(|line| line.trim_start().starts_with("- ")) {
            let items = chunk.lines().map(|line| parse_inline(line.trim_start()[2..].trim())).collect();
            blocks.push(Block::List(items));
        } else {
            blocks.push(Block::Paragraph(parse_inline(chunk)));
        }
    }
    blocks
}

fn parse_inline(text: &str) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let next_link = rest.find('[');
        let next_ruby = rest.find('{');
        let (at, is_link) = match (next_link, next_ruby) {
            (Some(l), Some(r)) if l < r => (l, true),
            (Some(l), None) => (l, true),
            (_, Some(r)) => (r, false),
            (None, None) => break,
        };
        push_text(&mut out, &rest[..at]);
        let tail = &rest[at..];
        let parsed = if is_link { link(tail) } else { ruby(tail) };
        match parsed {
            Some((inline, used)) => {
                out.push(inline);
                rest = &tail[used..];
            }
            None => {
                // Not markup after all: keep the character as text and go on.
                let width = tail.chars().next().map_or(1, char::len_utf8);
                push_text(&mut out, &tail[..width]);
                rest = &tail[width..];
            }
        }
    }
    push_text(&mut out, rest);
    out
}

/// A block that is exactly `![alt](image:<name>)`, with a name that stays inside `images/`.
fn image(chunk: &str) -> Option<(String, String)> {
    let inner = chunk.strip_prefix("![")?.strip_suffix(')')?;
    let (alt, name) = inner.split_once("](image:")?;
    let safe = !name.is_empty()
        && !name.starts_with('.')
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
    (safe && !alt.contains(['[', ']', '\n'])).then(|| (name.to_owned(), alt.trim().to_owned()))
}

fn push_text(out: &mut Vec<Inline>, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(Inline::Text { text: last }) = out.last_mut() {
        last.push_str(text);
    } else {
        out.push(Inline::Text { text: text.to_owned() });
    }
}

/// `{base|reading}` at the start of `text`.
fn ruby(text: &str) -> Option<(Inline, usize)> {
    let close = text.find('}')?;
    let (base, reading) = text[1..close].split_once('|')?;
    if base.is_empty() || reading.is_empty() || base.contains('{') {
        return None;
    }
    Some((Inline::Ruby { base: base.to_owned(), reading: reading.to_owned() }, close + 1))
}

/// `[content](kind:id)` at the start of `text`.
fn link(text: &str) -> Option<(Inline, usize)> {
    let close = text.find("](")?;
    let end = close + 2 + text[close + 2..].find(')')?;
    let (kind, id) = text[close + 2..end].split_once(':')?;
    let target = match kind {
        "article" => LinkTarget::Article(id.to_owned()),
        "directory" => LinkTarget::Directory(id.to_owned()),
        _ => return None,
    };
    Some((Inline::Link { target, content: parse_inline(&text[1..close]) }, end + 1))
}

/// A body as search sees it: the text a reader sees (ruby bases, link texts), a block per line,
/// and apart from it the ruby readings, so that a search typed in kana finds a word in kanji.
pub fn plain_text(body: &str) -> (String, String) {
    fn walk(inlines: &[Inline], text: &mut String, readings: &mut String) {
        for inline in inlines {
            match inline {
                Inline::Text { text: t } => text.push_str(t),
                Inline::Ruby { base, reading } => {
                    text.push_str(base);
                    readings.push_str(reading);
                    readings.push(' ');
                }
                Inline::Link { content, .. } => walk(content, text, readings),
            }
        }
    }
    let mut text = String::new();
    let mut readings = String::new();
    for block in parse_body(body) {
        match &block {
            Block::Heading(inlines) | Block::Paragraph(inlines) => walk(inlines, &mut text, &mut readings),
            Block::List(items) => {
                for item in items {
                    walk(item, &mut text, &mut readings);
                    text.push('\n');
                }
            }
            Block::Image { alt, .. } => text.push_str(alt),
        }
        text.push('\n');
    }
    (text.trim_end().to_owned(), readings.trim_end().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(t: &str) -> Inline {
        Inline::Text { text: t.into() }
    }

    #[test]
    fn an_image_is_a_block_of_its_own_and_its_text_is_searchable() {
        let body = "Look:\n\n![A pay slip, its three parts](image:pay-slip.png)\n\n![x](image:../secret.png)";
        let blocks = parse_body(body);
        assert_eq!(blocks[1], Block::Image { name: "pay-slip.png".into(), alt: "A pay slip, its three parts".into() });
        assert!(matches!(&blocks[2], Block::Paragraph(_)), "a name leaving images/ is only text");
        assert!(plain_text(body).0.contains("A pay slip, its three parts"));
    }

    #[test]
    fn blocks_headings_lists_and_paragraphs() {
        let blocks = parse_body("## Call 110\n\nFirst line\nsecond line\n\n- one\n- two");
        assert_eq!(
            blocks,
            vec![
                Block::Heading(vec![text("Call 110")]),
                Block::Paragraph(vec![text("First line\nsecond line")]),
                Block::List(vec![vec![text("one")], vec![text("two")]]),
            ]
        );
    }

    #[test]
    fn ruby_inside_links_and_links_inside_text() {
        let blocks = parse_body("Call [110{番|ばん}](directory:police-110) now.");
        assert_eq!(
            blocks,
            vec![Block::Paragraph(vec![
                text("Call "),
                Inline::Link {
                    target: LinkTarget::Directory("police-110".into()),
                    content: vec![text("110"), Inline::Ruby { base: "番".into(), reading: "ばん".into() }],
                },
                text(" now."),
            ])]
        );
    }

    #[test]
    fn broken_markup_stays_as_text() {
        let blocks = parse_body("a [b](web:x) {c} [d");
        assert_eq!(blocks, vec![Block::Paragraph(vec![text("a [b](web:x) {c} [d")])]);
    }

    #[test]
    fn plain_text_keeps_what_readers_see_and_the_readings_apart() {
        let (text, readings) =
            plain_text("## {家賃|やちん}\n\n[{市役所|しやくしょ}](article:city) に 行きます。\n\n- 一\n- 二");
        assert_eq!(text, "家賃\n市役所 に 行きます。\n一\n二");
        assert_eq!(readings, "やちん しやくしょ");
    }
}
