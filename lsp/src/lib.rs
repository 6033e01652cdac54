//! The Fenl language server (`fenl lsp`).
//!
//! Not built yet (issue "The language server"). It will convert `fenl_compiler::ide` results into
//! LSP types and never depend on the runtime.
