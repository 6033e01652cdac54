//! Benchmark: parse and check a generated 1,000-line script (`cargo bench -p fenl-compiler`).
//!
//! Prints the median and the fastest of repeated runs; the target is under 20 ms.

// A benchmark reports on stdout.
#![allow(clippy::print_stdout)]

use std::time::{Duration, Instant};

use fenl_compiler::tables::{StaticTables, TableSchema};
use fenl_compiler::types::{FenlType, TimeUnit};

fn tables() -> StaticTables {
    let table = |name: &str, key: &str, columns: &[(&str, FenlType)]| TableSchema {
        name: name.to_owned(),
        time_column: "time".to_owned(),
        key_column: key.to_owned(),
        subsort_column: None,
        grouping: "customer".to_owned(),
        columns: columns.iter().map(|(n, t)| ((*n).to_owned(), t.clone())).collect(),
    };
    let ts = FenlType::Timestamp(TimeUnit::Nanosecond);
    StaticTables {
        tables: vec![
            table(
                "Purchases",
                "customer_id",
                &[
                    ("time", ts.clone()),
                    ("customer_id", FenlType::String),
                    ("amount", FenlType::F64),
                    ("quantity", FenlType::I64),
                ],
            ),
            table(
                "Reviews",
                "customer_id",
                &[("time", ts), ("customer_id", FenlType::String), ("stars", FenlType::I64)],
            ),
        ],
        views: Vec::new(),
    }
}

/// 1,000 lines: a comment header, 998 `let` bindings mixing every kind of expression, and a result.
fn script() -> String {
    let shapes = [
        "sum(Purchases.amount, window = since(daily())) + {p}",
        "(count(Purchases) as f64) * 2.5 - {p}",
        "{p} | if(Purchases.quantity > 3) | else(0.0)",
        "mean(Reviews.stars, window = sliding(3, daily())) + {p}",
        "zip_max({p}, last(Purchases.amount)) / 7.0",
        "Purchases.amount | lag(2) | coalesce($input, {p})",
        "{ a: {p}, b: Purchases.quantity }.a * 1.5",
        "max({p}, window = trailing(hours(1)))",
    ];
    let mut out = String::from("# generated benchmark script\n");
    out.push_str("let v0 = Purchases.amount\n");
    for i in 1..998 {
        let shape = shapes[i % shapes.len()];
        out.push_str(&format!("let v{i} = {}\n", shape.replace("{p}", &format!("v{}", i - 1))));
    }
    out.push_str("in { last: v997, first: v0 }\n");
    out
}

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
