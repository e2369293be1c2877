//! The three workloads, each run the same way against either server:
//! - throughput: C clients each create D small documents and push them; the clock stops when
//!   the server has acknowledged every one (its sync heads, as the client last heard them, cover
//!   the client's heads);
//! - latency: pairs of clients on one document (on our server two devices of one account,
//!   paired by code); one writes a sequence number, the other polls its copy every millisecond
//!   until it sees it;
//! - idle: raw WebSocket connections that complete the automerge-repo join/peer handshake (on
//!   our server after proving a device key each) and then only answer pings; the server's
//!   memory is read once they have settled.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use automerge::transaction::Transactable;
use automerge::{Automerge, AutomergeError, ROOT, ReadDoc};
use futures_util::{SinkExt, StreamExt};
use mirai_sync::engine::EngineHandle;
use mirai_sync::frame;
use samod_core::DocumentId;
use tokio::sync::{mpsc, watch};
use tokio_tungstenite::tungstenite::Message;

use crate::client::{Client, DialLog, dial_url, key};
use crate::servers::{Memory, Server};

/// How often a throughput client asks its engine which documents the server has acknowledged.
const ACK_POLL: Duration = Duration::from_millis(25);
/// How long a client may take to connect, and a handshake to finish.
const CONNECT_LIMIT: Duration = Duration::from_secs(30);

/// A small document: a title, a body of about a hundred characters, a time and a number.
fn small_document(client: usize, index: usize) -> Automerge {
    let mut doc = Automerge::new();
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis());
    let _ = doc.transact::<_, _, AutomergeError>(|tx| {
        tx.put(ROOT, "title", format!("Note {index} from client {client}"))?;
        tx.put(ROOT, "body", "Checked the fire exits on floor 2; one was blocked by boxes. Told the supervisor.")?;
        tx.put(ROOT, "created", i64::try_from(now).unwrap_or(i64::MAX))?;
        tx.put(ROOT, "index", i64::try_from(index).unwrap_or(i64::MAX))?;
        Ok(())
    });
    doc
}

async fn acknowledged(engine: &EngineHandle, document: &DocumentId) -> bool {
    engine.acknowledged(document.clone()).await == Ok(true)
}

/// Summaries of the client side's connections.
#[derive(Debug, Clone, Default)]
pub struct Dials {
    /// Transports opened over the run (1 per client when nothing went wrong).
    pub opened: u64,
    /// Dials that failed.
    pub failed: u64,
    /// How connections ended, by reason.
    pub endings: BTreeMap<String, u64>,
}

fn dials(clients: &[Client]) -> Dials {
    let total = DialLog::default();
    for client in clients {
        total.add(&client.log);
    }
    Dials {
        opened: total.opened.load(Ordering::Relaxed),
        failed: total.failed.load(Ordering::Relaxed),
        endings: total.endings(),
    }
}

/// What the throughput workload measured.
#[derive(Debug, Clone)]
pub struct Throughput {
    /// Documents created.
    pub created: usize,
    /// Documents the server acknowledged before the time limit.
    pub acknowledged: usize,
    /// From the first create to the last acknowledgement (or the limit).
    pub wall: Duration,
    /// Create → acknowledged, per document.
    pub ack_latency: Vec<Duration>,
    /// Server CPU seconds during the workload.
    pub server_cpu: f64,
    /// This process's CPU seconds during the workload (the clients).
    pub client_cpu: f64,
    /// Server memory after the workload.
    pub memory_after: Memory,
    /// What happened to the clients' connections.
    pub dials: Dials,
    /// Errors from `create`.
    pub create_errors: usize,
}

async fn push_documents(
    engine: &EngineHandle,
    client: usize,
    docs: usize,
    deadline: Instant,
) -> (usize, Vec<Duration>, usize) {
    let (tx, mut rx) = mpsc::unbounded_channel::<(DocumentId, Instant)>();
    let create = async move {
        let (mut created, mut errors) = (0, 0);
        for index in 0..docs {
            match engine.create(small_document(client, index)).await {
                Ok(id) => {
                    created += 1;
                    let _ = tx.send((id, Instant::now()));
                }
                Err(_) => errors += 1,
            }
        }
        (created, errors)
    };
    let check = async move {
        let (mut pending, mut acks, mut open) = (Vec::new(), Vec::new(), true);
        loop {
            loop {
                match rx.try_recv() {
                    Ok(item) => pending.push(item),
                    Err(mpsc::error::TryRecvError::Empty) => break,
                    Err(mpsc::error::TryRecvError::Disconnected) => {
                        open = false;
                        break;
                    }
                }
            }
            let mut still = Vec::with_capacity(pending.len());
            for (id, created) in pending {
                if acknowledged(engine, &id).await {
                    acks.push(created.elapsed());
                } else {
                    still.push((id, created));
                }
            }
            pending = still;
            if (!open && pending.is_empty()) || Instant::now() > deadline {
                return acks;
            }
            // Each sweep asks the client's engine once per pending document; sweeping more often
            // would make the load generator take CPU from the server under test.
            tokio::time::sleep(ACK_POLL).await;
        }
    };
    let ((created, errors), acks) = tokio::join!(create, check);
    (created, acks, errors)
}

/// C clients × D documents, pushed at once; the clock stops at the last acknowledgement.
pub async fn throughput(
    server: &Server,
    http: &reqwest::Client,
    seed: u64,
    clients: usize,
    docs: usize,
    limit: Duration,
) -> anyhow::Result<Throughput> {
    let mut all = Vec::with_capacity(clients);
    for index in 0..clients {
        all.push(Client::start(&server.target, key(seed, index as u64), http).await?);
    }
    for client in &all {
        if !client.connected(CONNECT_LIMIT).await {
            bail!("a throughput client did not connect to {}", server.kind.name());
        }
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    let cpu_before = server.cpu_seconds()?;
    let client_before = crate::servers::cpu_seconds_of("self")?;
    let start = Instant::now();
    let deadline = start + limit;
    let runs = all.iter().enumerate().map(|(index, client)| push_documents(&client.engine, index, docs, deadline));
    let results = futures_util::future::join_all(runs).await;
    let wall = start.elapsed();
    let server_cpu = server.cpu_seconds()? - cpu_before;
    let client_cpu = crate::servers::cpu_seconds_of("self")? - client_before;
    let memory_after = server.memory()?;
    let (mut created, mut ack_latency, mut create_errors) = (0, Vec::new(), 0);
    for (made, acks, errors) in results {
        created += made;
        create_errors += errors;
        ack_latency.extend(acks);
    }
    let dials = dials(&all);
    for client in all {
        client.stop().await;
    }
    Ok(Throughput {
        created,
        acknowledged: ack_latency.len(),
        wall,
        ack_latency,
        server_cpu,
        client_cpu,
        memory_after,
        dials,
        create_errors,
    })
}

/// What the latency workload measured.
#[derive(Debug, Clone)]
pub struct Latency {
    /// Write on one client → seen on the other, per change seen.
    pub samples: Vec<Duration>,
    /// Changes not seen within 10 s.
    pub missed: usize,
    /// What happened to the clients' connections.
    pub dials: Dials,
}

fn put_seq(doc: &mut Automerge, seq: i64) -> bool {
    doc.transact::<_, _, AutomergeError>(|tx| tx.put(ROOT, "seq", seq)).is_ok()
}

fn read_seq(doc: &Automerge) -> i64 {
    doc.get(ROOT, "seq").ok().flatten().and_then(|(value, _)| value.as_i64()).unwrap_or(-1)
}

async fn until<F: Future<Output = bool>>(limit: Duration, step: Duration, mut check: impl FnMut() -> F) -> bool {
    let deadline = Instant::now() + limit;
    while Instant::now() < deadline {
        if check().await {
            return true;
        }
        tokio::time::sleep(step).await;
    }
    false
}

/// A writer and a reader on one document, both connected and both holding it.
async fn pair(
    server: &Server,
    http: &reqwest::Client,
    seed: u64,
    index: u64,
) -> anyhow::Result<(Client, Client, DocumentId)> {
    let target = &server.target;
    let writer = Client::start(target, key(seed, 10_000 + 2 * index), http).await?;
    if !writer.connected(CONNECT_LIMIT).await {
        bail!("a latency writer did not connect");
    }
    let mut initial = Automerge::new();
    put_seq(&mut initial, -1);
    let document = writer.engine.create(initial).await?;
    let engine = writer.engine.clone();
    let doc = document.clone();
    if !until(CONNECT_LIMIT, Duration::from_millis(20), || acknowledged(&engine, &doc)).await {
        bail!("the server never acknowledged a latency document");
    }
    let reader_key = key(seed, 10_000 + 2 * index + 1);
    if target.proves {
        let code =
            mirai_sync::client::pairing_code(http, &writer.key, &target.sync_url).await.context("pairing code")?;
        mirai_sync::client::redeem_pairing_code(http, &reader_key, &target.sync_url, &code).await.context("pairing")?;
    }
    let reader = Client::start(target, reader_key, http).await?;
    if !reader.connected(CONNECT_LIMIT).await {
        bail!("a latency reader did not connect");
    }
    let engine = reader.engine.clone();
    let doc = document.clone();
    if !until(CONNECT_LIMIT, Duration::from_millis(50), || {
        let (engine, doc) = (engine.clone(), doc.clone());
        async move { engine.open(doc).await == Ok(true) }
    })
    .await
    {
        bail!("the reader never found the writer's document");
    }
    Ok((writer, reader, document))
}

/// `pairs` writer/reader pairs, `changes` changes in all, `interval` between a change being
/// seen and the next write of the same pair.
pub async fn latency(
    server: &Server,
    http: &reqwest::Client,
    seed: u64,
    pairs: usize,
    changes: usize,
    interval: Duration,
) -> anyhow::Result<Latency> {
    let mut set = Vec::with_capacity(pairs);
    for index in 0..pairs {
        set.push(pair(server, http, seed, index as u64).await?);
    }
    let runs = set.iter().enumerate().map(|(index, (writer, reader, document))| {
        let count = changes / pairs + usize::from(index < changes % pairs);
        async move {
            let (mut samples, mut missed) = (Vec::with_capacity(count), 0);
            for seq in 0..count {
                let seq = i64::try_from(seq).unwrap_or(i64::MAX);
                let start = Instant::now();
                if writer.engine.change(document.clone(), move |doc| put_seq(doc, seq)).await != Ok(true) {
                    missed += 1;
                    continue;
                }
                loop {
                    if reader.engine.read(document.clone(), read_seq).await.is_ok_and(|seen| seen >= seq) {
                        samples.push(start.elapsed());
                        break;
                    }
                    if start.elapsed() > Duration::from_secs(10) {
                        missed += 1;
                        break;
                    }
                    tokio::time::sleep(Duration::from_millis(1)).await;
                }
                if !interval.is_zero() {
                    tokio::time::sleep(interval).await;
                }
            }
            (samples, missed)
        }
    });
    let results = futures_util::future::join_all(runs).await;
    let (mut samples, mut missed) = (Vec::new(), 0);
    for (some, lost) in results {
        samples.extend(some);
        missed += lost;
    }
    let mut clients = Vec::new();
    for (writer, reader, _) in set {
        clients.push(writer);
        clients.push(reader);
    }
    let dials = dials(&clients);
    for client in clients {
        client.stop().await;
    }
    Ok(Latency { samples, missed, dials })
}

/// One reading of the idle workload.
#[derive(Debug, Clone)]
pub struct IdleSample {
    /// Connections asked for.
    pub wanted: usize,
    /// Connections open and past the handshake when memory was read.
    pub alive: usize,
    /// Connections that failed to open or to finish the handshake, so far.
    pub failed: usize,
    /// Connections that had been open and were closed by the server or dropped, so far.
    pub dropped: usize,
    /// Seconds it took to open this step's connections.
    pub open_seconds: f64,
    /// The server's memory after settling.
    pub memory: Memory,
    /// Ours: the engine's connection count.
    pub server_connections: Option<u64>,
    /// The first reason a connection failed, if any.
    pub first_error: Option<String>,
}

/// The `join` frame a samod-core peer sends: its id, protocol "1", a storage id, not ephemeral.
fn join_frame(peer: &str, storage_id: &str) -> anyhow::Result<Vec<u8>> {
    let mut encoder = minicbor::Encoder::new(Vec::new());
    encoder.map(4)?;
    encoder.str("type")?.str("join")?;
    encoder.str("senderId")?.str(peer)?;
    encoder.str("supportedProtocolVersions")?.array(1)?.str("1")?;
    encoder.str("peerMetadata")?.map(2)?;
    encoder.str("storageId")?.str(storage_id)?;
    encoder.str("isEphemeral")?.bool(false)?;
    Ok(encoder.into_writer())
}

struct IdleShared {
    alive: AtomicUsize,
    dropped: AtomicUsize,
}

type Socket = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// Opens a raw connection as `device` (proving it when the server wants that), sends `join`
/// and waits for the server's `peer`, each step within `limit`.
async fn handshake(
    server: &Server,
    http: &reqwest::Client,
    device: &ed25519_dalek::SigningKey,
    storage_id: &str,
    limit: Duration,
) -> anyhow::Result<Socket> {
    let url = dial_url(http, server.target.proves.then_some(device), &server.target.sync_url).await?;
    let peer = hex::encode(device.verifying_key().to_bytes());
    // Small buffers on the load generator's side (tungstenite's default read buffer is 128 KiB,
    // zero-filled before each read), so 10,000 of these fit beside the servers.
    let config = tokio_tungstenite::tungstenite::protocol::WebSocketConfig::default()
        .read_buffer_size(4096)
        .write_buffer_size(0);
    let connect = tokio_tungstenite::connect_async_with_config(url.as_str(), Some(config), false);
    let (mut socket, _) = tokio::time::timeout(limit, connect).await.context("connect timed out")??;
    socket.send(Message::Binary(join_frame(&peer, storage_id)?.into())).await?;
    let answer = async {
        while let Some(message) = socket.next().await {
            if let Message::Binary(bytes) = message? {
                let decoded = frame::decode(&bytes)?;
                if decoded.kind == frame::Kind::Peer {
                    return Ok::<(), anyhow::Error>(());
                }
                bail!("expected peer, got {}", decoded.kind);
            }
        }
        Err(anyhow::anyhow!("closed before peer"))
    };
    tokio::time::timeout(limit, answer).await.context("no peer message in time")??;
    Ok(socket)
}

/// Waits until the server completes a join/peer handshake. The reference server prints
/// "Listening" before its WebSocket adapter is attached (that waits for its storage id), and
/// silently ignores what connections opened in between send until its keep-alive drops them.
pub async fn ready(server: &Server, http: &reqwest::Client, seed: u64) -> anyhow::Result<Duration> {
    let began = Instant::now();
    let device = key(seed, 999_999);
    for attempt in 0..60u32 {
        let storage_id = format!("{:08x}-0000-4000-8000-{:012x}", seed & 0xffff_ffff, 999_999 - u64::from(attempt));
        if let Ok(mut socket) = handshake(server, http, &device, &storage_id, Duration::from_millis(500)).await {
            let _ = socket.close(None).await;
            return Ok(began.elapsed());
        }
    }
    bail!("{} never completed a handshake", server.kind.name())
}

/// Opens one idle connection, waits for the server's `peer`, then holds it in a task that only
/// reads (which answers the reference server's pings) until `stop`.
async fn idle_connection(
    server: &Server,
    http: &reqwest::Client,
    seed: u64,
    index: usize,
    shared: Arc<IdleShared>,
    mut stop: watch::Receiver<bool>,
) -> anyhow::Result<()> {
    let device = key(seed, 1_000_000 + index as u64);
    let storage_id = format!("{:08x}-0000-4000-8000-{:012x}", seed & 0xffff_ffff, index);
    let mut socket = handshake(server, http, &device, &storage_id, CONNECT_LIMIT).await?;
    shared.alive.fetch_add(1, Ordering::Relaxed);
    tokio::spawn(async move {
        loop {
            tokio::select! {
                message = socket.next() => match message {
                    Some(Ok(Message::Close(_)) | Err(_)) | None => {
                        shared.dropped.fetch_add(1, Ordering::Relaxed);
                        break;
                    }
                    Some(Ok(_)) => {}
                },
                _ = stop.changed() => {
                    let _ = tokio::time::timeout(Duration::from_secs(5), socket.close(None)).await;
                    break;
                }
            }
        }
        shared.alive.fetch_sub(1, Ordering::Relaxed);
    });
    Ok(())
}

/// Opens connections up to each of `counts` in turn and reads the server's memory after
/// `settle` each time; also answers the memory before the first connection and, for our
/// server, how long after the clients closed the engine held no connection (`None`: not
/// within a minute).
pub async fn idle(
    server: &Server,
    http: &reqwest::Client,
    seed: u64,
    counts: &[usize],
    settle: Duration,
    concurrency: usize,
) -> anyhow::Result<(Memory, Vec<IdleSample>, Option<Duration>)> {
    tokio::time::sleep(settle).await;
    let start = server.memory()?;
    let shared = Arc::new(IdleShared { alive: AtomicUsize::new(0), dropped: AtomicUsize::new(0) });
    let (stop_tx, stop) = watch::channel(false);
    let (mut opened, mut failed, mut first_error) = (0usize, 0usize, None::<String>);
    let mut samples = Vec::new();
    for &wanted in counts {
        let began = Instant::now();
        let from = opened;
        let results: Vec<anyhow::Result<()>> = futures_util::stream::iter(from..wanted.max(from))
            .map(|index| idle_connection(server, http, seed, index, Arc::clone(&shared), stop.clone()))
            .buffer_unordered(concurrency.max(1))
            .collect()
            .await;
        let open_seconds = began.elapsed().as_secs_f64();
        opened = wanted.max(from);
        for result in results {
            if let Err(error) = result {
                failed += 1;
                first_error.get_or_insert_with(|| format!("{error:#}"));
            }
        }
        tokio::time::sleep(settle).await;
        let memory = server.memory()?;
        let server_connections = server.metrics(http).await.and_then(|m| m.get("mirai_sync_connections").copied());
        samples.push(IdleSample {
            wanted,
            alive: shared.alive.load(Ordering::Relaxed),
            failed,
            dropped: shared.dropped.load(Ordering::Relaxed),
            open_seconds,
            memory,
            server_connections,
            first_error: first_error.clone(),
        });
    }
    stop_tx.send_replace(true);
    let closing = Instant::now();
    let _ = until(Duration::from_secs(15), Duration::from_millis(100), || {
        let alive = shared.alive.load(Ordering::Relaxed);
        async move { alive == 0 }
    })
    .await;
    // Ours: how long until the engine has let go of every connection.
    let mut released = None;
    if server.target.proves {
        let gone = until(Duration::from_secs(60), Duration::from_millis(100), || async {
            server.metrics(http).await.and_then(|m| m.get("mirai_sync_connections").copied()) == Some(0)
        })
        .await;
        released = gone.then(|| closing.elapsed());
    }
    Ok((start, samples, released))
}
