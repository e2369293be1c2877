//! `mirai-sync-bench`: mirai-sync-server next to the reference JavaScript sync server
//! (`@automerge/automerge-repo-sync-server`, pinned in `benches/sync`), same machine, same run,
//! same client code: documents synced per second, sync latency, and memory with idle
//! connections. Prints a Markdown section for BENCHMARKS.md. A benchmark, not a test: nothing
//! is asserted.
//!
//! ```text
//! (cd benches/sync && npm ci)
//! export CARGO_TARGET_DIR=…   # optional
//! cargo build --profile server -p mirai-sync-server -p mirai-sync-bench
//! $CARGO_TARGET_DIR/server/mirai-sync-bench --out /tmp/sync-bench.md
//! ```

mod client;
mod servers;
mod workloads;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use anyhow::Context;
use clap::Parser;

use crate::servers::{Kind, Memory, Paths, Server};
use crate::workloads::{Dials, IdleSample, Latency, Throughput};

/// Benchmarks mirai-sync-server against the reference automerge-repo sync server.
#[derive(Parser, Debug)]
#[command(version, about)]
struct Cli {
    /// Workloads to run, comma-separated: throughput, latency, idle.
    #[arg(long, value_delimiter = ',', default_value = "throughput,latency,idle")]
    workloads: Vec<String>,
    /// Servers to run, comma-separated: ours, reference.
    #[arg(long, value_delimiter = ',', default_value = "ours,reference")]
    servers: Vec<String>,
    /// Throughput runs, comma-separated, each CLIENTSxDOCUMENTS: that many clients, each on its
    /// own connection, each creating and pushing that many documents at once.
    #[arg(long, value_delimiter = ',', value_parser = parse_size, default_value = "8x50,8x250,2x500")]
    throughput: Vec<Size>,
    /// Throughput: give up waiting for acknowledgements after this many seconds.
    #[arg(long, default_value_t = 90)]
    throughput_limit: u64,
    /// Latency: writer/reader pairs, each on its own document.
    #[arg(long, default_value_t = 4)]
    pairs: usize,
    /// Latency: changes in all, split over the pairs.
    #[arg(long, default_value_t = 500)]
    changes: usize,
    /// Latency: pause (ms) after a change is seen before the pair's next write, for the paced
    /// run; a back-to-back run (no pause) follows it unless --no-back-to-back.
    #[arg(long, default_value_t = 150)]
    interval_ms: u64,
    /// Latency: skip the back-to-back run.
    #[arg(long)]
    no_back_to_back: bool,
    /// Idle: connection counts to reach in turn, comma-separated.
    #[arg(long, value_delimiter = ',', default_value = "1000,10000")]
    idle: Vec<usize>,
    /// Idle: seconds to wait before reading memory (the reference server pings every 5 s).
    #[arg(long, default_value_t = 8)]
    settle_secs: u64,
    /// Idle: connections opened at once.
    #[arg(long, default_value_t = 64)]
    concurrency: usize,
    /// The mirai-sync-server binary (default: next to this one).
    #[arg(long)]
    server_bin: Option<PathBuf>,
    /// Its RUST_LOG (the binary's default is info).
    #[arg(long, default_value = "info")]
    server_log: String,
    /// The reference server's package folder, with node_modules (default: benches/sync).
    #[arg(long)]
    reference_dir: Option<PathBuf>,
    /// The node binary.
    #[arg(long, default_value = "node")]
    node: PathBuf,
    /// Copy each server's stdout and stderr into files in this folder (set DEBUG=* for the
    /// reference server's own debug output).
    #[arg(long)]
    logs: Option<PathBuf>,
    /// Also write the Markdown to this file.
    #[arg(long)]
    out: Option<PathBuf>,
}

/// A throughput run's size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Size {
    clients: usize,
    docs: usize,
}

fn parse_size(text: &str) -> Result<Size, String> {
    let (clients, docs) = text.split_once('x').ok_or_else(|| format!("{text:?} is not CLIENTSxDOCUMENTS"))?;
    let number = |part: &str| part.trim().parse::<usize>().map_err(|error| format!("{text:?}: {error}"));
    Ok(Size { clients: number(clients)?, docs: number(docs)? })
}

/// Everything measured for one server.
#[derive(Default)]
struct Results {
    throughput: Vec<(Size, Throughput)>,
    paced: Option<Latency>,
    back_to_back: Option<Latency>,
    idle: Option<(Memory, Vec<IdleSample>)>,
    notes: Vec<String>,
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap_or_else(|_| PathBuf::from("."))
}

fn command_line(program: &str, args: &[&str], dir: &Path) -> Option<String> {
    let output = Command::new(program).args(args).current_dir(dir).output().ok()?;
    output.status.success().then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

/// Raises the soft open-file limit to the hard one; children (the servers) inherit it.
fn raise_fd_limit() -> String {
    use nix::sys::resource::{Resource, getrlimit, setrlimit};
    match getrlimit(Resource::RLIMIT_NOFILE) {
        Ok((soft, hard)) => {
            if soft < hard && setrlimit(Resource::RLIMIT_NOFILE, hard, hard).is_err() {
                return format!("open files: {soft} (could not raise to {hard})");
            }
            format!("open files: {hard} per process (bench and each server)")
        }
        Err(error) => format!("open files: unknown ({error})"),
    }
}

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

fn machine() -> String {
    let cpus = std::thread::available_parallelism().map_or(0, std::num::NonZero::get);
    let cpuinfo = read("/proc/cpuinfo");
    let model = cpuinfo
        .lines()
        .find(|line| line.starts_with("model name"))
        .and_then(|line| line.split_once(':'))
        .map_or("unknown CPU", |(_, model)| model.trim())
        .to_owned();
    let memory_kib: u64 = read("/proc/meminfo")
        .lines()
        .find(|line| line.starts_with("MemTotal:"))
        .and_then(|line| line.split_whitespace().nth(1)?.parse().ok())
        .unwrap_or(0);
    let kernel = read("/proc/sys/kernel/osrelease").trim().to_owned();
    let debian = read("/etc/debian_version").trim().to_owned();
    let rustc = command_line("rustc", &["--version"], Path::new(".")).unwrap_or_else(|| "rustc ?".into());
    format!(
        "{cpus} vCPU {model}, {:.0} GiB, Debian {debian}, Linux {kernel}, {rustc}",
        memory_kib as f64 / 1024.0 / 1024.0
    )
}

fn loadavg() -> String {
    read("/proc/loadavg").split_whitespace().take(3).collect::<Vec<_>>().join(" ")
}

fn package_version(dir: &Path, package: &str) -> String {
    let path = dir.join("node_modules").join(package).join("package.json");
    std::fs::read_to_string(path)
        .ok()
        .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
        .and_then(|value| value["version"].as_str().map(str::to_owned))
        .unwrap_or_else(|| "?".into())
}

/// The nearest-rank percentile `p` (0–100) of `samples`, sorted here.
fn percentile(samples: &mut [Duration], p: f64) -> Option<Duration> {
    if samples.is_empty() {
        return None;
    }
    samples.sort_unstable();
    let rank = ((p / 100.0) * samples.len() as f64).ceil().max(1.0) as usize;
    samples.get(rank.min(samples.len()) - 1).copied()
}

fn ms(duration: Option<Duration>) -> String {
    match duration {
        None => "–".into(),
        Some(duration) => {
            let ms = duration.as_secs_f64() * 1000.0;
            if ms < 10.0 { format!("{ms:.2} ms") } else { format!("{ms:.1} ms") }
        }
    }
}

fn mib(kib: u64) -> String {
    format!("{:.1} MiB", kib as f64 / 1024.0)
}

fn ratio(ours: Option<f64>, reference: Option<f64>) -> String {
    match (ours, reference) {
        (Some(ours), Some(reference)) if reference > 0.0 => format!("{:.2}×", ours / reference),
        _ => "–".into(),
    }
}

fn dials_note(name: &str, what: &str, dials: &Dials) -> Option<String> {
    let clean =
        dials.failed == 0 && dials.endings.keys().all(|how| how == "Shutdown" || how == "Closed(\"engine stopped\")");
    if clean {
        return None;
    }
    Some(format!(
        "{name}, {what}: clients opened {} connections, {} dials failed; connections ended: {:?}",
        dials.opened, dials.failed, dials.endings
    ))
}

/// Adds what a finished server printed and how it exited to `results`' notes.
/// Starts `kind`'s server and waits until it completes a handshake; `None` (with a note, and the
/// server stopped) if it does not.
async fn started(
    kind: Kind,
    paths: &Paths,
    http: &reqwest::Client,
    seed: u64,
    results: &mut Results,
) -> Option<Server> {
    let name = kind.name();
    let server = match Server::start(kind, paths) {
        Ok(server) => server,
        Err(error) => {
            results.notes.push(format!("{name}: cannot start: {error:#}"));
            return None;
        }
    };
    if let Err(error) = workloads::ready(&server, http, seed).await {
        results.notes.push(format!("{name}: not ready: {error:#}"));
        finish(kind, server, results, "start");
        return None;
    }
    Some(server)
}

fn finish(kind: Kind, server: Server, results: &mut Results, what: &str) {
    let name = kind.name();
    let (ended, tally) = server.stop();
    if kind == Kind::Ours {
        results.notes.push(format!("{name}, {what}: log lines {:?}; sessions {:?}", tally.levels, tally.endings));
        for problem in tally.problems.iter().take(4) {
            results.notes.push(format!("{name}, {what}: {problem}"));
        }
    } else if !tally.problems.is_empty() {
        results.notes.push(format!("{name}, {what}: stderr {:?}", tally.problems));
    }
    if !ended.contains("exit status: 0") && !ended.contains("signal: 15") {
        results.notes.push(format!("{name}, {what}: server exit: {ended}"));
    }
}

async fn run_throughput(
    kind: Kind,
    cli: &Cli,
    paths: &Paths,
    http: &reqwest::Client,
    seed: u64,
    size: Size,
    results: &mut Results,
) {
    let Size { clients, docs } = size;
    let name = kind.name();
    eprintln!("{name}: throughput, {clients} clients x {docs} documents");
    let Some(server) = started(kind, paths, http, seed, results).await else { return };
    let before = server.metrics(http).await;
    let what = format!("throughput {clients}×{docs}");
    match workloads::throughput(&server, http, seed, clients, docs, Duration::from_secs(cli.throughput_limit)).await {
        Ok(result) => {
            if let Some(note) = dials_note(name, &what, &result.dials) {
                results.notes.push(note);
            }
            if result.create_errors > 0 {
                results.notes.push(format!("{name}, {what}: {} creates failed", result.create_errors));
            }
            results.throughput.push((size, result));
        }
        Err(error) => results.notes.push(format!("{name}, {what} failed: {error:#}")),
    }
    if let (Some(before), Some(after)) = (before, server.metrics(http).await) {
        let delta: Vec<String> = after
            .iter()
            .filter(|(metric, _)| metric.ends_with("_total"))
            .map(|(metric, value)| {
                let change = value.saturating_sub(before.get(metric).copied().unwrap_or(0));
                format!("{}={change}", metric.trim_start_matches("mirai_sync_"))
            })
            .collect();
        results.notes.push(format!("{name}, {what}: server counters {}", delta.join(", ")));
    }
    finish(kind, server, results, &what);
}

async fn run_latency(
    kind: Kind,
    cli: &Cli,
    paths: &Paths,
    http: &reqwest::Client,
    seed: u64,
    back_to_back: bool,
    results: &mut Results,
) {
    let name = kind.name();
    let (interval, label) =
        if back_to_back { (Duration::ZERO, "back-to-back") } else { (Duration::from_millis(cli.interval_ms), "paced") };
    eprintln!("{name}: latency ({label}), {} pairs, {} changes", cli.pairs, cli.changes);
    let Some(server) = started(kind, paths, http, seed, results).await else { return };
    match workloads::latency(&server, http, seed, cli.pairs, cli.changes, interval).await {
        Ok(result) => {
            if let Some(note) = dials_note(name, label, &result.dials) {
                results.notes.push(note);
            }
            if result.missed > 0 {
                results.notes.push(format!("{name}, latency {label}: {} changes not seen within 10 s", result.missed));
            }
            if back_to_back {
                results.back_to_back = Some(result);
            } else {
                results.paced = Some(result);
            }
        }
        Err(error) => results.notes.push(format!("{name}, latency {label} failed: {error:#}")),
    }
    finish(kind, server, results, &format!("latency {label}"));
}

async fn run_idle(kind: Kind, cli: &Cli, paths: &Paths, http: &reqwest::Client, seed: u64, results: &mut Results) {
    let name = kind.name();
    eprintln!("{name}: idle connections {:?}", cli.idle);
    let Some(server) = started(kind, paths, http, seed, results).await else { return };
    match workloads::idle(&server, http, seed, &cli.idle, Duration::from_secs(cli.settle_secs), cli.concurrency).await {
        Ok((start, samples, released)) => {
            if kind == Kind::Ours {
                let took = released.map_or("not within 60 s".to_owned(), |d| format!("{:.1} s", d.as_secs_f64()));
                results
                    .notes
                    .push(format!("{name}, idle: after the clients closed, the engine held no connection: {took}"));
            }
            let result = (start, samples);
            for sample in &result.1 {
                if sample.failed > 0 || sample.dropped > 0 || sample.alive < sample.wanted {
                    results.notes.push(format!(
                        "{name}, idle {}: {} alive, {} failed, {} dropped; first error: {}",
                        sample.wanted,
                        sample.alive,
                        sample.failed,
                        sample.dropped,
                        sample.first_error.as_deref().unwrap_or("none")
                    ));
                }
                if let Some(count) = sample.server_connections {
                    results.notes.push(format!("{name}, idle {}: the engine holds {count} connections", sample.wanted));
                }
            }
            results.idle = Some(result);
        }
        Err(error) => results.notes.push(format!("{name}, idle failed: {error:#}")),
    }
    finish(kind, server, results, "idle");
}

/// Runs each workload on each server in turn, alternating servers, each on a fresh process.
async fn run_all(cli: &Cli, paths: &Paths, http: &reqwest::Client, seed: u64) -> anyhow::Result<(Results, Results)> {
    let mut kinds = Vec::new();
    for server in &cli.servers {
        kinds.push(match server.as_str() {
            "ours" => Kind::Ours,
            "reference" => Kind::Reference,
            other => anyhow::bail!("unknown server {other:?}: ours or reference"),
        });
    }
    let (mut ours, mut reference) = (Results::default(), Results::default());
    let wants = |workload: &str| cli.workloads.iter().any(|w| w == workload);
    if wants("throughput") {
        for &size in &cli.throughput {
            for kind in &kinds {
                let results = if *kind == Kind::Ours { &mut ours } else { &mut reference };
                run_throughput(*kind, cli, paths, http, seed, size, results).await;
            }
        }
    }
    if wants("latency") {
        for back_to_back in [false, true] {
            if back_to_back && cli.no_back_to_back {
                continue;
            }
            for kind in &kinds {
                let results = if *kind == Kind::Ours { &mut ours } else { &mut reference };
                run_latency(*kind, cli, paths, http, seed, back_to_back, results).await;
            }
        }
    }
    if wants("idle") {
        for kind in &kinds {
            let results = if *kind == Kind::Ours { &mut ours } else { &mut reference };
            run_idle(*kind, cli, paths, http, seed, results).await;
        }
    }
    Ok((ours, reference))
}

fn docs_per_second(result: &Throughput) -> Option<f64> {
    (result.acknowledged > 0).then(|| result.acknowledged as f64 / result.wall.as_secs_f64())
}

fn throughput_of(results: &mut Results, size: Size) -> Option<&mut Throughput> {
    results.throughput.iter_mut().find(|(s, _)| *s == size).map(|(_, t)| t)
}

fn or_dash(value: Option<String>) -> String {
    value.unwrap_or_else(|| "–".into())
}

fn report(
    cli: &Cli,
    ours: &mut Results,
    reference: &mut Results,
    header: &str,
    command: &str,
    load: (String, String),
    fd: &str,
) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{header}\n");
    let _ = writeln!(out, "Command: `{command}`\n");
    let _ = writeln!(out, "Load average before / after the run: {} / {}; {fd}.\n", load.0, load.1);
    let _ = writeln!(out, "| measure | {} | {} | ours / reference |", Kind::Ours.name(), Kind::Reference.name());
    let _ = writeln!(out, "|---|---|---|---|");
    let row = |out: &mut String, measure: &str, a: Option<String>, b: Option<String>, r: String| {
        let _ = writeln!(out, "| {measure} | {} | {} | {r} |", or_dash(a), or_dash(b));
    };
    for &size in &cli.throughput {
        let wanted = size.clients * size.docs;
        let show_rate = |t: &Throughput| {
            let rate = docs_per_second(t).map_or("–".into(), |rate| format!("**{rate:.0}**"));
            if t.acknowledged < wanted {
                format!(
                    "{rate} ({} of {wanted} acknowledged in {:.1} s; {} created)",
                    t.acknowledged,
                    t.wall.as_secs_f64(),
                    t.created
                )
            } else {
                format!("{rate} ({:.2} s)", t.wall.as_secs_f64())
            }
        };
        let (mut a, mut b) = (throughput_of(ours, size), throughput_of(reference, size));
        if a.is_none() && b.is_none() {
            continue;
        }
        let size = format!("{} clients × {} documents", size.clients, size.docs);
        let r = ratio(a.as_deref().and_then(docs_per_second), b.as_deref().and_then(docs_per_second));
        row(
            &mut out,
            &format!("documents synced per second, {size}"),
            a.as_deref().map(show_rate),
            b.as_deref().map(show_rate),
            r,
        );
        let acks = |t: &mut Throughput| {
            format!("{} / {}", ms(percentile(&mut t.ack_latency, 50.0)), ms(percentile(&mut t.ack_latency, 99.0)))
        };
        row(
            &mut out,
            &format!("create → acknowledged p50 / p99, {size}"),
            a.as_deref_mut().map(acks),
            b.as_deref_mut().map(acks),
            String::new(),
        );
        let (a, b) = (a.as_deref(), b.as_deref());
        row(
            &mut out,
            &format!("server CPU time, {size}"),
            a.map(|t| format!("{:.1} s", t.server_cpu)),
            b.map(|t| format!("{:.1} s", t.server_cpu)),
            ratio(a.map(|t| t.server_cpu), b.map(|t| t.server_cpu)),
        );
        row(
            &mut out,
            &format!("load generator CPU time (same client code), {size}"),
            a.map(|t| format!("{:.1} s", t.client_cpu)),
            b.map(|t| format!("{:.1} s", t.client_cpu)),
            String::new(),
        );
        row(
            &mut out,
            &format!("server RSS after the run, {size}"),
            a.map(|t| mib(t.memory_after.rss_kib)),
            b.map(|t| mib(t.memory_after.rss_kib)),
            ratio(a.map(|t| t.memory_after.rss_kib as f64), b.map(|t| t.memory_after.rss_kib as f64)),
        );
    }
    let latency_rows = |out: &mut String, label: &str, a: Option<&mut Latency>, b: Option<&mut Latency>| {
        if a.is_none() && b.is_none() {
            return;
        }
        let pick =
            |l: Option<&mut Latency>| l.map(|l| (percentile(&mut l.samples, 50.0), percentile(&mut l.samples, 99.0)));
        let (x, y) = (pick(a), pick(b));
        for (p, index) in [(50, 0), (99, 1)] {
            let get = |v: Option<(Option<Duration>, Option<Duration>)>| {
                v.and_then(|(p50, p99)| if index == 0 { p50 } else { p99 })
            };
            let (xa, yb) = (get(x), get(y));
            row(
                out,
                &format!("sync latency p{p}, {label}"),
                x.map(|_| format!("**{}**", ms(xa))),
                y.map(|_| format!("**{}**", ms(yb))),
                ratio(xa.map(|d| d.as_secs_f64()), yb.map(|d| d.as_secs_f64())),
            );
        }
    };
    let paced = format!("paced ({} pairs, {} changes, {} ms between)", cli.pairs, cli.changes, cli.interval_ms);
    latency_rows(&mut out, &paced, ours.paced.as_mut(), reference.paced.as_mut());
    let back = format!("back-to-back ({} pairs, {} changes)", cli.pairs, cli.changes);
    latency_rows(&mut out, &back, ours.back_to_back.as_mut(), reference.back_to_back.as_mut());
    if ours.idle.is_some() || reference.idle.is_some() {
        let (a, b) = (ours.idle.as_ref(), reference.idle.as_ref());
        let start = |i: Option<&(Memory, Vec<IdleSample>)>| i.map(|(m, _)| m.rss_kib);
        row(
            &mut out,
            "RSS at start (no connection)",
            start(a).map(mib),
            start(b).map(mib),
            ratio(start(a).map(|k| k as f64), start(b).map(|k| k as f64)),
        );
        let show = |s: &IdleSample| {
            let alive = if s.alive == s.wanted { String::new() } else { format!(", only {} alive", s.alive) };
            format!(
                "**{}** (peak {}{alive}; opened in {:.1} s)",
                mib(s.memory.rss_kib),
                mib(s.memory.hwm_kib),
                s.open_seconds
            )
        };
        for (index, wanted) in cli.idle.iter().enumerate() {
            let x = a.and_then(|(_, samples)| samples.get(index));
            let y = b.and_then(|(_, samples)| samples.get(index));
            row(
                &mut out,
                &format!("RSS with {wanted} idle connections"),
                x.map(show),
                y.map(show),
                ratio(x.map(|s| s.memory.rss_kib as f64), y.map(|s| s.memory.rss_kib as f64)),
            );
        }
    }
    let notes: Vec<&String> = ours.notes.iter().chain(&reference.notes).collect();
    if !notes.is_empty() {
        let _ = writeln!(out, "\nRun notes (from the bench, the servers' logs and our server's /metrics):\n");
        for note in notes {
            let _ = writeln!(out, "- {note}");
        }
    }
    out
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    if let Ok(filter) = std::env::var("MIRAI_BENCH_LOG") {
        tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::new(filter))
            .with_writer(std::io::stderr)
            .init();
    }
    let fd = raise_fd_limit();
    let root = workspace_root();
    let server_bin = match &cli.server_bin {
        Some(path) => path.clone(),
        None => std::env::current_exe()?.parent().context("no folder for this binary")?.join("mirai-sync-server"),
    };
    anyhow::ensure!(
        server_bin.is_file(),
        "{} is missing: cargo build --profile server -p mirai-sync-server",
        server_bin.display()
    );
    let reference_dir = cli.reference_dir.clone().unwrap_or_else(|| root.join("benches/sync"));
    let paths = Paths {
        server_bin,
        server_log: cli.server_log.clone(),
        reference_dir,
        node: cli.node.clone(),
        logs: cli.logs.clone(),
    };
    let http = mirai_sync::client::http_client()?;
    let seed = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(7, |d| d.as_secs());

    let date = command_line("date", &["-u", "+%Y-%m-%d %H:%M UTC"], &root).unwrap_or_default();
    let commit = command_line("git", &["rev-parse", "--short", "HEAD"], &root).unwrap_or_else(|| "?".into());
    let dirty = command_line("git", &["status", "--porcelain"], &root).is_some_and(|status| !status.is_empty());
    let node = command_line(&cli.node.to_string_lossy(), &["--version"], &root).unwrap_or_else(|| "?".into());
    let ours_version = command_line(&paths.server_bin.to_string_lossy(), &["--version"], &root).unwrap_or_default();
    let versions = format!(
        "{ours_version} (samod-core 0.16.0, automerge 0.12.0); Node {node}, @automerge/automerge-repo-sync-server {}, automerge-repo {}, automerge {}, ws {}",
        package_version(&paths.reference_dir, "@automerge/automerge-repo-sync-server"),
        package_version(&paths.reference_dir, "@automerge/automerge-repo"),
        package_version(&paths.reference_dir, "@automerge/automerge"),
        package_version(&paths.reference_dir, "ws"),
    );
    let load_before = loadavg();
    let (mut ours, mut reference) = run_all(&cli, &paths, &http, seed).await?;
    let load_after = loadavg();
    let header = format!(
        "## {date} · commit {commit}{} · {}\n\n### Sync server vs the reference JavaScript server, same machine, same run\n\nVersions: {versions}.",
        if dirty { " + uncommitted changes" } else { "" },
        machine(),
    );
    let args: Vec<String> = std::env::args().skip(1).collect();
    let command = format!("mirai-sync-bench {}", args.join(" ")).trim_end().to_owned();
    let text = report(&cli, &mut ours, &mut reference, &header, &command, (load_before, load_after), &fd);
    println!("{text}");
    if let Some(out) = &cli.out {
        std::fs::write(out, &text).with_context(|| format!("cannot write {}", out.display()))?;
    }
    Ok(())
}
