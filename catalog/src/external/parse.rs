//! Reading one external file into batches of the table's schema, record by record accountable:
//! every record either converts, or is reported bad with its line, column and reason.
//!
//! Text formats are read as text first (CSV with the `csv` crate, JSON lines with arrow-json
//! coercing primitives to text), then each column is converted with a vectorized cast whose
//! failures (a value present before, null after) are the bad fields. Records that cannot be
//! split into fields at all (ragged CSV rows, invalid UTF-8, invalid JSON) are bad records.

use std::io::{BufRead, BufReader, Read};
use std::sync::Arc;

use arrow_array::builder::BinaryBuilder;
use arrow_array::cast::AsArray;
use arrow_array::{Array, ArrayRef, BooleanArray, RecordBatch, TimestampNanosecondArray};
use arrow_buffer::{BooleanBuffer, NullBuffer};
use arrow_schema::{DataType, Field, Schema, SchemaRef, TimeUnit};

use super::def::{ErrorMode, ExternalDef};
use super::sources::Source;
use crate::error::{Error, Location, Result};
use crate::load::Format;
use crate::table::TableDef;

/// Records per chunk.
pub const CHUNK_RECORDS: usize = 64 * 1024;

/// A record that could not be read or converted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadRecord {
    pub location: Location,
    pub reason: String,
    /// Whether the record is dropped (skip mode, or a field it cannot do without), rather than
    /// kept with nulls (permissive).
    pub dropped: bool,
}

impl std::fmt::Display for BadRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.location, self.reason)
    }
}

/// One chunk of a file: its good records in the table's schema, and its bad ones.
#[derive(Debug)]
pub struct Chunk {
    pub batch: RecordBatch,
    /// The line (CSV, JSON lines) or row (Parquet) of each record of `batch`.
    pub lines: Vec<u64>,
    /// Bad records, in file order; at most one entry per record.
    pub bad: Vec<BadRecord>,
}

/// What the reader needs from a table's definition.
#[derive(Debug, Clone)]
pub struct Target<'a> {
    pub def: &'a TableDef,
    pub external: &'a ExternalDef,
    /// The table's user columns as stored.
    pub schema: SchemaRef,
}

impl Target<'_> {
    /// Columns a record cannot be kept without.
    fn required(&self, name: &str) -> bool {
        name == self.def.time_column
            || name == self.def.key_column
            || self.def.subsort_column.as_deref() == Some(name)
            || self.external.primary_key.iter().any(|k| k == name)
    }
}

/// Raw values of one chunk, before conversion.
struct Raw {
    /// One column per target field (`None`: the file lacks it, all null).
    columns: Vec<Option<ArrayRef>>,
    lines: Vec<u64>,
    /// Records that could not be split into fields: (line, reason).
    broken: Vec<(u64, String)>,
}

fn file_error(path: &str, message: impl std::fmt::Display) -> Error {
    Error::InvalidInput {
        location: Location { file: path.to_owned(), line: None, column: None },
        message: message.to_string(),
    }
}

/// The chunks of one file.
pub type Chunks = Box<dyn Iterator<Item = Result<Chunk>> + Send>;

/// Opens a file of an external table for reading.
pub fn read(source: &Source, target: &Target<'_>) -> Result<Chunks> {
    let raw: Box<dyn Iterator<Item = Result<Raw>> + Send> = match target.external.format {
        Format::Csv => csv_chunks(source, target)?,
        Format::Jsonl => json_chunks(source, target)?,
        Format::Parquet => parquet_chunks(source, target)?,
        Format::ArrowStream => return Err(file_error(&source.path, "external tables read csv, parquet or jsonl")),
    };
    let path = source.path.clone();
    let schema = target.schema.clone();
    let def = target.def.clone();
    let external = target.external.clone();
    Ok(Box::new(raw.map(move |raw| {
        let target = Target { def: &def, external: &external, schema: schema.clone() };
        convert(raw?, &path, &target)
    })))
}

// ---------------------------------------------------------------------------------------------
// CSV

fn csv_reader<R: Read>(options: &super::def::CsvOptions, reader: R) -> csv::Reader<R> {
    csv::ReaderBuilder::new()
        .delimiter(options.delimiter)
        .quote(options.quote)
        .escape(options.escape)
        .double_quote(options.escape.is_none())
        .comment(options.comment)
        .has_headers(false)
        .flexible(true)
        .from_reader(reader)
}

/// A source's bytes, read through a buffer.
type Input = BufReader<Box<dyn Read + Send>>;

fn open(path: &str) -> Result<Box<dyn Read + Send>> {
    Ok(super::sources::open(path)?.into_read())
}

/// A Parquet reader of a source, and the file's schema.
fn parquet_reader(
    path: &str,
    batch_size: usize,
) -> Result<(SchemaRef, parquet::arrow::arrow_reader::ParquetRecordBatchReader)> {
    use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder as Builder;
    let unreadable = |e: parquet::errors::ParquetError| file_error(path, format!("not a readable Parquet file ({e})"));
    match super::sources::open(path)? {
        super::sources::Opened::File(f) => {
            let builder = Builder::try_new(f).map_err(unreadable)?;
            let schema = builder.schema().clone();
            Ok((schema, builder.with_batch_size(batch_size).build().map_err(unreadable)?))
        }
        super::sources::Opened::Bytes(b) => {
            let builder = Builder::try_new(b).map_err(unreadable)?;
            let schema = builder.schema().clone();
            Ok((schema, builder.with_batch_size(batch_size).build().map_err(unreadable)?))
        }
    }
}

fn csv_chunks(source: &Source, target: &Target<'_>) -> Result<Box<dyn Iterator<Item = Result<Raw>> + Send>> {
    let path = source.path.clone();
    let options = target.external.csv.clone();
    let mut reader = csv_reader(&options, BufReader::with_capacity(1 << 20, open(&path)?));
    let mut record = csv::ByteRecord::new();
    let fields: Vec<String> = target.schema.fields().iter().map(|f| f.name().clone()).collect();
    // Which field of a record each target column takes.
    let (positions, width): (Vec<Option<usize>>, usize) = if options.header {
        let read = reader.read_byte_record(&mut record).map_err(|e| file_error(&path, e))?;
        if !read {
            return Err(file_error(&path, "the file is empty: expected a header line"));
        }
        std::str::from_utf8(record.as_slice()).map_err(|_| file_error(&path, "the header line is not valid UTF-8"))?;
        let names: Vec<String> = record.iter().map(|f| String::from_utf8_lossy(f).trim().to_owned()).collect();
        let mut seen = std::collections::HashSet::new();
        if let Some(dup) = names.iter().find(|n| !seen.insert(n.as_str())) {
            return Err(file_error(&path, format!("column '{dup}' appears twice in the header")));
        }
        let positions = fields.iter().map(|f| names.iter().position(|n| n == f)).collect::<Vec<_>>();
        (positions, names.len())
    } else {
        ((0..fields.len()).map(Some).collect(), fields.len())
    };
    for (field, position) in fields.iter().zip(&positions) {
        if position.is_none() && target.required(field) {
            return Err(Error::SchemaMismatch {
                file: path.clone(),
                message: format!("the column '{field}' is missing from the header"),
            });
        }
    }
    let null = target.external.null_string.clone();
    let mut done = false;
    Ok(Box::new(std::iter::from_fn(move || {
        if done {
            return None;
        }
        // Fields are collected as bytes and validated as UTF-8 a column at a time at the end
        // of the chunk; only a chunk with invalid text is checked record by record.
        let mut builders: Vec<BinaryBuilder> =
            positions.iter().map(|_| BinaryBuilder::with_capacity(CHUNK_RECORDS, CHUNK_RECORDS * 8)).collect();
        let mut lines = Vec::with_capacity(CHUNK_RECORDS);
        let mut broken = Vec::new();
        let mut records = 0;
        while records < CHUNK_RECORDS {
            match reader.read_byte_record(&mut record) {
                Ok(true) => {}
                Ok(false) => {
                    done = true;
                    break;
                }
                Err(e) => {
                    done = true;
                    let line = e.position().map_or(0, |p| p.line());
                    return Some(Err(Error::InvalidInput {
                        location: Location { file: path.clone(), line: Some(line), column: None },
                        message: format!("cannot read: {e}"),
                    }));
                }
            }
            records += 1;
            let line = record.position().map_or(0, |p| p.line());
            if record.len() != width {
                broken.push((line, format!("expected {width} fields, found {}", record.len())));
                continue;
            }
            for (builder, position) in builders.iter_mut().zip(&positions) {
                let Some(position) = position else {
                    builder.append_null();
                    continue;
                };
                let bytes = record.get(*position).unwrap_or_default();
                if bytes.is_empty() || null.as_deref().is_some_and(|n| n.as_bytes() == bytes) {
                    builder.append_null();
                } else {
                    builder.append_value(bytes);
                }
            }
            lines.push(line);
        }
        if records == 0 {
            return None;
        }
        let binaries: Vec<arrow_array::BinaryArray> = builders.iter_mut().map(BinaryBuilder::finish).collect();
        let (binaries, lines) = match drop_invalid_utf8(binaries, lines, &mut broken) {
            Ok(valid) => valid,
            Err(e) => return Some(Err(e)),
        };
        let mut columns = Vec::with_capacity(positions.len());
        for (binary, position) in binaries.into_iter().zip(&positions) {
            match arrow_array::StringArray::try_from_binary(binary) {
                Ok(text) => columns.push(position.map(|_| Arc::new(text) as ArrayRef)),
                Err(e) => return Some(Err(file_error(&path, e))),
            }
        }
        broken.sort();
        Some(Ok(Raw { columns, lines, broken }))
    })))
}

/// Removes the records with a field that is not valid UTF-8 (reported as broken).
fn drop_invalid_utf8(
    columns: Vec<arrow_array::BinaryArray>,
    lines: Vec<u64>,
    broken: &mut Vec<(u64, String)>,
) -> Result<(Vec<arrow_array::BinaryArray>, Vec<u64>)> {
    // Valid text whose every value starts and ends on a character boundary.
    let valid = |c: &arrow_array::BinaryArray| {
        std::str::from_utf8(c.values()).is_ok_and(|s| c.offsets().iter().all(|o| s.is_char_boundary(*o as usize)))
    };
    if columns.iter().all(valid) {
        return Ok((columns, lines));
    }
    let keep: Vec<bool> = (0..lines.len())
        .map(|row| columns.iter().all(|c| c.is_null(row) || std::str::from_utf8(c.value(row)).is_ok()))
        .collect();
    for (line, _) in lines.iter().zip(&keep).filter(|(_, k)| !**k) {
        broken.push((*line, "the record is not valid UTF-8".to_owned()));
    }
    let mask = BooleanArray::from(keep.clone());
    let columns = columns
        .iter()
        .map(|c| {
            let filtered = arrow_select::filter::filter(c, &mask)?;
            Ok(filtered.as_binary::<i32>().clone())
        })
        .collect::<Result<Vec<_>>>()?;
    let lines = lines.into_iter().zip(&keep).filter(|(_, k)| **k).map(|(l, _)| l).collect();
    Ok((columns, lines))
}

// ---------------------------------------------------------------------------------------------
// JSON lines

/// The type a JSON field is read as: primitives as text (converted afterwards), nested values
/// as themselves.
fn json_read_type(data_type: &DataType) -> DataType {
    match data_type {
        DataType::Struct(_) | DataType::List(_) | DataType::LargeList(_) | DataType::Map(_, _) => data_type.clone(),
        _ => DataType::Utf8,
    }
}

fn decode_json(schema: &SchemaRef, lines: &[&[u8]]) -> std::result::Result<RecordBatch, String> {
    let mut decoder = arrow_json::ReaderBuilder::new(schema.clone())
        .with_coerce_primitive(true)
        .with_batch_size(lines.len().max(1))
        .build_decoder()
        .map_err(|e| e.to_string())?;
    for line in lines {
        let mut at = 0;
        while at < line.len() {
            let used = decoder.decode(&line[at..]).map_err(|e| e.to_string())?;
            if used == 0 {
                break;
            }
            at += used;
        }
        // A line is one record: a line holding two values or half of one is an error.
        if decoder.has_partial_record() {
            return Err("the line is not one complete JSON object".into());
        }
        let _ = decoder.decode(b"\n").map_err(|e| e.to_string())?;
    }
    decoder.flush().map_err(|e| e.to_string())?.ok_or_else(|| "no records".to_owned())
}

/// Decodes lines, isolating the bad ones by bisection: (good rows, their indices, bad (index, reason)).
fn decode_isolating(
    schema: &SchemaRef,
    lines: &[&[u8]],
    offset: usize,
    good: &mut Vec<RecordBatch>,
    good_index: &mut Vec<usize>,
    bad: &mut Vec<(usize, String)>,
) {
    if lines.is_empty() {
        return;
    }
    match decode_json(schema, lines) {
        Ok(batch) if batch.num_rows() == lines.len() => {
            good.push(batch);
            good_index.extend(offset..offset + lines.len());
        }
        Ok(_) if lines.len() == 1 => bad.push((offset, "the line is not one JSON object".into())),
        Err(reason) if lines.len() == 1 => {
            let reason = if std::str::from_utf8(lines[0]).is_err() {
                "the line is not valid UTF-8".to_owned()
            } else {
                format!("invalid JSON: {reason}")
            };
            bad.push((offset, reason));
        }
        _ => {
            let mid = lines.len() / 2;
            decode_isolating(schema, &lines[..mid], offset, good, good_index, bad);
            decode_isolating(schema, &lines[mid..], offset + mid, good, good_index, bad);
        }
    }
}

/// The records of a JSON file: one per line, or the elements of a top-level array (whose
/// "line" in reports is the element's number).
enum JsonRecords {
    Lines,
    Array(std::collections::VecDeque<Vec<u8>>),
}

impl JsonRecords {
    fn open(reader: &mut Input) -> std::result::Result<JsonRecords, String> {
        let first = loop {
            let available = reader.fill_buf().map_err(|e| format!("cannot read: {e}"))?;
            match available.iter().position(|b| !b.is_ascii_whitespace()) {
                Some(i) => break Some(available[i]),
                None if available.is_empty() => break None,
                None => {
                    let n = available.len();
                    reader.consume(n);
                }
            }
        };
        if first != Some(b'[') {
            return Ok(JsonRecords::Lines);
        }
        let values: Vec<serde_json::Value> =
            serde_json::from_reader(reader).map_err(|e| format!("not a JSON array of objects: {e}"))?;
        let elements = values.iter().map(|v| serde_json::to_vec(v).unwrap_or_default()).collect();
        Ok(JsonRecords::Array(elements))
    }

    /// Appends the next record to `buffer`; 0 at the end.
    fn next(&mut self, reader: &mut Input, buffer: &mut Vec<u8>) -> std::io::Result<usize> {
        match self {
            JsonRecords::Lines => reader.read_until(b'\n', buffer),
            JsonRecords::Array(elements) => Ok(elements.pop_front().map_or(0, |e| {
                buffer.extend_from_slice(&e);
                e.len().max(1)
            })),
        }
    }
}

fn json_chunks(source: &Source, target: &Target<'_>) -> Result<Box<dyn Iterator<Item = Result<Raw>> + Send>> {
    let path = source.path.clone();
    let mut reader = BufReader::with_capacity(1 << 20, open(&path)?);
    let read_schema: SchemaRef = Arc::new(Schema::new(
        target
            .schema
            .fields()
            .iter()
            .map(|f| {
                let ty = if f.name() == &target.def.time_column && f.data_type().is_integer() {
                    DataType::Int64
                } else {
                    json_read_type(f.data_type())
                };
                Field::new(f.name(), ty, true)
            })
            .collect::<Vec<_>>(),
    ));
    let mut records = JsonRecords::open(&mut reader).map_err(|e| file_error(&path, e))?;
    let mut line_number = 0u64;
    let mut done = false;
    Ok(Box::new(std::iter::from_fn(move || {
        if done {
            return None;
        }
        let mut buffer: Vec<u8> = Vec::new();
        let mut spans: Vec<(usize, usize, u64)> = Vec::new();
        while spans.len() < CHUNK_RECORDS {
            let start = buffer.len();
            match records.next(&mut reader, &mut buffer) {
                Ok(0) => {
                    done = true;
                    break;
                }
                Ok(_) => {}
                Err(e) => {
                    done = true;
                    return Some(Err(file_error(&path, format!("cannot read: {e}"))));
                }
            }
            line_number += 1;
            let mut end = buffer.len();
            while end > start && matches!(buffer[end - 1], b'\n' | b'\r' | b' ' | b'\t') {
                end -= 1;
            }
            if end > start {
                spans.push((start, end, line_number));
            }
        }
        if spans.is_empty() {
            return None;
        }
        let lines: Vec<&[u8]> = spans.iter().map(|(s, e, _)| &buffer[*s..*e]).collect();
        let (mut good, mut index, mut bad) = (Vec::new(), Vec::new(), Vec::new());
        decode_isolating(&read_schema, &lines, 0, &mut good, &mut index, &mut bad);
        let batch = match arrow_select::concat::concat_batches(&read_schema, &good) {
            Ok(b) => b,
            Err(e) => return Some(Err(file_error(&path, e))),
        };
        Some(Ok(Raw {
            columns: batch.columns().iter().cloned().map(Some).collect(),
            lines: index.iter().map(|i| spans[*i].2).collect(),
            broken: bad.into_iter().map(|(i, reason)| (spans[i].2, reason)).collect(),
        }))
    })))
}

// ---------------------------------------------------------------------------------------------
// Parquet

fn parquet_chunks(source: &Source, target: &Target<'_>) -> Result<Box<dyn Iterator<Item = Result<Raw>> + Send>> {
    let path = source.path.clone();
    let (file_schema, reader) = parquet_reader(&path, CHUNK_RECORDS)?;
    let mut indices = Vec::new();
    for field in target.schema.fields() {
        let index = file_schema.index_of(field.name()).ok();
        if index.is_none() && target.required(field.name()) {
            return Err(Error::SchemaMismatch {
                file: path.clone(),
                message: format!("the column '{}' is missing", field.name()),
            });
        }
        indices.push(index);
    }
    let mut row = 1u64;
    Ok(Box::new(reader.map(move |batch| {
        let batch = batch.map_err(|e| Error::InvalidInput {
            location: Location { file: path.clone(), line: Some(row), column: None },
            message: format!("cannot read row group ({e})"),
        })?;
        let lines = (row..row + batch.num_rows() as u64).collect();
        row += batch.num_rows() as u64;
        Ok(Raw {
            columns: indices.iter().map(|i| i.map(|i| batch.column(i).clone())).collect(),
            lines,
            broken: Vec::new(),
        })
    })))
}

// ---------------------------------------------------------------------------------------------
// Conversion

/// Parses text times with a chrono format, or as RFC 3339 / ISO 8601 without one. Unparsable
/// values become null (the caller reports them).
fn parse_times(text: &arrow_array::StringArray, format: Option<&str>) -> TimestampNanosecondArray {
    let parse = |s: &str| -> Option<i64> {
        let s = s.trim();
        match format {
            None => arrow_cast::parse::string_to_timestamp_nanos(s).ok(),
            Some(f) => {
                if let Ok(t) = chrono::DateTime::parse_from_str(s, f) {
                    return t.timestamp_nanos_opt();
                }
                if let Ok(t) = chrono::NaiveDateTime::parse_from_str(s, f) {
                    return t.and_utc().timestamp_nanos_opt();
                }
                chrono::NaiveDate::parse_from_str(s, f).ok()?.and_hms_opt(0, 0, 0)?.and_utc().timestamp_nanos_opt()
            }
        }
    };
    text.iter().map(|v| v.and_then(parse)).collect::<TimestampNanosecondArray>().with_timezone("+00:00")
}

fn describe(value: &dyn Array, row: usize) -> String {
    match value.as_string_opt::<i32>() {
        Some(s) => format!("{:?}", s.value(row)),
        None => arrow_cast::display::array_value_to_string(value, row).unwrap_or_default(),
    }
}

fn convert(raw: Raw, path: &str, target: &Target<'_>) -> Result<Chunk> {
    let rows = raw.lines.len();
    let mut columns: Vec<ArrayRef> = Vec::with_capacity(target.schema.fields().len());
    let mut fields: Vec<Field> = Vec::with_capacity(target.schema.fields().len());
    // Per row: the first failure (column index, whether the record must be dropped).
    let mut failed: Vec<Option<(usize, bool)>> = vec![None; rows];
    let mut originals: Vec<Option<ArrayRef>> = Vec::new();
    for (i, (field, column)) in target.schema.fields().iter().zip(raw.columns).enumerate() {
        let required = target.required(field.name());
        let is_time = field.name() == &target.def.time_column;
        let converted: ArrayRef = match &column {
            None => arrow_array::new_null_array(field.data_type(), rows),
            Some(c) if is_time && matches!(c.data_type(), DataType::Utf8) && !field.data_type().is_integer() => {
                Arc::new(parse_times(c.as_string::<i32>(), target.external.time_format.as_deref()))
            }
            Some(c) if c.data_type() == field.data_type() => c.clone(),
            Some(c) if is_time && matches!(c.data_type(), DataType::Timestamp(_, _)) => c.clone(),
            Some(c) => {
                let to = if is_time && matches!(field.data_type(), DataType::Timestamp(_, _)) {
                    DataType::Timestamp(TimeUnit::Nanosecond, Some("+00:00".into()))
                } else {
                    field.data_type().clone()
                };
                arrow_cast::cast_with_options(c, &to, &arrow_cast::CastOptions { safe: true, ..Default::default() })
                    .map_err(|e| Error::SchemaMismatch {
                        file: path.to_owned(),
                        message: format!(
                            "column '{}' of type {} cannot be read as {}: {e}",
                            field.name(),
                            c.data_type(),
                            to
                        ),
                    })?
            }
        };
        // A value present before conversion and null after failed to parse; a missing
        // required value fails too.
        let before = column.as_ref().map(|c| c.logical_nulls());
        let after = converted.logical_nulls();
        let present_before = |row: usize| match (&column, &before) {
            (None, _) => false,
            (Some(_), Some(Some(n))) => n.is_valid(row),
            _ => true,
        };
        let null_after = |row: usize| after.as_ref().is_some_and(|n: &NullBuffer| n.is_null(row));
        if after.as_ref().is_some_and(|n| n.null_count() > 0) {
            for (row, slot) in failed.iter_mut().enumerate() {
                if null_after(row) && (present_before(row) || required) {
                    match slot {
                        Some((_, drop)) => *drop |= required,
                        None => *slot = Some((i, required)),
                    }
                }
            }
        }
        originals.push(column);
        fields.push(Field::new(field.name(), converted.data_type().clone(), true));
        columns.push(converted);
    }
    let mode = target.external.error_mode;
    let mut bad: Vec<BadRecord> = raw
        .broken
        .into_iter()
        .map(|(line, reason)| BadRecord {
            location: Location { file: path.to_owned(), line: Some(line), column: None },
            reason,
            dropped: true,
        })
        .collect();
    for (row, slot) in failed.iter().enumerate() {
        let Some((i, required)) = slot else { continue };
        let field = target.schema.field(*i);
        let reason = match &originals[*i] {
            Some(original) if original.is_valid(row) => {
                let what = if field.name() == &target.def.time_column {
                    match &target.external.time_format {
                        Some(f) => format!("a time in the format {f:?}"),
                        None => "a time (RFC 3339 / ISO 8601, e.g. 2024-01-31T12:00:00Z)".to_owned(),
                    }
                } else {
                    fenl_compiler::types::FenlType::from_arrow(field.data_type())
                        .map_or_else(|| field.data_type().to_string(), |t| t.to_string())
                };
                format!("cannot parse {} as {what}", describe(original.as_ref(), row))
            }
            _ if field.name() == &target.def.time_column => "the time is null: every event needs a time".to_owned(),
            _ if field.name() == &target.def.key_column => "the entity key is null: every event needs a key".to_owned(),
            _ => format!(
                "the {} is null",
                if target.external.primary_key.contains(field.name()) { "primary key" } else { "subsort" }
            ),
        };
        bad.push(BadRecord {
            location: Location {
                file: path.to_owned(),
                line: Some(raw.lines[row]),
                column: Some(field.name().clone()),
            },
            reason,
            dropped: *required || mode != ErrorMode::Permissive,
        });
    }
    bad.sort_by_key(|b| b.location.line);
    let keep: Vec<bool> =
        failed.iter().map(|slot| slot.is_none_or(|(_, required)| !required && mode == ErrorMode::Permissive)).collect();
    let batch = RecordBatch::try_new(Arc::new(Schema::new(fields)), columns)?;
    let (batch, lines) = keep_rows(&batch, raw.lines, &keep)?;
    Ok(Chunk { batch, lines, bad })
}

/// The rows of `batch`, and their lines, where `keep` is true.
pub(crate) fn keep_rows(batch: &RecordBatch, lines: Vec<u64>, keep: &[bool]) -> Result<(RecordBatch, Vec<u64>)> {
    if keep.iter().all(|k| *k) {
        return Ok((batch.clone(), lines));
    }
    let mask = BooleanArray::new(BooleanBuffer::from(keep), None);
    let lines = lines.into_iter().zip(keep).filter(|(_, k)| **k).map(|(l, _)| l).collect();
    Ok((arrow_select::filter::filter_record_batch(batch, &mask)?, lines))
}

// ---------------------------------------------------------------------------------------------
// Schema inference

/// Records read per file to infer a schema.
pub const INFER_RECORDS: usize = 100_000;

/// The schema of the first file(s), as the table would store it: Delta types, the time column
/// as a UTC timestamp unless it holds integers (epoch seconds).
pub fn infer(sources: &[Source], def: &TableDef, external: &ExternalDef) -> Result<Schema> {
    let first = sources.first().ok_or_else(|| {
        Error::InvalidArgument(format!(
            "no files match '{}' yet: declare the columns with --schema to create the table anyway",
            external.path
        ))
    })?;
    let path = &first.path;
    let inferred = match external.format {
        Format::Csv => {
            let mut format = arrow_csv::reader::Format::default()
                .with_header(external.csv.header)
                .with_delimiter(external.csv.delimiter)
                .with_quote(external.csv.quote)
                .with_truncated_rows(true);
            if let Some(e) = external.csv.escape {
                format = format.with_escape(e);
            }
            if let Some(c) = external.csv.comment {
                format = format.with_comment(c);
            }
            if let Some(n) = &external.null_string {
                let regex = regex::Regex::new(&format!("^{}$", regex::escape(n)))
                    .map_err(|e| Error::InvalidArgument(format!("--null-string: {e}")))?;
                format = format.with_null_regex(regex);
            }
            let (schema, records) = format
                .infer_schema(open(path)?, Some(INFER_RECORDS))
                .map_err(|e| file_error(path, format!("cannot infer the schema ({e}); declare it with --schema")))?;
            if schema.fields().is_empty() {
                return Err(file_error(path, "the file is empty: expected a header line"));
            }
            if records == 0 && external.csv.header {
                return Err(file_error(path, "the file has a header but no rows: declare the columns with --schema"));
            }
            schema
        }
        Format::Jsonl if first_non_space(path)? == Some(b'[') => {
            let values: Vec<serde_json::Value> = serde_json::from_reader(BufReader::new(open(path)?))
                .map_err(|e| file_error(path, format!("not a JSON array of objects: {e}")))?;
            let objects = values.into_iter().filter(serde_json::Value::is_object).take(INFER_RECORDS).map(Ok);
            let schema = arrow_json::reader::infer_json_schema_from_iterator(objects)
                .map_err(|e| file_error(path, format!("cannot infer the schema ({e}); declare it with --schema")))?;
            if schema.fields().is_empty() {
                return Err(file_error(path, "no JSON object found to infer the schema from"));
            }
            schema
        }
        Format::Jsonl => {
            let reader = BufReader::new(open(path)?);
            let values = reader
                .split(b'\n')
                .take(INFER_RECORDS)
                .filter_map(|line| line.ok())
                .filter(|line| !line.iter().all(u8::is_ascii_whitespace))
                .filter_map(|line| serde_json::from_slice::<serde_json::Value>(&line).ok())
                .filter(serde_json::Value::is_object)
                .map(Ok);
            let schema = arrow_json::reader::infer_json_schema_from_iterator(values)
                .map_err(|e| file_error(path, format!("cannot infer the schema ({e}); declare it with --schema")))?;
            if schema.fields().is_empty() {
                return Err(file_error(path, "no JSON object found to infer the schema from"));
            }
            schema
        }
        Format::Parquet => parquet_reader(path, 1)?.0.as_ref().clone(),
        Format::ArrowStream => return Err(file_error(path, "external tables read csv, parquet or jsonl")),
    };
    // Columns named like Fenl's internal ones (`_time` in a file fenl wrote) are not read.
    let user: Vec<Field> = inferred
        .fields()
        .iter()
        .filter(|f| !crate::table::INTERNAL_COLUMNS.contains(&f.name().as_str()))
        .map(|f| f.as_ref().clone())
        .collect();
    let schema = crate::load::normalize_schema(&Schema::new(user));
    stored_schema(&schema, def)
}

fn first_non_space(path: &str) -> Result<Option<u8>> {
    let mut reader = BufReader::new(open(path)?);
    let mut byte = [0u8; 1];
    loop {
        match reader.read(&mut byte) {
            Ok(0) => return Ok(None),
            Ok(_) if byte[0].is_ascii_whitespace() => continue,
            Ok(_) => return Ok(Some(byte[0])),
            Err(e) => return Err(file_error(path, format!("cannot read: {e}"))),
        }
    }
}

/// Checks a declared or inferred schema against the definition and fixes the time column's type.
pub fn stored_schema(schema: &Schema, def: &TableDef) -> Result<Schema> {
    let mut fields = Vec::new();
    for field in schema.fields() {
        if crate::table::INTERNAL_COLUMNS.contains(&field.name().as_str()) {
            return Err(Error::InvalidArgument(format!("the column name '{}' is reserved", field.name())));
        }
        let ty = if field.name() == &def.time_column && !field.data_type().is_integer() {
            DataType::Timestamp(TimeUnit::Microsecond, Some("+00:00".into()))
        } else {
            field.data_type().clone()
        };
        fields.push(Field::new(field.name(), ty, true));
    }
    let names: Vec<&str> = fields.iter().map(|f| f.name().as_str()).collect();
    for (role, column) in [
        ("time", Some(&def.time_column)),
        ("entity key", Some(&def.key_column)),
        ("subsort", def.subsort_column.as_ref()),
    ] {
        if let Some(column) = column {
            if !names.contains(&column.as_str()) {
                return Err(Error::InvalidArgument(format!(
                    "the {role} column '{column}' is not among the columns ({})",
                    names.join(", ")
                )));
            }
        }
    }
    if let Some(external) = &def.external {
        for column in &external.primary_key {
            if !names.contains(&column.as_str()) {
                return Err(Error::InvalidArgument(format!(
                    "the primary key column '{column}' is not among the columns ({})",
                    names.join(", ")
                )));
            }
        }
    }
    Ok(Schema::new(fields))
}

/// Parses a declared schema: `name:type,name:type` with types i32, i64, f32, f64, bool,
/// string, timestamp, date.
pub fn parse_schema(text: &str) -> Result<Schema> {
    let mut fields = Vec::new();
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (name, ty) = part.split_once(':').ok_or_else(|| {
            Error::InvalidArgument(format!("--schema: {part:?} should be NAME:TYPE (e.g. amount:f64)"))
        })?;
        let ty = match ty.trim() {
            "i32" => DataType::Int32,
            "i64" | "int" => DataType::Int64,
            "f32" => DataType::Float32,
            "f64" | "float" => DataType::Float64,
            "bool" | "boolean" => DataType::Boolean,
            "string" | "str" => DataType::Utf8,
            "timestamp" => DataType::Timestamp(TimeUnit::Microsecond, Some("+00:00".into())),
            "date" => DataType::Date32,
            other => {
                return Err(Error::InvalidArgument(format!(
                "--schema: unknown type '{other}' for '{}': use i32, i64, f32, f64, bool, string, timestamp or date",
                name.trim()
            )))
            }
        };
        let name = name.trim();
        if name.is_empty() || fields.iter().any(|f: &Field| f.name() == name) {
            return Err(Error::InvalidArgument(format!("--schema: the column name {name:?} is empty or repeated")));
        }
        fields.push(Field::new(name, ty, true));
    }
    if fields.is_empty() {
        return Err(Error::InvalidArgument("--schema declares no columns".into()));
    }
    Ok(Schema::new(fields))
}

/// Error-mode accounting shared by loads and scans.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    pub files: usize,
    /// Files that could not be read at all (skip and permissive modes go on without them).
    pub bad_files: usize,
    /// Records read (good and bad).
    pub records: u64,
    /// Records kept.
    pub valid: u64,
    /// Records dropped as bad.
    pub skipped: u64,
    /// Records kept with null in fields that failed (permissive).
    pub nulled: u64,
    /// Records dropped because their primary key was already there.
    pub duplicates: u64,
    /// The first few bad records.
    pub examples: Vec<BadRecord>,
}

/// How many bad records a report shows.
pub const EXAMPLES: usize = 5;

impl Tally {
    /// Adds the counts of a tally of other files (read on another thread); the examples are
    /// put back in file and line order, the first few kept.
    pub fn merge(&mut self, other: Tally) {
        self.files += other.files;
        self.bad_files += other.bad_files;
        self.records += other.records;
        self.valid += other.valid;
        self.skipped += other.skipped;
        self.nulled += other.nulled;
        self.duplicates += other.duplicates;
        self.examples.extend(other.examples);
        self.examples.sort_by(|a, b| (&a.location.file, a.location.line).cmp(&(&b.location.file, b.location.line)));
        self.examples.truncate(EXAMPLES);
    }

    /// Accounts for a file that cannot be read at all: an error in abort mode, else skipped.
    pub fn add_bad_file(&mut self, error: Error, external: &ExternalDef) -> Result<()> {
        let location = match &error {
            Error::InvalidInput { location, .. } => location.clone(),
            Error::SchemaMismatch { file, .. } => Location { file: file.clone(), line: None, column: None },
            _ => return Err(error),
        };
        if external.error_mode == ErrorMode::Abort {
            return Err(error);
        }
        self.bad_files += 1;
        if self.examples.len() < EXAMPLES {
            let reason = match &error {
                Error::InvalidInput { message, .. } => message.clone(),
                Error::SchemaMismatch { message, .. } => format!("schema mismatch: {message}"),
                other => other.to_string(),
            };
            self.examples.push(BadRecord { location, reason, dropped: true });
        }
        Ok(())
    }

    /// Accounts for a chunk: fails in abort mode at its first bad record, or when the bad
    /// records exceed `max_bad_rows`.
    pub fn add(&mut self, chunk: &Chunk, external: &ExternalDef) -> Result<()> {
        let nulled = chunk.bad.iter().filter(|b| !b.dropped).count() as u64;
        let dropped = chunk.bad.len() as u64 - nulled;
        self.records += chunk.batch.num_rows() as u64 + dropped;
        self.valid += chunk.batch.num_rows() as u64;
        self.skipped += dropped;
        self.nulled += nulled;
        if let Some(first) = chunk.bad.first() {
            if external.error_mode == ErrorMode::Abort {
                return Err(Error::InvalidInput {
                    location: first.location.clone(),
                    message: format!("{} (error mode abort: nothing was loaded)", first.reason),
                });
            }
        }
        for b in chunk.bad.iter() {
            if self.examples.len() >= EXAMPLES {
                break;
            }
            self.examples.push(b.clone());
        }
        if let Some(max) = external.max_bad_rows {
            if self.skipped + self.nulled > max {
                return Err(Error::InvalidArgument(format!(
                    "{} bad records, more than --max-bad-rows {max}; the first: {}",
                    self.skipped + self.nulled,
                    self.examples.first().map_or(String::new(), ToString::to_string)
                )));
            }
        }
        Ok(())
    }

    /// A one-paragraph account of the bad records, for stderr; empty when there were none.
    pub fn describe_bad(&self) -> Vec<String> {
        let mut lines = Vec::new();
        if self.bad_files > 0 {
            lines.push(format!("skipped {} unreadable file{}", self.bad_files, plural(self.bad_files as u64)));
        }
        if self.skipped > 0 {
            lines.push(format!("skipped {} bad record{}", self.skipped, plural(self.skipped)));
        }
        if self.nulled > 0 {
            lines.push(format!(
                "kept {} record{} with null in fields that did not parse",
                self.nulled,
                plural(self.nulled)
            ));
        }
        if self.duplicates > 0 {
            lines.push(format!(
                "dropped {} record{} whose primary key was already loaded",
                self.duplicates,
                plural(self.duplicates)
            ));
        }
        if self.skipped + self.nulled > 0 || self.bad_files > 0 {
            for b in &self.examples {
                lines.push(format!("  {b}"));
            }
            let shown = self.examples.len() as u64;
            let all = self.skipped + self.nulled + self.bad_files as u64;
            if all > shown {
                lines.push(format!("  ... and {} more", all - shown));
            }
        }
        lines
    }
}

pub fn plural(n: u64) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
