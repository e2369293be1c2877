//! Opening the store: with the raw key (what the app does) against a passphrase unwrapped by
//! Argon2id (the fallback without a keystore) and against SQLCipher's own PBKDF2 passphrase
//! (the peer: what a plain `PRAGMA key = 'passphrase'` costs on every open).

use criterion::{Criterion, criterion_group, criterion_main};
use mirai_keys::RawKey;
use mirai_store::{DataDir, Protection, Store};

fn open(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");

    let raw_path = dir.path().join("raw.db");
    let key = RawKey::from_bytes([0x42; 32]);
    drop(Store::create(&raw_path, &key).expect("create"));
    c.bench_function("open store, raw key", |b| b.iter(|| Store::open(&raw_path, &key).expect("open")));

    let data = DataDir::new(dir.path().join("passphrase"));
    drop(data.create(Protection::Passphrase("correct horse battery")).expect("create"));
    let mut group = c.benchmark_group("slow opens");
    group.sample_size(10);
    group.bench_function("open store, passphrase via Argon2id (64 MiB, t=3)", |b| {
        b.iter(|| data.open_with_passphrase("correct horse battery").expect("open"))
    });

    let pbkdf2_path = dir.path().join("pbkdf2.db");
    let conn = rusqlite::Connection::open(&pbkdf2_path).expect("create");
    conn.pragma_update(None, "key", "correct horse battery").expect("key");
    conn.execute_batch("CREATE TABLE t (x);").expect("write");
    drop(conn);
    group.bench_function("peer: SQLCipher passphrase via PBKDF2 (256k iterations)", |b| {
        b.iter(|| {
            let conn = rusqlite::Connection::open(&pbkdf2_path).expect("open");
            conn.pragma_update(None, "key", "correct horse battery").expect("key");
            conn.query_row("SELECT count(*) FROM sqlite_master", [], |row| row.get::<_, i64>(0)).expect("read")
        })
    });
    group.finish();
}

criterion_group!(benches, open);
criterion_main!(benches);
