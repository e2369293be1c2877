//! The worker self-check: the sheet under way, saving each answer as it is given, finishing a
//! check, and the history. Which questions are asked and what the answers mean is decided by
//! `mirai-selfcheck`; answers are never logged.

use mirai_core::Journey;
use mirai_pack::content::Questionnaire;
use mirai_selfcheck::{Answers, Form, NextCheck, POINTS_FOR_A_CHECK, Phase, change};
use mirai_store::{CompletedCheck, Store};
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_notification::NotificationExt;

use crate::clock;
use crate::commands::content::reading_language;
use crate::dto::{
    AnswerDto, CheckResultDto, CheckSummaryDto, ErrorDto, FindingDto, SheetDto, SheetStateDto, SummaryDto,
};
use crate::error::AppError;
use crate::state::{AppState, Inner};

/// The questionnaire the app offers.
pub(crate) const QUESTIONNAIRE: &str = "worker-self-check";

/// The questionnaire, its form, and the phase and next check of the check under way.
struct Check {
    questionnaire: Questionnaire,
    form: Form,
    phase: Phase,
    /// The next check, when the arrival date is known.
    next: Option<NextCheck>,
}

impl Check {
    /// The due day, and whether that is today or earlier.
    fn due(&self) -> Option<(String, bool)> {
        self.next.map(|next| (next.due.to_string(), next.is_due(clock::local_today())))
    }
}

/// The schedule, which needs no questionnaire: the next check (when the profile has an arrival
/// date), and the phase of the check under way, from that and the last finished check.
fn schedule(store: &Store) -> Result<(Option<NextCheck>, Phase), AppError> {
    let last = store.check_history(QUESTIONNAIRE)?.first().map(|c| mirai_core::Date::from_unix_seconds(c.completed_at));
    let arrival = match store.profile()?.profile.journey {
        Journey::InJapan { arrival } => arrival,
        _ => None,
    };
    let next = arrival.map(|arrival| NextCheck::after(arrival, last));
    let phase = match (next, last) {
        (Some(next), _) => next.phase,
        (None, Some(_)) => Phase::Periodic,
        (None, None) => Phase::Arrival,
    };
    Ok((next, phase))
}

/// The check under way, or `None` when no installed pack has a self-check.
fn current(store: &Store) -> Result<Option<Check>, AppError> {
    let Some(questionnaire) = store.questionnaire(QUESTIONNAIRE)? else { return Ok(None) };
    let form = questionnaire.form().map_err(|_| AppError::Internal)?;
    let (next, phase) = schedule(store)?;
    Ok(Some(Check { questionnaire, form, phase, next }))
}

/// Finished check `id` of the questionnaire, if the history still has it.
pub(crate) fn finished_check(store: &Store, id: i64) -> Result<Option<CompletedCheck>, AppError> {
    Ok(store.check_history(QUESTIONNAIRE)?.into_iter().find(|c| c.id == id))
}

/// The ids of the questions the check under way asks, given `answers`.
fn asked(check: &Check, answers: &Answers) -> Vec<String> {
    check.form.asked(check.phase, answers, clock::local_today()).iter().map(|q| q.id.clone()).collect()
}

fn sheet_state(check: &Check, answers: &Answers) -> SheetStateDto {
    SheetStateDto::new(asked(check, answers), answers)
}

fn with_check<T>(app: &Inner, work: impl FnOnce(&mut Store, Check) -> Result<T, AppError>) -> Result<T, AppError> {
    app.with_store(|store| {
        let check = current(store)?.ok_or(AppError::InvalidInput("questionnaire"))?;
        work(store, check)
    })
}

/// The check under way in the reading language, with the answers so far; null when no
/// installed pack has a self-check.
#[tauri::command]
pub async fn selfcheck_sheet(state: State<'_, AppState>) -> Result<Option<SheetDto>, ErrorDto> {
    state
        .run(|app| {
            let lang = reading_language(app)?;
            app.with_store(|store| {
                let Some(check) = current(store)? else { return Ok(None) };
                let answers = store.draft_answers(QUESTIONNAIRE)?;
                let sheet_state = sheet_state(&check, &answers);
                Ok(Some(SheetDto::new(&check.questionnaire, lang, check.phase, check.due(), sheet_state)))
            })
        })
        .await
}

/// Saves the answer to `item` at once (null clears it) after checking it fits the question,
/// and returns which questions are asked now.
#[tauri::command]
pub async fn save_selfcheck_answer(
    state: State<'_, AppState>,
    item: String,
    answer: Option<AnswerDto>,
) -> Result<SheetStateDto, ErrorDto> {
    state
        .run(move |app| {
            with_check(app, |store, check| {
                let answer = answer.map(|a| check.form.check(&item, a.into(), clock::local_today())).transpose()?;
                store.save_answer(QUESTIONNAIRE, &item, answer.as_ref())?;
                Ok(sheet_state(&check, &store.draft_answers(QUESTIONNAIRE)?))
            })
        })
        .await
}

/// Finishes the check under way: the answers to the questions asked and their findings go into
/// the history; returns the findings.
#[tauri::command]
pub async fn finish_selfcheck(state: State<'_, AppState>) -> Result<CheckResultDto, ErrorDto> {
    state
        .run(|app| {
            let lang = reading_language(app)?;
            with_check(app, |store, check| {
                let mut answers = store.draft_answers(QUESTIONNAIRE)?;
                let asked = asked(&check, &answers);
                answers.retain(|id, _| asked.contains(id));
                let findings: Vec<String> = check
                    .form
                    .findings(check.phase, &answers, clock::local_today())
                    .iter()
                    .map(|rule| rule.id.clone())
                    .collect();
                let id = store.complete_check(
                    QUESTIONNAIRE,
                    check.questionnaire.version,
                    check.phase,
                    &answers,
                    &findings,
                    POINTS_FOR_A_CHECK,
                )?;
                result(store, &check.questionnaire, id, lang)?.ok_or(AppError::Internal)
            })
        })
        .await
}

/// The finished checks, the newest first.
#[tauri::command]
pub async fn selfcheck_history(state: State<'_, AppState>) -> Result<Vec<CheckSummaryDto>, ErrorDto> {
    state
        .run(|app| {
            with_check(app, |store, check| {
                let history = store.check_history(QUESTIONNAIRE)?;
                Ok(history.iter().map(|c| CheckSummaryDto::new(c, &check.questionnaire)).collect())
            })
        })
        .await
}

/// One finished check with its findings in the reading language; null if it was erased.
#[tauri::command]
pub async fn selfcheck_result(state: State<'_, AppState>, id: i64) -> Result<Option<CheckResultDto>, ErrorDto> {
    state
        .run(move |app| {
            let lang = reading_language(app)?;
            with_check(app, |store, check| result(store, &check.questionnaire, id, lang))
        })
        .await
}

/// One finished check with its answers and findings in the reading language and in Japanese,
/// for the printed summary and for showing what sharing sends; null if it was erased.
#[tauri::command]
pub async fn selfcheck_summary(state: State<'_, AppState>, id: i64) -> Result<Option<SummaryDto>, ErrorDto> {
    state
        .run(move |app| {
            let lang = reading_language(app)?;
            let yes_no = |l, id: &str| app.l10n().format(l, &format!("selfcheck-{id}"), &[]);
            with_check(app, |store, check| {
                let finished = finished_check(store, id)?;
                Ok(finished.map(|c| SummaryDto::new(&c, &check.questionnaire, lang, &yes_no)))
            })
        })
        .await
}

/// Whether the worker asked to be notified when a check is due.
#[tauri::command]
pub async fn check_reminders(state: State<'_, AppState>) -> Result<bool, ErrorDto> {
    state.run(|app| app.with_store(|store| Ok(store.check_reminders()?))).await
}

/// Turns the due-check notification on or off; returns the choice saved.
#[tauri::command]
pub async fn save_check_reminders(state: State<'_, AppState>, on: bool) -> Result<bool, ErrorDto> {
    state
        .run(move |app| {
            app.with_store(|store| {
                store.set_check_reminders(on)?;
                Ok(store.check_reminders()?)
            })
        })
        .await
}

/// Notifies the worker through the system that a check is due, if they turned reminders on
/// and were not notified about this check yet. The notice names no subject ("a reminder from
/// Mirai"), so whoever else sees the screen learns nothing. Returns whether it notified.
#[tauri::command]
pub async fn remind_if_due<R: Runtime>(handle: AppHandle<R>, state: State<'_, AppState>) -> Result<bool, ErrorDto> {
    state
        .run(move |app| {
            let lang = app.current_language();
            // This runs at every start: the questionnaire is read only when a notice is due.
            let due = app.with_store(|store| {
                let Some(next) = schedule(store)?.0 else { return Ok(None) };
                let reminded_for = store.reminded_for()?.and_then(|day| day.parse().ok());
                let notify = next.should_notify(clock::local_today(), store.check_reminders()?, reminded_for);
                Ok((notify && store.questionnaire(QUESTIONNAIRE)?.is_some()).then_some(next.due))
            })?;
            let Some(due) = due else { return Ok(false) };
            // The store is not held while the system shows the notice, which can take a while.
            let body = app.l10n().format(lang, "reminder-notification", &[]);
            handle.notification().builder().title("Mirai").body(body).show().map_err(|_| AppError::Notify)?;
            app.with_store(|store| Ok(store.set_reminded_for(&due.to_string())?))?;
            Ok(true)
        })
        .await
}

/// All the points the worker has earned, for the profile.
#[tauri::command]
pub async fn points_total(state: State<'_, AppState>) -> Result<u64, ErrorDto> {
    state.run(|app| app.with_store(|store| Ok(store.points_total()?))).await
}

/// Erases a finished check; returns whether it existed.
#[tauri::command]
pub async fn delete_selfcheck(state: State<'_, AppState>, id: i64) -> Result<bool, ErrorDto> {
    state.run(move |app| app.with_store(|store| Ok(store.delete_check(id)?))).await
}

/// Finished check `id` with its findings compared with the previous check of its phase; `None`
/// if the history no longer has it.
fn result(
    store: &Store,
    questionnaire: &Questionnaire,
    id: i64,
    lang: mirai_core::Language,
) -> Result<Option<CheckResultDto>, AppError> {
    let history = store.check_history(QUESTIONNAIRE)?;
    let Some(at) = history.iter().position(|c| c.id == id) else { return Ok(None) };
    let check = &history[at];
    // The history is newest first: the previous check of the same phase comes after this one.
    let previous = history[at + 1..].iter().find(|c| c.phase == check.phase).map_or(&[][..], |c| &c.findings[..]);
    let compared = change(previous, &check.findings);
    let (articles, directory) = (store.articles()?, store.directory()?);
    let findings = |ids: &[&str], before: &dyn Fn(&str) -> bool| {
        ids.iter()
            .filter_map(|id| questionnaire.rules.iter().find(|r| r.id == *id))
            .map(|rule| FindingDto::new(rule, lang, &articles, &directory, before(&rule.id)))
            .collect()
    };
    let current: Vec<&str> = check.findings.iter().map(String::as_str).collect();
    Ok(Some(CheckResultDto {
        id,
        completed_at: check.completed_at,
        phase: check.phase.name().to_owned(),
        findings: findings(&current, &|rule| compared.repeated.contains(&rule)),
        resolved: findings(&compared.resolved, &|_| true),
    }))
}
