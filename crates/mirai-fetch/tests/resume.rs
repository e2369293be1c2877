//! Downloads that survive cut connections, server errors and an app restart, without fetching
//! a byte twice.

mod support;

use mirai_fetch::{Control, FetchError, Progress};
use support::{Fault, MIB, PackServer, Proxy, Rng, download_then_cancel, expected, fetcher, part_paths, sha256};
use tokio::sync::watch;

#[tokio::test]
async fn cut_connections_resume_without_refetching() {
    let mut rng = Rng::from_env("cut_connections_resume_without_refetching");
    let data = rng.bytes(5 * MIB + 12_345);
    let size = data.len() as u64;
    let server = PackServer::start(&[("big.mpk", &data)]).await;
    // Each cut lands inside its response: five cuts of at most 1 MiB leave more than 1 MiB.
    let cuts: Vec<u64> = (0..5).map(|_| rng.between(1, MIB as u64)).collect();
    println!("cut after {cuts:?} response bytes");
    let proxy = Proxy::start(server.addr, cuts.iter().map(|&n| Fault::CutAfter(n)).collect()).await;
    let dir = tempfile::tempdir().expect("tempdir");
    let dest = dir.path().join("big.mpk");
    let (_control, commands) = watch::channel(Control::Run);
    let mut seen: Vec<Progress> = Vec::new();

    let report = fetcher(10)
        .download(&proxy.url("big.mpk"), &dest, &expected(&data), commands, |progress| seen.push(progress))
        .await
        .expect("download completes");

    println!(
        "size {size} B, on the wire {} B ({:.4}x), attempts {}, resumed from {:?}",
        report.bytes_on_wire,
        report.bytes_on_wire as f64 / size as f64,
        report.attempts,
        report.resumed_from
    );
    assert_eq!(sha256(&std::fs::read(&dest).expect("read dest")), sha256(&data));
    assert!(report.bytes_on_wire >= size);
    assert!(report.bytes_on_wire as f64 <= 1.05 * size as f64, "{} bytes on the wire", report.bytes_on_wire);
    assert_eq!(report.attempts, 6, "five cuts, then one clean pass");
    assert_eq!(proxy.connections(), 6);
    assert!(!report.resumed_from.is_empty());
    assert!(report.resumed_from.windows(2).all(|pair| pair[0] < pair[1]), "{:?}", report.resumed_from);
    for offset in &report.resumed_from {
        assert!(proxy.requests().contains(&format!("range: bytes={offset}-")), "no range request from {offset}");
    }
    assert!(seen.windows(2).all(|pair| pair[0].received <= pair[1].received));
    assert_eq!(seen.last().map(|progress| progress.received), Some(size));
    let (part, record) = part_paths(&dest);
    assert!(!part.exists() && !record.exists(), "part and record are gone once the file is in place");
}

#[tokio::test]
async fn cancelled_download_resumes_after_a_restart() {
    let mut rng = Rng::from_env("cancelled_download_resumes_after_a_restart");
    let data = rng.bytes(3 * MIB + 7);
    let size = data.len() as u64;
    let server = PackServer::start(&[("pack.mpk", &data)]).await;
    let proxy = Proxy::start(server.addr, Vec::new()).await;
    let dir = tempfile::tempdir().expect("tempdir");
    let dest = dir.path().join("pack.mpk");
    let url = proxy.url("pack.mpk");

    let kept = download_then_cancel(&fetcher(3), &url, &dest, &expected(&data)).await;
    assert!(!dest.exists());
    proxy.clear_requests();

    // A new fetcher, as after an app restart, in a spawned task, as the app runs it.
    let restarted = fetcher(3);
    let (_control, commands) = watch::channel(Control::Run);
    let (task_dest, task_expected) = (dest.clone(), expected(&data));
    let report =
        tokio::spawn(async move { restarted.download(&url, &task_dest, &task_expected, commands, |_| {}).await })
            .await
            .expect("task runs")
            .expect("download completes");

    println!(
        "size {size} B, kept {kept} B, second call on the wire {} B, resumed from {:?}",
        report.bytes_on_wire, report.resumed_from
    );
    assert_eq!(report.resumed_from, vec![kept]);
    assert_eq!(report.bytes_on_wire, size - kept, "only the missing bytes were fetched");
    let requests = proxy.requests();
    assert!(requests.contains(&format!("range: bytes={kept}-")), "{requests}");
    assert!(requests.contains("if-range: \""), "the strong etag goes along: {requests}");
    assert_eq!(std::fs::read(&dest).expect("read dest"), data);
}

#[tokio::test]
async fn server_errors_are_retried_and_a_missing_file_is_not() {
    let mut rng = Rng::from_env("server_errors_are_retried_and_a_missing_file_is_not");
    let data = rng.bytes(MIB);
    let server = PackServer::start(&[("pack.mpk", &data), ("index.json", b"{}")]).await;
    let dir = tempfile::tempdir().expect("tempdir");

    let flaky = Proxy::start(server.addr, vec![Fault::Unavailable, Fault::CutAfter(300_000), Fault::Unavailable]).await;
    let (_control, commands) = watch::channel(Control::Run);
    let dest = dir.path().join("pack.mpk");
    let report = fetcher(4)
        .download(&flaky.url("pack.mpk"), &dest, &expected(&data), commands, |_| {})
        .await
        .expect("download completes");
    println!("size {} B, on the wire {} B, attempts {}", data.len(), report.bytes_on_wire, report.attempts);
    assert_eq!(report.attempts, 4);
    assert_eq!(report.bytes_on_wire, data.len() as u64);
    assert_eq!(std::fs::read(&dest).expect("read dest"), data);

    let flaky = Proxy::start(server.addr, vec![Fault::Unavailable, Fault::Unavailable]).await;
    assert_eq!(fetcher(3).get_small(&flaky.url("index.json"), 1024).await.expect("index"), b"{}");
    assert_eq!(flaky.connections(), 3);

    let exhausted = Proxy::start(server.addr, vec![Fault::Unavailable; 3]).await;
    let err = fetcher(2).get_small(&exhausted.url("index.json"), 1024).await.expect_err("runs out of attempts");
    assert!(matches!(err, FetchError::HttpStatus(503)), "{err:?}");
    assert_eq!(exhausted.connections(), 2);

    let counted = Proxy::start(server.addr, Vec::new()).await;
    let (_control, commands) = watch::channel(Control::Run);
    let missing = dir.path().join("missing.mpk");
    let err = fetcher(5)
        .download(&counted.url("missing.mpk"), &missing, &expected(b"x"), commands, |_| {})
        .await
        .expect_err("404 is final");
    assert!(matches!(err, FetchError::HttpStatus(404)), "{err:?}");
    assert_eq!(err.code(), "fetch-http-status");
    assert_eq!(counted.requests().matches("get /packs/missing.mpk").count(), 1, "not retried");
}

#[tokio::test]
async fn pause_drops_the_connection_and_run_continues() {
    let mut rng = Rng::from_env("pause_drops_the_connection_and_run_continues");
    let data = rng.bytes(2 * MIB);
    let server = PackServer::start(&[("pack.mpk", &data)]).await;
    let proxy = Proxy::start(server.addr, Vec::new()).await;
    let dir = tempfile::tempdir().expect("tempdir");
    let dest = dir.path().join("pack.mpk");
    let (control, commands) = watch::channel(Control::Run);
    let mut seen: Vec<Progress> = Vec::new();

    // Pause at the first progress report, resume when the pause is reported.
    let report = fetcher(3)
        .download(&proxy.url("pack.mpk"), &dest, &expected(&data), commands, |progress| {
            let command = match (progress.paused, seen.iter().any(|earlier| earlier.paused)) {
                (true, _) => Some(Control::Run),
                (false, false) => Some(Control::Pause),
                (false, true) => None,
            };
            seen.push(progress);
            if let Some(command) = command {
                let _ = control.send(command);
            }
        })
        .await
        .expect("download completes");

    println!("size {} B, on the wire {} B, resumed from {:?}", data.len(), report.bytes_on_wire, report.resumed_from);
    let paused_at = seen.iter().position(|progress| progress.paused).expect("a pause was reported");
    let resumed = &seen[paused_at + 1];
    assert!(!resumed.paused, "the resume is reported right after the pause");
    assert_eq!(resumed.received, seen[paused_at].received);
    assert_eq!(report.resumed_from, vec![seen[paused_at].received]);
    assert_eq!(report.attempts, 2, "a pause reconnects once");
    assert_eq!(report.bytes_on_wire, data.len() as u64);
    assert_eq!(std::fs::read(&dest).expect("read dest"), data);
}
