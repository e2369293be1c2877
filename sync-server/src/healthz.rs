//! `GET /healthz`: is this server able to serve requests right now?

use axum::Json;
use axum::extract::State;
use serde::Serialize;

use crate::error::AppError;
use crate::state::AppState;

/// The body of a healthy answer; an unhealthy one is [`AppError`]'s 503.
#[derive(Serialize)]
pub(crate) struct Health {
    status: &'static str,
    version: &'static str,
}

/// 200 `{"status":"ok","version":…}` when storage answers, 503 otherwise.
pub(crate) async fn healthz(State(state): State<AppState>) -> Result<Json<Health>, AppError> {
    state.storage().health().await?;
    Ok(Json(Health { status: "ok", version: env!("CARGO_PKG_VERSION") }))
}
