//! Benchmark: load a generated events file into a new table (`cargo bench -p fenl-catalog`).
//!
//! Generates the schema of shared/bench/gen_events.py (time ns sorted, customer_id i64 with
//! `FENL_BENCH_KEYS` keys, amount f64, category i64) with `FENL_BENCH_ROWS` rows (default 10
//! million), writes it as Parquet, loads it three times into fresh tables, and prints the times
//! and this process's peak resident memory.
#![allow(clippy::print_stdout)]

use std::time::Instant;

use fenl_catalog::bench_data::{env_events, peak_rss_mib};
use fenl_catalog::{Catalog, Input, TableDef};

fn main() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (path, rows, keys) = env_events(dir.path()).unwrap_or_else(|e| panic!("{e}"));
    let input = Input::new(&path.to_string_lossy(), None).unwrap_or_else(|e| panic!("{e}"));
    let mut times = Vec::new();
    for run in 0..3 {
        let catalog = Catalog::open(&dir.path().join(format!("catalog{run}")).to_string_lossy())
            .unwrap_or_else(|e| panic!("{e}"));
        catalog.create_table(&TableDef::new("Purchases", "time", "customer_id")).unwrap_or_else(|e| panic!("{e}"));
        let t0 = Instant::now();
        let report = catalog.load("Purchases", std::slice::from_ref(&input), &|_| {}).unwrap_or_else(|e| panic!("{e}"));
        times.push(t0.elapsed().as_secs_f64());
        assert_eq!(report.rows, rows as u64);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "load of {rows} rows, {keys} keys: median {:.2} s (runs {:.2?}), {:.1} M rows/s; peak RSS of the whole benchmark {:.0} MiB",
        times[1],
        times,
        rows as f64 / times[1] / 1e6,
        peak_rss_mib()
    );
}
