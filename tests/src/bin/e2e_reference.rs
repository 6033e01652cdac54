//! Writes the expected rows of the e2e cases (`tests/e2e`) from the original engine.
//!
//! ```sh
//! python3 -m venv /tmp/ref && /tmp/ref/bin/pip install kaskada==0.6.1
//! FENL_REFERENCE_PYTHON=/tmp/ref/bin/python cargo run -p fenl-tests --bin e2e_reference [CASE...]
//! ```
//!
//! For every case not marked `# expected: by hand`, the checked query is translated into the
//! engine's functions and run by `tests/e2e/reference.py`; its rows become `CASE.csv`. The
//! report says, per case, whether fenl's own rows agree, so a difference is seen before it is
//! committed. A development aid: CI only compares fenl's rows with the committed files.
//!
//! `--catalog-examples` runs the function catalog's examples (`compiler/catalog/*.toml`) on the
//! engine and reports which documented outputs it agrees with.
//!
//! `--accept-by-hand CASE...` writes fenl's own rows for cases marked `# expected: by hand`,
//! after the rows have been checked by hand (review the diff before committing).

// A command-line tool reports on stdout.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::io::Write;
use std::process::{Command, Stdio};

use fenl_tests::e2e::{self, normalize};
use serde_json::{json, Value};

fn main() {
    let python = std::env::var("FENL_REFERENCE_PYTHON").unwrap_or_else(|_| "/tmp/ref/bin/python".to_owned());
    let mut only: Vec<String> = std::env::args().skip(1).collect();
    let accept = only.first().is_some_and(|a| a == "--accept-by-hand");
    if accept {
        only.remove(0);
        accept_by_hand(&only);
        return;
    }
    if only.first().is_some_and(|a| a == "--catalog-examples") {
        catalog_examples(&python);
        return;
    }
    let (mut agreed, mut differ, mut failed) = (0, 0, 0);
    for group in e2e::groups() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let catalog = group.catalog(dir.path());
        let tables: Vec<Value> = group
            .tables
            .iter()
            .map(|t| {
                json!({ "name": t.name, "time_column": t.time_column, "key_column": t.key_column,
                        "grouping": t.grouping, "csv": group.csv(t) })
            })
            .collect();
        let domain = format!("T[{:?}]", group.tables.first().map(|t| t.name.as_str()).unwrap_or_default());
        let mut cases = Vec::new();
        let mut requests = Vec::new();
        for case in group.cases() {
            if case.by_hand.is_some() || (!only.is_empty() && !only.contains(&case.name)) {
                continue;
            }
            let analysis = fenl_compiler::analyze(&case.source, &catalog);
            let python = match analysis.hir.as_ref().filter(|_| !analysis.has_errors()) {
                Some(hir) => e2e::to_kaskada(hir, &domain),
                None => Err("the case does not check".to_owned()),
            };
            match python {
                Ok(python) => {
                    let mode = if case.snapshot { "snapshot" } else { "history" };
                    requests.push(json!({ "name": case.name, "python": python, "mode": mode }));
                    cases.push(case);
                }
                Err(e) => {
                    failed += 1;
                    println!("{}/{}: not translated: {e}", group.name, case.name);
                }
            }
        }
        if requests.is_empty() {
            continue;
        }
        let results = reference(&python, &tables, &requests);
        for case in cases {
            let result = &results[&case.name];
            let Some(expected) = result["csv"].as_str() else {
                failed += 1;
                let error = result["error"].as_str().unwrap_or_default();
                let error = error.lines().find(|l| l.contains("Exception") || l.contains("Error")).unwrap_or(error);
                println!("{}/{}: the engine failed: {error}", group.name, case.name);
                continue;
            };
            let expected = normalize(expected);
            std::fs::write(case.expected_path(), &expected).unwrap_or_else(|e| panic!("{e}"));
            match e2e::run(&catalog, &case) {
                Ok(ours) if e2e::same_rows(&expected, &ours) => agreed += 1,
                Ok(ours) => {
                    differ += 1;
                    println!("{}/{}: fenl differs\n--- engine\n{expected}--- fenl\n{ours}", group.name, case.name);
                }
                Err(e) => {
                    differ += 1;
                    println!("{}/{}: fenl failed: {e}", group.name, case.name);
                }
            }
        }
    }
    println!("{agreed} agree, {differ} differ, {failed} not run by the engine");
}

fn accept_by_hand(names: &[String]) {
    for group in e2e::groups() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let catalog = group.catalog(dir.path());
        for case in group.cases().into_iter().filter(|c| c.by_hand.is_some() && names.contains(&c.name)) {
            match e2e::run(&catalog, &case) {
                Ok(rows) => {
                    std::fs::write(case.expected_path(), &rows).unwrap_or_else(|e| panic!("{e}"));
                    println!(
                        "{}/{}: wrote {} rows ({})",
                        group.name,
                        case.name,
                        rows.lines().count() - 1,
                        case.by_hand.as_deref().unwrap_or_default()
                    );
                }
                Err(e) => println!("{}/{}: fenl failed: {e}", group.name, case.name),
            }
        }
    }
}

/// Runs translated cases on the engine: `{case name: {"csv": ...} | {"error": ...}}`.
fn reference(python: &str, tables: &[Value], requests: &[Value]) -> Value {
    let mut child = Command::new(python)
        .arg(e2e::e2e_dir().join("reference.py"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {python}: {e}"));
    let request = json!({ "tables": tables, "cases": requests }).to_string();
    child.stdin.take().map(|mut s| s.write_all(request.as_bytes())).transpose().unwrap_or_else(|e| panic!("{e}"));
    let output = child.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("reference.py printed no JSON ({e}); see its stderr"))
}

/// Checks the documented outputs of the function catalog's examples against the engine.
fn catalog_examples(python: &str) {
    let (mut agreed, mut differ, mut failed) = (0, 0, 0);
    for function in fenl_compiler::types::Catalog::builtin().iter() {
        for (i, example) in function.examples.iter().enumerate() {
            let Some(input) = &example.input_csv else { continue };
            let name = format!("{}#{}", function.name(), i + 1);
            let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
            let catalog =
                fenl_catalog::Catalog::open(&dir.path().join("c").to_string_lossy()).unwrap_or_else(|e| panic!("{e}"));
            catalog
                .create_table(&fenl_catalog::TableDef::new("Input", "time", "key"))
                .unwrap_or_else(|e| panic!("{e}"));
            let path = dir.path().join("input.csv");
            std::fs::write(&path, input.trim_start()).unwrap_or_else(|e| panic!("{e}"));
            let file = fenl_catalog::Input::new(&path.to_string_lossy(), None).unwrap_or_else(|e| panic!("{e}"));
            catalog.load("Input", &[file], &|_| {}).unwrap_or_else(|e| panic!("{e}"));
            let analysis = fenl_compiler::analyze(&example.expression, &catalog);
            let translated = analysis
                .hir
                .as_ref()
                .filter(|_| !analysis.has_errors())
                .ok_or_else(|| "does not check".to_owned())
                .and_then(|hir| e2e::to_kaskada(hir, "T['Input']"));
            let python_expr = match translated {
                Ok(p) => p,
                Err(e) => {
                    failed += 1;
                    println!("{name}: not translated: {e}");
                    continue;
                }
            };
            // The engine's CSV reader takes naive UTC times.
            let naive = input.trim_start().replace("Z,", ",").replace("Z\n", "\n");
            let tables = [
                json!({ "name": "Input", "time_column": "time", "key_column": "key", "grouping": "key", "csv": naive }),
            ];
            let results =
                reference(python, &tables, &[json!({ "name": name, "python": python_expr, "mode": "history" })]);
            match results[&name]["csv"].as_str() {
                Some(engine) if e2e::same_rows(&normalize(engine), &normalize(example.output_csv.trim_start())) => {
                    agreed += 1
                }
                Some(engine) => {
                    differ += 1;
                    println!(
                        "{name}: `{}` documented output differs\n--- engine\n{engine}--- documented\n{}",
                        example.expression,
                        example.output_csv.trim_start()
                    );
                }
                None => {
                    failed += 1;
                    let error = results[&name]["error"].as_str().unwrap_or_default();
                    let error = error.lines().find(|l| l.contains("Exception") || l.contains("Error")).unwrap_or(error);
                    println!("{name}: the engine failed: {error}");
                }
            }
        }
    }
    println!("catalog examples: {agreed} agree with the engine, {differ} differ, {failed} not run by the engine");
}
