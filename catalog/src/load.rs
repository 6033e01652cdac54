//! Loading files into a table: read (CSV, Parquet, JSON lines), normalise column types to what
//! Delta can hold, compute the internal columns, validate, sort, write Parquet, commit.

mod input;
mod prepare;
mod write;

pub use input::{Format, Input};
pub use prepare::{hash_key_column, prepare_batch, PreparedBatch};
pub use write::{write_data_file, PartitionValues, WrittenFile};

pub(crate) use input::{normalize_batch, normalize_schema, read_input};
