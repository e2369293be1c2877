//! The UI's TypeScript types are generated from the Rust DTOs; this fails when they drift.
//! `MIRAI_UPDATE_BINDINGS=1 cargo test -p mirai-app --test bindings` rewrites the file.

use std::path::PathBuf;

#[test]
fn typescript_bindings_are_current() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/api/bindings.ts");
    let generated = mirai_app_lib::dto::typescript_bindings();
    if std::env::var_os("MIRAI_UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &generated).expect("write bindings");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "ui/src/lib/api/bindings.ts is stale; run MIRAI_UPDATE_BINDINGS=1 cargo test -p mirai-app --test bindings"
    );
}
