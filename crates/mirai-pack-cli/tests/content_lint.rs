//! The default content passes the lint: the test command fails on a broken link, a language
//! that reads differently, malformed ruby or an unsourced phone number in `content/default`.

#[test]
fn the_default_content_has_no_lint_findings() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/default");
    let findings = mirai_pack_cli::lint(&dir).expect("the default content builds");
    let listed: Vec<String> = findings.iter().map(|f| format!("{}: {}", f.file, f.problem)).collect();
    assert!(listed.is_empty(), "content lint:\n{}", listed.join("\n"));
}
