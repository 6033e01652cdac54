//! Benchmark: load a generated events file into a new table (`cargo bench -p fenl-catalog`).
//!
//! Generates the schema of shared/bench/gen_events.py (time ns sorted, customer_id i64 with
//! `FENL_BENCH_KEYS` keys, amount f64, category i64) with `FENL_BENCH_ROWS` rows (default 10
//! million), writes it as Parquet, loads it three times into fresh tables, and prints the times
//! and this process's peak resident memory.
#![allow(clippy::print_stdout)]

use std::sync::Arc;
use std::time::Instant;

use arrow_array::{Float64Array, Int64Array, RecordBatch, TimestampNanosecondArray};
use arrow_schema::{DataType, Field, Schema, TimeUnit};
use fenl_catalog::{Catalog, Input, TableDef};

fn env(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// xorshift64*: deterministic and fast.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

fn peak_rss_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with("VmHWM:")).and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn main() {
    let rows = env("FENL_BENCH_ROWS", 10_000_000);
    let keys = env("FENL_BENCH_KEYS", 100_000) as u64;
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("events.parquet");
    let schema = Arc::new(Schema::new(vec![
        Field::new("time", DataType::Timestamp(TimeUnit::Nanosecond, None), false),
        Field::new("customer_id", DataType::Int64, false),
        Field::new("amount", DataType::Float64, false),
        Field::new("category", DataType::Int64, false),
    ]));
    let mut rng = Rng(42);
    let start = 1_704_067_200_000_000_000i64;
    let step = 90 * 24 * 3600 * 1_000_000_000i64 / rows as i64;
    let file = std::fs::File::create(&path).unwrap_or_else(|e| panic!("{e}"));
    let mut writer = parquet::arrow::ArrowWriter::try_new(file, schema.clone(), None).unwrap_or_else(|e| panic!("{e}"));
    let chunk = 1 << 20;
    let mut written = 0;
    let mut now = start;
    while written < rows {
        let n = chunk.min(rows - written);
        // Sorted by time, like the shared benchmark file.
        let time: Vec<i64> = (0..n)
            .map(|_| {
                now += (rng.next() % (2 * step.max(1)) as u64) as i64;
                now
            })
            .collect();
        let key: Vec<i64> = (0..n).map(|_| (rng.next() % keys) as i64).collect();
        let amount: Vec<f64> = (0..n).map(|_| (rng.next() % 20_000) as f64 / 100.0).collect();
        let category: Vec<i64> = (0..n).map(|_| (rng.next() % 20) as i64).collect();
        let batch = RecordBatch::try_new(
            schema.clone(),
            vec![
                Arc::new(TimestampNanosecondArray::from(time)),
                Arc::new(Int64Array::from(key)),
                Arc::new(Float64Array::from(amount)),
                Arc::new(Int64Array::from(category)),
            ],
        )
        .unwrap_or_else(|e| panic!("{e}"));
        writer.write(&batch).unwrap_or_else(|e| panic!("{e}"));
        written += n;
    }
    writer.close().unwrap_or_else(|e| panic!("{e}"));
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
