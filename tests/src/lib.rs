//! Shared helpers for the workspace tests: loading the fixture schema and running every
//! compiler stage over a query with the printers the snapshots use.

pub mod e2e;

use std::path::{Path, PathBuf};

use fenl_compiler::diagnostics::render;
use fenl_compiler::tables::StaticTables;

/// The workspace root.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_default()
}

/// The tables and views the fixtures are checked against.
pub fn fixture_tables() -> StaticTables {
    let path = workspace_root().join("tests/fixtures/schema.toml");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    StaticTables::from_toml(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every stage of a query, as the snapshots show it.
pub fn all_stages(name: &str, source: &str, tables: &StaticTables) -> String {
    let analysis = fenl_compiler::analyze(source, tables);
    let mut out = String::new();
    if !analysis.diagnostics.is_empty() {
        out.push_str("--- diagnostics\n");
        out.push_str(&render(&analysis.diagnostics, name, source, false));
    }
    if let Some(expr) = &analysis.parsed.expr {
        out.push_str("--- ast\n");
        out.push_str(&fenl_compiler::syntax::print::print_ast(expr));
    }
    if analysis.has_errors() {
        return out;
    }
    if let Some(formatted) = fenl_compiler::syntax::format::format(source).ok().filter(|f| f != source) {
        out.push_str("--- formatted\n");
        out.push_str(&formatted);
    }
    let Some(hir) = &analysis.hir else { return out };
    out.push_str("--- typed\n");
    out.push_str(&fenl_compiler::hir::print_typed(hir));
    let Some(logical) = fenl_compiler::plan::logical::build(hir) else {
        out.push_str("--- plan\n(none)\n");
        return out;
    };
    out.push_str("--- plan\n");
    out.push_str(&fenl_compiler::plan::logical::print_plan(&logical));
    out.push_str("--- physical\n");
    match fenl_compiler::plan::physical::lower(&logical) {
        Ok(physical) => out.push_str(&fenl_compiler::plan::physical::print_physical(&physical)),
        Err(e) => out.push_str(&format!("error: {e}\n")),
    }
    out
}

/// The AST printed without spans, to compare trees parsed from different text.
pub fn ast_without_spans(source: &str) -> Option<String> {
    let mut diagnostics = Vec::new();
    let parsed = fenl_compiler::syntax::parse(source, &mut diagnostics);
    if diagnostics.iter().any(|d| d.is_error()) {
        return None;
    }
    let printed = fenl_compiler::syntax::print::print_ast(parsed.expr.as_ref()?);
    Some(printed.lines().map(|l| l.rsplit_once(" @").map_or(l, |(head, _)| head)).collect::<Vec<_>>().join("\n"))
}
