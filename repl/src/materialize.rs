//! Materializations kept up to date: each run reads only the events committed since the last
//! one, continues from the operator state the last run left, and writes only the new result
//! rows (history) or a new snapshot (snapshot), committed together with the state.
//!
//! The result directory:
//! ```text
//! DIR/_manifest.json              the commit point: run number, result files, state, watermark
//! DIR/part-00000.parquet          history: the rows of run 0, then of run 1, …
//! DIR/snapshot-00004.parquet      snapshot: the current snapshot (the manifest names it)
//! DIR/_fenl/state-00004.parquet   the operator state: a base (a row per entity), then for
//!                                 queries whose runs read only the entities of new events,
//!                                 the state of those entities after each later run
//! DIR/_fenl/snapshot-00004.parquet  the current snapshot, as Parquet, to merge the next run into
//! DIR/_fenl/lock                  held (flock) while a run is in progress
//! ```
//! A run writes its files first and then replaces `_manifest.json` (write, sync, rename): a run
//! killed at any point leaves the previous manifest, and the next run deletes the files no
//! manifest names before it starts, so every result row is in the directory exactly once.
//!
//! Late events (at or before the last event time a run has read, committed after that run)
//! are counted and reported, not processed; `--rebuild` recomputes from the start.

use std::collections::{BTreeMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use arrow_array::{Array, RecordBatch, TimestampNanosecondArray, UInt32Array};
use fenl_catalog::{Catalog, MaterializationDef};
use fenl_runtime::{ResultMode, RunOptions, State};
use serde::{Deserialize, Serialize};

use crate::cli::Output;

/// What a table had when a run read it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableMark {
    pub version: u64,
    pub rows: u64,
}

/// The commit point of a materialization's results.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Manifest {
    pub materialization: String,
    /// The number of the last committed run (0 is the backfill).
    pub run: u64,
    /// History: the result files, in order.
    #[serde(default)]
    pub files: Vec<String>,
    /// Snapshot: the file holding the current snapshot.
    #[serde(default)]
    pub current: Option<String>,
    /// The operator state's files (under `_fenl/`), when the query keeps state: a base, then
    /// the states later runs left for the entities they read (the latest row of an entity wins;
    /// merged into a new base once they outgrow it).
    #[serde(default)]
    pub state: Vec<String>,
    #[serde(default)]
    pub scalars: BTreeMap<String, i64>,
    /// The last event time read: later runs read the events after it.
    pub watermark: Option<i64>,
    pub tables: BTreeMap<String, TableMark>,
    /// A fingerprint of the plan: a run of another plan (a changed schema) needs `--rebuild`.
    pub plan: String,
    /// Whether runs continue from state (else each run recomputes and writes only new rows).
    pub incremental: bool,
    /// Result rows written, and late events not processed, over all runs.
    pub rows: u64,
    pub late_rows: u64,
}

/// What one run did.
#[derive(Debug, Default)]
pub struct RunReport {
    pub run: u64,
    /// False when nothing was committed since the last run (nothing to do).
    pub committed: bool,
    pub rows: u64,
    pub events: u64,
    pub late: Vec<(String, u64)>,
    pub removed: Vec<String>,
    pub warnings: Vec<String>,
    pub incremental: bool,
    pub why_not_incremental: Option<String>,
    pub file: Option<String>,
}

/// Where live mode sends each run's new rows as they are produced.
pub type Echo<'a> = &'a mut dyn FnMut(&RecordBatch) -> Result<(), String>;

/// How to run.
#[derive(Default)]
pub struct RunFlags<'a> {
    /// Forget every earlier run and recompute from the start.
    pub rebuild: bool,
    /// Also hand the run's new rows to this sink (live mode's stdout).
    pub echo: Option<Echo<'a>>,
    /// State kept in memory between the runs of one process (live mode), so a run reads
    /// only what it needs instead of every state file.
    pub cache: Option<&'a mut StateCache>,
}

/// The state after a committed run, in memory.
#[derive(Debug, Default)]
pub struct StateCache {
    run: Option<u64>,
    layers: Option<fenl_runtime::state::Layers>,
}

/// State layers past this many rows per entity with state, or this many layers, are merged
/// into a new base (a process that starts reads every layer).
const MERGE_FACTOR: usize = 2;
const MAX_LAYERS: usize = 16;

fn io(what: &str, path: &Path) -> impl Fn(std::io::Error) -> String {
    let (what, path) = (what.to_owned(), path.display().to_string());
    move |e| format!("cannot {what} '{path}': {e}")
}

pub fn manifest_path(dir: &Path) -> PathBuf {
    dir.join("_manifest.json")
}

/// The committed manifest of a result directory, if a run has committed.
pub fn read_manifest(dir: &Path) -> Result<Option<Manifest>, String> {
    let path = manifest_path(dir);
    match std::fs::read(&path) {
        Ok(bytes) => serde_json::from_slice(&bytes)
            .map(Some)
            .map_err(|e| format!("'{}' is not a materialization manifest: {e}", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("cannot read '{}': {e}", path.display())),
    }
}

/// Writes a file whole: to a temporary name, synced, then renamed into place.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let tmp = path.with_extension("tmp");
    let mut file = std::fs::File::create(&tmp).map_err(io("write", &tmp))?;
    file.write_all(bytes).map_err(io("write", &tmp))?;
    file.sync_all().map_err(io("sync", &tmp))?;
    std::fs::rename(&tmp, path).map_err(io("rename", &tmp))?;
    if let Some(parent) = path.parent() {
        if let Ok(dir) = std::fs::File::open(parent) {
            let _ = dir.sync_all();
        }
    }
    Ok(())
}

fn sync_file(path: &Path) -> Result<(), String> {
    std::fs::File::open(path).and_then(|f| f.sync_all()).map_err(io("sync", path))
}

/// Holds the result directory's lock for the life of the value (released by the OS if the
/// process dies), so two runs of one materialization never interleave.
pub struct Lock(#[allow(dead_code)] std::fs::File);

pub fn lock(dir: &Path) -> Result<Lock, String> {
    let internal = dir.join("_fenl");
    std::fs::create_dir_all(&internal).map_err(io("create", &internal))?;
    let path = internal.join("lock");
    let file =
        std::fs::OpenOptions::new().create(true).truncate(false).write(true).open(&path).map_err(io("open", &path))?;
    match file.try_lock() {
        Ok(()) => Ok(Lock(file)),
        Err(std::fs::TryLockError::WouldBlock) => {
            Err(format!("another run of this materialization is in progress (it holds '{}')", path.display()))
        }
        Err(std::fs::TryLockError::Error(e)) => Err(format!("cannot lock '{}': {e}", path.display())),
    }
}

/// Deletes the files of runs that never committed (and of runs the manifest has moved past).
fn remove_uncommitted(dir: &Path, manifest: Option<&Manifest>) -> Result<(), String> {
    let mut keep: HashSet<String> = HashSet::new();
    if let Some(m) = manifest {
        keep.extend(m.files.iter().cloned());
        keep.extend(m.current.iter().cloned());
        keep.extend(m.state.iter().map(|s| format!("_fenl/{s}")));
        keep.extend(m.current.iter().map(|c| format!("_fenl/{}", snapshot_parquet(c))));
    }
    for (sub, prefix) in [("", "part-"), ("", "snapshot-"), ("_fenl", "state-"), ("_fenl", "snapshot-")] {
        let folder = dir.join(sub);
        let Ok(entries) = std::fs::read_dir(&folder) else { continue };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let relative = if sub.is_empty() { name.clone() } else { format!("{sub}/{name}") };
            if name.starts_with(prefix) && !keep.contains(&relative) {
                std::fs::remove_file(entry.path()).map_err(io("remove", &entry.path()))?;
            }
        }
    }
    Ok(())
}

/// The name under `_fenl/` of the Parquet copy of a snapshot file.
fn snapshot_parquet(current: &str) -> String {
    match current.rsplit_once('.') {
        Some((stem, _)) => format!("{stem}.parquet"),
        None => format!("{current}.parquet"),
    }
}

fn extension(format: &str) -> &str {
    match format {
        "jsonl" => "jsonl",
        "csv" => "csv",
        _ => "parquet",
    }
}

fn fingerprint(plan: &fenl_compiler::plan::physical::Plan) -> Result<String, String> {
    let text = serde_json::to_vec(plan).map_err(|e| e.to_string())?;
    Ok(format!("{:016x}", xxhash_rust::xxh3::xxh3_64(&text)))
}

/// Compiles a materialization's query against the catalog as it is now.
pub fn compile(catalog: &Catalog, def: &MaterializationDef) -> Result<fenl_compiler::plan::physical::Plan, String> {
    let analysis = fenl_compiler::analyze(&def.query, catalog);
    if analysis.has_errors() {
        return Err(format!(
            "the query of materialization '{}' no longer compiles:\n{}",
            def.name,
            crate::cli::render_for_stderr(&analysis.diagnostics, &def.source, &def.query)
        ));
    }
    let hir = analysis.hir.as_ref().ok_or("nothing to run")?;
    let logical = fenl_compiler::plan::logical::build(hir).ok_or("internal error: no plan for a checked query")?;
    fenl_compiler::plan::physical::lower(&logical)
}

fn read_parquet(path: &Path) -> Result<Option<RecordBatch>, String> {
    let file = std::fs::File::open(path).map_err(io("read", path))?;
    let reader = parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(file)
        .and_then(|b| b.build())
        .map_err(|e| format!("cannot read '{}': {e}", path.display()))?;
    let schema = arrow_array::RecordBatchReader::schema(&reader);
    let batches: Vec<RecordBatch> =
        reader.collect::<Result<_, _>>().map_err(|e| format!("cannot read '{}': {e}", path.display()))?;
    arrow_select::concat::concat_batches(&schema, &batches).map(Some).map_err(|e| e.to_string())
}

fn write_parquet(path: &Path, batch: &RecordBatch) -> Result<(), String> {
    let file = std::fs::File::create(path).map_err(io("write", path))?;
    let mut writer = parquet::arrow::ArrowWriter::try_new(file, batch.schema(), None)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    writer.write(batch).map_err(|e| format!("{}: {e}", path.display()))?;
    writer.close().map_err(|e| format!("{}: {e}", path.display()))?;
    sync_file(path)
}

/// The current snapshot after a run: the previous one with the changed entities' rows replaced
/// (and new entities added), in key-hash order, every row stamped with the new instant.
fn merge_snapshot(previous: Option<RecordBatch>, changed: &RecordBatch, instant: i64) -> Result<RecordBatch, String> {
    let err = |e: &dyn std::fmt::Display| e.to_string();
    let hashes_of = |batch: &RecordBatch| -> Result<Vec<u64>, String> {
        let keys = batch.column_by_name("_key").ok_or("a snapshot without _key")?;
        fenl_catalog::hash_key_column(keys).map_err(|e| e.to_string())
    };
    let changed_hashes = hashes_of(changed)?;
    let mut all: Vec<RecordBatch> = Vec::new();
    let mut hashes: Vec<u64> = Vec::new();
    if let Some(previous) = previous {
        if previous.schema().fields() == changed.schema().fields() || changed.num_rows() == 0 {
            let set: HashSet<u64> = changed_hashes.iter().copied().collect();
            let previous_hashes = hashes_of(&previous)?;
            let keep: Vec<u32> =
                (0..previous.num_rows() as u32).filter(|&i| !set.contains(&previous_hashes[i as usize])).collect();
            hashes.extend(keep.iter().map(|&i| previous_hashes[i as usize]));
            let kept =
                arrow_select::take::take_record_batch(&previous, &UInt32Array::from(keep)).map_err(|e| err(&e))?;
            all.push(kept);
        }
    }
    hashes.extend(changed_hashes);
    all.push(changed.clone());
    let schema = changed.schema();
    let all: Vec<RecordBatch> = all.into_iter().map(|b| restamp(&b, &schema)).collect::<Result<_, _>>()?;
    let joined = arrow_select::concat::concat_batches(&schema, &all).map_err(|e| err(&e))?;
    let mut order: Vec<u32> = (0..joined.num_rows() as u32).collect();
    order.sort_unstable_by_key(|&i| hashes[i as usize]);
    let sorted = arrow_select::take::take_record_batch(&joined, &UInt32Array::from(order)).map_err(|e| err(&e))?;
    let mut columns = sorted.columns().to_vec();
    columns[0] = Arc::new(TimestampNanosecondArray::from(vec![instant; sorted.num_rows()]).with_timezone("+00:00"));
    RecordBatch::try_new(schema, columns).map_err(|e| err(&e))
}

/// A batch under `schema` (the previous snapshot read back from Parquet may differ in field
/// metadata only).
fn restamp(batch: &RecordBatch, schema: &arrow_schema::SchemaRef) -> Result<RecordBatch, String> {
    RecordBatch::try_new(schema.clone(), batch.columns().to_vec()).map_err(|e| e.to_string())
}

/// Rows of a table at or before `watermark` committed since the last run, counted from the
/// rows the table holds now and the rows the run read after the watermark.
fn late_rows(before: Option<&TableMark>, total: u64, read_after: u64) -> (u64, bool) {
    let before = before.map_or(0, |m| m.rows);
    match total.checked_sub(before + read_after) {
        Some(late) => (late, false),
        None => (0, true),
    }
}

/// Runs a materialization once: from its last committed run (or from the start), commits the
/// new results with the state to continue from.
pub fn run_once(catalog: &Catalog, def: &MaterializationDef, flags: RunFlags<'_>) -> Result<RunReport, String> {
    let dir = PathBuf::from(&def.to);
    std::fs::create_dir_all(&dir).map_err(io("create", &dir))?;
    let _lock = lock(&dir)?;
    let committed = read_manifest(&dir)?;
    remove_uncommitted(&dir, committed.as_ref())?;
    // A rebuild starts from nothing, under a new run number: the files it writes never replace
    // committed ones, which stay until its manifest is in place.
    let previous = if flags.rebuild { None } else { committed.clone() };
    let plan = compile(catalog, def)?;
    let fingerprint = fingerprint(&plan)?;
    if let Some(previous) = &previous {
        if previous.plan != fingerprint {
            return Err(format!(
                "the plan of materialization '{}' has changed since its last run (a table's schema changed?); \
                 run it with --rebuild to recompute its results",
                def.name
            ));
        }
    }
    let why_not = fenl_runtime::state::unsupported(&plan);
    let incremental = why_not.is_none();
    let mode = if def.results == "snapshot" { ResultMode::Snapshot } else { ResultMode::History };
    let watermark = previous.as_ref().and_then(|m| m.watermark);
    // The table versions this run reads; a later commit waits for the next run.
    let mut versions = std::collections::HashMap::new();
    let mut marks: BTreeMap<String, TableMark> = BTreeMap::new();
    // Logical external tables change without commits; the last event time of the others.
    let (mut logical, mut last_event) = (false, None::<i64>);
    for table in &def.tables {
        let info = catalog.table(table, None).map_err(|e| e.to_string())?;
        versions.insert(table.clone(), info.snapshot.version);
        marks.insert(table.clone(), TableMark { version: info.snapshot.version, rows: info.rows().max(0) as u64 });
        logical |= info.is_logical();
        if let Some((_, last)) = info.time_range() {
            last_event = Some(last_event.map_or(last, |l| l.max(last)));
        }
    }
    let unchanged = !logical
        && previous.as_ref().is_some_and(|m| {
            m.tables.iter().all(|(t, mark)| marks.get(t).is_some_and(|now| now.version == mark.version))
        });
    let run = committed.as_ref().map_or(0, |m| m.run + 1);
    if unchanged {
        let m = previous.as_ref().map(|m| m.run).unwrap_or_default();
        return Ok(RunReport { run: m, incremental, why_not_incremental: why_not, ..Default::default() });
    }
    let resumed = previous.is_some() && incremental;
    let internal = dir.join("_fenl");
    let mut cache = flags.cache;
    // The state layers: from memory when this process committed the last run, else from files.
    let cached = cache.as_mut().filter(|c| c.run.is_some() && c.run == previous.as_ref().map(|m| m.run));
    let layers = match cached.and_then(|c| c.layers.take()) {
        Some(layers) if resumed => Some(layers),
        _ if resumed => {
            let mut states = Vec::new();
            for file in previous.as_ref().map(|m| m.state.clone()).unwrap_or_default() {
                let table = read_parquet(&internal.join(&file)).map_err(|e| {
                    format!("the state of materialization '{}' is damaged ({e}); run it with --rebuild", def.name)
                })?;
                states.push(State { table, scalars: Default::default() });
            }
            if let Some(last) = states.last_mut() {
                last.scalars = previous.as_ref().map(|m| m.scalars.clone()).unwrap_or_default();
            } else {
                let scalars = previous.as_ref().map(|m| m.scalars.clone()).unwrap_or_default();
                states.push(State { table: None, scalars });
            }
            Some(fenl_runtime::state::Layers::new(states).map_err(|e| e.to_string())?)
        }
        _ => None,
    };
    let layers = layers.map(Arc::new);
    let options = RunOptions {
        mode,
        versions,
        after: if resumed { watermark } else { None },
        resume: layers.clone().map(|l| l as Arc<dyn fenl_runtime::state::StateSource>),
        keep_state: incremental,
        // A recomputing run writes only the rows after the last run's events.
        changed_since: if resumed || mode == ResultMode::Snapshot { None } else { watermark.map(|w| w + 1) },
        ..Default::default()
    };
    let ext = extension(&def.format);
    let part_name = format!("part-{run:05}.{ext}");
    let snapshot_name = format!("snapshot-{run:05}.{ext}");
    let mut history_out: Option<Output> = None;
    let mut snapshot_rows: Vec<RecordBatch> = Vec::new();
    let mut rows = 0u64;
    let mut echo = flags.echo;
    // A recomputing run stops at the last event of its tables: rows shifted past it wait for
    // the run that reads that far (else they would be written twice).
    let upper = if incremental { None } else { last_event };
    let continued = fenl_runtime::run_continued(&plan, catalog, &options, &mut |batch| {
        let fail = fenl_runtime::Error::Invalid;
        let batch = match upper {
            Some(upper) if mode == ResultMode::History => up_to(&batch, upper).map_err(fail)?,
            _ => batch,
        };
        rows += batch.num_rows() as u64;
        if let Some(echo) = echo.as_mut() {
            if batch.num_rows() > 0 {
                echo(&batch).map_err(fail)?;
            }
        }
        match mode {
            ResultMode::History => {
                if batch.num_rows() > 0 {
                    let out = history_out.get_or_insert_with(|| Output::new(&def.format, Some(dir.join(&part_name))));
                    out.write(batch).map_err(fail)?;
                }
            }
            ResultMode::Snapshot => snapshot_rows.push(batch),
        }
        Ok(())
    })
    .map_err(|e| e.to_string())?;
    let mut report = RunReport {
        run,
        committed: true,
        rows,
        incremental,
        why_not_incremental: why_not,
        warnings: continued.warnings,
        ..Default::default()
    };
    // Late and removed events, per table.
    let mut late_total = 0;
    for (table, mark) in marks.iter_mut() {
        // The rows the scan counted (a logical table's files are counted as they are read).
        let (read, total) = continued.rows.get(table).copied().unwrap_or((0, mark.rows as usize));
        mark.rows = total as u64;
        let new = match &previous {
            None => read as u64,
            Some(_) if resumed => read as u64,
            // A recomputing run reads everything; the new events are those after the watermark.
            Some(_) => count_after(catalog, table, mark.version, watermark)?,
        };
        report.events += new;
        if previous.is_none() {
            continue;
        }
        let (late, removed) = late_rows(previous.as_ref().and_then(|m| m.tables.get(table)), mark.rows, new);
        if late > 0 {
            report.late.push((table.clone(), late));
            late_total += late;
        }
        if removed {
            report.removed.push(table.clone());
        }
    }
    let watermark = match (watermark, continued.last_time) {
        (Some(w), Some(t)) => Some(w.max(t)),
        (w, t) => w.or(t),
    };
    let mut manifest = previous.clone().unwrap_or_default();
    manifest.materialization = def.name.clone();
    manifest.run = run;
    manifest.watermark = watermark;
    manifest.tables = marks;
    manifest.plan = fingerprint;
    manifest.incremental = incremental;
    manifest.rows += rows;
    manifest.late_rows += late_total;
    manifest.scalars = continued.state.scalars.clone();
    // The new state: a layer over the last (a keyed run's state of the entities it read), or
    // a new base (every entity's, or the layers merged once they outgrow the entities).
    drop(options);
    let layers = match layers {
        Some(l) => Some(Arc::try_unwrap(l).map_err(|_| "internal error: the state is still in use after the run")?),
        None => None,
    };
    let mut layers = layers.filter(|_| continued.partial && resumed);
    let state_file = format!("state-{run:05}.parquet");
    manifest.state = Vec::new();
    if incremental {
        match layers.as_mut() {
            Some(below) => {
                below.push(continued.state.clone()).map_err(|e| e.to_string())?;
                if below.rows() > MERGE_FACTOR * below.entities() || below.depth() > MAX_LAYERS {
                    let base = fenl_runtime::state::StateSource::all(&*below).map_err(|e| e.to_string())?;
                    if let Some(table) = &base.table {
                        write_parquet(&internal.join(&state_file), table)?;
                        manifest.state.push(state_file.clone());
                    }
                    *below = fenl_runtime::state::Layers::new(vec![base]).map_err(|e| e.to_string())?;
                } else {
                    manifest.state = previous.as_ref().map(|m| m.state.clone()).unwrap_or_default();
                    if let Some(table) = &continued.state.table {
                        write_parquet(&internal.join(&state_file), table)?;
                        manifest.state.push(state_file.clone());
                    }
                }
            }
            None => {
                if let Some(table) = &continued.state.table {
                    write_parquet(&internal.join(&state_file), table)?;
                    manifest.state.push(state_file.clone());
                }
                layers =
                    Some(fenl_runtime::state::Layers::new(vec![continued.state.clone()]).map_err(|e| e.to_string())?);
            }
        }
    }
    match mode {
        ResultMode::History => {
            if let Some(out) = history_out {
                out.finish()?;
                sync_file(&dir.join(&part_name))?;
                manifest.files.push(part_name.clone());
                report.file = Some(part_name);
            }
        }
        ResultMode::Snapshot => {
            let schema = snapshot_rows.first().map(RecordBatch::schema).ok_or("a run without a result schema")?;
            let changed = arrow_select::concat::concat_batches(&schema, &snapshot_rows).map_err(|e| e.to_string())?;
            // A recomputing run's snapshot is whole; a continued one holds the changed entities.
            let before = match (&previous, resumed) {
                (Some(m), true) => match &m.current {
                    Some(current) => read_parquet(&internal.join(snapshot_parquet(current)))?,
                    None => None,
                },
                _ => None,
            };
            let instant = watermark.unwrap_or(0);
            let current = merge_snapshot(before, &changed, instant)?;
            write_parquet(&internal.join(snapshot_parquet(&snapshot_name)), &current)?;
            let mut out = Output::new(&def.format, Some(dir.join(&snapshot_name)));
            out.write(current)?;
            out.finish()?;
            sync_file(&dir.join(&snapshot_name))?;
            manifest.current = Some(snapshot_name.clone());
            report.file = Some(snapshot_name);
        }
    }
    let text = serde_json::to_vec_pretty(&manifest).map_err(|e| e.to_string())?;
    write_atomically(&manifest_path(&dir), &text)?;
    if let Some(cache) = cache {
        cache.run = Some(run);
        cache.layers = layers;
    }
    // The files the new manifest no longer names (the previous state and snapshot).
    remove_uncommitted(&dir, Some(&manifest))?;
    Ok(report)
}

/// The rows of a result batch at or before `upper`.
fn up_to(batch: &RecordBatch, upper: i64) -> Result<RecordBatch, String> {
    let times = batch
        .column_by_name("_time")
        .and_then(|c| c.as_any().downcast_ref::<TimestampNanosecondArray>())
        .ok_or("a result without _time")?;
    let keep: arrow_array::BooleanArray = times.values().iter().map(|t| Some(*t <= upper)).collect();
    arrow_select::filter::filter_record_batch(batch, &keep).map_err(|e| e.to_string())
}

/// The rows of a table version after `watermark` (for late-event counts of recomputing runs).
fn count_after(catalog: &Catalog, table: &str, version: u64, watermark: Option<i64>) -> Result<u64, String> {
    let options = fenl_catalog::scan::ScanOptions {
        time_range: watermark.map(|w| (w.saturating_add(1), i64::MAX)),
        columns: Some(Vec::new()),
        ..Default::default()
    };
    let scan = catalog.scan_with(table, Some(version), &options).map_err(|e| e.to_string())?;
    let mut n = 0u64;
    for batch in scan {
        n += batch.map_err(|e| e.to_string())?.num_rows() as u64;
    }
    Ok(n)
}
