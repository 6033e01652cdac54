//! Hostile input never panics and always gets a clear diagnostic. These run on the default
//! test-thread stack (2 MiB), smaller than any binary of ours uses.

use fenl_compiler::diagnostics::{render, Code};
use fenl_tests::fixture_tables;

#[track_caller]
fn check(source: &str) -> Vec<(Code, String)> {
    let tables = fixture_tables();
    let analysis = fenl_compiler::analyze(source, &tables);
    for d in &analysis.diagnostics {
        assert!(d.primary.span.end <= source.len() && source.is_char_boundary(d.primary.span.start));
    }
    // Rendering and formatting must not panic either.
    let _ = render(&analysis.diagnostics, "q.fenl", source, false);
    let _ = fenl_compiler::syntax::format::format(source);
    if let Some(hir) = &analysis.hir {
        if !analysis.has_errors() {
            if let Some(plan) = fenl_compiler::plan::logical::build(hir) {
                let _ = fenl_compiler::plan::physical::lower(&plan);
            }
        }
    }
    analysis.diagnostics.iter().map(|d| (d.code, d.message.clone())).collect()
}

#[test]
fn hundred_thousand_nested_parentheses() {
    let source = format!("{}Purchases.amount{}", "(".repeat(100_000), ")".repeat(100_000));
    let diagnostics = check(&source);
    assert!(
        diagnostics.iter().any(|(c, m)| *c == Code::InvalidSyntax && m.contains("nested too deeply")),
        "{diagnostics:?}"
    );
}

#[test]
fn deep_nesting_of_every_bracket_kind() {
    for (open, close) in [("{a: ", "}"), ("[", "]"), ("f(", ")")] {
        let source = format!("Purchases.amount{}1{}", open.repeat(50_000), close.repeat(50_000));
        assert!(!check(&source).is_empty());
    }
}

#[test]
fn long_operator_chains_and_prefix_runs() {
    let chain = format!("Purchases.amount{}", " + 1".repeat(100_000));
    let diagnostics = check(&chain);
    assert!(diagnostics.iter().any(|(_, m)| m.contains("nested too deeply")), "{diagnostics:?}");
    let negations = format!("{}Purchases.amount", "-".repeat(100_000));
    assert!(check(&negations).iter().any(|(_, m)| m.contains("nested too deeply")));
    let pipes = format!("Purchases.amount{}", " | $input".repeat(100_000));
    assert!(check(&pipes).iter().any(|(_, m)| m.contains("nested too deeply")));
}

#[test]
fn just_under_the_depth_limit_checks() {
    let source = format!("Purchases.amount{}", " + 1".repeat(200));
    let diagnostics = check(&source);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
}

#[test]
fn ten_megabyte_string_literal() {
    let source = format!("Purchases.coupon == \"{}\"", "x".repeat(10 * 1024 * 1024));
    assert!(check(&source).is_empty());
    let unterminated = format!("Purchases.coupon == \"{}", "x".repeat(10 * 1024 * 1024));
    assert!(check(&unterminated).iter().any(|(_, m)| m.contains("Unterminated")));
}

#[test]
fn sixty_four_kib_identifier() {
    let name = format!("a{}", "b".repeat(64 * 1024));
    let diagnostics = check(&format!("let {name} = Purchases.amount in {name}"));
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let unbound = check(&name);
    assert_eq!(unbound.first().map(|(c, _)| *c), Some(Code::UnboundReference));
}

#[test]
fn huge_number_literals() {
    let digits = "9".repeat(100_000);
    assert!(check(&format!("Purchases.amount + {digits}")).iter().any(|(_, m)| m.contains("out of range")));
    assert!(check(&format!("Purchases.amount + {digits}.5")).iter().any(|(_, m)| m.contains("out of range")));
}

#[test]
fn crlf_and_empty_and_whitespace_only() {
    assert!(check("let a = Purchases.amount\r\nin a\r\n").is_empty());
    assert_eq!(check("").first().map(|(c, _)| *c), Some(Code::InvalidSyntax));
    assert_eq!(check(" \n\t\r\n# comment only\n").first().map(|(c, _)| *c), Some(Code::InvalidSyntax));
}

#[test]
fn non_ascii_text_and_control_characters() {
    assert!(!check("Purchases.amount + é").is_empty());
    assert!(!check("Purchases.amount \u{0} + 1").is_empty());
    assert!(check("Purchases.coupon == \"日本語 ✓\"").is_empty());
    assert!(!check("{ 名前: Purchases.amount }").is_empty());
}

#[test]
fn every_prefix_of_a_query_is_handled() {
    let query = std::fs::read_to_string(
        fenl_tests::workspace_root().join("tests/fixtures/queries/window_lookup_with_key.fenl"),
    )
    .unwrap_or_default();
    for (i, _) in query.char_indices() {
        check(&query[..i]);
    }
}
