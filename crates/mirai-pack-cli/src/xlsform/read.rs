//! From the form's sheets to a questionnaire. What the pack checks would refuse without saying
//! where (a forward reference, a list that does not exist, a bad id) is refused here first, at
//! its cell; the pack checks then run on the result, so nothing that imports fails a build.

use std::collections::{BTreeMap, BTreeSet};

use mirai_pack::content::{
    Choice, ItemKind, Questionnaire, QuestionnaireItem, Rule, Severity, Source, YES_NO, is_content_id,
};
use mirai_selfcheck::{Expr, ExprError, ItemShape, Phase};

use super::cells::{Book, Cells, Sheet};
use super::{CHOICES, FINDINGS, Location, SETTINGS, SURVEY, XlsformError, kind_named, pack_check};

/// The choice lists by name, each with its rows in order.
type Lists<'a> = BTreeMap<String, Vec<Cells<'a>>>;

/// Builds the questionnaire from the workbook and runs the pack checks on it.
pub(super) fn questionnaire(book: &Book) -> Result<Questionnaire, XlsformError> {
    let settings_sheet = book.sheet(&SETTINGS)?.ok_or(XlsformError::MissingSheet(SETTINGS.name))?;
    let survey = book.sheet(&SURVEY)?.ok_or(XlsformError::MissingSheet(SURVEY.name))?;
    let lists = match book.sheet(&CHOICES)? {
        Some(sheet) => lists(sheet)?,
        None => Lists::new(),
    };
    let (mut questionnaire, settings_row) = settings(settings_sheet)?;
    let survey_rows: Vec<Cells<'_>> = survey.rows().collect();
    questionnaire.items = items(&survey_rows, &lists)?;
    let mut rule_rows = Vec::new();
    if let Some(findings) = book.sheet(&FINDINGS)? {
        let items = &questionnaire.items;
        let shape = |id: &str| items.iter().find(|item| item.id == id).map(QuestionnaireItem::shape);
        for row in findings.rows() {
            let rule = rule(&row, &shape)?;
            if let Some(other) = questionnaire.rules.iter().position(|other| other.id == rule.id) {
                let why = format!("{:?} is already the name of row {}", rule.id, rule_rows[other]);
                return Err(row.error("name", why));
            }
            rule_rows.push(row.number());
            questionnaire.rules.push(rule);
        }
    }
    let item_rows: Vec<u32> = survey_rows.iter().map(Cells::number).collect();
    pack_check(&questionnaire).map_err(|why| {
        match locate(&why, &questionnaire, &item_rows, &rule_rows, settings_row) {
            Some(at) => XlsformError::Form { at, why },
            None => XlsformError::Schema(why),
        }
    })?;
    Ok(questionnaire)
}

/// The questionnaire's id, version, title and intro from the one row of settings (with no
/// items or rules yet), and that row's number.
fn settings(sheet: &Sheet) -> Result<(Questionnaire, u32), XlsformError> {
    let mut rows = sheet.rows();
    let row = rows.next().ok_or_else(|| XlsformError::Form {
        at: Location { sheet: sheet.name(), row: Some(sheet.header_number()), column: None },
        why: "no row of values under the header".into(),
    })?;
    if let Some(extra) = rows.next() {
        return Err(XlsformError::Form {
            at: Location { sheet: sheet.name(), row: Some(extra.number()), column: None },
            why: "the settings are one row: this second row would be ignored".into(),
        });
    }
    let version = row.integer("version")?.ok_or_else(|| row.error("version", "empty: the form needs a version"))?;
    let version = u32::try_from(version)
        .map_err(|_| row.error("version", format!("{version} is not a version (a whole number from 0)")))?;
    let questionnaire = Questionnaire {
        id: id(&row, "form_id")?,
        version,
        title: row.required_translations("form_title")?,
        intro: row.required_translations("intro")?,
        items: Vec::new(),
        rules: Vec::new(),
    };
    Ok((questionnaire, row.number()))
}

/// The questions, each name once, and skip logic that looks only back.
fn items(rows: &[Cells<'_>], lists: &Lists<'_>) -> Result<Vec<QuestionnaireItem>, XlsformError> {
    let mut items: Vec<QuestionnaireItem> = Vec::new();
    for row in rows {
        let item = item(row, lists)?;
        if let Some(other) = items.iter().position(|other| other.id == item.id) {
            let why = format!("{:?} is already the name of row {}", item.id, rows[other].number());
            return Err(row.error("name", why));
        }
        items.push(item);
    }
    for (i, (item, row)) in items.iter().zip(rows).enumerate() {
        let Some(relevant) = &item.relevant else { continue };
        let earlier = |id: &str| items[..i].iter().find(|other| other.id == id).map(QuestionnaireItem::shape);
        Expr::parse(relevant, &earlier).map_err(|e| {
            let why = match e {
                ExprError::UnknownItem(name) if name == item.id => {
                    "relevant names the question itself: it may name earlier questions only".into()
                }
                ExprError::UnknownItem(name) => match items[i..].iter().position(|later| later.id == name) {
                    Some(later) => format!(
                        "${{{name}}} is asked later (row {}): relevant may name earlier questions only",
                        rows[i + later].number()
                    ),
                    None => format!("no question is named {name:?}"),
                },
                other => other.to_string(),
            };
            row.error("relevant", why)
        })?;
    }
    Ok(items)
}

/// Where a refusal by the pack checks belongs: they name the item or rule (`item x label (en)
/// is empty`), or the title or intro.
fn locate(
    why: &str,
    questionnaire: &Questionnaire,
    item_rows: &[u32],
    rule_rows: &[u32],
    settings_row: u32,
) -> Option<Location> {
    let named = |prefix: &str| why.strip_prefix(prefix).and_then(|rest| rest.split([' ', ':']).next());
    let at = |sheet: &'static str, row: u32| Some(Location { sheet, row: Some(row), column: None });
    if let Some(i) = named("item ").and_then(|id| questionnaire.items.iter().position(|item| item.id == id)) {
        at(SURVEY.name, *item_rows.get(i)?)
    } else if let Some(i) = named("rule ").and_then(|id| questionnaire.rules.iter().position(|rule| rule.id == id)) {
        at(FINDINGS.name, *rule_rows.get(i)?)
    } else if why.starts_with("title") || why.starts_with("intro") {
        at(SETTINGS.name, settings_row)
    } else {
        None
    }
}

/// The choice lists, each choice's name unique within its list. Labels are read when a
/// question uses the list: a yes-no list's labels are the app's own and are not needed.
fn lists(sheet: &Sheet) -> Result<Lists<'_>, XlsformError> {
    let mut lists = Lists::new();
    for row in sheet.rows() {
        let list = row.required("list_name")?;
        let name = id(&row, "name")?;
        let choices = lists.entry(list.clone()).or_default();
        for other in choices.iter() {
            if other.text("name")?.as_deref() == Some(name.as_str()) {
                let why = format!("list {list:?} already has {name:?} (row {})", other.number());
                return Err(row.error("name", why));
            }
        }
        choices.push(row);
    }
    Ok(lists)
}

/// One question from its survey row.
fn item(row: &Cells<'_>, lists: &Lists<'_>) -> Result<QuestionnaireItem, XlsformError> {
    let type_text = row.required("type")?;
    let words: Vec<&str> = type_text.split_whitespace().collect();
    let mut choices = Vec::new();
    let kind = match words.as_slice() {
        [select @ ("select_one" | "select_multiple"), list] => {
            let rows = lists.get(*list).ok_or_else(|| {
                let known: Vec<&str> = lists.keys().map(String::as_str).collect();
                let known = if known.is_empty() { "none".to_owned() } else { known.join(", ") };
                row.error("type", format!("no choice list {list:?} in the choices sheet (lists: {known})"))
            })?;
            let names: BTreeSet<String> = rows.iter().filter_map(|row| row.text("name").ok().flatten()).collect();
            if *select == "select_one" && names.len() == YES_NO.len() && YES_NO.iter().all(|v| names.contains(*v)) {
                ItemKind::YesNo
            } else {
                for choice in rows {
                    choices.push(Choice { id: id(choice, "name")?, label: choice.required_translations("label")? });
                }
                if *select == "select_one" { ItemKind::Single } else { ItemKind::Multiple }
            }
        }
        ["integer"] => ItemKind::Number,
        ["date"] => kind_named("date").ok_or_else(|| {
            row.error("type", "date questions are not in this version of the questionnaire schema yet")
        })?,
        _ => {
            return Err(row.error(
                "type",
                format!(
                    "{type_text:?} is not supported: a self-check question is select_one LIST, \
                     select_multiple LIST, integer or date (groups, notes and text answers have no place in it)"
                ),
            ));
        }
    };
    let phase_text = row.required("phase")?;
    let phase = Phase::from_name(&phase_text.to_lowercase())
        .ok_or_else(|| row.error("phase", format!("{phase_text:?}: the phase is arrival or periodic")))?;
    let (min, max, unit) = (row.integer("min")?, row.integer("max")?, row.translations("unit")?);
    if kind == ItemKind::Number {
        let number = |value: Option<i64>, column: &str| {
            value.ok_or_else(|| row.error(column, format!("empty: an integer question needs a {column}")))
        };
        let (low, high) = (number(min, "min")?, number(max, "max")?);
        if low >= high {
            return Err(row.error("max", format!("max ({high}) must be more than min ({low})")));
        }
        if unit.is_none() {
            return Err(row.error("unit", "empty: an integer question needs a unit in every language"));
        }
    } else if let Some(column) = [("min", min.is_some()), ("max", max.is_some()), ("unit", unit.is_some())]
        .into_iter()
        .find_map(|(column, set)| set.then_some(column))
    {
        return Err(row.error(column, format!("{column} belongs to integer questions only")));
    }
    let url = row.required("source_url")?;
    if !url.starts_with("https://") {
        return Err(row.error("source_url", format!("{url:?} is not an https link")));
    }
    Ok(QuestionnaireItem {
        id: id(row, "name")?,
        phase,
        kind,
        label: row.required_translations("label")?,
        hint: row.translations("hint")?,
        choices,
        min,
        max,
        unit,
        relevant: row.text("relevant")?,
        legal_basis: row.required("legal_basis")?,
        source: Source { title: row.required("source_title")?, url },
    })
}

/// One rule from its findings row; `when` may name any question.
fn rule(row: &Cells<'_>, shape: &dyn Fn(&str) -> Option<ItemShape>) -> Result<Rule, XlsformError> {
    let when = row.required("when")?;
    Expr::parse(&when, shape).map_err(|e| match e {
        ExprError::UnknownItem(name) => row.error("when", format!("no question in the survey is named {name:?}")),
        other => row.error("when", other.to_string()),
    })?;
    let severity_text = row.required("severity")?;
    let severity: Severity = serde_json::from_value(serde_json::Value::String(severity_text.to_lowercase()))
        .map_err(|_| row.error("severity", format!("{severity_text:?}: the severity is serious, concern or info")))?;
    let directory = row.text("directory")?.unwrap_or_default();
    let directory = directory
        .split_whitespace()
        .map(|entry| is_content_id(entry).then(|| entry.to_owned()).ok_or_else(|| bad_id(row, "directory", entry)))
        .collect::<Result<_, _>>()?;
    Ok(Rule {
        id: id(row, "name")?,
        when,
        severity,
        finding: row.required_translations("finding")?,
        next_step: row.required_translations("next_step")?,
        article: id(row, "article")?,
        directory,
    })
}

/// An id in `column`: lowercase letters, digits and `-`, as the pack schema requires of ids.
fn id(row: &Cells<'_>, column: &str) -> Result<String, XlsformError> {
    let text = row.required(column)?;
    if is_content_id(&text) { Ok(text) } else { Err(bad_id(row, column, &text)) }
}

fn bad_id(row: &Cells<'_>, column: &str, text: &str) -> XlsformError {
    row.error(column, format!("{text:?} is not an id: use lowercase letters, digits and -, up to 80 characters"))
}
