//! Mirai's Tauri shell.
//!
//! A thin layer: it opens the window, keeps the app state, and maps each IPC command to a call
//! into the `mirai-*` crates, converting between the crates' types and the DTOs the UI sees.
//! It holds no domain rules. Commands run blocking work (SQLite, Argon2) on Tauri's blocking
//! pool, so the window never waits on the disk.

mod clock;
mod commands;
pub mod dto;
mod error;
mod state;
mod sync;

use std::path::PathBuf;

use tauri::Manager;

use crate::state::AppState;

/// Starts the app: logging, state, commands, window.
#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    init_logging();
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_notification::init())
        .setup(|app| {
            let data_dir = data_dir(app.handle())?;
            let state = AppState::new(data_dir)?;
            tauri::async_runtime::spawn(sync::run(state.clone()));
            app.manage(state);
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::session::app_status,
            commands::session::create_with_passphrase,
            commands::session::unlock,
            commands::session::retry_open,
            commands::session::start_fresh,
            commands::profile::get_profile,
            commands::profile::save_profile,
            commands::profile::set_language,
            commands::settings::set_text_size,
            commands::settings::store_info,
            commands::packs::list_packs,
            commands::packs::import_pack,
            commands::packs::export_packs,
            commands::content::list_articles,
            commands::content::get_article,
            commands::content::list_directory,
            commands::content::search_articles,
            commands::content::reading_settings,
            commands::content::save_reading_settings,
            commands::lines::route_lines,
            commands::emergency::emergency_card,
            commands::selfcheck::selfcheck_sheet,
            commands::selfcheck::save_selfcheck_answer,
            commands::selfcheck::finish_selfcheck,
            commands::selfcheck::selfcheck_history,
            commands::selfcheck::selfcheck_result,
            commands::selfcheck::delete_selfcheck,
            commands::selfcheck::points_total,
            commands::selfcheck::check_reminders,
            commands::selfcheck::save_check_reminders,
            commands::selfcheck::remind_if_due,
            commands::selfcheck::selfcheck_summary,
            commands::sharing::organisations,
            commands::sharing::add_organisation,
            commands::sharing::remove_organisation,
            commands::sharing::share_selfcheck,
            commands::sharing::outbox,
            commands::sharing::cancel_submission,
            commands::sharing::save_submission_file,
            commands::print::save_page_pdf,
            commands::reading::reading_overview,
            commands::reading::is_bookmarked,
            commands::reading::set_bookmark,
            commands::reading::record_reading,
            commands::reading::weekly_article_offer,
            commands::reading::clear_history,
            commands::updates::update_settings,
            commands::updates::save_update_settings,
            commands::updates::known_updates,
            commands::updates::check_updates,
            commands::updates::download_update,
            commands::updates::control_download,
            commands::sync::sync_status,
            commands::sync::save_sync_settings,
            commands::sync::sync_now,
            commands::sync::pairing_code,
            commands::sync::redeem_pairing_code,
        ])
        .run(tauri::generate_context!());
    if let Err(error) = result {
        tracing::error!(%error, "the app could not start");
        std::process::exit(1);
    }
}

/// The folder for the user's data: the OS app-data directory, or `MIRAI_DATA_DIR` when set
/// (tests, and people who keep the app on a USB stick).
fn data_dir(app: &tauri::AppHandle) -> tauri::Result<PathBuf> {
    match std::env::var_os("MIRAI_DATA_DIR") {
        Some(dir) if !dir.is_empty() => Ok(PathBuf::from(dir)),
        _ => app.path().app_data_dir(),
    }
}

/// Logs go to stderr and never carry user content: only event names and error codes.
fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("MIRAI_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn,mirai_app_lib=info"));
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).try_init();
}
