//! An organisation's team on the server: its admin invites staff with a code
//! (`POST /v1/teams/{org}/invitations`), a staff member's device joins with it
//! (`POST /v1/teams/join/{code}`), the admin sees what workers shared with the organisation
//! (`POST /v1/teams/{org}/shared`) and assigns a caseworker to a worker
//! (`POST /v1/teams/{org}/assignments`). Every call carries a device proof; every rule is
//! `mirai_access::may_manage`.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use mirai_access::{DeviceKey, Management, Role};
use mirai_sync::gate::{ManageError, Managed};
use serde::Deserialize;
use serde_json::json;

use crate::challenge::Proof;
use crate::gate_call::{Refused, refused, with_gate};
use crate::pairing;
use crate::secrets::{Grant, GrantKind};
use crate::state::AppState;

/// A proof plus the fields of one request.
#[derive(Deserialize)]
pub(crate) struct Signed<T> {
    #[serde(flatten)]
    proof: Proof,
    #[serde(flatten)]
    body: T,
}

impl<T> Signed<T> {
    /// The proven device and the body, or the answer to a bad proof.
    pub(crate) async fn open(self, state: &AppState, headers: &HeaderMap) -> Result<(DeviceKey, T), Refused> {
        Ok((self.proof.device(state, headers).await?, self.body))
    }
}

/// Runs `management` for `device`; the answer for a refusal never says more than "forbidden".
pub(crate) async fn manage(state: &AppState, device: DeviceKey, management: Management) -> Result<Managed, Refused> {
    match with_gate(state, move |gate, store| gate.manage(store, &device, management)).await? {
        Ok(managed) => Ok(managed),
        Err(ManageError::Refused(refusal)) => {
            tracing::info!(?refusal, "management request refused");
            Err(Refused::new(StatusCode::FORBIDDEN, "not allowed"))
        }
        Err(ManageError::Store(error)) => {
            tracing::error!(%error, "management request not stored");
            Err(Refused::new(StatusCode::SERVICE_UNAVAILABLE, "storage failed"))
        }
    }
}

fn staff_role(name: &str) -> Option<Role> {
    match name {
        "caseworker" => Some(Role::Caseworker),
        "moderator" => Some(Role::Moderator),
        "org-admin" => Some(Role::OrgAdmin),
        _ => None,
    }
}

#[derive(Deserialize)]
pub(crate) struct Invitation {
    role: String,
}

/// `POST /v1/teams/{org}/invitations` `{role}` → `{code, expires_in}`.
pub(crate) async fn invite(
    State(state): State<AppState>,
    Path(org): Path<String>,
    headers: HeaderMap,
    Json(signed): Json<Signed<Invitation>>,
) -> Response {
    let (device, invitation) = match signed.open(&state, &headers).await {
        Ok(opened) => opened,
        Err(refusal) => return refusal.into_response(),
    };
    let Some(role) = staff_role(&invitation.role) else { return refused(StatusCode::BAD_REQUEST, "unknown role") };
    if let Err(refusal) = manage(&state, device, Management::Invite { org: org.clone(), role }).await {
        return refusal.into_response();
    }
    pairing::issue(&state, Grant::Join { org, role }).await
}

/// `POST /v1/teams/join/{code}` → `{account, org, role}`.
pub(crate) async fn join(
    State(state): State<AppState>,
    Path(code): Path<String>,
    headers: HeaderMap,
    Json(proof): Json<Proof>,
) -> Response {
    let (device, org, role) = match pairing::redeem_proven(&state, &headers, &proof, code, GrantKind::Join).await {
        Ok((device, Grant::Join { org, role })) => (device, org, role),
        Ok((_, Grant::Pair { .. })) => return refused(StatusCode::INTERNAL_SERVER_ERROR, "unexpected grant"),
        Err(refusal) => return refusal.into_response(),
    };
    let joined = with_gate(&state, {
        let org = org.clone();
        move |gate, store| gate.join(store, &device, &org, role)
    })
    .await;
    match joined {
        Ok(Ok(account)) => Json(json!({ "account": account, "org": org, "role": format!("{role:?}") })).into_response(),
        Ok(Err(_)) => refused(StatusCode::FORBIDDEN, "not allowed"),
        Err(refusal) => refusal.into_response(),
    }
}

#[derive(Deserialize)]
pub(crate) struct Assignment {
    caseworker: String,
    worker: String,
}

/// `POST /v1/teams/{org}/assignments` `{caseworker, worker}` → 204.
pub(crate) async fn assign(
    State(state): State<AppState>,
    Path(org): Path<String>,
    headers: HeaderMap,
    Json(signed): Json<Signed<Assignment>>,
) -> Response {
    let (device, Assignment { caseworker, worker }) = match signed.open(&state, &headers).await {
        Ok(opened) => opened,
        Err(refusal) => return refusal.into_response(),
    };
    match manage(&state, device, Management::Assign { org, caseworker, worker }).await {
        Ok(_) => StatusCode::NO_CONTENT.into_response(),
        Err(refusal) => refusal.into_response(),
    }
}

/// `POST /v1/teams/{org}/shared` → `{documents: [{document, owner}]}`.
pub(crate) async fn shared(
    State(state): State<AppState>,
    Path(org): Path<String>,
    headers: HeaderMap,
    Json(proof): Json<Proof>,
) -> Response {
    let device = match proof.device(&state, &headers).await {
        Ok(device) => device,
        Err(refusal) => return refusal.into_response(),
    };
    match manage(&state, device, Management::ListShared { org }).await {
        Ok(Managed::Shared(documents)) => {
            let documents: Vec<_> = documents
                .into_iter()
                .map(|(document, owner)| json!({ "document": document, "owner": owner }))
                .collect();
            Json(json!({ "documents": documents })).into_response()
        }
        Ok(Managed::Done) => refused(StatusCode::INTERNAL_SERVER_ERROR, "unexpected answer"),
        Err(refusal) => refusal.into_response(),
    }
}
