//! Test and benchmark support. Invariants every input must keep, shared by the fuzz target
//! (`compiler/fuzz`) and the test
//! that replays its corpus and past crashes in ordinary `cargo test` runs.

use crate::tables::{StaticTables, TableSchema};
use crate::types::{FenlType, TimeUnit};

/// Runs the whole front end on `data` and panics if an invariant breaks: no panic anywhere,
/// every diagnostic span in bounds and on character boundaries, rendering works, and text
/// that formats re-parses to the same tree and formats to itself.
pub fn check_invariants(data: &[u8], tables: &StaticTables) {
    let Ok(source) = std::str::from_utf8(data) else { return };
    let analysis = crate::analyze(source, tables);
    for d in &analysis.diagnostics {
        for span in std::iter::once(d.primary.span).chain(d.secondary.iter().map(|l| l.span)) {
            assert!(span.start <= span.end && span.end <= source.len(), "span {span:?} out of bounds");
            assert!(
                source.is_char_boundary(span.start) && source.is_char_boundary(span.end),
                "span {span:?} splits a character"
            );
        }
    }
    let _ = crate::diagnostics::render(&analysis.diagnostics, "fuzz.fenl", source, false);
    if let (Some(hir), false) = (&analysis.hir, analysis.has_errors()) {
        if let Some(plan) = crate::plan::logical::build(hir) {
            let _ = crate::plan::physical::lower(&plan);
        }
    }
    if let Ok(formatted) = crate::syntax::format::format(source) {
        let again = crate::syntax::format::format(&formatted);
        assert_eq!(again.as_deref().ok(), Some(formatted.as_str()), "formatting is not idempotent");
        let strip = |text: &str| {
            let mut diagnostics = Vec::new();
            let parsed = crate::syntax::parse(text, &mut diagnostics);
            parsed.expr.map(|e| {
                crate::syntax::print::print_ast(&e)
                    .lines()
                    .map(|l| l.rsplit_once(" @").map_or(l, |(head, _)| head).to_owned())
                    .collect::<Vec<_>>()
            })
        };
        assert_eq!(strip(source), strip(&formatted), "formatting changed the tree");
    }
}

/// The tables of [`bench_script`]: Purchases and Reviews.
pub fn bench_tables() -> StaticTables {
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

/// The benchmark script of the compiler and the language server. 1,000 lines: a comment header, 998 `let` bindings mixing every kind of expression, and a result.
pub fn bench_script() -> String {
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
