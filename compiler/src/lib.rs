//! The Fenl compiler: from text to a physical plan. Pure: no IO, no printing, no Arrow compute.
//!
//! ```text
//! text ─syntax::parse→ ast::Expr ─hir::lower→ typed Hir ─plan::logical::build→ logical::Plan
//!      ─plan::physical::lower→ physical::Plan (handed to the runtime)
//! ```
//!
//! Every phase recovers from errors and pushes [`diagnostics::Diagnostic`]s instead of failing.
//! Tables come in through [`tables::TableProvider`], so the catalog and tests can both supply them.
#![deny(clippy::print_stdout, clippy::print_stderr)]

pub mod diagnostics;
pub mod hir;
pub mod ide;
pub mod plan;
pub mod syntax;
pub mod tables;
#[doc(hidden)]
pub mod testing;
pub mod types;

use diagnostics::Diagnostic;

/// Everything the front end learned about one query.
#[derive(Debug)]
pub struct Analysis {
    pub parsed: syntax::Parsed,
    /// `None` when the text did not parse far enough to check.
    pub hir: Option<hir::Hir>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Analysis {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Parses and checks a query against the given tables.
pub fn analyze(source: &str, tables: &dyn tables::TableProvider) -> Analysis {
    analyze_with(source, tables, hir::LowerOptions::default())
}

/// [`analyze`] with options.
pub fn analyze_with(source: &str, tables: &dyn tables::TableProvider, options: hir::LowerOptions) -> Analysis {
    let mut diagnostics = Vec::new();
    let parsed = syntax::parse(source, &mut diagnostics);
    // Unused-binding warnings on a half-parsed query are noise.
    let options = hir::LowerOptions { partial: options.partial || !diagnostics.is_empty() };
    let hir = parsed.expr.as_ref().map(|expr| hir::lower(expr, tables, options, &mut diagnostics));
    diagnostics.sort_by_key(|d| (d.primary.span.start, d.primary.span.end));
    Analysis { parsed, hir, diagnostics }
}
