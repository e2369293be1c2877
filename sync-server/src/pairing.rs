//! Pairing a second device by a short code: a device already known to the server asks for a
//! code (`POST /v1/pairing`), the person types it (or scans it as a QR code) on the new device,
//! which redeems it (`POST /v1/pairing/{code}`) and from then on acts for the same account.
//! Both calls carry a device proof (see [`crate::challenge`]); codes are [`crate::codes`].

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::json;

use crate::challenge::Proof;
use crate::codes::{Grant, LIFETIME};
use crate::gate_call::{Refused, refused, with_gate};
use crate::state::AppState;

/// `POST /v1/pairing`: a known device asks for a code for its account.
pub(crate) async fn create(State(state): State<AppState>, headers: HeaderMap, Json(proof): Json<Proof>) -> Response {
    let device = match proof.device(&state, &headers) {
        Ok(device) => device,
        Err(refusal) => return refusal.into_response(),
    };
    let account = match with_gate(&state, move |gate, _| gate.account_of(&device).map(str::to_owned)).await {
        Ok(Some(account)) => account,
        Ok(None) => return refused(StatusCode::FORBIDDEN, "unknown device: sync once before pairing"),
        Err(refusal) => return refusal.into_response(),
    };
    issue(&state, Grant::Pair { account })
}

/// Hands out a code for `grant`.
pub(crate) fn issue(state: &AppState, grant: Grant) -> Response {
    let Some(sync) = state.sync() else { return StatusCode::NOT_FOUND.into_response() };
    match sync.codes.issue(grant) {
        Some(code) => Json(json!({ "code": code, "expires_in": LIFETIME.as_secs() })).into_response(),
        None => refused(StatusCode::SERVICE_UNAVAILABLE, "busy"),
    }
}

/// Uses up `code` if it grants what `take` accepts: what `take` makes of it.
pub(crate) fn redeem<T>(state: &AppState, code: &str, take: impl FnOnce(&Grant) -> Option<T>) -> Result<T, Refused> {
    let Some(sync) = state.sync() else { return Err(Refused::new(StatusCode::NOT_FOUND, "no sync service")) };
    match sync.codes.redeem(code, take) {
        Err(()) => Err(Refused::new(StatusCode::TOO_MANY_REQUESTS, "too many wrong codes; wait a minute")),
        Ok(None) => Err(Refused::new(StatusCode::NOT_FOUND, "no such code, or it expired")),
        Ok(Some(grant)) => Ok(grant),
    }
}

/// `POST /v1/pairing/{code}`: a new device joins the code's account.
pub(crate) async fn join(
    State(state): State<AppState>,
    Path(code): Path<String>,
    headers: HeaderMap,
    Json(proof): Json<Proof>,
) -> Response {
    let take = |grant: &Grant| match grant {
        Grant::Pair { account } => Some(account.clone()),
        Grant::Join { .. } => None,
    };
    let (device, account) =
        match proof.device(&state, &headers).and_then(|device| Ok((device, redeem(&state, &code, take)?))) {
            Ok(found) => found,
            Err(refusal) => return refusal.into_response(),
        };
    match with_gate(&state, move |gate, store| gate.pair(store, &device, &account).map(|()| account)).await {
        Ok(Ok(account)) => Json(json!({ "account": account })).into_response(),
        Ok(Err(error)) => refused(StatusCode::FORBIDDEN, &error.to_string()),
        Err(refusal) => refusal.into_response(),
    }
}
