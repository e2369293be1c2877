//! Pairing a second device by a short code: a device already known to the server asks for a
//! code (`POST /v1/pairing`), the person types it (or scans it as a QR code) on the new device,
//! which redeems it (`POST /v1/pairing/{code}`) and from then on acts for the same account.
//! Both calls carry a device proof (see [`crate::challenge`]); codes are kept in
//! [`crate::secrets`].

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use mirai_access::DeviceKey;
use serde_json::json;

use crate::challenge::Proof;
use crate::gate_call::{Refused, refused, with_gate};
use crate::secrets::{CODE_LIFETIME, Grant, GrantKind, Redemption, fresh_code};
use crate::state::AppState;

/// `POST /v1/pairing`: a known device asks for a code for its account.
pub(crate) async fn create(State(state): State<AppState>, headers: HeaderMap, Json(proof): Json<Proof>) -> Response {
    let device = match proof.device(&state, &headers).await {
        Ok(device) => device,
        Err(refusal) => return refusal.into_response(),
    };
    let account = match with_gate(&state, move |gate, _| gate.account_of(&device).map(str::to_owned)).await {
        Ok(Some(account)) => account,
        Ok(None) => return refused(StatusCode::FORBIDDEN, "unknown device: sync once before pairing"),
        Err(refusal) => return refusal.into_response(),
    };
    issue(&state, Grant::Pair { account }).await
}

/// Hands out a code for `grant`.
pub(crate) async fn issue(state: &AppState, grant: Grant) -> Response {
    let Some(sync) = state.sync() else { return StatusCode::NOT_FOUND.into_response() };
    let Some(code) = fresh_code() else { return refused(StatusCode::SERVICE_UNAVAILABLE, "busy") };
    match sync.secrets.keep_code(code.clone(), grant).await {
        Ok(true) => Json(json!({ "code": code, "expires_in": CODE_LIFETIME.as_secs() })).into_response(),
        Ok(false) => refused(StatusCode::SERVICE_UNAVAILABLE, "busy"),
        Err(error) => {
            tracing::error!(error.kind = error.kind(), "code not kept");
            refused(StatusCode::SERVICE_UNAVAILABLE, "storage failed")
        }
    }
}

/// The device `proof` proves and what `code` grants it, if the code is of `kind`; the proof's
/// nonce and the code are used up.
pub(crate) async fn redeem_proven(
    state: &AppState,
    headers: &HeaderMap,
    proof: &Proof,
    code: String,
    kind: GrantKind,
) -> Result<(DeviceKey, Grant), Refused> {
    let device = proof.device(state, headers).await?;
    let Some(sync) = state.sync() else { return Err(Refused::new(StatusCode::NOT_FOUND, "no sync service")) };
    match sync.secrets.take_code(code, kind).await {
        Ok(Redemption::Granted(grant)) => Ok((device, grant)),
        Ok(Redemption::Unknown) => Err(Refused::new(StatusCode::NOT_FOUND, "no such code, or it expired")),
        Ok(Redemption::TooManyFailures) => {
            Err(Refused::new(StatusCode::TOO_MANY_REQUESTS, "too many wrong codes; wait a minute"))
        }
        Err(error) => {
            tracing::error!(error.kind = error.kind(), "code not looked up");
            Err(Refused::new(StatusCode::SERVICE_UNAVAILABLE, "storage failed"))
        }
    }
}

/// `POST /v1/pairing/{code}`: a new device joins the code's account.
pub(crate) async fn join(
    State(state): State<AppState>,
    Path(code): Path<String>,
    headers: HeaderMap,
    Json(proof): Json<Proof>,
) -> Response {
    let (device, account) = match redeem_proven(&state, &headers, &proof, code, GrantKind::Pair).await {
        Ok((device, Grant::Pair { account })) => (device, account),
        Ok((_, Grant::Join { .. })) => return refused(StatusCode::INTERNAL_SERVER_ERROR, "unexpected grant"),
        Err(refusal) => return refusal.into_response(),
    };
    match with_gate(&state, move |gate, store| gate.pair(store, &device, &account).map(|()| account)).await {
        Ok(Ok(account)) => Json(json!({ "account": account })).into_response(),
        Ok(Err(error)) => refused(StatusCode::FORBIDDEN, &error.to_string()),
        Err(refusal) => refusal.into_response(),
    }
}
