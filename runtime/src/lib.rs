//! The Fenl runtime: executes `fenl_compiler::plan::physical` plans over Arrow record batches.
//!
//! Not built yet (issue "Runtime"). It will import only `fenl_compiler::plan::physical` and
//! `fenl_compiler::types`; it never sees syntax, HIR or diagnostics.
