//! From a questionnaire to a workbook in the layout of the sheet specs: each choice question
//! gets a list named after it, and every yes-no question shares one list with the app's words.

use std::collections::BTreeMap;

use mirai_core::Language;
use mirai_i18n::Localizer;
use mirai_pack::content::{ItemKind, Questionnaire, Translations, YES_NO};
use rust_xlsxwriter::{Format, Workbook, Worksheet};

use super::{CHOICES, FINDINGS, SETTINGS, SURVEY, SheetSpec, XlsformError, YES_NO_LIST, kind_name};

/// Writes the four sheets.
pub(super) fn workbook(questionnaire: &Questionnaire) -> Result<Vec<u8>, XlsformError> {
    let mut survey = Table::new(&SURVEY);
    let mut choices = Table::new(&CHOICES);
    let mut settings = Table::new(&SETTINGS);
    let mut findings = Table::new(&FINDINGS);
    if questionnaire.items.iter().any(|item| item.kind == ItemKind::YesNo) {
        let localizer = Localizer::embedded().ok();
        for value in YES_NO {
            choices.push(
                Line::default()
                    .text("list_name", Some(YES_NO_LIST))
                    .text("name", Some(value))
                    .translations("label", Some(&yes_no_label(localizer.as_ref(), value))),
            );
        }
    }
    for item in &questionnaire.items {
        let kind = kind_name(item.kind).unwrap_or_default();
        let type_text = match kind.as_str() {
            "yes-no" => format!("select_one {YES_NO_LIST}"),
            "single" => format!("select_one {}", item.id),
            "multiple" => format!("select_multiple {}", item.id),
            "number" => "integer".to_owned(),
            "date" => "date".to_owned(),
            other => {
                let why = format!("item {}: {other:?} questions have no XLSForm type here", item.id);
                return Err(XlsformError::Schema(why));
            }
        };
        for choice in &item.choices {
            choices.push(
                Line::default()
                    .text("list_name", Some(&item.id))
                    .text("name", Some(&choice.id))
                    .translations("label", Some(&choice.label)),
            );
        }
        survey.push(
            Line::default()
                .text("type", Some(&type_text))
                .text("name", Some(&item.id))
                .translations("label", Some(&item.label))
                .translations("hint", item.hint.as_ref())
                .text("relevant", item.relevant.as_deref())
                .text("phase", Some(item.phase.name()))
                .number("min", item.min)
                .number("max", item.max)
                .translations("unit", item.unit.as_ref())
                .text("legal_basis", Some(&item.legal_basis))
                .text("source_title", Some(&item.source.title))
                .text("source_url", Some(&item.source.url)),
        );
    }
    settings.push(
        Line::default()
            .text("form_id", Some(&questionnaire.id))
            .number("version", Some(i64::from(questionnaire.version)))
            .translations("form_title", Some(&questionnaire.title))
            .translations("intro", Some(&questionnaire.intro)),
    );
    for rule in &questionnaire.rules {
        findings.push(
            Line::default()
                .text("name", Some(&rule.id))
                .text("when", Some(&rule.when))
                .text("severity", Some(rule.severity.name()))
                .translations("finding", Some(&rule.finding))
                .translations("next_step", Some(&rule.next_step))
                .text("article", Some(&rule.article))
                .text("directory", Some(&rule.directory.join(" "))),
        );
    }
    let mut book = Workbook::new();
    for table in [survey, choices, settings, findings] {
        table.write(book.add_worksheet())?;
    }
    Ok(book.save_to_buffer()?)
}

/// What the app shows for a yes-no answer, so the spreadsheet reads as the app does (and
/// ODK, which wants a label on every choice, can open it). Importing ignores these labels.
fn yes_no_label(localizer: Option<&Localizer>, value: &str) -> Translations<String> {
    let label = |lang: Language| match localizer {
        Some(localizer) => localizer.format(lang, &format!("selfcheck-{value}"), &[]),
        None => value.to_owned(),
    };
    Translations(Language::ALL.into_iter().map(|lang| (lang.code().to_owned(), label(lang))).collect())
}

/// A column's identity: its name in the spec, and its language for a translated one.
type Key = (&'static str, Option<Language>);

/// A cell's value.
enum Value {
    Text(String),
    Number(i64),
}

/// One row's values by column.
#[derive(Default)]
struct Line(BTreeMap<Key, Value>);

impl Line {
    fn text(mut self, column: &'static str, text: Option<&str>) -> Line {
        if let Some(text) = text.filter(|text| !text.is_empty()) {
            self.0.insert((column, None), Value::Text(text.to_owned()));
        }
        self
    }

    fn number(mut self, column: &'static str, number: Option<i64>) -> Line {
        if let Some(number) = number {
            self.0.insert((column, None), Value::Number(number));
        }
        self
    }

    fn translations(mut self, column: &'static str, texts: Option<&Translations<String>>) -> Line {
        for lang in Language::ALL {
            if let Some(text) = texts.and_then(|texts| texts.get(lang)) {
                self.0.insert((column, Some(lang)), Value::Text(text.clone()));
            }
        }
        self
    }
}

/// A sheet being written: its columns in spec order, one per language where translated.
struct Table {
    spec: &'static SheetSpec,
    columns: Vec<Key>,
    lines: Vec<Line>,
}

impl Table {
    fn new(spec: &'static SheetSpec) -> Table {
        let columns = spec
            .columns
            .iter()
            .flat_map(|column| {
                let languages: Vec<Option<Language>> =
                    if column.translated { Language::ALL.into_iter().map(Some).collect() } else { vec![None] };
                languages.into_iter().map(move |lang| (column.name, lang))
            })
            .collect();
        Table { spec, columns, lines: Vec::new() }
    }

    fn push(&mut self, line: Line) {
        self.lines.push(line);
    }

    fn write(self, sheet: &mut Worksheet) -> Result<(), XlsformError> {
        sheet.set_name(self.spec.name)?;
        let bold = Format::new().set_bold();
        for (i, (name, lang)) in self.columns.iter().enumerate() {
            let column = u16::try_from(i).map_err(|_| XlsformError::Schema("too many columns".into()))?;
            let header = match lang {
                Some(lang) => format!("{name}::{} ({})", lang.endonym(), lang.code()),
                None => (*name).to_owned(),
            };
            sheet.write_string_with_format(0, column, header, &bold)?;
            sheet.set_column_width(column, if lang.is_some() { 40 } else { 18 })?;
            for (row, line) in (1u32..).zip(&self.lines) {
                match line.0.get(&(*name, *lang)) {
                    // A spreadsheet number is a double: larger whole numbers go as text, exactly.
                    Some(Value::Number(n)) if n.unsigned_abs() < 1 << 53 => {
                        sheet.write_number(row, column, *n as f64)?;
                    }
                    Some(Value::Number(n)) => {
                        sheet.write_string(row, column, n.to_string())?;
                    }
                    Some(Value::Text(text)) => {
                        sheet.write_string(row, column, text)?;
                    }
                    None => {}
                }
            }
        }
        sheet.set_freeze_panes(1, 0)?;
        Ok(())
    }
}
