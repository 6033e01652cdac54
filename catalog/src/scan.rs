//! Reading a table version in (time, subsort, key hash) order: a k-way merge of its sorted
//! files that copies runs, never re-sorts, and skips files whose statistics cannot match.

use std::collections::VecDeque;

use arrow_array::cast::AsArray;
use arrow_array::types::Int64Type;
use arrow_array::{BooleanArray, RecordBatch, UInt32Array};
use arrow_schema::SchemaRef;
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;

use crate::catalog::{with_internal_columns, TableInfo};
use crate::error::{Error, Result};
use crate::store::Store;
use crate::table::{KEY_HASH, SUBSORT, TIME};

/// What part of a table to read.
#[derive(Debug, Clone, Default)]
pub struct ScanOptions {
    /// Only rows with `start <= _time < end` (UTC nanoseconds).
    pub time_range: Option<(i64, i64)>,
    /// Only rows of these key hashes.
    pub key_hashes: Option<Vec<u64>>,
    /// Only these user columns (the internal ones always come); all when `None`.
    pub columns: Option<Vec<String>>,
}

/// The sort key of row `i`.
type Key = (i64, i64, u64);

fn key_columns(batch: &RecordBatch) -> Result<(&[i64], &[i64], &[i64])> {
    let get = |name: &str| {
        batch
            .column_by_name(name)
            .map(|c| c.as_primitive::<Int64Type>().values().as_ref())
            .ok_or_else(|| Error::Storage(format!("a data file lacks the column {name}")))
    };
    Ok((get(TIME)?, get(SUBSORT)?, get(KEY_HASH)?))
}

fn key_at(columns: &(&[i64], &[i64], &[i64]), i: usize) -> Key {
    (columns.0[i], columns.1[i], columns.2[i] as u64)
}

/// Sorts batches of one schema into one sorted sequence, without copying when already sorted.
pub fn sort_batches(batches: Vec<RecordBatch>) -> Result<Vec<RecordBatch>> {
    let Some(first) = batches.first() else { return Ok(batches) };
    let mut sorted = true;
    let mut last: Option<Key> = None;
    for batch in &batches {
        let columns = key_columns(batch)?;
        for i in 0..batch.num_rows() {
            let key = key_at(&columns, i);
            if last.is_some_and(|l| l > key) {
                sorted = false;
                break;
            }
            last = Some(key);
        }
        if !sorted {
            break;
        }
    }
    if sorted {
        return Ok(batches);
    }
    let all = arrow_select::concat::concat_batches(&first.schema(), &batches)?;
    let columns = key_columns(&all)?;
    let mut order: Vec<u32> = (0..all.num_rows() as u32).collect();
    order.sort_by_key(|&i| key_at(&columns, i as usize));
    let indices = UInt32Array::from(order);
    let taken: Result<Vec<_>> =
        all.columns().iter().map(|c| Ok(arrow_select::take::take(c.as_ref(), &indices, None)?)).collect();
    Ok(vec![RecordBatch::try_new(all.schema(), taken?)?])
}

/// A sorted sequence of batches: a data file, or a sorted run of an external table's rows.
pub type Run = Box<dyn Iterator<Item = Result<RecordBatch>> + Send>;

/// Scans of at most this many files decode each file on its own thread.
const PREFETCH_FILES: usize = 64;

/// Batches decoded ahead of the reader.
const PREFETCH_BATCHES: usize = 2;

/// A run decoded on a background thread into a bounded channel, so decoding overlaps the merge
/// and what the caller does with the rows. Dropping it stops the thread at its next batch.
struct Prefetch {
    receiver: std::sync::mpsc::Receiver<Result<RecordBatch>>,
}

impl Prefetch {
    fn start(run: Run) -> Prefetch {
        let (sender, receiver) = std::sync::mpsc::sync_channel(PREFETCH_BATCHES);
        std::thread::spawn(move || {
            for batch in run {
                let failed = batch.is_err();
                if sender.send(batch).is_err() || failed {
                    break;
                }
            }
        });
        Prefetch { receiver }
    }
}

impl Iterator for Prefetch {
    type Item = Result<RecordBatch>;

    fn next(&mut self) -> Option<Self::Item> {
        self.receiver.recv().ok()
    }
}

struct FileCursor {
    reader: Run,
    /// Whether `reader` is to be moved onto a thread of its own at its first read.
    prefetch: bool,
    batch: Option<RecordBatch>,
    position: usize,
    /// The file's smallest and largest `_time`, from its statistics.
    times: Option<(i64, i64)>,
}

impl FileCursor {
    /// Makes sure `batch` has a row at `position`; false once the file is exhausted.
    fn fill(&mut self) -> Result<bool> {
        if std::mem::take(&mut self.prefetch) {
            let run = std::mem::replace(&mut self.reader, Box::new(std::iter::empty()));
            self.reader = Box::new(Prefetch::start(run));
        }
        loop {
            if let Some(batch) = &self.batch {
                if self.position < batch.num_rows() {
                    return Ok(true);
                }
            }
            match self.reader.next() {
                Some(batch) => {
                    self.batch = Some(batch?);
                    self.position = 0;
                }
                None => return Ok(false),
            }
        }
    }

    fn head(&self) -> Result<Key> {
        let batch = self.batch.as_ref().ok_or_else(|| Error::Storage("empty cursor".into()))?;
        Ok(key_at(&key_columns(batch)?, self.position))
    }
}

/// Adds the partition columns Delta keeps in the log (not in the file) back to a batch.
fn with_partition_columns(
    batch: RecordBatch,
    partition: &std::collections::BTreeMap<String, Option<String>>,
    target: &SchemaRef,
) -> Result<RecordBatch> {
    if partition.is_empty() {
        return Ok(batch);
    }
    let mut fields: Vec<arrow_schema::Field> = batch.schema().fields().iter().map(|f| f.as_ref().clone()).collect();
    let mut columns = batch.columns().to_vec();
    for (name, value) in partition {
        let field = target.field_with_name(name)?;
        let text: arrow_array::ArrayRef =
            std::sync::Arc::new(arrow_array::StringArray::from(vec![value.as_deref(); batch.num_rows()]));
        columns.push(arrow_cast::cast(&text, field.data_type())?);
        fields.push(field.clone());
    }
    Ok(RecordBatch::try_new(std::sync::Arc::new(arrow_schema::Schema::new(fields)), columns)?)
}

/// A reader decoding only the columns of `schema` (the scan's projection).
fn projected_reader<T: parquet::file::reader::ChunkReader + 'static>(
    builder: ParquetRecordBatchReaderBuilder<T>,
    schema: &SchemaRef,
) -> Result<parquet::arrow::arrow_reader::ParquetRecordBatchReader> {
    let roots: Vec<usize> = builder
        .schema()
        .fields()
        .iter()
        .enumerate()
        .filter(|(_, f)| schema.field_with_name(f.name()).is_ok())
        .map(|(i, _)| i)
        .collect();
    let mask = parquet::arrow::ProjectionMask::roots(builder.parquet_schema(), roots);
    Ok(builder.with_projection(mask).with_batch_size(64 * 1024).build()?)
}

/// A sorted stream of a table version's rows.
pub struct TableScan {
    schema: SchemaRef,
    cursors: Vec<FileCursor>,
    options: ScanOptions,
    ready: VecDeque<RecordBatch>,
    /// What reading the table reported besides its rows (bad records of an external table).
    notes: Vec<String>,
    /// How many rows the scan gives, when that is known before reading them (a logical
    /// external table's rows are read, and counted, when the scan opens).
    rows: Option<usize>,
}

impl std::fmt::Debug for TableScan {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TableScan").field("files", &self.cursors.len()).finish()
    }
}

impl TableScan {
    pub(crate) fn open(store: &Store, dir: &str, info: &TableInfo, options: &ScanOptions) -> Result<TableScan> {
        TableScan::open_files(store, dir, info, &info.snapshot.files, options)
    }

    fn projected_schema(info: &TableInfo, options: &ScanOptions) -> Result<SchemaRef> {
        let mut schema = with_internal_columns(&info.schema);
        if let Some(columns) = &options.columns {
            let keep: Vec<usize> = (0..schema.fields().len())
                .filter(|&i| {
                    let name = schema.field(i).name();
                    columns.contains(name) || crate::table::INTERNAL_COLUMNS.contains(&name.as_str())
                })
                .collect();
            schema = std::sync::Arc::new(schema.project(&keep)?);
        }
        Ok(schema)
    }

    /// A scan merging sorted runs of the table's full rows (user and internal columns).
    pub(crate) fn from_runs(info: &TableInfo, runs: Vec<Run>, options: &ScanOptions) -> Result<TableScan> {
        let schema = TableScan::projected_schema(info, options)?;
        let cursors = runs
            .into_iter()
            .map(|run| {
                let target = schema.clone();
                let reader: Run = Box::new(run.map(move |b| {
                    let b = crate::catalog::reorder(&b?, &target)?;
                    Ok(RecordBatch::try_new(target.clone(), b.columns().to_vec())?)
                }));
                FileCursor { reader, prefetch: false, batch: None, position: 0, times: None }
            })
            .collect();
        Ok(TableScan {
            schema,
            cursors,
            options: options.clone(),
            ready: VecDeque::new(),
            notes: Vec::new(),
            rows: None,
        })
    }

    /// The scan's rows read file after file, when its files hold disjoint time ranges (the
    /// usual case for tables loaded in time order), without the merge. One thread decodes the
    /// files in turn, a few batches ahead: a thread per file would take fresh memory for every
    /// file, where one thread reuses what the reader has freed. `Err(self)` when the files
    /// overlap, their ranges are unknown, or rows are filtered.
    pub fn into_file_order(self) -> std::result::Result<Run, Box<TableScan>> {
        if self.options.time_range.is_some() || self.options.key_hashes.is_some() || !self.ready.is_empty() {
            return Err(Box::new(self));
        }
        let Some(mut ranges) =
            self.cursors.iter().enumerate().map(|(i, c)| c.times.map(|t| (t, i))).collect::<Option<Vec<_>>>()
        else {
            return Err(Box::new(self));
        };
        ranges.sort_unstable();
        // Strictly apart: rows at one instant in two files would need the merge.
        if ranges.windows(2).any(|w| w[0].0 .1 >= w[1].0 .0) || self.cursors.iter().any(|c| c.batch.is_some()) {
            return Err(Box::new(self));
        }
        let prefetch = self.cursors.iter().any(|c| c.prefetch);
        let mut cursors: Vec<Option<FileCursor>> = self.cursors.into_iter().map(Some).collect();
        let runs: Vec<Run> = ranges.into_iter().filter_map(|(_, i)| cursors[i].take().map(|c| c.reader)).collect();
        let run: Run = Box::new(runs.into_iter().flatten());
        Ok(if prefetch { Box::new(Prefetch::start(run)) } else { run })
    }

    /// Notes for the user from reading the table (bad records of an external table).
    pub fn notes(&self) -> &[String] {
        &self.notes
    }

    pub(crate) fn with_notes(mut self, notes: Vec<String>) -> TableScan {
        self.notes = notes;
        self
    }

    /// The rows the scan gives, when known before reading them (see [`crate::Catalog::scan_with`]).
    pub fn rows(&self) -> Option<usize> {
        self.rows
    }

    pub(crate) fn with_rows(mut self, rows: usize) -> TableScan {
        self.rows = Some(rows);
        self
    }

    /// A scan of some of a version's files.
    pub(crate) fn open_files(
        store: &Store,
        dir: &str,
        info: &TableInfo,
        files: &[crate::delta::AddFile],
        options: &ScanOptions,
    ) -> Result<TableScan> {
        let schema = TableScan::projected_schema(info, options)?;
        let mut cursors = Vec::new();
        // Files are decoded on background threads (from their first read), a few batches
        // ahead of the merge, when there are few enough of them to give each a thread.
        let prefetch = files.len() <= PREFETCH_FILES;
        for file in files {
            if let (Some(stats), Some((start, end))) = (file.file_stats(), options.time_range) {
                let (lo, hi) = (stats.min_i64(TIME).unwrap_or(i64::MIN), stats.max_i64(TIME).unwrap_or(i64::MAX));
                if hi < start || lo >= end {
                    continue;
                }
            }
            if let (Some(stats), Some(keys)) = (file.file_stats(), &options.key_hashes) {
                let (lo, hi) =
                    (stats.min_i64(KEY_HASH).unwrap_or(i64::MIN), stats.max_i64(KEY_HASH).unwrap_or(i64::MAX));
                if !keys.iter().any(|k| (lo..=hi).contains(&(*k as i64))) {
                    continue;
                }
            }
            let path = format!("{dir}/{}", file.path);
            let missing = || Error::Storage(format!("data file '{}' of a committed version is missing", file.path));
            // A local file is read row group by row group (by the prefetching thread); an
            // object is fetched whole.
            let local = store.local_path(&path).and_then(|p| std::fs::File::open(p).ok());
            let reader = match local {
                Some(f) => projected_reader(ParquetRecordBatchReaderBuilder::try_new(f)?, &schema)?,
                None => {
                    let bytes = store.get(&path)?.ok_or_else(missing)?;
                    projected_reader(ParquetRecordBatchReaderBuilder::try_new(bytes)?, &schema)?
                }
            };
            let target = schema.clone();
            let partition = file.partition_values.clone();
            let reader = reader.map(move |b| {
                let b = with_partition_columns(b?, &partition, &target)?;
                let b = crate::catalog::reorder(&b, &target)?;
                Ok(RecordBatch::try_new(target.clone(), b.columns().to_vec())?)
            });
            let times = file.file_stats().and_then(|s| Some((s.min_i64(TIME)?, s.max_i64(TIME)?)));
            cursors.push(FileCursor { reader: Box::new(reader), prefetch, batch: None, position: 0, times });
        }
        Ok(TableScan {
            schema,
            cursors,
            options: options.clone(),
            ready: VecDeque::new(),
            notes: Vec::new(),
            rows: None,
        })
    }

    pub fn schema(&self) -> SchemaRef {
        self.schema.clone()
    }

    /// How many data files the scan reads (after pruning by statistics).
    pub fn files(&self) -> usize {
        self.cursors.len()
    }

    /// The next run: rows of the file with the smallest head, up to the next file's head.
    fn next_run(&mut self) -> Result<Option<RecordBatch>> {
        let mut live = Vec::new();
        for (i, cursor) in self.cursors.iter_mut().enumerate() {
            if cursor.fill()? {
                live.push((cursor.head()?, i));
            }
        }
        live.sort();
        let Some(&(_, smallest)) = live.first() else { return Ok(None) };
        let bound = live.get(1).map(|(k, _)| *k);
        let cursor = &mut self.cursors[smallest];
        let batch = cursor.batch.clone().ok_or_else(|| Error::Storage("empty cursor".into()))?;
        let columns = key_columns(&batch)?;
        let start = cursor.position;
        let end = match bound {
            None => batch.num_rows(),
            Some(bound) => {
                // Rows are sorted: find the first row past `bound` by binary search.
                let (mut lo, mut hi) = (start + 1, batch.num_rows());
                while lo < hi {
                    let mid = (lo + hi) / 2;
                    if key_at(&columns, mid) <= bound {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                lo
            }
        };
        cursor.position = end;
        Ok(Some(batch.slice(start, end - start)))
    }

    fn filter_rows(&self, batch: RecordBatch) -> Result<RecordBatch> {
        if self.options.time_range.is_none() && self.options.key_hashes.is_none() {
            return Ok(batch);
        }
        let (time, _, hash) = key_columns(&batch)?;
        let keep: BooleanArray = (0..batch.num_rows())
            .map(|i| {
                let in_time = self.options.time_range.is_none_or(|(s, e)| time[i] >= s && time[i] < e);
                let in_keys = self.options.key_hashes.as_ref().is_none_or(|k| k.contains(&(hash[i] as u64)));
                Some(in_time && in_keys)
            })
            .collect();
        Ok(arrow_select::filter::filter_record_batch(&batch, &keep)?)
    }
}

impl Iterator for TableScan {
    type Item = Result<RecordBatch>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(b) = self.ready.pop_front() {
            return Some(Ok(b));
        }
        loop {
            match self.next_run() {
                Ok(Some(run)) => match self.filter_rows(run) {
                    Ok(b) if b.num_rows() == 0 => continue,
                    Ok(b) => return Some(Ok(b)),
                    Err(e) => return Some(Err(e)),
                },
                Ok(None) => return None,
                Err(e) => return Some(Err(e)),
            }
        }
    }
}
