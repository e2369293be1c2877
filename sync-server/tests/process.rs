//! Process tests: the real binary on a real port on 127.0.0.1, stopped with
//! a real SIGTERM, and its logs read back.
//!
//! The time limits below only stop a hung test; nothing asserts on timing.

mod common;

use std::ffi::OsStr;
use std::net::SocketAddr;
use std::process::Command;

use common::{Running, http_get, listening_addr};
use futures_util::{SinkExt, StreamExt};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;

const CANARY: &str = "CANARY-7f3a";

#[test]
fn serves_health_and_websocket_then_stops_cleanly_on_sigterm() {
    let tmp = tempfile::tempdir().expect("tempdir");
    // Trace level on purpose: even the most verbose logging must not carry
    // a payload.
    let mut server = Running::start(
        [OsStr::new("--data"), tmp.path().as_os_str(), OsStr::new("--listen"), OsStr::new("127.0.0.1:0")],
        &[],
        "trace",
    );
    let listening = server.wait_for_line("\"listening\"");
    let addr: SocketAddr = listening_addr(&listening);
    assert_ne!(addr.port(), 0, "the bound port is logged, not the requested 0");

    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    let client_addrs = runtime.block_on(async {
        let (health, health_client) = http_get(addr, "/healthz").await;
        assert!(health.starts_with("HTTP/1.1 200 "), "{health}");
        assert!(health.contains(r#""status":"ok""#), "{health}");

        // Without a device proof there is no WebSocket.
        let refused = tokio_tungstenite::connect_async(format!("ws://{addr}/sync")).await;
        assert!(
            matches!(&refused, Err(tokio_tungstenite::tungstenite::Error::Http(response)) if response.status() == 401),
            "{refused:?}"
        );

        // With one, a frame that is not automerge-repo CBOR ends the session with a policy close.
        let sync_url = url::Url::parse(&format!("ws://{addr}/sync")).expect("url");
        let device = ed25519_dalek::SigningKey::from_bytes(&[5; 32]);
        let proof =
            mirai_sync::client::prove(&mirai_sync::client::http_client().expect("http client"), &device, &sync_url)
                .await
                .expect("proof");
        let mut dial = sync_url.clone();
        dial.query_pairs_mut()
            .append_pair("device", &proof.device)
            .append_pair("nonce", &proof.nonce)
            .append_pair("sig", &proof.sig);
        let (mut ws, _) = tokio_tungstenite::connect_async(dial.as_str()).await.expect("websocket handshake");
        let ws_client = match ws.get_ref() {
            tokio_tungstenite::MaybeTlsStream::Plain(tcp) => tcp.local_addr().expect("local addr"),
            _ => unreachable!("ws:// is plain tcp"),
        };
        ws.send(Message::text(format!("hello {CANARY}"))).await.expect("send canary as text");
        ws.send(Message::binary(format!("hello {CANARY}").into_bytes())).await.expect("send canary as a frame");
        let close = match ws.next().await.expect("server closes, not just drops") {
            Ok(Message::Close(frame)) => frame.expect("close frame has a code"),
            Ok(other) => panic!("server sent something other than a close: {other:?}"),
            Err(err) => panic!("websocket error before the close frame: {err}"),
        };
        assert_eq!(close.code, CloseCode::Policy);
        assert_eq!(close.reason.as_str(), "malformed frame");
        // Reading on sends our close reply and then sees the end.
        while let Some(Ok(_)) = ws.next().await {}

        // The same proof again is a replay.
        let replayed = tokio_tungstenite::connect_async(dial.as_str()).await;
        assert!(
            matches!(&replayed, Err(tokio_tungstenite::tungstenite::Error::Http(r)) if r.status() == 401),
            "{replayed:?}"
        );
        [health_client, ws_client]
    });
    server.wait_for_line("\"connection closed\"");

    let status = Command::new("kill").args(["-TERM", &server.child.id().to_string()]).status().expect("run kill");
    assert!(status.success());
    let status = server.wait_for_exit();
    let (stdout, stderr) = server.finish();

    assert_eq!(status.code(), Some(0), "stdout:\n{stdout}\nstderr:\n{stderr}");
    for line in stdout.lines() {
        serde_json::from_str::<serde_json::Value>(line)
            .unwrap_or_else(|err| panic!("log line is not json ({err}): {line}"));
    }
    assert!(stdout.contains("\"connection opened\""), "{stdout}");
    assert!(stdout.contains("\"shutdown complete\""), "{stdout}");
    let logs = format!("{stdout}\n{stderr}");
    assert!(!logs.contains(CANARY), "a payload reached the logs:\n{logs}");
    for client in client_addrs {
        assert!(!logs.contains(&client.to_string()), "a client address reached the logs:\n{logs}");
    }
}

#[test]
fn sigint_stops_cleanly_with_config_from_the_environment() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let mut server = Running::start(
        [OsStr::new("--log-format"), OsStr::new("text")],
        &[("MIRAI_SYNC_DATA", tmp.path().as_os_str()), ("MIRAI_SYNC_LISTEN", OsStr::new("127.0.0.1:0"))],
        "info",
    );
    server.wait_for_line("listening");

    let status = Command::new("kill").args(["-INT", &server.child.id().to_string()]).status().expect("run kill");
    assert!(status.success());
    let status = server.wait_for_exit();
    let (stdout, stderr) = server.finish();

    assert_eq!(status.code(), Some(0), "stdout:\n{stdout}\nstderr:\n{stderr}");
    assert!(stdout.contains("signal=\"sigint\""), "{stdout}");
    assert!(stdout.contains("shutdown complete"), "{stdout}");
    assert!(tmp.path().join("sync.sqlite3").is_file());
    assert!(!stdout.starts_with('{'), "--log-format text is not json: {stdout}");
}

#[test]
fn a_config_file_fills_in_what_flags_and_environment_leave_unset() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("from-the-file");
    let config = tmp.path().join("sync.conf");
    let admin = "ab".repeat(32);
    std::fs::write(
        &config,
        format!(
            "# written by an operator\nMIRAI_SYNC_DATA={}\nMIRAI_SYNC_LISTEN=127.0.0.1:1\nMIRAI_SYNC_ORG_ADMINS=ngo-a:{admin}\n",
            data.display()
        ),
    )
    .expect("config file");
    // The flag wins over the file's port 1; the data folder and the admin come from the file.
    let mut server = Running::start(
        [OsStr::new("--config"), config.as_os_str(), OsStr::new("--listen"), OsStr::new("127.0.0.1:0")],
        &[],
        "info",
    );
    let addr = listening_addr(&server.wait_for_line("\"listening\""));
    assert_ne!(addr.port(), 1);
    assert!(data.join("sync.sqlite3").is_file(), "the data folder came from the file");
    let (status, stdout, stderr) = server.terminate();
    assert_eq!(status.code(), Some(0), "stdout:\n{stdout}\nstderr:\n{stderr}");
    assert!(stdout.contains("organisation admin checked"), "the admin came from the file: {stdout}");

    let bad = tmp.path().join("bad.conf");
    std::fs::write(&bad, "PATH=/tmp\n").expect("bad file");
    let mut refused = Running::start([OsStr::new("--config"), bad.as_os_str()], &[], "info");
    let status = refused.wait_for_exit();
    let (_, stderr) = refused.finish();
    assert_eq!(status.code(), Some(1));
    assert!(stderr.contains("is not a MIRAI_SYNC_ setting"), "{stderr}");
}

#[test]
fn data_dir_under_a_regular_file_fails_with_a_readable_error() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let file = tmp.path().join("not-a-dir");
    std::fs::write(&file, b"").expect("write file");
    let data = file.join("data");

    let mut server = Running::start(
        [OsStr::new("--data"), data.as_os_str(), OsStr::new("--listen"), OsStr::new("127.0.0.1:0")],
        &[],
        "info",
    );
    let status = server.wait_for_exit();
    let (stdout, stderr) = server.finish();

    assert_eq!(status.code(), Some(1), "stdout:\n{stdout}\nstderr:\n{stderr}");
    assert!(stderr.contains("error: cannot open storage: cannot create data directory"), "{stderr}");
    assert!(stdout.contains("\"error.kind\":\"data_dir\""), "{stdout}");
    assert!(!format!("{stdout}{stderr}").contains("panicked"));
    assert!(!data.exists());
}

#[test]
fn serves_packs_from_the_folder_in_the_environment() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let packs = tmp.path().join("packs");
    std::fs::create_dir(&packs).expect("packs folder");
    std::fs::write(packs.join("index.json"), br#"{"version":7}"#).expect("index");
    let mut server = Running::start(
        [OsStr::new("--data"), tmp.path().as_os_str(), OsStr::new("--listen"), OsStr::new("127.0.0.1:0")],
        &[("MIRAI_SYNC_PACKS", packs.as_os_str())],
        "debug",
    );
    let listening = server.wait_for_line("\"listening\"");
    let addr: SocketAddr = listening_addr(&listening);

    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    let (index, _) = runtime.block_on(http_get(addr, "/packs/index.json"));
    assert!(index.starts_with("HTTP/1.1 200 "), "{index}");
    assert!(index.ends_with(r#"{"version":7}"#), "{index}");
    server.wait_for_line("/packs/{file}");

    let status = Command::new("kill").args(["-TERM", &server.child.id().to_string()]).status().expect("run kill");
    assert!(status.success());
    let status = server.wait_for_exit();
    let (stdout, stderr) = server.finish();
    assert_eq!(status.code(), Some(0), "stdout:\n{stdout}\nstderr:\n{stderr}");
    assert!(stdout.contains("\"serving packs\""), "{stdout}");
}

#[test]
fn missing_packs_folder_fails_at_startup() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let packs = tmp.path().join("no-such-packs");

    let mut server = Running::start(
        [
            OsStr::new("--data"),
            tmp.path().as_os_str(),
            OsStr::new("--listen"),
            OsStr::new("127.0.0.1:0"),
            OsStr::new("--packs"),
            packs.as_os_str(),
        ],
        &[],
        "info",
    );
    let status = server.wait_for_exit();
    let (stdout, stderr) = server.finish();

    assert_eq!(status.code(), Some(1), "stdout:\n{stdout}\nstderr:\n{stderr}");
    assert!(stderr.contains("error: cannot read packs directory"), "{stderr}");
    assert!(!stdout.contains("\"listening\""), "{stdout}");
}
