//! Benchmark: the query workloads of shared/bench/README.md (`cargo bench -p fenl-runtime`) on
//! generated events (`FENL_BENCH_ROWS`, default 10 million; `FENL_BENCH_KEYS`, default 100,000):
//! history_aggs, snapshot_aggs and daily_window, each compiled, run and written as Parquet.
//! Prints each workload's time and the process's peak resident memory.
#![allow(clippy::print_stdout)]

use std::time::Instant;

use fenl_catalog::bench_data::{env_events, peak_rss_mib};
use fenl_catalog::{Catalog, Input, TableDef};
use fenl_runtime::{ResultMode, RunOptions};

const AGGS: &str = "{ total: sum(Purchases.amount), n: count(Purchases.amount), avg: mean(Purchases.amount), mx: max(Purchases.amount) }";
const DAILY: &str =
    "{ daily: sum(Purchases.amount, window = since(daily())), n: count(Purchases.amount, window = since(daily())) }";

fn main() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (path, _, _) = env_events(dir.path()).unwrap_or_else(|e| panic!("{e}"));
    let catalog = Catalog::open(&dir.path().join("catalog").to_string_lossy()).unwrap_or_else(|e| panic!("{e}"));
    catalog.create_table(&TableDef::new("Purchases", "time", "customer_id")).unwrap_or_else(|e| panic!("{e}"));
    let input = Input::new(&path.to_string_lossy(), None).unwrap_or_else(|e| panic!("{e}"));
    catalog.load("Purchases", &[input], &|_| {}).unwrap_or_else(|e| panic!("{e}"));
    for (name, query, mode) in [
        ("history_aggs", AGGS, ResultMode::History),
        ("snapshot_aggs", AGGS, ResultMode::Snapshot),
        ("daily_window", DAILY, ResultMode::History),
    ] {
        let start = Instant::now();
        let analysis = fenl_compiler::analyze(query, &catalog);
        let logical = analysis
            .hir
            .as_ref()
            .and_then(fenl_compiler::plan::logical::build)
            .unwrap_or_else(|| panic!("{name} does not compile"));
        let physical = fenl_compiler::plan::physical::lower(&logical).unwrap_or_else(|e| panic!("{e}"));
        let batch = fenl_runtime::run(&physical, &catalog, &RunOptions { mode, ..Default::default() })
            .unwrap_or_else(|e| panic!("{e}"));
        let out = std::fs::File::create(dir.path().join(format!("{name}.parquet"))).unwrap_or_else(|e| panic!("{e}"));
        let mut writer =
            parquet::arrow::ArrowWriter::try_new(out, batch.schema(), None).unwrap_or_else(|e| panic!("{e}"));
        writer.write(&batch).unwrap_or_else(|e| panic!("{e}"));
        writer.close().unwrap_or_else(|e| panic!("{e}"));
        println!(
            "{name}: {:.2} s, {} rows (peak RSS so far {:.0} MiB)",
            start.elapsed().as_secs_f64(),
            batch.num_rows(),
            peak_rss_mib()
        );
    }
}
