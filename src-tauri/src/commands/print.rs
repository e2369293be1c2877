//! Saving the page on screen as a PDF: the printable self-check summary, laid out for A4 by its
//! print style sheet and printed by the webview itself, so every script is shaped exactly as the
//! worker sees it. The worker picks where the file goes; it is written beside that place first
//! and moved there only when complete, so a failed print never leaves half a file.

use std::path::Path;
use std::time::Duration;

use tauri::{AppHandle, Runtime, State, Webview};
use tauri_plugin_dialog::DialogExt;

use crate::clock::local_today;
use crate::dto::ErrorDto;
use crate::error::AppError;
use crate::state::AppState;

/// Longer than any summary takes to print; a print that never finishes is reported as failed.
const PRINT_TIMEOUT: Duration = Duration::from_secs(60);

/// Asks where to save, then prints the page to a PDF there. Returns where it was saved, or
/// `None` when the worker closed the dialog.
#[tauri::command]
pub async fn save_page_pdf<R: Runtime>(
    handle: AppHandle<R>,
    webview: Webview<R>,
    state: State<'_, AppState>,
) -> Result<Option<String>, ErrorDto> {
    let picked = state
        .run(move |_| {
            let name = format!("mirai-self-check-{}.pdf", local_today());
            let picked = handle.dialog().file().set_file_name(&name).add_filter("PDF", &["pdf"]).blocking_save_file();
            picked.map(|p| p.into_path().map_err(|_| AppError::InvalidInput("file"))).transpose()
        })
        .await?;
    let Some(path) = picked else { return Ok(None) };
    let part = path.with_extension("pdf.part");
    let (done, finished) = tokio::sync::oneshot::channel();
    let target = part.clone();
    webview
        .with_webview(move |platform| print_to_pdf(&platform, &target, done))
        .map_err(|_| state.fail(AppError::Print))?;
    let printed = tokio::time::timeout(PRINT_TIMEOUT, finished).await;
    match printed {
        Ok(Ok(Ok(()))) if is_pdf(&part) => {
            std::fs::rename(&part, &path).map_err(|e| state.fail(mirai_store::StoreError::from(e).into()))?;
            Ok(Some(path.display().to_string()))
        }
        _ => {
            let _ = std::fs::remove_file(&part);
            tracing::warn!("printing the page to a PDF failed");
            Err(state.fail(AppError::Print))
        }
    }
}

fn is_pdf(path: &Path) -> bool {
    use std::io::Read;
    let mut head = [0u8; 5];
    std::fs::File::open(path).and_then(|mut f| f.read_exact(&mut head)).is_ok() && &head == b"%PDF-"
}

/// Prints the webview's page to `path` through GTK's print-to-file backend, with no dialog;
/// `done` hears how it ended. Runs on the main thread, where the webview lives.
#[cfg(target_os = "linux")]
fn print_to_pdf(
    platform: &tauri::webview::PlatformWebview,
    path: &Path,
    done: tokio::sync::oneshot::Sender<Result<(), ()>>,
) {
    use std::cell::RefCell;
    use std::rc::Rc;

    use webkit2gtk::{PrintOperation, PrintOperationExt};

    let Ok(uri) = url_of(path) else {
        let _ = done.send(Err(()));
        return;
    };
    let settings = gtk::PrintSettings::new();
    settings.set_printer("Print to File");
    settings.set(gtk::PRINT_SETTINGS_OUTPUT_FILE_FORMAT, Some("pdf"));
    settings.set(gtk::PRINT_SETTINGS_OUTPUT_URI, Some(&uri));
    let page = gtk::PageSetup::new();
    page.set_paper_size(&gtk::PaperSize::new(Some(gtk::PAPER_NAME_A4)));
    let operation = PrintOperation::new(&platform.inner());
    operation.set_print_settings(&settings);
    operation.set_page_setup(&page);
    // `failed` comes before `finished` when printing fails; the first word counts.
    let done = Rc::new(RefCell::new(Some(done)));
    let on_failed = Rc::clone(&done);
    operation.connect_failed(move |_, _| {
        if let Some(done) = on_failed.borrow_mut().take() {
            let _ = done.send(Err(()));
        }
    });
    operation.connect_finished(move |_| {
        if let Some(done) = done.borrow_mut().take() {
            let _ = done.send(Ok(()));
        }
    });
    operation.print();
}

#[cfg(target_os = "linux")]
fn url_of(path: &Path) -> Result<String, ()> {
    let absolute = std::path::absolute(path).map_err(|_| ())?;
    gtk::glib::filename_to_uri(absolute, None).map(String::from).map_err(|_| ())
}

#[cfg(not(target_os = "linux"))]
fn print_to_pdf(
    _platform: &tauri::webview::PlatformWebview,
    _path: &Path,
    done: tokio::sync::oneshot::Sender<Result<(), ()>>,
) {
    // Other platforms print through their own dialogs; until that is built, say it failed.
    let _ = done.send(Err(()));
}
