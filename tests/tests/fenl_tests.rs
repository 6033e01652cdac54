//! The workspace test harness: one binary for fixtures, catalog examples, properties and tidy.

mod bad_input;
mod catalog_examples;
mod corpus_runs;
mod e2e;
mod fixtures;
mod fuzz_replay;
mod incremental;
mod properties;
mod resolution;
mod spec_examples;
mod tidy;
