//! `GET /packs/{file}` as a tower service: whole files, ranges, `If-Range`, and names that
//! must not reach outside the packs folder.

use std::fs;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use axum::Router;
use axum::body::Body;
use axum::http::header::{
    ACCEPT_RANGES, CONTENT_LENGTH, CONTENT_RANGE, ETAG, HeaderName, IF_RANGE, LAST_MODIFIED, RANGE,
};
use axum::http::{Method, Request, Response, StatusCode};
use http_body_util::BodyExt;
use mirai_sync_server::{AppState, SqliteStorage, app};
use tower::ServiceExt;

/// A server whose packs folder holds `index.json`, `a.mpk` (1000 bytes) and a subfolder, next
/// to the database and a file the routes must never serve.
struct Fixture {
    tmp: tempfile::TempDir,
    router: Router,
}

fn fixture() -> Fixture {
    let tmp = tempfile::tempdir().expect("tempdir");
    let packs = tmp.path().join("packs");
    fs::create_dir_all(packs.join("sub")).expect("packs folder");
    fs::write(packs.join("index.json"), br#"{"version":1}"#).expect("index");
    fs::write(packs.join("a.mpk"), pack_bytes(1000, 0)).expect("pack");
    fs::write(packs.join("sub").join("b.mpk"), b"nested").expect("nested pack");
    fs::write(packs.join(".hidden"), b"dotfile").expect("dotfile");
    fs::write(tmp.path().join("secret.txt"), b"outside the packs folder").expect("secret");
    let storage = SqliteStorage::open(tmp.path()).expect("open storage");
    let router = app(AppState::new(Arc::new(storage)).with_packs(packs));
    Fixture { tmp, router }
}

fn pack_bytes(len: usize, salt: u8) -> Vec<u8> {
    (0..len).map(|i| (i % 251) as u8 ^ salt).collect()
}

async fn send(router: &Router, method: Method, uri: &str, headers: &[(HeaderName, &str)]) -> Response<Body> {
    let mut request = Request::builder().method(method).uri(uri);
    for (name, value) in headers {
        request = request.header(name, *value);
    }
    let request = request.body(Body::empty()).expect("valid request");
    router.clone().oneshot(request).await.expect("router is infallible")
}

async fn get(router: &Router, uri: &str, headers: &[(HeaderName, &str)]) -> Response<Body> {
    send(router, Method::GET, uri, headers).await
}

fn header<'a>(response: &'a Response<Body>, name: &HeaderName) -> &'a str {
    response.headers().get(name).and_then(|value| value.to_str().ok()).unwrap_or_else(|| panic!("no {name} header"))
}

async fn body(response: Response<Body>) -> Vec<u8> {
    response.into_body().collect().await.expect("body").to_bytes().to_vec()
}

/// Replaces a pack the way a publisher does (same size, new bytes, a later modification time).
fn republish(path: &Path, bytes: &[u8]) {
    fs::write(path, bytes).expect("rewrite pack");
    let later = SystemTime::now() + Duration::from_secs(60);
    fs::File::options().write(true).open(path).expect("open pack").set_modified(later).expect("set mtime");
}

#[tokio::test]
async fn whole_file_has_validators_and_length() {
    let fx = fixture();
    let response = get(&fx.router, "/packs/a.mpk", &[]).await;

    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(header(&response, &CONTENT_LENGTH), "1000");
    assert_eq!(header(&response, &ACCEPT_RANGES), "bytes");
    let etag = header(&response, &ETAG);
    assert!(etag.starts_with('"') && etag.ends_with('"'), "strong etag: {etag}");
    assert!(header(&response, &LAST_MODIFIED).ends_with(" GMT"));
    assert_eq!(body(response).await, pack_bytes(1000, 0));

    let index = get(&fx.router, "/packs/index.json", &[]).await;
    assert_eq!(index.status(), StatusCode::OK);
    assert_eq!(header(&index, &axum::http::header::CONTENT_TYPE), "application/json");
    assert_eq!(body(index).await, br#"{"version":1}"#);
}

#[tokio::test]
async fn head_sends_headers_without_a_body() {
    let fx = fixture();
    let response = send(&fx.router, Method::HEAD, "/packs/a.mpk", &[]).await;

    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(header(&response, &CONTENT_LENGTH), "1000");
    assert!(body(response).await.is_empty());
}

#[tokio::test]
async fn range_gets_the_rest_with_content_range() {
    let fx = fixture();
    let response = get(&fx.router, "/packs/a.mpk", &[(RANGE, "bytes=600-")]).await;

    assert_eq!(response.status(), StatusCode::PARTIAL_CONTENT);
    assert_eq!(header(&response, &CONTENT_RANGE), "bytes 600-999/1000");
    assert_eq!(header(&response, &CONTENT_LENGTH), "400");
    assert_eq!(body(response).await, pack_bytes(1000, 0)[600..]);

    let closed = get(&fx.router, "/packs/a.mpk", &[(RANGE, "bytes=10-19")]).await;
    assert_eq!(closed.status(), StatusCode::PARTIAL_CONTENT);
    assert_eq!(header(&closed, &CONTENT_RANGE), "bytes 10-19/1000");
    assert_eq!(body(closed).await, pack_bytes(1000, 0)[10..20]);
}

#[tokio::test]
async fn range_past_the_end_is_not_satisfiable() {
    let fx = fixture();
    let response = get(&fx.router, "/packs/a.mpk", &[(RANGE, "bytes=1000-")]).await;

    assert_eq!(response.status(), StatusCode::RANGE_NOT_SATISFIABLE);
    assert_eq!(header(&response, &CONTENT_RANGE), "bytes */1000");
}

#[tokio::test]
async fn if_range_with_current_validators_gets_the_range() {
    let fx = fixture();
    let first = get(&fx.router, "/packs/a.mpk", &[]).await;
    let etag = header(&first, &ETAG).to_owned();
    let date = header(&first, &LAST_MODIFIED).to_owned();

    for validator in [&etag, &date] {
        let response = get(&fx.router, "/packs/a.mpk", &[(RANGE, "bytes=900-"), (IF_RANGE, validator)]).await;
        assert_eq!(response.status(), StatusCode::PARTIAL_CONTENT, "if-range {validator}");
        assert_eq!(body(response).await, pack_bytes(1000, 0)[900..]);
    }
}

#[tokio::test]
async fn if_range_with_stale_validators_gets_the_whole_new_file() {
    let fx = fixture();
    let first = get(&fx.router, "/packs/a.mpk", &[]).await;
    let old_etag = header(&first, &ETAG).to_owned();
    let old_date = header(&first, &LAST_MODIFIED).to_owned();
    let path = fx.tmp.path().join("packs").join("a.mpk");
    republish(&path, &pack_bytes(1000, 0x5a));

    for validator in [&old_etag, &old_date, &format!("W/{old_etag}")] {
        let response = get(&fx.router, "/packs/a.mpk", &[(RANGE, "bytes=900-"), (IF_RANGE, validator)]).await;
        assert_eq!(response.status(), StatusCode::OK, "if-range {validator}");
        assert_ne!(header(&response, &ETAG), old_etag);
        assert_eq!(body(response).await, pack_bytes(1000, 0x5a));
    }
}

#[tokio::test]
async fn nothing_outside_the_folder_or_hidden_is_served() {
    let fx = fixture();
    for uri in [
        "/packs/..%2Fsecret.txt",
        "/packs/..%2Fsync.sqlite3",
        "/packs/../secret.txt",
        "/packs/..",
        "/packs/%2E%2E",
        "/packs/sub",
        "/packs/sub/b.mpk",
        "/packs/sub%2Fb.mpk",
        "/packs/.hidden",
        "/packs/%2Fetc%2Fpasswd",
        "/packs/a.mpk%00",
        "/packs/",
    ] {
        let response = get(&fx.router, uri, &[]).await;
        assert!(response.status().is_client_error(), "{uri}: {}", response.status());
    }
}

#[tokio::test]
async fn missing_file_is_not_found() {
    let fx = fixture();
    let response = get(&fx.router, "/packs/missing.mpk", &[]).await;

    assert_eq!(response.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn without_a_packs_folder_the_route_is_not_found() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let storage = SqliteStorage::open(tmp.path()).expect("open storage");
    let router = app(AppState::new(Arc::new(storage)));

    let response = get(&router, "/packs/index.json", &[]).await;

    assert_eq!(response.status(), StatusCode::NOT_FOUND);
}
