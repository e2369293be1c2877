//! The two servers under test, each a child process on 127.0.0.1 with a fresh data folder:
//! `mirai-sync-server` (port 0, address from its JSON "listening" line) and the reference
//! `@automerge/automerge-repo-sync-server` on Node (`PORT` and `DATA_DIR`, a free port picked
//! here). Their output is drained on threads and tallied; memory and CPU time come from /proc.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex, PoisonError, mpsc};
use std::time::Duration;

use anyhow::{Context, bail};

use crate::client::Target;

/// Which server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `mirai-sync-server`.
    Ours,
    /// `@automerge/automerge-repo-sync-server` on Node.
    Reference,
}

impl Kind {
    /// The column name in the report.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Ours => "mirai-sync-server",
            Kind::Reference => "automerge-repo-sync-server (JS)",
        }
    }
}

/// What the server printed, counted.
#[derive(Default, Debug, Clone)]
pub struct LogTally {
    /// Lines by level (ours: from the JSON `level`; the reference: `stdout` / `stderr`).
    pub levels: BTreeMap<String, u64>,
    /// Ours: how sessions ended (`end` of "connection closed") and why the engine closed them.
    pub endings: BTreeMap<String, u64>,
    /// The first warnings and errors, as printed.
    pub problems: Vec<String>,
}

/// Memory of a process, from /proc/<pid>/status.
#[derive(Debug, Clone, Copy, Default)]
pub struct Memory {
    /// VmRSS, KiB.
    pub rss_kib: u64,
    /// VmHWM (peak RSS), KiB.
    pub hwm_kib: u64,
}

/// A running server.
pub struct Server {
    /// Which one.
    pub kind: Kind,
    /// Where clients dial it.
    pub target: Target,
    /// Its HTTP address.
    pub addr: SocketAddr,
    child: Child,
    tally: Arc<Mutex<LogTally>>,
    drains: Vec<std::thread::JoinHandle<()>>,
    _data: tempfile::TempDir,
}

fn tally_ours(line: &str, tally: &mut LogTally) {
    let Ok(value) = serde_json::from_str::<serde_json::Value>(line) else {
        *tally.levels.entry("unparsed".into()).or_default() += 1;
        return;
    };
    let level = value["level"].as_str().unwrap_or("?").to_owned();
    let message = value["fields"]["message"].as_str().unwrap_or("");
    if message == "connection closed"
        && let Some(end) = value["fields"]["end"].as_str()
    {
        *tally.endings.entry(format!("session ended: {end}")).or_default() += 1;
    }
    if message == "closing connection"
        && let Some(reason) = value["fields"]["reason"].as_str()
    {
        *tally.endings.entry(format!("engine closed: {reason}")).or_default() += 1;
    }
    if message == "sync connection refused: no valid device proof" || message == "connection refused" {
        *tally.endings.entry(message.to_owned()).or_default() += 1;
    }
    if (level == "WARN" || level == "ERROR") && tally.problems.len() < 8 {
        tally.problems.push(line.chars().take(400).collect());
    }
    *tally.levels.entry(level).or_default() += 1;
}

/// Drains `reader` line by line on a thread; lines go to `tally`, and the first line containing
/// `needle` also goes to `found`.
fn drain(
    reader: impl Read + Send + 'static,
    stream: &'static str,
    kind: Kind,
    tally: Arc<Mutex<LogTally>>,
    needle: &'static str,
    found: mpsc::Sender<String>,
    mut copy: Option<std::fs::File>,
) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        let mut sent = false;
        for line in BufReader::new(reader).lines() {
            let Ok(line) = line else { break };
            if let Some(file) = &mut copy {
                let _ = writeln!(file, "{line}");
            }
            if !sent && line.contains(needle) {
                sent = found.send(line.clone()).is_ok();
            }
            let mut tally = tally.lock().unwrap_or_else(PoisonError::into_inner);
            match kind {
                Kind::Ours => tally_ours(&line, &mut tally),
                Kind::Reference => {
                    *tally.levels.entry(stream.to_owned()).or_default() += 1;
                    if stream == "stderr" && tally.problems.len() < 8 {
                        tally.problems.push(line.chars().take(400).collect());
                    }
                }
            }
        }
    })
}

/// Files in `logs` for a server's stdout and stderr, named by server and start time.
fn log_files(logs: Option<&Path>, name: &str) -> anyhow::Result<(Option<std::fs::File>, Option<std::fs::File>)> {
    let Some(dir) = logs else { return Ok((None, None)) };
    std::fs::create_dir_all(dir)?;
    let stamp = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis());
    let open = |stream: &str| std::fs::File::create(dir.join(format!("{name}-{stamp}.{stream}")));
    Ok((Some(open("stdout")?), Some(open("stderr")?)))
}

/// A port that was free a moment ago (the reference server cannot be told to pick one).
fn free_port() -> anyhow::Result<u16> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
    Ok(listener.local_addr()?.port())
}

impl Server {
    /// Starts `mirai-sync-server` from `bin` with log level `log`.
    pub fn start_ours(bin: &Path, log: &str, logs: Option<&Path>) -> anyhow::Result<Server> {
        let data = tempfile::tempdir()?;
        let mut child = Command::new(bin)
            .args(["--data"])
            .arg(data.path())
            .args(["--listen", "127.0.0.1:0", "--log-format", "json"])
            .env("RUST_LOG", log)
            .env_remove("MIRAI_SYNC_DATA")
            .env_remove("MIRAI_SYNC_LISTEN")
            .env_remove("MIRAI_SYNC_LOG_FORMAT")
            .env_remove("MIRAI_SYNC_PACKS")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .with_context(|| format!("cannot start {}", bin.display()))?;
        let tally = Arc::new(Mutex::new(LogTally::default()));
        let (found, listening) = mpsc::channel();
        let (stdout, stderr) = (child.stdout.take().context("stdout")?, child.stderr.take().context("stderr")?);
        let (out, err) = log_files(logs, "ours")?;
        let drains = vec![
            drain(stdout, "stdout", Kind::Ours, Arc::clone(&tally), "\"listening\"", found.clone(), out),
            drain(stderr, "stderr", Kind::Ours, Arc::clone(&tally), "\"listening\"", found, err),
        ];
        let line =
            listening.recv_timeout(Duration::from_secs(30)).context("mirai-sync-server printed no listening line")?;
        let value: serde_json::Value = serde_json::from_str(&line)?;
        let addr: SocketAddr = value["fields"]["addr"].as_str().context("no addr in the listening line")?.parse()?;
        let sync_url = url::Url::parse(&format!("ws://{addr}/sync"))?;
        Ok(Server {
            kind: Kind::Ours,
            target: Target { sync_url, proves: true },
            addr,
            child,
            tally,
            drains,
            _data: data,
        })
    }

    /// Starts the reference server from its package folder `dir` (with `node_modules`) with `node`.
    pub fn start_reference(dir: &Path, node: &Path, logs: Option<&Path>) -> anyhow::Result<Server> {
        let entry = dir.join("node_modules/@automerge/automerge-repo-sync-server/src/index.js");
        if !entry.is_file() {
            bail!("{} is missing: run `npm ci` in {}", entry.display(), dir.display());
        }
        let data = tempfile::tempdir()?;
        let port = free_port()?;
        let mut child = Command::new(node)
            .arg(&entry)
            .current_dir(dir)
            .env("PORT", port.to_string())
            .env("DATA_DIR", data.path())
            .env("NODE_ENV", "production")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .with_context(|| format!("cannot start {}", node.display()))?;
        let tally = Arc::new(Mutex::new(LogTally::default()));
        let (found, listening) = mpsc::channel();
        let (stdout, stderr) = (child.stdout.take().context("stdout")?, child.stderr.take().context("stderr")?);
        let (out, err) = log_files(logs, "reference")?;
        let drains = vec![
            drain(stdout, "stdout", Kind::Reference, Arc::clone(&tally), "Listening on port", found.clone(), out),
            drain(stderr, "stderr", Kind::Reference, Arc::clone(&tally), "Listening on port", found, err),
        ];
        listening
            .recv_timeout(Duration::from_secs(30))
            .context("the reference server printed no \"Listening on port\"")?;
        let addr = SocketAddr::from(([127, 0, 0, 1], port));
        let sync_url = url::Url::parse(&format!("ws://{addr}/"))?;
        Ok(Server {
            kind: Kind::Reference,
            target: Target { sync_url, proves: false },
            addr,
            child,
            tally,
            drains,
            _data: data,
        })
    }

    /// Starts a server of `kind`.
    pub fn start(kind: Kind, paths: &Paths) -> anyhow::Result<Server> {
        match kind {
            Kind::Ours => Server::start_ours(&paths.server_bin, &paths.server_log, paths.logs.as_deref()),
            Kind::Reference => Server::start_reference(&paths.reference_dir, &paths.node, paths.logs.as_deref()),
        }
    }

    /// The process's memory now.
    pub fn memory(&self) -> anyhow::Result<Memory> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))?;
        let field = |name: &str| -> anyhow::Result<u64> {
            let line = status.lines().find(|line| line.starts_with(name)).with_context(|| format!("no {name}"))?;
            Ok(line.split_whitespace().nth(1).context("no value")?.parse()?)
        };
        Ok(Memory { rss_kib: field("VmRSS:")?, hwm_kib: field("VmHWM:")? })
    }

    /// CPU seconds (user + system) the process has used so far, all threads.
    pub fn cpu_seconds(&self) -> anyhow::Result<f64> {
        cpu_seconds_of(&self.child.id().to_string())
    }

    /// Ours: the `/metrics` counters.
    pub async fn metrics(&self, http: &reqwest::Client) -> Option<BTreeMap<String, u64>> {
        if self.kind != Kind::Ours {
            return None;
        }
        let text = http.get(format!("http://{}/metrics", self.addr)).send().await.ok()?.text().await.ok()?;
        Some(
            text.lines()
                .filter(|line| !line.starts_with('#'))
                .filter_map(|line| {
                    let (name, value) = line.split_once(' ')?;
                    Some((name.to_owned(), value.trim().parse().ok()?))
                })
                .collect(),
        )
    }

    /// SIGTERM, then SIGKILL after 10 s; answers how it ended and everything it printed, counted.
    pub fn stop(mut self) -> (String, LogTally) {
        let ended = self.terminate();
        for drain in std::mem::take(&mut self.drains) {
            let _ = drain.join();
        }
        (ended, self.tally.lock().unwrap_or_else(PoisonError::into_inner).clone())
    }

    fn terminate(&mut self) -> String {
        let pid = nix::unistd::Pid::from_raw(i32::try_from(self.child.id()).unwrap_or(i32::MAX));
        if let Ok(Some(status)) = self.child.try_wait() {
            return format!("had already exited: {status}");
        }
        let _ = nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGTERM);
        for _ in 0..200 {
            if let Ok(Some(status)) = self.child.try_wait() {
                return format!("{status}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        "did not stop within 10 s of SIGTERM; killed".to_owned()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// CPU seconds (user + system) process `pid` (or `self`) has used so far, all threads.
pub fn cpu_seconds_of(pid: &str) -> anyhow::Result<f64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat"))?;
    // The fields after the command name (which may contain spaces) in parentheses.
    let rest = stat.rsplit_once(')').context("unreadable stat")?.1;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // utime and stime are fields 14 and 15 of the line, 12th and 13th after the name; in clock
    // ticks, which are 100 per second on Linux.
    let ticks: u64 =
        fields.get(11).context("utime")?.parse::<u64>()? + fields.get(12).context("stime")?.parse::<u64>()?;
    Ok(ticks as f64 / 100.0)
}

/// Where the servers come from.
pub struct Paths {
    /// The `mirai-sync-server` binary.
    pub server_bin: PathBuf,
    /// Its `RUST_LOG`.
    pub server_log: String,
    /// `benches/sync`, with `node_modules`.
    pub reference_dir: PathBuf,
    /// The `node` binary.
    pub node: PathBuf,
    /// A folder to copy the servers' output into.
    pub logs: Option<PathBuf>,
}
