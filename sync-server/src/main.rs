//! `mirai-sync-server`: the binary around the `mirai_sync_server` library.
//!
//! ```text
//! mirai-sync-server --data /var/lib/mirai-sync --listen 127.0.0.1:8787
//! {"timestamp":"…","level":"INFO","fields":{"message":"listening","addr":"127.0.0.1:8787",…},…}
//! ```
//!
//! This file only parses flags, sets up logging, installs signal handlers
//! and puts startup and shutdown in order; everything else is the library.
//! A fatal error is logged, printed to stderr, and exits with code 1.

use std::future::Future;
use std::io::IsTerminal;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use clap::{Parser, ValueEnum};
use mirai_sync_server::{AppState, SqliteStorage, StorageError};
use tokio::net::TcpListener;
use tracing_subscriber::EnvFilter;

/// Mirai's sync server.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    /// Directory for the server's database; created if missing.
    #[arg(long, env = "MIRAI_SYNC_DATA", value_name = "DIR")]
    data: PathBuf,
    /// Address to listen on. Port 0 picks a free port; the bound address is
    /// logged either way.
    #[arg(long, env = "MIRAI_SYNC_LISTEN", value_name = "ADDR", default_value = "127.0.0.1:8787")]
    listen: SocketAddr,
    /// Log line format. The level comes from `RUST_LOG` (default `info`).
    #[arg(long, env = "MIRAI_SYNC_LOG_FORMAT", value_enum, default_value_t = LogFormat::Json)]
    log_format: LogFormat,
    /// Directory of content packs and their signed index, served under
    /// `GET /packs/{file}` (files directly in it only). Without it that route
    /// answers 404.
    #[arg(long, env = "MIRAI_SYNC_PACKS", value_name = "DIR")]
    packs: Option<PathBuf>,
}

#[derive(Clone, Copy, ValueEnum)]
enum LogFormat {
    /// One JSON object per line, for log collectors.
    Json,
    /// Human-readable lines, for a terminal.
    Text,
}

/// Level caps for targets whose verbose events can carry what our logs must
/// never hold. Added after `RUST_LOG`, so they win over it.
const PRIVACY_CAPS: &[&str] = &[
    // Logs every accepted connection with the client's address at trace level.
    "axum::serve=debug",
    // Logs rejection texts at trace level; they can quote the request
    // (a path segment, a JSON error naming a value).
    "axum::rejection=debug",
];

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Err(err) = init_logging(cli.log_format) {
        eprintln!("error: {err:#}");
        return ExitCode::FAILURE;
    }
    match run(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            let kind =
                err.chain().find_map(|cause| cause.downcast_ref::<StorageError>()).map_or("server", StorageError::kind);
            tracing::error!(error.kind = kind, error = format!("{err:#}"), "fatal error");
            // The log may be going to a collector; whoever started the server
            // by hand still gets a plain sentence on stderr.
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    let data_dir = cli.data.clone();
    let storage =
        tokio::task::spawn_blocking(move || SqliteStorage::open(&data_dir)).await?.context("cannot open storage")?;
    tracing::info!(
        data_dir = %cli.data.display(),
        server_id = %storage.meta().server_id,
        "storage ready"
    );
    let mut state = AppState::new(Arc::new(storage));
    if let Some(packs) = &cli.packs {
        // Checked now so a typo fails at startup rather than as 404s later.
        let is_dir = std::fs::metadata(packs)
            .with_context(|| format!("cannot read packs directory {}", packs.display()))?
            .is_dir();
        anyhow::ensure!(is_dir, "packs directory {} is not a directory", packs.display());
        tracing::info!(packs_dir = %packs.display(), "serving packs");
        state = state.with_packs(packs.clone());
    }

    // Installed before binding, so a failure shows up before clients can connect.
    let shutdown = shutdown_signal()?;
    let listener = TcpListener::bind(cli.listen).await.with_context(|| format!("cannot listen on {}", cli.listen))?;
    let addr = listener.local_addr().context("cannot read the bound address")?;
    tracing::info!(%addr, data_dir = %cli.data.display(), "listening");

    let served = mirai_sync_server::serve(listener, state.clone(), shutdown).await.context("server failed");
    // Close storage even when serving failed, so the WAL is checkpointed.
    let closed = state.storage().close().await.context("cannot close storage");
    served?;
    closed?;
    tracing::info!("shutdown complete");
    Ok(())
}

fn init_logging(format: LogFormat) -> anyhow::Result<()> {
    let mut filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    for cap in PRIVACY_CAPS {
        filter = filter.add_directive(cap.parse().context("invalid built-in log directive")?);
    }
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stdout);
    // `set_global_default` rather than `.init()`: `init` would also forward
    // records from the `log` crate, and tungstenite logs whole frames, payload
    // included, at trace level. Not bridging `log` keeps payloads out even
    // with `RUST_LOG=trace`.
    let installed = match format {
        LogFormat::Json => tracing::subscriber::set_global_default(builder.json().finish()),
        LogFormat::Text => {
            tracing::subscriber::set_global_default(builder.with_ansi(std::io::stdout().is_terminal()).finish())
        }
    };
    installed.context("cannot install the logger")
}

/// Resolves on the first SIGTERM or SIGINT (Ctrl-C).
///
/// The handlers are installed when this is called, not when the future is
/// first polled, so a signal that arrives early is not lost.
#[cfg(unix)]
fn shutdown_signal() -> anyhow::Result<impl Future<Output = ()> + Send + 'static> {
    use tokio::signal::unix::{SignalKind, signal};

    let mut terminate = signal(SignalKind::terminate()).context("cannot install the sigterm handler")?;
    let mut interrupt = signal(SignalKind::interrupt()).context("cannot install the sigint handler")?;
    Ok(async move {
        let name = tokio::select! {
            _ = terminate.recv() => "sigterm",
            _ = interrupt.recv() => "sigint",
        };
        tracing::info!(signal = name, "shutdown started");
    })
}

/// Resolves on the first Ctrl-C; the server is deployed on Unix, this only
/// keeps `cargo build --workspace` working elsewhere.
#[cfg(not(unix))]
fn shutdown_signal() -> anyhow::Result<impl Future<Output = ()> + Send + 'static> {
    Ok(async {
        match tokio::signal::ctrl_c().await {
            Ok(()) => tracing::info!(signal = "ctrl_c", "shutdown started"),
            // Without a handler there is no shutdown signal: serve until killed.
            Err(_) => std::future::pending().await,
        }
    })
}
