//! Scanning a logical external table: its files are read at the query, their good rows sorted
//! by (time, subsort, key hash) in runs of bounded size, and the runs merged by the same k-way
//! merge that reads managed tables. Runs beyond the memory budget are spilled to temporary
//! Parquet files. Input that arrives sorted (the usual case for logs) is never re-sorted.

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::Arc;

use arrow_array::RecordBatch;

use super::ingest::ingest;
use super::parse::{Tally, Target};
use super::sources::{self, Source};
use crate::catalog::TableInfo;
use crate::error::{Error, Result};
use crate::scan::{Run, ScanOptions, TableScan};

/// Rows per sorted run.
pub const RUN_ROWS: usize = 1 << 20;

/// The bytes of sorted runs kept in memory before runs are spilled to disk
/// (`FENL_SORT_MEMORY` overrides it, in bytes).
pub const DEFAULT_MEMORY: usize = 1 << 30;

/// A directory of spilled runs, deleted when the last reader is done.
#[derive(Debug)]
struct SpillDir(tempfile::TempDir);

/// Collects prepared batches into sorted runs.
struct Sorter {
    pending: Vec<RecordBatch>,
    pending_rows: usize,
    runs: Vec<Run>,
    memory: usize,
    budget: usize,
    spill: Option<Arc<SpillDir>>,
    spilled: usize,
}

impl Sorter {
    fn new(budget: usize) -> Sorter {
        Sorter { pending: Vec::new(), pending_rows: 0, runs: Vec::new(), memory: 0, budget, spill: None, spilled: 0 }
    }

    fn push(&mut self, batch: RecordBatch) -> Result<()> {
        self.pending_rows += batch.num_rows();
        self.pending.push(batch);
        if self.pending_rows >= RUN_ROWS {
            self.finish_run()?;
        }
        Ok(())
    }

    fn finish_run(&mut self) -> Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        self.pending_rows = 0;
        let sorted = crate::scan::sort_batches(std::mem::take(&mut self.pending))?;
        let bytes: usize = sorted.iter().map(RecordBatch::get_array_memory_size).sum();
        if self.memory + bytes <= self.budget {
            self.memory += bytes;
            self.runs.push(Box::new(sorted.into_iter().map(Ok)));
            return Ok(());
        }
        let dir = match &self.spill {
            Some(d) => d.clone(),
            None => {
                let d = tempfile::Builder::new()
                    .prefix("fenl-spill-")
                    .tempdir()
                    .map_err(|e| Error::Storage(format!("cannot create a spill directory: {e}")))?;
                let d = Arc::new(SpillDir(d));
                self.spill = Some(d.clone());
                d
            }
        };
        let path: PathBuf = dir.0.path().join(format!("run-{}.parquet", self.spilled));
        self.spilled += 1;
        let file =
            std::fs::File::create(&path).map_err(|e| Error::Storage(format!("cannot spill a sorted run: {e}")))?;
        let Some(first) = sorted.first() else { return Ok(()) };
        let props = parquet::file::properties::WriterProperties::builder()
            .set_compression(parquet::basic::Compression::UNCOMPRESSED)
            .build();
        let mut writer = parquet::arrow::ArrowWriter::try_new(file, first.schema(), Some(props))?;
        for batch in &sorted {
            writer.write(batch)?;
        }
        writer.close()?;
        let reader = parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(
            std::fs::File::open(&path).map_err(|e| Error::Storage(format!("cannot read a spilled run: {e}")))?,
        )?
        .with_batch_size(64 * 1024)
        .build()?;
        let keep = dir.clone();
        self.runs.push(Box::new(reader.map(move |b| {
            let _ = &keep;
            b.map_err(|e| Error::Storage(format!("cannot read a spilled run: {e}")))
        })));
        Ok(())
    }
}

/// How many sorted runs a scan spilled to disk (for tests and `explain`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SpillStats {
    pub runs: usize,
    pub spilled: usize,
}

fn memory_budget() -> usize {
    std::env::var("FENL_SORT_MEMORY").ok().and_then(|v| v.parse().ok()).unwrap_or(DEFAULT_MEMORY)
}

/// Reads a logical external table's current files into a sorted scan. Files are read on both
/// cores when there is no primary key (which needs load order); each file's rows are numbered
/// by its place in the listing, so the result does not depend on which thread read what.
pub(crate) fn scan(info: &TableInfo, options: &ScanOptions) -> Result<(TableScan, Tally, SpillStats)> {
    let def = &info.def;
    let external = def.external.as_ref().ok_or_else(|| Error::InvalidArgument("not an external table".into()))?;
    let sources = sources::list(&external.path)?;
    let schema = Arc::new(info.schema.clone());
    let target = Target { def, external, schema };
    let budget = memory_budget();
    let threads = if external.primary_key.is_empty() {
        std::thread::available_parallelism().map_or(1, |n| n.get()).min(sources.len()).max(1)
    } else {
        1
    };
    let ordinals: Vec<u64> = (1..=sources.len() as u64).collect();
    let results: Vec<(usize, Result<(Sorter, Tally)>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let target = target.clone();
                let sources = &sources;
                let ordinals = &ordinals;
                scope.spawn(move || {
                    let mine: Vec<usize> = (t..sources.len()).step_by(threads).collect();
                    let picked: Vec<Source> = mine.iter().map(|i| sources[*i].clone()).collect();
                    let picked_ordinals: Vec<u64> = mine.iter().map(|i| ordinals[*i]).collect();
                    let mut sorter = Sorter::new(budget / threads);
                    let mut tally = Tally::default();
                    let result = ingest(
                        &picked,
                        &picked_ordinals,
                        &target,
                        &mut HashSet::new(),
                        &mut tally,
                        &|_| {},
                        &mut |_, b| sorter.push(b),
                    )
                    .and_then(|_| sorter.finish_run());
                    // An error belongs to the file being read (the tally counts a file as it opens it).
                    let at = mine.get(tally.files.saturating_sub(1)).copied().unwrap_or(usize::MAX);
                    (at, result.map(|_| (sorter, tally)))
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|_| (0, Err(Error::Storage("a reader thread panicked".into())))))
            .collect()
    });
    let mut runs = Vec::new();
    let mut tally = Tally::default();
    let mut stats = SpillStats::default();
    let mut first_error: Option<(usize, Error)> = None;
    for (at, result) in results {
        match result {
            Ok((sorter, t)) => {
                stats.runs += sorter.runs.len();
                stats.spilled += sorter.spilled;
                runs.extend(sorter.runs);
                tally.merge(t);
            }
            Err(e) => {
                if first_error.as_ref().is_none_or(|(f, _)| at < *f) {
                    first_error = Some((at, e));
                }
            }
        }
    }
    if let Some((_, e)) = first_error {
        return Err(e);
    }
    if let Some(max) = external.max_bad_rows {
        if tally.skipped + tally.nulled > max {
            return Err(Error::InvalidArgument(format!(
                "'{}': {} bad records, more than --max-bad-rows {max}",
                def.name,
                tally.skipped + tally.nulled
            )));
        }
    }
    let scan = TableScan::from_runs(info, runs, options)?;
    Ok((scan, tally, stats))
}
