//! Embeds every `locales/<lang>/*.ftl` file, so the app needs no files at run time and a new
//! message file is picked up without editing code.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
    let locales = Path::new(&manifest).join("../../locales");
    println!("cargo:rerun-if-changed={}", locales.display());
    let mut entries = Vec::new();
    if let Ok(langs) = std::fs::read_dir(&locales) {
        for lang in langs.flatten().filter(|e| e.path().is_dir()) {
            println!("cargo:rerun-if-changed={}", lang.path().display());
            for file in std::fs::read_dir(lang.path()).into_iter().flatten().flatten() {
                let path = file.path();
                if path.extension().is_some_and(|ext| ext == "ftl") {
                    println!("cargo:rerun-if-changed={}", path.display());
                    entries.push((
                        lang.file_name().to_string_lossy().into_owned(),
                        file.file_name().to_string_lossy().into_owned(),
                        path.canonicalize().unwrap_or(path),
                    ));
                }
            }
        }
    }
    entries.sort();
    let mut out = String::from("/// Every message file: (language code, file name, Fluent source).\n");
    out.push_str("pub(crate) const EMBEDDED: &[(&str, &str, &str)] = &[\n");
    for (lang, name, path) in entries {
        let _ = writeln!(out, "    ({lang:?}, {name:?}, include_str!({:?})),", path.display().to_string());
    }
    out.push_str("];\n");
    let out_dir = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    if let Err(e) = std::fs::write(Path::new(&out_dir).join("embedded.rs"), out) {
        panic!("cannot write embedded.rs: {e}");
    }
}
