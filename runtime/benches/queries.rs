//! Benchmark: the query workloads of shared/bench/README.md (`cargo bench -p fenl-runtime`) on
//! generated events (`FENL_BENCH_ROWS`, default 10 million; `FENL_BENCH_KEYS`, default 100,000):
//! history_aggs, snapshot_aggs and daily_window, and lookup_item_mean (each purchase with the
//! running mean price of its item over all customers: `with_key` to 10,000 items, then
//! `lookup`), each compiled, run and written as Parquet as the rows stream out. Prints each
//! workload's time and the process's peak resident memory.
#![allow(clippy::print_stdout)]

use std::time::Instant;

/// The allocator of the `fenl` binary, so the figures are the CLI's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use fenl_catalog::bench_data::{env_events, peak_rss_mib};
use fenl_catalog::{Catalog, Input, TableDef};
use fenl_runtime::{ResultMode, RunOptions};

const AGGS: &str = "{ total: sum(Purchases.amount), n: count(Purchases.amount), avg: mean(Purchases.amount), mx: max(Purchases.amount) }";
const LOOKUP: &str = "let by_item = Purchases | with_key($input.item_id, grouping = \"item\")
let item_mean = mean(by_item.amount)
in { amount: Purchases.amount, item_mean: lookup(Purchases.item_id, item_mean) }";
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
        ("lookup_item_mean", LOOKUP, ResultMode::History),
    ] {
        let start = Instant::now();
        let analysis = fenl_compiler::analyze(query, &catalog);
        let logical = analysis
            .hir
            .as_ref()
            .and_then(fenl_compiler::plan::logical::build)
            .unwrap_or_else(|| panic!("{name} does not compile"));
        let physical = fenl_compiler::plan::physical::lower(&logical).unwrap_or_else(|e| panic!("{e}"));
        let out = std::fs::File::create(dir.path().join(format!("{name}.parquet"))).unwrap_or_else(|e| panic!("{e}"));
        let mut writer: Option<parquet::arrow::ArrowWriter<std::fs::File>> = None;
        let mut out = Some(out);
        let mut rows = 0;
        fenl_runtime::run_streaming(&physical, &catalog, &RunOptions { mode, ..Default::default() }, &mut |batch| {
            rows += batch.num_rows();
            if writer.is_none() {
                let file = out.take().unwrap_or_else(|| panic!("one output file"));
                writer = Some(
                    parquet::arrow::ArrowWriter::try_new(file, batch.schema(), None).unwrap_or_else(|e| panic!("{e}")),
                );
            }
            if let Some(w) = writer.as_mut() {
                w.write(&batch).unwrap_or_else(|e| panic!("{e}"));
            }
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{e}"));
        if let Some(w) = writer {
            w.close().unwrap_or_else(|e| panic!("{e}"));
        }
        println!(
            "{name}: {:.2} s, {} rows (peak RSS so far {:.0} MiB)",
            start.elapsed().as_secs_f64(),
            rows,
            peak_rss_mib()
        );
    }
}
