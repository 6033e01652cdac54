//! Reading the tables of a query a chunk of time at a time: every table's rows up to a time
//! boundary, split into partitions of the entities by key hash. A run computes chunk after
//! chunk, each continuing from the state the last left, so memory follows the chunk size and
//! the entities, not the events.

use std::collections::HashMap;

use arrow_array::RecordBatch;
use arrow_schema::SchemaRef;
use fenl_catalog::Catalog;
use fenl_compiler::plan::physical::{ExprOp, Plan, StepKind};
use fenl_compiler::types::FenlType;

use crate::error::{Error, Result};
use crate::eval::TableData;

/// One table's sorted rows, read a batch at a time.
struct Cursor {
    name: String,
    run: fenl_catalog::scan::Run,
    pending: Option<RecordBatch>,
    schema: SchemaRef,
    key_column: String,
    /// The rows the table holds (at the version read).
    total: usize,
    read: usize,
}

impl Cursor {
    /// The next batch with rows, left in `pending`; `None` once the table is read.
    fn peek(&mut self) -> Result<Option<&RecordBatch>> {
        while self.pending.as_ref().is_none_or(|b| b.num_rows() == 0) {
            match self.run.next() {
                Some(batch) => self.pending = Some(batch?),
                None => {
                    self.pending = None;
                    return Ok(None);
                }
            }
        }
        Ok(self.pending.as_ref())
    }

    /// Takes the first `n` rows of the pending batch.
    fn take(&mut self, n: usize, out: &mut Vec<RecordBatch>) {
        if n == 0 {
            return;
        }
        if let Some(batch) = self.pending.take() {
            if n >= batch.num_rows() {
                out.push(batch);
            } else {
                out.push(batch.slice(0, n));
                self.pending = Some(batch.slice(n, batch.num_rows() - n));
            }
        }
    }

    /// Takes every row at or before `bound`.
    fn take_through(&mut self, bound: i64, out: &mut Vec<RecordBatch>) -> Result<()> {
        while let Some(batch) = self.peek()? {
            let times = times(batch)?;
            let n = times.partition_point(|t| *t <= bound);
            let whole = n == times.len();
            self.take(n, out);
            if !whole {
                break;
            }
        }
        Ok(())
    }

    /// Takes at least `n` rows (fewer at the end of the table) and every further row at the
    /// time of the last, so a chunk never splits an instant; returns the last time taken.
    /// Rows after `limit` are left for later.
    fn take_rows(&mut self, n: usize, limit: i64, out: &mut Vec<RecordBatch>) -> Result<Option<i64>> {
        let mut taken = 0;
        let mut last = None;
        while taken < n {
            let Some(batch) = self.peek()? else { break };
            let times = times(batch)?;
            let k = batch.num_rows().min(n - taken).min(times.partition_point(|t| *t <= limit));
            if k == 0 {
                break;
            }
            last = times.get(k - 1).copied();
            taken += k;
            self.take(k, out);
        }
        if let Some(last) = last {
            self.take_through(last, out)?;
        }
        Ok(last)
    }
}

fn times(batch: &RecordBatch) -> Result<&[i64]> {
    int64_column(batch, "_time")
}

pub fn int64_column<'b>(batch: &'b RecordBatch, name: &str) -> Result<&'b [i64]> {
    batch
        .column_by_name(name)
        .and_then(|c| c.as_any().downcast_ref::<arrow_array::Int64Array>())
        .map(|c| c.values().as_ref())
        .ok_or_else(|| Error::Invalid(format!("table data lacks {name}")))
}

/// The rows of every table up to a time boundary.
pub struct Chunk {
    pub rows: Rows,
    /// Per table with rows in the chunk: its first and last time.
    pub ranges: HashMap<String, (i64, i64)>,
    /// Whether no table has rows after this chunk.
    pub last: bool,
    /// The time the chunk covers through: its last row's, or later when ticks cut it short
    /// of its rows (ticks go on through it); `None` when there are no rows at all.
    pub end: Option<i64>,
}

/// A chunk's rows as read, split into partitions of the entities on demand
/// ([`Rows::partition`]), so the partitions split on the threads that compute them.
#[derive(Default)]
pub struct Rows {
    tables: Vec<ChunkTable>,
    partitions: usize,
}

/// One table's rows in a chunk, as read.
struct ChunkTable {
    name: String,
    schema: SchemaRef,
    key_column: String,
    batches: Vec<RecordBatch>,
}

impl Rows {
    /// How many partitions of the entities the rows are split into.
    pub fn partitions(&self) -> usize {
        self.partitions
    }

    /// Every table's rows of partition `p` (the entities with `key hash % partitions == p`),
    /// each still sorted.
    pub fn partition(&self, p: usize) -> Result<HashMap<String, TableData>> {
        let mut tables = HashMap::with_capacity(self.tables.len());
        for table in &self.tables {
            let data = if self.partitions == 1 {
                TableData::from_pieces(&table.schema, &table.batches, &table.key_column)?
            } else {
                split(&table.batches, p, self.partitions, &table.schema, &table.key_column)?
            };
            tables.insert(table.name.clone(), data);
        }
        Ok(tables)
    }

    /// The key hashes of every row, of every table.
    pub fn key_hashes(&self) -> Result<Vec<u64>> {
        let mut hashes = Vec::new();
        for table in &self.tables {
            for batch in &table.batches {
                hashes.extend(int64_column(batch, "_key_hash")?.iter().map(|h| *h as u64));
            }
        }
        Ok(hashes)
    }
}

/// The tables a plan scans, opened for reading chunk by chunk.
pub struct ChunkReader {
    /// Largest table first: it sets the chunks' time boundaries.
    cursors: Vec<Cursor>,
    partitions: usize,
    notes: Vec<String>,
    /// The plan's periodic ticks, which limit how much time a chunk spans.
    ticks: Vec<String>,
    /// The time the last chunk covered through.
    end: Option<i64>,
}

/// Limits on a chunk: about `rows` rows of the largest table, and when the plan ticks, at most
/// about `tick_rows` tick rows for `entities` entities (the ones known so far).
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub rows: usize,
    pub tick_rows: usize,
    pub entities: usize,
}

impl ChunkReader {
    /// Opens every table the plan scans, once, with the union of the columns its scans use, at
    /// the given versions (latest when absent), reading only events after `after` when given.
    pub fn open(
        plan: &Plan,
        catalog: &Catalog,
        version_of: &dyn Fn(&str) -> Option<u64>,
        after: Option<i64>,
        partitions: usize,
    ) -> Result<ChunkReader> {
        let mut columns: HashMap<&str, Vec<String>> = HashMap::new();
        for step in &plan.steps {
            if let StepKind::Scan { table } = &step.kind {
                let wanted = columns.entry(table.as_str()).or_default();
                for expr in &step.exprs {
                    match (&expr.op, &expr.ty) {
                        (ExprOp::Column(name), _) => wanted.push(name.clone()),
                        (ExprOp::Row, FenlType::Record(fields)) => wanted.extend(fields.iter().map(|(n, _)| n.clone())),
                        _ => {}
                    }
                }
            }
        }
        let mut cursors = Vec::new();
        let mut notes = Vec::new();
        for (table, mut wanted) in columns {
            let info = catalog.table(table, version_of(table))?;
            // Read only the columns the scans use, and the key.
            wanted.push(info.def.key_column.clone());
            wanted.sort();
            wanted.dedup();
            // A continued run reads only the events after the previous run's last.
            let time_range = after.map(|t| (t.saturating_add(1), i64::MAX));
            let options = fenl_catalog::scan::ScanOptions { columns: Some(wanted), time_range, ..Default::default() };
            // A logical external table is read (and its rows counted) as its scan opens.
            let scan = catalog.scan_with(table, Some(info.snapshot.version), &options)?;
            notes.extend(scan.notes().iter().cloned());
            let total = scan.rows().unwrap_or(info.rows().max(0) as usize);
            let schema = scan.schema();
            // Files of disjoint time ranges are read one after another; overlapping files
            // go through the scan's merge.
            let run: fenl_catalog::scan::Run = match scan.into_file_order() {
                Ok(run) => run,
                Err(scan) => scan,
            };
            cursors.push(Cursor {
                name: table.to_owned(),
                run,
                pending: None,
                schema,
                key_column: info.def.key_column.clone(),
                total,
                read: 0,
            });
        }
        cursors.sort_by(|a, b| b.total.cmp(&a.total).then_with(|| a.name.cmp(&b.name)));
        let mut ticks: Vec<String> = plan
            .steps
            .iter()
            .filter_map(|step| match &step.kind {
                StepKind::Tick { function } if function != "finished" => Some(function.clone()),
                _ => None,
            })
            .collect();
        ticks.sort();
        ticks.dedup();
        Ok(ChunkReader { cursors, partitions: partitions.max(1), notes, ticks, end: None })
    }

    /// What reading the tables reported (bad records of logical external tables).
    pub fn notes(&self) -> &[String] {
        &self.notes
    }

    /// Per table: the rows read so far and the rows it holds.
    pub fn rows(&self) -> HashMap<String, (usize, usize)> {
        self.cursors.iter().map(|c| (c.name.clone(), (c.read, c.total))).collect()
    }

    /// The next chunk: about `rows` rows of the largest table with rows left (all of them when
    /// `rows` is `usize::MAX`), through the time of its last, and every other table's rows up to
    /// that time. At least one chunk is returned, empty when there are no rows at all.
    pub fn next_chunk(&mut self, limits: Limits, cancelled: &(dyn Fn() -> bool + Sync)) -> Result<Chunk> {
        let rows = limits.rows;
        let mut pieces: Vec<Vec<RecordBatch>> = vec![Vec::new(); self.cursors.len()];
        let mut bound = None;
        // Ticks bound the time a chunk spans, so their rows come in chunks too.
        let limit = self.tick_limit(limits)?;
        if rows == usize::MAX {
            bound = Some(i64::MAX);
        } else {
            let mut driver = None;
            for (i, (cursor, out)) in self.cursors.iter_mut().zip(pieces.iter_mut()).enumerate() {
                bound = cursor.take_rows(rows, limit.unwrap_or(i64::MAX), out)?;
                if bound.is_some() {
                    driver = Some(i);
                    break;
                }
            }
            // Rows stopped at the limit (not at the row count): the chunk goes on through it,
            // with rows or none.
            if let Some(limit) = limit {
                let next = |c: &mut Cursor| -> Result<Option<i64>> {
                    Ok(match c.peek()? {
                        Some(batch) => times(batch)?.first().copied(),
                        None => None,
                    })
                };
                let mut more = false;
                for cursor in &mut self.cursors {
                    more |= next(cursor)?.is_some();
                }
                let at_limit = match driver {
                    Some(i) => next(&mut self.cursors[i])?.is_none_or(|t| t > limit),
                    None => true,
                };
                if more && at_limit && bound.is_none_or(|b| b < limit) {
                    bound = Some(limit);
                }
            }
        }
        if let Some(bound) = bound {
            for (cursor, out) in self.cursors.iter_mut().zip(pieces.iter_mut()) {
                cursor.take_through(bound, out)?;
            }
        }
        let mut chunk = Chunk {
            rows: Rows { tables: Vec::new(), partitions: self.partitions },
            ranges: HashMap::new(),
            last: true,
            end: None,
        };
        for (cursor, batches) in self.cursors.iter_mut().zip(pieces) {
            if cancelled() {
                return Err(Error::Cancelled);
            }
            let first = batches.iter().find_map(|b| times(b).ok()?.first().copied());
            let last = batches.iter().rev().find_map(|b| times(b).ok()?.last().copied());
            if let (Some(first), Some(last)) = (first, last) {
                chunk.ranges.insert(cursor.name.clone(), (first, last));
            }
            cursor.read += batches.iter().map(RecordBatch::num_rows).sum::<usize>();
            chunk.rows.tables.push(ChunkTable {
                name: cursor.name.clone(),
                schema: cursor.schema.clone(),
                key_column: cursor.key_column.clone(),
                batches,
            });
            if cursor.peek()?.is_some() {
                chunk.last = false;
            }
        }
        // Past its last row only when later rows follow: ticks never go past the last event.
        let last_row = chunk.ranges.values().map(|r| r.1).max();
        chunk.end = match (bound, last_row) {
            (_, l) if chunk.last => l,
            (Some(b), Some(l)) if b != i64::MAX => Some(b.max(l)),
            (Some(b), None) if b != i64::MAX => Some(b),
            (_, l) => l,
        };
        if chunk.end.is_some() {
            self.end = chunk.end;
        }
        Ok(chunk)
    }

    /// The time through which the next chunk may go so that its ticks make at most about
    /// `limits.tick_rows` rows: a number of boundaries of the finest tick from where the last
    /// chunk ended (or the first row), for the entities known plus as many new ones as rows
    /// have brought so far. `None` without ticks or rows.
    fn tick_limit(&mut self, limits: Limits) -> Result<Option<i64>> {
        if self.ticks.is_empty() || limits.rows == usize::MAX {
            return Ok(None);
        }
        let start = match self.end {
            Some(end) => end.saturating_add(1),
            None => {
                let mut first: Option<i64> = None;
                for cursor in &mut self.cursors {
                    if let Some(batch) = cursor.peek()? {
                        let t = times(batch)?.first().copied();
                        first = match (first, t) {
                            (Some(a), Some(b)) => Some(a.min(b)),
                            (a, b) => a.or(b),
                        };
                    }
                }
                match first {
                    Some(first) => first,
                    None => return Ok(None),
                }
            }
        };
        let read: usize = self.cursors.iter().map(|c| c.read).sum();
        // New entities per row so far (all rows new before the first entity is known).
        let new_per_row = if limits.entities == 0 || read == 0 { 1.0 } else { limits.entities as f64 / read as f64 };
        let new_per_row = new_per_row.min(1.0);
        // The count of known entities may lag a chunk behind the rows read (the next chunk is
        // read while one is computed): the rows read stand in for it.
        let entities = (limits.entities as f64).max(read as f64 * new_per_row) + new_per_row * limits.rows as f64;
        let boundaries = ((limits.tick_rows as f64 / entities.max(1.0)) as u64).max(1);
        let mut limit = i64::MAX;
        for function in &self.ticks {
            let Ok(first) = crate::steps::next_boundary(function, start) else { continue };
            let period = match function.as_str() {
                "minutely" => Some(60_000_000_000i64),
                "hourly" => Some(3_600_000_000_000),
                "daily" => Some(86_400_000_000_000),
                _ => None,
            };
            let at = match period {
                Some(period) => {
                    first.saturating_add(period.saturating_mul((boundaries - 1).min(i64::MAX as u64) as i64))
                }
                None => {
                    // Months and years: a boundary at a time, a bounded number of them.
                    // Past the last representable boundary (the year 2262), no limit.
                    let mut at = first;
                    for _ in 1..boundaries.min(100_000) {
                        match crate::steps::next_boundary(function, at.saturating_add(1)) {
                            Ok(next) => at = next,
                            Err(_) => {
                                at = i64::MAX;
                                break;
                            }
                        }
                    }
                    at
                }
            };
            limit = limit.min(at);
        }
        Ok(Some(limit))
    }
}

/// The partition of a key hash among `count`: `hash % count`, without a 64-bit division per row
/// when `count` is a power of two.
pub(crate) fn partition_of(hash: u64, count: usize) -> usize {
    if count.is_power_of_two() {
        (hash & (count as u64 - 1)) as usize
    } else {
        (hash % count as u64) as usize
    }
}

/// The rows of sorted batches in partition `p` of `count` (by `key hash % count`), still sorted,
/// gathered by each batch's positions of the partition's rows straight into one array a column.
fn split(batches: &[RecordBatch], p: usize, count: usize, schema: &SchemaRef, key_column: &str) -> Result<TableData> {
    let mut positions: Vec<Vec<u32>> = Vec::with_capacity(batches.len());
    for batch in batches {
        let hash = int64_column(batch, "_key_hash")?;
        let rows = u32::try_from(hash.len()).map_err(|_| Error::Invalid("a batch of over 2^32 rows".into()))?;
        // Every position is written and the next overwrites it unless the row is kept: no
        // branch on a key hash, which would be mispredicted half the time.
        let mut at = vec![0u32; hash.len() + 1];
        let mut kept = 0;
        for (i, h) in (0..rows).zip(hash) {
            at[kept] = i;
            kept += usize::from(partition_of(*h as u64, count) == p);
        }
        at.truncate(kept);
        positions.push(at);
    }
    let rows: usize = positions.iter().map(Vec::len).sum();
    let gather = |name: &str| -> Result<Vec<u64>> {
        let mut out = Vec::with_capacity(rows);
        for (batch, at) in batches.iter().zip(&positions) {
            let values = int64_column(batch, name)?;
            out.extend(at.iter().map(|&i| values[i as usize] as u64));
        }
        Ok(out)
    };
    let time = gather("_time")?.into_iter().map(|t| t as i64).collect();
    let (subsort, key_hash) = (gather("_subsort")?, gather("_key_hash")?);
    let (user, user_schema) = TableData::user_columns(schema)?;
    let mut columns = Vec::with_capacity(user.len());
    for &c in &user {
        let arrays: Vec<&dyn arrow_array::Array> = batches.iter().map(|b| b.column(c).as_ref()).collect();
        columns.push(match arrays.first() {
            None => arrow_array::new_empty_array(schema.field(c).data_type()),
            Some(&first) => arrow_array::downcast_primitive_array!(
                first => gather_primitive(first, &arrays, &positions, rows),
                _ => {
                    let at: Vec<(usize, usize)> = positions
                        .iter()
                        .enumerate()
                        .flat_map(|(b, at)| at.iter().map(move |&i| (b, i as usize)))
                        .collect();
                    arrow_select::interleave::interleave(&arrays, &at)?
                }
            ),
        });
    }
    let batch = RecordBatch::try_new_with_options(
        user_schema,
        columns,
        &arrow_array::RecordBatchOptions::new().with_row_count(Some(rows)),
    )?;
    Ok(TableData { batch, time, subsort, key_hash, key_column: key_column.to_owned() })
}

/// The values of `arrays` (all of `first`'s type) at `positions` (per array), in order.
fn gather_primitive<T: arrow_array::ArrowPrimitiveType>(
    first: &arrow_array::PrimitiveArray<T>,
    arrays: &[&dyn arrow_array::Array],
    positions: &[Vec<u32>],
    rows: usize,
) -> arrow_array::ArrayRef {
    use arrow_array::cast::AsArray;
    use arrow_array::Array;
    let mut values: Vec<T::Native> = Vec::with_capacity(rows);
    let mut valid = arrays.iter().any(|a| a.null_count() > 0).then(|| arrow_buffer::BooleanBufferBuilder::new(rows));
    for (array, at) in arrays.iter().zip(positions) {
        let array = array.as_primitive::<T>();
        let from = array.values();
        values.extend(at.iter().map(|&i| from[i as usize]));
        if let Some(valid) = &mut valid {
            match array.nulls() {
                Some(nulls) => at.iter().for_each(|&i| valid.append(nulls.is_valid(i as usize))),
                None => valid.append_n(at.len(), true),
            }
        }
    }
    let nulls = valid.map(|mut v| arrow_buffer::NullBuffer::new(v.finish()));
    std::sync::Arc::new(
        arrow_array::PrimitiveArray::<T>::new(values.into(), nulls).with_data_type(first.data_type().clone()),
    )
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use arrow_array::{Array, ArrayRef, Float64Array, Int64Array, StringArray, TimestampNanosecondArray};
    use arrow_schema::{DataType, Field, Schema, TimeUnit};

    use super::*;

    fn batch(schema: &SchemaRef, rows: std::ops::Range<i64>) -> RecordBatch {
        let n = rows.clone().count();
        let column = |f: &dyn Fn(i64) -> Option<i64>| Int64Array::from(rows.clone().map(f).collect::<Vec<_>>());
        let columns: Vec<ArrayRef> = vec![
            Arc::new(column(&|i| Some(i * 10))),
            Arc::new(column(&|i| Some(i))),
            Arc::new(column(&|i| Some(i.wrapping_mul(0x9E37_79B9_7F4A_7C15_u64 as i64)))),
            Arc::new(StringArray::from(
                rows.clone().map(|i| (i % 3 != 0).then(|| format!("k{i}"))).collect::<Vec<_>>(),
            )),
            Arc::new(Float64Array::from(
                rows.clone().map(|i| (i % 4 != 1).then_some(i as f64 / 2.0)).collect::<Vec<_>>(),
            )),
            Arc::new(TimestampNanosecondArray::from(vec![Some(5); n]).with_timezone("+01:00")),
        ];
        RecordBatch::try_new(schema.clone(), columns).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn partitions_hold_each_row_once_in_order_with_nulls_and_types_kept() {
        let schema: SchemaRef = Arc::new(Schema::new(vec![
            Field::new("_time", DataType::Int64, false),
            Field::new("_subsort", DataType::Int64, false),
            Field::new("_key_hash", DataType::Int64, false),
            Field::new("k", DataType::Utf8, true),
            Field::new("v", DataType::Float64, true),
            Field::new("t", DataType::Timestamp(TimeUnit::Nanosecond, Some("+01:00".into())), true),
        ]));
        let batches = vec![batch(&schema, 0..37), batch(&schema, 37..38), batch(&schema, 38..100)];
        let whole = TableData::from_pieces(&schema, &batches, "k").unwrap_or_else(|e| panic!("{e}"));
        for count in [2, 3] {
            let (mut seen, mut nulls) = (0, 0);
            for p in 0..count {
                let part = split(&batches, p, count, &schema, "k").unwrap_or_else(|e| panic!("{e}"));
                assert!(part.key_hash.iter().all(|h| partition_of(*h, count) == p));
                assert!(part.subsort.windows(2).all(|w| w[0] < w[1]), "rows keep their order");
                seen += part.time.len();
                // Every row is the whole table's row at its subsort, nulls and all.
                let rows: Vec<u32> = part.subsort.iter().map(|s| *s as u32).collect();
                let expected =
                    arrow_select::take::take_record_batch(&whole.batch, &arrow_array::UInt32Array::from(rows))
                        .unwrap_or_else(|e| panic!("{e}"));
                assert_eq!(part.batch, expected);
                assert_eq!(part.time, part.subsort.iter().map(|s| *s as i64 * 10).collect::<Vec<_>>());
                assert_eq!(part.batch.column(2).data_type(), schema.field(5).data_type());
                nulls += part.batch.column(1).null_count();
            }
            assert_eq!(seen, 100);
            assert_eq!(nulls, whole.batch.column(1).null_count());
        }
    }
}
