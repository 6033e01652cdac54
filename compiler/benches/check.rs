//! Benchmark: parse and check a generated 1,000-line script (`cargo bench -p fenl-compiler`).
//!
//! Prints the median and the fastest of repeated runs; the target is under 20 ms.

// A benchmark reports on stdout.
#![allow(clippy::print_stdout)]

use std::time::{Duration, Instant};

use fenl_compiler::testing::{bench_script as script, bench_tables as tables};

fn main() {
    let tables = tables();
    let source = script();
    assert_eq!(source.lines().count(), 999 + 1);
    let analysis = fenl_compiler::analyze(&source, &tables);
    let errors: Vec<_> = analysis.diagnostics.iter().filter(|d| d.is_error()).map(|d| d.message.clone()).collect();
    assert!(errors.is_empty(), "the benchmark script must check: {errors:?}");
    let mut times: Vec<Duration> = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(3);
    while times.len() < 20 || (Instant::now() < deadline && times.len() < 500) {
        let start = Instant::now();
        let analysis = fenl_compiler::analyze(&source, &tables);
        std::hint::black_box(&analysis);
        times.push(start.elapsed());
    }
    times.sort();
    let median = times[times.len() / 2];
    let plan_start = Instant::now();
    if let Some(hir) = &analysis.hir {
        if let Some(logical) = fenl_compiler::plan::logical::build(hir) {
            std::hint::black_box(fenl_compiler::plan::physical::lower(&logical).ok());
        }
    }
    let plan = plan_start.elapsed();
    println!(
        "parse+check of a {}-line script ({} bytes): median {:.2} ms, fastest {:.2} ms over {} runs; plan {:.2} ms",
        source.lines().count(),
        source.len(),
        median.as_secs_f64() * 1e3,
        times[0].as_secs_f64() * 1e3,
        times.len(),
        plan.as_secs_f64() * 1e3
    );
}
