//! An installer killed (SIGKILL) at random points leaves the old version or the new one
//! active, whole, never neither, and the database passes its integrity checks.
//!
//! The parent installs version 1, then over and over starts itself as a child that installs
//! version after version and kills it at a random moment. After each kill it reopens the store
//! and checks that exactly one version is active and that its files are exactly the ones its
//! manifest lists. `MIRAI_CRASH_SEED` replays a run; `MIRAI_CRASH_CYCLES` sets the kill count.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use mirai_core::Language;
use mirai_keys::RawKey;
use mirai_pack::{
    KeysDocument, Limits, Manifest, PackBuilder, PackId, PackPath, SecretKey, TrustAnchor, sign_keys_document,
};
use mirai_store::{PackTrust, Store};
use sha2::{Digest, Sha256};

const CHILD_ENV: &str = "MIRAI_PACK_CRASH_CHILD_DIR";

fn key() -> RawKey {
    RawKey::from_bytes([0x29; 32])
}

/// Fixed test keys, so parent and child agree without passing secrets around.
fn secret(n: u8) -> SecretKey {
    SecretKey::from_hex(&hex::encode([n; 32])).unwrap_or_else(|e| fail(&format!("key: {e}")))
}

fn trust() -> PackTrust {
    let roots = [secret(1), secret(2)];
    let anchor =
        TrustAnchor::new(roots.iter().map(SecretKey::public).collect(), 2).unwrap_or_else(|e| fail(&e.to_string()));
    PackTrust { anchor, app_version: semver::Version::new(0, 1, 0), limits: Limits::default() }
}

/// Version `version` of the pack: 150 articles whose text depends on the version, so every
/// update rewrites every file.
fn pack(version: u64) -> Vec<u8> {
    let roots = [secret(1), secret(2)];
    let content = secret(3);
    let document = KeysDocument {
        version: 1,
        expires: "2030-01-01".parse().unwrap_or(mirai_core::Date::MAX),
        keys: vec![content.public()],
    };
    let keys = sign_keys_document(&document, &roots.iter().collect::<Vec<_>>());
    let langs = [Language::En, Language::Ja];
    let title: BTreeMap<Language, String> = langs.iter().map(|l| (*l, format!("v{version}"))).collect();
    let mut builder = PackBuilder::new(
        PackId::parse("default").unwrap_or_else(|e| fail(&e.to_string())),
        version,
        "2026-11-01".parse().unwrap_or(mirai_core::Date::MAX),
        semver::Version::new(0, 1, 0),
        title,
        langs.to_vec(),
    );
    for i in 0..150 {
        let body = format!("version {version} article {i} ").repeat(40);
        let text: BTreeMap<&str, serde_json::Value> = langs
            .iter()
            .map(|l| (l.code(), serde_json::json!({"title": format!("t{i}"), "summary": "s", "body": body})))
            .collect();
        let article = serde_json::json!({
            "id": format!("a{i}"), "category": "living", "reviewed": "2026-11-01",
            "sources": [{"title": "ISA", "url": "https://www.moj.go.jp/isa/"}], "text": text,
        });
        let path = PackPath::parse(&format!("articles/a{i}.json")).unwrap_or_else(|e| fail(&e.to_string()));
        builder.add(path, serde_json::to_vec(&article).unwrap_or_default()).unwrap_or_else(|e| fail(&e.to_string()));
    }
    let unsigned = builder.build(&Limits::default()).unwrap_or_else(|e| fail(&e.to_string()));
    unsigned.to_pack(Some(&unsigned.sign(&keys, &content)), 1).unwrap_or_else(|e| fail(&e.to_string()))
}

fn main() {
    match std::env::var_os(CHILD_ENV) {
        Some(dir) => child(Path::new(&dir)),
        None => parent(),
    }
}

fn child(dir: &Path) {
    let trust = trust();
    let mut store = Store::open(&dir.join("mirai.db"), &key()).unwrap_or_else(|e| fail(&format!("child open: {e}")));
    let mut version = store.installed_pack_file("default").ok().flatten().map(|(v, _)| v).unwrap_or(0);
    loop {
        version += 1;
        let bytes = pack(version);
        // Announce the attempt first, then the success.
        println!("try {version}");
        store
            .import_pack_bytes(&dir.join("packs"), &bytes, &trust, &mut |_, _| {})
            .unwrap_or_else(|e| fail(&format!("child install {version}: {e}")));
        println!("done {version}");
    }
}

fn parent() {
    let cycles: u32 = std::env::var("MIRAI_CRASH_CYCLES").ok().and_then(|v| v.parse().ok()).unwrap_or(120);
    let seed: u64 = std::env::var("MIRAI_CRASH_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(1) | 1);
    println!("pack install crash test: {cycles} kill cycles, MIRAI_CRASH_SEED={seed}");
    let mut rng = seed;
    let dir = tempfile::tempdir().unwrap_or_else(|e| fail(&e.to_string()));
    let trust = trust();
    {
        let mut store = Store::create(&dir.path().join("mirai.db"), &key()).unwrap_or_else(|e| fail(&e.to_string()));
        store
            .import_pack_bytes(&dir.path().join("packs"), &pack(1), &trust, &mut |_, _| {})
            .unwrap_or_else(|e| fail(&e.to_string()));
    }
    let exe = std::env::current_exe().unwrap_or_else(|e| fail(&e.to_string()));
    let (mut old_seen, mut new_seen) = (0, 0);
    for cycle in 1..=cycles {
        let mut child = Command::new(&exe)
            .env(CHILD_ENV, dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap_or_else(|e| fail(&format!("spawn: {e}")));
        let stdout = child.stdout.take().unwrap_or_else(|| fail("no stdout"));
        let lines = std::sync::Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
        let sink = lines.clone();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Ok(mut all) = sink.lock() {
                    all.push(line);
                }
            }
        });
        // Wait until an install has started, then kill after a random 0-120 ms.
        let start = std::time::Instant::now();
        while lines.lock().map(|l| l.is_empty()).unwrap_or(true) {
            if start.elapsed() > Duration::from_secs(30) {
                fail("child never started an install");
            }
            std::thread::sleep(Duration::from_millis(1));
        }
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        std::thread::sleep(Duration::from_micros(rng % 120_000));
        let _ = child.kill();
        let _ = child.wait();
        let _ = reader.join();
        let log = lines.lock().map(|l| l.clone()).unwrap_or_default();
        let last_done = log.iter().rev().find_map(|l| l.strip_prefix("done ")).and_then(|v| v.parse::<u64>().ok());
        let last_try = log.iter().rev().find_map(|l| l.strip_prefix("try ")).and_then(|v| v.parse::<u64>().ok());

        let store = Store::open(&dir.path().join("mirai.db"), &key())
            .unwrap_or_else(|e| fail(&format!("cycle {cycle}: reopen: {e}")));
        let problems = store.integrity_problems().unwrap_or_else(|e| fail(&e.to_string()));
        if !problems.is_empty() {
            fail(&format!("cycle {cycle}: integrity: {problems:?}"));
        }
        let active = check_one_whole_version(&store, cycle);
        // Active must be the last finished install or the one that was in progress.
        let attempted = last_try.unwrap_or(active);
        let finished = last_done.unwrap_or(attempted - 1);
        if active != finished && active != attempted {
            fail(&format!(
                "cycle {cycle}: version {active} active; last finished {finished}, last attempted {attempted}"
            ));
        }
        if active == attempted && last_done != Some(attempted) { new_seen += 1 } else { old_seen += 1 }
    }
    let store = Store::open(&dir.path().join("mirai.db"), &key()).unwrap_or_else(|e| fail(&e.to_string()));
    store.remove_unused_pack_files(&dir.path().join("packs")).unwrap_or_else(|e| fail(&e.to_string()));
    let left = std::fs::read_dir(dir.path().join("packs")).map(|d| d.count()).unwrap_or(0);
    if left != 1 {
        fail(&format!("{left} pack files left after cleanup, expected 1"));
    }
    println!(
        "pack install crash test passed: {cycles} kills; killed mid-install with the old version active {old_seen} times, \
         with the new one committed but not yet reported {new_seen} times; never neither, integrity ok"
    );
}

/// Exactly one version is installed and its files are exactly its manifest's. Returns it.
fn check_one_whole_version(store: &Store, cycle: u32) -> u64 {
    let packs = store.installed_packs().unwrap_or_else(|e| fail(&e.to_string()));
    let [pack] = packs.as_slice() else { fail(&format!("cycle {cycle}: {} packs installed", packs.len())) };
    let manifest_bytes = store.pack_manifest(&pack.pack_id).unwrap_or_else(|e| fail(&e.to_string()));
    let manifest = Manifest::parse(&manifest_bytes, &Limits::default()).unwrap_or_else(|e| fail(&e.to_string()));
    let files = store.pack_files("articles").unwrap_or_else(|e| fail(&e.to_string()));
    if files.len() != manifest.files.len() {
        fail(&format!("cycle {cycle}: {} files stored, manifest lists {}", files.len(), manifest.files.len()));
    }
    for ((_, path, data), entry) in files.iter().zip(&manifest.files) {
        if *path != entry.path.as_str() || <[u8; 32]>::from(Sha256::digest(data)) != entry.sha256 {
            fail(&format!("cycle {cycle}: {path} does not belong to version {}", pack.version));
        }
    }
    pack.version
}

fn fail(message: &str) -> ! {
    eprintln!("FAILED: {message}");
    std::process::exit(1);
}
