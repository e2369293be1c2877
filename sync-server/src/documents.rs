//! `POST /v1/documents/{id}/class`: the owner of a document changes who may have it (share a
//! private document with an organisation, publish it to the feed, take it back), or an
//! organisation's admin makes one of its own documents part of the team's caseload. The owner
//! never changes; `mirai_access::may_manage` decides.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use mirai_access::{DocClass, Management};
use serde::Deserialize;

use crate::gate_call::{refused, with_gate};
use crate::state::AppState;
use crate::teams::{Signed, manage};

#[derive(Deserialize)]
pub(crate) struct NewClass {
    class: String,
    org: Option<String>,
}

/// `{class: "private" | "shared" | "feed" | "team", org?}` → 204.
pub(crate) async fn set_class(
    State(state): State<AppState>,
    Path(document): Path<String>,
    headers: HeaderMap,
    Json(signed): Json<Signed<NewClass>>,
) -> Response {
    let (device, NewClass { class, org }) = match signed.open(&state, &headers).await {
        Ok(opened) => opened,
        Err(refusal) => return refusal.into_response(),
    };
    let Some(owner) =
        with_gate(&state, move |gate, _| gate.account_of(&device).map(str::to_owned)).await.ok().flatten()
    else {
        return refused(StatusCode::FORBIDDEN, "not allowed");
    };
    let to = match (class.as_str(), org) {
        ("private", None) => DocClass::Private { owner },
        ("shared", Some(org)) => DocClass::SharedWithOrg { owner, org },
        ("feed", None) => DocClass::FeedPost { author: owner },
        ("team", Some(org)) => DocClass::Team { org },
        _ => return refused(StatusCode::BAD_REQUEST, "unknown class"),
    };
    match manage(&state, device, Management::SetClass { document, to }).await {
        Ok(_) => StatusCode::NO_CONTENT.into_response(),
        Err(refusal) => refusal.into_response(),
    }
}
