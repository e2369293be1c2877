//! Replays the key-file fuzz corpus and every saved crasher (`fuzz/corpus/key_file`,
//! `fuzz/regressions/key_file`) through the fuzz target's own check, without a fuzzer.

#[test]
fn key_file_corpus_replays_cleanly() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz");
    let mut replayed = 0;
    for dir in ["corpus/key_file", "regressions/key_file"] {
        for entry in std::fs::read_dir(root.join(dir)).into_iter().flatten().flatten() {
            mirai_keys::fuzzing::key_file(&std::fs::read(entry.path()).expect("read corpus file"));
            replayed += 1;
        }
    }
    assert!(replayed >= 4, "expected the seed corpus, replayed {replayed} inputs");
}
