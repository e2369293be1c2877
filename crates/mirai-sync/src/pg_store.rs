//! [`Store`] on PostgreSQL, for several sync servers behind a load balancer that share one
//! database, and the [`listen`]er that tells each server what the others wrote.
//!
//! - **Layout.** One table, `sync_chunks (key TEXT COLLATE "C" PRIMARY KEY, value BYTEA)`, with
//!   keys joined by `/` exactly as [`SqliteStore`](crate::store::SqliteStore) joins them, and a
//!   row in `mirai_schema` for its version (see [`migrate`]). The key's collation is `"C"` so a
//!   prefix range is a byte range whatever the database's default collation is: under a
//!   linguistic one (`en-US`), `doc/A/x` sorts between `doc/a/` and `doc/a0`.
//! - **Batches.** Writes wait in memory, in key order, until [`Store::commit`] applies them in
//!   one transaction: one upsert, one delete, the notifications, `COMMIT`. Reads during the batch
//!   see its writes through that buffer; nobody else sees anything before `COMMIT`. Short
//!   transactions that take their row locks in key order rarely collide with another server's,
//!   and because the whole batch is still at hand, a transaction that does collide (deadlock,
//!   serialization failure) or loses its connection (PostgreSQL restarting) is simply run again,
//!   for up to [`RETRY_FOR`], instead of failing the engine's batch. Running a batch twice is
//!   harmless: it only sets keys to values and removes keys.
//! - **Durability.** `COMMIT` returns once the commit record is flushed to disk when
//!   `synchronous_commit` is `on` (PostgreSQL's default; `remote_write`, `remote_apply` and
//!   `local` flush locally too). The store sets it to `on` for its own session if the server's
//!   default is `off`, and warns if the server runs with `fsync = off`, which no session can
//!   undo.
//! - **Fan-out.** Every committed batch notifies channel [`CHANNEL`] once per key it wrote,
//!   inside the transaction, so the notification goes out exactly when the data is visible.
//!   [`listen`] receives them on a connection of its own and has the engine merge just those
//!   chunks into its copy ([`EngineHandle::reload`]), so a small change to a large document
//!   costs a small read; a change to the access table (`mirai-access/...`, one notification
//!   however many keys) reloads the [`AccessGate`]'s table (also once when listening starts,
//!   since the gate was read before). Notifications sent while the listener is
//!   disconnected are lost, so after it reconnects the engine starts again from storage.
//! - **Threads.** The `postgres` crate drives its connection with a tokio runtime of its own and
//!   panics when called from inside another runtime's `block_on`, which is exactly where the
//!   engine calls its store; so each [`PgStore`]'s connection lives on a thread of its own, and
//!   the store hands it one job at a time.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::str::FromStr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError, mpsc};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use postgres::error::SqlState;
use postgres::fallible_iterator::FallibleIterator;
use postgres::{Client, Config, NoTls, Statement};
use samod_core::{DocumentId, StorageKey};

use crate::engine::EngineHandle;
use crate::gate::AccessGate;
use crate::registry;
use crate::store::{Store, StoreError};

/// The channel [`PgStore`] notifies and [`listen`] listens on; the payload is a key written
/// (`<document id>/incremental/<hash>`, ...), or `mirai-access` for the access table.
pub const CHANNEL: &str = "mirai_sync";

/// How long a read or a commit keeps retrying while PostgreSQL is unreachable (a restart, a
/// failover) before it fails. The engine waits meanwhile; nothing can be stored anyway.
pub const RETRY_FOR: Duration = Duration::from_secs(30);

/// `sync_chunks`' migrations: number `i` takes the schema from version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &["CREATE TABLE sync_chunks (key TEXT COLLATE \"C\" PRIMARY KEY, value BYTEA NOT NULL)"];

/// The advisory lock that serialises schema changes among servers starting at once.
const SCHEMA_LOCK: i64 = 0x6d69_7261_692d_7367;

/// The first key component of the access table's rows, and the payload that reloads it.
const ACCESS: &str = registry::ROOT;

/// PostgreSQL refuses notification payloads of 8000 bytes or more.
const MAX_PAYLOAD: usize = 7999;

/// The separator in stored keys, as in [`crate::store`].
const SEPARATOR: char = '/';

/// How long the listener waits for a notification before it checks whether it should stop.
const LISTEN_POLL: Duration = Duration::from_millis(200);

/// How long the listener stays quiet before it checks that its connection is alive.
const LISTEN_PING: Duration = Duration::from_secs(15);

/// The longest pause between two attempts to reach PostgreSQL again.
const MAX_BACKOFF: Duration = Duration::from_secs(2);

/// What one server shares between its store and its listener: the backend process ids of its
/// own store connections (their notifications need no reload here), and whether the engine must
/// start again from storage because the listener was disconnected and may have missed some.
#[derive(Clone, Default)]
pub struct Instance(Arc<Shared>);

#[derive(Default)]
struct Shared {
    pids: Mutex<HashSet<i32>>,
    resync: AtomicBool,
}

impl Instance {
    fn is_own(&self, pid: i32) -> bool {
        self.0.pids.lock().unwrap_or_else(PoisonError::into_inner).contains(&pid)
    }

    fn replace_pid(&self, old: Option<i32>, new: Option<i32>) {
        let mut pids = self.0.pids.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(old) = old {
            pids.remove(&old);
        }
        if let Some(new) = new {
            pids.insert(new);
        }
    }
}

/// Why [`migrate`] refused.
#[derive(Debug, thiserror::Error)]
pub enum MigrateError {
    /// PostgreSQL refused a statement.
    #[error("postgresql error: {}", chain(.0))]
    Postgres(#[from] postgres::Error),
    /// The component's tables were written by a newer build; nothing was changed.
    #[error("{component} schema version {found} is newer than this build supports ({supported})")]
    TooNew {
        /// The component (`sync_chunks`, `server_meta`).
        component: String,
        /// The version stored in the database.
        found: i64,
        /// The newest version this build knows.
        supported: i64,
    },
}

/// Brings `component`'s tables to the newest of `migrations` (number `i` takes the schema from
/// version `i` to `i + 1`) in one transaction, under an advisory lock so that servers starting
/// together take turns. Versions live in `mirai_schema (component, version)`; a version newer
/// than this build knows is refused before anything is written.
pub fn migrate(client: &mut Client, component: &str, migrations: &[&str]) -> Result<(), MigrateError> {
    let supported = i32::try_from(migrations.len()).unwrap_or(i32::MAX);
    let mut tx = client.transaction()?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&SCHEMA_LOCK])?;
    tx.batch_execute("CREATE TABLE IF NOT EXISTS mirai_schema (component TEXT PRIMARY KEY, version INTEGER NOT NULL)")?;
    let found: i32 = tx
        .query_opt("SELECT version FROM mirai_schema WHERE component = $1", &[&component])?
        .map_or(0, |row| row.get(0));
    if found > supported {
        return Err(MigrateError::TooNew {
            component: component.to_owned(),
            found: found.into(),
            supported: supported.into(),
        });
    }
    let done = usize::try_from(found).unwrap_or(0);
    for sql in migrations.iter().skip(done) {
        tx.batch_execute(sql)?;
    }
    if found < supported {
        tx.execute(
            "INSERT INTO mirai_schema (component, version) VALUES ($1, $2) \
             ON CONFLICT (component) DO UPDATE SET version = excluded.version",
            &[&component, &supported],
        )?;
    }
    tx.commit()?;
    Ok(())
}

/// An error with all its sources, `outer: inner: innermost` (the `postgres` crate's own text is
/// only "db error"; PostgreSQL's message is in the source).
pub fn chain(error: &(dyn std::error::Error + 'static)) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

fn failed(what: &str, error: &postgres::Error) -> StoreError {
    StoreError::Io(format!("postgresql: {what}: {}", chain(error)))
}

/// Parses a connection string (`postgresql://user@host/db` or `host=... dbname=...`) and adds
/// what the server wants when it was not given: an application name (shown in
/// `pg_stat_activity`), a connect timeout and TCP keepalives, so a dead peer is noticed.
pub fn config(url: &str) -> Result<Config, postgres::Error> {
    let mut config = Config::from_str(url)?;
    if config.get_application_name().is_none() {
        config.application_name("mirai-sync-server");
    }
    if config.get_connect_timeout().is_none() {
        config.connect_timeout(Duration::from_secs(5));
    }
    config.keepalives(true).keepalives_idle(Duration::from_secs(30));
    Ok(config)
}

/// Whether `error` means the connection is gone (then it is dropped and made again).
fn connection_lost(error: &postgres::Error) -> bool {
    if error.is_closed() {
        return true;
    }
    if let Some(code) = error.code() {
        return code.code().starts_with("08")
            || [SqlState::ADMIN_SHUTDOWN, SqlState::CRASH_SHUTDOWN, SqlState::CANNOT_CONNECT_NOW].contains(code);
    }
    // No SQLSTATE: the driver's own error; an I/O failure somewhere in its sources is the socket.
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        if cause.is::<std::io::Error>() {
            return true;
        }
        source = cause.source();
    }
    false
}

/// Whether running the same work again may succeed.
fn transient(error: &postgres::Error) -> bool {
    connection_lost(error)
        || error
            .code()
            .is_some_and(|code| [SqlState::T_R_DEADLOCK_DETECTED, SqlState::T_R_SERIALIZATION_FAILURE].contains(code))
}

fn joined(key: &StorageKey) -> String {
    key.to_string()
}

fn split(key: &str) -> Result<StorageKey, StoreError> {
    StorageKey::from_parts(key.split(SEPARATOR)).map_err(|_| StoreError::BadKey)
}

/// The keys of `prefix`'s range: the prefix itself, and `[prefix/, prefix0)` ('0' follows '/').
fn range_bounds(prefix: &StorageKey) -> (String, String, String) {
    let exact = joined(prefix);
    let (low, high) = (format!("{exact}{SEPARATOR}"), format!("{exact}0"));
    (exact, low, high)
}

/// The statements a connection prepares once.
struct Statements {
    load: Statement,
    range: Statement,
    upsert: Statement,
    delete: Statement,
    notify: Statement,
}

/// The connection, on the store's own thread.
struct Connection {
    config: Config,
    instance: Instance,
    client: Option<(Client, Statements, i32)>,
}

impl Connection {
    /// Connects, brings the schema up to date, checks durability settings, prepares statements.
    fn connect(&mut self) -> Result<(), StoreError> {
        let mut client = self.config.connect(NoTls).map_err(|error| failed("connect", &error))?;
        migrate(&mut client, "sync_chunks", MIGRATIONS).map_err(|error| StoreError::Io(error.to_string()))?;
        let setting = |client: &mut Client, name: &str| -> Result<String, StoreError> {
            let row = client.query_one(&format!("SHOW {name}"), &[]).map_err(|error| failed("show", &error))?;
            Ok(row.get(0))
        };
        if setting(&mut client, "synchronous_commit")? == "off" {
            client
                .batch_execute("SET synchronous_commit TO on")
                .map_err(|error| failed("synchronous_commit", &error))?;
        }
        if setting(&mut client, "fsync")? != "on" {
            tracing::warn!("postgresql runs with fsync = off: a committed batch may not survive a power cut");
        }
        let pid: i32 =
            client.query_one("SELECT pg_backend_pid()", &[]).map_err(|error| failed("backend pid", &error))?.get(0);
        let mut prepare = |sql: &str| client.prepare(sql).map_err(|error| failed("prepare", &error));
        let statements = Statements {
            load: prepare("SELECT value FROM sync_chunks WHERE key = $1")?,
            range: prepare(
                "SELECT key, value FROM sync_chunks \
                 WHERE key = $1 OR (key >= $2 COLLATE \"C\" AND key < $3 COLLATE \"C\")",
            )?,
            upsert: prepare(
                "INSERT INTO sync_chunks (key, value) \
                 SELECT k, v FROM unnest($1::text[], $2::bytea[]) WITH ORDINALITY AS batch (k, v, n) ORDER BY n \
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            )?,
            delete: prepare("DELETE FROM sync_chunks WHERE key = ANY($1::text[])")?,
            notify: prepare(&format!("SELECT pg_notify('{CHANNEL}', d) FROM unnest($1::text[]) AS d"))?,
        };
        let old = self.client.replace((client, statements, pid)).map(|(_, _, pid)| pid);
        self.instance.replace_pid(old, Some(pid));
        Ok(())
    }

    fn disconnect(&mut self) {
        if let Some((_, _, pid)) = self.client.take() {
            self.instance.replace_pid(Some(pid), None);
        }
    }

    /// Runs `work`, connecting first if needed; a transient failure (a lost connection, a
    /// deadlock) runs it again with backoff, for up to [`RETRY_FOR`]. `work` must be safe to
    /// run twice.
    fn retrying<T>(
        &mut self,
        what: &str,
        mut work: impl FnMut(&mut Client, &Statements) -> Result<T, postgres::Error>,
    ) -> Result<T, StoreError> {
        let deadline = Instant::now() + RETRY_FOR;
        let mut pause = Duration::from_millis(50);
        loop {
            let outcome = match &mut self.client {
                Some((client, statements, _)) => match work(client, statements) {
                    Ok(value) => return Ok(value),
                    Err(error) => {
                        if connection_lost(&error) {
                            self.disconnect();
                        }
                        if !transient(&error) {
                            return Err(failed(what, &error));
                        }
                        tracing::warn!(error = chain(&error), what, "postgresql: retrying");
                        Err(failed(what, &error))
                    }
                },
                None => self.connect(),
            };
            if let Err(error) = outcome {
                if Instant::now() + pause > deadline {
                    return Err(error);
                }
                std::thread::sleep(pause);
                pause = (pause * 2).min(MAX_BACKOFF);
            }
        }
    }
}

type Job = Box<dyn FnOnce(&mut Connection) + Send>;

/// [`Store`] on a PostgreSQL database shared by several servers; see the module docs.
pub struct PgStore {
    jobs: Option<mpsc::Sender<Job>>,
    thread: Option<JoinHandle<()>>,
    /// The batch: a value to put, or `None` to delete.
    pending: BTreeMap<String, Option<Vec<u8>>>,
    instance: Instance,
}

impl PgStore {
    /// Connects to `url` (`postgresql://user@host/db` or `host=/run/postgresql dbname=...`;
    /// no TLS) and creates or migrates the table. Fails at once if PostgreSQL cannot be reached.
    pub fn open(url: &str) -> Result<Self, StoreError> {
        Self::open_as(url, Instance::default())
    }

    /// As [`PgStore::open`], sharing `instance` with other stores and the listener of the same
    /// server.
    pub fn open_as(url: &str, instance: Instance) -> Result<Self, StoreError> {
        let config = config(url).map_err(|error| failed("connection string", &error))?;
        let mut connection = Connection { config, instance: instance.clone(), client: None };
        let (jobs, inbox) = mpsc::channel::<Job>();
        // Connected on its own thread too: the caller may be inside a tokio runtime.
        let thread = std::thread::Builder::new()
            .name("mirai-sync-pg".into())
            .spawn(move || {
                for job in inbox {
                    job(&mut connection);
                }
                connection.disconnect();
            })
            .map_err(|error| StoreError::Io(error.to_string()))?;
        let store = PgStore { jobs: Some(jobs), thread: Some(thread), pending: BTreeMap::new(), instance };
        store.call(Connection::connect)?;
        Ok(store)
    }

    /// What this store shares with [`listen`]: pass it to the listener of the same server.
    pub fn instance(&self) -> Instance {
        self.instance.clone()
    }

    fn call<T: Send + 'static>(
        &self,
        job: impl FnOnce(&mut Connection) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, StoreError> {
        let (reply, answer) = mpsc::sync_channel(1);
        let job: Job = Box::new(move |connection| {
            let _ = reply.send(job(connection));
        });
        let gone = || StoreError::Io("postgresql: the store's connection thread has stopped".into());
        self.jobs.as_ref().ok_or_else(gone)?.send(job).map_err(|_| gone())?;
        answer.recv().map_err(|_| gone())?
    }
}

impl Drop for PgStore {
    fn drop(&mut self) {
        self.jobs.take();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Store for PgStore {
    fn load(&mut self, key: &StorageKey) -> Result<Option<Vec<u8>>, StoreError> {
        let key = joined(key);
        if let Some(pending) = self.pending.get(&key) {
            return Ok(pending.clone());
        }
        self.call(move |connection| {
            connection.retrying("load", |client, statements| {
                Ok(client.query_opt(&statements.load, &[&key])?.map(|row| row.get(0)))
            })
        })
    }

    fn load_range(&mut self, prefix: &StorageKey) -> Result<HashMap<StorageKey, Vec<u8>>, StoreError> {
        let (exact, low, high) = range_bounds(prefix);
        let bounds = (exact.clone(), low.clone(), high.clone());
        let rows = self.call(move |connection| {
            connection.retrying("load range", |client, statements| {
                let (exact, low, high) = &bounds;
                let rows = client.query(&statements.range, &[exact, low, high])?;
                Ok(rows.into_iter().map(|row| (row.get::<_, String>(0), row.get::<_, Vec<u8>>(1))).collect::<Vec<_>>())
            })
        })?;
        let mut found = BTreeMap::new();
        found.extend(rows);
        // The batch's own writes, over what is committed.
        let mine = self.pending.range(low..high).chain(self.pending.get_key_value(&exact));
        for (key, value) in mine {
            match value {
                Some(value) => found.insert(key.clone(), value.clone()),
                None => found.remove(key),
            };
        }
        found.into_iter().map(|(key, value)| Ok((split(&key)?, value))).collect()
    }

    fn put(&mut self, key: &StorageKey, value: &[u8]) -> Result<(), StoreError> {
        self.pending.insert(joined(key), Some(value.to_vec()));
        Ok(())
    }

    fn delete(&mut self, key: &StorageKey) -> Result<(), StoreError> {
        self.pending.insert(joined(key), None);
        Ok(())
    }

    fn commit(&mut self) -> Result<(), StoreError> {
        if self.instance.0.resync.swap(false, Ordering::SeqCst) {
            // The listener was disconnected and may have missed notifications: failing this
            // commit makes the engine roll back, close its connections and reload everything
            // from storage, which is the engine's one way of starting again from what is durable.
            self.pending.clear();
            return Err(StoreError::Io(
                "postgresql: the listener reconnected; starting again from storage so no change is missed".into(),
            ));
        }
        if self.pending.is_empty() {
            return Ok(());
        }
        let batch = std::mem::take(&mut self.pending);
        self.call(move |connection| {
            connection.retrying("commit", |client, statements| apply(client, statements, &batch))
        })
    }

    fn rollback(&mut self) {
        self.pending.clear();
    }
}

/// One batch in one transaction: upserts in key order, deletes, a notification per key written
/// (one for all of the access table's).
fn apply(
    client: &mut Client,
    statements: &Statements,
    batch: &BTreeMap<String, Option<Vec<u8>>>,
) -> Result<(), postgres::Error> {
    let mut keys = Vec::new();
    let mut values = Vec::new();
    let mut deleted = Vec::new();
    let mut written = BTreeSet::new();
    for (key, value) in batch {
        match value {
            Some(value) => {
                keys.push(key.as_str());
                values.push(value.as_slice());
                let named = match key.split(SEPARATOR).next() {
                    Some(ACCESS) => ACCESS,
                    _ => key,
                };
                if named.len() <= MAX_PAYLOAD {
                    written.insert(named);
                }
            }
            None => deleted.push(key.as_str()),
        }
    }
    let written: Vec<&str> = written.into_iter().collect();
    let mut tx = client.transaction()?;
    if !keys.is_empty() {
        tx.execute(&statements.upsert, &[&keys, &values])?;
    }
    if !deleted.is_empty() {
        tx.execute(&statements.delete, &[&deleted])?;
    }
    if !written.is_empty() {
        tx.execute(&statements.notify, &[&written])?;
    }
    tx.commit()
}

/// The thread that listens for other servers' writes; stops when dropped.
pub struct Listener {
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Listener {
    /// Stops listening and waits for the thread to end.
    pub fn stop(mut self) {
        self.halt();
    }

    fn halt(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        self.halt();
    }
}

/// Listens on [`CHANNEL`] with a connection of its own and passes other servers' writes to
/// `engine`: a document's reload ([`EngineHandle::reload`]), or the access table's. Skips the
/// notifications of `instance`'s own store connections. The first connection is made before
/// this returns (a wrong URL fails at startup); if it is lost later (PostgreSQL restarting), it
/// is made again with backoff, and since notifications sent meanwhile are lost, the engine then
/// starts again from storage (see [`Instance`]).
pub fn listen(url: &str, engine: EngineHandle, instance: Instance) -> Result<Listener, StoreError> {
    let config = config(url).map_err(|error| failed("connection string", &error))?;
    let stop = Arc::new(AtomicBool::new(false));
    let stopped = Arc::clone(&stop);
    let (ready_tx, ready) = mpsc::sync_channel(1);
    // Connected on its own thread: the caller may be inside a tokio runtime.
    let thread = std::thread::Builder::new()
        .name("mirai-sync-pg-listen".into())
        .spawn(move || {
            let started = tokio::runtime::Builder::new_current_thread()
                .build()
                .map_err(|error| StoreError::Io(error.to_string()))
                .and_then(|runtime| Ok((runtime, listening(&config)?)));
            let (runtime, client) = match started {
                Ok(started) => {
                    let _ = ready_tx.send(Ok(()));
                    started
                }
                Err(error) => {
                    let _ = ready_tx.send(Err(error));
                    return;
                }
            };
            Listening { config, engine, instance, runtime, stop: stopped }.run(client);
        })
        .map_err(|error| StoreError::Io(error.to_string()))?;
    let mut listener = Listener { stop, thread: Some(thread) };
    match ready.recv() {
        Ok(Ok(())) => Ok(listener),
        Ok(Err(error)) => Err(error),
        Err(_) => {
            listener.halt();
            Err(StoreError::Io("postgresql: the listener thread died while starting".into()))
        }
    }
}

fn listening(config: &Config) -> Result<Client, StoreError> {
    let mut client = config.connect(NoTls).map_err(|error| failed("listener connect", &error))?;
    client.batch_execute(&format!("LISTEN {CHANNEL}")).map_err(|error| failed("listen", &error))?;
    Ok(client)
}

struct Listening {
    config: Config,
    engine: EngineHandle,
    instance: Instance,
    runtime: tokio::runtime::Runtime,
    stop: Arc<AtomicBool>,
}

/// What a round of notifications asks for: the access table again, and chunks by document.
#[derive(Default)]
struct News {
    access: bool,
    documents: BTreeMap<DocumentId, Vec<StorageKey>>,
}

impl News {
    fn add(&mut self, instance: &Instance, notification: &postgres::Notification) {
        if instance.is_own(notification.process_id()) {
            return;
        }
        let key = notification.payload();
        if key == ACCESS {
            self.access = true;
            return;
        }
        // Keys of what is not a document (the engine's own records) need no reload.
        let document = key.split(SEPARATOR).next().and_then(|first| DocumentId::from_str(first).ok());
        if let (Some(document), Ok(chunk)) = (document, split(key)) {
            self.documents.entry(document).or_default().push(chunk);
        }
    }
}

impl Listening {
    fn run(self, first: Client) {
        // The engine read the access table before LISTEN was in place: read it again, so a
        // change another server committed in between is not missed.
        self.deliver(News { access: true, documents: BTreeMap::new() });
        let mut client = Some(first);
        let mut pause = Duration::from_millis(100);
        let mut quiet_since = Instant::now();
        while !self.stop.load(Ordering::SeqCst) {
            let Some(connected) = client.as_mut() else {
                self.sleep(pause);
                match listening(&self.config) {
                    Ok(fresh) => {
                        tracing::info!("postgresql listener reconnected; the sync engine starts again from storage");
                        client = Some(fresh);
                        pause = Duration::from_millis(100);
                        quiet_since = Instant::now();
                        // LISTEN is in place: whatever was committed before is in storage, and
                        // whatever is committed after will be notified.
                        self.instance.0.resync.store(true, Ordering::SeqCst);
                    }
                    Err(error) => {
                        tracing::warn!(%error, "postgresql listener cannot reconnect yet");
                        pause = (pause * 2).min(MAX_BACKOFF);
                    }
                }
                continue;
            };
            match self.receive(connected) {
                Ok(news) => {
                    if news.access || !news.documents.is_empty() {
                        quiet_since = Instant::now();
                        self.deliver(news);
                    } else if quiet_since.elapsed() > LISTEN_PING {
                        quiet_since = Instant::now();
                        if let Err(error) = connected.batch_execute("") {
                            tracing::warn!(error = chain(&error), "postgresql listener lost its connection");
                            client = None;
                        }
                    }
                }
                Err(error) => {
                    tracing::warn!(error = chain(&error), "postgresql listener lost its connection");
                    client = None;
                }
            }
            if client.as_ref().is_some_and(Client::is_closed) {
                tracing::warn!("postgresql listener lost its connection");
                client = None;
            }
        }
    }

    /// Waits up to [`LISTEN_POLL`] for a notification, then takes every one already received.
    fn receive(&self, client: &mut Client) -> Result<News, postgres::Error> {
        let mut news = News::default();
        let mut notifications = client.notifications();
        let first = notifications.timeout_iter(LISTEN_POLL).next()?;
        if let Some(first) = first {
            news.add(&self.instance, &first);
            let mut more = notifications.iter();
            while let Some(next) = more.next()? {
                news.add(&self.instance, &next);
            }
        }
        Ok(news)
    }

    fn deliver(&self, news: News) {
        let engine = &self.engine;
        self.runtime.block_on(async {
            if news.access {
                let reloaded = engine
                    .update_policy::<AccessGate, _>(|gate, store| {
                        gate.update(store, |table, store| match registry::load(store) {
                            Ok(fresh) => *table = fresh,
                            Err(error) => tracing::error!(%error, "cannot reload the access table"),
                        })
                    })
                    .await;
                if let Err(error) = reloaded {
                    tracing::warn!(%error, "the access table was not reloaded");
                }
            }
            for (document, chunks) in news.documents {
                engine.reload(document, chunks).await;
            }
        });
    }

    fn sleep(&self, total: Duration) {
        let until = Instant::now() + total;
        while !self.stop.load(Ordering::SeqCst) && Instant::now() < until {
            std::thread::sleep(LISTEN_POLL.min(until.saturating_duration_since(Instant::now())));
        }
    }
}
