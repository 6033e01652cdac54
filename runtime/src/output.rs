//! Result modes (§4.11 with dialect §7 #9) and the output batch: `_time`, `_key`, then the
//! fields of the result record (or one column `result`).

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::{Array, ArrayRef, RecordBatch, TimestampNanosecondArray, UInt32Array};
use arrow_schema::{DataType, Field, Schema};
use fenl_catalog::Catalog;
use fenl_compiler::plan::physical::Plan;

use crate::error::{Error, Result};
use crate::eval::run_steps;

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
}

/// Runs a plan and also returns the warnings of the run: rows nulled instead of failing the
/// query (integer division by zero, multiplication overflow), with their counts.
pub fn run_with_warnings(plan: &Plan, catalog: &Catalog, options: &RunOptions) -> Result<(RecordBatch, Vec<String>)> {
    let _ = crate::kernels::take_nulled();
    let batch = run(plan, catalog, options)?;
    let warnings = crate::kernels::take_nulled()
        .into_iter()
        .map(|(reason, rows)| format!("{rows} row{} nulled: {reason}", if rows == 1 { "" } else { "s" }))
        .collect();
    Ok((batch, warnings))
}

/// Runs a plan over the catalog's tables and returns its result rows.
pub fn run(plan: &Plan, catalog: &Catalog, options: &RunOptions) -> Result<RecordBatch> {
    let cancelled = || options.cancel.as_ref().is_some_and(|c| c.load(Ordering::Relaxed));
    let (steps, entities) = run_steps(plan, catalog, &|table| options.versions.get(table).copied(), &cancelled)?;
    let step = steps.get(plan.output.index()).ok_or_else(|| Error::Invalid("the plan has no output step".into()))?;
    let value = step.values.get(plan.result).ok_or_else(|| Error::Invalid("the plan has no result".into()))?;
    let rows = &step.rows;
    let selected: Vec<u32> = match options.mode {
        ResultMode::History => (0..rows.len() as u32)
            .filter(|&i| options.changed_since.is_none_or(|t| rows.time[i as usize] >= t))
            .collect(),
        ResultMode::Snapshot => {
            let mut last: Vec<Option<u32>> = vec![None; entities.len()];
            for i in 0..rows.len() {
                if options.at.is_some_and(|at| rows.time[i] > at) {
                    break;
                }
                last[rows.entity[i] as usize] = Some(i as u32);
            }
            let mut picked: Vec<(u64, u32)> = last
                .iter()
                .flatten()
                .filter(|&&i| options.changed_since.is_none_or(|t| rows.time[i as usize] >= t))
                .map(|&i| (rows.key_hash[i as usize], i))
                .collect();
            picked.sort_unstable();
            picked.into_iter().map(|(_, i)| i).collect()
        }
    };
    let indices = UInt32Array::from(selected.clone());
    let time: Vec<i64> = match options.mode {
        ResultMode::History => selected.iter().map(|&i| rows.time[i as usize]).collect(),
        ResultMode::Snapshot => {
            // The snapshot instant: the `--at` time, else the time of the last event read.
            let instant = options.at.unwrap_or_else(|| {
                steps
                    .iter()
                    .filter_map(|s| s.rows.time.iter().filter(|t| **t < i64::MAX).max().copied())
                    .max()
                    .unwrap_or(0)
            });
            vec![instant; selected.len()]
        }
    };
    let time: ArrayRef = Arc::new(TimestampNanosecondArray::from(time).with_timezone("+00:00"));
    let key_refs: Vec<&dyn Array> = entities.key_columns.iter().map(|c| c.as_ref()).collect();
    let key_positions: Vec<(usize, usize)> = selected
        .iter()
        .map(|&i| entities.key_values[rows.entity[i as usize] as usize].map_or((0, 0), |(c, r)| (c, r as usize)))
        .collect();
    let key: ArrayRef = if key_refs.is_empty() {
        arrow_array::new_null_array(&DataType::Utf8, selected.len())
    } else {
        arrow_select::interleave::interleave(&key_refs, &key_positions)?
    };
    let result = arrow_select::take::take(value.array.as_ref(), &indices, None)?;
    let mut fields =
        vec![Field::new("_time", time.data_type().clone(), false), Field::new("_key", key.data_type().clone(), true)];
    let mut columns = vec![time, key];
    match result.as_struct_opt() {
        Some(record) => {
            for field in record.fields().iter() {
                let column = crate::eval::field_of(&result, field.name())?;
                fields.push(Field::new(field.name(), column.data_type().clone(), true));
                columns.push(column);
            }
        }
        None => {
            fields.push(Field::new("result", result.data_type().clone(), true));
            columns.push(result);
        }
    }
    Ok(RecordBatch::try_new(Arc::new(Schema::new(fields)), columns)?)
}

/// Durations and intervals as their integer count of units, for text formats (dialect §7 #3).
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
    let text = nested_as_text(&for_text(batch)?)?;
    let mut writer = arrow_csv::WriterBuilder::new()
        .with_timestamp_tz_format("%Y-%m-%dT%H:%M:%S%.9fZ".to_owned())
        .with_timestamp_format("%Y-%m-%dT%H:%M:%S%.9fZ".to_owned())
        .build(sink);
    writer.write(&text)?;
    Ok(())
}
