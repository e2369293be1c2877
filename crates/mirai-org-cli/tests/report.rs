//! The organisation's side end to end, through the real binary: a key and its code, workers'
//! devices sealing submissions to that code, opening them, and a report in which nothing about
//! a small employer shows and every shown count has at least ten workers.

use std::path::Path;
use std::process::Command;

use mirai_seal::{OrgCode, seal};
use mirai_selfcheck::{Answer, Phase, SUBMISSION_FORMAT, Submission};

fn tool(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_mirai-org")).args(args).output().expect("run mirai-org")
}

fn path(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

#[test]
fn sealed_on_devices_opened_here_and_reported_without_singling_anyone_out() {
    let dir = tempfile::tempdir().expect("tempdir");
    let key = dir.path().join("org.key");
    let made = tool(&["keygen", "--key", path(&key), "--name", "Workers Aid"]);
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    let code = OrgCode::parse(&String::from_utf8_lossy(&made.stdout)).expect("the printed code parses");
    assert_eq!(code.name, "Workers Aid");
    assert!(!tool(&["keygen", "--key", path(&key), "--name", "Again"]).status.success(), "a key is never overwritten");
    let again = tool(&["code", "--key", path(&key), "--name", "Workers Aid"]);
    assert_eq!(OrgCode::parse(&String::from_utf8_lossy(&again.stdout)).expect("code"), code);

    // Six employers of twelve workers each and one of a single worker; every trainee says the
    // passport is kept at the first employer only.
    let sealed_dir = dir.path().join("sealed");
    std::fs::create_dir(&sealed_dir).expect("mkdir");
    let mut register = String::from("# employer,segment\n");
    let mut files = Vec::new();
    for (e, size) in [12, 12, 12, 12, 12, 12, 1].into_iter().enumerate() {
        let employer = format!("Employer {e}");
        register.push_str(&format!("{employer},food/aichi\n"));
        for w in 0..size {
            let kept = if e == 0 || w % 3 == 0 { "yes" } else { "no" };
            let submission = Submission {
                format: SUBMISSION_FORMAT,
                questionnaire: "worker-self-check".into(),
                version: 1,
                phase: Phase::Arrival,
                month: "2026-01".into(),
                worker: format!("w{e}-{w}"),
                employer: Some(employer.clone()),
                answers: [("passport-kept".to_owned(), Answer::Choice(kept.into()))].into(),
                findings: Vec::new(),
                note: None,
            };
            let file = sealed_dir.join(format!("{e}-{w}.sealed"));
            std::fs::write(&file, seal(&code.key, "worker-self-check", &submission.to_json()).expect("seal"))
                .expect("write");
            files.push(file);
        }
    }
    // A submission sealed to another organisation is reported and left out.
    let stranger = mirai_seal::SecretKey::generate().expect("key").public_key();
    let foreign = sealed_dir.join("foreign.sealed");
    std::fs::write(&foreign, seal(&stranger, "worker-self-check", b"{}").expect("seal")).expect("write");

    let opened = dir.path().join("opened.jsonl");
    let mut args = vec!["open", "--key", path(&key), "--out", path(&opened)];
    args.extend(files.iter().map(|f| path(f)));
    let run = tool(&args);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    assert_eq!(std::fs::read_to_string(&opened).expect("opened").lines().count(), files.len());
    let with_foreign = tool(&["open", "--key", path(&key), "--out", path(&dir.path().join("b.jsonl")), path(&foreign)]);
    assert!(!with_foreign.status.success());
    assert!(String::from_utf8_lossy(&with_foreign.stderr).contains("foreign.sealed"));

    let employers = dir.path().join("employers.csv");
    std::fs::write(&employers, register).expect("write");
    let questionnaire =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/default/questionnaires/worker-self-check.json");
    let out = dir.path().join("report");
    let run = tool(&[
        "report",
        "--questionnaire",
        path(&questionnaire),
        "--employers",
        path(&employers),
        "--submissions",
        path(&opened),
        "--today",
        "2026-06-01",
        "--window-containing",
        "2026-01-01",
        "--lang",
        "ja",
        "--out",
        path(&out),
    ]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let csv = std::fs::read_to_string(out.join("report.csv")).expect("csv");
    let lines: Vec<&str> = csv.lines().collect();
    let header: Vec<&str> = lines[0].split(',').collect();
    let column =
        |name: &str| header.iter().position(|h| *h == name).unwrap_or_else(|| panic!("no {name} in {header:?}"));
    let (employer, item, cell, workers) = (column("employer"), column("item"), column("cell"), column("workers"));
    let mut shown = 0;
    for line in &lines[1..] {
        let fields: Vec<&str> = line.split(',').collect();
        if let Ok(count) = fields[workers].parse::<u32>() {
            assert!(count >= 10, "a count under 10 was released: {line}");
            shown += 1;
        }
        let about_small_employer = fields[employer] == "Employer 6";
        let about_everyone_said_yes =
            fields[employer] == "Employer 0" && fields[item] == "passport-kept" && fields[cell] == "answer";
        if about_small_employer || about_everyone_said_yes {
            assert!(fields[workers].is_empty(), "released: {line}");
        }
    }
    assert!(shown > 0, "the report shows nothing at all:\n{csv}");
    let svg = std::fs::read_to_string(out.join("cross-employer.svg")).expect("svg");
    assert!(svg.starts_with("<svg") && svg.contains("パスポート"), "the chart is in Japanese");
    assert!(out.join("employer-7.svg").exists());
}
