//! `mirai-pack xlsform`: the binary exports a questionnaire to a workbook and imports it back to
//! the same JSON, and refuses a broken workbook with the place to fix and a failing exit code.

use std::path::Path;
use std::process::{Command, Output};

fn mirai_pack(args: &[&Path]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mirai-pack"))
        .args(args)
        .env("RUST_BACKTRACE", "0")
        .output()
        .expect("run mirai-pack")
}

#[test]
fn import_writes_the_questionnaire_json_and_refuses_a_broken_form() {
    let default =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/default/questionnaires/worker-self-check.json");
    let dir = tempfile::tempdir().expect("temp dir");
    let form = dir.path().join("form.xlsx");
    let json = dir.path().join("worker-self-check.json");

    let export = mirai_pack(&[Path::new("xlsform"), Path::new("export"), &default, Path::new("--out"), &form]);
    assert!(export.status.success(), "{}", String::from_utf8_lossy(&export.stderr));

    let original: mirai_pack::content::Questionnaire =
        serde_json::from_slice(&std::fs::read(&default).expect("default")).expect("questionnaire JSON");
    let import = mirai_pack(&[Path::new("xlsform"), Path::new("import"), &form, Path::new("--out"), &json]);
    let stderr = String::from_utf8_lossy(&import.stderr);
    assert!(import.status.success(), "{stderr}");
    let summary = format!(
        "imported worker-self-check version {}: {} questions, {} rules",
        original.version,
        original.items.len(),
        original.rules.len()
    );
    assert!(stderr.contains(&summary), "{stderr}");
    let written: mirai_pack::content::Questionnaire =
        serde_json::from_slice(&std::fs::read(&json).expect("written")).expect("questionnaire JSON");
    assert_eq!(written, original);

    // The questionnaire JSON is not a workbook: refused, nothing written.
    let refused = dir.path().join("refused.json");
    let import = mirai_pack(&[Path::new("xlsform"), Path::new("import"), &default, Path::new("--out"), &refused]);
    let stderr = String::from_utf8_lossy(&import.stderr);
    assert!(!import.status.success());
    assert!(stderr.contains("refused") && stderr.contains("not an .xlsx workbook"), "{stderr}");
    assert!(!refused.exists());
}
