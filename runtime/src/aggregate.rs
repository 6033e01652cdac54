//! Aggregations with windows: update → emit → reset per row (language reference §4.5), with
//! per-entity accumulators indexed by dense entity id.

use std::collections::VecDeque;
use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::{Float64Type, Int64Type};
use arrow_array::{Array, ArrayRef, ArrowPrimitiveType, Float64Array, Int64Array, PrimitiveArray, UInt32Array};
use arrow_schema::DataType;
use fenl_compiler::types::FenlType;

use crate::error::{Error, Result};
use crate::eval::{arrow_type, Value, Window};
use crate::steps::Rows;

/// The running state of one aggregation for one entity (or one window segment).
#[derive(Debug, Clone, Copy)]
struct Acc {
    count: u64,
    sum_i: i64,
    sum_f: f64,
    min: f64,
    max: f64,
    min_i: i64,
    max_i: i64,
    mean: f64,
    m2: f64,
    first: Option<u32>,
    last: Option<u32>,
}

impl Default for Acc {
    fn default() -> Self {
        Acc {
            count: 0,
            sum_i: 0,
            sum_f: 0.0,
            min: f64::INFINITY,
            max: f64::NEG_INFINITY,
            min_i: i64::MAX,
            max_i: i64::MIN,
            mean: 0.0,
            m2: 0.0,
            first: None,
            last: None,
        }
    }
}

impl Acc {
    fn add(&mut self, i: i64, f: f64, row: u32) {
        self.count += 1;
        self.sum_i = self.sum_i.saturating_add(i);
        self.sum_f += f;
        self.min = self.min.min(f);
        self.max = self.max.max(f);
        self.min_i = self.min_i.min(i);
        self.max_i = self.max_i.max(i);
        let delta = f - self.mean;
        self.mean += delta / self.count as f64;
        self.m2 += delta * (f - self.mean);
        self.first.get_or_insert(row);
        self.last = Some(row);
    }

    /// Combines an older segment `self` with a newer one.
    fn combine(&self, newer: &Acc) -> Acc {
        if self.count == 0 {
            return *newer;
        }
        if newer.count == 0 {
            return *self;
        }
        let count = self.count + newer.count;
        let delta = newer.mean - self.mean;
        Acc {
            count,
            sum_i: self.sum_i.saturating_add(newer.sum_i),
            sum_f: self.sum_f + newer.sum_f,
            min: self.min.min(newer.min),
            max: self.max.max(newer.max),
            min_i: self.min_i.min(newer.min_i),
            max_i: self.max_i.max(newer.max_i),
            mean: self.mean + delta * newer.count as f64 / count as f64,
            m2: self.m2 + newer.m2 + delta * delta * (self.count as f64) * (newer.count as f64) / count as f64,
            first: self.first.or(newer.first),
            last: newer.last.or(self.last),
        }
    }
}

/// An aggregation's state per entity, as a run leaves it for the next (see [`crate::state`]):
/// one accumulator (no window, `since`), the accumulators of a `sliding` window's segments, or
/// the rows of a `trailing` window. Indices of values (first, last, trailing rows) point into
/// `values`, which a continued run appends to its input (index `n + i`).
#[derive(Debug, Default)]
pub struct AccState {
    accs: Vec<Acc>,
    /// The running kernels' own state, kept as they use it between chunks of a run (and made
    /// accumulators only when the state is written out).
    running: Option<Running>,
    segments: Vec<VecDeque<Acc>>,
    trail: Vec<VecDeque<(i64, u32)>>,
    values: Option<ArrayRef>,
}

/// A running kernel's state per entity: counts, or (count, value) of one accumulator field.
#[derive(Debug, Clone)]
enum Running {
    Count(Vec<u32>),
    Int(&'static str, Vec<(u64, i64)>),
    Float(&'static str, Vec<(u64, f64)>),
}

impl Running {
    /// The state as accumulators (the fields it does not keep at their defaults).
    fn accs(&self) -> Vec<Acc> {
        let d = Acc::default();
        match self {
            Running::Count(counts) => counts.iter().map(|c| Acc { count: u64::from(*c), ..d }).collect(),
            Running::Int(field, state) => state
                .iter()
                .map(|&(count, v)| match *field {
                    "sum_i" => Acc { count, sum_i: v, ..d },
                    "min_i" => Acc { count, min_i: if count > 0 { v } else { d.min_i }, ..d },
                    _ => Acc { count, max_i: if count > 0 { v } else { d.max_i }, ..d },
                })
                .collect(),
            Running::Float(field, state) => state
                .iter()
                .map(|&(count, v)| match *field {
                    "sum_f" => Acc { count, sum_f: v, ..d },
                    "min" => Acc { count, min: if count > 0 { v } else { d.min }, ..d },
                    _ => Acc { count, max: if count > 0 { v } else { d.max }, ..d },
                })
                .collect(),
        }
    }
}

/// The numeric fields of accumulators as columns.
fn acc_columns(accs: &[&Acc]) -> Vec<(&'static str, ArrayRef)> {
    let ints = |f: fn(&Acc) -> i64| -> ArrayRef { Arc::new(Int64Array::from_iter_values(accs.iter().map(|a| f(a)))) };
    let floats =
        |f: fn(&Acc) -> f64| -> ArrayRef { Arc::new(Float64Array::from_iter_values(accs.iter().map(|a| f(a)))) };
    vec![
        ("count", Arc::new(arrow_array::UInt64Array::from_iter_values(accs.iter().map(|a| a.count)))),
        ("sum_i", ints(|a| a.sum_i)),
        ("sum_f", floats(|a| a.sum_f)),
        ("min", floats(|a| a.min)),
        ("max", floats(|a| a.max)),
        ("min_i", ints(|a| a.min_i)),
        ("max_i", ints(|a| a.max_i)),
        ("mean", floats(|a| a.mean)),
        ("m2", floats(|a| a.m2)),
    ]
}

/// Accumulators read back from columns (row `i` of each); `first`/`last` are left unset.
fn read_accs(column: &dyn Fn(&str) -> Option<ArrayRef>, rows: usize) -> Vec<Acc> {
    let int = |f: &str| column(f).and_then(|c| c.as_primitive_opt::<Int64Type>().cloned());
    let float = |f: &str| column(f).and_then(|c| c.as_primitive_opt::<Float64Type>().cloned());
    let count = column("count").and_then(|c| c.as_primitive_opt::<arrow_array::types::UInt64Type>().cloned());
    let (sum_i, min_i, max_i) = (int("sum_i"), int("min_i"), int("max_i"));
    let (sum_f, min, max, mean, m2) = (float("sum_f"), float("min"), float("max"), float("mean"), float("m2"));
    let i = |a: &Option<Int64Array>, e: usize, d: i64| a.as_ref().filter(|a| a.is_valid(e)).map_or(d, |a| a.value(e));
    let f = |a: &Option<Float64Array>, e: usize, d: f64| a.as_ref().filter(|a| a.is_valid(e)).map_or(d, |a| a.value(e));
    (0..rows)
        .map(|e| {
            let d = Acc::default();
            match &count {
                Some(count) if count.is_valid(e) => Acc {
                    count: count.value(e),
                    sum_i: i(&sum_i, e, d.sum_i),
                    sum_f: f(&sum_f, e, d.sum_f),
                    min: f(&min, e, d.min),
                    max: f(&max, e, d.max),
                    min_i: i(&min_i, e, d.min_i),
                    max_i: i(&max_i, e, d.max_i),
                    mean: f(&mean, e, d.mean),
                    m2: f(&m2, e, d.m2),
                    first: None,
                    last: None,
                },
                _ => d,
            }
        })
        .collect()
}

/// A list column: `values` cut into consecutive lists of the given lengths.
fn list_of(values: ArrayRef, lengths: &[usize]) -> Result<ArrayRef> {
    let offsets = arrow_buffer::OffsetBuffer::<i32>::from_lengths(lengths.iter().copied());
    let field = Arc::new(arrow_schema::Field::new("item", values.data_type().clone(), true));
    Ok(Arc::new(arrow_array::ListArray::try_new(field, offsets, values, None)?))
}

/// The flat values and per-row offsets of a list column.
fn list_parts(array: &ArrayRef) -> Option<(ArrayRef, Vec<usize>)> {
    let list = array.as_list_opt::<i32>()?;
    let offsets = list.value_offsets().iter().map(|o| *o as usize).collect();
    Some((list.values().clone(), offsets))
}

/// Appends `more` to `values` and returns the position of its first value.
fn append(values: &mut Vec<ArrayRef>, at: &mut usize, more: ArrayRef) -> usize {
    let start = *at;
    *at += more.len();
    values.push(more);
    start
}

impl AccState {
    /// Whether the state is accumulators alone (of the running kernels), with no values.
    pub fn is_native(&self) -> bool {
        self.values.is_none() && self.segments.is_empty() && self.trail.is_empty()
    }

    /// The state a previous run left in slot `slot` (none: a fresh state).
    pub fn from_slots(state: &crate::state::PartState, slot: &str) -> AccState {
        let column = |field: &str| state.slot(&format!("{slot}.{field}")).cloned();
        let mut values: Vec<ArrayRef> = Vec::new();
        let mut at = 0usize;
        let mut out = AccState::default();
        // One accumulator per entity, with its first and last values.
        if let Some(count) = column("count") {
            out.accs = read_accs(&column, count.len());
            for (name, is_first) in [("first", true), ("last", false)] {
                let Some(array) = column(name) else { continue };
                let base = append(&mut values, &mut at, array.clone());
                for (e, acc) in out.accs.iter_mut().enumerate() {
                    if array.is_valid(e) {
                        let index = Some((base + e) as u32);
                        if is_first {
                            acc.first = index;
                        } else {
                            acc.last = index;
                        }
                    }
                }
            }
        }
        // Sliding segments: list columns of accumulator fields, first and last values.
        if let Some((count, offsets)) = column("seg.count").as_ref().and_then(list_parts) {
            let field = |f: &str| column(&format!("seg.{f}")).as_ref().and_then(list_parts).map(|(v, _)| v);
            let flat = read_accs(&field, count.len());
            let firsts = field("first").map(|v| (append(&mut values, &mut at, v.clone()), v));
            let lasts = field("last").map(|v| (append(&mut values, &mut at, v.clone()), v));
            out.segments = offsets
                .windows(2)
                .map(|w| {
                    (w[0]..w[1])
                        .map(|i| {
                            let index = |p: &Option<(usize, ArrayRef)>| {
                                p.as_ref().filter(|(_, v)| v.is_valid(i)).map(|(base, _)| (base + i) as u32)
                            };
                            Acc { first: index(&firsts), last: index(&lasts), ..flat[i] }
                        })
                        .collect()
                })
                .collect();
        }
        // Trailing rows: times and values.
        if let (Some((times, offsets)), Some((rows, _))) =
            (column("trail.time").as_ref().and_then(list_parts), column("trail.value").as_ref().and_then(list_parts))
        {
            let base = append(&mut values, &mut at, rows);
            let times = times.as_primitive::<Int64Type>().clone();
            out.trail = offsets
                .windows(2)
                .map(|w| (w[0]..w[1]).map(|i| (times.value(i), (base + i) as u32)).collect())
                .collect();
        }
        if !values.is_empty() {
            let refs: Vec<&dyn Array> = values.iter().map(|v| v.as_ref()).collect();
            out.values = arrow_select::concat::concat(&refs).ok();
        }
        out
    }

    /// The state as slot columns named `slot.field` (its values taken at its indices).
    pub fn into_slots(mut self, slot: &str) -> Result<Vec<(String, ArrayRef)>> {
        if let Some(running) = self.running.take() {
            self.accs = running.accs();
        }
        let mut out: Vec<(String, ArrayRef)> = Vec::new();
        if !self.accs.is_empty() {
            let accs: Vec<&Acc> = self.accs.iter().collect();
            out.extend(acc_columns(&accs).into_iter().map(|(f, a)| (format!("{slot}.{f}"), a)));
        }
        // The running kernels keep no values: their accumulators are all there is.
        let Some(values) = self.values.clone() else { return Ok(out) };
        let take =
            |indices: Vec<Option<u32>>| arrow_select::take::take(values.as_ref(), &UInt32Array::from(indices), None);
        if !self.accs.is_empty() {
            out.push((format!("{slot}.first"), take(self.accs.iter().map(|a| a.first).collect())?));
            out.push((format!("{slot}.last"), take(self.accs.iter().map(|a| a.last).collect())?));
        }
        if !self.segments.is_empty() {
            let lengths: Vec<usize> = self.segments.iter().map(VecDeque::len).collect();
            let accs: Vec<&Acc> = self.segments.iter().flatten().collect();
            for (f, array) in acc_columns(&accs) {
                out.push((format!("{slot}.seg.{f}"), list_of(array, &lengths)?));
            }
            let firsts = take(accs.iter().map(|a| a.first).collect())?;
            let lasts = take(accs.iter().map(|a| a.last).collect())?;
            out.push((format!("{slot}.seg.first"), list_of(firsts, &lengths)?));
            out.push((format!("{slot}.seg.last"), list_of(lasts, &lengths)?));
        }
        if !self.trail.is_empty() {
            let lengths: Vec<usize> = self.trail.iter().map(VecDeque::len).collect();
            let times: ArrayRef = Arc::new(Int64Array::from_iter_values(self.trail.iter().flatten().map(|(t, _)| *t)));
            let rows = take(self.trail.iter().flatten().map(|(_, r)| Some(*r)).collect())?;
            out.push((format!("{slot}.trail.time"), list_of(times, &lengths)?));
            out.push((format!("{slot}.trail.value"), list_of(rows, &lengths)?));
        }
        Ok(out)
    }
}

/// What an aggregation emits from its state.
enum Emit {
    Int(Vec<Option<i64>>),
    Float(Vec<Option<f64>>),
    Count(Vec<u32>),
    Index(Vec<Option<u32>>),
}

fn is_true(array: &ArrayRef, i: usize) -> bool {
    array.as_boolean_opt().is_some_and(|b| b.is_valid(i) && b.value(i))
}

/// The numeric views of an aggregation's input it reads (each is a copy of the column), and
/// whether the input is an integer: integer sums and extremes read integers; means, variances
/// and float sums and extremes read floats; counts, first and last read neither. Timestamps and
/// durations read as their integer values.
fn numeric_views(name: &str, array: &ArrayRef) -> (Option<Int64Array>, Option<Float64Array>, bool) {
    let numeric = matches!(
        array.data_type(),
        DataType::Int8
            | DataType::Int16
            | DataType::Int32
            | DataType::Int64
            | DataType::UInt8
            | DataType::UInt16
            | DataType::UInt32
            | DataType::UInt64
            | DataType::Float32
            | DataType::Float64
            | DataType::Timestamp(_, _)
            | DataType::Duration(_)
    );
    let integer = !matches!(array.data_type(), DataType::Float32 | DataType::Float64);
    let wants_ints = numeric && integer && matches!(name, "sum" | "min" | "max");
    let wants_floats = numeric
        && (matches!(name, "mean" | "variance" | "stddev") || (!integer && matches!(name, "sum" | "min" | "max")));
    let ints = if wants_ints {
        arrow_cast::cast(array, &DataType::Int64).ok().map(|a| a.as_primitive::<Int64Type>().clone())
    } else {
        None
    };
    let floats = if !wants_floats {
        None
    } else if integer {
        let wide = arrow_cast::cast(array, &DataType::Int64).unwrap_or_else(|_| array.clone());
        arrow_cast::cast(&wide, &DataType::Float64).ok().map(|a| a.as_primitive::<Float64Type>().clone())
    } else if array.data_type() == &DataType::Float64 {
        Some(array.as_primitive::<Float64Type>().clone())
    } else {
        arrow_cast::cast(array, &DataType::Float64).ok().map(|a| a.as_primitive::<Float64Type>().clone())
    };
    (ints, floats, integer)
}

/// An aggregation's values as the type the plan gives it.
fn cast_result(array: ArrayRef, ty: &FenlType) -> Result<ArrayRef> {
    let target = arrow_type(ty);
    if array.data_type() == &target || target == DataType::Null {
        return Ok(array);
    }
    // Integers become timestamps and durations as they are: already in the target's unit.
    Ok(arrow_cast::cast(&array, &target)?)
}

/// One aggregation over a step's rows: its name, input, window and result type, the
/// accumulators a previous run left (`prior`), whether to keep those it leaves, and the rows
/// whose values are wanted (`emit`: each its entity's last row of the run; every row when `None`).
#[derive(Clone, Copy)]
pub struct Aggregation<'a> {
    pub name: &'a str,
    pub input: &'a Value,
    pub window: Option<&'a Window>,
    pub rows: &'a Rows,
    pub entities: usize,
    pub ty: &'a FenlType,
    pub prior: Option<&'a AccState>,
    pub keep: bool,
    pub emit: Option<&'a [u32]>,
}

/// Runs an aggregation and returns its values (at the `emit` rows when given) and, when
/// `keep`, the accumulators it leaves.
pub fn aggregate(aggregation: Aggregation<'_>) -> Result<(ArrayRef, Option<AccState>)> {
    let (array, state, emitted) = aggregate_rows(aggregation)?;
    match aggregation.emit {
        Some(at) if !emitted => {
            Ok((arrow_select::take::take(array.as_ref(), &UInt32Array::from(at.to_vec()), None)?, state))
        }
        _ => Ok((array, state)),
    }
}

/// [`aggregate`]'s values at every row, or at the `emit` rows alone when the kernel can fold
/// without emitting (then the third value is true).
fn aggregate_rows(aggregation: Aggregation<'_>) -> Result<(ArrayRef, Option<AccState>, bool)> {
    let Aggregation { name, input, window, rows, entities, ty, prior, keep, emit } = aggregation;
    let n = rows.len();
    let own = &input.array;
    let count_if = name == "count_if";
    // Aggregations without a window or over `since` read no values of earlier runs.
    if !matches!(name, "first" | "last") && matches!(window, None | Some(Window::Since(_))) {
        let (ints, floats, integer) = numeric_views(name, own);
        if let Some((array, running)) = running_kernel(
            name,
            input,
            window,
            rows,
            entities,
            ints.as_ref(),
            floats.as_ref(),
            integer,
            count_if,
            prior,
            emit.filter(|_| window.is_none()),
        )? {
            let state = keep.then(|| AccState { running: Some(running), ..AccState::default() });
            return Ok((cast_result(array, ty)?, state, emit.is_some() && window.is_none()));
        }
    }
    // The input followed by the values the prior state's indices point into (at `n + i`).
    let extended = crate::eval::with_prior(own, prior.and_then(|p| p.values.as_ref()))?;
    let array = &extended;
    let (ints, floats, integer) = numeric_views(name, array);
    let sliding = matches!(window, Some(Window::Sliding(..)));
    let is_trailing = matches!(window, Some(Window::Trailing(_)));
    let mut state: Vec<VecDeque<Acc>> =
        if sliding { vec![VecDeque::from([Acc::default()]); entities] } else { Vec::new() };
    let mut single: Vec<Acc> = if sliding || is_trailing { Vec::new() } else { vec![Acc::default(); entities] };
    let mut trailing: Vec<VecDeque<(i64, u32)>> =
        if is_trailing { vec![VecDeque::new(); entities] } else { Vec::new() };
    // The prior state, its value indices moved past this run's rows.
    if let Some(prior) = prior {
        let shift = |i: Option<u32>| i.map(|i| i + n as u32);
        let moved = |a: &Acc| Acc { first: shift(a.first), last: shift(a.last), ..*a };
        let converted = prior.running.as_ref().map(Running::accs);
        for (e, acc) in converted.as_ref().unwrap_or(&prior.accs).iter().enumerate().take(single.len()) {
            single[e] = moved(acc);
        }
        for (e, segments) in prior.segments.iter().enumerate().take(state.len()) {
            if !segments.is_empty() {
                state[e] = segments.iter().map(moved).collect();
            }
        }
        for (e, rows) in prior.trail.iter().enumerate().take(trailing.len()) {
            trailing[e] = rows.iter().map(|(t, r)| (*t, r + n as u32)).collect();
        }
    }
    let mut out_int = Vec::new();
    let mut out_float = Vec::new();
    let mut out_count = Vec::new();
    let mut out_index = Vec::new();
    for r in 0..n {
        let e = rows.entity[r] as usize;
        let present = input.new[r] && array.is_valid(r) && (!count_if || is_true(array, r));
        let (iv, fv) = (ints.as_ref().map_or(0, |a| a.value(r)), floats.as_ref().map_or(0.0, |a| a.value(r)));
        let acc = match window {
            Some(Window::Trailing(d)) => {
                let queue = &mut trailing[e];
                if present {
                    queue.push_back((rows.time[r], r as u32));
                }
                while queue.front().is_some_and(|(t, _)| *t <= rows.time[r] - d) {
                    queue.pop_front();
                }
                let mut acc = Acc::default();
                for (_, row) in queue.iter() {
                    let row = *row as usize;
                    acc.add(
                        ints.as_ref().map_or(0, |a| a.value(row)),
                        floats.as_ref().map_or(0.0, |a| a.value(row)),
                        row as u32,
                    );
                }
                acc
            }
            Some(Window::Sliding(..)) => {
                let segments = &mut state[e];
                if present {
                    if let Some(current) = segments.back_mut() {
                        current.add(iv, fv, r as u32);
                    }
                }
                segments.iter().fold(Acc::default(), |a, s| a.combine(s))
            }
            // No window or `since`: one accumulator per entity.
            _ => {
                let current = &mut single[e];
                if present {
                    current.add(iv, fv, r as u32);
                }
                *current
            }
        };
        match name {
            "count" | "count_if" => out_count.push(acc.count as u32),
            "sum" if integer => out_int.push((acc.count > 0).then_some(acc.sum_i)),
            "sum" => out_float.push((acc.count > 0).then_some(acc.sum_f)),
            "min" if integer => out_int.push((acc.count > 0).then_some(acc.min_i)),
            "max" if integer => out_int.push((acc.count > 0).then_some(acc.max_i)),
            "min" => out_float.push((acc.count > 0).then_some(acc.min)),
            "max" => out_float.push((acc.count > 0).then_some(acc.max)),
            // The mean is the sum over the count in every window, as the running kernels have it.
            "mean" => out_float.push((acc.count > 0).then(|| acc.sum_f / acc.count as f64)),
            "variance" => out_float.push((acc.count > 1).then(|| acc.m2 / acc.count as f64)),
            "stddev" => out_float.push((acc.count > 1).then(|| (acc.m2 / acc.count as f64).sqrt())),
            "first" => out_index.push(acc.first),
            "last" => out_index.push(acc.last),
            other => return Err(Error::Unsupported(format!("aggregation {other}"))),
        }
        // Reset after emitting: the triggering row still sees the old window.
        match window {
            Some(Window::Since(condition)) if is_true(condition, r) => single[e] = Acc::default(),
            Some(Window::Sliding(k, condition)) if is_true(condition, r) => {
                let segments = &mut state[e];
                segments.push_back(Acc::default());
                while segments.len() > *k {
                    segments.pop_front();
                }
            }
            _ => {}
        }
    }
    let emitted = if !out_count.is_empty() || matches!(name, "count" | "count_if") {
        Emit::Count(out_count)
    } else if !out_index.is_empty() || matches!(name, "first" | "last") {
        Emit::Index(out_index)
    } else if !out_int.is_empty() || (integer && matches!(name, "sum" | "min" | "max")) {
        Emit::Int(out_int)
    } else {
        Emit::Float(out_float)
    };
    let state = if keep {
        Some(AccState { accs: single, running: None, segments: state, trail: trailing, values: Some(array.clone()) })
    } else {
        None
    };
    let array: ArrayRef = match emitted {
        Emit::Count(v) => Arc::new(UInt32Array::from(v)),
        Emit::Index(v) => {
            return Ok((arrow_select::take::take(array.as_ref(), &UInt32Array::from(v), None)?, state, false))
        }
        Emit::Int(v) => Arc::new(Int64Array::from(v)),
        Emit::Float(v) => Arc::new(Float64Array::from(v)),
    };
    Ok((cast_result(array, ty)?, state, false))
}

/// Each entity's running fold of its valid values, emitted at every row (null before the
/// first), from and to per-entity (count, value) states; `reset(r)` empties the state after
/// row `r` is emitted.
fn running<T, V, R, C>(
    values: &[T::Native],
    rows: &Rows,
    valid: V,
    reset: R,
    state: &mut [(u64, T::Native)],
    combine: C,
    emit: Option<&[u32]>,
) -> PrimitiveArray<T>
where
    T: ArrowPrimitiveType,
    V: Fn(usize) -> bool,
    R: Fn(usize) -> bool,
    C: Fn(T::Native, T::Native) -> T::Native,
{
    let n = rows.len();
    if let Some(emit) = emit {
        // Only the folded values at the `emit` rows, each its entity's last: no resets.
        for (r, (value, entity)) in values.iter().zip(&rows.entity).enumerate() {
            if valid(r) {
                let s = &mut state[*entity as usize];
                s.1 = if s.0 == 0 { *value } else { combine(s.1, *value) };
                s.0 += 1;
            }
        }
        return emit
            .iter()
            .map(|&r| {
                let s = state[rows.entity[r as usize] as usize];
                (s.0 > 0).then_some(s.1)
            })
            .collect();
    }
    let mut out = Vec::with_capacity(n);
    let mut nulls = Validity::with_capacity(n);
    for (r, (value, entity)) in values.iter().zip(&rows.entity).enumerate() {
        let s = &mut state[*entity as usize];
        if valid(r) {
            s.1 = if s.0 == 0 { *value } else { combine(s.1, *value) };
            s.0 += 1;
        }
        out.push(s.1);
        nulls.append(s.0 > 0);
        if reset(r) {
            *s = (0, T::Native::default());
        }
    }
    PrimitiveArray::new(out.into(), nulls.finish())
}

/// Validity bits appended a row at a time, packed 64 to a word as they come.
struct Validity {
    words: Vec<u64>,
    word: u64,
    len: usize,
}

impl Validity {
    fn with_capacity(n: usize) -> Validity {
        Validity { words: Vec::with_capacity(n.div_ceil(64)), word: 0, len: 0 }
    }

    #[inline]
    fn append(&mut self, valid: bool) {
        self.word |= u64::from(valid) << (self.len & 63);
        self.len += 1;
        if self.len & 63 == 0 {
            self.words.push(std::mem::take(&mut self.word));
        }
    }

    /// The null buffer, `None` when every row is valid.
    fn finish(mut self) -> Option<arrow_buffer::NullBuffer> {
        if self.len & 63 != 0 {
            self.words.push(self.word);
        }
        let bits = arrow_buffer::BooleanBuffer::new(arrow_buffer::Buffer::from_vec(self.words), 0, self.len);
        Some(arrow_buffer::NullBuffer::new(bits)).filter(|n| n.null_count() > 0)
    }
}

/// Each entity's running mean (sum over count) of its valid values, as [`running`].
fn running_mean<V, R>(
    values: &[f64],
    rows: &Rows,
    valid: V,
    reset: R,
    state: &mut [(u64, f64)],
    emit: Option<&[u32]>,
) -> Float64Array
where
    V: Fn(usize) -> bool,
    R: Fn(usize) -> bool,
{
    if let Some(emit) = emit {
        let sums: Float64Array = running(values, rows, valid, reset, state, |a, b| a + b, Some(emit));
        return sums
            .iter()
            .zip(emit)
            .map(|(sum, &r)| sum.map(|sum| sum / state[rows.entity[r as usize] as usize].0 as f64))
            .collect();
    }
    let n = rows.len();
    let mut out = Vec::with_capacity(n);
    let mut nulls = Validity::with_capacity(n);
    for (r, (value, entity)) in values.iter().zip(&rows.entity).enumerate() {
        let s = &mut state[*entity as usize];
        if valid(r) {
            s.1 += *value;
            s.0 += 1;
        }
        out.push(if s.0 > 0 { s.1 / s.0 as f64 } else { 0.0 });
        nulls.append(s.0 > 0);
        if reset(r) {
            *s = (0, 0.0);
        }
    }
    PrimitiveArray::new(out.into(), nulls.finish())
}

/// A running kernel's prior (count, value) state of one accumulator field, for `entities`:
/// its own vector when a chunk of the same run left it (new entities appended), else read from
/// the accumulators a state left.
fn prior_field<N: Copy + Default>(
    own: Option<&[(u64, N)]>,
    accs: &[Acc],
    entities: usize,
    pick: fn(&Acc) -> N,
) -> Vec<(u64, N)> {
    match own {
        Some(own) => {
            let mut state = own.to_vec();
            state.resize(entities.max(state.len()), (0, N::default()));
            state
        }
        None => (0..entities)
            .map(|e| {
                let a = accs.get(e).copied().unwrap_or_default();
                (a.count, if a.count > 0 { pick(&a) } else { N::default() })
            })
            .collect(),
    }
}

/// The common cases, aggregations without a window or over `since`, as tight per-kind loops
/// over the values, continuing from the accumulators a previous run left (`prior`, read for
/// the fields the kind uses) and returning those it leaves.
#[allow(clippy::too_many_arguments)]
fn running_kernel(
    name: &str,
    input: &Value,
    window: Option<&Window>,
    rows: &Rows,
    entities: usize,
    ints: Option<&Int64Array>,
    floats: Option<&Float64Array>,
    integer: bool,
    count_if: bool,
    prior: Option<&AccState>,
    emit: Option<&[u32]>,
) -> Result<Option<(ArrayRef, Running)>> {
    let n = rows.len();
    let array = &input.array;
    let condition = match window {
        None => None,
        Some(Window::Since(condition)) => Some(condition.as_boolean_opt()),
        Some(_) => return Ok(None),
    };
    let nulls = array.logical_nulls();
    let truths = if count_if { array.as_boolean_opt() } else { None };
    let valid = |r: usize| {
        input.new[r]
            && nulls.as_ref().is_none_or(|b| b.is_valid(r))
            && truths.is_none_or(|b| b.value(r))
            && (!count_if || truths.is_some())
    };
    let reset = |r: usize| matches!(condition, Some(Some(c)) if c.is_valid(r) && c.value(r));
    let prior_accs = prior.map_or(&[][..], |p| &p.accs[..]);
    let prior_running = prior.and_then(|p| p.running.as_ref()).filter(|_| prior_accs.is_empty());
    let acc = |e: usize| prior_accs.get(e).copied().unwrap_or_default();
    let field = |name: &str, pick: fn(&Acc) -> f64| {
        let own = match prior_running {
            Some(Running::Float(f, state)) if *f == name => Some(&state[..]),
            _ => None,
        };
        prior_field(own, prior_accs, entities, pick)
    };
    let int_field = |name: &str, pick: fn(&Acc) -> i64| {
        let own = match prior_running {
            Some(Running::Int(f, state)) if *f == name => Some(&state[..]),
            _ => None,
        };
        prior_field(own, prior_accs, entities, pick)
    };
    let (out, running): (ArrayRef, Running) = match (name, integer, ints, floats) {
        ("count" | "count_if", _, _, _) => {
            let mut counts: Vec<u32> = match prior_running {
                Some(Running::Count(counts)) => {
                    let mut counts = counts.clone();
                    counts.resize(entities.max(counts.len()), 0);
                    counts
                }
                _ => (0..entities).map(|e| acc(e).count as u32).collect(),
            };
            let out = match emit {
                // Only the counts at the `emit` rows, each its entity's last: no resets.
                Some(emit) => {
                    for r in 0..n {
                        counts[rows.entity[r] as usize] += u32::from(valid(r));
                    }
                    emit.iter().map(|&r| counts[rows.entity[r as usize] as usize]).collect()
                }
                None => {
                    let mut out = Vec::with_capacity(n);
                    for r in 0..n {
                        let e = rows.entity[r] as usize;
                        if valid(r) {
                            counts[e] += 1;
                        }
                        out.push(counts[e]);
                        if reset(r) {
                            counts[e] = 0;
                        }
                    }
                    out
                }
            };
            (Arc::new(UInt32Array::from(out)), Running::Count(counts))
        }
        ("sum" | "min" | "max", true, Some(values), _) => {
            let field = match name {
                "sum" => "sum_i",
                "min" => "min_i",
                _ => "max_i",
            };
            let mut state = match name {
                "sum" => int_field(field, |a| a.sum_i),
                "min" => int_field(field, |a| a.min_i),
                _ => int_field(field, |a| a.max_i),
            };
            let out: Int64Array = match name {
                "sum" => running(values.values(), rows, valid, reset, &mut state, i64::saturating_add, emit),
                "min" => running(values.values(), rows, valid, reset, &mut state, std::cmp::min, emit),
                _ => running(values.values(), rows, valid, reset, &mut state, std::cmp::max, emit),
            };
            (Arc::new(out), Running::Int(field, state))
        }
        ("sum" | "min" | "max" | "mean", false, _, Some(values)) | ("mean", true, _, Some(values)) => {
            let kept = match name {
                "sum" | "mean" => "sum_f",
                "min" => "min",
                _ => "max",
            };
            let mut state = match name {
                "sum" | "mean" => field(kept, |a| a.sum_f),
                "min" => field(kept, |a| a.min),
                _ => field(kept, |a| a.max),
            };
            let values = values.values();
            let out: Float64Array = match name {
                "sum" => running(values, rows, valid, reset, &mut state, |a, b| a + b, emit),
                "mean" => running_mean(values, rows, valid, reset, &mut state, emit),
                "min" => running(values, rows, valid, reset, &mut state, f64::min, emit),
                _ => running(values, rows, valid, reset, &mut state, f64::max, emit),
            };
            (Arc::new(out), Running::Float(kept, state))
        }
        _ => return Ok(None),
    };
    Ok(Some((out, running)))
}

/// The values `collect` holds per entity, as a run leaves them for the next: each held value
/// with the number of the window it arrived in and its time, and each entity's window count.
/// Indices point into `values`, which a continued run appends to its input.
#[derive(Debug, Default)]
pub struct CollectState {
    held: Vec<VecDeque<(u64, i64, u32)>>,
    windows: Vec<u64>,
    values: Option<ArrayRef>,
}

impl CollectState {
    /// The state a previous run left in slot `slot` (none: a fresh state).
    pub fn from_slots(state: &crate::state::PartState, slot: &str) -> CollectState {
        let column = |field: &str| state.slot(&format!("{slot}.{field}")).cloned();
        let (Some((windows_of, offsets)), Some((times, _)), Some((values, _)), Some(windows)) = (
            column("held.window").as_ref().and_then(list_parts),
            column("held.time").as_ref().and_then(list_parts),
            column("held.value").as_ref().and_then(list_parts),
            column("windows"),
        ) else {
            return CollectState::default();
        };
        let windows_of = windows_of.as_primitive::<arrow_array::types::UInt64Type>().clone();
        let times = times.as_primitive::<Int64Type>().clone();
        let windows = windows.as_primitive::<arrow_array::types::UInt64Type>().clone();
        CollectState {
            held: offsets
                .windows(2)
                .map(|w| (w[0]..w[1]).map(|i| (windows_of.value(i), times.value(i), i as u32)).collect())
                .collect(),
            windows: (0..windows.len()).map(|e| if windows.is_valid(e) { windows.value(e) } else { 0 }).collect(),
            values: Some(values),
        }
    }

    /// The state as slot columns named `slot.field`.
    pub fn into_slots(self, slot: &str) -> Result<Vec<(String, ArrayRef)>> {
        let Some(values) = self.values else { return Ok(Vec::new()) };
        let lengths: Vec<usize> = self.held.iter().map(VecDeque::len).collect();
        let flat = || self.held.iter().flatten();
        let windows_of: ArrayRef = Arc::new(arrow_array::UInt64Array::from_iter_values(flat().map(|h| h.0)));
        let times: ArrayRef = Arc::new(Int64Array::from_iter_values(flat().map(|h| h.1)));
        let held =
            arrow_select::take::take(values.as_ref(), &UInt32Array::from_iter_values(flat().map(|h| h.2)), None)?;
        Ok(vec![
            (format!("{slot}.held.window"), list_of(windows_of, &lengths)?),
            (format!("{slot}.held.time"), list_of(times, &lengths)?),
            (format!("{slot}.held.value"), list_of(held, &lengths)?),
            (format!("{slot}.windows"), Arc::new(arrow_array::UInt64Array::from(self.windows))),
        ])
    }
}

/// `collect(input, max, min, window)`: the last `max` new non-null values per entity as a list
/// (oldest first), null while fewer than `min`. A `since` window empties it after emitting; a
/// `sliding(k, p)` window keeps the values of the current and the `k - 1` previous windows; a
/// `trailing(d)` window keeps the values of the interval (t − d, t]. Continues from `prior`
/// and returns, when `keep`, the state it leaves.
#[allow(clippy::too_many_arguments)]
pub fn collect(
    input: &Value,
    max: Option<usize>,
    min: usize,
    window: Option<&Window>,
    rows: &Rows,
    entities: usize,
    prior: Option<&CollectState>,
    keep: bool,
) -> Result<(ArrayRef, Option<CollectState>)> {
    let n = rows.len();
    let extended = crate::eval::with_prior(&input.array, prior.and_then(|p| p.values.as_ref()))?;
    let array = &extended;
    // Per entity: the collected rows, each with the number of the window it arrived in and its time.
    let mut held: Vec<VecDeque<(u64, i64, u32)>> = vec![VecDeque::new(); entities];
    let mut windows: Vec<u64> = vec![0; entities];
    if let Some(prior) = prior {
        for (e, h) in prior.held.iter().enumerate().take(entities) {
            held[e] = h.iter().map(|(w, t, i)| (*w, *t, i + n as u32)).collect();
        }
        for (e, w) in prior.windows.iter().enumerate().take(entities) {
            windows[e] = *w;
        }
    }
    let mut offsets: Vec<i32> = vec![0];
    let mut flat: Vec<u32> = Vec::new();
    let mut valid: Vec<bool> = Vec::with_capacity(n);
    for r in 0..n {
        let e = rows.entity[r] as usize;
        if input.new[r] && array.is_valid(r) {
            held[e].push_back((windows[e], rows.time[r], r as u32));
            if max.is_some_and(|m| held[e].len() > m) {
                held[e].pop_front();
            }
        }
        if let Some(Window::Trailing(d)) = window {
            while held[e].front().is_some_and(|(_, t, _)| *t <= rows.time[r] - d) {
                held[e].pop_front();
            }
        }
        let ok = held[e].len() >= min;
        if ok {
            flat.extend(held[e].iter().map(|(_, _, row)| *row));
        }
        valid.push(ok);
        offsets.push(i32::try_from(flat.len()).map_err(|_| Error::Invalid("a collected list is too large".into()))?);
        match window {
            Some(Window::Since(c)) if is_true(c, r) => held[e].clear(),
            Some(Window::Sliding(k, c)) if is_true(c, r) => {
                // A new window begins; the oldest of the last `k` falls out.
                windows[e] += 1;
                let first_kept = (windows[e] + 1).saturating_sub(*k as u64);
                while held[e].front().is_some_and(|(w, _, _)| *w < first_kept) {
                    held[e].pop_front();
                }
            }
            _ => {}
        }
    }
    let values = arrow_select::take::take(array.as_ref(), &UInt32Array::from(flat), None)?;
    let field = Arc::new(arrow_schema::Field::new("item", values.data_type().clone(), true));
    let offsets = arrow_buffer::OffsetBuffer::new(arrow_buffer::ScalarBuffer::from(offsets));
    let nulls = arrow_buffer::NullBuffer::from(valid);
    let list: ArrayRef = Arc::new(arrow_array::ListArray::try_new(field, offsets, values, Some(nulls))?);
    let state = keep.then(|| CollectState { held, windows, values: Some(extended.clone()) });
    Ok((list, state))
}
