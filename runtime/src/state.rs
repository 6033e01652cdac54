//! Checkpointed operator state: what a run must remember to continue with later events as if it
//! had read everything at once (shared/spec/tables.md §3).
//!
//! The state of a run is a table with a row per entity (keyed by `_key_hash`, with the entity's
//! key value) and a column per stateful slot of the plan, plus a few scalars:
//! - `v<step>.<expr>`: an as-of input's carried value (the value at the entity's latest row);
//! - `a<step>.<expr>.<field>`: an aggregation's accumulator (count, sums, extremes, the running
//!   mean and squared deviations, the first and last values); `.seg.<field>` lists of a
//!   `sliding` window's segments; `.trail.time`/`.trail.value` a `trailing` window's rows;
//!   `.held.*` and `.windows` the values `collect` holds;
//! - `t<step>`: whether a tick step has seen the entity;
//! - `h<step>.time`, `h<step>.<expr>`: the rows a shift holds for a later run (targets past the
//!   run's last event, or waiting for `shift_until`'s predicate) and their values;
//! - scalars `tick<step>`: the last input time a tick step has ticked through.
//!
//! Per-entity arrays are aligned with a partition's dense entity ids: a resumed partition
//! registers its entities first, in state order, so slot row `e` is entity `e`. Partitions are
//! split and joined by key hash, so the number of partitions may change between runs.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::UInt64Type;
use arrow_array::{new_null_array, Array, ArrayRef, RecordBatch, UInt32Array, UInt64Array};
use arrow_schema::{DataType, Field, Schema};
use fenl_compiler::plan::physical::{Plan, StepKind};

use crate::error::{Error, Result};
use crate::steps::Entities;

/// The state a run resumes from or leaves: per-entity slots and scalars.
#[derive(Debug, Clone, Default)]
pub struct State {
    /// `_key_hash`, `_key.<n>` (one column per key type), then the slots.
    pub table: Option<RecordBatch>,
    pub scalars: BTreeMap<String, i64>,
}

/// Where a continued run finds the state of the entities it reads.
pub trait StateSource: std::fmt::Debug + Send + Sync {
    /// The state of every entity.
    fn all(&self) -> Result<State>;
    /// The state of these entities (by key hash; entities without state are left out).
    fn keys(&self, hashes: &[u64]) -> Result<State>;
}

impl StateSource for State {
    fn all(&self) -> Result<State> {
        Ok(self.clone())
    }

    fn keys(&self, hashes: &[u64]) -> Result<State> {
        let Some(table) = &self.table else { return Ok(self.clone()) };
        let wanted: std::collections::HashSet<u64> = hashes.iter().copied().collect();
        let column = table
            .column_by_name("_key_hash")
            .and_then(|c| c.as_primitive_opt::<UInt64Type>())
            .ok_or_else(|| Error::Invalid("the state lacks _key_hash".into()))?;
        let rows: Vec<u32> = (0..column.len() as u32).filter(|&i| wanted.contains(&column.value(i as usize))).collect();
        let table = arrow_select::take::take_record_batch(table, &UInt32Array::from(rows))?;
        Ok(State { table: Some(table), scalars: self.scalars.clone() })
    }
}

/// Whether a run of the plan needs only the state of the entities its new events name: no
/// step moves values between entities, no tick needs every entity seen so far, and no
/// `shift_to` holds rows that time alone releases.
pub fn keyed(plan: &Plan) -> bool {
    plan.steps.iter().all(|s| {
        !matches!(
            s.kind,
            StepKind::WithKey { .. }
                | StepKind::LookupRequest { .. }
                | StepKind::LookupResponse
                | StepKind::Tick { .. }
                | StepKind::ShiftTo { .. }
        )
    })
}

/// Why a plan cannot keep its state between runs, if it cannot.
pub fn unsupported(plan: &Plan) -> Option<String> {
    for step in &plan.steps {
        match &step.kind {
            StepKind::Tick { function } if function == "finished" => {
                return Some("finished() ticks after the last event, which a live run never reaches".into())
            }
            _ => {}
        }
    }
    None
}

/// One partition's part of the state, with entity `e` at row `e`.
#[derive(Debug, Default)]
pub struct PartState {
    pub hashes: Vec<u64>,
    /// Key values by key type, each as long as `hashes`, null for entities of another type.
    pub keys: Vec<ArrayRef>,
    pub slots: HashMap<String, ArrayRef>,
    pub scalars: BTreeMap<String, i64>,
    /// Accumulators handed to the next chunk of the same run as they are, not as columns.
    pub(crate) native: HashMap<String, crate::aggregate::AccState>,
    /// The entities as the next chunk of the same run continues with them (then `hashes` and
    /// `keys` are left empty).
    pub(crate) entities: Option<Entities>,
}

impl PartState {
    /// Registers the entities in order and their key values.
    pub fn register(&self, entities: &mut Entities) {
        let base = entities.key_columns.len();
        entities.key_columns.extend(self.keys.iter().cloned());
        for (row, hash) in self.hashes.iter().enumerate() {
            let id = entities.id(*hash) as usize;
            let key = self.keys.iter().position(|k| k.is_valid(row)).map(|g| (base + g, row as u32));
            entities.key_values[id] = key;
        }
    }

    pub fn slot(&self, name: &str) -> Option<&ArrayRef> {
        self.slots.get(name)
    }

    pub fn len(&self) -> usize {
        self.entities.as_ref().map_or(self.hashes.len(), Entities::len)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Splits the state into `count` partitions by `key hash % count`, as the tables are split.
pub fn split(state: &State, count: usize) -> Result<Vec<PartState>> {
    let mut parts: Vec<PartState> = (0..count).map(|_| PartState::default()).collect();
    for part in &mut parts {
        part.scalars = state.scalars.clone();
    }
    let Some(table) = &state.table else { return Ok(parts) };
    let hashes = table
        .column_by_name("_key_hash")
        .and_then(|c| c.as_primitive_opt::<UInt64Type>())
        .ok_or_else(|| Error::Invalid("the state lacks _key_hash".into()))?;
    let mut rows: Vec<Vec<u32>> = vec![Vec::new(); count];
    for (row, hash) in hashes.values().iter().enumerate() {
        rows[crate::chunks::partition_of(*hash, count)].push(row as u32);
    }
    let schema = table.schema();
    for (part, rows) in parts.iter_mut().zip(rows) {
        let taken = arrow_select::take::take_record_batch(table, &UInt32Array::from(rows))?;
        for (field, column) in schema.fields().iter().zip(taken.columns()) {
            let name = field.name();
            if name == "_key_hash" {
                part.hashes = column.as_primitive::<UInt64Type>().values().to_vec();
            } else if name.starts_with("_key.") {
                part.keys.push(column.clone());
            } else {
                part.slots.insert(name.clone(), column.clone());
            }
        }
    }
    Ok(parts)
}

/// What a partition's run leaves, before its entities' key values are gathered.
#[derive(Debug, Default)]
pub struct Capture {
    /// Slot arrays, each with a row per entity known when it was taken (later entities null).
    pub slots: Vec<(String, ArrayRef)>,
    pub scalars: BTreeMap<String, i64>,
    pub(crate) native: HashMap<String, crate::aggregate::AccState>,
}

/// The partition's state at the end of its run. For the next chunk of the same run (`native`),
/// the entities themselves go with it, their keys gathered into one column.
pub fn part_state(capture: Capture, entities: Entities, native: bool) -> Result<PartState> {
    let n = entities.len();
    let mut slots = HashMap::new();
    for (name, array) in capture.slots {
        slots.insert(name, pad(&array, n)?);
    }
    let (hashes, keys, entities) = if native && entities.one_key_type() {
        (Vec::new(), Vec::new(), Some(entities.compacted()?))
    } else {
        // Key values grouped by type: each group gathers its entities' keys, null elsewhere.
        let keys = entities.keys_by_type()?;
        (entities.hashes, keys, None)
    };
    Ok(PartState { hashes, keys, slots, scalars: capture.scalars, native: capture.native, entities })
}

/// An array of per-entity values extended with nulls to `n` entities.
fn pad(array: &ArrayRef, n: usize) -> Result<ArrayRef> {
    if array.len() >= n {
        return Ok(array.slice(0, n));
    }
    let tail = new_null_array(array.data_type(), n - array.len());
    Ok(arrow_select::concat::concat(&[array.as_ref(), tail.as_ref()])?)
}

/// The partitions' states joined into one table, rows in key-hash order. Scalars are the same in
/// every partition but for the latest times, which are maximised.
pub fn join(parts: Vec<PartState>) -> Result<State> {
    let mut scalars: BTreeMap<String, i64> = BTreeMap::new();
    for part in &parts {
        for (k, v) in &part.scalars {
            let entry = scalars.entry(k.clone()).or_insert(*v);
            *entry = (*entry).max(*v);
        }
    }
    let total: usize = parts.iter().map(PartState::len).sum();
    if total == 0 {
        return Ok(State { table: None, scalars });
    }
    // Key groups by type across partitions, and every slot name with its type.
    let mut key_types: Vec<DataType> = Vec::new();
    let mut slot_types: BTreeMap<String, DataType> = BTreeMap::new();
    for part in &parts {
        for key in &part.keys {
            if !key_types.contains(key.data_type()) {
                key_types.push(key.data_type().clone());
            }
        }
        for (name, array) in &part.slots {
            slot_types.entry(name.clone()).or_insert_with(|| array.data_type().clone());
        }
    }
    let column = |pick: &dyn Fn(&PartState) -> Option<ArrayRef>, ty: &DataType| -> Result<ArrayRef> {
        let pieces: Vec<ArrayRef> =
            parts.iter().map(|p| pick(p).unwrap_or_else(|| new_null_array(ty, p.len()))).collect();
        let refs: Vec<&dyn Array> = pieces.iter().map(|a| a.as_ref()).collect();
        Ok(arrow_select::concat::concat(&refs)?)
    };
    let hashes: Vec<u64> = parts.iter().flat_map(|p| p.hashes.iter().copied()).collect();
    let mut fields = vec![Field::new("_key_hash", DataType::UInt64, false)];
    let mut columns: Vec<ArrayRef> = vec![Arc::new(UInt64Array::from(hashes.clone()))];
    for (g, ty) in key_types.iter().enumerate() {
        let pick = |p: &PartState| p.keys.iter().find(|k| k.data_type() == ty).cloned();
        columns.push(column(&pick, ty)?);
        fields.push(Field::new(format!("_key.{g}"), ty.clone(), true));
    }
    for (name, ty) in &slot_types {
        let pick = |p: &PartState| p.slots.get(name).filter(|a| a.data_type() == ty).cloned();
        columns.push(column(&pick, ty)?);
        fields.push(Field::new(name, ty.clone(), true));
    }
    let table = RecordBatch::try_new(Arc::new(Schema::new(fields)), columns)?;
    // Key-hash order makes the state independent of how the entities were partitioned.
    let mut order: Vec<u32> = (0..total as u32).collect();
    order.sort_unstable_by_key(|&i| hashes[i as usize]);
    let table = arrow_select::take::take_record_batch(&table, &UInt32Array::from(order))?;
    Ok(State { table: Some(table), scalars })
}

/// The states of several runs in order (a base, then the states later runs left for the
/// entities they read), read as one: each entity's row is the latest state's that has it.
#[derive(Debug, Default)]
pub struct Layers {
    tables: Vec<RecordBatch>,
    scalars: BTreeMap<String, i64>,
    /// The latest row of every entity: (table, row) by key hash.
    latest: HashMap<u64, (usize, usize)>,
}

impl Layers {
    pub fn new(states: Vec<State>) -> Result<Layers> {
        let mut layers = Layers::default();
        for state in states {
            layers.push(state)?;
        }
        Ok(layers)
    }

    /// Adds a later state on top.
    pub fn push(&mut self, state: State) -> Result<()> {
        self.scalars.extend(state.scalars);
        let Some(table) = state.table else { return Ok(()) };
        let hashes = table
            .column_by_name("_key_hash")
            .and_then(|c| c.as_primitive_opt::<UInt64Type>())
            .ok_or_else(|| Error::Invalid("the state lacks _key_hash".into()))?;
        let t = self.tables.len();
        for (row, hash) in hashes.values().iter().enumerate() {
            self.latest.insert(*hash, (t, row));
        }
        self.tables.push(table);
        Ok(())
    }

    /// Entities with state.
    pub fn entities(&self) -> usize {
        self.latest.len()
    }

    /// The number of layers.
    pub fn depth(&self) -> usize {
        self.tables.len()
    }

    /// Rows over all layers (a measure of how much merging them would save).
    pub fn rows(&self) -> usize {
        self.tables.iter().map(RecordBatch::num_rows).sum()
    }

    /// The rows at `positions` (table, row), with every column of any layer.
    fn gather(&self, positions: &[(usize, usize)]) -> Result<State> {
        if self.tables.is_empty() {
            return Ok(State { table: None, scalars: self.scalars.clone() });
        }
        // Every column of any layer, typed as in the latest layer that has it; `_key_hash` first.
        let mut names: Vec<(String, DataType)> = Vec::new();
        for table in self.tables.iter().rev() {
            for field in table.schema().fields() {
                if !names.iter().any(|(n, _)| n == field.name()) {
                    names.push((field.name().clone(), field.data_type().clone()));
                }
            }
        }
        names.sort_by(|a, b| (a.0 != "_key_hash", &a.0).cmp(&(b.0 != "_key_hash", &b.0)));
        let mut fields = Vec::new();
        let mut columns: Vec<ArrayRef> = Vec::new();
        for (name, ty) in names {
            let arrays: Vec<ArrayRef> = self
                .tables
                .iter()
                .map(|t| match t.column_by_name(&name) {
                    Some(c) if c.data_type() == &ty => Ok(c.clone()),
                    Some(c) => Ok(arrow_cast::cast(c, &ty)?),
                    None => Ok(new_null_array(&ty, t.num_rows())),
                })
                .collect::<Result<_>>()?;
            let refs: Vec<&dyn Array> = arrays.iter().map(|a| a.as_ref()).collect();
            columns.push(arrow_select::interleave::interleave(&refs, positions)?);
            fields.push(Field::new(&name, ty, name != "_key_hash"));
        }
        let table = RecordBatch::try_new(Arc::new(Schema::new(fields)), columns)?;
        Ok(State { table: Some(table), scalars: self.scalars.clone() })
    }
}

impl StateSource for Layers {
    fn all(&self) -> Result<State> {
        let mut order: Vec<(u64, (usize, usize))> = self.latest.iter().map(|(h, p)| (*h, *p)).collect();
        order.sort_unstable_by_key(|(hash, _)| *hash);
        self.gather(&order.into_iter().map(|(_, p)| p).collect::<Vec<_>>())
    }

    fn keys(&self, hashes: &[u64]) -> Result<State> {
        let positions: Vec<(usize, usize)> = hashes.iter().filter_map(|h| self.latest.get(h).copied()).collect();
        self.gather(&positions)
    }
}
