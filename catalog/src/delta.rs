//! The Delta Lake transaction log, written and replayed by us on top of the object store.
//!
//! Why not `delta_kernel`: a Fenl table is created empty (version 0) and its schema is fixed by
//! its first load, in the same commit as the first data; `delta_kernel` 0.30 commits schema
//! changes only as metadata-only "alter table" transactions, which would split a first load into
//! two commits. The protocol itself is simple and published; we write reader version 1 / writer
//! version 2 tables (no deletion vectors, no column mapping), which Spark, DuckDB, Polars and
//! delta-rs read. Commits are atomic through the store's create-if-absent put of
//! `_delta_log/<version>.json`.

mod actions;
mod log;
mod schema;

pub use actions::{Action, AddFile, CommitInfo, FileStats, Metadata, Protocol, RemoveFile};
pub use log::{commit, log_path, read_snapshot, read_snapshot_from, Snapshot};
pub use schema::{arrow_to_delta, delta_to_arrow};

/// The `format` of every Fenl table's metadata: Parquet files.
pub fn actions_format() -> actions::Format {
    actions::Format { provider: "parquet".to_owned(), options: std::collections::BTreeMap::new() }
}
