//! Reading an external table's files into prepared batches (internal columns added) under its
//! error mode and primary key, and the materialized table's create / refresh commits.
//!
//! A materialized table remembers which files it holds in its commits: each refresh's
//! `commitInfo` lists the files it loaded (path, size, modification time) and the ones it
//! forgot, and each data file it writes is tagged with the file its rows came from. A refresh
//! loads the files that are new or changed, removes the rows of changed and vanished ones, and
//! commits all of that at once, so a file is loaded exactly once, also across crashes.

use std::collections::{BTreeMap, HashSet};

use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::Schema;

use super::def::Mode;
use super::parse::{self, Tally, Target};
use super::sources::{self, Source};
use crate::catalog::{table_dir, Catalog, TableInfo, FILE_ROWS};
use crate::delta::{self, Action, AddFile};
use crate::error::{Error, Result};
use crate::load;
use crate::table::TableDef;

/// Tags on a data file of a materialized external table.
pub const SOURCE_TAG: &str = "fenl.source";
/// `commitInfo.operationParameters` keys of a refresh.
const LOADED: &str = "fenl.sources";
const FORGOTTEN: &str = "fenl.forgotten";
const FULL: &str = "fenl.full";

/// Bits of the generated subsort given to a file's row number; the file's load ordinal takes
/// the bits above, so equal times keep load order across files.
pub const ROW_BITS: u32 = 36;

/// What a create, refresh or dry run did (or would do).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IngestReport {
    pub tally: Tally,
    /// Files read.
    pub loaded_files: Vec<String>,
    /// Files whose earlier rows were removed (changed or gone).
    pub forgotten_files: Vec<String>,
    pub removed_rows: u64,
    /// The committed version; `None` for dry runs and refreshes with nothing to do.
    pub version: Option<u64>,
    /// Files matched by the path now.
    pub matched_files: usize,
    /// A dry run in abort mode counts every record; this is where a real load would stop.
    pub would_abort: Option<parse::BadRecord>,
}

/// A dry run: reads `sources` and counts every record into `report`, loading nothing. Abort mode
/// counts like skip and remembers where a load would stop; `max_bad_rows` is left to the caller
/// to compare.
fn count_only(
    sources: &[Source],
    ordinals: &[u64],
    target: &Target<'_>,
    seen: &mut HashSet<u64>,
    report: &mut IngestReport,
    progress: &dyn Fn(u64),
) -> Result<()> {
    let mut counting = target.external.clone();
    if counting.error_mode == super::def::ErrorMode::Abort {
        counting.error_mode = super::def::ErrorMode::Skip;
    }
    counting.max_bad_rows = None;
    let counting_target = Target { external: &counting, ..target.clone() };
    ingest(sources, ordinals, &counting_target, seen, &mut report.tally, progress, &mut |_, _| Ok(()))?;
    if target.external.error_mode == super::def::ErrorMode::Abort {
        report.would_abort = report.tally.examples.first().cloned();
    }
    Ok(())
}

/// The hash of each row's primary key (64-bit xxh3 of the canonical bytes of its columns).
fn primary_keys(batch: &RecordBatch, columns: &[String]) -> Result<Vec<u64>> {
    let mut per_column = Vec::new();
    for name in columns {
        let array: &ArrayRef = batch
            .column_by_name(name)
            .ok_or_else(|| Error::Storage(format!("the primary key column '{name}' is missing")))?;
        per_column.push(load::hash_key_column(array)?);
    }
    if per_column.len() == 1 {
        return Ok(per_column.pop().unwrap_or_default());
    }
    let mut bytes = Vec::with_capacity(8 * per_column.len());
    Ok((0..batch.num_rows())
        .map(|row| {
            bytes.clear();
            for hashes in &per_column {
                bytes.extend_from_slice(&hashes[row].to_le_bytes());
            }
            xxhash_rust::xxh3::xxh3_64(&bytes)
        })
        .collect())
}

/// Reads sources in order, calling `sink(source index, prepared batch)` for their good rows.
/// `seen` holds the primary keys already present; the first record of each key wins.
pub(crate) fn ingest(
    sources: &[Source],
    ordinals: &[u64],
    target: &Target<'_>,
    seen: &mut HashSet<u64>,
    tally: &mut Tally,
    progress: &dyn Fn(u64),
    sink: &mut dyn FnMut(usize, RecordBatch) -> Result<()>,
) -> Result<()> {
    let external = target.external;
    for (index, source) in sources.iter().enumerate() {
        tally.files += 1;
        let chunks = match parse::read(source, target) {
            Ok(chunks) => chunks,
            Err(e) => {
                tally.add_bad_file(e, external)?;
                continue;
            }
        };
        let mut row_in_file = 0i64;
        for chunk in chunks {
            let chunk = chunk?;
            tally.add(&chunk, external)?;
            progress(tally.records);
            let mut batch = chunk.batch;
            let mut lines = chunk.lines;
            if !external.primary_key.is_empty() && batch.num_rows() > 0 {
                let keys = primary_keys(&batch, &external.primary_key)?;
                let keep: Vec<bool> = keys.iter().map(|k| seen.insert(*k)).collect();
                let dropped = keep.iter().filter(|k| !**k).count() as u64;
                if dropped > 0 {
                    tally.duplicates += dropped;
                    tally.valid -= dropped;
                    (batch, lines) = parse::keep_rows(&batch, lines, &keep)?;
                }
            }
            if batch.num_rows() == 0 {
                continue;
            }
            let base = ((ordinals[index] as i64) << ROW_BITS) + row_in_file;
            row_in_file += batch.num_rows() as i64;
            let first_line = lines.first().copied().unwrap_or(1);
            let prepared = load::prepare_batch(&batch, target.def, &source.path, first_line, base)?;
            let stored = load::normalize_batch(&prepared.batch, &target.schema)?;
            sink(index, stored)?;
        }
    }
    Ok(())
}

/// The files a materialized table holds, from its commits.
pub(crate) fn known_sources(info: &TableInfo) -> BTreeMap<String, Source> {
    let mut known = BTreeMap::new();
    for commit in info.snapshot.commits.iter().flatten() {
        let p = &commit.operation_parameters;
        if p.get(FULL).is_some_and(|v| v == "true") {
            known.clear();
        }
        if let Some(list) = p.get(FORGOTTEN).and_then(|v| serde_json::from_str::<Vec<String>>(v).ok()) {
            for path in list {
                known.remove(&path);
            }
        }
        if let Some(list) = p.get(LOADED).and_then(|v| serde_json::from_str::<Vec<Source>>(v).ok()) {
            for source in list {
                known.insert(source.path.clone(), source);
            }
        }
    }
    known
}

/// How many files the table's commits ever loaded (the next load ordinal).
fn loaded_count(info: &TableInfo) -> u64 {
    info.snapshot
        .commits
        .iter()
        .flatten()
        .filter_map(|c| c.operation_parameters.get(LOADED))
        .filter_map(|v| serde_json::from_str::<Vec<Source>>(v).ok())
        .map(|l| l.len() as u64)
        .sum()
}

/// Which files a refresh reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selection {
    /// New and changed files; vanished files' rows are removed.
    Changed,
    /// Everything, from scratch.
    Full,
    /// Only files never loaded (subscriptions: a file is loaded once, and later changes to it are ignored).
    New,
}

impl Catalog {
    /// Creates an external table. A materialized one is loaded in the same commit that creates it,
    /// so a failed load leaves no table. With `dry_run`, reads everything and creates nothing.
    pub fn create_external(&self, def: &TableDef, declared: Option<&Schema>, dry_run: bool) -> Result<IngestReport> {
        self.create_external_with_progress(def, declared, dry_run, &|_| {})
    }

    /// [`Catalog::create_external`], calling `progress` with the records read so far.
    pub fn create_external_with_progress(
        &self,
        def: &TableDef,
        declared: Option<&Schema>,
        dry_run: bool,
        progress: &dyn Fn(u64),
    ) -> Result<IngestReport> {
        let external = def.external.as_ref().ok_or_else(|| Error::InvalidArgument("not an external table".into()))?;
        let schema = self.external_schema(def, declared)?;
        crate::name::validate(&def.name)?;
        if self.table(&def.name, None).is_ok() {
            return Err(Error::AlreadyExists { kind: "table", name: def.name.clone() });
        }
        if self.view_text(&def.name)?.is_some() {
            return Err(Error::AlreadyExists { kind: "view", name: def.name.clone() });
        }
        let sources = sources::list(&external.path)?;
        if dry_run {
            return self.dry_run(def, &schema, &sources, progress);
        }
        if external.mode == Mode::Logical {
            self.create_table_with_schema(def, &schema, Vec::new())?;
            return Ok(IngestReport { matched_files: sources.len(), version: Some(0), ..Default::default() });
        }
        let target = Target { def, external, schema: std::sync::Arc::new(schema.clone()) };
        let ordinals: Vec<u64> = (1..=sources.len() as u64).collect();
        let mut report = IngestReport { matched_files: sources.len(), ..Default::default() };
        let written = self.write_sources(&sources, &ordinals, &target, HashSet::new(), &mut report.tally, progress)?;
        let mut actions: Vec<Action> = written.iter().map(|f| Action::Add(f.clone())).collect();
        actions.push(refresh_info(&sources, &[], true, &report.tally));
        if let Err(e) = self.create_table_with_schema(def, &schema, actions) {
            self.discard(&def.name, &written);
            return Err(e);
        }
        report.loaded_files = sources.iter().map(|s| s.path.clone()).collect();
        report.version = Some(0);
        Ok(report)
    }

    /// The schema an external table would be created with (declared, else inferred from its files).
    pub fn external_schema(&self, def: &TableDef, declared: Option<&Schema>) -> Result<Schema> {
        let external = def.external.as_ref().ok_or_else(|| Error::InvalidArgument("not an external table".into()))?;
        match declared {
            Some(schema) => parse::stored_schema(schema, def),
            None => parse::infer(&sources::list(&external.path)?, def, external),
        }
    }

    fn dry_run(
        &self,
        def: &TableDef,
        schema: &Schema,
        sources: &[Source],
        progress: &dyn Fn(u64),
    ) -> Result<IngestReport> {
        let external = def.external.as_ref().ok_or_else(|| Error::InvalidArgument("not an external table".into()))?;
        let target = Target { def, external, schema: std::sync::Arc::new(schema.clone()) };
        let mut report = IngestReport { matched_files: sources.len(), ..Default::default() };
        let ordinals: Vec<u64> = (1..=sources.len() as u64).collect();
        count_only(sources, &ordinals, &target, &mut HashSet::new(), &mut report, progress)?;
        report.loaded_files = sources.iter().map(|s| s.path.clone()).collect();
        Ok(report)
    }

    /// Writes the good rows of `sources` as data files tagged with their source; on failure
    /// deletes what it wrote.
    fn write_sources(
        &self,
        sources: &[Source],
        ordinals: &[u64],
        target: &Target<'_>,
        mut seen: HashSet<u64>,
        tally: &mut Tally,
        progress: &dyn Fn(u64),
    ) -> Result<Vec<AddFile>> {
        let dir = &table_dir(&target.def.name);
        let mut written: Vec<AddFile> = Vec::new();
        let mut pending: Vec<RecordBatch> = Vec::new();
        let mut pending_rows = 0usize;
        let mut current = 0usize;
        let store = &self.store;
        let flush = |pending: &mut Vec<RecordBatch>, rows: &mut usize, source: &Source, written: &mut Vec<AddFile>| {
            if pending.is_empty() {
                return Ok(());
            }
            let sorted = crate::scan::sort_batches(std::mem::take(pending))?;
            *rows = 0;
            let mut file = load::write_data_file(store, dir, &sorted, &Vec::new())?;
            file.add.tags = Some(BTreeMap::from([(SOURCE_TAG.to_owned(), source.path.clone())]));
            written.push(file.add);
            Ok::<(), Error>(())
        };
        let result = ingest(sources, ordinals, target, &mut seen, tally, progress, &mut |index, batch| {
            if index != current {
                flush(&mut pending, &mut pending_rows, &sources[current], &mut written)?;
                current = index;
            }
            pending_rows += batch.num_rows();
            pending.push(batch);
            if pending_rows >= FILE_ROWS {
                flush(&mut pending, &mut pending_rows, &sources[current], &mut written)?;
            }
            Ok(())
        })
        .and_then(|_| match sources.get(current) {
            Some(source) => flush(&mut pending, &mut pending_rows, source, &mut written),
            None => Ok(()),
        });
        if let Err(e) = result {
            self.discard(&target.def.name, &written);
            return Err(e);
        }
        Ok(written)
    }

    /// Brings a materialized external table up to date with its files, in one commit.
    pub fn refresh(&self, name: &str, selection: Selection, dry_run: bool) -> Result<IngestReport> {
        self.refresh_only(name, selection, None, dry_run, &|_| {})
    }

    /// [`Catalog::refresh`], calling `progress` with the records read so far.
    pub fn refresh_with_progress(
        &self,
        name: &str,
        selection: Selection,
        dry_run: bool,
        progress: &dyn Fn(u64),
    ) -> Result<IngestReport> {
        self.refresh_only(name, selection, None, dry_run, progress)
    }

    /// [`Catalog::refresh`] limited to some of the files (a subscription's settled ones).
    pub(crate) fn refresh_only(
        &self,
        name: &str,
        selection: Selection,
        only: Option<&HashSet<String>>,
        dry_run: bool,
        progress: &dyn Fn(u64),
    ) -> Result<IngestReport> {
        let info = self.table(name, None)?;
        let def = info.def.clone();
        let external = match &def.external {
            Some(e) if e.mode == Mode::Materialized => e.clone(),
            Some(_) => {
                return Err(Error::InvalidArgument(format!(
                "'{name}' is a logical external table: its files are read at every query, there is nothing to refresh"
            )))
            }
            None => return Err(Error::InvalidArgument(format!("'{name}' is not an external table"))),
        };
        let known = known_sources(&info);
        let current = sources::list(&external.path)?;
        let to_load: Vec<Source> = current
            .iter()
            .filter(|s| match selection {
                Selection::Full => true,
                Selection::Changed => known.get(&s.path) != Some(*s),
                Selection::New => !known.contains_key(&s.path),
            })
            .filter(|s| only.is_none_or(|o| o.contains(&s.path)))
            .cloned()
            .collect();
        let current_paths: HashSet<&str> = current.iter().map(|s| s.path.as_str()).collect();
        let loading: HashSet<&str> = to_load.iter().map(|s| s.path.as_str()).collect();
        let forgotten: Vec<String> = match selection {
            Selection::Full => known.keys().cloned().collect(),
            Selection::Changed => known
                .keys()
                .filter(|p| !current_paths.contains(p.as_str()) || loading.contains(p.as_str()))
                .cloned()
                .collect(),
            Selection::New => Vec::new(),
        };
        let forgotten_paths: HashSet<&str> = forgotten.iter().map(String::as_str).collect();
        let (removed, kept): (Vec<&AddFile>, Vec<&AddFile>) = info.snapshot.files.iter().partition(|f| {
            selection == Selection::Full
                || f.tags.as_ref().and_then(|t| t.get(SOURCE_TAG)).is_some_and(|s| forgotten_paths.contains(s.as_str()))
        });
        let mut report = IngestReport {
            matched_files: current.len(),
            forgotten_files: forgotten.clone(),
            removed_rows: removed.iter().filter_map(|f| f.file_stats()).map(|s| s.num_records.max(0) as u64).sum(),
            loaded_files: to_load.iter().map(|s| s.path.clone()).collect(),
            ..Default::default()
        };
        if to_load.is_empty() && forgotten.is_empty() {
            return Ok(report);
        }
        let schema = std::sync::Arc::new(info.schema.clone());
        let target = Target { def: &def, external: &external, schema };
        // Primary keys of the rows that stay.
        let mut seen = HashSet::new();
        if !external.primary_key.is_empty() {
            let kept: Vec<AddFile> = kept.into_iter().cloned().collect();
            let options =
                crate::scan::ScanOptions { columns: Some(external.primary_key.clone()), ..Default::default() };
            for batch in crate::scan::TableScan::open_files(&self.store, &table_dir(name), &info, &kept, &options)? {
                seen.extend(primary_keys(&batch?, &external.primary_key)?);
            }
        }
        let first = loaded_count(&info) + 1;
        let ordinals: Vec<u64> = (first..first + to_load.len() as u64).collect();
        if dry_run {
            count_only(&to_load, &ordinals, &target, &mut seen, &mut report, progress)?;
            return Ok(report);
        }
        let written = self.write_sources(&to_load, &ordinals, &target, seen, &mut report.tally, progress)?;
        let now = chrono::Utc::now().timestamp_millis();
        let mut actions = vec![refresh_info(&to_load, &forgotten, selection == Selection::Full, &report.tally)];
        actions.extend(removed.iter().map(|f| f.remove(now, true)));
        report.version = Some(self.commit_written(name, info.snapshot.version + 1, actions, &written)?);
        Ok(report)
    }

    /// Switches an external table between logical and materialized, in one commit: to
    /// materialized loads every file now; to logical drops the loaded copy (the files stay).
    pub fn set_external_mode(&self, name: &str, mode: Mode, progress: &dyn Fn(u64)) -> Result<IngestReport> {
        let info = self.table(name, None)?;
        let mut def = info.def.clone();
        let Some(external) = def.external.as_mut() else {
            return Err(Error::InvalidArgument(format!("'{name}' is not an external table")));
        };
        if external.mode == mode {
            return Err(Error::InvalidArgument(format!("'{name}' is already {}", mode.as_str())));
        }
        external.mode = mode;
        if mode == Mode::Logical {
            external.refresh_on_start = false;
        }
        let external = external.clone();
        let mut metadata = info.snapshot.metadata.clone();
        metadata.configuration = def.to_configuration();
        let now = chrono::Utc::now().timestamp_millis();
        let mut report = IngestReport::default();
        let mut actions = Vec::new();
        let mut written = Vec::new();
        if mode == Mode::Materialized {
            let sources = sources::list(&external.path)?;
            report.matched_files = sources.len();
            let target = Target { def: &def, external: &external, schema: std::sync::Arc::new(info.schema.clone()) };
            let ordinals: Vec<u64> = (1..=sources.len() as u64).collect();
            written = self.write_sources(&sources, &ordinals, &target, HashSet::new(), &mut report.tally, progress)?;
            actions.push(refresh_info(&sources, &[], true, &report.tally));
            report.loaded_files = sources.iter().map(|s| s.path.clone()).collect();
        } else {
            report.forgotten_files = known_sources(&info).into_keys().collect();
            report.removed_rows = info.rows().max(0) as u64;
            actions.push(Catalog::commit_info("SET MODE", &[(FULL, "true".to_owned())]));
            actions.extend(info.snapshot.files.iter().map(|f| f.remove(now, true)));
        }
        actions.push(Action::MetaData(metadata));
        report.version = Some(self.commit_written(name, info.snapshot.version + 1, actions, &written)?);
        Ok(report)
    }

    /// Deletes data files written for a commit that did not happen (best effort: files no
    /// version references are harmless, and vacuum removes any left behind).
    fn discard(&self, name: &str, written: &[AddFile]) {
        let dir = table_dir(name);
        for file in written {
            let _ = self.store.delete(&format!("{dir}/{}", file.path));
        }
    }

    /// Commits `actions` plus the `written` data files as `version`; when that fails (another
    /// writer committed first, or the store failed) deletes the files and commits nothing.
    fn commit_written(&self, name: &str, version: u64, mut actions: Vec<Action>, written: &[AddFile]) -> Result<u64> {
        actions.extend(written.iter().map(|f| Action::Add(f.clone())));
        let outcome = delta::commit(&self.store, &table_dir(name), version, &actions);
        if matches!(outcome, Ok(true)) {
            return Ok(version);
        }
        self.discard(name, written);
        outcome?;
        Err(Error::Conflict(format!("another writer changed '{name}' first; nothing was committed, run it again")))
    }

    /// Refreshes the materialized external tables marked `refresh_on_start`. Each table's
    /// refresh stands alone: one that fails leaves its table as it was, and the others go on.
    pub fn refresh_on_start(&self) -> Result<Vec<(String, Result<IngestReport>)>> {
        let mut out = Vec::new();
        for name in self.list_tables(None)? {
            let Ok(info) = self.table(&name, None) else { continue };
            if info.def.external.as_ref().is_some_and(|e| e.mode == Mode::Materialized && e.refresh_on_start) {
                let report = self.refresh(&name, Selection::Changed, false);
                out.push((name, report));
            }
        }
        Ok(out)
    }
}

fn refresh_info(loaded: &[Source], forgotten: &[String], full: bool, tally: &Tally) -> Action {
    Catalog::commit_info(
        "REFRESH",
        &[
            (LOADED, serde_json::to_string(loaded).unwrap_or_default()),
            (FORGOTTEN, serde_json::to_string(forgotten).unwrap_or_default()),
            (FULL, full.to_string()),
            ("rows", tally.valid.to_string()),
            ("badRecords", (tally.skipped + tally.nulled).to_string()),
            ("duplicates", tally.duplicates.to_string()),
        ],
    )
}
