//! A file that changes on the server between two calls: `If-Range` no longer matches, the
//! server sends the whole new file, and only the expected hash decides whether it is kept.

mod support;

use mirai_fetch::{Control, FetchError};
use support::{MIB, PackServer, Proxy, Rng, download_then_cancel, expected, fetcher, part_paths};
use tokio::sync::watch;

#[tokio::test]
async fn changed_file_restarts_and_matches_the_new_hash() {
    let mut rng = Rng::from_env("changed_file_restarts_and_matches_the_new_hash");
    let (old, new) = (rng.bytes(2 * MIB), rng.bytes(2 * MIB));
    let server = PackServer::start(&[("pack.mpk", &old)]).await;
    let proxy = Proxy::start(server.addr, Vec::new()).await;
    let dir = tempfile::tempdir().expect("tempdir");
    let dest = dir.path().join("pack.mpk");
    let url = proxy.url("pack.mpk");

    // The index already names the new file while the server still has the old one (a mirror
    // catching up); the part holds old bytes.
    let kept = download_then_cancel(&fetcher(3), &url, &dest, &expected(&new)).await;
    server.republish("pack.mpk", &new);
    proxy.clear_requests();

    let (_control, commands) = watch::channel(Control::Run);
    let report = fetcher(3).download(&url, &dest, &expected(&new), commands, |_| {}).await.expect("completes");

    println!("size {} B, kept {kept} B, then on the wire {} B", new.len(), report.bytes_on_wire);
    let requests = proxy.requests();
    assert!(requests.contains(&format!("range: bytes={kept}-")), "{requests}");
    assert!(requests.contains("if-range: "), "{requests}");
    assert!(report.resumed_from.is_empty(), "the server sent a full 200, not a 206");
    assert_eq!(report.bytes_on_wire, new.len() as u64);
    assert_eq!(std::fs::read(&dest).expect("read dest"), new);
}

#[tokio::test]
async fn changed_file_with_the_old_hash_fails_and_leaves_nothing() {
    let mut rng = Rng::from_env("changed_file_with_the_old_hash_fails_and_leaves_nothing");
    let (old, new) = (rng.bytes(2 * MIB), rng.bytes(2 * MIB));
    let server = PackServer::start(&[("pack.mpk", &old)]).await;
    let dir = tempfile::tempdir().expect("tempdir");
    let dest = dir.path().join("pack.mpk");
    let url = server.url("pack.mpk");

    download_then_cancel(&fetcher(3), &url, &dest, &expected(&old)).await;
    server.republish("pack.mpk", &new);

    let (_control, commands) = watch::channel(Control::Run);
    let err = fetcher(3).download(&url, &dest, &expected(&old), commands, |_| {}).await.expect_err("new bytes");

    assert!(matches!(err, FetchError::HashMismatch), "{err:?}");
    assert_eq!(err.code(), "fetch-hash-mismatch");
    let (part, record) = part_paths(&dest);
    assert!(!part.exists() && !record.exists() && !dest.exists(), "nothing of the wrong file is kept");
}

#[tokio::test]
async fn another_expected_hash_starts_over_without_a_range() {
    let mut rng = Rng::from_env("another_expected_hash_starts_over_without_a_range");
    let (old, new) = (rng.bytes(2 * MIB), rng.bytes(2 * MIB + 1));
    let server = PackServer::start(&[("pack.mpk", &old)]).await;
    let proxy = Proxy::start(server.addr, Vec::new()).await;
    let dir = tempfile::tempdir().expect("tempdir");
    let dest = dir.path().join("pack.mpk");
    let url = proxy.url("pack.mpk");

    download_then_cancel(&fetcher(3), &url, &dest, &expected(&old)).await;
    server.republish("pack.mpk", &new);
    proxy.clear_requests();

    let (_control, commands) = watch::channel(Control::Run);
    let report = fetcher(3).download(&url, &dest, &expected(&new), commands, |_| {}).await.expect("completes");

    let requests = proxy.requests();
    assert!(!requests.contains("range:"), "the old part is not resumed: {requests}");
    assert_eq!(report.bytes_on_wire, new.len() as u64);
    assert_eq!(std::fs::read(&dest).expect("read dest"), new);
}
