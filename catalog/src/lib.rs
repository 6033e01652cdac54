//! The Fenl catalog: managed event tables stored as Delta Lake tables of Parquet files, and
//! views (named Fenl expressions).
//!
//! ```text
//! <catalog>/tables/<Name>/_delta_log/00000000000000000000.json   version 0: the empty table
//! <catalog>/tables/<Name>/part-….parquet                        data, sorted by (_time, _subsort, _key_hash)
//! <catalog>/views/<Name>.fenl                                   a view's expression
//! <catalog>/materializations/<Name>.json                        a materialization's definition
//! ```
//!
//! Every load, compaction or refresh is one atomic commit (a create-if-absent put of the next
//! log file); readers replay the log to a version and never list data files. The runtime reads
//! tables through [`Catalog::scan`]; the compiler sees them through `TableProvider`.

#[doc(hidden)]
pub mod bench_data;
mod catalog;
pub mod delta;
mod error;
pub mod external;
pub mod load;
mod maintenance;
mod materializations;
mod name;
mod provider;
pub mod scan;
mod store;
pub mod table;
mod views;

pub use catalog::{Catalog, LoadReport, TableInfo, FILE_ROWS};
pub use error::{Error, Location, Result};
pub use load::{hash_key_column, Format, Input};
pub use maintenance::{CompactReport, VacuumReport};
pub use materializations::MaterializationDef;
pub use name::validate as validate_name;
pub use store::Store;
pub use table::{EpochUnit, TableDef};
