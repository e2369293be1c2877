//! What a fetch refuses: more bytes than expected, plain http off loopback, oversized small
//! files.

mod support;

use std::time::Duration;

use mirai_fetch::{Control, FetchConfig, FetchError, Fetcher};
use support::{PackServer, Rng, expected, fetcher, packs_url, part_paths, raw_server};
use tokio::sync::watch;
use url::Url;

#[tokio::test]
async fn more_bytes_than_expected_are_refused_and_not_written() {
    let mut rng = Rng::from_env("more_bytes_than_expected_are_refused_and_not_written");
    let body = rng.bytes(300_000);
    let wanted = &body[..200_000];
    let dir = tempfile::tempdir().expect("tempdir");

    // No content-length: the surplus shows only as it arrives.
    let streaming = raw_server(body.clone(), false).await;
    let dest = dir.path().join("streamed.mpk");
    let (_control, commands) = watch::channel(Control::Run);
    let mut most = 0;
    let err = fetcher(3)
        .download(&packs_url(streaming, "x.mpk"), &dest, &expected(wanted), commands, |progress| {
            most = most.max(progress.received);
        })
        .await
        .expect_err("too many bytes");
    assert!(matches!(err, FetchError::TooLarge { limit: 200_000 }), "{err:?}");
    let (part, _) = part_paths(&dest);
    let written = std::fs::metadata(&part).expect("part").len();
    println!("server sent {} B, expected {} B, part holds {written} B", body.len(), wanted.len());
    assert_eq!(written, wanted.len() as u64, "nothing beyond the expected size is written");
    assert_eq!(std::fs::read(&part).expect("read part"), wanted);
    assert!(most <= wanted.len() as u64);
    assert!(!dest.exists());

    // With a content-length the answer is refused before a byte is written.
    let announcing = raw_server(body.clone(), true).await;
    let dest = dir.path().join("announced.mpk");
    let (_control, commands) = watch::channel(Control::Run);
    let err = fetcher(3)
        .download(&packs_url(announcing, "x.mpk"), &dest, &expected(wanted), commands, |_| {})
        .await
        .expect_err("too many bytes");
    assert!(matches!(err, FetchError::TooLarge { limit: 200_000 }), "{err:?}");
    assert_eq!(err.code(), "fetch-too-large");
    let (part, record) = part_paths(&dest);
    assert!(!part.exists() && !record.exists(), "an empty part is not kept");
}

#[tokio::test]
async fn plain_http_off_loopback_is_refused_without_connecting() {
    let dir = tempfile::tempdir().expect("tempdir");
    let permissive = fetcher(3);
    // `.invalid` never resolves: a connection attempt would fail as a network error instead.
    for text in ["http://mirai-fetch.invalid/packs/index.json", "http://10.0.0.1/packs/a.mpk", "ftp://127.0.0.1/a"] {
        let url = Url::parse(text).expect("url");
        let err = permissive.get_small(&url, 1024).await.expect_err("refused");
        assert!(matches!(err, FetchError::NotHttps), "{text}: {err:?}");
        assert_eq!(err.code(), "fetch-not-https");

        let dest = dir.path().join("a.mpk");
        let (_control, commands) = watch::channel(Control::Run);
        let err = permissive.download(&url, &dest, &expected(b"a"), commands, |_| {}).await.expect_err("refused");
        assert!(matches!(err, FetchError::NotHttps), "{text}: {err:?}");
        assert!(!part_paths(&dest).0.exists(), "refused before touching the disk");
    }

    // Without the loopback exception, even 127.0.0.1 needs https; the listener never sees a
    // connection (a loopback connect completes before `connect` returns, so it would be queued).
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.set_nonblocking(true).expect("nonblocking");
    let addr = listener.local_addr().expect("address");
    let strict = Fetcher::new(FetchConfig::default()).expect("client builds");
    let err = strict.get_small(&packs_url(addr, "index.json"), 1024).await.expect_err("refused");
    assert!(matches!(err, FetchError::NotHttps), "{err:?}");
    let accepted = listener.accept();
    assert!(
        matches!(&accepted, Err(err) if err.kind() == std::io::ErrorKind::WouldBlock),
        "no connection was made: {accepted:?}"
    );
}

#[tokio::test]
async fn small_files_are_bounded() {
    let server = PackServer::start(&[("index.json", br#"{"version":3,"packs":[]}"#)]).await;
    let fetcher = fetcher(3);

    let index = fetcher.get_small(&server.url("index.json"), 1024).await.expect("index");
    assert_eq!(index, br#"{"version":3,"packs":[]}"#);

    let err = fetcher.get_small(&server.url("index.json"), 10).await.expect_err("too large");
    assert!(matches!(err, FetchError::TooLarge { limit: 10 }), "{err:?}");

    let streamed = raw_server(vec![b'x'; 5000], false).await;
    let err = fetcher.get_small(&packs_url(streamed, "index.json"), 4096).await.expect_err("too large");
    assert!(matches!(err, FetchError::TooLarge { limit: 4096 }), "{err:?}");

    let err = fetcher.get_small(&server.url("missing.json"), 1024).await.expect_err("missing");
    assert!(matches!(err, FetchError::HttpStatus(404)), "{err:?}");
}

#[tokio::test]
async fn a_silent_server_times_out() {
    // Accepts and reads, never answers.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("address");
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((stream, _)) = listener.accept().await {
            held.push(stream);
        }
    });
    let fetcher = Fetcher::new(FetchConfig {
        idle_timeout: Duration::from_millis(200),
        max_attempts: 2,
        backoff_base: Duration::from_millis(5),
        backoff_max: Duration::from_millis(5),
        allow_plain_http_on_loopback: true,
        ..FetchConfig::default()
    })
    .expect("client builds");

    let err = fetcher.get_small(&packs_url(addr, "index.json"), 1024).await.expect_err("silent");

    assert!(matches!(err, FetchError::Timeout(_)), "{err:?}");
    assert_eq!(err.code(), "fetch-timeout");
}
