//! Questionnaires as XLSForm workbooks, so an NGO can write self-check items in the spreadsheet
//! layout ODK and KoBoToolbox users already know, and start from ours.
//!
//! The sheets and their columns are the tables below ([`SURVEY`], [`CHOICES`], [`SETTINGS`],
//! [`FINDINGS`]); `docs/PACKS.md` explains them for writers. Importing refuses anything the
//! questionnaire JSON cannot say (an XLSForm feature we have no place for, a language left out),
//! naming the sheet, row and column, and then runs the very checks a pack build runs, so a file
//! that imports is one the app can install.

mod cells;
mod json;
mod read;
mod write;

use std::fmt;

use mirai_core::{Date, Language};
use mirai_pack::content::{ItemKind, Questionnaire};
use mirai_pack::{Limits, PackBuilder, PackError, PackId, PackPath};

pub use json::to_json;

/// Why a workbook could not be imported or written. Every refusal a writer can fix names where.
#[derive(Debug, thiserror::Error)]
pub enum XlsformError {
    /// The bytes are not an .xlsx workbook.
    #[error("not an .xlsx workbook: {0}")]
    NotAWorkbook(String),
    /// The workbook is bigger than any questionnaire needs (or a zip bomb).
    #[error("the workbook is too large: {0}")]
    TooLarge(String),
    /// The workbook reader crashed; the panic was caught so one bad file cannot take the tool
    /// (or a server using it) down.
    #[error("the workbook reader failed on this file ({0}); it is probably damaged: save it again")]
    ReaderPanicked(String),
    /// A sheet the form needs is not there.
    #[error("no sheet named {0:?}")]
    MissingSheet(&'static str),
    /// Something in the workbook cannot become a questionnaire.
    #[error("{at}: {why}")]
    Form {
        /// Where.
        at: Location,
        /// What is wrong, in words a writer can act on.
        why: String,
    },
    /// The questionnaire does not pass the pack's own checks, at no place we could point to.
    #[error("the questionnaire does not pass the pack checks: {0}")]
    Schema(String),
    /// The workbook could not be written.
    #[error("cannot write the workbook: {0}")]
    Write(#[from] rust_xlsxwriter::XlsxError),
    /// The questionnaire could not be written as JSON.
    #[error("cannot write the questionnaire: {0}")]
    Json(#[from] serde_json::Error),
}

/// A place in the workbook, as a spreadsheet program shows it, so a writer can go straight there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The sheet's name.
    pub sheet: &'static str,
    /// The row number (the header is row 1 in a usual sheet).
    pub row: Option<u32>,
    /// The column's letter and header (`C (label::English (en))`), or its name when the sheet
    /// lacks it.
    pub column: Option<String>,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "sheet {}", self.sheet)?;
        if let Some(row) = self.row {
            write!(f, ", row {row}")?;
        }
        if let Some(column) = &self.column {
            write!(f, ", column {column}")?;
        }
        Ok(())
    }
}

/// A column of a sheet: one text, or one per language (`label::English (en)`, `label::en`).
/// One table serves the reader and the writer, so they cannot disagree on the layout.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    /// The header (before `::` for a translated column).
    pub name: &'static str,
    /// Whether there is one column per language.
    pub translated: bool,
    /// Whether the sheet must have it.
    pub required: bool,
}

/// A sheet of the form and the columns it may have; any other column is refused, since a
/// column the importer does not read would be dropped without a word.
#[derive(Debug)]
pub struct SheetSpec {
    /// The sheet's name.
    pub name: &'static str,
    /// Whether the workbook must have it.
    pub required: bool,
    /// Its columns, in the order the exporter writes them.
    pub columns: &'static [Column],
}

const fn plain(name: &'static str, required: bool) -> Column {
    Column { name, translated: false, required }
}

const fn translated(name: &'static str, required: bool) -> Column {
    Column { name, translated: true, required }
}

/// The questions, one a row: `type` is `select_one LIST`, `select_multiple LIST`, `integer` or
/// `date`; `name` is the id that expressions write as `${name}`.
pub const SURVEY: SheetSpec = SheetSpec {
    name: "survey",
    required: true,
    columns: &[
        plain("type", true),
        plain("name", true),
        translated("label", true),
        translated("hint", false),
        plain("relevant", false),
        plain("phase", true),
        plain("min", false),
        plain("max", false),
        translated("unit", false),
        plain("legal_basis", true),
        plain("source_title", true),
        plain("source_url", true),
    ],
};

/// The choice lists that `select_one` and `select_multiple` name.
pub const CHOICES: SheetSpec = SheetSpec {
    name: "choices",
    required: false,
    columns: &[plain("list_name", true), plain("name", true), translated("label", true)],
};

/// The questionnaire itself: its id, version, title and introduction, on one row.
pub const SETTINGS: SheetSpec = SheetSpec {
    name: "settings",
    required: true,
    columns: &[
        plain("form_id", true),
        plain("version", true),
        translated("form_title", true),
        translated("intro", true),
    ],
};

/// The rules (not part of XLSForm, which has no findings): when `when` holds, the finding shows.
pub const FINDINGS: SheetSpec = SheetSpec {
    name: "findings",
    required: false,
    columns: &[
        plain("name", true),
        plain("when", true),
        plain("severity", true),
        translated("finding", true),
        translated("next_step", true),
        plain("article", true),
        plain("directory", false),
    ],
};

/// The choice list that stands for a yes-no question, as the exporter names it.
pub const YES_NO_LIST: &str = "yes_no";

/// Reads a workbook (the bytes of an .xlsx file) into a questionnaire that passes the pack checks.
/// It takes bytes, not a path, so the fuzzer and a server can call it without files.
pub fn import(bytes: &[u8]) -> Result<Questionnaire, XlsformError> {
    let book = contain(|| cells::Book::read(bytes))?;
    read::questionnaire(&book)
}

/// Writes a questionnaire as a workbook that [`import`] reads back to the same questionnaire.
/// A questionnaire that fails the pack checks is refused: it would not import back.
pub fn export(questionnaire: &Questionnaire) -> Result<Vec<u8>, XlsformError> {
    check(questionnaire)?;
    write::workbook(questionnaire)
}

/// Runs the checks a pack build runs on a questionnaire file, in a pack of the nine languages.
/// Going through the pack builder, not a copy of its rules, keeps import and build in step.
pub fn check(questionnaire: &Questionnaire) -> Result<(), XlsformError> {
    pack_check(questionnaire).map_err(XlsformError::Schema)
}

/// The pack checks' refusal in their own words, for the importer to place on a row.
fn pack_check(questionnaire: &Questionnaire) -> Result<(), String> {
    let title = Language::ALL.into_iter().map(|lang| (lang, "xlsform".to_owned())).collect();
    let pack_id = PackId::parse("xlsform").map_err(|e| e.to_string())?;
    let mut pack = PackBuilder::new(
        pack_id,
        1,
        Date::from_unix_seconds(0),
        semver::Version::new(0, 1, 0),
        title,
        Language::ALL.to_vec(),
    );
    let path = PackPath::parse(&format!("questionnaires/{}.json", questionnaire.id))
        .map_err(|_| format!("bad id {:?}", questionnaire.id))?;
    pack.add(path, serde_json::to_vec(questionnaire).map_err(|e| e.to_string())?).map_err(|e| e.to_string())?;
    match pack.build(&Limits::default()) {
        Ok(_) => Ok(()),
        Err(PackError::ContentInvalid { why, .. }) => Err(why),
        Err(other) => Err(other.to_string()),
    }
}

/// The name of a kind of question in the pack format (`yes-no`, `number`, ...). Going through
/// serde means a kind added to the schema (such as `date`) needs no second list here.
fn kind_name(kind: ItemKind) -> Option<String> {
    serde_json::to_value(kind).ok().and_then(|value| value.as_str().map(str::to_owned))
}

/// The kind of question with this pack-format name, if this build of the schema has it.
fn kind_named(name: &str) -> Option<ItemKind> {
    serde_json::from_value(serde_json::Value::String(name.to_owned())).ok()
}

/// Runs the workbook reader, turning a panic inside it into an error: calamine and zip parse
/// outside bytes, and a crash there must not take the caller down.
fn contain<T>(read: impl FnOnce() -> Result<T, XlsformError> + std::panic::UnwindSafe) -> Result<T, XlsformError> {
    std::panic::catch_unwind(read).unwrap_or_else(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "panic".to_owned());
        Err(XlsformError::ReaderPanicked(message))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_in_the_reader_becomes_an_error() {
        let result: Result<(), _> = contain(|| panic!("bad zip"));
        assert!(matches!(result, Err(XlsformError::ReaderPanicked(m)) if m == "bad zip"));
    }

    #[test]
    fn kinds_go_by_their_pack_names() {
        for kind in [ItemKind::YesNo, ItemKind::Single, ItemKind::Multiple, ItemKind::Number] {
            assert_eq!(kind_name(kind).and_then(|name| kind_named(&name)), Some(kind));
        }
        assert_eq!(kind_named("text"), None);
    }
}
