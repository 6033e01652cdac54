//! Stage snapshots over the query corpus and rendered diagnostics for the error corpus.

use std::collections::BTreeSet;

use fenl_compiler::diagnostics::Code;
use fenl_tests::{all_stages, fixture_tables};

#[test]
fn query_corpus_stages() {
    let tables = fixture_tables();
    insta::glob!("../fixtures/queries", "*.fenl", |path| {
        let source = std::fs::read_to_string(path).unwrap_or_default();
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let analysis = fenl_compiler::analyze(&source, &tables);
        let errors: Vec<_> = analysis.diagnostics.iter().filter(|d| d.is_error()).collect();
        assert!(errors.is_empty(), "{name} should check without errors: {errors:#?}");
        insta::assert_snapshot!(format!("{source}\n{}", all_stages(&name, &source, &tables)));
    });
}

#[test]
fn error_corpus_diagnostics() {
    let tables = fixture_tables();
    insta::glob!("../fixtures/errors", "*.fenl", |path| {
        let source = std::fs::read_to_string(path).unwrap_or_default();
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let analysis = fenl_compiler::analyze(&source, &tables);
        assert!(!analysis.diagnostics.is_empty(), "{name} should produce a diagnostic");
        // `e0001_...` expects E0001 among the diagnostics, `w2000_...` expects W2000.
        if let Some(code) = name.split('_').next().filter(|c| c.len() == 5) {
            let code = code.to_uppercase();
            assert!(
                analysis.diagnostics.iter().any(|d| d.code.as_str() == code),
                "{name} should report {code}, got {:?}",
                analysis.diagnostics.iter().map(|d| d.code.as_str()).collect::<Vec<_>>()
            );
        }
        for d in &analysis.diagnostics {
            assert!(d.primary.span.end <= source.len(), "{name}: span out of bounds");
        }
        insta::assert_snapshot!(format!("{source}\n{}", all_stages(&name, &source, &tables)));
    });
}

#[test]
fn every_diagnostic_code_has_an_error_fixture() {
    let dir = fenl_tests::workspace_root().join("tests/fixtures/errors");
    let tables = fixture_tables();
    let mut seen = BTreeSet::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let source = std::fs::read_to_string(entry.path()).unwrap_or_default();
        for d in fenl_compiler::analyze(&source, &tables).diagnostics {
            seen.insert(d.code);
        }
    }
    // Internal errors (B1000) cannot be reached from user input by design.
    let missing: Vec<Code> = Code::ALL.into_iter().filter(|c| *c != Code::InternalError && !seen.contains(c)).collect();
    assert!(missing.is_empty(), "codes without a fixture: {missing:?}");
}

#[test]
fn corpus_calls_every_catalog_function() {
    let mut called = BTreeSet::new();
    for dir in ["tests/fixtures/queries", "tests/fixtures/errors"] {
        for entry in std::fs::read_dir(fenl_tests::workspace_root().join(dir)).into_iter().flatten().flatten() {
            let source = std::fs::read_to_string(entry.path()).unwrap_or_default();
            let mut diagnostics = Vec::new();
            if let Some(expr) = fenl_compiler::syntax::parse(&source, &mut diagnostics).expr {
                collect_calls(&expr, &mut called);
            }
        }
    }
    let missing: Vec<&str> =
        fenl_compiler::types::Catalog::builtin().iter().map(|f| f.name()).filter(|n| !called.contains(*n)).collect();
    assert!(missing.is_empty(), "catalog functions no fixture calls: {missing:?}");
}

fn collect_calls(expr: &fenl_compiler::syntax::ast::Expr, out: &mut BTreeSet<String>) {
    use fenl_compiler::syntax::ast::ExprKind;
    match &expr.kind {
        ExprKind::Call { function, .. } => {
            out.insert(function.name.clone());
        }
        ExprKind::Binary { op, .. } => {
            out.insert(op.function().to_owned());
        }
        ExprKind::Unary { op, .. } => {
            out.insert(op.function().to_owned());
        }
        ExprKind::Index { .. } => {
            out.insert("index".to_owned());
        }
        _ => {}
    }
    for child in expr.children() {
        collect_calls(child, out);
    }
}
