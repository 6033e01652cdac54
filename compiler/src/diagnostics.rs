//! Diagnostics: one renderer-independent type, one registry of codes, rendering at the edge.
//!
//! Phases push [`Diagnostic`]s into a `Vec` and keep going; nothing here prints. `render` turns
//! them into ariadne text for the CLI and tests; the language server converts them itself.
//!
//! ## Adding a diagnostic
//! Add a variant to [`Code`] with its code string, severity and title in `Code::info`, emit it
//! from the phase that detects it, and add a fixture under `tests/fixtures/errors/` whose
//! rendered snapshot shows it (the tidy test checks that every code has one).

mod code;
mod diagnostic;
mod render;
mod suggest;

pub use code::{Code, Severity};
pub use diagnostic::{Diagnostic, Label, Span};
pub use render::{render, LineIndex};
pub use suggest::nearest_matches;
