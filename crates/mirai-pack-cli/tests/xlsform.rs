//! The XLSForm importer and exporter: the default questionnaire survives a trip through a
//! spreadsheet, and each kind of mistake a writer can make is refused at its sheet, row and
//! column, with words that say what to do.

use std::io::Cursor;
use std::path::{Path, PathBuf};

use calamine::{Data, Reader, Xlsx};
use mirai_core::Language;
use mirai_pack::content::{ItemKind, Questionnaire, Translations};
use mirai_pack_cli::xlsform::{self, XlsformError};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn default_questionnaire() -> (String, Questionnaire) {
    let text = std::fs::read_to_string(root().join("content/default/questionnaires/worker-self-check.json"))
        .expect("default questionnaire");
    let parsed = serde_json::from_str(&text).expect("questionnaire JSON");
    (text, parsed)
}

/// The fuzz seed questionnaire (four questions, two rules), with its English text in all nine
/// languages: small enough to read in a failing test, complete enough to import.
fn small() -> Questionnaire {
    let seed = std::fs::read(root().join("fuzz/corpus/questionnaire/seed.json")).expect("seed");
    let mut q: Questionnaire = serde_json::from_slice(&seed).expect("seed JSON");
    let nine = |t: &mut Translations<String>| {
        let en = t.0["en"].clone();
        for lang in Language::ALL {
            t.0.entry(lang.code().to_owned()).or_insert_with(|| format!("{en} ({lang})"));
        }
    };
    nine(&mut q.title);
    nine(&mut q.intro);
    for item in &mut q.items {
        nine(&mut item.label);
        for text in [&mut item.hint, &mut item.unit].into_iter().flatten() {
            nine(text);
        }
        item.choices.iter_mut().for_each(|c| nine(&mut c.label));
    }
    for rule in &mut q.rules {
        nine(&mut rule.finding);
        nine(&mut rule.next_step);
    }
    xlsform::check(&q).expect("the small questionnaire is valid");
    q
}

/// A workbook's sheets as grids of cells, to edit and write back.
struct Grids(Vec<(String, Vec<Vec<Data>>)>);

impl Grids {
    fn of(bytes: &[u8]) -> Grids {
        let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).expect("workbook");
        let sheets = book
            .sheet_names()
            .into_iter()
            .map(|name| {
                let range = book.worksheet_range(&name).expect("sheet");
                (name, range.rows().map(<[Data]>::to_vec).collect())
            })
            .collect();
        Grids(sheets)
    }

    fn sheet(&mut self, name: &str) -> &mut Vec<Vec<Data>> {
        &mut self.0.iter_mut().find(|(n, _)| n == name).expect("sheet").1
    }

    fn column(&mut self, sheet: &str, header: &str) -> usize {
        self.sheet(sheet)[0].iter().position(|h| matches!(h, Data::String(s) if s == header)).expect("column")
    }

    /// Sets the cell of spreadsheet row `row` (1 is the header) under `header`.
    fn set(&mut self, sheet: &str, row: usize, header: &str, value: Data) -> &mut Grids {
        let column = self.column(sheet, header);
        self.sheet(sheet)[row - 1][column] = value;
        self
    }

    fn text(&mut self, sheet: &str, row: usize, header: &str, value: &str) -> &mut Grids {
        self.set(sheet, row, header, Data::String(value.into()))
    }

    fn remove_column(&mut self, sheet: &str, header: &str) -> &mut Grids {
        let column = self.column(sheet, header);
        for row in self.sheet(sheet).iter_mut() {
            row.remove(column);
        }
        self
    }

    fn bytes(&self) -> Vec<u8> {
        let mut book = rust_xlsxwriter::Workbook::new();
        for (name, rows) in &self.0 {
            let sheet = book.add_worksheet();
            sheet.set_name(name).expect("name");
            for (r, row) in rows.iter().enumerate() {
                for (c, cell) in row.iter().enumerate() {
                    let (r, c) = (r as u32, c as u16);
                    let written = match cell {
                        Data::Float(x) => sheet.write_number(r, c, *x),
                        Data::Int(n) => sheet.write_number(r, c, *n as f64),
                        Data::Empty => continue,
                        other => sheet.write_string(r, c, other.to_string()),
                    };
                    written.expect("write");
                }
            }
        }
        book.save_to_buffer().expect("save")
    }
}

fn small_grids() -> Grids {
    Grids::of(&xlsform::export(&small()).expect("export"))
}

/// Imports the edited workbook, which must be refused with a message containing each of `parts`.
fn refused(grids: &Grids, parts: &[&str]) -> String {
    let message = xlsform::import(&grids.bytes()).expect_err("must be refused").to_string();
    for part in parts {
        assert!(message.contains(part), "{message:?} should say {part:?}");
    }
    message
}

#[test]
fn the_default_questionnaire_survives_a_trip_through_a_spreadsheet() {
    let (text, original) = default_questionnaire();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("worker-self-check.xlsx");
    std::fs::write(&path, xlsform::export(&original).expect("export")).expect("write");
    let imported = xlsform::import(&std::fs::read(&path).expect("read")).expect("import");
    assert_eq!(imported, original);
    // The JSON is written as the content files are: the languages in the app's order, so a
    // round trip changes nothing but the empty directory lists serde leaves out.
    let json = xlsform::to_json(&imported).expect("json");
    assert_eq!(json, text.replace(",\n      \"directory\": []", ""));
}

#[test]
fn the_spreadsheet_has_the_xlsform_sheets_and_headers() {
    let mut grids = small_grids();
    let names: Vec<&str> = grids.0.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(names, ["survey", "choices", "settings", "findings"]);
    let survey = grids.sheet("survey");
    assert_eq!(survey[0][..3].iter().map(Data::to_string).collect::<Vec<_>>(), ["type", "name", "label::日本語 (ja)"]);
    let types: Vec<String> = survey[1..].iter().map(|row| row[0].to_string()).collect();
    assert_eq!(types, ["select_one status", "select_one yes_no", "select_multiple limits", "integer"]);
    // The yes-no list carries the app's own words, so ODK can open the form.
    let choices = grids.sheet("choices");
    assert_eq!(choices[1][..2], [Data::String("yes_no".into()), Data::String("yes".into())]);
    assert!(choices[1].contains(&Data::String("はい".into())));
}

#[test]
fn headers_may_name_a_language_by_its_code_in_any_case_and_blank_rows_are_skipped() {
    let mut grids = small_grids();
    for (_, rows) in &mut grids.0 {
        for header in &mut rows[0] {
            if let Some((name, rest)) = header.to_string().split_once("::") {
                let code = rest.trim_end_matches(')').rsplit('(').next().unwrap_or_default().to_owned();
                *header = Data::String(format!("{}::{}", name.to_uppercase(), code.to_uppercase()));
            }
        }
        let width = rows[0].len();
        rows.insert(1, vec![Data::Empty; width]);
        // KoBoToolbox's own columns are skipped.
        for (i, row) in rows.iter_mut().enumerate() {
            row.push(Data::String(if i == 0 { "$kuid".into() } else { format!("k{i}") }));
        }
    }
    // A version typed as 3.0 is the whole number 3.
    grids.set("settings", 3, "version", Data::Float(3.0));
    let imported = xlsform::import(&grids.bytes()).expect("import");
    assert_eq!(imported, Questionnaire { version: 3, ..small() });
}

#[test]
fn an_unknown_type_is_refused() {
    let mut grids = small_grids();
    grids.text("survey", 3, "type", "text");
    refused(&grids, &["sheet survey, row 3, column A (type)", "\"text\" is not supported", "select_one LIST"]);
    grids.text("survey", 3, "type", "begin_group");
    refused(&grids, &["sheet survey, row 3, column A (type)", "\"begin_group\" is not supported"]);
}

#[test]
fn a_missing_language_column_is_refused() {
    let mut grids = small_grids();
    grids.remove_column("survey", "label::မြန်မာဘာသာ (my)");
    refused(&grids, &["sheet survey: no label column for မြန်မာဘာသာ (my)", "add label::"]);
    let mut grids = small_grids();
    grids.remove_column("findings", "next_step::Español (es)");
    refused(&grids, &["sheet findings: no next_step column for Español (es)"]);
}

#[test]
fn a_missing_translation_is_refused_at_its_cell() {
    let mut grids = small_grids();
    grids.set("survey", 4, "label::Tiếng Việt (vi)", Data::Empty);
    refused(&grids, &["sheet survey, row 4, column", "(label::Tiếng Việt (vi))", "no text in Tiếng Việt (vi)"]);
    let mut grids = small_grids();
    grids.text("settings", 2, "form_title::Filipino (tl)", "  ");
    refused(&grids, &["sheet settings, row 2, column", "(form_title::Filipino (tl))", "no text in Filipino (tl)"]);
}

#[test]
fn a_rule_naming_a_missing_question_is_refused() {
    let mut grids = small_grids();
    grids.text("findings", 3, "when", "${salary} > 3");
    refused(&grids, &["sheet findings, row 3, column B (when)", "no question in the survey is named \"salary\""]);
}

#[test]
fn skip_logic_may_only_look_back() {
    let mut grids = small_grids();
    grids.text("survey", 2, "relevant", "${overtime-hours} > 0");
    refused(&grids, &["sheet survey, row 2, column", "(relevant)", "${overtime-hours} is asked later (row 5)"]);
    grids.text("survey", 2, "relevant", "${status} = 'other'");
    refused(&grids, &["sheet survey, row 2", "names the question itself"]);
}

#[test]
fn an_unknown_list_is_refused() {
    let mut grids = small_grids();
    grids.text("survey", 4, "type", "select_multiple limit");
    refused(&grids, &["sheet survey, row 4, column A (type)", "no choice list \"limit\"", "limits"]);
}

#[test]
fn a_version_must_be_a_whole_number() {
    let mut grids = small_grids();
    grids.set("settings", 2, "version", Data::Float(3.5));
    refused(&grids, &["sheet settings, row 2, column B (version)", "\"3.5\" is not a whole number"]);
    grids.text("settings", 2, "version", "v2");
    refused(&grids, &["\"v2\" is not a whole number"]);
    grids.text("settings", 2, "version", "4.0");
    assert_eq!(xlsform::import(&grids.bytes()).expect("version as text").version, 4);
    grids.set("settings", 2, "version", Data::Float(-1.0));
    refused(&grids, &["-1 is not a version"]);
}

#[test]
fn other_mistakes_are_refused_where_they_are() {
    let cases: [(&str, usize, &str, &str, &str); 8] = [
        ("findings", 2, "severity", "urgent", "the severity is serious, concern or info"),
        ("survey", 2, "phase", "later", "the phase is arrival or periodic"),
        ("survey", 3, "name", "status", "\"status\" is already the name of row 2"),
        ("survey", 2, "name", "Status", "\"Status\" is not an id"),
        ("survey", 2, "min", "1", "min belongs to integer questions only"),
        ("survey", 5, "max", "0", "max (0) must be more than min (0)"),
        ("survey", 2, "source_url", "http://example.com", "is not an https link"),
        ("choices", 6, "name", "trainee", "list \"status\" already has \"trainee\""),
    ];
    for (sheet, row, column, value, expected) in cases {
        let mut grids = small_grids();
        grids.text(sheet, row, column, value);
        let message = refused(&grids, &[expected]);
        assert!(message.starts_with(&format!("sheet {sheet}, row {row}, column")), "{message}");
    }
}

#[test]
fn unknown_columns_and_languages_are_refused_rather_than_dropped() {
    let mut grids = small_grids();
    grids.text("survey", 1, "relevant", "required");
    refused(&grids, &["sheet survey, row 1, column", "(required)", "not a column of the survey sheet"]);
    let mut grids = small_grids();
    grids.text("survey", 1, "hint::English (en)", "hint::Français (fr)");
    refused(&grids, &["language \"fr\" is not one of the app's"]);
    let mut grids = small_grids();
    grids.sheet("survey")[2].push(Data::String("stray".into()));
    refused(&grids, &["sheet survey, row 3, column AK: a value in a column with no header"]);
    let mut grids = small_grids();
    grids.text("settings", 1, "form_title::English (en)", "form_title");
    refused(&grids, &["say which language: form_title::English (en) or form_title::en"]);
}

#[test]
fn what_only_the_pack_checks_catch_is_placed_on_its_row() {
    let mut grids = small_grids();
    grids.text("survey", 3, "label::English (en)", &"long ".repeat(80));
    refused(&grids, &["sheet survey, row 3: item passport-kept label (en) is longer than 300 characters"]);
    let mut grids = small_grids();
    grids.remove_column("settings", "form_id");
    refused(&grids, &["sheet settings: no form_id column"]);
}

#[test]
fn a_date_question_follows_the_schema() {
    let mut grids = small_grids();
    grids.text("survey", 3, "type", "date");
    match serde_json::from_str::<ItemKind>("\"date\"") {
        Ok(date) => {
            // The rule compared the question with 'yes'; a date question cannot be.
            grids.text("findings", 2, "when", "${status} = 'trainee'");
            match xlsform::import(&grids.bytes()) {
                Ok(q) => assert_eq!(q.items[1].kind, date),
                Err(e) => assert!(!e.to_string().contains("not in this version"), "{e}"),
            }
        }
        Err(_) => drop(refused(&grids, &["sheet survey, row 3, column A (type)", "date questions are not in"])),
    }
}

#[test]
fn bytes_that_are_not_a_workbook_are_refused() {
    for bytes in [&b""[..], b"PK\x03\x04 not really", b"{\"id\": \"x\"}"] {
        assert!(matches!(xlsform::import(bytes), Err(XlsformError::NotAWorkbook(_))));
    }
    let mut book = rust_xlsxwriter::Workbook::new();
    book.add_worksheet().set_name("notes").expect("name");
    let message = xlsform::import(&book.save_to_buffer().expect("save")).expect_err("no survey").to_string();
    assert_eq!(message, "no sheet named \"settings\"");
}

fn fuzz_dir() -> PathBuf {
    root().join("fuzz")
}

/// Replays the xlsform fuzz corpus and saved crashers through the fuzz target's own check.
#[test]
fn the_xlsform_fuzz_corpus_replays_cleanly() {
    let mut replayed = 0;
    for dir in ["corpus/xlsform", "regressions/xlsform"] {
        for entry in std::fs::read_dir(fuzz_dir().join(dir)).into_iter().flatten().flatten() {
            mirai_pack_cli::fuzzing::xlsform(&std::fs::read(entry.path()).expect("read corpus file"));
            replayed += 1;
        }
    }
    assert!(replayed >= 1, "seed corpus missing");
}

/// The seed is a small export, so the fuzzer starts from a workbook that imports: write it again
/// with `MIRAI_WRITE_CORPUS=1`.
#[test]
fn the_xlsform_seed_is_a_small_export() {
    let seed = fuzz_dir().join("corpus/xlsform/small.xlsx");
    if std::env::var_os("MIRAI_WRITE_CORPUS").is_some() {
        std::fs::create_dir_all(fuzz_dir().join("corpus/xlsform")).expect("folder");
        std::fs::write(&seed, xlsform::export(&small()).expect("export")).expect("write");
    }
    assert_eq!(xlsform::import(&std::fs::read(&seed).expect("seed")).expect("import"), small());
}
