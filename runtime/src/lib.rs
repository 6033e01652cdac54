//! The Fenl runtime: executes `fenl_compiler::plan::physical` plans over Arrow arrays.
//!
//! A run reads its tables a chunk of time at a time (`chunks.rs`); each chunk's steps are
//! materialised in dependency order for a partition of the entities: a step's rows are sorted by
//! (time, subsort, key hash); its expressions are Arrow arrays over those rows, each with an
//! `is_new` mask (language reference §4.4). Values cross steps through index arrays (`take`),
//! as-of interpolation carrying each entity's latest row. Each chunk continues from the state
//! the last left ([`state`]). Every step kind runs: scan, merge, select (`when`), ticks, shifts,
//! `with_key`, and lookup requests and responses. The runtime imports only `plan::physical`
//! and `types` from the compiler.

mod aggregate;
mod chunks;
mod error;
mod eval;
mod kernels;
mod output;
mod parallel;
pub mod state;
mod steps;

pub use error::{Error, Result};
pub use output::{
    for_text, run, run_continued, run_streaming, run_with_warnings, write_csv, write_csv_rows, Continued, ResultMode,
    RunOptions,
};
pub use state::State;
