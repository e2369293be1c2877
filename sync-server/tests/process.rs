//! Process tests: the real binary on a real port on 127.0.0.1, stopped with
//! a real SIGTERM, and its logs read back.
//!
//! The time limits below only stop a hung test; nothing asserts on timing.

use std::ffi::OsStr;
use std::io::{BufRead, BufReader, Read};
use std::net::SocketAddr;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;

const BIN: &str = env!("CARGO_BIN_EXE_mirai-sync-server");
const CANARY: &str = "CANARY-7f3a";
const LIMIT: Duration = Duration::from_secs(60);

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
    let addr: SocketAddr =
        serde_json::from_str::<serde_json::Value>(&listening).expect("json log line")["fields"]["addr"]
            .as_str()
            .expect("addr field")
            .parse()
            .expect("socket address");
    assert_ne!(addr.port(), 0, "the bound port is logged, not the requested 0");

    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    let client_addrs = runtime.block_on(async {
        let (health, health_client) = http_get(addr, "/healthz").await;
        assert!(health.starts_with("HTTP/1.1 200 "), "{health}");
        assert!(health.contains(r#""status":"ok""#), "{health}");

        let (mut ws, _) =
            tokio_tungstenite::connect_async(format!("ws://{addr}/sync")).await.expect("websocket handshake");
        let ws_client = match ws.get_ref() {
            tokio_tungstenite::MaybeTlsStream::Plain(tcp) => tcp.local_addr().expect("local addr"),
            _ => unreachable!("ws:// is plain tcp"),
        };
        ws.send(Message::text(format!("hello {CANARY}"))).await.expect("send canary");
        // The first and only thing the server sends is its close frame.
        let close = match ws.next().await.expect("server closes, not just drops") {
            Ok(Message::Close(frame)) => frame.expect("close frame has a code"),
            Ok(other) => panic!("server sent something other than a close: {other:?}"),
            Err(err) => panic!("websocket error before the close frame: {err}"),
        };
        assert_eq!(close.code, CloseCode::Again);
        assert_eq!(close.reason.as_str(), "sync protocol not available yet");
        // Reading on sends our close reply and then sees the end.
        while let Some(Ok(_)) = ws.next().await {}
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
    let addr: SocketAddr =
        serde_json::from_str::<serde_json::Value>(&listening).expect("json log line")["fields"]["addr"]
            .as_str()
            .expect("addr field")
            .parse()
            .expect("socket address");

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

/// Sends a hand-written HTTP/1.1 GET; returns the raw response and the
/// client's own address.
async fn http_get(addr: SocketAddr, path: &str) -> (String, SocketAddr) {
    let mut stream = TcpStream::connect(addr).await.expect("connect");
    let client = stream.local_addr().expect("local addr");
    let request = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.expect("send request");
    let mut response = String::new();
    stream.read_to_string(&mut response).await.expect("read response");
    (response, client)
}

/// The server process with its output drained on background threads, so a
/// full pipe can never block it.
struct Running {
    child: Child,
    stdout_lines: mpsc::Receiver<String>,
    stdout_seen: Vec<String>,
    stderr: Option<thread::JoinHandle<String>>,
}

impl Running {
    /// Starts the binary with `args`, plus `env` on top of a clean slate of
    /// `MIRAI_SYNC_*` variables.
    fn start<'a>(args: impl IntoIterator<Item = &'a OsStr>, env: &[(&str, &OsStr)], log_level: &str) -> Self {
        let mut child = Command::new(BIN)
            .args(args)
            .env("RUST_LOG", log_level)
            .env_remove("MIRAI_SYNC_DATA")
            .env_remove("MIRAI_SYNC_LISTEN")
            .env_remove("MIRAI_SYNC_LOG_FORMAT")
            .env_remove("MIRAI_SYNC_PACKS")
            .envs(env.iter().copied())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn server");
        let stdout = child.stdout.take().expect("piped stdout");
        let mut stderr = child.stderr.take().expect("piped stderr");
        let (tx, stdout_lines) = mpsc::channel();
        thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let stderr = thread::spawn(move || {
            let mut text = String::new();
            let _ = stderr.read_to_string(&mut text);
            text
        });
        Running { child, stdout_lines, stdout_seen: Vec::new(), stderr: Some(stderr) }
    }

    /// Reads stdout until a line containing `needle`, and returns it.
    fn wait_for_line(&mut self, needle: &str) -> String {
        let deadline = Instant::now() + LIMIT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.stdout_lines.recv_timeout(left) {
                Ok(line) => {
                    self.stdout_seen.push(line.clone());
                    if line.contains(needle) {
                        return line;
                    }
                }
                Err(err) => panic!("no log line with {needle} ({err}); so far:\n{}", self.stdout_seen.join("\n")),
            }
        }
    }

    fn wait_for_exit(&mut self) -> ExitStatus {
        let deadline = Instant::now() + LIMIT;
        loop {
            if let Some(status) = self.child.try_wait().expect("poll child") {
                return status;
            }
            assert!(Instant::now() < deadline, "server did not exit in time");
            thread::sleep(Duration::from_millis(10));
        }
    }

    /// Everything the exited process wrote: stdout, stderr.
    fn finish(mut self) -> (String, String) {
        let mut stdout = std::mem::take(&mut self.stdout_seen);
        stdout.extend(self.stdout_lines.iter());
        let stderr = self.stderr.take().map(|handle| handle.join().expect("stderr reader")).unwrap_or_default();
        (stdout.join("\n"), stderr)
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        // Only matters when a test failed midway: never leave a server behind.
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}
