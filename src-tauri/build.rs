//! Generates Tauri's context and one `allow-<command>` permission per app command, so the
//! capability file can grant the main window exactly the commands it uses and nothing else;
//! and prepares the content the app embeds: the trust anchor (the root keys every pack is
//! checked against) and the default pack.
//!
//! A release build is given both: `MIRAI_PACK_ANCHOR` (the anchor JSON) and
//! `MIRAI_DEFAULT_PACK` (a pack signed with real keys). Without them, the development anchor in
//! `content/dev-keys/` is used and the default pack is built from `content/default/` and signed
//! with the development keys, which no release may trust.

use std::path::{Path, PathBuf};

/// Every command the app registers; the capability file must list each one it grants.
const COMMANDS: &[&str] = &[
    "app_status",
    "create_with_passphrase",
    "unlock",
    "retry_open",
    "start_fresh",
    "get_profile",
    "save_profile",
    "set_language",
    "set_text_size",
    "store_info",
    "list_packs",
    "import_pack",
    "export_packs",
    "list_articles",
    "get_article",
    "list_directory",
    "search_articles",
    "reading_settings",
    "save_reading_settings",
    "route_lines",
    "emergency_card",
    "selfcheck_sheet",
    "save_selfcheck_answer",
    "finish_selfcheck",
    "selfcheck_history",
    "selfcheck_result",
    "delete_selfcheck",
    "points_total",
    "check_reminders",
    "save_check_reminders",
    "remind_if_due",
    "selfcheck_summary",
    "organisations",
    "add_organisation",
    "remove_organisation",
    "share_selfcheck",
    "outbox",
    "cancel_submission",
    "save_submission_file",
    "save_page_pdf",
    "reading_overview",
    "is_bookmarked",
    "set_bookmark",
    "record_reading",
    "weekly_article_offer",
    "clear_history",
    "update_settings",
    "save_update_settings",
    "known_updates",
    "check_updates",
    "download_update",
    "control_download",
    "sync_status",
    "save_sync_settings",
    "sync_now",
    "pairing_code",
    "redeem_pairing_code",
];

fn main() {
    if let Err(error) = embed_content() {
        panic!("cannot prepare the embedded content: {error}");
    }
    let attributes = tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(error) = tauri_build::try_build(attributes) {
        panic!("tauri build step failed: {error:#}");
    }
}

fn embed_content() -> Result<(), Box<dyn std::error::Error>> {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR")?).join("..");
    let out = PathBuf::from(std::env::var("OUT_DIR")?);
    let dev_keys = root.join("content/dev-keys");
    println!("cargo:rerun-if-env-changed=MIRAI_PACK_ANCHOR");
    println!("cargo:rerun-if-env-changed=MIRAI_DEFAULT_PACK");

    let anchor_path =
        std::env::var_os("MIRAI_PACK_ANCHOR").map(PathBuf::from).unwrap_or_else(|| dev_keys.join("anchor.json"));
    println!("cargo:rerun-if-changed={}", anchor_path.display());
    let anchor = std::fs::read_to_string(&anchor_path)?;
    mirai_pack::TrustAnchor::from_json(&anchor)?;
    std::fs::write(out.join("anchor.json"), anchor)?;

    let pack = match std::env::var_os("MIRAI_DEFAULT_PACK") {
        Some(path) => {
            println!("cargo:rerun-if-changed={}", Path::new(&path).display());
            std::fs::read(path)?
        }
        None => {
            if std::env::var("PROFILE").as_deref() == Ok("release") {
                println!(
                    "cargo:warning=this release build trusts the development pack keys; set MIRAI_PACK_ANCHOR and MIRAI_DEFAULT_PACK for a build meant for users"
                );
            }
            let source = root.join("content/default");
            rerun_if_tree_changed(&source)?;
            println!("cargo:rerun-if-changed={}", dev_keys.display());
            let unsigned = mirai_pack_cli::read_content_dir(&source)?.build(&mirai_pack::Limits::default())?;
            let keys = mirai_pack_cli::read_signed_keys(&dev_keys.join("keys.json"))?;
            let key = mirai_pack_cli::read_secret_key(&dev_keys.join("content-1.secret"))?;
            unsigned.to_pack(Some(&unsigned.sign(&keys, &key)), 19)?
        }
    };
    std::fs::write(out.join("default.mpk"), pack)?;
    Ok(())
}

fn rerun_if_tree_changed(dir: &Path) -> std::io::Result<()> {
    println!("cargo:rerun-if-changed={}", dir.display());
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            rerun_if_tree_changed(&path)?;
        } else {
            println!("cargo:rerun-if-changed={}", path.display());
        }
    }
    Ok(())
}
