//! One contract for every place nonces and codes are kept ([`Secrets`]): in memory for one
//! server, and in PostgreSQL for servers sharing it, where what one server keeps another takes,
//! and two servers taking the same nonce at once do not both get it.

#[path = "../../crates/mirai-sync/tests/support/postgres.rs"]
mod pg;

use std::collections::HashSet;

use mirai_access::Role;
use mirai_sync_server::{
    Grant, GrantKind, MAX_CODES, MAX_FAILURES_PER_MINUTE, MAX_NONCES, MemorySecrets, PostgresStorage, Redemption,
    Secrets,
};

fn pair(account: &str) -> Grant {
    Grant::Pair { account: account.to_owned() }
}

fn nonce(n: u32) -> [u8; 32] {
    let mut nonce = [7; 32];
    nonce[..4].copy_from_slice(&n.to_be_bytes());
    nonce
}

/// Everything [`Secrets`] promises, with `a` and `b` two servers on the same secrets (the same
/// object for memory). Ends with the failure budget spent: a minute of refusals follows.
async fn contract(a: &dyn Secrets, b: &dyn Secrets) {
    // A nonce kept by one server is good once, on whichever server takes it.
    assert!(a.keep_nonce(nonce(1)).await.expect("keep"));
    assert!(b.take_nonce(nonce(1)).await.expect("take"), "taken where it was not kept");
    assert!(!a.take_nonce(nonce(1)).await.expect("take again"), "replayed");
    assert!(!b.take_nonce(nonce(2)).await.expect("take unknown"), "never kept");

    // Both servers take the same nonces at the same time: each nonce goes to one of them.
    for n in 10..60 {
        assert!(a.keep_nonce(nonce(n)).await.expect("keep"));
    }
    let (won_a, won_b) = tokio::join!(
        async {
            let mut won = 0;
            for n in 10..60 {
                won += usize::from(a.take_nonce(nonce(n)).await.expect("take on a"));
            }
            won
        },
        async {
            let mut won = 0;
            for n in (10..60).rev() {
                won += usize::from(b.take_nonce(nonce(n)).await.expect("take on b"));
            }
            won
        },
    );
    assert_eq!(won_a + won_b, 50, "every nonce taken exactly once ({won_a} on a, {won_b} on b)");

    // A code, typed on the other server in lower case with spaces around, grants what it was
    // kept for, once.
    assert!(a.keep_code("ABCD2345".into(), pair("w-1")).await.expect("keep code"));
    assert!(!b.keep_code("ABCD2345".into(), pair("w-2")).await.expect("keep again"), "a waiting code is not replaced");
    assert_eq!(
        b.take_code(" abcd2345 ".into(), GrantKind::Pair).await.expect("take"),
        Redemption::Granted(pair("w-1"))
    );
    assert_eq!(a.take_code("ABCD2345".into(), GrantKind::Pair).await.expect("take again"), Redemption::Unknown);

    // A team code keeps its organisation and role; typed where a pairing code is asked for, it
    // is not used up.
    let join = Grant::Join { org: "ngo-7".into(), role: Role::Caseworker };
    assert!(b.keep_code("TEAM7777".into(), join.clone()).await.expect("keep team code"));
    assert_eq!(a.take_code("TEAM7777".into(), GrantKind::Pair).await.expect("wrong kind"), Redemption::Unknown);
    assert_eq!(
        a.take_code("team7777".into(), GrantKind::Join).await.expect("take team code"),
        Redemption::Granted(join)
    );

    // Wrong codes on either server spend one budget; then even the right code waits.
    assert!(a.keep_code("RIGHT234".into(), pair("w-3")).await.expect("keep"));
    let mut refused_after = None;
    for attempt in 0..=MAX_FAILURES_PER_MINUTE {
        let server = if attempt % 2 == 0 { a } else { b };
        if server.take_code(format!("WRONG{attempt:03}"), GrantKind::Pair).await.expect("wrong code")
            == Redemption::TooManyFailures
        {
            refused_after = Some(attempt);
            break;
        }
    }
    // Two failures (the used-up code and the wrong kind) came before.
    assert_eq!(refused_after, Some(MAX_FAILURES_PER_MINUTE - 2), "the budget is shared");
    assert_eq!(b.take_code("RIGHT234".into(), GrantKind::Pair).await.expect("right code"), Redemption::TooManyFailures);
}

/// Fills the nonce and code tables: beyond the caps nothing more is kept.
async fn caps(secrets: &dyn Secrets) {
    for n in 0..MAX_NONCES {
        let n = u32::try_from(n).expect("small");
        assert!(secrets.keep_nonce(nonce(1_000_000 + n)).await.expect("keep"), "nonce {n} is under the cap");
    }
    assert!(!secrets.keep_nonce(nonce(9)).await.expect("keep past the cap"), "too many nonces wait");
    let mut codes = HashSet::new();
    for n in 0..MAX_CODES {
        let code = format!("CAP{n:05}");
        assert!(secrets.keep_code(code.clone(), pair("w-4")).await.expect("keep"), "code {n} is under the cap");
        codes.insert(code);
    }
    assert!(!secrets.keep_code("ONEMORE2".into(), pair("w-4")).await.expect("keep past the cap"), "too many codes");
    assert_eq!(codes.len(), MAX_CODES);
}

#[tokio::test]
async fn in_memory() {
    let secrets = MemorySecrets::default();
    contract(&secrets, &secrets).await;
    caps(&MemorySecrets::default()).await;
}

#[test]
fn in_postgresql_shared_by_two_servers() {
    let postgres = pg::TestPostgres::start();
    let url = postgres.create_database("secrets");
    let a = PostgresStorage::connect(&url).expect("server a");
    let b = PostgresStorage::connect(&url).expect("server b");
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).build().expect("runtime");
    runtime.block_on(contract(&a, &b));

    // Expired nonces and codes are refused, and swept to make room.
    let caps_url = postgres.create_database("caps");
    let c = PostgresStorage::connect(&caps_url).expect("server c");
    runtime.block_on(caps(&c));
    let mut admin = postgres.client("caps");
    let aged = admin
        .execute(
            "UPDATE sync_nonces SET expires = now() - interval '1 second' WHERE nonce <> $1",
            &[&nonce(1_000_000).as_slice()],
        )
        .expect("age nonces");
    assert_eq!(aged, (MAX_NONCES - 1) as u64);
    admin.execute("UPDATE sync_codes SET expires = now() - interval '1 second'", &[]).expect("age codes");
    runtime.block_on(async {
        assert!(c.keep_nonce(nonce(9)).await.expect("keep"), "expired nonces make room");
        assert!(c.take_nonce(nonce(1_000_000)).await.expect("take"), "a nonce still good stays good");
        assert!(!c.take_nonce(nonce(1_000_001)).await.expect("take"), "an expired nonce is refused");
        assert_eq!(c.take_code("CAP00000".into(), GrantKind::Pair).await.expect("take"), Redemption::Unknown);
        assert!(c.keep_code("ONEMORE2".into(), pair("w-4")).await.expect("keep"), "expired codes make room");
    });
    let left: i64 = admin.query_one("SELECT count(*) FROM sync_nonces", &[]).expect("count").get(0);
    assert_eq!(left, 1, "the expired nonces were swept");
}
