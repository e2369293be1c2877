//! Replays the pack fuzz corpora and every saved crasher through the fuzz targets' own checks,
//! without a fuzzer; and keeps the seed corpus made of real packs.

mod support;

use std::path::{Path, PathBuf};

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz")
}

fn replay(target: &str, check: fn(&[u8])) -> usize {
    let mut replayed = 0;
    for dir in [format!("corpus/{target}"), format!("regressions/{target}")] {
        for entry in std::fs::read_dir(fuzz_dir().join(dir)).into_iter().flatten().flatten() {
            check(&std::fs::read(entry.path()).expect("read corpus file"));
            replayed += 1;
        }
    }
    replayed
}

#[test]
fn pack_corpora_replay_cleanly() {
    assert!(replay("pack_manifest", mirai_pack::fuzzing::manifest) >= 2, "seed corpus missing");
    assert!(replay("pack_archive", mirai_pack::fuzzing::archive) >= 2, "seed corpus missing");
    assert!(replay("pack_index", mirai_pack::fuzzing::index) >= 1, "seed corpus missing");
    assert!(replay("pack_delta", mirai_pack::fuzzing::delta) >= 1, "seed corpus missing");
    assert!(replay("questionnaire", mirai_pack::fuzzing::questionnaire) >= 1, "seed corpus missing");
}

/// Writes the seed corpus from packs built the current way: `MIRAI_WRITE_CORPUS=1`.
#[test]
fn seed_corpus_is_made_of_real_packs() {
    let manifest_seed = fuzz_dir().join("corpus/pack_manifest/manifest.json");
    let archive_seed = fuzz_dir().join("corpus/pack_archive/pack.mpk");
    if std::env::var_os("MIRAI_WRITE_CORPUS").is_some() {
        let world = support::World::new();
        let pack = support::content(&mut support::Rng(7), "default", 1);
        std::fs::write(&manifest_seed, pack.manifest_bytes()).expect("write");
        std::fs::write(&archive_seed, support::signed(&world, &pack)).expect("write");
        std::fs::write(fuzz_dir().join("corpus/pack_archive/unsigned.mpk"), pack.to_pack(None, 3).expect("pack"))
            .expect("write");
        std::fs::write(fuzz_dir().join("corpus/pack_manifest/empty.json"), b"{}").expect("write");
        let index = mirai_pack::Index {
            version: 3,
            created_at: "2026-11-23".parse().expect("date"),
            packs: vec![mirai_pack::IndexEntry {
                pack_id: mirai_pack::PackId::parse("default").expect("id"),
                version: 2,
                title: Default::default(),
                languages: vec![mirai_core::Language::En],
                file: offered("default-2.mpk"),
                deltas: vec![(1, offered("default-1-2.mpd"))],
            }],
        };
        std::fs::create_dir_all(fuzz_dir().join("corpus/pack_index")).expect("folder");
        std::fs::write(index_seed(), index.sign(&world.keys, &world.content_key)).expect("write");
        let base = mirai_pack::fuzzing::delta_base().expect("base");
        let next = mirai_pack::fuzzing::empty_pack(2).expect("next");
        let delta = mirai_pack::make_delta(base, &next, 3, &mirai_pack::Limits::default()).expect("delta");
        std::fs::create_dir_all(fuzz_dir().join("corpus/pack_delta")).expect("folder");
        std::fs::write(delta_seed(), delta).expect("write");
    }
    assert!(manifest_seed.exists() && archive_seed.exists() && index_seed().exists() && delta_seed().exists());
    // The delta seed fits the base the target applies it to, so the fuzzer starts deep inside.
    let delta = std::fs::read(delta_seed()).expect("read seed");
    let base = mirai_pack::fuzzing::delta_base().expect("base");
    assert!(mirai_pack::apply_delta(base, &delta, &mirai_pack::Limits::default()).is_ok(), "seed delta does not apply");
}

fn index_seed() -> PathBuf {
    fuzz_dir().join("corpus/pack_index/index.json")
}

fn delta_seed() -> PathBuf {
    fuzz_dir().join("corpus/pack_delta/delta.mpd")
}

fn offered(name: &str) -> mirai_pack::Offered {
    mirai_pack::Offered { path: mirai_pack::PackPath::parse(name).expect("path"), size: 1000, sha256: [7; 32] }
}
