//! What the download tests run against, all on 127.0.0.1: the sync server's real packs route,
//! a proxy that breaks connections on cue and records requests, and a seeded random source.

#![allow(dead_code)]

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use mirai_fetch::{Control, Expected, FetchConfig, Fetcher, Progress};
use mirai_sync_server::{AppState, SqliteStorage};
use sha2::{Digest, Sha256};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;
use url::Url;

pub const MIB: usize = 1024 * 1024;

/// A small, seedable random source (SplitMix64), so a failing run can be replayed.
pub struct Rng(u64);

impl Rng {
    /// Seeds from `MIRAI_FETCH_TEST_SEED`, or from the clock; prints the seed either way.
    pub fn from_env(test: &str) -> Rng {
        let seed =
            std::env::var("MIRAI_FETCH_TEST_SEED").ok().and_then(|text| text.parse().ok()).unwrap_or_else(|| {
                SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).map_or(1, |since| since.as_nanos() as u64)
            });
        println!("{test}: seed {seed} (replay with MIRAI_FETCH_TEST_SEED={seed})");
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `low..=high`.
    pub fn between(&mut self, low: u64, high: u64) -> u64 {
        low + self.next() % (high - low + 1)
    }

    pub fn bytes(&mut self, len: usize) -> Vec<u8> {
        let mut out = Vec::with_capacity(len + 8);
        while out.len() < len {
            out.extend_from_slice(&self.next().to_le_bytes());
        }
        out.truncate(len);
        out
    }
}

pub fn sha256(bytes: &[u8]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}

pub fn expected(bytes: &[u8]) -> Expected {
    Expected { size: bytes.len() as u64, sha256: sha256(bytes) }
}

/// A fetcher for loopback tests: plain http allowed, short backoff so retries do not drag.
pub fn fetcher(max_attempts: u32) -> Fetcher {
    Fetcher::new(FetchConfig {
        max_attempts,
        backoff_base: Duration::from_millis(5),
        backoff_max: Duration::from_millis(50),
        idle_timeout: Duration::from_secs(20),
        allow_plain_http_on_loopback: true,
        ..FetchConfig::default()
    })
    .expect("client builds")
}

/// `dest.part` and `dest.part.json`.
pub fn part_paths(dest: &Path) -> (PathBuf, PathBuf) {
    let mut part = dest.as_os_str().to_owned();
    part.push(".part");
    let mut record = part.clone();
    record.push(".json");
    (PathBuf::from(part), PathBuf::from(record))
}

/// Downloads until the first bytes are on disk, then pauses and, once the pause is reported,
/// cancels: the state an app is in after the user stopped a download, or after a restart.
pub async fn download_then_cancel(fetcher: &Fetcher, url: &Url, dest: &Path, expected: &Expected) -> u64 {
    let (control, commands) = watch::channel(Control::Run);
    let result = fetcher
        .download(url, dest, expected, commands, move |progress: Progress| {
            let command = if progress.paused { Control::Cancel } else { Control::Pause };
            let _ = control.send(command);
        })
        .await;
    assert!(matches!(result, Err(mirai_fetch::FetchError::Cancelled)), "{result:?}");
    let (part, record) = part_paths(dest);
    assert!(record.is_file(), "the record survives a cancel");
    let kept = std::fs::metadata(&part).expect("the part survives a cancel").len();
    assert!(kept > 0 && kept < expected.size, "kept {kept} of {}", expected.size);
    kept
}

/// The sync server with a packs folder, serving on 127.0.0.1:0 until the test's runtime ends.
pub struct PackServer {
    pub addr: SocketAddr,
    pub packs: PathBuf,
    _tmp: tempfile::TempDir,
}

impl PackServer {
    pub async fn start(files: &[(&str, &[u8])]) -> PackServer {
        let tmp = tempfile::tempdir().expect("tempdir");
        let packs = tmp.path().join("packs");
        std::fs::create_dir(&packs).expect("packs folder");
        for (name, bytes) in files {
            std::fs::write(packs.join(name), bytes).expect("write pack");
        }
        let storage = SqliteStorage::open(tmp.path()).expect("open storage");
        let state = AppState::new(Arc::new(storage)).with_packs(packs.clone());
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("bound address");
        tokio::spawn(mirai_sync_server::serve(listener, state, std::future::pending()));
        PackServer { addr, packs, _tmp: tmp }
    }

    pub fn url(&self, name: &str) -> Url {
        packs_url(self.addr, name)
    }

    /// Replaces a file the way a publisher does: new bytes, a later modification time.
    pub fn republish(&self, name: &str, bytes: &[u8]) {
        let path = self.packs.join(name);
        std::fs::write(&path, bytes).expect("rewrite pack");
        let later = SystemTime::now() + Duration::from_secs(60);
        std::fs::File::options().write(true).open(&path).expect("open pack").set_modified(later).expect("set mtime");
    }
}

pub fn packs_url(addr: SocketAddr, name: &str) -> Url {
    Url::parse(&format!("http://{addr}/packs/{name}")).expect("test url")
}

/// What the proxy does to one connection, in the order connections arrive.
#[derive(Debug, Clone, Copy)]
pub enum Fault {
    /// Forward this many response bytes (head included), then close both sides.
    CutAfter(u64),
    /// Answer 503 without asking the server.
    Unavailable,
}

/// A TCP proxy in front of a server: applies one [`Fault`] per connection to the first
/// connections, passes the rest through, and records every byte clients send.
pub struct Proxy {
    pub addr: SocketAddr,
    requests: Arc<Mutex<Vec<u8>>>,
    connections: Arc<Mutex<usize>>,
}

impl Proxy {
    pub async fn start(upstream: SocketAddr, faults: Vec<Fault>) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind proxy");
        let addr = listener.local_addr().expect("proxy address");
        let requests = Arc::new(Mutex::new(Vec::new()));
        let connections = Arc::new(Mutex::new(0));
        let (log, count) = (Arc::clone(&requests), Arc::clone(&connections));
        tokio::spawn(async move {
            let mut faults = faults.into_iter();
            while let Ok((client, _)) = listener.accept().await {
                *count.lock().expect("count lock") += 1;
                tokio::spawn(relay(client, upstream, faults.next(), Arc::clone(&log)));
            }
        });
        Proxy { addr, requests, connections }
    }

    pub fn url(&self, name: &str) -> Url {
        packs_url(self.addr, name)
    }

    /// Everything clients sent so far, lowercased (header names are case-insensitive).
    pub fn requests(&self) -> String {
        String::from_utf8_lossy(&self.requests.lock().expect("log lock")).to_lowercase()
    }

    /// Forgets the requests recorded so far.
    pub fn clear_requests(&self) {
        self.requests.lock().expect("log lock").clear();
    }

    pub fn connections(&self) -> usize {
        *self.connections.lock().expect("count lock")
    }
}

async fn relay(client: TcpStream, upstream: SocketAddr, fault: Option<Fault>, log: Arc<Mutex<Vec<u8>>>) {
    let (mut client_read, mut client_write) = client.into_split();
    if let Some(Fault::Unavailable) = fault {
        let mut head = vec![0; 4096];
        let _ = client_read.read(&mut head).await;
        let _ = client_write
            .write_all(b"HTTP/1.1 503 Service Unavailable\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
            .await;
        return;
    }
    let Ok(server) = TcpStream::connect(upstream).await else { return };
    let (mut server_read, mut server_write) = server.into_split();
    let requests = tokio::spawn(async move {
        let mut buf = vec![0; 16 * 1024];
        while let Ok(n) = client_read.read(&mut buf).await {
            if n == 0 {
                break;
            }
            log.lock().expect("log lock").extend_from_slice(&buf[..n]);
            if server_write.write_all(&buf[..n]).await.is_err() {
                break;
            }
        }
    });
    let limit = match fault {
        Some(Fault::CutAfter(limit)) => limit,
        _ => u64::MAX,
    };
    let _ = tokio::io::copy(&mut (&mut server_read).take(limit), &mut client_write).await;
    // Dropping every half closes both connections, mid-response when the limit was reached.
    requests.abort();
}

/// A server that ignores the request and answers 200 with `body`, with or without a
/// `content-length`, then closes the connection.
pub async fn raw_server(body: Vec<u8>, announce_length: bool) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind raw server");
    let addr = listener.local_addr().expect("raw server address");
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            let mut head = vec![0; 4096];
            let _ = stream.read(&mut head).await;
            let length = if announce_length { format!("content-length: {}\r\n", body.len()) } else { String::new() };
            let head = format!("HTTP/1.1 200 OK\r\n{length}connection: close\r\n\r\n");
            let _ = stream.write_all(head.as_bytes()).await;
            let _ = stream.write_all(&body).await;
        }
    });
    addr
}
