//! The Fenl compiler: from text to a physical plan. Pure: no IO, no printing, no Arrow compute.
//!
//! ```text
//! text ─lex/parse→ ast::Expr ─hir::lower→ Hir + TypeTable ─plan::logical→ logical::Plan ─plan::physical→ physical::Plan
//! ```
//!
//! Every phase recovers from errors and pushes [`diagnostics::Diagnostic`]s instead of failing.
//! Tables come in through [`TableProvider`], so the catalog and tests can both supply them.
#![deny(clippy::print_stdout, clippy::print_stderr)]

pub mod diagnostics;
pub mod syntax;
pub mod types;
