//! Invariants every input must keep, shared by the fuzz target (`compiler/fuzz`) and the test
//! that replays its corpus and past crashes in ordinary `cargo test` runs.

use crate::tables::StaticTables;

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
