//! The report as CSV (RFC 4180) for due-diligence annexes and spreadsheets.

use crate::{Answer, Count, Group, ItemKind, Report};

const HEADER: [&str; 11] = [
    "first_day",
    "last_day",
    "level",
    "segment",
    "employer",
    "item",
    "kind",
    "cell",
    "answer",
    "workers",
    "suppressed",
];

/// One row per group total and per cell, in report order. A suppressed count is an empty
/// `workers` field with `suppressed` in the last column, so a reader (or a formula) can never
/// mistake it for zero or for a missing row. Lines end in CRLF as RFC 4180 says; fields are
/// quoted when they hold a comma, a quote or a line break, and a field that a spreadsheet would
/// run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR) gets a leading `'`, since
/// employer names and values come from people.
pub fn to_csv(report: &Report) -> String {
    let mut out = String::new();
    push_row(&mut out, &HEADER);
    let first = report.window().first_day().to_string();
    let last = report.window().last_day().to_string();
    for group in report.groups() {
        let (level, segment, employer) = match group.group() {
            Group::AllSegments => ("all segments", "", ""),
            Group::Segment(segment) => ("segment", segment.as_str(), ""),
            Group::Employer { employer, segment } => ("employer", segment.as_str(), employer.as_str()),
        };
        let (workers, suppressed) = count_fields(group.workers());
        push_row(&mut out, &[&first, &last, level, segment, employer, "", "", "workers", "", &workers, suppressed]);
        for item in group.items() {
            let kind = match item.kind() {
                ItemKind::Single => "single",
                ItemKind::Multiple => "multiple",
            };
            for cell in item.cells() {
                let (cell_kind, answer) = match cell.answer() {
                    Answer::Value(value) => ("answer", value.as_str()),
                    Answer::NoAnswer => ("no answer", ""),
                };
                let (workers, suppressed) = count_fields(cell.workers());
                let row = [&first, &last, level, segment, employer, item.item(), kind, cell_kind, answer, &workers];
                push_row(&mut out, &[&row[..], &[suppressed]].concat());
            }
        }
    }
    out
}

fn count_fields(count: Count) -> (String, &'static str) {
    match count {
        Count::Released(n) => (n.to_string(), ""),
        Count::Suppressed => (String::new(), "suppressed"),
    }
}

fn push_row(out: &mut String, fields: &[&str]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_field(out, field);
    }
    out.push_str("\r\n");
}

fn push_field(out: &mut String, field: &str) {
    let formula = field.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quote = formula || field.contains([',', '"', '\r', '\n']);
    if quote {
        out.push('"');
    }
    if formula {
        out.push('\'');
    }
    out.push_str(&field.replace('"', "\"\""));
    if quote {
        out.push('"');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(text: &str) -> String {
        let mut out = String::new();
        push_field(&mut out, text);
        out
    }

    #[test]
    fn quotes_as_rfc_4180_says() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field("愛知"), "愛知");
        assert_eq!(field(""), "");
    }

    #[test]
    fn defuses_spreadsheet_formulas() {
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("-1"), "\"'-1\"");
        assert_eq!(field("@sum"), "\"'@sum\"");
        assert_eq!(field("a=b"), "a=b");
    }
}
