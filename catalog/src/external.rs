//! External tables: tables over files the catalog does not own (shared/spec/tables.md §4).
//!
//! - **logical**: the files are read at every query ([`logical`]): sorted in bounded memory,
//!   spilling runs to disk beyond the budget;
//! - **materialized**: the files are loaded into the table's own storage at create and at each
//!   [`Catalog::refresh`](crate::Catalog::refresh), which loads only new and changed files
//!   ([`ingest`]); [`subscription`] keeps loading files as they appear.
//!
//! Both read files through [`parse`], which applies the error mode record by record.

pub mod def;
pub mod ingest;
pub mod logical;
pub mod parse;
pub mod sources;
pub mod subscription;

pub use def::{single_byte, CsvOptions, ErrorMode, ExternalDef, Mode};
pub use ingest::{IngestReport, Selection};
pub use parse::{parse_schema, Tally};
