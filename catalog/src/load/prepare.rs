//! The internal columns of a loaded batch: `_time` (UTC nanoseconds), `_subsort`, `_key_hash`
//! (xxh3 of the key's canonical bytes), with null and parse errors located to file and line.

use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::{Date32Type, Int16Type, Int32Type, Int64Type, Int8Type};
use arrow_array::{Array, ArrayRef, Int64Array, RecordBatch, UInt32Array};
use arrow_buffer::ScalarBuffer;
use arrow_schema::{DataType, Field, Schema};
use xxhash_rust::xxh3::xxh3_64;

use crate::error::{Error, Location, Result};
use crate::table::{EpochUnit, TableDef, KEY_HASH, SUBSORT, TIME};

/// A batch with the internal columns appended, sorted by (time, subsort, key hash).
#[derive(Debug, Clone)]
pub struct PreparedBatch {
    pub batch: RecordBatch,
}

fn located(file: &str, line: u64, column: &str, message: String) -> Error {
    Error::InvalidInput {
        location: Location { file: file.to_owned(), line: Some(line), column: Some(column.to_owned()) },
        message,
    }
}

fn column<'a>(batch: &'a RecordBatch, name: &str, file: &str) -> Result<&'a ArrayRef> {
    batch.column_by_name(name).ok_or_else(|| Error::SchemaMismatch {
        file: file.to_owned(),
        message: format!(
            "the column '{name}' is missing (columns: {})",
            batch.schema().fields().iter().map(|f| f.name().as_str()).collect::<Vec<_>>().join(", ")
        ),
    })
}

fn first_null(array: &dyn Array) -> Option<usize> {
    array.nulls().and_then(|n| (0..n.len()).find(|&i| n.is_null(i)))
}

/// Nanoseconds since the epoch, UTC, for each value of the time column.
fn time_nanos(array: &ArrayRef, unit: EpochUnit, file: &str, first_line: u64, name: &str) -> Result<Vec<i64>> {
    if let Some(row) = first_null(array.as_ref()) {
        return Err(located(file, first_line + row as u64, name, "the time is null: every event needs a time".into()));
    }
    let overflow = |row: usize| located(file, first_line + row as u64, name, "the time is out of range".into());
    Ok(match array.data_type() {
        DataType::Timestamp(unit, _) => {
            let factor = match unit {
                arrow_schema::TimeUnit::Second => 1_000_000_000,
                arrow_schema::TimeUnit::Millisecond => 1_000_000,
                arrow_schema::TimeUnit::Microsecond => 1_000,
                arrow_schema::TimeUnit::Nanosecond => 1,
            };
            let raw = arrow_cast::cast(array, &DataType::Int64)?;
            let values = raw.as_primitive::<Int64Type>().values();
            if factor == 1 {
                values.to_vec()
            } else {
                let mut out = Vec::with_capacity(values.len());
                for (row, v) in values.iter().enumerate() {
                    out.push(v.checked_mul(factor).ok_or_else(|| overflow(row))?);
                }
                out
            }
        }
        DataType::Date32 => {
            array.as_primitive::<Date32Type>().values().iter().map(|d| i64::from(*d) * 86_400_000_000_000).collect()
        }
        DataType::Date64 => {
            let values = array.as_primitive::<arrow_array::types::Date64Type>().values();
            let mut out = Vec::with_capacity(values.len());
            for (row, v) in values.iter().enumerate() {
                out.push(v.checked_mul(1_000_000).ok_or_else(|| overflow(row))?);
            }
            out
        }
        DataType::Int8 | DataType::Int16 | DataType::Int32 | DataType::Int64 => {
            let wide = arrow_cast::cast(array, &DataType::Int64)?;
            let values = wide.as_primitive::<Int64Type>().values();
            let mut out = Vec::with_capacity(values.len());
            for (row, v) in values.iter().enumerate() {
                out.push(v.checked_mul(unit.nanos()).ok_or_else(|| overflow(row))?);
            }
            out
        }
        DataType::Utf8 => {
            let strings = array.as_string::<i32>();
            let mut out = Vec::with_capacity(strings.len());
            for (row, s) in strings.iter().enumerate() {
                let s = s.unwrap_or_default();
                let nanos = arrow_cast::parse::string_to_timestamp_nanos(s.trim()).map_err(|_| {
                    located(
                        file,
                        first_line + row as u64,
                        name,
                        format!(
                            "cannot parse {s:?} as a time (expected RFC 3339 / ISO 8601, e.g. 2024-01-31T12:00:00Z)"
                        ),
                    )
                })?;
                out.push(nanos);
            }
            out
        }
        other => {
            return Err(located(
                file,
                first_line,
                name,
                format!("a time column must be a timestamp, a date, a string or an integer epoch, not {other}"),
            ))
        }
    })
}

/// The stable key hash of every value of a key column: xxh3 of the value's canonical bytes
/// (integers as little-endian i64, floats as f64 bits with -0 and NaN normalised, strings as
/// UTF-8, booleans as one byte). It never changes between machines or versions.
pub fn hash_key_column(array: &ArrayRef) -> Result<Vec<u64>> {
    let n = array.len();
    let mut out = Vec::with_capacity(n);
    match array.data_type() {
        DataType::Utf8 => out.extend(array.as_string::<i32>().iter().map(|s| s.map_or(0, |s| xxh3_64(s.as_bytes())))),
        DataType::LargeUtf8 => {
            out.extend(array.as_string::<i64>().iter().map(|s| s.map_or(0, |s| xxh3_64(s.as_bytes()))))
        }
        DataType::Binary => out.extend(array.as_binary::<i32>().iter().map(|s| s.map_or(0, xxh3_64))),
        DataType::Boolean => out.extend(array.as_boolean().iter().map(|b| b.map_or(0, |b| xxh3_64(&[u8::from(b)])))),
        DataType::Int8 => out.extend(
            array.as_primitive::<Int8Type>().iter().map(|v| v.map_or(0, |v| xxh3_64(&i64::from(v).to_le_bytes()))),
        ),
        DataType::Int16 => out.extend(
            array.as_primitive::<Int16Type>().iter().map(|v| v.map_or(0, |v| xxh3_64(&i64::from(v).to_le_bytes()))),
        ),
        DataType::Int32 => out.extend(
            array.as_primitive::<Int32Type>().iter().map(|v| v.map_or(0, |v| xxh3_64(&i64::from(v).to_le_bytes()))),
        ),
        DataType::Int64 => {
            out.extend(array.as_primitive::<Int64Type>().iter().map(|v| v.map_or(0, |v| xxh3_64(&v.to_le_bytes()))))
        }
        DataType::Float32 | DataType::Float64 => {
            let wide = arrow_cast::cast(array, &DataType::Float64)?;
            out.extend(wide.as_primitive::<arrow_array::types::Float64Type>().iter().map(|v| {
                v.map_or(0, |v| {
                    let v = if v == 0.0 {
                        0.0
                    } else if v.is_nan() {
                        f64::NAN
                    } else {
                        v
                    };
                    xxh3_64(&v.to_bits().to_le_bytes())
                })
            }))
        }
        DataType::Date32 => out.extend(
            array.as_primitive::<Date32Type>().iter().map(|v| v.map_or(0, |v| xxh3_64(&i64::from(v).to_le_bytes()))),
        ),
        DataType::Timestamp(_, _) => {
            let wide = arrow_cast::cast(array, &DataType::Int64)?;
            out.extend(wide.as_primitive::<Int64Type>().iter().map(|v| v.map_or(0, |v| xxh3_64(&v.to_le_bytes()))))
        }
        other => {
            return Err(Error::InvalidArgument(format!(
                "an entity key cannot be of type {other}: use a string, an integer, a boolean or a float"
            )))
        }
    }
    Ok(out)
}

/// Adds `_time`, `_subsort` and `_key_hash` to a batch and sorts it by them.
///
/// `subsort_base` numbers rows of a load when the table has no subsort column: row `i` of the
/// load gets `subsort_base + i`, so equal times keep the load order.
pub fn prepare_batch(
    batch: &RecordBatch,
    def: &TableDef,
    file: &str,
    first_line: u64,
    subsort_base: i64,
) -> Result<PreparedBatch> {
    let n = batch.num_rows();
    let time = column(batch, &def.time_column, file)?;
    let time = time_nanos(time, def.epoch_unit, file, first_line, &def.time_column)?;
    let key = column(batch, &def.key_column, file)?;
    if let Some(row) = first_null(key.as_ref()) {
        return Err(located(
            file,
            first_line + row as u64,
            &def.key_column,
            "the entity key is null: every event needs a key".into(),
        ));
    }
    let hashes = hash_key_column(key)?;
    let subsort: Vec<i64> = match &def.subsort_column {
        Some(name) => {
            let values = column(batch, name, file)?;
            if let Some(row) = first_null(values.as_ref()) {
                return Err(located(file, first_line + row as u64, name, "the subsort is null".into()));
            }
            let values = arrow_cast::cast(values, &DataType::Int64)
                .map_err(|e| located(file, first_line, name, format!("a subsort must be an integer: {e}")))?;
            values.as_primitive::<Int64Type>().values().to_vec()
        }
        None => (0..n as i64).map(|i| subsort_base + i).collect(),
    };
    let key_hash: Vec<i64> = hashes.iter().map(|h| *h as i64).collect();
    let mut fields: Vec<Field> = batch.schema().fields().iter().map(|f| f.as_ref().clone()).collect();
    let mut columns: Vec<ArrayRef> = batch.columns().to_vec();
    fields.push(Field::new(TIME, DataType::Int64, false));
    fields.push(Field::new(SUBSORT, DataType::Int64, false));
    fields.push(Field::new(KEY_HASH, DataType::Int64, false));
    let sorted = is_sorted(&time, &subsort, &hashes);
    columns.push(Arc::new(Int64Array::new(ScalarBuffer::from(time), None)));
    columns.push(Arc::new(Int64Array::new(ScalarBuffer::from(subsort), None)));
    columns.push(Arc::new(Int64Array::new(ScalarBuffer::from(key_hash), None)));
    let schema = Arc::new(Schema::new(fields));
    let batch = RecordBatch::try_new(schema, columns)?;
    if sorted {
        return Ok(PreparedBatch { batch });
    }
    Ok(PreparedBatch { batch: sort_batch(&batch, &hashes)? })
}

fn is_sorted(time: &[i64], subsort: &[i64], hashes: &[u64]) -> bool {
    (1..time.len()).all(|i| (time[i - 1], subsort[i - 1], hashes[i - 1]) <= (time[i], subsort[i], hashes[i]))
}

/// Sorts by (time, subsort, key hash as unsigned).
fn sort_batch(batch: &RecordBatch, hashes: &[u64]) -> Result<RecordBatch> {
    let n = batch.num_rows();
    let time = batch.column(batch.num_columns() - 3).as_primitive::<Int64Type>().values();
    let subsort = batch.column(batch.num_columns() - 2).as_primitive::<Int64Type>().values();
    let mut order: Vec<u32> = (0..n as u32).collect();
    order.sort_unstable_by_key(|&i| {
        let i = i as usize;
        (time[i], subsort[i], hashes[i])
    });
    let indices = UInt32Array::from(order);
    let columns: Result<Vec<ArrayRef>> =
        batch.columns().iter().map(|c| Ok(arrow_select::take::take(c.as_ref(), &indices, None)?)).collect();
    Ok(RecordBatch::try_new(batch.schema(), columns?)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use arrow_array::StringArray;

    #[test]
    fn every_kind_of_time_column_becomes_utc_nanoseconds() {
        let day = 86_400_000_000_000i64;
        let cases: Vec<(ArrayRef, EpochUnit)> = vec![
            (Arc::new(arrow_array::Date32Array::from(vec![1])), EpochUnit::Seconds),
            (Arc::new(arrow_array::Date64Array::from(vec![86_400_000])), EpochUnit::Seconds),
            (
                Arc::new(arrow_array::TimestampSecondArray::from(vec![86_400]).with_timezone("+02:00")),
                EpochUnit::Seconds,
            ),
            (Arc::new(arrow_array::TimestampNanosecondArray::from(vec![day])), EpochUnit::Seconds),
            (Arc::new(arrow_array::StringArray::from(vec!["1970-01-02T02:00:00+02:00"])), EpochUnit::Seconds),
            (Arc::new(arrow_array::StringArray::from(vec!["1970-01-02T00:00:00"])), EpochUnit::Seconds),
            (Arc::new(Int64Array::from(vec![86_400])), EpochUnit::Seconds),
            (Arc::new(arrow_array::Int32Array::from(vec![86_400_000])), EpochUnit::Milliseconds),
        ];
        for (array, unit) in cases {
            let nanos = time_nanos(&array, unit, "f", 2, "t").unwrap_or_else(|e| panic!("{}: {e}", array.data_type()));
            assert_eq!(nanos, vec![day], "{}", array.data_type());
        }
        let float: ArrayRef = Arc::new(arrow_array::Float64Array::from(vec![1.5]));
        assert!(time_nanos(&float, EpochUnit::Seconds, "f", 2, "t").is_err());
    }

    #[test]
    fn key_hash_is_stable_and_canonical() {
        let strings: ArrayRef = Arc::new(StringArray::from(vec![Some("A"), Some("B"), None]));
        let hashes = hash_key_column(&strings).unwrap_or_default();
        // Fixed values: a change here changes every table's order and partitions.
        assert_eq!(hashes[0], xxh3_64(b"A"));
        assert_eq!(hashes[2], 0);
        let small: ArrayRef = Arc::new(arrow_array::Int32Array::from(vec![5]));
        let big: ArrayRef = Arc::new(Int64Array::from(vec![5]));
        assert_eq!(hash_key_column(&small).ok(), hash_key_column(&big).ok());
    }
}
