//! Result modes (§4.11 with dialect §7 #9) and the output batch: `_time`, `_key`, then the
//! fields of the result record (or one column `result`).

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::{Array, ArrayRef, RecordBatch, TimestampNanosecondArray, UInt32Array};
use arrow_schema::{DataType, Field, Schema};
use fenl_catalog::Catalog;
use fenl_compiler::plan::physical::Plan;

use crate::error::{Error, Result};
use crate::eval::{run_steps, Inputs};
use fenl_compiler::plan::physical::StepKind;

/// History (every point) or snapshot (final value per entity).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ResultMode {
    #[default]
    History,
    Snapshot,
}

/// How to run a query.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    pub mode: ResultMode,
    /// Snapshot: the values as of this time (UTC nanoseconds), stamped with it.
    pub at: Option<i64>,
    /// History: rows at or after this time; snapshot: entities whose result changed at or after it.
    pub changed_since: Option<i64>,
    /// Table versions to read (time travel); the latest otherwise.
    pub versions: HashMap<String, u64>,
    /// Set from another thread to stop the run early with [`Error::Cancelled`].
    pub cancel: Option<Arc<AtomicBool>>,
    /// Continue a previous run: read only events after this time (the previous run's last),
    /// starting from its state (see [`crate::state`]).
    pub after: Option<i64>,
    pub resume: Option<Arc<dyn crate::state::StateSource>>,
    /// Keep the run's state for a later run ([`run_continued`]).
    pub keep_state: bool,
    /// Input rows per chunk (of the largest table); about a million when absent.
    pub chunk_rows: Option<usize>,
    /// Tick rows per chunk the reading aims for (ticks limit the time a chunk spans); about
    /// four million when absent.
    pub tick_rows: Option<usize>,
}

/// What a continued run leaves besides its rows.
#[derive(Debug)]
pub struct Continued {
    pub warnings: Vec<String>,
    /// The state to continue from (when the options asked to keep it): of every entity, or
    /// when `partial`, of the entities this run read (the others' state is unchanged).
    pub state: crate::state::State,
    pub partial: bool,
    /// The time of the last event read, if any was.
    pub last_time: Option<i64>,
    /// Per table: the rows read and the rows the table holds.
    pub rows: HashMap<String, (usize, usize)>,
}

/// [`run_streaming`] that continues from `options.resume` with the events after
/// `options.after`, and returns the state to continue from next.
pub fn run_continued(
    plan: &Plan,
    catalog: &Catalog,
    options: &RunOptions,
    sink: &mut dyn FnMut(RecordBatch) -> Result<()>,
) -> Result<Continued> {
    let ran = run_chunks(plan, catalog, options, sink)?;
    let state = crate::state::join(ran.states)?;
    let partial = crate::state::keyed(plan);
    Ok(Continued {
        warnings: warnings(ran.nulled, ran.notes),
        state,
        partial,
        last_time: ran.last_time,
        rows: ran.rows,
    })
}

fn warnings(nulled: Vec<(&'static str, u64)>, mut notes: Vec<String>) -> Vec<String> {
    notes.extend(
        nulled
            .into_iter()
            .map(|(reason, rows)| format!("{rows} row{} nulled: {reason}", if rows == 1 { "" } else { "s" })),
    );
    notes
}

/// Runs a plan and also returns the warnings of the run: rows nulled instead of failing the
/// query (integer division by zero, multiplication overflow), with their counts.
pub fn run_with_warnings(plan: &Plan, catalog: &Catalog, options: &RunOptions) -> Result<(RecordBatch, Vec<String>)> {
    let mut batches = Vec::new();
    let warnings = run_streaming(plan, catalog, options, &mut |b| {
        batches.push(b);
        Ok(())
    })?;
    let schema = batches.first().map(RecordBatch::schema).ok_or_else(|| Error::Invalid("a run without rows".into()))?;
    Ok((arrow_select::concat::concat_batches(&schema, &batches)?, warnings))
}

/// Runs a plan and hands its result rows to `sink` in order, a slice at a time (at least one
/// batch, possibly empty), so the caller can write them while later slices are computed.
/// Returns the warnings of the run (see [`run_with_warnings`]).
pub fn run_streaming(
    plan: &Plan,
    catalog: &Catalog,
    options: &RunOptions,
    sink: &mut dyn FnMut(RecordBatch) -> Result<()>,
) -> Result<Vec<String>> {
    let ran = run_chunks(plan, catalog, options, sink)?;
    Ok(warnings(ran.nulled, ran.notes))
}

/// What a run leaves besides its rows: the rows it nulled (per reason), what reading the tables
/// reported, the partitions' states (when kept), the time of the last event read, and per table
/// the rows read and held.
struct Summary {
    nulled: Vec<(&'static str, u64)>,
    notes: Vec<String>,
    states: Vec<crate::state::PartState>,
    last_time: Option<i64>,
    rows: HashMap<String, (usize, usize)>,
}

/// What a run has found so far, for a run its sink stops early ([`Error::Stopped`]).
#[derive(Default)]
struct Partial {
    nulled: std::sync::Mutex<std::collections::BTreeMap<&'static str, u64>>,
    notes: std::sync::Mutex<Vec<String>>,
}

impl Partial {
    fn nulled(&self) -> Vec<(&'static str, u64)> {
        self.nulled.lock().map(|n| n.iter().map(|(k, v)| (*k, *v)).collect()).unwrap_or_default()
    }
}

/// Runs a plan and hands its result rows to `sink` on the caller's thread, while the next rows
/// are computed on others. A sink that returns [`Error::Stopped`] ends the run early with the
/// warnings of what was computed.
fn run_chunks(
    plan: &Plan,
    catalog: &Catalog,
    options: &RunOptions,
    sink: &mut dyn FnMut(RecordBatch) -> Result<()>,
) -> Result<Summary> {
    let stop = AtomicBool::new(false);
    let partial = Partial::default();
    // One batch waits for the sink while the next is computed.
    let (sender, receiver) = std::sync::mpsc::sync_channel::<RecordBatch>(1);
    std::thread::scope(|scope| {
        let (stop, partial) = (&stop, &partial);
        let producer = scope.spawn(move || {
            let cancelled =
                || stop.load(Ordering::Relaxed) || options.cancel.as_ref().is_some_and(|c| c.load(Ordering::Relaxed));
            let mut deliver = |batch| sender.send(batch).map_err(|_| Error::Cancelled);
            produce(plan, catalog, options, &cancelled, partial, &mut deliver)
        });
        let mut failure = None;
        let mut stopped = false;
        for batch in receiver.iter() {
            match sink(batch) {
                Ok(()) => {}
                Err(Error::Stopped) => stopped = true,
                Err(e) => failure = Some(e),
            }
            if stopped || failure.is_some() {
                stop.store(true, Ordering::Relaxed);
                break;
            }
        }
        // A stopped or failed sink drops the channel, so the producer stops at its next batch.
        drop(receiver);
        let produced =
            producer.join().unwrap_or_else(|_| Err(Error::Invalid("internal error: the run's thread panicked".into())));
        match failure {
            Some(e) => Err(e),
            None if stopped => Ok(Summary {
                nulled: partial.nulled(),
                notes: partial.notes.lock().map(|n| n.clone()).unwrap_or_default(),
                states: Vec::new(),
                last_time: None,
                rows: HashMap::new(),
            }),
            None => produced,
        }
    })
}

/// Input rows per chunk of a run (of the largest table), unless the options say otherwise.
const CHUNK_ROWS: usize = 1 << 20;

/// Tick rows per chunk the reading aims for, unless the options say otherwise.
const TICK_ROWS: usize = 1 << 22;

/// Computes the plan's result chunk by chunk and hands its rows to `deliver` in output order.
///
/// Each chunk (every table's rows up to a time boundary, see [`crate::chunks`]) runs over
/// partitions of the entities by key hash on every core when no step moves values between
/// entities (no `lookup` or `with_key`, ticks over the tables themselves), each partition
/// continuing from the state its previous chunk left ([`crate::state`]); its parts are merged
/// back into (time, subsort, key hash) order. A snapshot keeps each entity's latest row across
/// chunks and is delivered at the end. A continued run, and a plan whose state cannot be carried
/// (`finished()`), run in one chunk.
fn produce(
    plan: &Plan,
    catalog: &Catalog,
    options: &RunOptions,
    cancelled: &(dyn Fn() -> bool + Sync),
    partial: &Partial,
    deliver: &mut dyn FnMut(RecordBatch) -> Result<()>,
) -> Result<Summary> {
    let _ = crate::kernels::take_nulled();
    let ticks = independent_entities(plan);
    let count = if ticks.is_some() { std::thread::available_parallelism().map_or(1, |n| n.get()) } else { 1 };
    let version_of = |table: &str| options.versions.get(table).copied();
    let mut reader = crate::chunks::ChunkReader::open(plan, catalog, &version_of, options.after, count)?;
    if let Ok(mut notes) = partial.notes.lock() {
        *notes = reader.notes().to_vec();
    }
    let chunk_rows = if options.resume.is_some() || crate::state::unsupported(plan).is_some() {
        usize::MAX
    } else {
        options.chunk_rows.filter(|n| *n > 0).unwrap_or(CHUNK_ROWS)
    };
    let tick_rows = options.tick_rows.filter(|n| *n > 0).unwrap_or(TICK_ROWS);
    // The entities known so far, which the ticks of the next chunk will tick for.
    let known = AtomicUsize::new(0);
    // The next chunk is read while this one is computed, and handed over when it is done (a
    // chunk waiting in the channel besides would hold a third chunk's rows in memory).
    let (sender, chunks) = std::sync::mpsc::sync_channel::<Result<crate::chunks::Chunk>>(0);
    std::thread::scope(|scope| {
        let known = &known;
        let reading = scope.spawn(move || {
            loop {
                let entities = known.load(Ordering::Relaxed);
                let limits = crate::chunks::Limits { rows: chunk_rows, tick_rows, entities };
                let chunk = reader.next_chunk(limits, cancelled);
                let end = chunk.as_ref().map_or(true, |c| c.last);
                if sender.send(chunk).is_err() || end {
                    break;
                }
            }
            reader
        });
        let computed = compute(plan, options, count, ticks.as_ref(), &chunks, known, cancelled, partial, deliver);
        // An early end (a failure, a snapshot complete before the last chunk) stops the reader.
        drop(chunks);
        let reader =
            reading.join().map_err(|_| Error::Invalid("internal error: the reading thread panicked".into()))?;
        let mut summary = computed?;
        summary.notes = reader.notes().to_vec();
        summary.rows = reader.rows();
        Ok(summary)
    })
}

/// The chunks' rows (see [`produce`]); stores the entities known after each chunk in `known`.
#[allow(clippy::too_many_arguments)]
fn compute(
    plan: &Plan,
    options: &RunOptions,
    count: usize,
    ticks: Option<&Vec<(usize, Vec<String>)>>,
    chunks: &std::sync::mpsc::Receiver<Result<crate::chunks::Chunk>>,
    known: &AtomicUsize,
    cancelled: &(dyn Fn() -> bool + Sync),
    partial: &Partial,
    deliver: &mut dyn FnMut(RecordBatch) -> Result<()>,
) -> Result<Summary> {
    let mut states: Option<Vec<crate::state::PartState>> = None;
    let mut snapshot: Vec<Option<Part>> = (0..count).map(|_| None).collect();
    let mut last_time: Option<i64> = None;
    loop {
        let mut chunk =
            chunks.recv().map_err(|_| Error::Invalid("internal error: the reading thread stopped".into()))??;
        let resumed = states.is_some() || options.resume.is_some();
        let resume = match (states.take(), &options.resume) {
            (Some(states), _) => states,
            (None, Some(source)) => {
                // A keyed plan needs only the state of the entities in the new events.
                let state = if crate::state::keyed(plan) {
                    let mut hashes = chunk.rows.key_hashes()?;
                    hashes.sort_unstable();
                    hashes.dedup();
                    source.keys(&hashes)?
                } else {
                    source.all()?
                };
                crate::state::split(&state, count)?
            }
            (None, None) => (0..count).map(|_| crate::state::PartState::default()).collect(),
        };
        let chunk_last = chunk.ranges.values().map(|r| r.1).max();
        if let Some(t) = chunk_last {
            last_time = Some(last_time.map_or(t, |l| l.max(t)));
        }
        // Ticks span the whole input's time range, which no partition sees alone.
        let mut tick_ranges = HashMap::new();
        for (step, tables) in ticks.into_iter().flatten() {
            let range = tables
                .iter()
                .filter_map(|t| chunk.ranges.get(t))
                .fold(None, |acc: Option<(i64, i64)>, r| Some(acc.map_or(*r, |(a, b)| (a.min(r.0), b.max(r.1)))));
            if let Some(range) = range {
                tick_ranges.insert(*step, range);
            }
        }
        // Every chunk but the last keeps its state for the next, in memory.
        let keep = !chunk.last || options.keep_state;
        let native = !chunk.last;
        // Each partition's rows are split from the chunk's on the thread that computes it; the
        // chunk's rows are freed once every partition has its own, and each partition's as soon
        // as its part is out. The rows nulled are counted per thread, so they are taken right
        // after each part.
        let chunk_end = chunk.end;
        let rows = std::sync::Arc::new(std::mem::take(&mut chunk.rows));
        let items: Vec<_> = (0..rows.partitions()).zip(resume).map(|(p, resume)| (p, resume, rows.clone())).collect();
        drop(rows);
        let run = |(p, resume, rows): (usize, crate::state::PartState, std::sync::Arc<crate::chunks::Rows>)| {
            let tables = rows.partition(p)?;
            drop(rows);
            let inputs = Inputs { tables, tick_ranges: tick_ranges.clone(), last_time: chunk_end };
            let (part, state) = run_part(plan, inputs, options, resumed.then_some(&resume), keep, native, cancelled)?;
            Ok((part, state, crate::kernels::take_nulled()))
        };
        let done = if count == 1 {
            items.into_iter().map(run).collect::<Result<Vec<_>>>()?
        } else {
            crate::parallel::on_every_core(items, |_, item| run(item))?
        };
        let mut parts = Vec::with_capacity(done.len());
        let mut kept = Vec::with_capacity(done.len());
        for (part, state, counts) in done {
            if let Ok(mut nulled) = partial.nulled.lock() {
                for (reason, n) in counts {
                    *nulled.entry(reason).or_default() += n;
                }
            }
            parts.push(part);
            kept.extend(state);
        }
        match options.mode {
            ResultMode::History => emit(parts, options, deliver)?,
            ResultMode::Snapshot => {
                for (latest, part) in snapshot.iter_mut().zip(parts) {
                    *latest = Some(match latest.take() {
                        Some(earlier) => later_rows_win(earlier, part)?,
                        None => part,
                    });
                }
            }
        }
        known.store(kept.iter().map(crate::state::PartState::len).sum(), Ordering::Relaxed);
        states = Some(kept);
        // A snapshot at a time has all its rows once a chunk reaches that time.
        let reached = options.mode == ResultMode::Snapshot
            && !options.keep_state
            && options.at.is_some_and(|at| last_time.is_some_and(|t| t >= at));
        if chunk.last || reached {
            break;
        }
    }
    if options.mode == ResultMode::Snapshot {
        let parts: Vec<Part> =
            snapshot.into_iter().flatten().map(|p| changed_since(p, options.changed_since)).collect::<Result<_>>()?;
        let ranges: Vec<(usize, usize)> = parts.iter().map(|p| (0, p.time.len())).collect();
        deliver(combine(&parts, &ranges, options)?)?;
    }
    Ok(Summary {
        nulled: partial.nulled(),
        notes: Vec::new(),
        states: if options.keep_state { states.unwrap_or_default() } else { Vec::new() },
        last_time,
        rows: HashMap::new(),
    })
}

/// Runs a plan over the catalog's tables and returns its result rows.
pub fn run(plan: &Plan, catalog: &Catalog, options: &RunOptions) -> Result<RecordBatch> {
    Ok(run_with_warnings(plan, catalog, options)?.0)
}

/// The result rows of one run over some of the entities, before the partitions are combined.
struct Part {
    /// `_key` then the result's columns.
    columns: Vec<ArrayRef>,
    names: Vec<String>,
    time: Vec<i64>,
    subsort: Vec<u64>,
    key_hash: Vec<u64>,
    /// The time of the last event this part read.
    last_time: Option<i64>,
}

/// When no step moves values between entities (no `lookup`, no `with_key`) and every tick
/// ticks over tables: each tick step with the tables its range comes from. `None` otherwise.
fn independent_entities(plan: &Plan) -> Option<Vec<(usize, Vec<String>)>> {
    fn tables_under(plan: &Plan, step: usize, out: &mut Vec<String>) -> bool {
        match &plan.steps[step].kind {
            StepKind::Scan { table } => {
                out.push(table.clone());
                true
            }
            StepKind::Merge => plan.steps[step].inputs.iter().all(|s| tables_under(plan, s.index(), out)),
            _ => false,
        }
    }
    let mut ticks = Vec::new();
    for (index, step) in plan.steps.iter().enumerate() {
        match &step.kind {
            StepKind::WithKey { .. } | StepKind::LookupRequest { .. } | StepKind::LookupResponse => return None,
            StepKind::Tick { .. } => {
                let mut tables = Vec::new();
                if !tables_under(plan, step.inputs.first()?.index(), &mut tables) {
                    return None;
                }
                ticks.push((index, tables));
            }
            _ => {}
        }
    }
    Some(ticks)
}

/// Runs the steps over one set of inputs and keeps only the result rows the mode asks for;
/// also returns the state the partition leaves, when the options keep it.
fn run_part(
    plan: &Plan,
    inputs: Inputs,
    options: &RunOptions,
    resume: Option<&crate::state::PartState>,
    keep: bool,
    native: bool,
    cancelled: &dyn Fn() -> bool,
) -> Result<(Part, Option<crate::state::PartState>)> {
    let latest = (options.mode == ResultMode::Snapshot).then_some(options.at);
    let continuation = crate::eval::Continuation { resume, keep, native, latest };
    let crate::eval::Ran { steps, mut entities, last_time: seen_last, capture, picked } =
        run_steps(plan, inputs, cancelled, continuation)?;
    let mut steps = steps;
    let step =
        steps.get_mut(plan.output.index()).ok_or_else(|| Error::Invalid("the plan has no output step".into()))?;
    let value = step.values.get(plan.result).ok_or_else(|| Error::Invalid("the plan has no result".into()))?;
    let rows = &step.rows;
    // Every row of a history without `--changed-since`: the arrays and rows as they are.
    let all = options.mode == ResultMode::History && options.changed_since.is_none();
    // A snapshot whose values were computed at its rows alone (see `eval::Picked`).
    let compacted = picked.is_some();
    let selected: Vec<u32> = match options.mode {
        _ if all => Vec::new(),
        _ if compacted => picked.unwrap_or_default(),
        ResultMode::History => (0..rows.len() as u32)
            .filter(|&i| options.changed_since.is_none_or(|t| rows.time[i as usize] >= t))
            .collect(),
        // `--changed-since` applies to each entity's latest row over all chunks.
        ResultMode::Snapshot => crate::eval::latest_rows(rows, &mut entities, options.at),
    };
    // Only a snapshot without `--at` is stamped with the last time read.
    let last_time = (options.mode == ResultMode::Snapshot && options.at.is_none()).then_some(seen_last).flatten();
    // Each row's key, taken by entity id from the entities' keys gathered once. The rows'
    // entities are of the result's grouping, so their keys have one type: that of the first
    // row's (a `with_key` to a key of another type leaves keys of two types). Without rows,
    // the first key column's type, as before.
    let row_entities: Vec<u32> =
        if all { rows.entity.clone() } else { selected.iter().map(|&i| rows.entity[i as usize]).collect() };
    let key_type = row_entities
        .first()
        .and_then(|e| entities.key_values[*e as usize])
        .map(|(c, _)| entities.key_columns[c].data_type().clone())
        .or_else(|| entities.key_columns.first().map(|c| c.data_type().clone()));
    let key: ArrayRef = match key_type {
        None => arrow_array::new_null_array(&DataType::Utf8, row_entities.len()),
        Some(ty) => match entities.keys_by_type()?.into_iter().find(|k| k.data_type() == &ty) {
            Some(keys) => arrow_select::take::take(keys.as_ref(), &UInt32Array::from(row_entities), None)?,
            None => arrow_array::new_null_array(&ty, row_entities.len()),
        },
    };
    let result = if all || compacted {
        value.array.clone()
    } else {
        arrow_select::take::take(value.array.as_ref(), &UInt32Array::from(selected.clone()), None)?
    };
    let mut names = vec!["_key".to_owned()];
    let mut columns = vec![key];
    match result.as_struct_opt() {
        Some(record) => {
            for field in record.fields().iter() {
                columns.push(crate::eval::field_of(&result, field.name())?);
                names.push(field.name().clone());
            }
        }
        None => {
            names.push("result".to_owned());
            columns.push(result);
        }
    }
    let (time, subsort, key_hash) = if all {
        let rows = std::mem::take(&mut step.rows);
        (rows.time, rows.subsort, rows.key_hash)
    } else {
        (
            selected.iter().map(|&i| rows.time[i as usize]).collect(),
            selected.iter().map(|&i| rows.subsort[i as usize]).collect(),
            selected.iter().map(|&i| rows.key_hash[i as usize]).collect(),
        )
    };
    let part = Part { columns, names, time, subsort, key_hash, last_time };
    let state = match capture {
        Some(capture) => Some(crate::state::part_state(capture, entities, native)?),
        None => None,
    };
    Ok((part, state))
}

/// The snapshot rows of two chunks as one: each entity's row of the later, else of the earlier
/// (both in key-hash order, each entity once).
fn later_rows_win(earlier: Part, later: Part) -> Result<Part> {
    let mut order: Vec<(usize, usize)> = Vec::with_capacity(earlier.time.len() + later.time.len());
    let (mut i, mut j) = (0, 0);
    while i < earlier.time.len() || j < later.time.len() {
        let a = earlier.key_hash.get(i);
        let b = later.key_hash.get(j);
        match (a, b) {
            (Some(a), Some(b)) if a == b => {
                order.push((1, j));
                i += 1;
                j += 1;
            }
            (Some(a), Some(b)) if a < b => {
                order.push((0, i));
                i += 1;
            }
            (Some(_), None) => {
                order.push((0, i));
                i += 1;
            }
            _ => {
                order.push((1, j));
                j += 1;
            }
        }
    }
    fn pick<T: Copy>(order: &[(usize, usize)], earlier: &[T], later: &[T]) -> Vec<T> {
        order.iter().map(|&(s, r)| if s == 0 { earlier[r] } else { later[r] }).collect()
    }
    let mut columns = Vec::with_capacity(later.columns.len());
    for (e, l) in earlier.columns.iter().zip(&later.columns) {
        columns.push(arrow_select::interleave::interleave(&[e.as_ref(), l.as_ref()], &order)?);
    }
    Ok(Part {
        columns,
        names: later.names,
        time: pick(&order, &earlier.time, &later.time),
        subsort: pick(&order, &earlier.subsort, &later.subsort),
        key_hash: pick(&order, &earlier.key_hash, &later.key_hash),
        last_time: earlier.last_time.max(later.last_time),
    })
}

/// A snapshot's rows whose latest change is at or after `since`.
fn changed_since(part: Part, since: Option<i64>) -> Result<Part> {
    let Some(since) = since else { return Ok(part) };
    let keep: Vec<u32> = (0..part.time.len() as u32).filter(|&i| part.time[i as usize] >= since).collect();
    let indices = UInt32Array::from(keep.clone());
    let columns = part
        .columns
        .iter()
        .map(|c| Ok(arrow_select::take::take(c.as_ref(), &indices, None)?))
        .collect::<Result<_>>()?;
    Ok(Part {
        columns,
        names: part.names,
        time: keep.iter().map(|&i| part.time[i as usize]).collect(),
        subsort: keep.iter().map(|&i| part.subsort[i as usize]).collect(),
        key_hash: keep.iter().map(|&i| part.key_hash[i as usize]).collect(),
        last_time: part.last_time,
    })
}

/// A part's next row in the history merge: its (time, subsort, key hash) and the part.
type Head = std::cmp::Reverse<((i64, u64, u64), usize)>;

/// The output batch of the parts: history rows merged into (time, subsort, key hash) order,
/// snapshot rows in key-hash order stamped with the snapshot instant.
/// Rows per output slice: history results are merged and handed out a slice at a time.
const SLICE_ROWS: usize = 1 << 20;

/// Hands the parts' rows to the sink in output order. History results of several parts are
/// cut into slices by (time, subsort, key hash) boundaries; the slices are merged on every
/// core and delivered in order, a bounded number ahead of the sink.
fn emit(parts: Vec<Part>, options: &RunOptions, sink: &mut dyn FnMut(RecordBatch) -> Result<()>) -> Result<()> {
    emit_in_slices(parts, options, SLICE_ROWS, sink)
}

fn emit_in_slices(
    parts: Vec<Part>,
    options: &RunOptions,
    slice_rows: usize,
    sink: &mut dyn FnMut(RecordBatch) -> Result<()>,
) -> Result<()> {
    let rows: usize = parts.iter().map(|p| p.time.len()).sum();
    if options.mode == ResultMode::Snapshot || parts.len() == 1 || rows <= slice_rows {
        let ranges: Vec<(usize, usize)> = parts.iter().map(|p| (0, p.time.len())).collect();
        return sink(combine(&parts, &ranges, options)?);
    }
    // Slice boundaries: keys at even steps of the largest part (parts split entities by hash,
    // so each part's keys spread like the whole's).
    let slices = rows.div_ceil(slice_rows);
    let largest = parts.iter().max_by_key(|p| p.time.len()).ok_or_else(|| Error::Invalid("no parts".into()))?;
    let key = |p: &Part, i: usize| (p.time[i], p.subsort[i], p.key_hash[i]);
    let bounds: Vec<(i64, u64, u64)> = (1..slices).map(|k| key(largest, k * largest.time.len() / slices)).collect();
    // Each part's row range in each slice: rows with keys below the slice's upper bound.
    let cut = |p: &Part, bound: &(i64, u64, u64)| {
        let (mut lo, mut hi) = (0, p.time.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            if key(p, mid) < *bound {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    };
    let cuts: Vec<Vec<usize>> = parts
        .iter()
        .map(|p| {
            std::iter::once(0).chain(bounds.iter().map(|b| cut(p, b))).chain(std::iter::once(p.time.len())).collect()
        })
        .collect();
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).max(1);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let delivered = std::sync::Mutex::new(0usize);
    let progress = std::sync::Condvar::new();
    let failed = AtomicBool::new(false);
    let (sender, receiver) = std::sync::mpsc::channel::<(usize, Result<RecordBatch>)>();
    std::thread::scope(|scope| -> Result<()> {
        for _ in 0..workers {
            let sender = sender.clone();
            let (parts, cuts, next, delivered, progress, failed) =
                (&parts, &cuts, &next, &delivered, &progress, &failed);
            scope.spawn(move || loop {
                let slice = next.fetch_add(1, Ordering::Relaxed);
                if slice >= slices || failed.load(Ordering::Relaxed) {
                    break;
                }
                // Stay at most `workers` slices ahead of the sink, to bound memory.
                let mut done = delivered.lock().unwrap_or_else(|e| e.into_inner());
                while slice >= *done + 2 * workers && !failed.load(Ordering::Relaxed) {
                    done = progress.wait(done).unwrap_or_else(|e| e.into_inner());
                }
                drop(done);
                let ranges: Vec<(usize, usize)> = cuts.iter().map(|c| (c[slice], c[slice + 1])).collect();
                if sender.send((slice, combine(parts, &ranges, options))).is_err() {
                    break;
                }
            });
        }
        drop(sender);
        let mut pending: std::collections::BTreeMap<usize, RecordBatch> = std::collections::BTreeMap::new();
        let mut want = 0;
        let result = (|| {
            for (slice, batch) in receiver.iter() {
                pending.insert(slice, batch?);
                while let Some(batch) = pending.remove(&want) {
                    sink(batch)?;
                    want += 1;
                    *delivered.lock().unwrap_or_else(|e| e.into_inner()) = want;
                    progress.notify_all();
                }
            }
            Ok(())
        })();
        if result.is_err() {
            failed.store(true, Ordering::Relaxed);
            progress.notify_all();
        }
        result
    })
}

/// Merges rows `ranges[i]` of each part `i` into output order.
fn combine(parts: &[Part], ranges: &[(usize, usize)], options: &RunOptions) -> Result<RecordBatch> {
    let first = parts.first().ok_or_else(|| Error::Invalid("a run without parts".into()))?;
    let names = first.names.clone();
    // (part, row) of every output row, in output order.
    let mut order: Vec<(usize, usize)> = Vec::with_capacity(ranges.iter().map(|(a, b)| b - a).sum());
    match options.mode {
        ResultMode::History if parts.len() == 2 => {
            // Two parts (two cores): a two-way merge, a run of rows at a time.
            let key = |p: &Part, i: usize| (p.time[i], p.subsort[i], p.key_hash[i]);
            let (a, b) = (&parts[0], &parts[1]);
            let ((mut i, a_end), (mut j, b_end)) = (ranges[0], ranges[1]);
            while i < a_end || j < b_end {
                if j >= b_end || (i < a_end && key(a, i) <= key(b, j)) {
                    let bound = (j < b_end).then(|| key(b, j));
                    let start = i;
                    while i < a_end && bound.is_none_or(|k| key(a, i) <= k) {
                        i += 1;
                    }
                    order.extend((start..i).map(|r| (0, r)));
                } else {
                    let bound = (i < a_end).then(|| key(a, i));
                    let start = j;
                    while j < b_end && bound.is_none_or(|k| key(b, j) < k) {
                        j += 1;
                    }
                    order.extend((start..j).map(|r| (1, r)));
                }
            }
        }
        ResultMode::History => {
            let mut heads: Vec<usize> = ranges.iter().map(|(a, _)| *a).collect();
            let mut heap: std::collections::BinaryHeap<Head> = parts
                .iter()
                .enumerate()
                .filter(|(i, _)| ranges[*i].0 < ranges[*i].1)
                .map(|(i, p)| {
                    let r = ranges[i].0;
                    std::cmp::Reverse(((p.time[r], p.subsort[r], p.key_hash[r]), i))
                })
                .collect();
            // The smallest head is replaced in place (one sift-down) while its part has rows.
            while let Some(mut top) = heap.peek_mut() {
                let i = (top.0).1;
                let p = &parts[i];
                let row = heads[i];
                order.push((i, row));
                heads[i] += 1;
                let next = heads[i];
                if next < ranges[i].1 {
                    *top = std::cmp::Reverse(((p.time[next], p.subsort[next], p.key_hash[next]), i));
                } else {
                    std::collections::binary_heap::PeekMut::pop(top);
                }
            }
        }
        ResultMode::Snapshot => {
            let mut all: Vec<(u64, usize, usize)> = parts
                .iter()
                .enumerate()
                .flat_map(|(i, p)| (ranges[i].0..ranges[i].1).map(move |row| (p.key_hash[row], i, row)))
                .collect();
            all.sort_unstable();
            order.extend(all.into_iter().map(|(_, i, row)| (i, row)));
        }
    }
    let time: Vec<i64> = match options.mode {
        ResultMode::History => order.iter().map(|&(i, row)| parts[i].time[row]).collect(),
        ResultMode::Snapshot => {
            // The snapshot instant: the `--at` time, else the time of the last event read.
            let instant = options.at.unwrap_or_else(|| parts.iter().filter_map(|p| p.last_time).max().unwrap_or(0));
            vec![instant; order.len()]
        }
    };
    let time: ArrayRef = Arc::new(TimestampNanosecondArray::from(time).with_timezone("+00:00"));
    let mut fields = vec![Field::new("_time", time.data_type().clone(), false)];
    let mut columns = vec![time];
    for (c, name) in names.iter().enumerate() {
        let column: ArrayRef = if parts.len() == 1 {
            let indices = UInt32Array::from(order.iter().map(|&(_, row)| row as u32).collect::<Vec<_>>());
            arrow_select::take::take(parts[0].columns[c].as_ref(), &indices, None)?
        } else {
            let arrays: Vec<&dyn Array> = parts.iter().map(|p| p.columns[c].as_ref()).collect();
            arrow_select::interleave::interleave(&arrays, &order)?
        };
        fields.push(Field::new(name, column.data_type().clone(), true));
        columns.push(column);
    }
    Ok(RecordBatch::try_new(Arc::new(Schema::new(fields)), columns)?)
}

/// Durations and intervals as their integer count of units, for text formats (dialect §7 #3);
/// timestamps marked UTC.
pub fn for_text(batch: &RecordBatch) -> Result<RecordBatch> {
    let mut fields = Vec::new();
    let mut columns: Vec<ArrayRef> = Vec::new();
    for (field, column) in batch.schema().fields().iter().zip(batch.columns()) {
        let converted: ArrayRef = match column.data_type() {
            DataType::Interval(arrow_schema::IntervalUnit::DayTime) => Arc::new(
                column
                    .as_primitive::<arrow_array::types::IntervalDayTimeType>()
                    .iter()
                    .map(|v| v.map(|v| i64::from(v.days)))
                    .collect::<arrow_array::Int64Array>(),
            ),
            DataType::Interval(arrow_schema::IntervalUnit::YearMonth) => Arc::new(
                column
                    .as_primitive::<arrow_array::types::IntervalYearMonthType>()
                    .iter()
                    .map(|v| v.map(i64::from))
                    .collect::<arrow_array::Int64Array>(),
            ),
            DataType::Duration(_) | DataType::Interval(_) => arrow_cast::cast(column, &DataType::Int64)?,
            // Every Fenl time is UTC; say so in text (`Z`), whatever the stored column's zone.
            DataType::Timestamp(unit, None) => {
                arrow_cast::cast(column, &DataType::Timestamp(*unit, Some("+00:00".into())))?
            }
            _ => column.clone(),
        };
        fields.push(Field::new(field.name(), converted.data_type().clone(), field.is_nullable()));
        columns.push(converted);
    }
    Ok(RecordBatch::try_new(Arc::new(Schema::new(fields)), columns)?)
}

/// Lists, records and maps as one text field each (`[1, 2]`, `{a: 1}`), for CSV.
fn nested_as_text(batch: &RecordBatch) -> Result<RecordBatch> {
    let nested = |t: &DataType| {
        matches!(t, DataType::List(_) | DataType::LargeList(_) | DataType::Struct(_) | DataType::Map(..))
    };
    if !batch.schema().fields().iter().any(|f| nested(f.data_type())) {
        return Ok(batch.clone());
    }
    let options = arrow_cast::display::FormatOptions::default();
    let mut fields = Vec::new();
    let mut columns: Vec<ArrayRef> = Vec::new();
    for (field, column) in batch.schema().fields().iter().zip(batch.columns()) {
        if !nested(column.data_type()) {
            fields.push(field.as_ref().clone());
            columns.push(column.clone());
            continue;
        }
        let formatter = arrow_cast::display::ArrayFormatter::try_new(column.as_ref(), &options)?;
        let text: arrow_array::StringArray =
            (0..column.len()).map(|i| column.is_valid(i).then(|| formatter.value(i).to_string())).collect();
        fields.push(Field::new(field.name(), DataType::Utf8, true));
        columns.push(Arc::new(text));
    }
    Ok(RecordBatch::try_new(Arc::new(Schema::new(fields)), columns)?)
}

/// Writes rows as CSV: RFC 3339 times with nanoseconds and `Z`, empty fields for nulls.
pub fn write_csv(batch: &RecordBatch, sink: &mut dyn std::io::Write) -> Result<()> {
    write_csv_rows(batch, sink, true)
}

/// [`write_csv`], with or without the header line (later slices of one result go without).
pub fn write_csv_rows(batch: &RecordBatch, sink: &mut dyn std::io::Write, header: bool) -> Result<()> {
    let text = nested_as_text(&for_text(batch)?)?;
    let mut writer = arrow_csv::WriterBuilder::new()
        .with_header(header)
        .with_timestamp_tz_format("%Y-%m-%dT%H:%M:%S%.9fZ".to_owned())
        .with_timestamp_format("%Y-%m-%dT%H:%M:%S%.9fZ".to_owned())
        .build(sink);
    writer.write(&text)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parts with keys drawn from a small range (many equal times across parts).
    fn parts(seed: u64, count: usize, rows: usize) -> Vec<Part> {
        let mut state = seed;
        let mut next = move || {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            state >> 33
        };
        let mut id = 0i64;
        (0..count)
            .map(|p| {
                let mut keys: Vec<(i64, u64, u64)> = (0..rows)
                    .map(|_| ((next() % 50) as i64, next() % 3, (next() % 5) * count as u64 + p as u64))
                    .collect();
                keys.sort_unstable();
                let ids: Vec<i64> = keys
                    .iter()
                    .map(|_| {
                        id += 1;
                        id
                    })
                    .collect();
                Part {
                    columns: vec![Arc::new(arrow_array::Int64Array::from(ids))],
                    names: vec!["id".to_owned()],
                    time: keys.iter().map(|k| k.0).collect(),
                    subsort: keys.iter().map(|k| k.1).collect(),
                    key_hash: keys.iter().map(|k| k.2).collect(),
                    last_time: keys.last().map(|k| k.0),
                }
            })
            .collect()
    }

    #[test]
    fn two_parts_merge_as_the_heap_merges_them() {
        let options = RunOptions::default();
        for (seed, rows) in [(1, 40), (2, 0), (3, 1), (4, 200), (5, 7)] {
            let two = parts(seed, 2, rows);
            let ranges = [(0, two[0].time.len()), (0, two[1].time.len())];
            let merged = combine(&two, &ranges, &options).unwrap_or_else(|e| panic!("{e}"));
            // A third, empty part sends the same rows through the heap merge.
            let mut three = parts(seed, 2, rows);
            let empty = Part {
                columns: vec![three[0].columns[0].slice(0, 0)],
                names: three[0].names.clone(),
                time: Vec::new(),
                subsort: Vec::new(),
                key_hash: Vec::new(),
                last_time: None,
            };
            three.push(empty);
            let heap = combine(&three, &[ranges[0], ranges[1], (0, 0)], &options).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(merged, heap, "seed {seed}, {rows} rows a part");
            let times = merged.column(0).as_primitive::<arrow_array::types::TimestampNanosecondType>();
            assert!(times.values().windows(2).all(|w| w[0] <= w[1]));
        }
    }

    #[test]
    fn slices_merged_on_several_threads_equal_one_merge() {
        let options = RunOptions::default();
        for (seed, count, rows) in [(1, 5, 40), (2, 7, 3), (3, 2, 100), (4, 9, 0), (5, 4, 1)] {
            let whole = {
                let parts = parts(seed, count, rows);
                let ranges: Vec<(usize, usize)> = parts.iter().map(|p| (0, p.time.len())).collect();
                combine(&parts, &ranges, &options).unwrap_or_else(|e| panic!("{e}"))
            };
            for slice_rows in [1, 3, 7, 1000] {
                let mut batches = Vec::new();
                emit_in_slices(parts(seed, count, rows), &options, slice_rows, &mut |b| {
                    batches.push(b);
                    Ok(())
                })
                .unwrap_or_else(|e| panic!("{e}"));
                let sliced =
                    arrow_select::concat::concat_batches(&whole.schema(), &batches).unwrap_or_else(|e| panic!("{e}"));
                assert_eq!(sliced, whole, "seed {seed}, {count} parts of {rows}, slices of {slice_rows}");
            }
        }
    }

    #[test]
    fn a_failing_sink_stops_the_merge() {
        let options = RunOptions::default();
        let mut calls = 0;
        let result = emit_in_slices(parts(9, 6, 50), &options, 5, &mut |_| {
            calls += 1;
            if calls == 3 {
                return Err(Error::Invalid("disk full".into()));
            }
            Ok(())
        });
        assert!(matches!(result, Err(Error::Invalid(m)) if m == "disk full"));
        assert_eq!(calls, 3);
    }
}
