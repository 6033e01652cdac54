//! The rows of each step: scans, merges, selects and ticks.

use std::collections::HashMap;

use arrow_array::cast::AsArray;
use arrow_array::{Array, ArrayRef, RecordBatch};
use chrono::{Datelike, TimeZone, Utc};

use crate::error::{Error, Result};

/// Rows of a step, sorted by (time, subsort, key hash).
#[derive(Debug, Clone, Default)]
pub struct Rows {
    pub time: Vec<i64>,
    pub subsort: Vec<u64>,
    pub key_hash: Vec<u64>,
    /// Dense entity id of each row (see [`Entities`]).
    pub entity: Vec<u32>,
}

impl Rows {
    pub fn with_capacity(n: usize) -> Rows {
        Rows {
            time: Vec::with_capacity(n),
            subsort: Vec::with_capacity(n),
            key_hash: Vec::with_capacity(n),
            entity: Vec::with_capacity(n),
        }
    }

    pub fn len(&self) -> usize {
        self.time.len()
    }

    fn key(&self, i: usize) -> (i64, u64, u64) {
        (self.time[i], self.subsort[i], self.key_hash[i])
    }

    pub(crate) fn push(&mut self, time: i64, subsort: u64, key_hash: u64, entity: u32) {
        self.time.push(time);
        self.subsort.push(subsort);
        self.key_hash.push(key_hash);
        self.entity.push(entity);
    }
}

/// A hasher for keys that are already hashes (xxh3 of the key's bytes): the value itself.
#[derive(Debug, Default, Clone, Copy)]
pub struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Only u64 keys are hashed with it; fold anything else all the same.
        for b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(*b);
        }
    }

    fn write_u64(&mut self, value: u64) {
        self.0 = value;
    }
}

/// Dense ids for key hashes, and where each key's original value can be found.
#[derive(Debug, Default, Clone)]
pub struct Entities {
    ids: HashMap<u64, u32, std::hash::BuildHasherDefault<KeyHasher>>,
    pub hashes: Vec<u64>,
    /// For each entity: the key column and the row holding its key value.
    pub key_values: Vec<Option<(usize, u32)>>,
    pub key_columns: Vec<ArrayRef>,
    /// The first entities' ids in key-hash order (see [`Entities::in_hash_order`]).
    by_hash: Vec<u32>,
}

impl Entities {
    pub fn id(&mut self, hash: u64) -> u32 {
        if let Some(id) = self.ids.get(&hash) {
            return *id;
        }
        let id = self.hashes.len() as u32;
        self.ids.insert(hash, id);
        self.hashes.push(hash);
        self.key_values.push(None);
        id
    }

    /// The ids of `hashes`, new entities numbered in order of first appearance. Known ones are
    /// looked up first, in a pass that only reads the map, so the lookups' cache misses overlap.
    pub fn ids_of(&mut self, hashes: &[u64]) -> Vec<u32> {
        let ids = &self.ids;
        let mut out: Vec<u32> = hashes.iter().map(|h| ids.get(h).copied().unwrap_or(u32::MAX)).collect();
        for (id, hash) in out.iter_mut().zip(hashes) {
            if *id == u32::MAX {
                *id = self.id(*hash);
            }
        }
        out
    }

    pub fn len(&self) -> usize {
        self.hashes.len()
    }

    /// Every entity's id in key-hash order. The order is kept as entities are added (and goes
    /// with them to the next chunk): only the new ones are sorted, then merged in.
    pub fn in_hash_order(&mut self) -> &[u32] {
        let known = self.by_hash.len();
        if known < self.hashes.len() {
            let hashes = &self.hashes;
            let mut new: Vec<u32> = (known as u32..hashes.len() as u32).collect();
            new.sort_unstable_by_key(|&e| hashes[e as usize]);
            let mut merged = Vec::with_capacity(hashes.len());
            let (mut i, mut j) = (0, 0);
            while i < known || j < new.len() {
                let take_old =
                    j == new.len() || (i < known && hashes[self.by_hash[i] as usize] < hashes[new[j] as usize]);
                if take_old {
                    merged.push(self.by_hash[i]);
                    i += 1;
                } else {
                    merged.push(new[j]);
                    j += 1;
                }
            }
            self.by_hash = merged;
        }
        &self.by_hash
    }

    /// Whether every key column has the same type (no `with_key` to a key of another type).
    pub fn one_key_type(&self) -> bool {
        self.key_columns.windows(2).all(|w| w[0].data_type() == w[1].data_type())
    }

    /// The entities' key values gathered by key type, a column per type in order of first
    /// appearance, each with a row per entity: its key where it has one of that type, null
    /// elsewhere.
    pub fn keys_by_type(&self) -> Result<Vec<ArrayRef>> {
        let mut types: Vec<arrow_schema::DataType> = Vec::new();
        for (c, _) in self.key_values.iter().flatten() {
            let ty = self.key_columns[*c].data_type();
            if !types.contains(ty) {
                types.push(ty.clone());
            }
        }
        let mut keys = Vec::with_capacity(types.len());
        for ty in &types {
            let nulls = arrow_array::new_null_array(ty, 1);
            let mut arrays: Vec<&dyn Array> = Vec::new();
            let mut column_of: HashMap<usize, usize> = HashMap::new();
            for (c, column) in self.key_columns.iter().enumerate() {
                if column.data_type() == ty {
                    column_of.insert(c, arrays.len());
                    arrays.push(column.as_ref());
                }
            }
            let null_at = arrays.len();
            arrays.push(nulls.as_ref());
            let positions: Vec<(usize, usize)> = self
                .key_values
                .iter()
                .map(|key| match key.and_then(|(c, r)| Some((*column_of.get(&c)?, r as usize))) {
                    Some(at) => at,
                    None => (null_at, 0),
                })
                .collect();
            keys.push(arrow_select::interleave::interleave(&arrays, &positions)?);
        }
        Ok(keys)
    }

    /// The entities with their key values gathered into one column (row `e` for entity `e`),
    /// dropping the columns they came from; the keys must have one type.
    pub fn compacted(mut self) -> Result<Entities> {
        if !self.one_key_type() {
            return Err(Error::Invalid("keys of several types cannot be gathered into one column".into()));
        }
        if let Some(keys) = self.keys_by_type()?.into_iter().next() {
            for (e, key) in self.key_values.iter_mut().enumerate() {
                if key.is_some() {
                    *key = Some((0, e as u32));
                }
            }
            self.key_columns = vec![keys];
        }
        Ok(self)
    }
}

/// The rows of a table scan (`rows` without entities: the table's times, subsorts and key
/// hashes), with entity ids assigned and key values recorded.
pub fn scan_rows(batch: &RecordBatch, mut rows: Rows, key_column: &str, entities: &mut Entities) -> Result<Rows> {
    // A version before the first load has no user columns at all.
    let keys = match batch.column_by_name(key_column) {
        Some(keys) => keys.clone(),
        None if rows.time.is_empty() => arrow_array::new_null_array(&arrow_schema::DataType::Utf8, 0),
        None => return Err(Error::Invalid(format!("table data lacks its key column {key_column}"))),
    };
    entities.key_columns.push(keys);
    let key_source = entities.key_columns.len() - 1;
    let entity = entities.ids_of(&rows.key_hash);
    for (row, id) in entity.iter().enumerate() {
        if entities.key_values[*id as usize].is_none() {
            entities.key_values[*id as usize] = Some((key_source, row as u32));
        }
    }
    rows.entity = entity;
    Ok(rows)
}

/// The sorted union of several steps' rows; equal (time, subsort, key hash) become one row.
/// Returns the rows and, per input, the input row each merged row came from.
pub fn merge_rows(inputs: &[&Rows]) -> (Rows, Vec<Vec<Option<u32>>>) {
    if let [a, b] = inputs {
        return merge_two(a, b);
    }
    let total: usize = inputs.iter().map(|r| r.len()).sum();
    let mut rows = Rows::with_capacity(inputs.iter().map(|r| r.len()).max().unwrap_or(0));
    let mut sources: Vec<Vec<Option<u32>>> = inputs.iter().map(|_| Vec::with_capacity(total)).collect();
    let mut positions = vec![0usize; inputs.len()];
    loop {
        let mut best: Option<(i64, u64, u64)> = None;
        for (i, input) in inputs.iter().enumerate() {
            if positions[i] < input.len() {
                let key = input.key(positions[i]);
                if best.is_none_or(|b| key < b) {
                    best = Some(key);
                }
            }
        }
        let Some(key) = best else { break };
        let mut entity = 0;
        for (i, input) in inputs.iter().enumerate() {
            if positions[i] < input.len() && input.key(positions[i]) == key {
                entity = input.entity[positions[i]];
                sources[i].push(Some(positions[i] as u32));
                positions[i] += 1;
            } else {
                sources[i].push(None);
            }
        }
        rows.push(key.0, key.1, key.2, entity);
    }
    (rows, sources)
}

/// [`merge_rows`] of two inputs, copying each run of rows that come before the other input's
/// next row at once (events between two ticks, the ticks of one boundary).
fn merge_two(a: &Rows, b: &Rows) -> (Rows, Vec<Vec<Option<u32>>>) {
    let total = a.len() + b.len();
    let mut rows = Rows::with_capacity(total);
    let (mut from_a, mut from_b): (Vec<Option<u32>>, Vec<Option<u32>>) =
        (Vec::with_capacity(total), Vec::with_capacity(total));
    let (mut i, mut j) = (0, 0);
    let copy = |rows: &mut Rows, input: &Rows, start: usize, end: usize| {
        rows.time.extend_from_slice(&input.time[start..end]);
        rows.subsort.extend_from_slice(&input.subsort[start..end]);
        rows.key_hash.extend_from_slice(&input.key_hash[start..end]);
        rows.entity.extend_from_slice(&input.entity[start..end]);
    };
    // The end of the run of `input` from `start` with keys below `bound`.
    let run_end = |input: &Rows, start: usize, bound: Option<(i64, u64, u64)>| match bound {
        None => input.len(),
        Some(bound) => start + (start..input.len()).take_while(|&k| input.key(k) < bound).count(),
    };
    while i < a.len() || j < b.len() {
        let (ka, kb) = ((i < a.len()).then(|| a.key(i)), (j < b.len()).then(|| b.key(j)));
        match (ka, kb) {
            (Some(x), Some(y)) if x == y => {
                rows.push(x.0, x.1, x.2, a.entity[i]);
                from_a.push(Some(i as u32));
                from_b.push(Some(j as u32));
                i += 1;
                j += 1;
            }
            (Some(x), y) if y.is_none_or(|y| x < y) => {
                let end = run_end(a, i, y);
                copy(&mut rows, a, i, end);
                from_a.extend((i..end).map(|k| Some(k as u32)));
                from_b.extend(std::iter::repeat_n(None, end - i));
                i = end;
            }
            (x, _) => {
                let end = run_end(b, j, x);
                copy(&mut rows, b, j, end);
                from_b.extend((j..end).map(|k| Some(k as u32)));
                from_a.extend(std::iter::repeat_n(None, end - j));
                j = end;
            }
        }
    }
    (rows, vec![from_a, from_b])
}

/// The rows of `input` where `condition` is true, and the input row of each.
pub fn select_rows(input: &Rows, condition: &ArrayRef) -> Result<(Rows, Vec<u32>)> {
    let condition =
        condition.as_boolean_opt().ok_or_else(|| Error::Invalid("a `when` condition must be a boolean".into()))?;
    let mut rows = Rows::default();
    let mut source = Vec::new();
    for i in 0..input.len() {
        if condition.is_valid(i) && condition.value(i) {
            rows.push(input.time[i], input.subsort[i], input.key_hash[i], input.entity[i]);
            source.push(i as u32);
        }
    }
    Ok((rows, source))
}

/// Entities by dense id, as a set.
#[derive(Clone)]
struct SeenSet(Vec<bool>);

impl SeenSet {
    /// Adds the entity; whether it was new.
    fn insert(&mut self, entity: u32) -> bool {
        !std::mem::replace(&mut self.0[entity as usize], true)
    }
}

/// The first tick boundary strictly after... or at `t`, for a tick function.
pub(crate) fn next_boundary(function: &str, t: i64) -> Result<i64> {
    const SECOND: i64 = 1_000_000_000;
    let ceil = |unit: i64| t.div_euclid(unit) * unit + if t.rem_euclid(unit) == 0 { 0 } else { unit };
    Ok(match function {
        "minutely" => ceil(60 * SECOND),
        "hourly" => ceil(3600 * SECOND),
        "daily" => ceil(86_400 * SECOND),
        "monthly" | "yearly" => {
            let at = Utc.timestamp_nanos(t);
            let start_of =
                |y: i32, m: u32| Utc.with_ymd_and_hms(y, m, 1, 0, 0, 0).single().and_then(|d| d.timestamp_nanos_opt());
            let current = if function == "monthly" { start_of(at.year(), at.month()) } else { start_of(at.year(), 1) };
            let current = current.ok_or_else(|| Error::Invalid("time out of range for ticks".into()))?;
            if current == t {
                t
            } else if function == "monthly" {
                let (y, m) = if at.month() == 12 { (at.year() + 1, 1) } else { (at.year(), at.month() + 1) };
                start_of(y, m).ok_or_else(|| Error::Invalid("time out of range for ticks".into()))?
            } else {
                start_of(at.year() + 1, 1).ok_or_else(|| Error::Invalid("time out of range for ticks".into()))?
            }
        }
        other => return Err(Error::Unsupported(format!("tick function {other}"))),
    })
}

/// Tick rows: at every boundary from the first time of `range` through its last, one row per
/// entity seen so far (in key-hash order), after the events at that instant (subsort
/// `u64::MAX`). `range` is the input's time range or the whole input's (a run over some
/// entities ticks over the whole input's range; a resumed run from after the last time it
/// ticked through); no range, no ticks. `seen` are the entities seen before the input's rows
/// (a resumed run's); returns the rows and the entities seen through the last boundary.
/// `finished` ticks once for every entity, 1 ns after the last input.
pub fn tick_rows(
    input: &Rows,
    function: &str,
    range: Option<(i64, i64)>,
    mut seen: Vec<(u64, u32)>,
) -> Result<(Rows, Vec<(u64, u32)>)> {
    let Some((first, last)) = range else { return Ok((Rows::default(), seen)) };
    // Whether each entity was seen, by dense id (ids grow as rows arrive).
    let entities = input.entity.iter().chain(seen.iter().map(|(_, e)| e)).max().map_or(0, |m| *m as usize + 1);
    let mut seen_set = SeenSet(vec![false; entities]);
    for (_, e) in &seen {
        seen_set.insert(*e);
    }
    if function == "finished" {
        let mut rows = Rows::default();
        for (hash, entity) in input.key_hash.iter().zip(&input.entity) {
            if seen_set.insert(*entity) {
                seen.push((*hash, *entity));
            }
        }
        seen.sort_unstable();
        for (hash, entity) in &seen {
            rows.push(last + 1, u64::MAX, *hash, *entity);
        }
        return Ok((rows, seen));
    }
    // The rows counted first (entities seen by each boundary), so the rows never grow.
    let mut count = 0;
    let (mut counted, mut known, mut i) = (seen_set.clone(), seen.len(), 0);
    let mut boundary = next_boundary(function, first)?;
    while boundary <= last {
        while i < input.len() && input.time[i] <= boundary {
            known += usize::from(counted.insert(input.entity[i]));
            i += 1;
        }
        count += known;
        boundary = next_boundary(function, boundary + 1)?;
    }
    drop(counted);
    let mut rows = Rows::with_capacity(count);
    let mut i = 0;
    let mut boundary = next_boundary(function, first)?;
    let mut sorted = false;
    while boundary <= last {
        while i < input.len() && input.time[i] <= boundary {
            if seen_set.insert(input.entity[i]) {
                seen.push((input.key_hash[i], input.entity[i]));
                sorted = false;
            }
            i += 1;
        }
        if !sorted {
            seen.sort_unstable();
            sorted = true;
        }
        rows.time.extend(std::iter::repeat_n(boundary, seen.len()));
        rows.subsort.extend(std::iter::repeat_n(u64::MAX, seen.len()));
        rows.key_hash.extend(seen.iter().map(|(hash, _)| *hash));
        rows.entity.extend(seen.iter().map(|(_, entity)| *entity));
        boundary = next_boundary(function, boundary + 1)?;
    }
    // Entities whose first row comes after the last boundary are seen by the next run's ticks.
    while i < input.len() && input.time[i] <= last {
        if seen_set.insert(input.entity[i]) {
            seen.push((input.key_hash[i], input.entity[i]));
        }
        i += 1;
    }
    Ok((rows, seen))
}
