//! Evaluating steps: their rows, then their expressions, in plan order.

use std::collections::HashMap;
use std::sync::Arc;

use arrow_array::{
    new_null_array, Array, ArrayRef, BooleanArray, RecordBatch, StructArray, TimestampNanosecondArray, UInt32Array,
};
use arrow_schema::{DataType, Field, Fields};
use fenl_compiler::plan::physical::ConstValue;
use fenl_compiler::plan::physical::{ExprOp, Interpolation, Plan, StepKind};
use fenl_compiler::types::FenlType;

use crate::error::{Error, Result};
use crate::state::{Capture, PartState};
use crate::steps::{self, Entities, Rows};

/// A window as an aggregation sees it, row-aligned with its step.
#[derive(Debug, Clone)]
pub enum Window {
    Since(ArrayRef),
    Sliding(usize, ArrayRef),
    Trailing(i64),
}

/// An expression's values over a step's rows.
#[derive(Debug, Clone)]
pub struct Value {
    pub array: ArrayRef,
    /// Whether the value was (re)produced at each row (§4.4); aggregations consume only these.
    pub new: Vec<bool>,
    pub window: Option<Window>,
}

/// A computed step.
#[derive(Debug, Default)]
pub struct StepData {
    pub rows: Rows,
    pub values: Vec<Value>,
    /// Per input: the input row behind each of this step's rows.
    pub sources: Vec<Vec<Option<u32>>>,
    /// Per input, where rows are not input rows (ticks): the input's latest row of the same
    /// entity at or before each row, for as-of reads.
    pub as_of: Vec<Option<Vec<Option<u32>>>>,
    /// For a lookup request: the requesting row (of the request's input) behind each row.
    pub origin: Vec<u32>,
    /// For a shift continued later: the rows still held (entity, target time, index into the
    /// input followed by the previous run's held values, order), by entity then age.
    pub held: Vec<(u32, i64, u32, u64)>,
    scan: Option<RecordBatch>,
}

/// The top bit marks subsorts of shifted rows, which come after loaded rows at equal times.
const SHIFTED: u64 = 1 << 63;

pub fn arrow_type(ty: &FenlType) -> DataType {
    ty.to_arrow().unwrap_or(DataType::Null)
}

/// A table as a query reads it, sorted by (time, subsort, key hash): the user columns its scans
/// use, the internal columns as vectors (moved into the scan step's rows, not copied), and the
/// name of its key column.
#[derive(Debug, Clone)]
pub struct TableData {
    pub batch: RecordBatch,
    pub time: Vec<i64>,
    pub subsort: Vec<u64>,
    pub key_hash: Vec<u64>,
    pub key_column: String,
}

impl TableData {
    /// The positions of a scan's user columns (all but the internal ones) and their schema.
    pub(crate) fn user_columns(schema: &arrow_schema::SchemaRef) -> Result<(Vec<usize>, arrow_schema::SchemaRef)> {
        let user: Vec<usize> = (0..schema.fields().len())
            .filter(|&i| !matches!(schema.field(i).name().as_str(), "_time" | "_subsort" | "_key_hash"))
            .collect();
        let user_schema = Arc::new(schema.project(&user)?);
        Ok((user, user_schema))
    }

    /// A table's pieces as one: the internal columns into vectors, the others concatenated.
    pub(crate) fn from_pieces(
        schema: &arrow_schema::SchemaRef,
        pieces: &[RecordBatch],
        key_column: &str,
    ) -> Result<TableData> {
        let rows = pieces.iter().map(RecordBatch::num_rows).sum();
        let (mut time, mut subsort, mut key_hash) =
            (Vec::with_capacity(rows), Vec::with_capacity(rows), Vec::with_capacity(rows));
        for piece in pieces {
            time.extend_from_slice(crate::chunks::int64_column(piece, "_time")?);
            subsort.extend(crate::chunks::int64_column(piece, "_subsort")?.iter().map(|v| *v as u64));
            key_hash.extend(crate::chunks::int64_column(piece, "_key_hash")?.iter().map(|v| *v as u64));
        }
        let (user, user_schema) = TableData::user_columns(schema)?;
        let projected = pieces.iter().map(|p| p.project(&user)).collect::<std::result::Result<Vec<_>, _>>()?;
        let batch = arrow_select::concat::concat_batches(&user_schema, &projected)?;
        Ok(TableData { batch, time, subsort, key_hash, key_column: key_column.to_owned() })
    }
}

/// What a run reads: the tables, and for each tick step the time range its boundaries span
/// (the first and last time of the tick's input over all entities, which a run over some of
/// the entities cannot see).
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    pub tables: HashMap<String, TableData>,
    pub tick_ranges: HashMap<usize, (i64, i64)>,
    /// The time of the last event of any table the run reads: ticks go on through it.
    pub last_time: Option<i64>,
}

/// Runs every step of a plan over the given inputs.
/// What running the steps leaves: the output step's data (the others are freed as soon as no
/// later step reads them), the entities, and the latest event time any step saw.
pub struct Ran {
    pub steps: Vec<StepData>,
    pub entities: Entities,
    pub last_time: Option<i64>,
    /// The state the run leaves, when asked to keep it.
    pub capture: Option<Capture>,
    /// A snapshot's output rows, when the output step's values are computed at those alone.
    pub picked: Option<Vec<u32>>,
}

/// Where a run starts from and whether it keeps its state (see [`crate::state`]).
#[derive(Debug, Clone, Copy, Default)]
pub struct Continuation<'a> {
    /// The state of the previous run over these entities.
    pub resume: Option<&'a PartState>,
    /// Whether to keep this run's state.
    pub keep: bool,
    /// Whether the state goes to the next chunk of the same run, in memory: accumulators
    /// may stay as they are rather than become columns.
    pub native: bool,
    /// A snapshot: only each entity's latest row of the output step (at or before the time,
    /// when given) is wanted, so its values are computed at those rows alone (see [`Picked`]).
    pub latest: Option<Option<i64>>,
}

/// Each entity's latest row at or before `at` (all rows when `None`), in key-hash order.
pub(crate) fn latest_rows(rows: &Rows, entities: &mut Entities, at: Option<i64>) -> Vec<u32> {
    let mut last: Vec<u32> = vec![u32::MAX; entities.len()];
    for i in 0..rows.len() {
        if at.is_some_and(|at| rows.time[i] > at) {
            break;
        }
        last[rows.entity[i] as usize] = i as u32;
    }
    entities.in_hash_order().iter().map(|&e| last[e as usize]).filter(|&i| i != u32::MAX).collect()
}

/// The output rows a snapshot run computes: each entity's latest row (at or before the
/// snapshot's time), in key-hash order. The output step's expressions that aggregations and
/// windows read, and integer `mul`/`div` (whose nulled rows are counted), run over every row;
/// the others only over these rows.
#[derive(Debug, Clone)]
pub struct Picked {
    pub rows: UInt32Array,
    /// Per expression of the output step: whether it runs over every row.
    all: Vec<bool>,
    /// Whether each picked row is its entity's last row of the run (no `--at` before it).
    exact: bool,
}

impl Picked {
    /// The rows a snapshot at `at` needs and which expressions need every row; `None` when the
    /// state a run keeps needs the values at rows after `at` too.
    fn new(
        step: &fenl_compiler::plan::physical::Step,
        rows: &Rows,
        entities: &mut Entities,
        at: Option<i64>,
        keep: bool,
    ) -> Option<Picked> {
        let beyond = at.is_some_and(|at| rows.time.last().is_some_and(|t| *t > at));
        if beyond && keep {
            return None;
        }
        let mut all = vec![false; step.exprs.len()];
        for (j, expr) in step.exprs.iter().enumerate().rev() {
            let counted = matches!(&expr.op, ExprOp::Instruction(name) if name == "mul" || name == "div");
            all[j] |= counted || matches!(expr.op, ExprOp::Window(_));
            if all[j] || matches!(expr.op, ExprOp::Aggregate(_)) {
                for a in &expr.args {
                    all[*a] = true;
                }
            }
        }
        Some(Picked { rows: UInt32Array::from(latest_rows(rows, entities, at)), all, exact: !beyond })
    }

    /// An array over every row at the picked rows.
    fn array(&self, array: &ArrayRef) -> Result<ArrayRef> {
        Ok(arrow_select::take::take(array.as_ref(), &self.rows, None)?)
    }

    fn take(&self, value: &Value) -> Result<Value> {
        Ok(Value {
            array: self.array(&value.array)?,
            new: self.rows.values().iter().map(|&i| value.new[i as usize]).collect(),
            window: None,
        })
    }
}

/// The per-entity values of `array` (over rows of `entity`) at each entity's last row, or the
/// prior state's value for entities without a row; null for entities with neither.
fn carry(array: &ArrayRef, entity: &[u32], entities: usize, prior: Option<&ArrayRef>) -> Result<ArrayRef> {
    let n = array.len();
    let prior_len = prior.map_or(0, |p| p.len());
    let mut last: Vec<Option<u32>> = (0..entities).map(|e| (e < prior_len).then_some((n + e) as u32)).collect();
    for (row, e) in entity.iter().enumerate() {
        last[*e as usize] = Some(row as u32);
    }
    let source = with_prior(array, prior)?;
    Ok(arrow_select::take::take(source.as_ref(), &UInt32Array::from(last), None)?)
}

/// A shift's held rows from the previous run: (entity, target) in the order of their values.
fn held_rows(times: Option<&ArrayRef>) -> Vec<(u32, i64)> {
    let Some(list) = times.and_then(|t| arrow_array::cast::AsArray::as_list_opt::<i32>(t.as_ref())) else {
        return Vec::new();
    };
    let values = arrow_array::cast::AsArray::as_primitive::<arrow_array::types::Int64Type>(list.values().as_ref());
    let offsets = list.value_offsets();
    let mut out = Vec::with_capacity(values.len());
    for e in 0..list.len() {
        for i in offsets[e] as usize..offsets[e + 1] as usize {
            out.push((e as u32, values.value(i)));
        }
    }
    out
}

/// The orders of a shift's held rows from the previous run (in the order of [`held_rows`]), and
/// the scalar order older states kept (which their entities' next orders go on from, see
/// [`entity_orders`]): kept in the state, so a row keeps the order one pass would give it,
/// however the runs cut the input. States without them (older ones) number the held rows first.
fn held_orders(resume: Option<&PartState>, index: usize, held: usize) -> (Vec<u64>, u64) {
    let orders = resume
        .and_then(|s| s.slot(&format!("h{index}.order")))
        .and_then(list_values)
        .and_then(|v| v.as_any().downcast_ref::<arrow_array::UInt64Array>().map(|a| a.values().to_vec()))
        .filter(|o| o.len() == held);
    match (orders, resume.and_then(|s| s.scalars.get(&format!("shift{index}")))) {
        (Some(orders), Some(next)) => (orders, *next as u64),
        _ => ((0..held as u64).collect(), held as u64),
    }
}

/// The order a shift gives each of its input rows (of `entity`): the count of the entity's
/// input rows before it, over earlier runs too, so that the order does not depend on how the
/// entities are split over partitions. Returns the orders and each entity's next one, kept as
/// slot `n<step>`; states without the slot (older ones) go on from their scalar `earlier`.
fn entity_orders(
    resume: Option<&PartState>,
    index: usize,
    earlier: u64,
    entities: usize,
    entity: &[u32],
) -> (Vec<u64>, Vec<u64>) {
    let mut next: Vec<u64> = match resume.and_then(|s| s.slot(&format!("n{index}"))) {
        Some(slot) => {
            let counts = slot.as_any().downcast_ref::<arrow_array::UInt64Array>();
            (0..entities).map(|e| counts.filter(|c| e < c.len() && c.is_valid(e)).map_or(0, |c| c.value(e))).collect()
        }
        None => vec![earlier; entities],
    };
    let orders = entity
        .iter()
        .map(|&e| {
            let order = next[e as usize];
            next[e as usize] += 1;
            order
        })
        .collect();
    (orders, next)
}

/// What a shift goes on from: the rows a previous run held (entity, target) with their orders,
/// the order of each of its input rows (see [`entity_orders`]), and its next orders for a later
/// run (the scalar older states read, and each entity's).
struct ShiftOrders {
    held: Vec<(u32, i64)>,
    held_orders: Vec<u64>,
    orders: Vec<u64>,
    next: (u64, Vec<u64>),
}

impl ShiftOrders {
    fn new(resume: Option<&PartState>, index: usize, entities: usize, input: &Rows) -> ShiftOrders {
        let held = held_rows(resume.and_then(|s| s.slot(&format!("h{index}.time"))));
        let (held_orders, earlier) = held_orders(resume, index, held.len());
        let (orders, next) = entity_orders(resume, index, earlier, entities, &input.entity);
        ShiftOrders { held, held_orders, orders, next: (earlier + input.len() as u64, next) }
    }
}

/// The values of a list column, flat.
fn list_values(array: &ArrayRef) -> Option<ArrayRef> {
    arrow_array::cast::AsArray::as_list_opt::<i32>(array.as_ref()).map(|l| l.values().clone())
}

/// Values of held rows (sorted by entity) as a list per entity.
fn held_lists(held: &[(u32, i64, u32, u64)], values: ArrayRef, entities: usize) -> Result<ArrayRef> {
    let mut lengths = vec![0usize; entities];
    for (e, ..) in held {
        lengths[*e as usize] += 1;
    }
    let offsets = arrow_buffer::OffsetBuffer::<i32>::from_lengths(lengths);
    let field = Arc::new(Field::new("item", values.data_type().clone(), true));
    Ok(Arc::new(arrow_array::ListArray::try_new(field, offsets, values, None)?))
}

/// `array` followed by the prior state's values (indices `n + entity`), when there are any.
pub fn with_prior(array: &ArrayRef, prior: Option<&ArrayRef>) -> Result<ArrayRef> {
    match prior {
        Some(prior) if !prior.is_empty() => {
            let prior = if prior.data_type() == array.data_type() {
                prior.clone()
            } else {
                arrow_cast::cast(prior, array.data_type())?
            };
            Ok(arrow_select::concat::concat(&[array.as_ref(), prior.as_ref()])?)
        }
        _ => Ok(array.clone()),
    }
}

/// For each step, the last step that reads its data (a lookup response also reads its request
/// and the request's input); the output step is kept to the end.
fn last_uses(plan: &Plan) -> Vec<usize> {
    let mut last = vec![0usize; plan.steps.len()];
    for (j, step) in plan.steps.iter().enumerate() {
        for input in &step.inputs {
            last[input.index()] = last[input.index()].max(j);
        }
        if matches!(step.kind, StepKind::LookupResponse) {
            for merged in &step.inputs {
                for request in &plan.steps[merged.index()].inputs {
                    last[request.index()] = last[request.index()].max(j);
                    for primary in &plan.steps[request.index()].inputs {
                        last[primary.index()] = last[primary.index()].max(j);
                    }
                }
            }
        }
    }
    if let Some(output) = last.get_mut(plan.output.index()) {
        *output = usize::MAX;
    }
    last
}

pub fn run_steps(
    plan: &Plan,
    mut inputs: Inputs,
    cancelled: &dyn Fn() -> bool,
    continuation: Continuation<'_>,
) -> Result<Ran> {
    let resume = continuation.resume;
    // The previous chunk's entities as they were, else registered from the state's columns.
    let mut entities = match resume.and_then(|s| s.entities.as_ref()) {
        Some(native) => native.clone(),
        None => {
            let mut entities = Entities::default();
            if let Some(state) = resume {
                state.register(&mut entities);
            }
            entities
        }
    };
    let prior = |name: &str| resume.and_then(|s| s.slot(name));
    // A table's rows move into its last scan step; earlier scans of it copy them.
    let mut scans_left: HashMap<&str, usize> = HashMap::new();
    for step in &plan.steps {
        if let StepKind::Scan { table } = &step.kind {
            *scans_left.entry(table.as_str()).or_default() += 1;
        }
    }
    let mut capture = continuation.keep.then(Capture::default);
    let mut done: Vec<StepData> = Vec::with_capacity(plan.steps.len());
    let check = || if cancelled() { Err(Error::Cancelled) } else { Ok(()) };
    let last_use = last_uses(plan);
    let read_later = plan.steps.iter().any(|s| s.inputs.iter().any(|i| i.index() == plan.output.index()));
    let mut last_time: Option<i64> = None;
    let mut output_picked = None;
    for (index, step) in plan.steps.iter().enumerate() {
        check()?;
        let mut data = StepData::default();
        let input = |i: usize| step.inputs.get(i).map(|s| &done[s.index()]);
        // A shift's next orders, scalar and per entity, for a later run (see `ShiftOrders`).
        let mut shift_next: Option<(u64, Vec<u64>)> = None;
        match &step.kind {
            StepKind::Scan { table: name } => {
                let table =
                    inputs.tables.get_mut(name).ok_or_else(|| Error::Invalid(format!("table {name} was not read")))?;
                let left = scans_left.entry(name.as_str()).or_default();
                *left = left.saturating_sub(1);
                let rows = if *left == 0 {
                    steps::Rows {
                        time: std::mem::take(&mut table.time),
                        subsort: std::mem::take(&mut table.subsort),
                        key_hash: std::mem::take(&mut table.key_hash),
                        entity: Vec::new(),
                    }
                } else {
                    steps::Rows {
                        time: table.time.clone(),
                        subsort: table.subsort.clone(),
                        key_hash: table.key_hash.clone(),
                        entity: Vec::new(),
                    }
                };
                data.rows = steps::scan_rows(&table.batch, rows, &table.key_column, &mut entities)?;
                data.scan = Some(table.batch.clone());
            }
            StepKind::Merge => {
                let inputs: Vec<&Rows> = step.inputs.iter().map(|s| &done[s.index()].rows).collect();
                let (rows, sources) = steps::merge_rows(&inputs);
                data.rows = rows;
                data.sources = sources;
            }
            StepKind::Select { condition } => {
                let source = input(0).ok_or_else(|| Error::Invalid("select without input".into()))?;
                let (rows, picked) = steps::select_rows(&source.rows, &source.values[*condition].array)?;
                data.rows = rows;
                data.sources = vec![picked.into_iter().map(Some).collect()];
            }
            StepKind::Tick { function } => {
                let source = input(0).ok_or_else(|| Error::Invalid("tick without input".into()))?;
                // A resumed tick goes on from the last input time it ticked through.
                let after = resume.and_then(|s| s.scalars.get(&format!("tick{index}")).copied());
                let own = source.rows.time.first().zip(source.rows.time.last()).map(|(a, b)| (*a, *b));
                let range = inputs.tick_ranges.get(&index).copied().or(own);
                let range = range.map(|(first, last)| (first, inputs.last_time.map_or(last, |t| t.max(last))));
                let range = match (range, after) {
                    // A resumed tick without rows of its own goes on through the run's last event.
                    (None, Some(after)) => inputs.last_time.filter(|l| *l > after).map(|l| (after + 1, l)),
                    (Some((_, last)), Some(after)) if last <= after => None,
                    (Some((_, last)), Some(after)) => Some((after + 1, last)),
                    (range, _) => range,
                };
                let seen_slot = format!("t{index}");
                let seen: Vec<(u64, u32)> = match prior(&seen_slot) {
                    Some(seen) => {
                        let seen = arrow_array::cast::AsArray::as_boolean(seen.as_ref());
                        (0..seen.len())
                            .filter(|&e| seen.is_valid(e) && seen.value(e))
                            .map(|e| (entities.hashes[e], e as u32))
                            .collect()
                    }
                    None => Vec::new(),
                };
                let (rows, seen) = steps::tick_rows(&source.rows, function, range, seen)?;
                data.rows = rows;
                if let Some(capture) = capture.as_mut() {
                    let mut flags = vec![false; entities.len()];
                    for (_, e) in &seen {
                        flags[*e as usize] = true;
                    }
                    capture.slots.push((seen_slot, Arc::new(BooleanArray::from(flags))));
                    let through = range.map(|r| r.1).or(after);
                    if let Some(through) = through {
                        capture.scalars.insert(format!("tick{index}"), through);
                    }
                }
                data.sources = vec![vec![None; data.rows.len()]];
                let mut last: Vec<Option<u32>> = vec![None; entities.len()];
                let mut next = 0;
                let mut as_of = Vec::with_capacity(data.rows.len());
                for (time, entity) in data.rows.time.iter().zip(&data.rows.entity) {
                    while next < source.rows.len() && source.rows.time[next] <= *time {
                        last[source.rows.entity[next] as usize] = Some(next as u32);
                        next += 1;
                    }
                    as_of.push(last[*entity as usize]);
                }
                data.as_of = vec![Some(as_of)];
            }
            StepKind::WithKey { key, .. } | StepKind::LookupRequest { key } => {
                // Rows move to the entity their key names; rows with a null key are dropped.
                let source = input(0).ok_or_else(|| Error::Invalid("re-keying without input".into()))?;
                let keys = &source.values[*key].array;
                let hashes = fenl_catalog::hash_key_column(keys).map_err(|e| Error::Invalid(e.to_string()))?;
                let r = &source.rows;
                let mut order: Vec<u32> = (0..r.len() as u32).filter(|&i| keys.is_valid(i as usize)).collect();
                order.sort_by_key(|&i| (r.time[i as usize], r.subsort[i as usize], hashes[i as usize]));
                entities.key_columns.push(keys.clone());
                let column = entities.key_columns.len() - 1;
                data.rows = steps::Rows::with_capacity(order.len());
                let ordered: Vec<u64> = order.iter().map(|&i| hashes[i as usize]).collect();
                let ids = entities.ids_of(&ordered);
                for (&i, &id) in order.iter().zip(&ids) {
                    if entities.key_values[id as usize].is_none() {
                        entities.key_values[id as usize] = Some((column, i));
                    }
                    data.rows.time.push(r.time[i as usize]);
                    data.rows.subsort.push(r.subsort[i as usize]);
                    data.rows.key_hash.push(hashes[i as usize]);
                    data.rows.entity.push(id);
                }
                data.sources = vec![order.iter().map(|&i| Some(i)).collect()];
                data.origin = order;
            }
            StepKind::LookupResponse => {
                // The request rows of the merged input, back at the entities that asked.
                let merged_id =
                    step.inputs.first().ok_or_else(|| Error::Invalid("lookup response without input".into()))?;
                let merged_step = &plan.steps[merged_id.index()];
                let merged = &done[merged_id.index()];
                let (request_input, request_id) = merged_step
                    .inputs
                    .iter()
                    .enumerate()
                    .find(|(_, s)| matches!(plan.steps[s.index()].kind, StepKind::LookupRequest { .. }))
                    .ok_or_else(|| Error::Invalid("lookup response without a request".into()))?;
                let request = &done[request_id.index()];
                let primary_id = plan.steps[request_id.index()]
                    .inputs
                    .first()
                    .ok_or_else(|| Error::Invalid("lookup request without input".into()))?;
                let primary = &done[primary_id.index()].rows;
                // Every row of the key's domain gets a response: the foreign value where it asked,
                // null where its key was null (§4.8).
                let mut answers: Vec<Option<u32>> = vec![None; primary.len()];
                for (row, request_row) in merged.sources[request_input].iter().enumerate() {
                    if let Some(q) = request_row {
                        answers[request.origin[*q as usize] as usize] = Some(row as u32);
                    }
                }
                data.rows = primary.clone();
                data.sources = vec![answers];
            }
            StepKind::ShiftTo { time } => {
                // Each row again at its target time; null or past targets are dropped. Fresh
                // subsorts (above any loaded one) keep the original order among equal targets.
                // A run that keeps its state holds rows whose target is past its last event
                // (with the rows a previous run held, which come first).
                let source = input(0).ok_or_else(|| Error::Invalid("shift without input".into()))?;
                let targets = arrow_cast::cast(&source.values[*time].array, &DataType::Int64)?;
                let targets =
                    arrow_array::cast::AsArray::as_primitive::<arrow_array::types::Int64Type>(targets.as_ref());
                let r = &source.rows;
                let base = r.len() as u32;
                let ShiftOrders { held: prior_held, held_orders: prior_orders, orders, next } =
                    ShiftOrders::new(resume, index, entities.len(), r);
                shift_next = Some(next);
                // (target, order, key hash, index, entity): equal targets and orders of two
                // entities go in key-hash order.
                let hash = |e: u32| entities.hashes[e as usize];
                let mut moved: Vec<(i64, u64, u64, u32, u32)> = prior_held
                    .iter()
                    .zip(&prior_orders)
                    .enumerate()
                    .map(|(j, ((e, t), order))| (*t, *order, hash(*e), base + j as u32, *e))
                    .chain(
                        (0..r.len())
                            .filter(|&i| targets.is_valid(i) && targets.value(i) >= r.time[i])
                            .map(|i| (targets.value(i), orders[i], r.key_hash[i], i as u32, r.entity[i])),
                    )
                    .collect();
                moved.sort_unstable();
                let horizon =
                    if continuation.keep { inputs.last_time.or(moved.first().map(|m| m.0 - 1)) } else { None };
                let mut sources = Vec::with_capacity(moved.len());
                for (t, order, _, i, e) in moved {
                    if horizon.is_some_and(|h| t > h) {
                        data.held.push((e, t, i, order));
                        continue;
                    }
                    data.rows.time.push(t);
                    data.rows.subsort.push(SHIFTED | order);
                    data.rows.key_hash.push(entities.hashes[e as usize]);
                    data.rows.entity.push(e);
                    sources.push(Some(i));
                }
                data.held.sort_by_key(|(e, ..)| *e);
                data.sources = vec![sources];
            }
            StepKind::ShiftUntil { predicate } => {
                // Rows wait per entity until a row where the predicate is true, then all go at
                // once; rows a previous run held wait first.
                let source = input(0).ok_or_else(|| Error::Invalid("shift without input".into()))?;
                let predicate = &source.values[*predicate].array;
                let r = &source.rows;
                let base = r.len() as u32;
                let ShiftOrders { held: prior_held, held_orders: prior_orders, orders, next } =
                    ShiftOrders::new(resume, index, entities.len(), r);
                shift_next = Some(next);
                // Per entity: (order, index) of each held row.
                let mut held: Vec<Vec<(u64, u32)>> = vec![Vec::new(); entities.len()];
                for (j, ((e, _), order)) in prior_held.iter().zip(&prior_orders).enumerate() {
                    held[*e as usize].push((*order, base + j as u32));
                }
                let mut sources = Vec::new();
                for (i, order) in orders.iter().enumerate() {
                    let e = r.entity[i] as usize;
                    held[e].push((*order, i as u32));
                    let release = arrow_array::cast::AsArray::as_boolean_opt(predicate.as_ref())
                        .is_some_and(|p| p.is_valid(i) && p.value(i));
                    if release {
                        for (order, j) in std::mem::take(&mut held[e]) {
                            data.rows.time.push(r.time[i]);
                            data.rows.subsort.push(SHIFTED | order);
                            data.rows.key_hash.push(r.key_hash[i]);
                            data.rows.entity.push(r.entity[i]);
                            sources.push(Some(j));
                        }
                    }
                }
                if continuation.keep {
                    for (e, rows) in held.iter().enumerate() {
                        data.held.extend(rows.iter().map(|(order, j)| (e as u32, i64::MIN, *j, *order)));
                    }
                }
                // Rows released at one instant by several entities come entity by entity; a
                // step's rows go in (time, subsort, key hash) order, so those are sorted.
                let key = |k: usize| (data.rows.time[k], data.rows.subsort[k], data.rows.key_hash[k]);
                if (1..data.rows.len()).any(|k| key(k - 1) > key(k)) {
                    let mut order: Vec<usize> = (0..data.rows.len()).collect();
                    order.sort_by_key(|&k| key(k));
                    let rows = std::mem::take(&mut data.rows);
                    data.rows = steps::Rows::with_capacity(order.len());
                    for &k in &order {
                        data.rows.push(rows.time[k], rows.subsort[k], rows.key_hash[k], rows.entity[k]);
                    }
                    sources = order.iter().map(|&k| sources[k]).collect();
                }
                data.sources = vec![sources];
            }
        }
        // A shift's held rows: their entities and targets (their values are kept per input below).
        if let Some(capture) = capture.as_mut() {
            if matches!(step.kind, StepKind::ShiftTo { .. } | StepKind::ShiftUntil { .. }) {
                let times: ArrayRef =
                    Arc::new(arrow_array::Int64Array::from_iter_values(data.held.iter().map(|h| h.1)));
                capture.slots.push((format!("h{index}.time"), held_lists(&data.held, times, entities.len())?));
                let orders: ArrayRef =
                    Arc::new(arrow_array::UInt64Array::from_iter_values(data.held.iter().map(|h| h.3)));
                capture.slots.push((format!("h{index}.order"), held_lists(&data.held, orders, entities.len())?));
                if let Some((scalar, next)) = shift_next.take() {
                    capture.scalars.insert(format!("shift{index}"), scalar as i64);
                    capture.slots.push((format!("n{index}"), Arc::new(arrow_array::UInt64Array::from(next))));
                }
            }
        }
        let all_rows = data.rows.len();
        // A snapshot's output step computes most of its values at the rows it outputs alone.
        let picked = match continuation.latest {
            Some(at) if index == plan.output.index() && !read_later => {
                Picked::new(step, &data.rows, &mut entities, at, capture.is_some())
            }
            _ => None,
        };
        // The picked rows of values computed over every row, as the others read them.
        let mut compacted: HashMap<usize, Value> = HashMap::new();
        for (j, expr) in step.exprs.iter().enumerate() {
            check()?;
            let compact = picked.as_ref().filter(|p| !p.all[j]);
            let n = compact.map_or(all_rows, |p| p.rows.len());
            // An aggregation reads every row and keeps its values at the picked ones.
            let aggregation = matches!(expr.op, ExprOp::Aggregate(_));
            if let Some(p) = compact.filter(|_| !aggregation) {
                for a in &expr.args {
                    if p.all[*a] && !compacted.contains_key(a) {
                        compacted.insert(*a, p.take(&data.values[*a])?);
                    }
                }
            }
            let args: Vec<&Value> = expr
                .args
                .iter()
                .map(|a| compacted.get(a).filter(|_| !aggregation).unwrap_or(&data.values[*a]))
                .collect();
            // New where any argument is new: the first's flags or-ed with the others'.
            let any_new = |args: &[&Value]| -> Vec<bool> {
                let Some((first, rest)) = args.split_first() else { return vec![false; n] };
                let mut new = first.new.clone();
                for arg in rest {
                    for (flag, other) in new.iter_mut().zip(&arg.new) {
                        *flag |= *other;
                    }
                }
                new
            };
            let value = match &expr.op {
                ExprOp::Column(name) => {
                    let batch = data.scan.as_ref().ok_or_else(|| Error::Invalid("a column outside a scan".into()))?;
                    // A version before the first load has no user columns.
                    let array = match batch.column_by_name(name) {
                        Some(array) => cast_to(array, &expr.ty)?,
                        None if all_rows == 0 => new_null_array(&arrow_type(&expr.ty), 0),
                        None => return Err(Error::Invalid(format!("no column {name}"))),
                    };
                    let array = match compact {
                        Some(p) => p.array(&array)?,
                        None => array,
                    };
                    Value { array, new: vec![true; n], window: None }
                }
                ExprOp::Row => {
                    let batch = data.scan.as_ref().ok_or_else(|| Error::Invalid("a row outside a scan".into()))?;
                    let FenlType::Record(fields) = &expr.ty else {
                        return Err(Error::Invalid("a row must be a record".into()));
                    };
                    let mut arrays = Vec::new();
                    for (name, ty) in fields {
                        let column = match batch.column_by_name(name) {
                            Some(column) => cast_to(column, ty)?,
                            None if all_rows == 0 => new_null_array(&arrow_type(ty), 0),
                            None => return Err(Error::Invalid(format!("no column {name}"))),
                        };
                        arrays.push(match compact {
                            Some(p) => p.array(&column)?,
                            None => column,
                        });
                    }
                    let struct_fields: Fields = fields
                        .iter()
                        .zip(&arrays)
                        .map(|((n, _), a)| Field::new(n, a.data_type().clone(), true))
                        .collect();
                    let array: ArrayRef = Arc::new(StructArray::try_new_with_length(struct_fields, arrays, None, n)?);
                    Value { array, new: vec![true; n], window: None }
                }
                ExprOp::Input { input, expr: source_expr, interpolation } => {
                    let source_step = step.inputs.get(*input).ok_or_else(|| Error::Invalid("bad input".into()))?;
                    let source = &done[source_step.index()];
                    let value = &source.values[*source_expr];
                    let map =
                        data.sources.get(*input).ok_or_else(|| Error::Invalid("input without row mapping".into()))?;
                    let precomputed = data.as_of.get(*input).and_then(Option::as_ref);
                    let picked_map: Vec<Option<u32>>;
                    let indices: std::borrow::Cow<[Option<u32>]> = match (interpolation, precomputed) {
                        (Interpolation::Null, _) => std::borrow::Cow::Borrowed(map),
                        (Interpolation::AsOf, Some(as_of)) => std::borrow::Cow::Borrowed(as_of),
                        (Interpolation::AsOf, None) => {
                            let mut last: Vec<Option<u32>> = vec![None; entities.len()];
                            map.iter()
                                .zip(&data.rows.entity)
                                .map(|(src, entity)| {
                                    if src.is_some() {
                                        last[*entity as usize] = *src;
                                    }
                                    last[*entity as usize]
                                })
                                .collect::<Vec<_>>()
                                .into()
                        }
                    };
                    // A snapshot's output rows read their sources' rows alone.
                    let (map, indices, entity): (&[Option<u32>], _, std::borrow::Cow<[u32]>) = match compact {
                        Some(p) => {
                            let rows = p.rows.values();
                            let pick = |of: &[Option<u32>]| rows.iter().map(|&r| of[r as usize]).collect::<Vec<_>>();
                            let entity = rows.iter().map(|&r| data.rows.entity[r as usize]).collect::<Vec<_>>();
                            picked_map = pick(map);
                            (&picked_map[..], pick(&indices).into(), entity.into())
                        }
                        None => (&map[..], indices, std::borrow::Cow::Borrowed(&data.rows.entity[..])),
                    };
                    // In a shift, indices past the input's rows are rows a previous run held.
                    let shifted = matches!(step.kind, StepKind::ShiftTo { .. } | StepKind::ShiftUntil { .. });
                    let held_slot = format!("h{index}.{}", data.values.len());
                    let held_values = if shifted { prior(&held_slot).and_then(list_values) } else { None };
                    // New where the source row is (rows past the source's, held by a shift, are);
                    // a source new at every row (a scan's columns) needs no lookups.
                    let new: Vec<bool> = if value.new.iter().all(|b| *b) {
                        map.iter().map(Option::is_some).collect()
                    } else {
                        map.iter()
                            .map(|src| src.is_some_and(|s| value.new.get(s as usize).copied().unwrap_or(true)))
                            .collect()
                    };
                    let array = if shifted {
                        let source = with_prior(&value.array, held_values.as_ref())?;
                        if let Some(capture) = capture.as_mut() {
                            let indices = UInt32Array::from_iter_values(data.held.iter().map(|h| h.2));
                            let values = arrow_select::take::take(source.as_ref(), &indices, None)?;
                            capture.slots.push((held_slot, held_lists(&data.held, values, entities.len())?));
                        }
                        arrow_select::take::take(source.as_ref(), &index_array(&indices), None)?
                    } else if *interpolation == Interpolation::AsOf {
                        // Entities without a row yet read the value the previous run left.
                        let slot = format!("v{index}.{}", data.values.len());
                        let prior_value = prior(&slot);
                        let base = value.array.len();
                        let prior_len = prior_value.map_or(0, |p| p.len());
                        let indices: Vec<Option<u32>> = indices
                            .iter()
                            .copied()
                            .zip(entity.iter())
                            .map(|(i, e)| i.or(((*e as usize) < prior_len).then_some((base + *e as usize) as u32)))
                            .collect();
                        let source = with_prior(&value.array, prior_value)?;
                        let array = arrow_select::take::take(source.as_ref(), &index_array(&indices), None)?;
                        if let Some(capture) = capture.as_mut() {
                            let state = carry(&array, &entity, entities.len(), prior_value)?;
                            capture.slots.push((slot, state));
                        }
                        array
                    } else {
                        arrow_select::take::take(value.array.as_ref(), &index_array(&indices), None)?
                    };
                    let window = match &value.window {
                        None => None,
                        Some(Window::Trailing(d)) => Some(Window::Trailing(*d)),
                        Some(Window::Since(c)) => {
                            Some(Window::Since(arrow_select::take::take(c.as_ref(), &index_array(map), None)?))
                        }
                        Some(Window::Sliding(k, c)) => {
                            Some(Window::Sliding(*k, arrow_select::take::take(c.as_ref(), &index_array(map), None)?))
                        }
                    };
                    Value { array, new, window }
                }
                ExprOp::Literal(v) => {
                    Value { array: literal_array(v, &expr.ty, n)?, new: vec![false; n], window: None }
                }
                ExprOp::Time => {
                    let times = match compact {
                        Some(p) => p.rows.values().iter().map(|&r| data.rows.time[r as usize]).collect(),
                        None => data.rows.time.clone(),
                    };
                    Value { array: Arc::new(TimestampNanosecondArray::from(times)), new: vec![true; n], window: None }
                }
                ExprOp::Instruction(name) => {
                    let arrays: Vec<ArrayRef> = args.iter().map(|a| a.array.clone()).collect();
                    let array = crate::kernels::call(name, &arrays, &expr.ty, n)?;
                    Value { array, new: any_new(&args), window: None }
                }
                ExprOp::Window(name) => {
                    let window = match (name.as_str(), &args[..]) {
                        ("since", [condition]) => Window::Since(condition.array.clone()),
                        ("sliding", [count, condition]) => {
                            let count = const_i64(&count.array)
                                .ok_or_else(|| Error::Invalid("sliding needs a constant count".into()))?;
                            Window::Sliding(count.max(1) as usize, condition.array.clone())
                        }
                        ("trailing", [duration]) => Window::Trailing(duration_nanos(&duration.array)?),
                        _ => return Err(Error::Unsupported(format!("window {name}"))),
                    };
                    let array = args.last().map_or_else(|| new_null_array(&DataType::Boolean, n), |a| a.array.clone());
                    Value { array, new: any_new(&args), window: Some(window) }
                }
                ExprOp::Aggregate(name) => {
                    let mut at_picked = false;
                    let input = args.first().ok_or_else(|| Error::Invalid("aggregation without input".into()))?;
                    let window = args.iter().skip(1).find_map(|w| w.window.clone());
                    let array = if name == "collect" {
                        let max = args.get(1).and_then(|a| const_i64(&a.array)).map(|m| m.max(0) as usize);
                        let min = args.get(2).and_then(|a| const_i64(&a.array)).unwrap_or(0).max(0) as usize;
                        let slot = format!("a{index}.{}", data.values.len());
                        let prior_held = resume.map(|s| crate::aggregate::CollectState::from_slots(s, &slot));
                        let (array, state) = crate::aggregate::collect(
                            input,
                            max,
                            min,
                            window.as_ref(),
                            &data.rows,
                            entities.len(),
                            prior_held.as_ref(),
                            capture.is_some(),
                        )?;
                        if let (Some(capture), Some(state)) = (capture.as_mut(), state) {
                            capture.slots.extend(state.into_slots(&slot)?);
                        }
                        array
                    } else {
                        let slot = format!("a{index}.{}", data.values.len());
                        let loaded;
                        let prior_acc = match resume.and_then(|s| s.native.get(&slot)) {
                            Some(native) => Some(native),
                            None => {
                                loaded = resume.map(|s| crate::aggregate::AccState::from_slots(s, &slot));
                                loaded.as_ref()
                            }
                        };
                        let keep = capture.is_some();
                        // A snapshot's aggregations fold every row but emit at the picked ones.
                        let emit = compact.filter(|p| p.exact).map(|p| &p.rows.values()[..]);
                        at_picked = emit.is_some();
                        let (array, state) = crate::aggregate::aggregate(crate::aggregate::Aggregation {
                            name,
                            input,
                            window: window.as_ref(),
                            rows: &data.rows,
                            entities: entities.len(),
                            ty: &expr.ty,
                            prior: prior_acc,
                            keep,
                            emit,
                        })?;
                        if let (Some(capture), Some(state)) = (capture.as_mut(), state) {
                            if continuation.native && state.is_native() {
                                capture.native.insert(slot, state);
                            } else {
                                capture.slots.extend(state.into_slots(&slot)?);
                            }
                        }
                        array
                    };
                    let new = any_new(&args);
                    match compact {
                        Some(p) if at_picked => Value {
                            array,
                            new: p.rows.values().iter().map(|&r| new[r as usize]).collect(),
                            window: None,
                        },
                        Some(p) => p.take(&Value { array, new, window: None })?,
                        None => Value { array, new, window: None },
                    }
                }
                ExprOp::Record(names) => {
                    let arrays: Vec<ArrayRef> = args.iter().map(|a| a.array.clone()).collect();
                    let fields: Fields =
                        names.iter().zip(&arrays).map(|(n, a)| Field::new(n, a.data_type().clone(), true)).collect();
                    Value {
                        array: Arc::new(StructArray::try_new_with_length(fields, arrays, None, n)?),
                        new: any_new(&args),
                        window: None,
                    }
                }
                ExprOp::FieldRef(field) => {
                    let base = args.first().ok_or_else(|| Error::Invalid("field of nothing".into()))?;
                    let array = field_of(&base.array, field)?;
                    Value { array, new: base.new.clone(), window: None }
                }
                ExprOp::Cast(to) => {
                    let base = args.first().ok_or_else(|| Error::Invalid("cast of nothing".into()))?;
                    Value { array: cast_to(&base.array, to)?, new: base.new.clone(), window: None }
                }
                ExprOp::Extend | ExprOp::SelectFields { .. } => {
                    let FenlType::Record(fields) = &expr.ty else {
                        return Err(Error::Invalid("record operation without a record type".into()));
                    };
                    let mut arrays = Vec::new();
                    for (name, _) in fields {
                        let from = args
                            .iter()
                            .find_map(|a| field_of(&a.array, name).ok())
                            .ok_or_else(|| Error::Invalid(format!("no field {name}")))?;
                        arrays.push(from);
                    }
                    let struct_fields: Fields = fields
                        .iter()
                        .zip(&arrays)
                        .map(|((n, _), a)| Field::new(n, a.data_type().clone(), true))
                        .collect();
                    let nulls = if matches!(expr.op, ExprOp::SelectFields { .. }) {
                        args.first().and_then(|a| a.array.nulls().cloned())
                    } else {
                        None
                    };
                    Value {
                        array: Arc::new(StructArray::try_new_with_length(struct_fields, arrays, nulls, n)?),
                        new: any_new(&args),
                        window: None,
                    }
                }
            };
            data.values.push(value);
        }
        if let Some(p) = picked {
            output_picked = Some(p.rows.values().to_vec());
        }
        // Rows are in time order: the latest time is the last below `i64::MAX`.
        if let Some(t) = data.rows.time.iter().rev().find(|t| **t < i64::MAX) {
            last_time = Some(last_time.map_or(*t, |l| l.max(*t)));
        }
        done.push(data);
        // Free what no later step reads.
        for (s, last) in last_use.iter().enumerate().take(index + 1) {
            if *last == index {
                done[s] = StepData::default();
            }
        }
    }
    Ok(Ran { steps: done, entities, last_time, capture, picked: output_picked })
}

/// Row indices for `take`, null where there is no row; without a null buffer when every row
/// has one (the common case, which `take` copies fastest).
fn index_array(indices: &[Option<u32>]) -> UInt32Array {
    let values: Vec<u32> = indices.iter().map(|i| i.unwrap_or(0)).collect();
    let nulls = if indices.iter().all(Option::is_some) {
        None
    } else {
        Some(arrow_buffer::NullBuffer::new(arrow_buffer::BooleanBuffer::collect_bool(indices.len(), |i| {
            indices[i].is_some()
        })))
    };
    UInt32Array::new(values.into(), nulls)
}

/// The constant in an array of a literal; over no rows (an empty partition), any value serves.
fn const_i64(array: &ArrayRef) -> Option<i64> {
    if array.is_empty() {
        return Some(1);
    }
    let wide = arrow_cast::cast(array, &DataType::Int64).ok()?;
    let values = arrow_array::cast::AsArray::as_primitive::<arrow_array::types::Int64Type>(wide.as_ref());
    (0..values.len()).find(|i| values.is_valid(*i)).map(|i| values.value(i))
}

fn duration_nanos(array: &ArrayRef) -> Result<i64> {
    if matches!(array.data_type(), DataType::Interval(unit) if *unit != arrow_schema::IntervalUnit::DayTime) {
        return Err(Error::Unsupported("trailing windows of months".into()));
    }
    if array.is_empty() {
        return Ok(1);
    }
    let per_unit = match array.data_type() {
        DataType::Duration(arrow_schema::TimeUnit::Second) => 1_000_000_000,
        DataType::Duration(arrow_schema::TimeUnit::Millisecond) => 1_000_000,
        DataType::Duration(arrow_schema::TimeUnit::Microsecond) => 1_000,
        DataType::Duration(arrow_schema::TimeUnit::Nanosecond) => 1,
        DataType::Interval(arrow_schema::IntervalUnit::DayTime) => {
            // Days in UTC are all 86,400 seconds long.
            let days =
                arrow_array::cast::AsArray::as_primitive::<arrow_array::types::IntervalDayTimeType>(array.as_ref());
            let d = (0..days.len())
                .find(|i| days.is_valid(*i))
                .map(|i| days.value(i))
                .ok_or_else(|| Error::Invalid("a trailing window needs a duration".into()))?;
            return Ok(i64::from(d.days) * 86_400_000_000_000 + i64::from(d.milliseconds) * 1_000_000);
        }
        DataType::Interval(_) => return Err(Error::Unsupported("trailing windows of months".into())),
        other => return Err(Error::Invalid(format!("a trailing window needs a duration, not {other}"))),
    };
    let raw = arrow_cast::cast(array, &DataType::Int64)?;
    let values = arrow_array::cast::AsArray::as_primitive::<arrow_array::types::Int64Type>(raw.as_ref());
    let value = (0..values.len())
        .find(|i| values.is_valid(*i))
        .map(|i| values.value(i))
        .ok_or_else(|| Error::Invalid("a trailing window needs a duration".into()))?;
    Ok(value.saturating_mul(per_unit))
}

/// The child `name` of a struct array, null where the struct is null. On JSON text (a `json`
/// value), the field's value as text: strings unquoted, numbers and nested values as written.
pub fn field_of(array: &ArrayRef, name: &str) -> Result<ArrayRef> {
    if let Some(texts) = arrow_array::cast::AsArray::as_string_opt::<i32>(array.as_ref()) {
        let out: arrow_array::StringArray = texts
            .iter()
            .map(|text| match serde_json::from_str::<serde_json::Value>(text?).ok()?.get(name)? {
                serde_json::Value::Null => None,
                serde_json::Value::String(s) => Some(s.clone()),
                other => Some(other.to_string()),
            })
            .collect();
        return Ok(Arc::new(out));
    }
    let structs = arrow_array::cast::AsArray::as_struct_opt(array.as_ref())
        .ok_or_else(|| Error::Invalid(format!("field {name} of a non-record")))?;
    let child = structs.column_by_name(name).cloned().ok_or_else(|| Error::Invalid(format!("no field {name}")))?;
    match structs.nulls() {
        None => Ok(child),
        Some(nulls) => {
            let keep = BooleanArray::new(nulls.inner().clone(), None);
            Ok(arrow_select::nullif::nullif(child.as_ref(), &arrow_arith::boolean::not(&keep)?)?)
        }
    }
}

/// Casts an array to the Arrow type of a Fenl type.
pub fn cast_to(array: &ArrayRef, ty: &FenlType) -> Result<ArrayRef> {
    let target = arrow_type(ty);
    if array.data_type() == &target || target == DataType::Null {
        return Ok(array.clone());
    }
    // Intervals cast to numbers as their count of days or months (§2.5).
    let counted: Option<ArrayRef> = match array.data_type() {
        DataType::Interval(arrow_schema::IntervalUnit::DayTime) => Some(Arc::new(
            arrow_array::cast::AsArray::as_primitive::<arrow_array::types::IntervalDayTimeType>(array.as_ref())
                .iter()
                .map(|v| v.map(|v| i64::from(v.days)))
                .collect::<arrow_array::Int64Array>(),
        )),
        DataType::Interval(arrow_schema::IntervalUnit::YearMonth) => Some(Arc::new(
            arrow_array::cast::AsArray::as_primitive::<arrow_array::types::IntervalYearMonthType>(array.as_ref())
                .iter()
                .map(|v| v.map(i64::from))
                .collect::<arrow_array::Int64Array>(),
        )),
        _ => None,
    };
    match counted {
        Some(counted) if target.is_numeric() => Ok(arrow_cast::cast(&counted, &target)?),
        _ => Ok(arrow_cast::cast(array, &target)?),
    }
}

/// A literal repeated over `n` rows.
pub fn literal_array(value: &ConstValue, ty: &FenlType, n: usize) -> Result<ArrayRef> {
    let target = arrow_type(ty);
    let base: ArrayRef = match value {
        ConstValue::Null => return Ok(new_null_array(&target, n)),
        ConstValue::Bool(b) => Arc::new(BooleanArray::from(vec![*b; n])),
        ConstValue::Int(i) | ConstValue::Duration(i) => Arc::new(arrow_array::Int64Array::from(vec![*i; n])),
        ConstValue::UInt(u) => Arc::new(arrow_array::UInt64Array::from(vec![*u; n])),
        ConstValue::Float(f) => Arc::new(arrow_array::Float64Array::from(vec![*f; n])),
        ConstValue::String(s) => Arc::new(arrow_array::StringArray::from(vec![s.as_str(); n])),
        ConstValue::IntervalDays(d) => {
            Arc::new(arrow_array::IntervalDayTimeArray::from(vec![arrow_buffer::IntervalDayTime::new(*d, 0); n]))
        }
        ConstValue::IntervalMonths(m) => Arc::new(arrow_array::IntervalYearMonthArray::from(vec![*m; n])),
    };
    if base.data_type() == &target || target == DataType::Null {
        return Ok(base);
    }
    if let (ConstValue::Int(v) | ConstValue::Duration(v), DataType::Duration(unit)) = (value, &target) {
        return Ok(match unit {
            arrow_schema::TimeUnit::Second => Arc::new(arrow_array::DurationSecondArray::from(vec![*v; n])),
            arrow_schema::TimeUnit::Millisecond => Arc::new(arrow_array::DurationMillisecondArray::from(vec![*v; n])),
            arrow_schema::TimeUnit::Microsecond => Arc::new(arrow_array::DurationMicrosecondArray::from(vec![*v; n])),
            arrow_schema::TimeUnit::Nanosecond => Arc::new(arrow_array::DurationNanosecondArray::from(vec![*v; n])),
        });
    }
    Ok(arrow_cast::cast(&base, &target)?)
}
