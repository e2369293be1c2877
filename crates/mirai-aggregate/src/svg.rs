//! The report as an SVG bar chart for due-diligence reports: static, self-contained, no script.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::{Answer, Count, Group, Report};

/// Font families in order: Japanese first (the app's home), Simplified Chinese, Burmese (which
/// general fonts lack), then Latin with Vietnamese diacritics. Named, not embedded, so the
/// file stays small and renders the same in a browser and in a PDF converter that has them.
const FONTS: &str = "'Noto Sans CJK JP', 'Noto Sans CJK SC', 'Noto Sans Myanmar', 'Noto Sans', sans-serif";
const WIDTH: u32 = 720;
const LEFT: u32 = 16;
const BAR_MAX: u32 = 440;
const ROW: u32 = 40;

/// The words a chart shows, in the reader's language. Ids without a label are shown as they
/// are, so a chart is never missing a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Labels {
    /// The chart's title.
    pub title: String,
    /// Item id → the question as the reader should see it.
    pub items: BTreeMap<String, String>,
    /// Item id → value → the answer as the reader should see it.
    pub values: BTreeMap<String, BTreeMap<String, String>>,
    /// The name of the all-segments group.
    pub all_segments: String,
    /// The word before a group's worker count.
    pub workers: String,
    /// The label of the "no answer" cell.
    pub no_answer: String,
    /// What a suppressed cell shows instead of a number.
    pub suppressed: String,
}

impl Default for Labels {
    fn default() -> Self {
        Labels {
            title: "Worker self-check".into(),
            items: BTreeMap::new(),
            values: BTreeMap::new(),
            all_segments: "All segments".into(),
            workers: "Workers".into(),
            no_answer: "No answer".into(),
            suppressed: "suppressed".into(),
        }
    }
}

/// A horizontal bar chart per item and group. Bars are scaled to the group's workers, so a bar
/// reads as a share. A suppressed cell is drawn as an empty dashed box with the word for
/// "suppressed", never as a zero-length bar, so that suppression is visible. Every piece of
/// text is XML-escaped (names and labels come from people); the root has `width` and `height`
/// so that converters size it without guessing.
pub fn to_svg(report: &Report, labels: &Labels) -> String {
    let mut body = String::new();
    let mut y = 32;
    text(&mut body, LEFT, y, "18", "bold", &labels.title);
    y += 22;
    let window = format!("{} – {}", report.window().first_day(), report.window().last_day());
    text(&mut body, LEFT, y, "13", "normal", &window);
    y += 12;
    for group in report.groups() {
        y += 32;
        let name = match group.group() {
            Group::AllSegments => labels.all_segments.clone(),
            Group::Segment(segment) => segment.clone(),
            Group::Employer { employer, segment } => format!("{employer} ({segment})"),
        };
        text(&mut body, LEFT, y, "16", "bold", &name);
        y += 20;
        let workers = format!("{}: {}", labels.workers, shown(group.workers(), labels));
        text(&mut body, LEFT, y, "13", "normal", &workers);
        let scale = group.workers().released().unwrap_or_else(|| {
            group.items().iter().flat_map(|i| i.cells()).filter_map(|c| c.workers().released()).max().unwrap_or(0)
        });
        for item in group.items() {
            y += 28;
            let question = labels.items.get(item.item()).map_or(item.item(), String::as_str);
            text(&mut body, LEFT, y, "14", "bold", question);
            let values = labels.values.get(item.item());
            for cell in item.cells() {
                let label = match cell.answer() {
                    Answer::Value(value) => values.and_then(|v| v.get(value)).unwrap_or(value).as_str(),
                    Answer::NoAnswer => labels.no_answer.as_str(),
                };
                bar(&mut body, y + 8, label, cell.workers(), scale, labels);
                y += ROW;
            }
        }
    }
    let height = y + 24;
    let mut out = String::new();
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{height}\" \
         viewBox=\"0 0 {WIDTH} {height}\" font-family=\"{FONTS}\" role=\"img\">\n<title>{}</title>\n\
         <rect width=\"{WIDTH}\" height=\"{height}\" fill=\"#ffffff\"/>\n{body}</svg>\n",
        escape(&labels.title)
    );
    out
}

fn shown(count: Count, labels: &Labels) -> String {
    match count {
        Count::Released(n) => n.to_string(),
        Count::Suppressed => labels.suppressed.clone(),
    }
}

/// One answer: its label on a line, the bar under it, the count after the bar.
fn bar(out: &mut String, y: u32, label: &str, count: Count, scale: u32, labels: &Labels) {
    text(out, LEFT + 8, y + 8, "13", "normal", label);
    let top = y + 14;
    let end = match count {
        Count::Released(n) => {
            let length = if scale == 0 { 0 } else { (u64::from(n) * u64::from(BAR_MAX) / u64::from(scale)) as u32 };
            let length = length.min(BAR_MAX);
            let _ = writeln!(
                out,
                "<rect x=\"{}\" y=\"{top}\" width=\"{length}\" height=\"14\" fill=\"#1f6f8b\"/>",
                LEFT + 8
            );
            LEFT + 8 + length
        }
        Count::Suppressed => {
            let _ = writeln!(
                out,
                "<rect x=\"{}\" y=\"{top}\" width=\"40\" height=\"14\" fill=\"none\" stroke=\"#6b6b6b\" \
                 stroke-dasharray=\"4 3\"/>",
                LEFT + 8
            );
            LEFT + 8 + 40
        }
    };
    text(out, end + 8, top + 12, "12", "normal", &shown(count, labels));
}

fn text(out: &mut String, x: u32, y: u32, size: &str, weight: &str, content: &str) {
    let _ = writeln!(
        out,
        "<text x=\"{x}\" y=\"{y}\" font-size=\"{size}\" font-weight=\"{weight}\" fill=\"#1a1a1a\">{}</text>",
        escape(content)
    );
}

/// Escapes the five XML specials and replaces characters XML 1.0 does not allow (most control
/// characters), which would make the whole file unreadable.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if c < ' ' || matches!(c, '\u{FFFE}' | '\u{FFFF}') => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_control_characters() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"y\""),
            "&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;y&quot;"
        );
        assert_eq!(escape("a\u{0}b\nc"), "a\u{FFFD}b c");
        assert_eq!(escape("ပတ်စပို့ 旅券"), "ပတ်စပို့ 旅券");
    }
}
