//! Tidy checks over the source tree (after rust-analyzer's `tidy.rs`): module docs, forbidden
//! test attributes and macros, trailing whitespace, and the crate dependency rules.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if path.is_dir() && name != "target" && !name.starts_with('.') && name != "fixtures" {
            rust_files(&path, out);
        } else if name.ends_with(".rs") {
            out.push(path);
        }
    }
}

fn workspace_sources() -> Vec<(PathBuf, String)> {
    let root = fenl_tests::workspace_root();
    let mut files = Vec::new();
    for krate in ["compiler", "runtime", "catalog", "repl", "lsp", "tests"] {
        rust_files(&root.join(krate), &mut files);
    }
    files.into_iter().map(|p| (p.clone(), std::fs::read_to_string(&p).unwrap_or_default())).collect()
}

#[test]
fn every_rust_file_starts_with_a_module_doc() {
    let missing: Vec<String> = workspace_sources()
        .into_iter()
        .filter(|(_, text)| !text.trim_start().starts_with("//!"))
        .map(|(p, _)| p.display().to_string())
        .collect();
    assert!(missing.is_empty(), "files without a `//!` doc: {missing:#?}");
}

#[test]
fn no_forbidden_attributes_macros_or_trailing_whitespace() {
    let forbidden =
        [concat!("#[should", "_panic"), concat!("#[ig", "nore"), concat!("db", "g!("), concat!("to", "do!(")];
    let mut problems = Vec::new();
    for (path, text) in workspace_sources() {
        for (i, line) in text.lines().enumerate() {
            if let Some(f) = forbidden.iter().find(|f| line.contains(**f)) {
                problems.push(format!("{}:{}: {f}", path.display(), i + 1));
            }
            if line.ends_with(' ') || line.ends_with('\t') {
                problems.push(format!("{}:{}: trailing whitespace", path.display(), i + 1));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn crate_dependency_rules_hold() {
    let root = fenl_tests::workspace_root();
    let manifest = |krate: &str| std::fs::read_to_string(root.join(krate).join("Cargo.toml")).unwrap_or_default();
    for dependency in ["fenl-runtime", "fenl-repl", "fenl-lsp", "fenl-catalog"] {
        assert!(!manifest("compiler").contains(dependency), "the compiler must not depend on {dependency}");
    }
    assert!(!manifest("lsp").contains("fenl-runtime"), "the language server must not depend on the runtime");
    for (path, text) in workspace_sources() {
        if path.starts_with(root.join("runtime")) {
            assert!(
                !text.contains("compiler::syntax") && !text.contains("compiler::hir"),
                "{}: the runtime sees only plans and types",
                path.display()
            );
        }
    }
}

#[test]
fn libraries_do_not_print() {
    for (path, text) in workspace_sources() {
        let library = ["compiler", "runtime", "catalog"]
            .iter()
            .any(|k| path.starts_with(fenl_tests::workspace_root().join(k).join("src")));
        if library {
            for needle in [concat!("print", "ln!("), concat!("eprint", "ln!("), concat!("print", "!(")] {
                assert!(!text.contains(needle), "{}: libraries must not print ({needle})", path.display());
            }
        }
    }
}
