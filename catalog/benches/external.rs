//! Benchmark: a logical external table over CSV files (`cargo bench -p fenl-catalog --bench external`).
//!
//! Generates the events of shared/bench (`FENL_BENCH_ROWS`, default 10 million, `FENL_BENCH_KEYS`
//! keys), writes them as 10 CSV files, defines a logical external table over the directory and
//! scans it three times: parse, convert, sort into runs and merge, as every query of the table
//! does. Prints the median time, the rate, and this process's peak resident memory. Set
//! `FENL_SORT_MEMORY` (bytes) to force spilling.
#![allow(clippy::print_stdout)]

use std::time::Instant;

use fenl_catalog::bench_data::{env_events, peak_rss_mib};
use fenl_catalog::external::ExternalDef;
use fenl_catalog::{Catalog, Format, TableDef};

fn main() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (path, rows, keys) = env_events(dir.path()).unwrap_or_else(|e| panic!("{e}"));
    let csv_dir = dir.path().join("csv");
    std::fs::create_dir_all(&csv_dir).unwrap_or_else(|e| panic!("{e}"));
    let file = std::fs::File::open(&path).unwrap_or_else(|e| panic!("{e}"));
    let reader = parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(file)
        .and_then(|b| b.with_batch_size(rows.div_ceil(10).max(1)).build())
        .unwrap_or_else(|e| panic!("{e}"));
    for (i, batch) in reader.enumerate() {
        let batch = batch.unwrap_or_else(|e| panic!("{e}"));
        let out = std::fs::File::create(csv_dir.join(format!("part-{i:02}.csv"))).unwrap_or_else(|e| panic!("{e}"));
        let mut writer = arrow_csv::Writer::new(out);
        writer.write(&batch).unwrap_or_else(|e| panic!("{e}"));
    }
    let catalog = Catalog::open(&dir.path().join("catalog").to_string_lossy()).unwrap_or_else(|e| panic!("{e}"));
    let mut def = TableDef::new("Purchases", "time", "customer_id");
    def.external = Some(ExternalDef::new(&csv_dir.to_string_lossy(), Format::Csv));
    catalog.create_external(&def, None, false).unwrap_or_else(|e| panic!("{e}"));
    let mut times = Vec::new();
    for _ in 0..3 {
        let t0 = Instant::now();
        let mut seen = 0;
        for batch in catalog.scan("Purchases", None).unwrap_or_else(|e| panic!("{e}")) {
            seen += batch.unwrap_or_else(|e| panic!("{e}")).num_rows();
        }
        times.push(t0.elapsed().as_secs_f64());
        assert_eq!(seen, rows);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "scan of a logical CSV table, {rows} rows, {keys} keys, 10 files: median {:.2} s (runs {:.2?}), {:.1} M rows/s; peak RSS {:.0} MiB",
        times[1],
        times,
        rows as f64 / times[1] / 1e6,
        peak_rss_mib()
    );
}
