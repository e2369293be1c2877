//! A process killed (SIGKILL) in the middle of profile writes and self-check answers loses
//! nothing it acknowledged: a half-filled self-check survives a crash or a flat battery.
//!
//! The test binary plays two parts. As the parent it creates a store, then over and over
//! starts itself as a child that saves profile after profile, each followed by a self-check
//! answer holding the same revision, and prints each revision once both saves have returned,
//! kills that child at a random moment, reopens the store and checks that the database is whole
//! and holds at least the last acknowledged revision, with exactly the content written for it,
//! and an answer from that revision or (killed between the two saves) the one before.
//!
//! `MIRAI_CRASH_SEED=<n>` replays a run; `MIRAI_CRASH_CYCLES=<n>` changes its length.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use mirai_core::{Date, Journey, Language, Profile};
use mirai_keys::RawKey;
use mirai_selfcheck::Answer;
use mirai_store::Store;

const CHILD_ENV: &str = "MIRAI_CRASH_CHILD_DB";
const SHEET: &str = "worker-self-check";
const QUESTION: &str = "overtime-hours";

fn key() -> RawKey {
    RawKey::from_bytes([0x17; 32])
}

fn today() -> Date {
    "2026-11-23".parse().unwrap_or(Date::MAX)
}

/// The profile written at `revision`, so the parent can tell which write it is looking at.
fn profile_for(revision: u64) -> Profile {
    let offset = i32::try_from(revision % 3000).unwrap_or(0);
    Profile {
        ui_language: Some(Language::ALL[(revision % 9) as usize]),
        home_country: ["VN", "PH", "ID", "MM", "NP"][(revision % 5) as usize].parse().ok(),
        journey: Journey::InJapan { arrival: Some(today().plus_days(-offset)) },
    }
}

fn main() {
    match std::env::var_os(CHILD_ENV) {
        Some(db) => child(Path::new(&db)),
        None => parent(),
    }
}

fn child(db: &Path) {
    let mut store = Store::open(db, &key()).unwrap_or_else(|e| fail(&format!("child open: {e}")));
    let mut revision = store.profile().unwrap_or_else(|e| fail(&format!("child read: {e}"))).revision;
    loop {
        revision += 1;
        let saved =
            store.save_profile(&profile_for(revision), today()).unwrap_or_else(|e| fail(&format!("child save: {e}")));
        if saved != revision {
            fail(&format!("child: saved revision {saved}, expected {revision}"));
        }
        store
            .save_answer(SHEET, QUESTION, Some(&Answer::Number(revision as f64)))
            .unwrap_or_else(|e| fail(&format!("child answer: {e}")));
        // Acknowledge only after both saves returned.
        println!("{revision}");
    }
}

fn parent() {
    let cycles: u32 = std::env::var("MIRAI_CRASH_CYCLES").ok().and_then(|v| v.parse().ok()).unwrap_or(40);
    let seed: u64 = std::env::var("MIRAI_CRASH_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(1) | 1);
    println!("crash test: {cycles} kill cycles, MIRAI_CRASH_SEED={seed}");
    let mut rng = seed;
    let dir = tempfile::tempdir().unwrap_or_else(|e| fail(&format!("tempdir: {e}")));
    let db = dir.path().join("mirai.db");
    drop(Store::create(&db, &key()).unwrap_or_else(|e| fail(&format!("create: {e}"))));
    let exe = std::env::current_exe().unwrap_or_else(|e| fail(&format!("current_exe: {e}")));

    let mut last_acked = 0u64;
    let mut total_acks = 0usize;
    for cycle in 1..=cycles {
        let mut child = Command::new(&exe)
            .env(CHILD_ENV, &db)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap_or_else(|e| fail(&format!("spawn: {e}")));
        let stdout = child.stdout.take().unwrap_or_else(|| fail("no child stdout"));
        let (tx, rx) = mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Ok(revision) = line.trim().parse::<u64>()
                    && tx.send(revision).is_err()
                {
                    break;
                }
            }
        });
        // Wait for at least one write, then kill after a random 0–150 ms of further writes.
        let started = Instant::now();
        let first = rx.recv_timeout(Duration::from_secs(30)).unwrap_or_else(|_| fail("child never wrote"));
        last_acked = last_acked.max(first);
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        std::thread::sleep(Duration::from_micros(rng % 150_000));
        child.kill().unwrap_or_else(|e| fail(&format!("kill: {e}")));
        let _ = child.wait();
        let _ = reader.join();
        let acks: Vec<u64> = rx.try_iter().collect();
        total_acks += acks.len() + 1;
        last_acked = last_acked.max(acks.last().copied().unwrap_or(first));

        let store = Store::open(&db, &key()).unwrap_or_else(|e| fail(&format!("cycle {cycle}: reopen: {e}")));
        let problems = store.integrity_problems().unwrap_or_else(|e| fail(&format!("cycle {cycle}: check: {e}")));
        if !problems.is_empty() {
            fail(&format!("cycle {cycle}: integrity problems: {problems:?}"));
        }
        let read = store.profile().unwrap_or_else(|e| fail(&format!("cycle {cycle}: read: {e}")));
        if read.revision < last_acked {
            fail(&format!("cycle {cycle}: acknowledged revision {last_acked} lost, found {}", read.revision));
        }
        if read.profile != profile_for(read.revision) {
            fail(&format!("cycle {cycle}: revision {} holds the wrong content", read.revision));
        }
        let answers = store.draft_answers(SHEET).unwrap_or_else(|e| fail(&format!("cycle {cycle}: answers: {e}")));
        let answered = match answers.get(QUESTION) {
            Some(Answer::Number(n)) => *n as u64,
            other => fail(&format!("cycle {cycle}: answer {other:?}")),
        };
        if answered < last_acked || !(read.revision.saturating_sub(1)..=read.revision).contains(&answered) {
            fail(&format!(
                "cycle {cycle}: answer {answered} with profile {} and {last_acked} acknowledged",
                read.revision
            ));
        }
        println!(
            "cycle {cycle:>3}: killed after {:>4} ms, last acked {last_acked}, on disk {} - ok",
            started.elapsed().as_millis(),
            read.revision
        );
    }
    println!("crash test passed: {cycles} kills, {total_acks} acknowledged writes, none lost, integrity ok");
}

fn fail(message: &str) -> ! {
    eprintln!("FAILED: {message}");
    std::process::exit(1);
}
