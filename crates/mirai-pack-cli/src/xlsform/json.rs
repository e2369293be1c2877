//! The questionnaire as pretty JSON in the shape of the files in `content/`: fields in schema
//! order, and each text's languages in the app's order (ja en zh vi ...) as writers keep them,
//! not the alphabetical order of the map that holds them, so an imported file diffs cleanly.

use mirai_core::Language;
use mirai_pack::content::Questionnaire;

use super::XlsformError;

/// The questionnaire as the JSON file a content folder holds, ending with a newline.
pub fn to_json(questionnaire: &Questionnaire) -> Result<String, XlsformError> {
    let pretty = serde_json::to_string_pretty(questionnaire)?;
    let lines: Vec<&str> = pretty.lines().collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let opens = lines[i].ends_with('{');
        out.push(lines[i].to_owned());
        i += 1;
        if !opens {
            continue;
        }
        // An object whose every line is `"<language>": "<text>"` is a translated text. A JSON
        // string never spans lines, so its entries can be moved as whole lines.
        let end = lines[i..].iter().position(|line| rank(line).is_none()).map_or(lines.len(), |n| i + n);
        if end == i || !lines.get(end).is_some_and(|line| line.trim_start().starts_with('}')) {
            continue;
        }
        let mut entries: Vec<&str> = lines[i..end].iter().map(|line| line.trim_end_matches(',')).collect();
        entries.sort_by_key(|line| rank(line));
        let last = entries.len() - 1;
        out.extend(
            entries.iter().enumerate().map(|(n, line)| if n < last { format!("{line},") } else { (*line).to_owned() }),
        );
        i = end;
    }
    Ok(out.join("\n") + "\n")
}

/// Where the language of a `"xx": "text"` line comes in the app's order, if it is one.
fn rank(line: &str) -> Option<usize> {
    let (code, _) = line.trim_start().strip_prefix('"')?.split_once("\": \"")?;
    let lang: Language = code.parse().ok()?;
    Language::ALL.iter().position(|other| *other == lang)
}
