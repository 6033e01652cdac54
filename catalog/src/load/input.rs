//! Reading input files into record batches, tracking the line each batch starts at.

use std::fs::File;
use std::io::{BufReader, Cursor, Read, Seek};
use std::sync::Arc;

use arrow_array::{Array, ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Fields, Schema, SchemaRef, TimeUnit};

use crate::error::{Error, Location, Result};

/// Input file formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Parquet,
    Jsonl,
    /// An Arrow IPC stream (what `-` reads when stdin starts with the IPC marker).
    ArrowStream,
}

impl Format {
    pub fn parse(text: &str) -> Result<Format> {
        match text {
            "csv" => Ok(Format::Csv),
            "parquet" => Ok(Format::Parquet),
            "jsonl" | "json" | "ndjson" => Ok(Format::Jsonl),
            "arrow" | "ipc" => Ok(Format::ArrowStream),
            other => Err(Error::InvalidArgument(format!("unknown format '{other}': use csv, parquet, jsonl or arrow"))),
        }
    }

    /// The format a file name implies.
    pub fn from_path(path: &str) -> Option<Format> {
        let lower = path.to_ascii_lowercase();
        if lower.ends_with(".csv") || lower.ends_with(".tsv") {
            Some(Format::Csv)
        } else if lower.ends_with(".parquet") || lower.ends_with(".pq") {
            Some(Format::Parquet)
        } else if lower.ends_with(".jsonl") || lower.ends_with(".ndjson") || lower.ends_with(".json") {
            Some(Format::Jsonl)
        } else {
            None
        }
    }
}

/// One input: a path (or `-` for stdin) and its format.
#[derive(Debug, Clone)]
pub struct Input {
    pub path: String,
    pub format: Format,
    /// Stdin without an explicit format: an Arrow IPC stream if it starts like one, else CSV.
    pub sniff: bool,
}

impl Input {
    /// An input whose format comes from `format` or else from the file extension.
    pub fn new(path: &str, format: Option<Format>) -> Result<Input> {
        let format = match format.or_else(|| Format::from_path(path)) {
            Some(f) => f,
            None if path == "-" => return Ok(Input { path: path.to_owned(), format: Format::Csv, sniff: true }),
            None => {
                return Err(Error::InvalidArgument(format!(
                    "cannot tell the format of '{path}' from its name: pass --format csv|parquet|jsonl"
                )))
            }
        };
        Ok(Input { path: path.to_owned(), format, sniff: false })
    }
}

/// Rows read per batch.
pub const BATCH_SIZE: usize = 64 * 1024;

/// A batch and the 1-based line (CSV, JSON lines) or row (Parquet) of its first row.
pub type LocatedBatch = (RecordBatch, u64);

/// The batches of one input, in file order.
pub type Batches = Box<dyn Iterator<Item = Result<LocatedBatch>> + Send>;

thread_local! {
    /// Stdin already read while sniffing its format.
    static STDIN: std::cell::RefCell<Option<Vec<u8>>> = const { std::cell::RefCell::new(None) };
}

fn open(input: &Input) -> Result<Box<dyn ReadSeek>> {
    if input.path == "-" {
        if let Some(buffer) = STDIN.with(|cell| cell.borrow_mut().take()) {
            return Ok(Box::new(Cursor::new(buffer)));
        }
        let mut buffer = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buffer)
            .map_err(|e| Error::InvalidArgument(format!("cannot read stdin: {e}")))?;
        return Ok(Box::new(Cursor::new(buffer)));
    }
    let file = File::open(&input.path).map_err(|e| Error::InvalidInput {
        location: Location { file: input.path.clone(), line: None, column: None },
        message: format!("cannot open: {e}"),
    })?;
    if file.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        return Err(Error::InvalidInput {
            location: Location { file: input.path.clone(), line: None, column: None },
            message: "is a directory, not a file".to_owned(),
        });
    }
    Ok(Box::new(file))
}

trait ReadSeek: Read + Seek + Send {}
impl<T: Read + Seek + Send> ReadSeek for T {}

fn input_error(input: &Input, message: impl std::fmt::Display) -> Error {
    Error::InvalidInput {
        location: Location { file: input.path.clone(), line: None, column: None },
        message: message.to_string(),
    }
}

/// Reads an input. With `schema`, the file must have exactly those columns (in any order);
/// without, types are inferred. Returns the file's normalised schema and its batches.
///
/// `text_columns` are read as text from CSV or JSON (the time column: the loader parses it to
/// nanoseconds and stores the parsed instants).
pub fn read_input(input: &Input, schema: Option<&Schema>, text_columns: &[&str]) -> Result<(SchemaRef, Batches)> {
    if input.path == "-" && (input.sniff || input.format == Format::ArrowStream) {
        let mut buffer = Vec::new();
        std::io::stdin().read_to_end(&mut buffer).map_err(|e| input_error(input, format!("cannot read stdin: {e}")))?;
        if input.format == Format::ArrowStream || buffer.starts_with(&[0xff, 0xff, 0xff, 0xff]) {
            return read_arrow_stream(input, buffer, schema);
        }
        STDIN.with(|cell| *cell.borrow_mut() = Some(buffer));
    }
    match input.format {
        Format::ArrowStream => Err(input_error(input, "Arrow IPC streams are read from stdin (`-`) only")),
        Format::Csv => read_csv(input, schema, text_columns),
        Format::Jsonl => read_jsonl(input, schema, text_columns),
        Format::Parquet => read_parquet(input, schema),
    }
}

fn keep_text(schema: Schema, text_columns: &[&str]) -> Schema {
    let fields: Vec<Field> = schema
        .fields()
        .iter()
        .map(|f| {
            if text_columns.contains(&f.name().as_str())
                && matches!(f.data_type(), DataType::Timestamp(_, _) | DataType::Date32 | DataType::Date64)
            {
                Field::new(f.name(), DataType::Utf8, true)
            } else {
                f.as_ref().clone()
            }
        })
        .collect();
    Schema::new(fields)
}

/// Arranges a declared schema in the order of the file's own columns, refusing missing or extra ones.
fn conform(input: &Input, file_columns: &[String], schema: &Schema) -> Result<Schema> {
    let mut seen = std::collections::HashSet::new();
    if let Some(dup) = file_columns.iter().find(|c| !seen.insert(c.as_str())) {
        return Err(input_error(input, format!("column '{dup}' appears twice in the header")));
    }
    let mut fields = Vec::new();
    for name in file_columns {
        match schema.field_with_name(name) {
            Ok(f) => fields.push(f.clone()),
            Err(_) => {
                return Err(Error::SchemaMismatch {
                    file: input.path.clone(),
                    message: format!(
                        "column '{name}' is not in the table (its columns: {})",
                        schema.fields().iter().map(|f| f.name().as_str()).collect::<Vec<_>>().join(", ")
                    ),
                })
            }
        }
    }
    if let Some(missing) = schema.fields().iter().find(|f| !file_columns.contains(f.name())) {
        return Err(Error::SchemaMismatch {
            file: input.path.clone(),
            message: format!("column '{}' ({}) is missing", missing.name(), missing.data_type()),
        });
    }
    Ok(Schema::new(fields))
}

fn read_csv(input: &Input, schema: Option<&Schema>, text_columns: &[&str]) -> Result<(SchemaRef, Batches)> {
    let mut reader = open(input)?;
    let format = arrow_csv::reader::Format::default().with_header(true);
    let (inferred, records) = format.infer_schema(&mut reader, Some(100_000)).map_err(|e| input_error(input, e))?;
    if inferred.fields().is_empty() {
        return Err(input_error(input, "the file is empty: expected a header line"));
    }
    let names: Vec<String> = inferred.fields().iter().map(|f| f.name().clone()).collect();
    if let Some(empty) = names.iter().position(String::is_empty) {
        return Err(input_error(input, format!("column {} has an empty name in the header", empty + 1)));
    }
    let read_schema = match schema {
        // The time column is read as text and parsed by the loader, whatever the table stores.
        Some(s) => keep_text(conform(input, &names, s)?, text_columns),
        None => {
            let mut seen = std::collections::HashSet::new();
            if let Some(dup) = names.iter().find(|c| !seen.insert(c.as_str())) {
                return Err(input_error(input, format!("column '{dup}' appears twice in the header")));
            }
            if records == 0 {
                return Err(input_error(input, "the file has a header but no rows"));
            }
            normalize_schema(&keep_text(inferred, text_columns))
        }
    };
    reader.rewind().map_err(|e| input_error(input, e))?;
    let read_schema = Arc::new(read_schema);
    let csv = arrow_csv::ReaderBuilder::new(read_schema.clone())
        .with_format(format)
        .with_batch_size(BATCH_SIZE)
        .build(BufReader::new(reader))
        .map_err(|e| input_error(input, e))?;
    let path = input.path.clone();
    let columns = read_schema.clone();
    let batches = number_batches(csv, 2, move |message, _| csv_error(&path, &columns, &message));
    Ok((read_schema, batches))
}

/// Numbers a reader's batches with the line (or row) of their first row, counting from
/// `first`; `error` turns a read failure (its message, the line it happened at) into an error.
fn number_batches<I>(batches: I, first: u64, error: impl Fn(String, u64) -> Error + Send + 'static) -> Batches
where
    I: Iterator<Item = std::result::Result<RecordBatch, arrow_schema::ArrowError>> + Send + 'static,
{
    let mut next = first;
    Box::new(batches.map(move |batch| {
        let batch = batch.map_err(|e| error(e.to_string(), next))?;
        let at = next;
        next += batch.num_rows() as u64;
        Ok((batch, at))
    }))
}

/// Turns arrow-csv's "Error while parsing value 'x' as type 'T' for column C at line L" (0-based
/// column, data line) into a located error naming the column.
fn csv_error(path: &str, schema: &Schema, message: &str) -> Error {
    let parse = || -> Option<(String, usize, u64)> {
        let value = message.split("parsing value '").nth(1)?.split('\'').next()?.to_owned();
        let rest = message.split(" for column ").nth(1)?;
        let column: usize = rest.split(' ').next()?.parse().ok()?;
        let line: u64 = rest.split(" at line ").nth(1)?.split(|c: char| !c.is_ascii_digit()).next()?.parse().ok()?;
        Some((value, column, line))
    };
    match parse() {
        Some((value, column, line)) => {
            let field = schema.fields().get(column);
            Error::InvalidInput {
                location: Location {
                    file: path.to_owned(),
                    line: Some(line + 1),
                    column: field.map(|f| f.name().clone()),
                },
                message: format!(
                    "cannot parse {value:?} as {}",
                    field.map_or("the column type".to_owned(), |f| f.data_type().to_string())
                ),
            }
        }
        None => Error::InvalidInput {
            location: Location { file: path.to_owned(), line: None, column: None },
            message: message.to_owned(),
        },
    }
}

fn read_jsonl(input: &Input, schema: Option<&Schema>, text_columns: &[&str]) -> Result<(SchemaRef, Batches)> {
    let mut reader = BufReader::new(open(input)?);
    let (inferred, records) =
        arrow_json::reader::infer_json_schema(&mut reader, Some(100_000)).map_err(|e| input_error(input, e))?;
    if records == 0 {
        return Err(input_error(input, "the file is empty: expected one JSON object per line"));
    }
    let read_schema = match schema {
        Some(s) => {
            let names: Vec<String> = inferred.fields().iter().map(|f| f.name().clone()).collect();
            keep_text(conform(input, &names, s)?, text_columns)
        }
        None => normalize_schema(&keep_text(inferred, text_columns)),
    };
    reader.rewind().map_err(|e| input_error(input, e))?;
    let read_schema = Arc::new(read_schema);
    let json = arrow_json::ReaderBuilder::new(read_schema.clone())
        .with_batch_size(BATCH_SIZE)
        .build(reader)
        .map_err(|e| input_error(input, e))?;
    let path = input.path.clone();
    let batches = number_batches(json, 1, move |message, _| Error::InvalidInput {
        location: Location { file: path.clone(), line: None, column: None },
        message,
    });
    Ok((read_schema, batches))
}

fn read_parquet(input: &Input, schema: Option<&Schema>) -> Result<(SchemaRef, Batches)> {
    use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
    // A file is read row group by row group; only stdin is buffered whole.
    let reader = if input.path == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes).map_err(|e| input_error(input, e))?;
        ParquetRecordBatchReaderBuilder::try_new(bytes::Bytes::from(bytes))
            .map(|b| (b.schema().clone(), b.with_batch_size(BATCH_SIZE).build()))
    } else {
        let file = File::open(&input.path).map_err(|e| input_error(input, format!("cannot open: {e}")))?;
        if file.metadata().map(|m| m.is_dir()).unwrap_or(false) {
            return Err(input_error(input, "is a directory, not a file"));
        }
        ParquetRecordBatchReaderBuilder::try_new(file)
            .map(|b| (b.schema().clone(), b.with_batch_size(BATCH_SIZE).build()))
    };
    let (file_schema, reader) = reader.map_err(|e| input_error(input, format!("not a readable Parquet file ({e})")))?;
    let reader = reader.map_err(|e| input_error(input, format!("not a readable Parquet file ({e})")))?;
    let target = typed_target(input, &file_schema, schema, "file")?;
    let path = input.path.clone();
    // Batches come as read; the loader computes the internal columns from the raw values
    // (nanosecond times) and then normalises the user's columns (`normalize_batch`).
    let batches = number_batches(reader, 1, move |message, row| Error::InvalidInput {
        location: Location { file: path.clone(), line: Some(row), column: None },
        message: format!("cannot read row group ({message})"),
    });
    Ok((Arc::new(target), batches))
}

/// The normalised schema of a typed input (Parquet, Arrow); with a table schema, the input's
/// columns must be exactly the table's, with the same types.
fn typed_target(input: &Input, file_schema: &Schema, schema: Option<&Schema>, what: &str) -> Result<Schema> {
    let target = normalize_schema(file_schema);
    if let Some(s) = schema {
        let names: Vec<String> = file_schema.fields().iter().map(|f| f.name().clone()).collect();
        let conformed = conform(input, &names, s)?;
        for (have, want) in target.fields().iter().zip(conformed.fields()) {
            if have.data_type() != want.data_type() {
                return Err(Error::SchemaMismatch {
                    file: input.path.clone(),
                    message: format!(
                        "column '{}' is {} in the {what} but {} in the table",
                        have.name(),
                        have.data_type(),
                        want.data_type()
                    ),
                });
            }
        }
    }
    Ok(target)
}

fn read_arrow_stream(input: &Input, buffer: Vec<u8>, schema: Option<&Schema>) -> Result<(SchemaRef, Batches)> {
    let reader = arrow_ipc::reader::StreamReader::try_new(Cursor::new(buffer), None)
        .map_err(|e| input_error(input, format!("not a readable Arrow IPC stream ({e})")))?;
    let file_schema = reader.schema();
    let target = typed_target(input, &file_schema, schema, "stream")?;
    let path = input.path.clone();
    let batches = number_batches(reader, 1, move |message, row| Error::InvalidInput {
        location: Location { file: path.clone(), line: Some(row), column: None },
        message: format!("cannot read the stream ({message})"),
    });
    Ok((Arc::new(target), batches))
}

/// The Delta-representable type a column of `data_type` is stored as.
fn normalize_type(data_type: &DataType) -> DataType {
    match data_type {
        DataType::UInt8 => DataType::Int16,
        DataType::UInt16 => DataType::Int32,
        DataType::UInt32 | DataType::UInt64 => DataType::Int64,
        DataType::Float16 => DataType::Float32,
        DataType::LargeUtf8 | DataType::Utf8View | DataType::Null => DataType::Utf8,
        DataType::LargeBinary | DataType::BinaryView | DataType::FixedSizeBinary(_) => DataType::Binary,
        DataType::Date64 => DataType::Date32,
        DataType::Timestamp(_, _) => DataType::Timestamp(TimeUnit::Microsecond, Some("+00:00".into())),
        DataType::Duration(_) | DataType::Time32(_) | DataType::Time64(_) | DataType::Interval(_) => DataType::Int64,
        DataType::Decimal128(_, _) | DataType::Decimal256(_, _) => DataType::Float64,
        DataType::Struct(fields) => DataType::Struct(normalize_fields(fields)),
        DataType::List(item) | DataType::LargeList(item) | DataType::FixedSizeList(item, _) => {
            DataType::List(Arc::new(Field::new("item", normalize_type(item.data_type()), true)))
        }
        DataType::Map(entries, sorted) => match entries.data_type() {
            DataType::Struct(kv) if kv.len() == 2 => {
                let fields = Fields::from(vec![
                    Field::new("key", normalize_type(kv[0].data_type()), false),
                    Field::new("value", normalize_type(kv[1].data_type()), true),
                ]);
                DataType::Map(Arc::new(Field::new("key_value", DataType::Struct(fields), false)), *sorted)
            }
            _ => DataType::Utf8,
        },
        DataType::Dictionary(_, value) => normalize_type(value),
        other => other.clone(),
    }
}

fn normalize_fields(fields: &Fields) -> Fields {
    Fields::from(fields.iter().map(|f| Field::new(f.name(), normalize_type(f.data_type()), true)).collect::<Vec<_>>())
}

/// The schema a file's columns are stored with: Delta-representable types, all nullable.
pub fn normalize_schema(schema: &Schema) -> Schema {
    Schema::new(normalize_fields(schema.fields()))
}

/// Casts the user columns of a batch (its first `target.fields().len()` columns) to their
/// normalised types, keeping any columns after them. Overflowing values (a `u64` above
/// `i64::MAX`) fail.
pub fn normalize_batch(batch: &RecordBatch, target: &Schema) -> Result<RecordBatch> {
    let user = target.fields().len();
    if batch.columns().iter().zip(target.fields()).all(|(c, f)| c.data_type() == f.data_type()) {
        return Ok(batch.clone());
    }
    let columns: Result<Vec<ArrayRef>> = batch
        .columns()
        .iter()
        .take(user)
        .zip(target.fields())
        .map(|(column, field)| {
            if column.data_type() == field.data_type() {
                return Ok(column.clone());
            }
            let options = arrow_cast::CastOptions { safe: false, ..Default::default() };
            arrow_cast::cast_with_options(column, field.data_type(), &options).map_err(|e| {
                Error::InvalidArgument(format!(
                    "column '{}': cannot store {} values as {}: {e}",
                    field.name(),
                    column.data_type(),
                    field.data_type()
                ))
            })
        })
        .collect();
    let mut columns = columns?;
    let mut fields: Vec<Field> = target.fields().iter().map(|f| f.as_ref().clone()).collect();
    let schema = batch.schema();
    for (i, column) in batch.columns().iter().enumerate().skip(user) {
        columns.push(column.clone());
        fields.push(schema.field(i).clone());
    }
    debug_assert!(columns.iter().all(|c| c.len() == batch.num_rows()));
    Ok(RecordBatch::try_new(Arc::new(Schema::new(fields)), columns)?)
}
