//! The workbook as the form's sheets of cells, with the headers understood: which column is
//! which, in which language, and the row and column of every value for error messages.

use std::collections::BTreeMap;
use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use mirai_core::Language;
use mirai_pack::content::Translations;

use super::{CHOICES, FINDINGS, Location, SETTINGS, SURVEY, SheetSpec, XlsformError};

/// A questionnaire is at most 100 items and 300 rules in nine languages: these bounds leave
/// room for that many times over, and stop a hostile file before it fills the memory.
const MAX_WORKBOOK_BYTES: usize = 16 * 1024 * 1024;
const MAX_UNPACKED_BYTES: u64 = 64 * 1024 * 1024;
const MAX_CELLS: usize = 200_000;
const MAX_ROWS: u32 = 10_000;
const MAX_COLUMNS: u32 = 1_000;

/// The form's sheets that the workbook has.
pub(super) struct Book {
    sheets: Vec<Sheet>,
}

/// A column's identity: its name in the spec, and its language for a translated one.
type Key = (&'static str, Option<Language>);

/// One sheet: its columns by key, and its non-empty rows after the header.
pub(super) struct Sheet {
    spec: &'static SheetSpec,
    columns: BTreeMap<Key, u32>,
    headers: BTreeMap<u32, String>,
    header_row: u32,
    rows: Vec<(u32, BTreeMap<u32, Data>)>,
}

/// One row of a sheet, read by column name.
pub(super) struct Cells<'a> {
    sheet: &'a Sheet,
    number: u32,
    cells: &'a BTreeMap<u32, Data>,
}

impl Book {
    /// Reads the form's sheets from .xlsx bytes; other sheets (notes, instructions) are skipped.
    pub(super) fn read(bytes: &[u8]) -> Result<Book, XlsformError> {
        check_size(bytes)?;
        let not_a_workbook = |e: calamine::XlsxError| XlsformError::NotAWorkbook(e.to_string());
        let mut xlsx: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(not_a_workbook)?;
        let mut budget = MAX_CELLS;
        let mut sheets = Vec::new();
        for name in xlsx.sheet_names() {
            let Some(spec) = [&SURVEY, &CHOICES, &SETTINGS, &FINDINGS]
                .into_iter()
                .find(|spec| spec.name.eq_ignore_ascii_case(name.trim()))
            else {
                continue;
            };
            if sheets.iter().any(|sheet: &Sheet| sheet.spec.name == spec.name) {
                return Err(XlsformError::Form {
                    at: Location { sheet: spec.name, row: None, column: None },
                    why: format!("two sheets are named {:?}", spec.name),
                });
            }
            let mut rows: BTreeMap<u32, BTreeMap<u32, Data>> = BTreeMap::new();
            let mut reader = xlsx.worksheet_cells_reader(&name).map_err(not_a_workbook)?;
            while let Some(cell) = reader.next_cell().map_err(not_a_workbook)? {
                let value = Data::from(cell.get_value().clone());
                if is_blank(&value) {
                    continue;
                }
                let (row, column) = cell.get_position();
                if row >= MAX_ROWS || column >= MAX_COLUMNS || budget == 0 {
                    return Err(XlsformError::TooLarge(format!(
                        "sheet {} goes beyond {MAX_ROWS} rows, {MAX_COLUMNS} columns or {MAX_CELLS} cells",
                        spec.name
                    )));
                }
                budget -= 1;
                rows.entry(row).or_default().insert(column, value);
            }
            sheets.push(Sheet::new(spec, rows)?);
        }
        Ok(Book { sheets })
    }

    /// The sheet for `spec`; `None` only for a sheet the form may leave out.
    pub(super) fn sheet(&self, spec: &'static SheetSpec) -> Result<Option<&Sheet>, XlsformError> {
        match self.sheets.iter().find(|sheet| sheet.spec.name == spec.name) {
            Some(sheet) => Ok(Some(sheet)),
            None if spec.required => Err(XlsformError::MissingSheet(spec.name)),
            None => Ok(None),
        }
    }
}

/// Refuses a file, or a zip whose parts would unpack, past the bounds. The zip reader holds
/// every part to its declared size, so the declared sizes bound what calamine can unpack.
fn check_size(bytes: &[u8]) -> Result<(), XlsformError> {
    if bytes.len() > MAX_WORKBOOK_BYTES {
        return Err(XlsformError::TooLarge(format!("more than {} MiB", MAX_WORKBOOK_BYTES >> 20)));
    }
    let not_a_workbook = |e: zip::result::ZipError| XlsformError::NotAWorkbook(e.to_string());
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(not_a_workbook)?;
    let mut unpacked = 0u64;
    for i in 0..zip.len() {
        unpacked = unpacked.saturating_add(zip.by_index_raw(i).map_err(not_a_workbook)?.size());
    }
    if unpacked > MAX_UNPACKED_BYTES {
        return Err(XlsformError::TooLarge(format!("it unpacks to more than {} MiB", MAX_UNPACKED_BYTES >> 20)));
    }
    Ok(())
}

fn is_blank(value: &Data) -> bool {
    match value {
        Data::Empty => true,
        Data::String(text) => text.trim().is_empty(),
        _ => false,
    }
}

impl Sheet {
    /// Reads the header (the first row with anything in it) against the spec: every column
    /// known, none twice, the required ones there, and a translated one in all nine languages.
    fn new(spec: &'static SheetSpec, mut rows: BTreeMap<u32, BTreeMap<u32, Data>>) -> Result<Sheet, XlsformError> {
        let (header_row, header) = rows.pop_first().unwrap_or_default();
        let mut sheet =
            Sheet { spec, columns: BTreeMap::new(), headers: BTreeMap::new(), header_row, rows: Vec::new() };
        for (column, value) in header {
            let text = value.to_string().trim().to_owned();
            sheet.headers.insert(column, text.clone());
            // KoBoToolbox keeps its own bookkeeping in `$` columns; they say nothing to us.
            if text.starts_with('$') {
                continue;
            }
            let key = sheet.key(&text).map_err(|why| sheet.header_error(column, why))?;
            if let Some(earlier) = sheet.columns.insert(key, column) {
                let why = format!("the same column as {}", sheet.column_name(earlier));
                return Err(sheet.header_error(column, why));
            }
        }
        for column in spec.columns {
            let has = |lang: Option<Language>| sheet.columns.contains_key(&(column.name, lang));
            if !column.translated {
                if column.required && !has(None) {
                    return Err(sheet.sheet_error(format!("no {} column", column.name)));
                }
                continue;
            }
            let missing: Vec<Language> = Language::ALL.into_iter().filter(|lang| !has(Some(*lang))).collect();
            match missing.first() {
                Some(_) if missing.len() == Language::ALL.len() && !column.required => {}
                Some(_) if missing.len() == Language::ALL.len() => {
                    let why = format!("no {0} column: add one per language, {0}::English (en) or {0}::en", column.name);
                    return Err(sheet.sheet_error(why));
                }
                Some(lang) => {
                    let (name, endonym, code) = (column.name, lang.endonym(), lang.code());
                    let why = format!("no {name} column for {endonym} ({code}): add {name}::{endonym} ({code})");
                    return Err(sheet.sheet_error(format!("{why}; every language is needed")));
                }
                None => {}
            }
        }
        for (row, mut cells) in rows {
            if let Some(column) = cells.keys().find(|column| !sheet.headers.contains_key(column)) {
                let at = Location { sheet: spec.name, row: Some(row + 1), column: Some(letters(*column)) };
                return Err(XlsformError::Form { at, why: "a value in a column with no header".into() });
            }
            cells.retain(|column, _| sheet.columns.values().any(|known| known == column));
            if !cells.is_empty() {
                sheet.rows.push((row, cells));
            }
        }
        Ok(sheet)
    }

    /// What a header names: `name`, or `label::English (en)`, `label::en` (any case).
    fn key(&self, header: &str) -> Result<Key, String> {
        let lower = header.to_lowercase();
        let (name, language) = match lower.split_once("::") {
            Some((name, language)) => (name.trim(), Some(language.trim())),
            None => (lower.trim(), None),
        };
        let known: Vec<&str> = self.spec.columns.iter().map(|c| c.name).collect();
        let column = self.spec.columns.iter().find(|c| c.name == name).ok_or_else(|| {
            format!("not a column of the {} sheet (its columns: {})", self.spec.name, known.join(", "))
        })?;
        match (column.translated, language) {
            (false, None) => Ok((column.name, None)),
            (false, Some(_)) => Err(format!("{} is one text for every language: write just {0}", column.name)),
            (true, None) => Err(format!("say which language: {0}::English (en) or {0}::en", column.name)),
            (true, Some(language)) => {
                // `English (en)` names the language by the code in brackets; `en` is the code.
                let code = match language.rsplit_once('(') {
                    Some((_, code)) => code.trim_end_matches(')').trim(),
                    None => language,
                };
                let lang = code.parse::<Language>().map_err(|_| {
                    let codes: Vec<&str> = Language::ALL.iter().map(|lang| lang.code()).collect();
                    format!("language {code:?} is not one of the app's: {}", codes.join(" "))
                })?;
                Ok((column.name, Some(lang)))
            }
        }
    }

    /// The sheet's spec name.
    pub(super) fn name(&self) -> &'static str {
        self.spec.name
    }

    /// The rows after the header that have anything in them.
    pub(super) fn rows(&self) -> impl Iterator<Item = Cells<'_>> {
        self.rows.iter().map(|(row, cells)| Cells { sheet: self, number: row + 1, cells })
    }

    /// The spreadsheet number of the header row.
    pub(super) fn header_number(&self) -> u32 {
        self.header_row + 1
    }

    fn column_name(&self, column: u32) -> String {
        let header = self.headers.get(&column).map(String::as_str).unwrap_or_default();
        format!("{} ({header})", letters(column))
    }

    fn header_error(&self, column: u32, why: String) -> XlsformError {
        let at =
            Location { sheet: self.spec.name, row: Some(self.header_number()), column: Some(self.column_name(column)) };
        XlsformError::Form { at, why }
    }

    fn sheet_error(&self, why: String) -> XlsformError {
        XlsformError::Form { at: Location { sheet: self.spec.name, row: None, column: None }, why }
    }
}

/// A column's letters as a spreadsheet shows them: 0 is A, 26 is AA.
fn letters(column: u32) -> String {
    let mut n = column + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rest = (n - 1) % 26;
        out.push(char::from(b'A' + rest as u8));
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

impl Cells<'_> {
    /// The row's number in the spreadsheet.
    pub(super) fn number(&self) -> u32 {
        self.number
    }

    /// Where a value of `column` (in `lang`) is, or would be.
    pub(super) fn at(&self, column: &str, lang: Option<Language>) -> Location {
        let place = self.sheet.spec.columns.iter().find(|c| c.name == column).and_then(|spec| {
            let key = (spec.name, if spec.translated { lang.or(Some(Language::Ja)) } else { None });
            self.sheet.columns.get(&key)
        });
        let column = match place {
            Some(place) => self.sheet.column_name(*place),
            None => column.to_owned(),
        };
        Location { sheet: self.sheet.spec.name, row: Some(self.number), column: Some(column) }
    }

    /// A refusal of the value in `column`.
    pub(super) fn error(&self, column: &str, why: impl Into<String>) -> XlsformError {
        XlsformError::Form { at: self.at(column, None), why: why.into() }
    }

    fn cell(&self, column: &str, lang: Option<Language>) -> Option<&Data> {
        let spec = self.sheet.spec.columns.iter().find(|c| c.name == column)?;
        self.sheet.columns.get(&(spec.name, lang)).and_then(|place| self.cells.get(place))
    }

    /// The text in `column`, trimmed; `None` when the cell is empty or the column absent.
    pub(super) fn text(&self, column: &str) -> Result<Option<String>, XlsformError> {
        self.text_in(column, None)
    }

    fn text_in(&self, column: &str, lang: Option<Language>) -> Result<Option<String>, XlsformError> {
        let Some(value) = self.cell(column, lang) else { return Ok(None) };
        let at = || self.at(column, lang);
        let text = match value {
            Data::String(text) | Data::DateTimeIso(text) | Data::DurationIso(text) => text.trim().to_owned(),
            Data::Int(n) => n.to_string(),
            Data::Float(x) => whole(*x).map_or_else(|| x.to_string(), |n| n.to_string()),
            Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
            Data::DateTime(_) => {
                return Err(XlsformError::Form { at: at(), why: "a date, where text is expected".into() });
            }
            Data::Error(e) => {
                return Err(XlsformError::Form { at: at(), why: format!("the spreadsheet shows an error ({e})") });
            }
            Data::Empty => String::new(),
        };
        Ok(Some(text).filter(|text| !text.is_empty()))
    }

    /// The text in `column`, which every row needs.
    pub(super) fn required(&self, column: &str) -> Result<String, XlsformError> {
        self.text(column)?.ok_or_else(|| self.error(column, format!("empty: every row needs a {column}")))
    }

    /// A whole number in `column`: a number (3 or 3.0, not 3.5), in a number cell or as text.
    pub(super) fn integer(&self, column: &str) -> Result<Option<i64>, XlsformError> {
        let number = match self.cell(column, None) {
            None => return Ok(None),
            Some(Data::Int(n)) => Some(*n),
            Some(Data::Float(x)) => whole(*x),
            Some(_) => match self.text(column)? {
                None => return Ok(None),
                Some(text) => text.parse::<i64>().ok().or_else(|| text.parse::<f64>().ok().and_then(whole)),
            },
        };
        let shown = self.text(column)?.unwrap_or_default();
        number.map(Some).ok_or_else(|| self.error(column, format!("{shown:?} is not a whole number")))
    }

    /// The texts of a translated column, or `None` when the row leaves it empty in every
    /// language. A text in some languages and not others is refused at the first empty cell.
    pub(super) fn translations(&self, column: &str) -> Result<Option<Translations<String>>, XlsformError> {
        let mut texts = BTreeMap::new();
        let mut missing = Vec::new();
        for lang in Language::ALL {
            match self.text_in(column, Some(lang))? {
                Some(text) => drop(texts.insert(lang.code().to_owned(), text)),
                None => missing.push(lang),
            }
        }
        match missing.first() {
            None => Ok(Some(Translations(texts))),
            Some(_) if texts.is_empty() => Ok(None),
            Some(lang) => Err(XlsformError::Form {
                at: self.at(column, Some(*lang)),
                why: format!("no text in {} ({}): every language needs its own", lang.endonym(), lang.code()),
            }),
        }
    }

    /// The texts of a translated column that every row needs.
    pub(super) fn required_translations(&self, column: &str) -> Result<Translations<String>, XlsformError> {
        self.translations(column)?.ok_or_else(|| {
            self.error(column, format!("empty: every row needs a {column} in all {} languages", Language::ALL.len()))
        })
    }
}

/// A float that is a whole number (as a spreadsheet stores 3), within what an i64 holds exactly.
fn whole(x: f64) -> Option<i64> {
    (x.fract() == 0.0 && x.abs() < 9.0e15).then_some(x as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_lettered_as_spreadsheets_show_them() {
        assert_eq!(letters(0), "A");
        assert_eq!(letters(25), "Z");
        assert_eq!(letters(26), "AA");
        assert_eq!(letters(27), "AB");
        assert_eq!(letters(701), "ZZ");
        assert_eq!(letters(702), "AAA");
    }

    #[test]
    fn whole_numbers_are_told_from_fractions() {
        assert_eq!(whole(3.0), Some(3));
        assert_eq!(whole(-2.0), Some(-2));
        assert_eq!(whole(3.5), None);
        assert_eq!(whole(f64::NAN), None);
        assert_eq!(whole(1e300), None);
    }
}
