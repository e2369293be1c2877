//! Running a change of the access table on the sync engine's thread, for the HTTP handlers
//! that manage it (pairing, teams, document classes): the change and its write commit in one
//! engine batch, and the handler answers only once that batch is durable.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use mirai_sync::gate::AccessGate;
use mirai_sync::store::Store;
use serde_json::json;

use crate::state::AppState;

/// A JSON error answer: `{"error": "..."}`.
pub(crate) fn refused(status: StatusCode, error: &str) -> Response {
    Refused { status, error: error.to_owned() }.into_response()
}

/// An error answer kept small until it is sent (a `Response` is large to carry in a `Result`).
#[derive(Debug)]
pub(crate) struct Refused {
    status: StatusCode,
    error: String,
}

impl Refused {
    /// `status` with `{"error": error}`.
    pub(crate) fn new(status: StatusCode, error: &str) -> Self {
        Refused { status, error: error.to_owned() }
    }
}

impl IntoResponse for Refused {
    fn into_response(self) -> Response {
        (self.status, Json(json!({ "error": self.error }))).into_response()
    }
}

/// Runs `change` on the engine's [`AccessGate`]; `Err` is the answer to send when the engine
/// cannot (no sync service, engine stopped, the batch failed).
pub(crate) async fn with_gate<R: Send + 'static>(
    state: &AppState,
    change: impl FnOnce(&mut AccessGate, &mut dyn Store) -> R + Send + 'static,
) -> Result<R, Refused> {
    let Some(sync) = state.sync() else { return Err(Refused::new(StatusCode::NOT_FOUND, "no sync service")) };
    match sync.engine.update_policy::<AccessGate, _>(change).await {
        Ok(Some(value)) => Ok(value),
        Ok(None) | Err(_) => Err(Refused::new(StatusCode::SERVICE_UNAVAILABLE, "sync engine unavailable")),
    }
}
