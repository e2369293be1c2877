//! Generates Tauri's context and one `allow-<command>` permission per app command, so the
//! capability file can grant the main window exactly the commands it uses and nothing else.

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
];

fn main() {
    let attributes = tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(error) = tauri_build::try_build(attributes) {
        panic!("tauri build step failed: {error:#}");
    }
}
