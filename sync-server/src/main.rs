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
use mirai_sync::engine::{self, EngineHandle, Role};
use mirai_sync::gate::AccessGate;
use mirai_sync::pg_store::{self, PgStore};
use mirai_sync::store::SqliteStore;
use mirai_sync_server::{AppState, MemorySecrets, PostgresStorage, Secrets, SqliteStorage, Storage, StorageError};
use tokio::net::TcpListener;
use tracing_subscriber::EnvFilter;

mod arena;
mod config;

/// Mirai's sync server.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    /// Directory for the server's database; created if missing. Required unless `--postgres`
    /// is given.
    #[arg(
        long,
        env = "MIRAI_SYNC_DATA",
        value_name = "DIR",
        required_unless_present = "postgres",
        conflicts_with = "postgres"
    )]
    data: Option<PathBuf>,
    /// PostgreSQL instead of `--data`, for several servers behind a load balancer: documents,
    /// the access table and the server's identity live in this database, and each server hears
    /// what the others write (LISTEN/NOTIFY). A connection string, `postgresql://user@host/db`
    /// or `host=/run/postgresql dbname=mirai`; no TLS, so keep the database on a private
    /// network or a local socket.
    #[arg(long, env = "MIRAI_SYNC_POSTGRES", value_name = "URL")]
    postgres: Option<String>,
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
    /// Makes a device the admin of an organisation, as `ORG:DEVICE` (the device's public key in
    /// hex); checked at every start, so an organisation always has its first admin. Repeat the
    /// flag, or separate entries with commas in the variable.
    #[arg(long = "org-admin", env = "MIRAI_SYNC_ORG_ADMINS", value_delimiter = ',', value_name = "ORG:DEVICE")]
    org_admins: Vec<String>,
    /// Devices refused whatever else the access table says (public keys in hex): a lost phone,
    /// an abusive client.
    #[arg(long = "deny", env = "MIRAI_SYNC_DENY", value_delimiter = ',', value_name = "DEVICE")]
    deny: Vec<String>,
    /// The most a document may take in storage, in MiB; changes to a document past it are
    /// refused (its peers see its sync stall), everything else keeps syncing.
    #[arg(long = "max-document-mib", env = "MIRAI_SYNC_MAX_DOCUMENT_MIB", value_name = "MIB", default_value_t = 32)]
    max_document_mib: usize,
    /// A file of `MIRAI_SYNC_*=value` lines read before the flags: a flag wins over the
    /// environment, which wins over the file.
    #[arg(long, env = "MIRAI_SYNC_CONFIG", value_name = "FILE")]
    config: Option<PathBuf>,
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
    // Names documents and peers in its info-level spans and events; our own
    // logs count connections and refusals without naming what was synced.
    "samod_core=warn",
];

fn main() -> ExitCode {
    arena::one_arena();
    match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(runtime) => runtime.block_on(serve_from_command_line()),
        Err(err) => {
            eprintln!("error: cannot start the async runtime: {err}");
            ExitCode::FAILURE
        }
    }
}

async fn serve_from_command_line() -> ExitCode {
    let command = <Cli as clap::CommandFactory>::command();
    let cli = match config::args(&command) {
        Ok(args) => Cli::parse_from(args),
        Err(err) => {
            eprintln!("error: {err:#}");
            return ExitCode::FAILURE;
        }
    };
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
    let Backend { storage, secrets, engine: sync_engine, thread: sync_thread, listener: pg_listener } =
        match (&cli.postgres, &cli.data) {
            (Some(url), _) => open_postgres(url.clone(), document_cap(&cli)?).await?,
            (None, Some(data)) => open_sqlite(data.clone(), document_cap(&cli)?).await?,
            (None, None) => anyhow::bail!("either --data or --postgres is required"),
        };
    for entry in &cli.org_admins {
        let (org, device) = config::org_admin(entry)?;
        let org_name = org.clone();
        let made = sync_engine
            .update_policy::<AccessGate, _>(move |gate, store| {
                if gate.is_admin_of(&device, &org) {
                    return Ok(false);
                }
                gate.join(store, &device, &org, mirai_access::Role::OrgAdmin).map(|_| true)
            })
            .await;
        match made {
            Ok(Some(Ok(made))) => tracing::info!(org = %org_name, made, "organisation admin checked"),
            _ => anyhow::bail!("cannot make the admin of {org_name}"),
        }
    }
    for entry in &cli.deny {
        let device = config::device(entry)?;
        let denied = sync_engine.update_policy::<AccessGate, _>(move |gate, store| gate.deny(store, &device)).await;
        anyhow::ensure!(matches!(denied, Ok(Some(Ok(())))), "cannot deny a device");
    }
    let mut state = AppState::new(storage).with_sync(sync_engine.clone(), secrets);
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
    let data_dir = cli.data.as_deref().map(|dir| dir.display().to_string());
    tracing::info!(%addr, data_dir = data_dir.as_deref(), postgres = cli.postgres.is_some(), "listening");

    let served = mirai_sync_server::serve(listener, state.clone(), shutdown).await.context("server failed");
    // No more reloads from other servers (PostgreSQL only), then the engine stops.
    if let Some(pg_listener) = pg_listener {
        let _ = tokio::task::spawn_blocking(move || pg_listener.stop()).await;
    }
    // Sessions are gone; the engine commits its last batch before its thread ends.
    sync_engine.stop().await;
    let joined = tokio::task::spawn_blocking(move || sync_thread.join()).await;
    if !matches!(joined, Ok(Ok(()))) {
        tracing::error!("the sync engine's thread did not end cleanly");
    }
    // Close storage even when serving failed, so the WAL is checkpointed.
    let closed = state.storage().close().await.context("cannot close storage");
    served?;
    closed?;
    tracing::info!("shutdown complete");
    Ok(())
}

/// The storage the flags chose, with the sync engine running on it.
struct Backend {
    storage: Arc<dyn Storage>,
    /// Nonces and codes: in memory for one server, in the database servers share otherwise.
    secrets: Arc<dyn Secrets>,
    engine: EngineHandle,
    thread: std::thread::JoinHandle<()>,
    /// With `--postgres`: hears the other servers' writes; stopped before the engine.
    listener: Option<pg_store::Listener>,
}

/// `--max-document-mib` in bytes.
fn document_cap(cli: &Cli) -> anyhow::Result<usize> {
    cli.max_document_mib
        .checked_mul(1024 * 1024)
        .filter(|bytes| *bytes > 0)
        .context("--max-document-mib must be at least 1 and fit in memory")
}

/// SQLite in `data` (the default): the server's metadata and, through the engine's own
/// connection, documents and the access table, in one file.
/// Nonces and codes stay in memory: devices reach only this server.
async fn open_sqlite(data: PathBuf, document_cap: usize) -> anyhow::Result<Backend> {
    let data_dir = data.clone();
    let storage =
        tokio::task::spawn_blocking(move || SqliteStorage::open(&data_dir)).await?.context("cannot open storage")?;
    tracing::info!(
        data_dir = %data.display(),
        server_id = %storage.meta().server_id,
        "storage ready"
    );
    // The sync engine keeps documents and the access table in the same file, through its own
    // connection, on its own thread.
    let sync_file = data.join("sync.sqlite3");
    let server_peer = samod_core::PeerId::from(format!("mirai-sync-server-{}", storage.meta().server_id));
    let (sync_engine, sync_thread) = tokio::task::spawn_blocking(move || {
        let mut store = SqliteStore::open(&sync_file)?;
        let gate = AccessGate::load(server_peer.clone(), &mut store)
            .map_err(|error| anyhow::anyhow!("cannot read the access table: {error}"))?;
        engine::start_with_cap(server_peer, store, gate, Role::Listen, document_cap).map_err(anyhow::Error::from)
    })
    .await?
    .context("cannot start the sync engine")?;
    Ok(Backend {
        storage: Arc::new(storage),
        secrets: Arc::new(MemorySecrets::default()),
        engine: sync_engine,
        thread: sync_thread,
        listener: None,
    })
}

/// PostgreSQL at `url` (`--postgres`): the server's identity, documents and the access table
/// in one database other servers share, with the nonces and codes they all must know, and a
/// listener for what they write.
async fn open_postgres(url: String, document_cap: usize) -> anyhow::Result<Backend> {
    let meta_url = url.clone();
    let storage = tokio::task::spawn_blocking(move || PostgresStorage::connect(&meta_url))
        .await?
        .context("cannot open storage")?;
    tracing::info!(storage = "postgresql", server_id = %storage.meta().server_id, "storage ready");
    // Every server on the database speaks as the same peer: to devices they are one server.
    let server_peer = samod_core::PeerId::from(format!("mirai-sync-server-{}", storage.meta().server_id));
    let (engine, thread, listener) = tokio::task::spawn_blocking(move || {
        let mut store = PgStore::open(&url)?;
        let instance = store.instance();
        let gate = AccessGate::load(server_peer.clone(), &mut store)
            .map_err(|error| anyhow::anyhow!("cannot read the access table: {error}"))?;
        let (engine, thread) = engine::start_with_cap(server_peer, store, gate, Role::Listen, document_cap)?;
        // Listening before the server serves: a change another server commits from now on
        // reaches this one's devices.
        let listener = pg_store::listen(&url, engine.clone(), instance)?;
        anyhow::Ok((engine, thread, listener))
    })
    .await?
    .context("cannot start the sync engine")?;
    let storage = Arc::new(storage);
    Ok(Backend { storage: storage.clone(), secrets: storage, engine, thread, listener: Some(listener) })
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
