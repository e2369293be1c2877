//! The [`Store`] contract, checked the same way on every backend: SQLite (a file in a temporary
//! folder) and PostgreSQL (a real server started for each test, see `support/postgres.rs`).
//! Every check is one `#[test]` per backend: `sqlite::<check>` and `postgres::<check>`.
//!
//! Below the shared checks, PostgreSQL's own: a lost connection or a restart loses no batch,
//! a newer schema is refused, notifications name each written document once and only after the
//! commit, and a change committed by one engine reaches another engine's loaded copy (the
//! fan-out between servers), also after PostgreSQL restarts.

#[cfg(feature = "postgres")]
#[path = "support/postgres.rs"]
mod pg;

use std::collections::HashMap;

use mirai_sync::store::{SqliteStore, Store};
use samod_core::StorageKey;

/// One backend under test: fresh stores onto the same storage, and ways to hurt it.
trait Backend {
    /// A new store (a new connection) onto the backend's storage.
    fn open(&self) -> Box<dyn Store>;
    /// Makes a batch that deletes `key` fail at COMMIT (a deferred foreign key onto it), so the
    /// failure happens in the commit itself, after every write of the batch was accepted.
    fn guard(&self, key: &str);
    /// Crashes the storage the way a power cut would and brings it back (SQLite: every
    /// connection is closed; PostgreSQL: `pg_ctl stop -m immediate`, then start).
    fn crash(&mut self);
}

struct Sqlite {
    dir: tempfile::TempDir,
}

impl Sqlite {
    fn new() -> Self {
        Sqlite { dir: tempfile::tempdir().expect("temp dir") }
    }

    fn path(&self) -> std::path::PathBuf {
        self.dir.path().join("store.sqlite3")
    }
}

impl Backend for Sqlite {
    fn open(&self) -> Box<dyn Store> {
        Box::new(SqliteStore::open(&self.path()).expect("open sqlite store"))
    }

    fn guard(&self, key: &str) {
        let conn = rusqlite::Connection::open(self.path()).expect("open sqlite");
        let enforced: i64 = conn.pragma_query_value(None, "foreign_keys", |row| row.get(0)).expect("pragma");
        assert_eq!(enforced, 1, "this SQLite build does not enforce foreign keys by default; the guard needs it");
        conn.execute_batch(&format!(
            "CREATE TABLE guard (k TEXT PRIMARY KEY REFERENCES sync_chunks (key) DEFERRABLE INITIALLY DEFERRED);
             INSERT INTO guard VALUES ('{key}');"
        ))
        .expect("install the guard");
    }

    fn crash(&mut self) {}
}

#[cfg(feature = "postgres")]
struct Postgres {
    pg: pg::TestPostgres,
}

#[cfg(feature = "postgres")]
impl Postgres {
    fn new() -> Self {
        Postgres { pg: pg::TestPostgres::start() }
    }

    fn url(&self) -> String {
        self.pg.url("postgres")
    }
}

#[cfg(feature = "postgres")]
impl Backend for Postgres {
    fn open(&self) -> Box<dyn Store> {
        Box::new(mirai_sync::pg_store::PgStore::open(&self.url()).expect("open postgresql store"))
    }

    fn guard(&self, key: &str) {
        self.pg
            .admin()
            .batch_execute(&format!(
                "CREATE TABLE guard (k TEXT COLLATE \"C\" PRIMARY KEY REFERENCES sync_chunks (key) DEFERRABLE INITIALLY DEFERRED);
                 INSERT INTO guard VALUES ('{key}');"
            ))
            .expect("install the guard");
    }

    fn crash(&mut self) {
        self.pg.crash_and_restart();
    }
}

fn key(path: &str) -> StorageKey {
    StorageKey::from_parts(path.split('/')).expect("valid key")
}

fn sorted(found: HashMap<StorageKey, Vec<u8>>) -> Vec<(String, Vec<u8>)> {
    let mut found: Vec<(String, Vec<u8>)> = found.into_iter().map(|(key, value)| (key.to_string(), value)).collect();
    found.sort();
    found
}

fn names(found: HashMap<StorageKey, Vec<u8>>) -> Vec<String> {
    sorted(found).into_iter().map(|(key, _)| key).collect()
}

fn load(store: &mut dyn Store, path: &str) -> Option<Vec<u8>> {
    store.load(&key(path)).expect("load")
}

/// Reproducible bytes that do not compress.
fn noise(len: usize, seed: u64) -> Vec<u8> {
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state.to_le_bytes()[0]
        })
        .collect()
}

fn a_batch_is_visible_to_itself_and_to_others_only_once_committed(backend: &mut dyn Backend) {
    let mut store = backend.open();
    store.put(&key("doc/a/1"), b"one").expect("put");
    store.commit().expect("commit");

    store.put(&key("doc/a/2"), b"two").expect("put");
    store.delete(&key("doc/a/1")).expect("delete");
    store.put(&key("doc/b/1"), b"three").expect("put");
    assert_eq!(load(&mut *store, "doc/a/2"), Some(b"two".to_vec()), "the batch sees its own put");
    assert_eq!(load(&mut *store, "doc/a/1"), None, "the batch sees its own delete");
    assert_eq!(names(store.load_range(&key("doc/a")).expect("range")), ["doc/a/2"]);

    let mut other = backend.open();
    assert_eq!(load(&mut *other, "doc/a/2"), None, "not committed yet");
    assert_eq!(load(&mut *other, "doc/a/1"), Some(b"one".to_vec()), "its delete is not committed yet");
    assert_eq!(names(other.load_range(&key("doc")).expect("range")), ["doc/a/1"]);

    store.commit().expect("commit");
    assert_eq!(load(&mut *other, "doc/a/2"), Some(b"two".to_vec()));
    assert_eq!(load(&mut *other, "doc/a/1"), None);
    assert_eq!(names(other.load_range(&key("doc")).expect("range")), ["doc/a/2", "doc/b/1"]);
}

fn a_committed_batch_survives_a_crash_and_a_new_store(backend: &mut dyn Backend) {
    let mut store = backend.open();
    store.put(&key("doc/kept/1"), b"first").expect("put");
    store.put(&key("doc/kept/1"), b"second").expect("put again in the batch");
    store.put(&key("doc/kept/2"), b"other").expect("put");
    store.commit().expect("commit");
    store.put(&key("doc/lost/1"), b"never committed").expect("put");
    drop(store);

    backend.crash();

    let mut store = backend.open();
    assert_eq!(load(&mut *store, "doc/kept/1"), Some(b"second".to_vec()), "the last put of the batch wins");
    assert_eq!(load(&mut *store, "doc/kept/2"), Some(b"other".to_vec()));
    assert_eq!(load(&mut *store, "doc/lost/1"), None, "an uncommitted batch is gone");
    assert_eq!(names(store.load_range(&key("doc")).expect("range")), ["doc/kept/1", "doc/kept/2"]);
}

fn a_rolled_back_batch_leaves_nothing_and_the_next_one_works(backend: &mut dyn Backend) {
    let mut store = backend.open();
    store.put(&key("doc/x"), b"kept").expect("put");
    store.commit().expect("commit");

    store.put(&key("doc/x"), b"replaced").expect("put");
    store.put(&key("doc/y"), b"new").expect("put");
    store.delete(&key("doc/x")).expect("delete");
    store.rollback();
    assert_eq!(load(&mut *store, "doc/x"), Some(b"kept".to_vec()));
    assert_eq!(load(&mut *store, "doc/y"), None);
    store.commit().expect("committing after a rollback commits nothing");
    assert_eq!(names(backend.open().load_range(&key("doc")).expect("range")), ["doc/x"]);

    store.put(&key("doc/z"), b"next").expect("put");
    store.commit().expect("commit");
    assert_eq!(load(&mut *backend.open(), "doc/z"), Some(b"next".to_vec()));
}

/// Keys that share a prefix as text but not as a key (`doc/ab`, `doc/a0`, `doc/a.b`), one that
/// differs only in case (`doc/A/x`: a linguistic collation sorts it between `doc/a/` and
/// `doc/a0`), and non-ASCII ones.
const KEYS: &[&str] = &[
    "doc",
    "doc/a",
    "doc/a/x",
    "doc/a/y/z",
    "doc/a/é",
    "doc/a/\u{1F600}",
    "doc/ab",
    "doc/a0",
    "doc/a.b",
    "doc/a-b",
    "doc/A",
    "doc/A/x",
    "doc/b/a",
    "doc/é",
    "docs/a",
    "do",
    "a/doc",
];

fn check_ranges(store: &mut dyn Store, when: &str) {
    let range = |store: &mut dyn Store, prefix: &str| names(store.load_range(&key(prefix)).expect("range"));
    assert_eq!(range(store, "doc/a"), ["doc/a", "doc/a/x", "doc/a/y/z", "doc/a/é", "doc/a/\u{1F600}"], "{when}");
    assert_eq!(range(store, "doc/A"), ["doc/A", "doc/A/x"], "{when}");
    assert_eq!(range(store, "doc/a/y"), ["doc/a/y/z"], "{when}: a prefix that is not itself a key");
    assert_eq!(range(store, "doc/a/x"), ["doc/a/x"], "{when}: a key without children");
    assert_eq!(range(store, "doc/nothing"), Vec::<String>::new(), "{when}");
    let all_doc: Vec<&str> = {
        let mut all: Vec<&str> = KEYS.iter().copied().filter(|k| *k == "doc" || k.starts_with("doc/")).collect();
        all.sort();
        all
    };
    assert_eq!(range(store, "doc"), all_doc, "{when}");
    let found = sorted(store.load_range(&key("doc/a/y")).expect("range"));
    assert_eq!(found, [("doc/a/y/z".to_owned(), b"doc/a/y/z".to_vec())], "{when}: values come with their keys");
}

fn a_range_holds_exactly_the_keys_under_the_prefix(backend: &mut dyn Backend) {
    let mut store = backend.open();
    for path in KEYS {
        store.put(&key(path), path.as_bytes()).expect("put");
    }
    store.put(&key("doc/gone"), b"x").expect("put");
    store.delete(&key("doc/gone")).expect("delete");
    check_ranges(&mut *store, "within the batch");
    store.commit().expect("commit");
    check_ranges(&mut *store, "after the commit");
    check_ranges(&mut *backend.open(), "from another store");
    // A batch that removes some and adds some, read within itself.
    store.delete(&key("doc/a/x")).expect("delete");
    store.put(&key("doc/a/w"), b"w").expect("put");
    let found = names(store.load_range(&key("doc/a")).expect("range"));
    assert_eq!(found, ["doc/a", "doc/a/w", "doc/a/y/z", "doc/a/é", "doc/a/\u{1F600}"]);
    store.rollback();
}

fn deleting_a_missing_key_is_not_an_error(backend: &mut dyn Backend) {
    let mut store = backend.open();
    store.delete(&key("doc/never")).expect("delete a key never written");
    store.commit().expect("commit");
    store.put(&key("doc/once"), b"1").expect("put");
    store.commit().expect("commit");
    store.delete(&key("doc/once")).expect("delete");
    store.delete(&key("doc/once")).expect("delete again in the same batch");
    store.commit().expect("commit");
    store.delete(&key("doc/once")).expect("delete what is already gone");
    store.commit().expect("commit");
    assert_eq!(load(&mut *backend.open(), "doc/once"), None);
}

fn values_are_bytes(backend: &mut dyn Backend) {
    let every_byte: Vec<u8> = (0..=255).collect();
    let not_utf8 = vec![0xff, 0xfe, 0x00, 0xc3, 0x28, 0x00];
    let mut store = backend.open();
    store.put(&key("doc/bytes"), &every_byte).expect("put");
    store.put(&key("doc/empty"), b"").expect("put an empty value");
    store.put(&key("doc/not-utf8"), &not_utf8).expect("put");
    assert_eq!(load(&mut *store, "doc/empty"), Some(Vec::new()), "an empty value is a value, not a missing key");
    store.commit().expect("commit");
    let mut other = backend.open();
    assert_eq!(load(&mut *other, "doc/bytes"), Some(every_byte.clone()));
    assert_eq!(load(&mut *other, "doc/empty"), Some(Vec::new()));
    assert_eq!(load(&mut *other, "doc/not-utf8"), Some(not_utf8.clone()));
    let found: HashMap<String, Vec<u8>> = sorted(other.load_range(&key("doc")).expect("range")).into_iter().collect();
    assert_eq!(found.get("doc/bytes"), Some(&every_byte));
    assert_eq!(found.get("doc/empty"), Some(&Vec::new()));
}

fn large_values_round_trip(backend: &mut dyn Backend) {
    let big = noise(1 << 20, 1);
    let bigger = noise((1 << 20) + 12_345, 2);
    let mut store = backend.open();
    store.put(&key("doc/big/1"), &big).expect("put 1 MiB");
    store.put(&key("doc/big/2"), &bigger).expect("put a little more");
    store.commit().expect("commit");
    let mut other = backend.open();
    assert!(load(&mut *other, "doc/big/1") == Some(big.clone()), "1 MiB reads back");
    let found: HashMap<String, Vec<u8>> =
        sorted(other.load_range(&key("doc/big")).expect("range")).into_iter().collect();
    assert!(found.get("doc/big/2") == Some(&bigger), "a range reads large values back");
    store.put(&key("doc/big/1"), b"small now").expect("replace");
    store.commit().expect("commit");
    assert_eq!(load(&mut *other, "doc/big/1"), Some(b"small now".to_vec()));
}

fn a_failed_commit_rolls_back_the_whole_batch(backend: &mut dyn Backend) {
    let mut store = backend.open();
    store.put(&key("doc/guarded"), b"guarded").expect("put");
    store.put(&key("doc/before"), b"before").expect("put");
    store.commit().expect("commit");
    backend.guard("doc/guarded");

    store.put(&key("doc/new"), b"new").expect("put");
    store.put(&key("doc/before"), b"changed").expect("put");
    store.delete(&key("doc/guarded")).expect("delete (the guard objects only at commit)");
    assert!(store.commit().is_err(), "the commit must fail");

    for mut reader in [backend.open(), store] {
        assert_eq!(load(&mut *reader, "doc/new"), None, "nothing of the failed batch was kept");
        assert_eq!(load(&mut *reader, "doc/before"), Some(b"before".to_vec()));
        assert_eq!(load(&mut *reader, "doc/guarded"), Some(b"guarded".to_vec()));
        // The store is usable again: the next batch commits.
        reader.put(&key("doc/after"), b"after").expect("put");
        reader.commit().expect("the next batch commits");
    }
    assert_eq!(load(&mut *backend.open(), "doc/after"), Some(b"after".to_vec()));
}

fn an_empty_batch_commits_and_rolls_back(backend: &mut dyn Backend) {
    let mut store = backend.open();
    store.commit().expect("commit nothing");
    store.rollback();
    store.commit().expect("commit nothing again");
    assert_eq!(load(&mut *store, "doc/none"), None);
}

macro_rules! contract {
    ($($check:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[test]
                fn $check() {
                    super::$check(&mut super::Sqlite::new());
                }
            )*
        }

        #[cfg(feature = "postgres")]
        mod postgres {
            $(
                #[test]
                fn $check() {
                    super::$check(&mut super::Postgres::new());
                }
            )*
        }
    };
}

contract!(
    a_batch_is_visible_to_itself_and_to_others_only_once_committed,
    a_committed_batch_survives_a_crash_and_a_new_store,
    a_rolled_back_batch_leaves_nothing_and_the_next_one_works,
    a_range_holds_exactly_the_keys_under_the_prefix,
    deleting_a_missing_key_is_not_an_error,
    values_are_bytes,
    large_values_round_trip,
    a_failed_commit_rolls_back_the_whole_batch,
    an_empty_batch_commits_and_rolls_back,
);

/// What only PostgreSQL has: connections that can be lost, a schema version, notifications, and
/// several servers on one database.
#[cfg(feature = "postgres")]
mod postgres_only {
    use std::collections::BTreeSet;
    use std::time::Duration;

    use automerge::transaction::Transactable;
    use automerge::{Automerge, AutomergeError, ROOT, ReadDoc};
    use mirai_sync::engine::{self, EngineHandle, Role};
    use mirai_sync::pg_store::{self, PgStore};
    use mirai_sync::policy::Open;
    use mirai_sync::store::Store;
    use postgres::fallible_iterator::FallibleIterator;
    use samod_core::{DocumentId, PeerId};

    use super::{key, load, pg};

    #[test]
    fn the_test_cluster_does_not_sort_text_by_bytes() {
        // Otherwise the range checks above could not catch a missing COLLATE "C".
        let pg = pg::TestPostgres::start();
        let row = pg.admin().query_one("SELECT 'doc/a/' < 'doc/A/x' AND 'doc/A/x' < 'doc/a0'", &[]).expect("query");
        assert!(row.get::<_, bool>(0), "the default collation should be linguistic (ICU en-US)");
        let mut store = PgStore::open(&pg.url("postgres")).expect("open");
        store.put(&key("doc/A/x"), b"x").expect("put");
        store.commit().expect("commit");
        assert!(store.load_range(&key("doc/a")).expect("range").is_empty());
    }

    #[test]
    fn a_lost_connection_or_a_restart_loses_no_batch() {
        let mut pg = pg::TestPostgres::start();
        let url = pg.url("postgres");
        let mut store = PgStore::open(&url).expect("open");
        store.put(&key("doc/1"), b"one").expect("put");
        // Every other backend goes, the store's among them, between its writes and its commit.
        let killed: i64 = pg
            .admin()
            .query_one(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity \
                 WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'",
                &[],
            )
            .expect("terminate")
            .get(0);
        assert!(killed >= 1, "the store's connection was terminated");
        store.commit().expect("the commit reconnects and applies the batch");
        assert_eq!(load(&mut store, "doc/1"), Some(b"one".to_vec()));

        pg.restart();
        assert_eq!(load(&mut store, "doc/1"), Some(b"one".to_vec()), "a read reconnects");
        store.put(&key("doc/2"), b"two").expect("put");
        pg.restart();
        store.commit().expect("a commit reconnects");
        assert_eq!(load(&mut PgStore::open(&url).expect("open"), "doc/2"), Some(b"two".to_vec()));
    }

    #[test]
    fn a_newer_schema_is_refused() {
        let pg = pg::TestPostgres::start();
        let url = pg.url("postgres");
        drop(PgStore::open(&url).expect("open creates the schema"));
        pg.admin()
            .execute("UPDATE mirai_schema SET version = 99 WHERE component = 'sync_chunks'", &[])
            .expect("update");
        let error = PgStore::open(&url).err().expect("a newer schema is refused");
        assert!(error.to_string().contains("newer than this build supports"), "{error}");
    }

    fn drain(listener: &mut postgres::Client, wait: Duration) -> Vec<(i32, String)> {
        let mut seen = Vec::new();
        let mut notifications = listener.notifications();
        let mut waiting = notifications.timeout_iter(wait);
        while let Some(notification) = waiting.next().expect("notification") {
            assert_eq!(notification.channel(), pg_store::CHANNEL);
            seen.push((notification.process_id(), notification.payload().to_owned()));
        }
        seen
    }

    #[test]
    fn notifications_name_each_written_chunk_and_only_after_the_commit() {
        let pg = pg::TestPostgres::start();
        let mut listener = pg.admin();
        listener.batch_execute(&format!("LISTEN {}", pg_store::CHANNEL)).expect("listen");
        let mut store = PgStore::open(&pg.url("postgres")).expect("open");
        store.put(&key("doc1/incremental/a"), b"1").expect("put");
        store.put(&key("doc1/incremental/b"), b"2").expect("put");
        store.put(&key("doc2/snapshot/c"), b"3").expect("put");
        store.put(&key("mirai-access/accounts/w-1"), b"4").expect("put");
        store.put(&key("mirai-access/devices/d-1"), b"5").expect("put");
        store.delete(&key("doc3/incremental/d")).expect("delete");
        assert!(drain(&mut listener, Duration::from_millis(300)).is_empty(), "nothing before the commit");
        store.commit().expect("commit");
        let seen = drain(&mut listener, Duration::from_millis(500));
        let payloads: Vec<&str> = seen.iter().map(|(_, payload)| payload.as_str()).collect();
        assert_eq!(
            payloads,
            ["doc1/incremental/a", "doc1/incremental/b", "doc2/snapshot/c", "mirai-access"],
            "one per chunk written, one for the access table, none for a delete"
        );
        assert!(seen.iter().all(|(pid, _)| *pid == seen[0].0), "all from the store's own connection");

        store.put(&key("doc4/incremental/e"), b"4").expect("put");
        store.rollback();
        store.commit().expect("commit nothing");
        assert!(drain(&mut listener, Duration::from_millis(300)).is_empty(), "nothing for a rolled back batch");
    }

    fn put(doc: &mut Automerge, field: &str, value: i64) {
        doc.transact::<_, _, AutomergeError>(|tx| tx.put(ROOT, field, value)).expect("automerge change");
    }

    async fn field(engine: &EngineHandle, document: &DocumentId, field: &'static str) -> Option<i64> {
        engine
            .read(document.clone(), move |doc| {
                doc.get(ROOT, field).ok().flatten().and_then(|(value, _)| value.as_i64())
            })
            .await
            .ok()
            .flatten()
    }

    /// Waits until `engine` has `document` loaded with `name` set, opening it again whenever it
    /// is not loaded (an engine that starts again from storage forgets what was loaded).
    async fn until_field(engine: &EngineHandle, document: &DocumentId, name: &'static str, reopen: bool) -> i64 {
        for _ in 0..600 {
            if reopen {
                let _ = engine.open(document.clone()).await;
            }
            if let Some(value) = field(engine, document, name).await {
                return value;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("{name} never arrived");
    }

    struct Server {
        engine: EngineHandle,
        _listener: pg_store::Listener,
    }

    fn server(url: &str, name: &str) -> Server {
        let store = PgStore::open(url).expect("open");
        let instance = store.instance();
        let (engine, _) = engine::start(PeerId::from(name.to_owned()), store, Open, Role::Listen).expect("engine");
        let listener = pg_store::listen(url, engine.clone(), instance).expect("listen");
        Server { engine, _listener: listener }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_change_committed_by_one_engine_reaches_the_copy_another_engine_has_loaded() {
        let mut pg = pg::TestPostgres::start();
        let url = pg.url("postgres");
        let (a, b) = (server(&url, "server-a"), server(&url, "server-b"));

        let mut initial = Automerge::new();
        put(&mut initial, "created", 1);
        let document = a.engine.create(initial).await.expect("create");
        assert_eq!(b.engine.open(document.clone()).await, Ok(true), "b loads a's document from storage");
        assert_eq!(field(&b.engine, &document, "created").await, Some(1));

        // B has it loaded; a change on A must reach that copy without B opening it again.
        a.engine.change(document.clone(), |doc| put(doc, "from-a", 2)).await.expect("change on a");
        assert_eq!(until_field(&b.engine, &document, "from-a", false).await, 2);
        b.engine.change(document.clone(), |doc| put(doc, "from-b", 3)).await.expect("change on b");
        assert_eq!(until_field(&a.engine, &document, "from-b", false).await, 3);

        // A burst of changes on A: its chunks are compacted into a snapshot (past 10 on disk)
        // while B reads the ones it was told of; what B misses as deleted, the snapshot brings.
        for n in 0..30 {
            a.engine.change(document.clone(), move |doc| put(doc, &format!("burst-{n:02}"), n)).await.expect("burst");
        }
        assert_eq!(until_field(&b.engine, &document, "burst-29", false).await, 29);
        let burst =
            b.engine.read(document.clone(), |doc| doc.keys(ROOT).filter(|key| key.starts_with("burst-")).count());
        assert_eq!(burst.await, Ok(30), "every change of the burst reached b");
        let (counting, pattern) = (url.clone(), format!("{document}/snapshot/%"));
        let snapshots: i64 = tokio::task::spawn_blocking(move || {
            let mut client = postgres::Client::connect(&counting, postgres::NoTls).expect("connect");
            client.query_one("SELECT count(*) FROM sync_chunks WHERE key LIKE $1", &[&pattern]).expect("count").get(0)
        })
        .await
        .expect("counted");
        assert!(snapshots >= 1, "the burst was compacted");
        let heads = |engine: EngineHandle, document: DocumentId| async move {
            engine.read(document, |doc| doc.get_heads()).await
        };
        assert_eq!(
            heads(b.engine.clone(), document.clone()).await,
            heads(a.engine.clone(), document.clone()).await,
            "b's copy is a's"
        );

        // PostgreSQL restarts: both listeners reconnect, and each engine starts again from
        // storage once (so nothing notified while they were away is missed).
        pg.restart();
        let restarted = |engine: &EngineHandle| engine.stats().failed_batches >= 1;
        for _ in 0..400 {
            if restarted(&a.engine) && restarted(&b.engine) {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        assert!(
            restarted(&a.engine) && restarted(&b.engine),
            "both engines started again after the listeners reconnected"
        );
        assert_eq!(until_field(&b.engine, &document, "from-b", true).await, 3, "b has its document again");
        assert_eq!(until_field(&a.engine, &document, "from-a", true).await, 2, "a has its document again");
        a.engine.change(document.clone(), |doc| put(doc, "after-restart", 4)).await.expect("change on a");
        assert_eq!(until_field(&b.engine, &document, "after-restart", false).await, 4, "fan-out works again");

        let keys: BTreeSet<String> =
            b.engine.read(document.clone(), |doc| doc.keys(ROOT).collect()).await.expect("read");
        let keys: BTreeSet<String> = keys.into_iter().filter(|key| !key.starts_with("burst-")).collect();
        assert_eq!(keys, ["after-restart", "created", "from-a", "from-b"].map(String::from).into());
        a.engine.stop().await;
        b.engine.stop().await;
    }
}
