//! Replays the IPC-values fuzz corpus and every saved crasher (`fuzz/corpus/ipc_values`,
//! `fuzz/regressions/ipc_values`) through the fuzz target's own check, without a fuzzer.

#[test]
fn ipc_values_corpus_replays_cleanly() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz");
    let mut replayed = 0;
    for dir in ["corpus/ipc_values", "regressions/ipc_values"] {
        for entry in std::fs::read_dir(root.join(dir)).into_iter().flatten().flatten() {
            mirai_core::fuzzing::ipc_values(&std::fs::read(entry.path()).expect("read corpus file"));
            replayed += 1;
        }
    }
    assert!(replayed >= 10, "expected the seed corpus, replayed {replayed} inputs");
}
