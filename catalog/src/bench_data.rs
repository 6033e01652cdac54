//! Generated benchmark data: the schema of shared/bench/gen_events.py (time sorted, ns;
//! customer_id i64; amount f64; category i64), deterministic, written as Parquet. Used by the
//! load and query benchmarks.

use std::sync::Arc;

use arrow_array::{Float64Array, Int64Array, RecordBatch, TimestampNanosecondArray};
use arrow_schema::{DataType, Field, Schema, TimeUnit};

use crate::error::Result;

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

/// Writes `rows` events over `keys` customers (and `FENL_BENCH_ITEMS` items, default 10,000),
/// 90 days from 2024-01-01, to a Parquet file.
pub fn write_events(path: &std::path::Path, rows: usize, keys: u64) -> Result<()> {
    let schema = Arc::new(Schema::new(vec![
        Field::new("time", DataType::Timestamp(TimeUnit::Nanosecond, None), false),
        Field::new("customer_id", DataType::Int64, false),
        Field::new("amount", DataType::Float64, false),
        Field::new("category", DataType::Int64, false),
        Field::new("item_id", DataType::Int64, false),
    ]));
    let items = env_size("FENL_BENCH_ITEMS", 10_000) as u64;
    let mut rng = Rng(42);
    let step = 90 * 24 * 3600 * 1_000_000_000i64 / rows.max(1) as i64;
    let file = std::fs::File::create(path)
        .map_err(|e| crate::Error::Storage(format!("cannot write {}: {e}", path.display())))?;
    let mut writer = parquet::arrow::ArrowWriter::try_new(file, schema.clone(), None)?;
    let chunk = 1 << 20;
    let mut written = 0;
    let mut now = 1_704_067_200_000_000_000i64;
    while written < rows {
        let n = chunk.min(rows - written);
        // Sorted by time, like the shared benchmark file.
        let time: Vec<i64> = (0..n)
            .map(|_| {
                now += (rng.next() % (2 * step.max(1)) as u64) as i64;
                now
            })
            .collect();
        let key: Vec<i64> = (0..n).map(|_| (rng.next() % keys.max(1)) as i64).collect();
        let amount: Vec<f64> = (0..n).map(|_| (rng.next() % 20_000) as f64 / 100.0).collect();
        let category: Vec<i64> = (0..n).map(|_| (rng.next() % 20) as i64).collect();
        let item: Vec<i64> = (0..n).map(|_| (rng.next() % items.max(1)) as i64).collect();
        let batch = RecordBatch::try_new(
            schema.clone(),
            vec![
                Arc::new(TimestampNanosecondArray::from(time)),
                Arc::new(Int64Array::from(key)),
                Arc::new(Float64Array::from(amount)),
                Arc::new(Int64Array::from(category)),
                Arc::new(Int64Array::from(item)),
            ],
        )?;
        writer.write(&batch)?;
        written += n;
    }
    writer.close()?;
    Ok(())
}

/// A size from the environment (`FENL_BENCH_ROWS`...), or the default.
pub fn env_size(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// The benchmarks' input: `dir/events.parquet` with `FENL_BENCH_ROWS` rows (default 10 million)
/// over `FENL_BENCH_KEYS` keys (default 100,000). Returns the path, the rows and the keys.
pub fn env_events(dir: &std::path::Path) -> Result<(std::path::PathBuf, usize, u64)> {
    let rows = env_size("FENL_BENCH_ROWS", 10_000_000);
    let keys = env_size("FENL_BENCH_KEYS", 100_000) as u64;
    let path = dir.join("events.parquet");
    write_events(&path, rows, keys)?;
    Ok((path, rows, keys))
}

/// This process's peak resident memory so far, in MiB (Linux; NaN elsewhere).
pub fn peak_rss_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with("VmHWM:")).and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}
