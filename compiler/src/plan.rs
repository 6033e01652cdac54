//! Plans: the logical DAG of values, and the physical plan of steps the runtime executes.
//!
//! ## Adding an operator
//! A function whose rows differ from its inputs' (a new kind of domain) needs: an
//! `Implementation::Special` catalog entry, its typing rule in `hir::call`, its domain in
//! `physical::domains`, a `StepKind` and its runtime operator.

pub mod logical;
pub mod physical;
