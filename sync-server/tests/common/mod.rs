//! What the process tests share: the real binary, started on 127.0.0.1 port 0, with its output
//! drained on background threads; and tiny HTTP helpers.
#![allow(dead_code)]

use std::ffi::OsStr;
use std::io::{BufRead, BufReader, Read};
use std::net::SocketAddr;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

pub mod devices;

pub const BIN: &str = env!("CARGO_BIN_EXE_mirai-sync-server");
pub const LIMIT: Duration = Duration::from_secs(60);

/// The address from the server's JSON "listening" log line.
pub fn listening_addr(line: &str) -> SocketAddr {
    serde_json::from_str::<serde_json::Value>(line).expect("json log line")["fields"]["addr"]
        .as_str()
        .expect("addr field")
        .parse()
        .expect("socket address")
}

/// Starts the server on a free port with `data` as its folder; returns it and its address.
pub fn start_server(data: &std::path::Path, log_level: &str) -> (Running, SocketAddr) {
    start_server_with(data, &[], log_level)
}

/// [`start_server`] with more flags (`--org-admin ORG:KEY`, ...).
pub fn start_server_with(data: &std::path::Path, flags: &[&str], log_level: &str) -> (Running, SocketAddr) {
    let base = [OsStr::new("--data"), data.as_os_str(), OsStr::new("--listen"), OsStr::new("127.0.0.1:0")];
    let mut server = Running::start(base.into_iter().chain(flags.iter().map(OsStr::new)), &[], log_level);
    let addr = listening_addr(&server.wait_for_line("\"listening\""));
    (server, addr)
}

/// Reads a child's piped output on background threads, so a full pipe never blocks it: each
/// stdout line goes to `line` (until it answers `false`), and the returned thread yields all of
/// stderr once the child closes it.
pub fn drain(child: &mut Child, mut line: impl FnMut(String) -> bool + Send + 'static) -> thread::JoinHandle<String> {
    let stdout = child.stdout.take().expect("piped stdout");
    let mut stderr = child.stderr.take().expect("piped stderr");
    thread::spawn(move || {
        for text in BufReader::new(stdout).lines() {
            let Ok(text) = text else { break };
            if !line(text) {
                break;
            }
        }
    });
    thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.read_to_string(&mut text);
        text
    })
}

/// Sends a hand-written HTTP/1.1 GET; returns the raw response and the
/// client's own address.
pub async fn http_get(addr: SocketAddr, path: &str) -> (String, SocketAddr) {
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
pub struct Running {
    pub child: Child,
    stdout_lines: mpsc::Receiver<String>,
    stdout_seen: Vec<String>,
    stderr: Option<thread::JoinHandle<String>>,
}

impl Running {
    /// Starts the binary with `args`, plus `env` on top of a clean slate of
    /// `MIRAI_SYNC_*` variables.
    pub fn start<'a>(args: impl IntoIterator<Item = &'a OsStr>, env: &[(&str, &OsStr)], log_level: &str) -> Self {
        let mut child = Command::new(BIN)
            .args(args)
            .env("RUST_LOG", log_level)
            .env_remove("MIRAI_SYNC_DATA")
            .env_remove("MIRAI_SYNC_LISTEN")
            .env_remove("MIRAI_SYNC_LOG_FORMAT")
            .env_remove("MIRAI_SYNC_PACKS")
            .env_remove("MIRAI_SYNC_ORG_ADMINS")
            .env_remove("MIRAI_SYNC_DENY")
            .env_remove("MIRAI_SYNC_CONFIG")
            .env_remove("MIRAI_SYNC_POSTGRES")
            .envs(env.iter().copied())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn server");
        let (tx, stdout_lines) = mpsc::channel();
        let stderr = drain(&mut child, move |line| tx.send(line).is_ok());
        Running { child, stdout_lines, stdout_seen: Vec::new(), stderr: Some(stderr) }
    }

    /// Reads stdout until a line containing `needle`, and returns it.
    pub fn wait_for_line(&mut self, needle: &str) -> String {
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

    pub fn wait_for_exit(&mut self) -> ExitStatus {
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
    pub fn finish(mut self) -> (String, String) {
        let mut stdout = std::mem::take(&mut self.stdout_seen);
        stdout.extend(self.stdout_lines.iter());
        let stderr = self.stderr.take().map(|handle| handle.join().expect("stderr reader")).unwrap_or_default();
        (stdout.join("\n"), stderr)
    }
}

impl Running {
    /// Kills the process with SIGKILL (no chance to flush anything) and waits for it.
    pub fn kill(mut self) -> (ExitStatus, String, String) {
        self.child.kill().expect("sigkill");
        let status = self.wait_for_exit();
        let (stdout, stderr) = self.finish();
        (status, stdout, stderr)
    }

    /// Sends SIGTERM and waits for the exit; returns the status and the output.
    pub fn terminate(mut self) -> (ExitStatus, String, String) {
        let status = Command::new("kill").args(["-TERM", &self.child.id().to_string()]).status().expect("run kill");
        assert!(status.success());
        let status = self.wait_for_exit();
        let (stdout, stderr) = self.finish();
        (status, stdout, stderr)
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
