//! Route tests: call [`app`] as a tower service, no port, no process.

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, Response, StatusCode};
use http_body_util::BodyExt;
use mirai_sync_server::{AppState, SqliteStorage, Storage, StorageError, StorageFuture, app};
use serde_json::{Value, json};
use tower::ServiceExt;

/// A backend whose database is always unreachable.
struct Unreachable;

impl Storage for Unreachable {
    fn health(&self) -> StorageFuture<'_, ()> {
        Box::pin(async { Err(StorageError::Closed) })
    }

    fn close(&self) -> StorageFuture<'_, ()> {
        Box::pin(async { Err(StorageError::Closed) })
    }
}

async fn get(router: Router, uri: &str) -> Response<Body> {
    let request = Request::get(uri).body(Body::empty()).expect("valid request");
    router.oneshot(request).await.expect("router is infallible")
}

async fn json_body(response: Response<Body>) -> Value {
    let bytes = response.into_body().collect().await.expect("body").to_bytes();
    serde_json::from_slice(&bytes).expect("json body")
}

#[tokio::test]
async fn healthz_is_ok_when_storage_answers() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let storage = SqliteStorage::open(tmp.path()).expect("open storage");
    let router = app(AppState::new(Arc::new(storage)));

    let response = get(router, "/healthz").await;

    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(json_body(response).await, json!({ "status": "ok", "version": env!("CARGO_PKG_VERSION") }));
}

#[tokio::test]
async fn healthz_is_unavailable_when_storage_fails() {
    let router = app(AppState::new(Arc::new(Unreachable)));

    let response = get(router, "/healthz").await;

    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    // Exactly this body: no error text, no kind, nothing internal.
    assert_eq!(json_body(response).await, json!({ "status": "unavailable" }));
}

#[tokio::test]
async fn unknown_path_is_not_found() {
    let router = app(AppState::new(Arc::new(Unreachable)));

    let response = get(router, "/nope").await;

    assert_eq!(response.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn sync_without_upgrade_headers_is_refused() {
    let router = app(AppState::new(Arc::new(Unreachable)));

    let response = get(router, "/sync").await;

    assert!(response.status().is_client_error(), "got {}", response.status());
}
