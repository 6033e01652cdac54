//! Writing sorted batches as Parquet data files with row-group statistics, and the Delta
//! `add` action (with per-file stats of the time and key-hash columns) that commits them.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};

use arrow_array::cast::AsArray;
use arrow_array::types::Int64Type;
use arrow_array::RecordBatch;
use arrow_schema::DataType;
use bytes::Bytes;
use parquet::arrow::ArrowWriter;
use parquet::basic::{Compression, Encoding};
use parquet::file::properties::{EnabledStatistics, WriterProperties};
use parquet::schema::types::ColumnPath;
use serde_json::json;

use crate::delta::{AddFile, FileStats};
use crate::error::{Error, Result};
use crate::store::Store;
use crate::table::{KEY_HASH, SUBSORT, TIME};

/// Rows per Parquet row group: small enough for pruning by time and key, large enough to scan fast.
pub const ROW_GROUP_ROWS: usize = 128 * 1024;

/// A data file written to the store, not yet committed.
#[derive(Debug, Clone)]
pub struct WrittenFile {
    pub add: AddFile,
    pub rows: u64,
}

/// A file name no other writer picks: time, process, a counter and a hash of them.
fn unique_name() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    let seed = format!(
        "{}-{}-{}-{:?}",
        now.as_nanos(),
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed),
        std::thread::current().id()
    );
    format!("part-{:016x}-{:016x}.parquet", now.as_nanos() as u64, xxhash_rust::xxh3::xxh3_64(seed.as_bytes()))
}

/// A partition: the values of the table's partition columns (hive-style, `None` for null).
pub type PartitionValues = Vec<(String, Option<String>)>;

/// Escapes a partition value for a path segment: other than letters, digits and `-_.`, every
/// byte becomes `@HH`. (Hive's `%HH` would need URL-encoding again in the Delta log; readers
/// take partition values from the log, not from directory names.)
fn escape(value: &str) -> String {
    let mut out = String::new();
    for c in value.chars() {
        if c.is_ascii_alphanumeric() || "-_.".contains(c) {
            out.push(c);
        } else {
            let mut buffer = [0u8; 4];
            for b in c.encode_utf8(&mut buffer).bytes() {
                out.push_str(&format!("@{b:02X}"));
            }
        }
    }
    out
}

/// `col=value/` segments of a partition's directory.
fn partition_dir(partition: &PartitionValues) -> String {
    partition
        .iter()
        .map(|(column, value)| {
            format!(
                "{}={}/",
                escape(column),
                value.as_deref().map_or_else(|| "__HIVE_DEFAULT_PARTITION__".to_owned(), escape)
            )
        })
        .collect()
}

/// Writes sorted batches (all with one schema) as one Parquet file under `table_dir`, in the
/// directory of `partition` and without its columns (Delta keeps them in the log).
pub fn write_data_file(
    store: &Store,
    table_dir: &str,
    batches: &[RecordBatch],
    partition: &PartitionValues,
) -> Result<WrittenFile> {
    let batches: Vec<RecordBatch> = if partition.is_empty() {
        batches.to_vec()
    } else {
        batches
            .iter()
            .map(|b| {
                let keep: Vec<usize> = (0..b.num_columns())
                    .filter(|i| partition.iter().all(|(c, _)| b.schema().field(*i).name() != c))
                    .collect();
                Ok(b.project(&keep)?)
            })
            .collect::<Result<_>>()?
    };
    let batches = &batches[..];
    let Some(first) = batches.first() else {
        return Err(Error::InvalidArgument("nothing to write".into()));
    };
    // Dictionaries only for strings (keys, categories); sorted internal columns delta-encoded.
    // User columns are LZ4 (raw): on the benchmark table as small as Snappy (285 MB against
    // 280) and faster to decode (snapshot_aggs 0.55 s against 0.48). The internal columns are
    // stored uncompressed: deltas of sorted times and subsorts leave a compressor nothing to
    // find, nor do key hashes, and every query reads them.
    let mut builder = WriterProperties::builder()
        .set_compression(Compression::LZ4_RAW)
        .set_max_row_group_row_count(Some(ROW_GROUP_ROWS))
        .set_statistics_enabled(EnabledStatistics::Chunk)
        .set_dictionary_enabled(false)
        .set_created_by(format!("fenl {}", env!("CARGO_PKG_VERSION")));
    for field in first.schema().fields() {
        let column = ColumnPath::from(field.name().as_str());
        if matches!(field.data_type(), DataType::Utf8 | DataType::LargeUtf8) {
            builder = builder.set_column_dictionary_enabled(column, true);
        } else if field.name() == TIME || field.name() == SUBSORT {
            builder = builder
                .set_column_encoding(column.clone(), Encoding::DELTA_BINARY_PACKED)
                .set_column_compression(column, Compression::UNCOMPRESSED);
        } else if field.name() == KEY_HASH {
            builder = builder.set_column_compression(column, Compression::UNCOMPRESSED);
        }
    }
    let properties = builder.build();
    let mut buffer = Vec::new();
    let mut writer = ArrowWriter::try_new(&mut buffer, first.schema(), Some(properties))?;
    let mut rows = 0u64;
    let (mut min_time, mut max_time, mut min_hash, mut max_hash) = (i64::MAX, i64::MIN, i64::MAX, i64::MIN);
    for batch in batches {
        writer.write(batch)?;
        rows += batch.num_rows() as u64;
        let time =
            batch.column_by_name(TIME).map(|c| c.as_primitive::<Int64Type>().values().to_vec()).unwrap_or_default();
        if let (Some(first), Some(last)) = (time.first(), time.last()) {
            min_time = min_time.min(*first);
            max_time = max_time.max(*last);
        }
        if let Some(hash) = batch.column_by_name(KEY_HASH) {
            for h in hash.as_primitive::<Int64Type>().values().iter() {
                min_hash = min_hash.min(*h);
                max_hash = max_hash.max(*h);
            }
        }
    }
    writer.close()?;
    let size = buffer.len() as i64;
    let path = format!("{}{}", partition_dir(partition), unique_name());
    store.put(&format!("{table_dir}/{path}"), Bytes::from(buffer))?;
    let mut stats = FileStats { num_records: rows as i64, ..FileStats::default() };
    stats.min_values.insert(TIME.into(), json!(min_time));
    stats.max_values.insert(TIME.into(), json!(max_time));
    stats.min_values.insert(KEY_HASH.into(), json!(min_hash));
    stats.max_values.insert(KEY_HASH.into(), json!(max_hash));
    stats.null_count.insert(TIME.into(), json!(0));
    stats.null_count.insert(KEY_HASH.into(), json!(0));
    let now_ms = chrono::Utc::now().timestamp_millis();
    Ok(WrittenFile {
        add: AddFile {
            path,
            partition_values: partition.iter().cloned().collect::<BTreeMap<_, _>>(),
            size,
            modification_time: now_ms,
            data_change: true,
            stats: Some(serde_json::to_string(&stats)?),
            tags: None,
        },
        rows,
    })
}
