//! Replays the fuzz corpus and every crash the fuzzer ever found through the fuzz target's
//! invariants, so CI keeps the regressions without running the fuzzer.

#[test]
fn fuzz_corpus_and_past_crashes_keep_the_invariants() {
    let tables = fenl_tests::fixture_tables();
    let root = fenl_tests::workspace_root();
    let mut replayed = 0;
    for dir in ["compiler/fuzz/seeds/parse_check", "tests/fixtures/fuzz-failures"] {
        for entry in std::fs::read_dir(root.join(dir)).into_iter().flatten().flatten() {
            let data = std::fs::read(entry.path()).unwrap_or_default();
            fenl_compiler::testing::check_invariants(&data, &tables);
            replayed += 1;
        }
    }
    assert!(replayed >= 100, "replayed only {replayed} inputs");
}
