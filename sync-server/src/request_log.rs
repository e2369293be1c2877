//! One log line per HTTP request: method, route template, status.
//!
//! Deliberately absent: the raw path, the query string, headers and the
//! client address. A route template (`/sync`) says what was called without
//! carrying anything the client typed.

use std::sync::Arc;

use axum::extract::{MatchedPath, Request};
use axum::middleware::Next;
use axum::response::Response;

use crate::error::{AppError, ErrorChain};

/// Logs the request after the handler ran; failed requests log their error.
pub(crate) async fn log_request(request: Request, next: Next) -> Response {
    let method = request.method().clone();
    // `None` for unmatched paths: their raw text is not worth the risk.
    let route = request.extensions().get::<MatchedPath>().map(|path| path.as_str().to_owned());

    let response = next.run(request).await;

    let status = response.status().as_u16();
    match response.extensions().get::<Arc<AppError>>() {
        Some(err) => tracing::warn!(
            %method,
            route,
            status,
            error.kind = err.kind(),
            error = %ErrorChain(err.as_ref()),
            "request failed"
        ),
        None => tracing::debug!(%method, route, status, "request"),
    }
    response
}
