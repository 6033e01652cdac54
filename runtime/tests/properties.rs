//! Results do not depend on how the input arrived: shuffled rows loaded into a table give the
//! same rows as sorted ones, and so does the same data split over several loads.

use fenl_catalog::{Catalog, Input, TableDef};

fn rows(n: usize) -> Vec<String> {
    (0..n)
        .map(|i| {
            format!("2024-01-{:02}T{:02}:00:00Z,k{},{},{i}", 1 + (i * 7) % 20, (i * 5) % 24, i % 9, (i * 31) % 100)
        })
        .collect()
}

fn shuffle(mut lines: Vec<String>, mut seed: u64) -> Vec<String> {
    for i in (1..lines.len()).rev() {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        lines.swap(i, (seed >> 33) as usize % (i + 1));
    }
    lines
}

fn run(loads: &[Vec<String>], query: &str, snapshot: bool) -> String {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let catalog = Catalog::open(&dir.path().join("c").to_string_lossy()).unwrap_or_else(|e| panic!("{e}"));
    let mut def = TableDef::new("T", "time", "key");
    // Equal times must not depend on load order: a unique subsort column decides it.
    def.subsort_column = Some("seq".into());
    catalog.create_table(&def).unwrap_or_else(|e| panic!("{e}"));
    for (n, lines) in loads.iter().enumerate() {
        let path = dir.path().join(format!("{n}.csv"));
        let text: String =
            std::iter::once("time,key,v,seq\n".to_owned()).chain(lines.iter().map(|l| format!("{l}\n"))).collect();
        std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
        catalog
            .load("T", &[Input::new(&path.to_string_lossy(), None).unwrap_or_else(|e| panic!("{e}"))], &|_| {})
            .unwrap_or_else(|e| panic!("{e}"));
    }
    let analysis = fenl_compiler::analyze(query, &catalog);
    assert!(!analysis.has_errors(), "{:?}", analysis.diagnostics);
    let logical =
        analysis.hir.as_ref().and_then(fenl_compiler::plan::logical::build).unwrap_or_else(|| panic!("no plan"));
    let physical = fenl_compiler::plan::physical::lower(&logical).unwrap_or_else(|e| panic!("{e}"));
    let mode = if snapshot { fenl_runtime::ResultMode::Snapshot } else { fenl_runtime::ResultMode::History };
    let batch = fenl_runtime::run(&physical, &catalog, &fenl_runtime::RunOptions { mode, ..Default::default() })
        .unwrap_or_else(|e| panic!("{e}"));
    let mut out = Vec::new();
    fenl_runtime::write_csv(&batch, &mut out).unwrap_or_else(|e| panic!("{e}"));
    String::from_utf8_lossy(&out).into_owned()
}

#[test]
fn shuffled_and_split_inputs_give_the_same_results() {
    let data = rows(300);
    let query = "{ s: sum(T.v), c: count(T), d: sum(T.v, window = since(daily())), l: T.v | lag(2), m: max(T.v, window = trailing(hours(6))) }";
    for snapshot in [false, true] {
        let sorted = run(std::slice::from_ref(&data), query, snapshot);
        assert!(sorted.lines().count() > if snapshot { 5 } else { 300 });
        for seed in 1..4 {
            let shuffled = shuffle(data.clone(), seed);
            assert_eq!(run(std::slice::from_ref(&shuffled), query, snapshot), sorted, "shuffled (seed {seed})");
            let (a, b) = shuffled.split_at(shuffled.len() / 3);
            assert_eq!(run(&[a.to_vec(), b.to_vec()], query, snapshot), sorted, "split over two loads (seed {seed})");
        }
    }
}
