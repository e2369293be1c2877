//! Sharing a finished self-check with an organisation, by the worker's choice for each check:
//! organisations are added from the code they hand out, and a shared check is sealed to the
//! organisation's key before it reaches the outbox. Nothing shared is logged or kept in clear.

use mirai_core::Date;
use mirai_seal::OrgCode;
use mirai_selfcheck::{SUBMISSION_FORMAT, Submission, SubmissionError};
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_dialog::DialogExt;
use zeroize::Zeroizing;

use crate::clock;
use crate::commands::selfcheck::{QUESTIONNAIRE, finished_check};
use crate::dto::{ErrorDto, OrganisationDto, OutboxItemDto};
use crate::error::AppError;
use crate::state::AppState;

/// The organisations added, in the order they were added.
#[tauri::command]
pub async fn organisations(state: State<'_, AppState>) -> Result<Vec<OrganisationDto>, ErrorDto> {
    state
        .run(|app| app.with_store(|store| Ok(store.organisations()?.iter().map(OrganisationDto::from).collect())))
        .await
}

/// Adds the organisation of a pasted or scanned code.
#[tauri::command]
pub async fn add_organisation(state: State<'_, AppState>, code: String) -> Result<OrganisationDto, ErrorDto> {
    state
        .run(move |app| {
            let code = OrgCode::parse(&code)?;
            app.with_store(|store| Ok(OrganisationDto::from(&store.add_organisation(&code)?)))
        })
        .await
}

/// Removes an organisation and whatever is still queued for it.
#[tauri::command]
pub async fn remove_organisation(state: State<'_, AppState>, id: String) -> Result<bool, ErrorDto> {
    state.run(move |app| app.with_store(|store| Ok(store.remove_organisation(&id)?))).await
}

/// Seals finished check `result` to `organisation` and queues it; `employer` and `note` are
/// sent only if the worker wrote them. Fails closed: if sealing fails, nothing is queued.
#[tauri::command]
pub async fn share_selfcheck(
    state: State<'_, AppState>,
    result: i64,
    organisation: String,
    employer: Option<String>,
    note: Option<String>,
) -> Result<OutboxItemDto, ErrorDto> {
    let queued = state
        .run(move |app| {
            app.with_store(|store| {
                let org = store.organisation(&organisation)?.ok_or(AppError::InvalidInput("organisation"))?;
                let check = finished_check(store, result)?.ok_or(AppError::InvalidInput("result"))?;
                let completed = Date::from_unix_seconds(check.completed_at).to_string();
                let written = |text: Option<String>| text.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty());
                let submission = Submission {
                    format: SUBMISSION_FORMAT,
                    questionnaire: QUESTIONNAIRE.to_owned(),
                    version: check.questionnaire_version,
                    phase: check.phase,
                    month: completed.get(..7).unwrap_or_default().to_owned(),
                    worker: org.pseudonym.clone(),
                    employer: written(employer),
                    answers: check.answers,
                    findings: check.findings,
                    note: written(note),
                };
                submission.check().map_err(|e| match e {
                    SubmissionError::TooLong(field) => AppError::InvalidInput(field),
                    SubmissionError::Format(_) => AppError::Internal,
                })?;
                let plaintext = Zeroizing::new(submission.to_json());
                let sealed = mirai_seal::seal(&org.key, QUESTIONNAIRE, &plaintext).map_err(|_| AppError::Seal)?;
                let id = store.queue_submission(&org.id, check.id, QUESTIONNAIRE, &sealed)?;
                let queued = store.outbox()?.into_iter().find(|item| item.id == id).ok_or(AppError::Internal)?;
                Ok(OutboxItemDto::from(&queued))
            })
        })
        .await?;
    state.sync().wake();
    Ok(queued)
}

/// The outbox, the newest first.
#[tauri::command]
pub async fn outbox(state: State<'_, AppState>) -> Result<Vec<OutboxItemDto>, ErrorDto> {
    state.run(|app| app.with_store(|store| Ok(store.outbox()?.iter().map(OutboxItemDto::from).collect()))).await
}

/// Asks where to save, then writes a sealed submission there, for handing it to the
/// organisation by message or on a USB stick while sync is not available; only the
/// organisation can open it. Returns where it was saved, or `None` when the dialog was closed.
#[tauri::command]
pub async fn save_submission_file<R: Runtime>(
    handle: AppHandle<R>,
    state: State<'_, AppState>,
    id: i64,
) -> Result<Option<String>, ErrorDto> {
    state
        .run(move |app| {
            let sealed = app.with_store(|store| store.sealed_submission(id)?.ok_or(AppError::InvalidInput("id")))?;
            let name = format!("mirai-self-check-{}.sealed", clock::local_today());
            let Some(picked) = handle.dialog().file().set_file_name(&name).blocking_save_file() else {
                return Ok(None);
            };
            let path = picked.into_path().map_err(|_| AppError::InvalidInput("file"))?;
            mirai_store::write_file_atomically(&path, &sealed).map_err(mirai_store::StoreError::from)?;
            Ok(Some(path.display().to_string()))
        })
        .await
}

/// Takes a queued submission back before it is sent; returns whether one was.
#[tauri::command]
pub async fn cancel_submission(state: State<'_, AppState>, id: i64) -> Result<bool, ErrorDto> {
    state.run(move |app| app.with_store(|store| Ok(store.cancel_submission(id)?))).await
}
