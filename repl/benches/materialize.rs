//! Benchmark: a materialization kept up to date (`cargo bench -p fenl-repl --bench materialize`).
//!
//! Generated events (`FENL_BENCH_ROWS`, default 10 million, over `FENL_BENCH_KEYS`, default
//! 100,000 customers) are loaded and `history_aggs` is materialized (the backfill); then
//! `FENL_BENCH_LOADS` (default 1,000) loads of 1,000 later events each are committed one at a
//! time while `fenl materialize run --live` follows the table. Reports the full recomputation,
//! the backfill, each live run's time (median, 99th percentile), the latency from a load's
//! commit (its commit timestamp) to the last of its result rows on the live process's stdout,
//! and then `FENL_BENCH_RUNS` (default 100) more loads each followed by a separate
//! `fenl materialize run` process. Drives the `fenl` binary, as a user would.
#![allow(clippy::print_stdout)]

use std::io::BufRead;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use arrow_array::{Float64Array, Int64Array, RecordBatch, TimestampNanosecondArray};
use fenl_catalog::bench_data::{env_events, env_size};

const AGGS: &str = "{ total: sum(Purchases.amount), n: count(Purchases.amount), avg: mean(Purchases.amount), mx: max(Purchases.amount) }\n";

fn fenl(dir: &Path, args: &[&str]) -> (Duration, String) {
    let start = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_fenl"))
        .args(args)
        .current_dir(dir)
        .env("FENL_CATALOG", dir.join("catalog"))
        .output()
        .unwrap_or_else(|e| panic!("fenl: {e}"));
    let took = start.elapsed();
    assert!(out.status.success(), "fenl {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    (took, String::from_utf8_lossy(&out.stdout).into_owned())
}

/// 1,000 events a second apart from `start` (ns), over the benchmark's customers, as Parquet.
fn write_chunk(path: &Path, start: i64, keys: u64, seed: u64) {
    let mut x = seed | 1;
    let mut next = move || {
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    };
    let n = 1000;
    let time: Vec<i64> = (0..n as i64).map(|i| start + i * 1_000_000_000).collect();
    let key: Vec<i64> = (0..n).map(|_| (next() % keys) as i64).collect();
    let amount: Vec<f64> = (0..n).map(|_| (next() % 20_000) as f64 / 100.0).collect();
    let category: Vec<i64> = (0..n).map(|_| (next() % 20) as i64).collect();
    let item: Vec<i64> = (0..n).map(|_| (next() % 10_000) as i64).collect();
    let batch = RecordBatch::try_from_iter(vec![
        ("time", Arc::new(TimestampNanosecondArray::from(time)) as arrow_array::ArrayRef),
        ("customer_id", Arc::new(Int64Array::from(key))),
        ("amount", Arc::new(Float64Array::from(amount))),
        ("category", Arc::new(Int64Array::from(category))),
        ("item_id", Arc::new(Int64Array::from(item))),
    ])
    .unwrap_or_else(|e| panic!("{e}"));
    let file = std::fs::File::create(path).unwrap_or_else(|e| panic!("{e}"));
    let mut writer = parquet::arrow::ArrowWriter::try_new(file, batch.schema(), None).unwrap_or_else(|e| panic!("{e}"));
    writer.write(&batch).unwrap_or_else(|e| panic!("{e}"));
    writer.close().unwrap_or_else(|e| panic!("{e}"));
}

/// The commit timestamp (ms since the epoch) of a table version.
fn commit_ms(dir: &Path, version: u64) -> i64 {
    let log = dir.join(format!("catalog/tables/Purchases/_delta_log/{version:020}.json"));
    let text = std::fs::read_to_string(&log).unwrap_or_else(|e| panic!("{}: {e}", log.display()));
    text.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .find_map(|v| v["commitInfo"]["timestamp"].as_i64())
        .unwrap_or_else(|| panic!("no commit timestamp in {}", log.display()))
}

fn now_ms() -> f64 {
    SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).map_or(0.0, |d| d.as_secs_f64() * 1000.0)
}

fn percentile(values: &mut [f64], p: f64) -> f64 {
    values.sort_by(f64::total_cmp);
    if values.is_empty() {
        return f64::NAN;
    }
    values[((values.len() - 1) as f64 * p).round() as usize]
}

fn main() {
    let work = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let dir = work.path();
    let (events, rows, keys) = env_events(dir).unwrap_or_else(|e| panic!("{e}"));
    let loads = env_size("FENL_BENCH_LOADS", 1000);
    let runs = env_size("FENL_BENCH_RUNS", 100);
    std::fs::write(dir.join("h.fenl"), AGGS).unwrap_or_else(|e| panic!("{e}"));
    fenl(dir, &["table", "create", "Purchases", "--time-column", "time", "--entity-key-column", "customer_id"]);
    fenl(dir, &["table", "load", "Purchases", &events.to_string_lossy()]);
    println!("{rows} events over {keys} customers; history_aggs");
    let (full, _) = fenl(dir, &["run", "h.fenl", "--output", "parquet", "--out", "full.parquet"]);
    println!("full run (fenl run … --output parquet): {:.2} s", full.as_secs_f64());
    let (backfill, _) = fenl(dir, &["materialize", "create", "H", "h.fenl", "--to", "out"]);
    println!("backfill (materialize create): {:.2} s", backfill.as_secs_f64());

    // Later events: after the generated ones (90 days from 2024-01-01).
    let mut next_time = 1_704_067_200_000_000_000i64 + 91 * 86_400_000_000_000;
    let mut chunk = |i: usize| {
        let path = dir.join(format!("chunk-{i}.parquet"));
        write_chunk(&path, next_time, keys, 0x9e37_79b9 + i as u64);
        next_time += 1000 * 1_000_000_000;
        path
    };

    // Live: each load's commit to the last of its rows on stdout.
    let mut live = Command::new(env!("CARGO_BIN_EXE_fenl"))
        .args(["materialize", "run", "H", "--live", "--output", "jsonl"])
        .current_dir(dir)
        .env("FENL_CATALOG", dir.join("catalog"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    let arrivals: Arc<Mutex<Vec<f64>>> = Arc::new(Mutex::new(Vec::new()));
    let stdout = live.stdout.take().unwrap_or_else(|| panic!("no stdout"));
    let sink = arrivals.clone();
    let reader = std::thread::spawn(move || {
        for _ in std::io::BufReader::new(stdout).lines().map_while(Result::ok) {
            sink.lock().unwrap_or_else(|e| e.into_inner()).push(now_ms());
        }
    });
    let stderr = live.stderr.take().unwrap_or_else(|| panic!("no stderr"));
    let run_times: Arc<Mutex<Vec<f64>>> = Arc::new(Mutex::new(Vec::new()));
    let times = run_times.clone();
    let errors = std::thread::spawn(move || {
        for line in std::io::BufReader::new(stderr).lines().map_while(Result::ok) {
            // "run N of 'H' (incremental): … in X ms"
            if let Some(ms) = line.rsplit_once(" in ").and_then(|(_, t)| t.strip_suffix(" ms")?.parse::<f64>().ok()) {
                times.lock().unwrap_or_else(|e| e.into_inner()).push(ms);
            }
        }
    });
    let mut latencies = Vec::new();
    let started = Instant::now();
    for i in 0..loads {
        let path = chunk(i);
        let (_, out) = fenl(dir, &["table", "load", "Purchases", &path.to_string_lossy()]);
        let version: u64 = out
            .rsplit_once("(version ")
            .and_then(|(_, v)| v.trim().trim_end_matches(')').parse().ok())
            .unwrap_or_else(|| panic!("no version in {out:?}"));
        let committed = commit_ms(dir, version) as f64;
        let want = (i + 1) * 1000;
        let deadline = Instant::now() + Duration::from_secs(30);
        let arrived = loop {
            let seen = arrivals.lock().unwrap_or_else(|e| e.into_inner());
            if seen.len() >= want {
                break seen[want - 1];
            }
            drop(seen);
            assert!(Instant::now() < deadline, "load {i}: rows did not arrive within 30 s");
            std::thread::sleep(Duration::from_millis(2));
        };
        latencies.push(arrived - committed);
    }
    let live_total = started.elapsed();
    let _ = Command::new("kill").args(["-INT", &live.id().to_string()]).status();
    let status = live.wait().unwrap_or_else(|e| panic!("{e}"));
    let _ = reader.join();
    let _ = errors.join();
    assert!(status.success(), "live mode did not stop cleanly");
    let mut run_ms = run_times.lock().unwrap_or_else(|e| e.into_inner()).clone();
    let runs_seen = run_ms.len();
    let median_run = percentile(&mut run_ms, 0.5);
    println!(
        "live: {loads} loads of 1,000 events in {:.1} s; {runs_seen} runs, run median {median_run:.1} ms, p99 {:.1} ms; \
         median run / full run = {:.4}",
        live_total.as_secs_f64(),
        percentile(&mut run_ms, 0.99),
        median_run / 1000.0 / full.as_secs_f64()
    );
    println!(
        "live latency, commit to last result row: median {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        percentile(&mut latencies, 0.5),
        percentile(&mut latencies, 0.99),
        percentile(&mut latencies, 1.0)
    );

    // A process per run.
    let mut process_ms = Vec::new();
    for i in loads..loads + runs {
        let path = chunk(i);
        fenl(dir, &["table", "load", "Purchases", &path.to_string_lossy()]);
        let (took, out) = fenl(dir, &["materialize", "run", "H"]);
        assert!(out.contains("1000 events read, 1000 rows written"), "{out}");
        process_ms.push(took.as_secs_f64() * 1000.0);
    }
    let median = percentile(&mut process_ms, 0.5);
    println!(
        "{runs} runs as separate `fenl materialize run` processes: median {median:.1} ms, p99 {:.1} ms; \
         median / full run = {:.4}",
        percentile(&mut process_ms, 0.99),
        median / 1000.0 / full.as_secs_f64()
    );
    let (_, get) = fenl(dir, &["materialize", "get", "H"]);
    let written = get.lines().find_map(|l| l.strip_prefix("rows written: ")).unwrap_or_default().to_owned();
    println!("rows written: {written} (events: {})", rows + (loads + runs) * 1000);
}
