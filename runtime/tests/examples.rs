//! Runs every example of the function catalog (`compiler/catalog/*.toml`): loads its input
//! into a fresh table `Input`, runs the expression, and compares the CSV with the expected one.
//! Examples using what the runtime does not execute yet are listed, and may only shrink.

use fenl_catalog::{Catalog, Input, TableDef};
use fenl_compiler::types::Catalog as Functions;

/// Examples that need steps or functions the runtime does not execute yet.
const NOT_YET: &[&str] = &[];

fn run_example(expression: &str, input_csv: &str) -> Result<String, String> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    let catalog = Catalog::open(&dir.path().join("catalog").to_string_lossy()).map_err(|e| e.to_string())?;
    catalog.create_table(&TableDef::new("Input", "time", "key")).map_err(|e| e.to_string())?;
    let path = dir.path().join("input.csv");
    std::fs::write(&path, input_csv.trim_start()).map_err(|e| e.to_string())?;
    let input = Input::new(&path.to_string_lossy(), None).map_err(|e| e.to_string())?;
    catalog.load("Input", &[input], &|_| {}).map_err(|e| e.to_string())?;
    let analysis = fenl_compiler::analyze(expression, &catalog);
    if analysis.has_errors() {
        return Err(format!(
            "does not check: {:?}",
            analysis.diagnostics.iter().map(|d| &d.message).collect::<Vec<_>>()
        ));
    }
    let hir = analysis.hir.as_ref().ok_or("no hir")?;
    let logical = fenl_compiler::plan::logical::build(hir).ok_or("no plan")?;
    let physical = fenl_compiler::plan::physical::lower(&logical)?;
    let batch =
        fenl_runtime::run(&physical, &catalog, &fenl_runtime::RunOptions::default()).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    fenl_runtime::write_csv(&batch, &mut out).map_err(|e| e.to_string())?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}

#[test]
fn catalog_examples_produce_their_documented_output() {
    let mut failures = Vec::new();
    let mut ran = 0;
    for function in Functions::builtin().iter() {
        if NOT_YET.contains(&function.name()) {
            continue;
        }
        for example in &function.examples {
            let Some(input) = &example.input_csv else { continue };
            match run_example(&example.expression, input) {
                Ok(actual) if actual.trim() == example.output_csv.trim() => ran += 1,
                Ok(actual) => failures.push(format!(
                    "{}: `{}`\nexpected:\n{}\nactual:\n{}",
                    function.name(),
                    example.expression,
                    example.output_csv.trim(),
                    actual.trim()
                )),
                Err(e) => failures.push(format!("{}: `{}`: {e}", function.name(), example.expression)),
            }
        }
    }
    assert!(failures.is_empty(), "{} examples pass, {} fail:\n\n{}", ran, failures.len(), failures.join("\n\n"));
    assert!(ran >= 60, "only {ran} examples ran");
}
