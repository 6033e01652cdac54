//! `fenl run FILE.fenl` and `fenl query 'EXPR'`: compile, run over the catalog, print rows.

use std::collections::HashMap;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use arrow_array::RecordBatch;
use fenl_catalog::Catalog;
use fenl_runtime::{ResultMode, RunOptions};

use super::render_for_stderr;
use crate::source::read_source;

/// Flags shared by `run` and `query`.
#[derive(Debug, clap::Args)]
pub struct QueryFlags {
    /// table (pretty, the default on a terminal), csv (the default otherwise), jsonl or parquet.
    #[arg(long, value_parser = ["table", "csv", "jsonl", "parquet"])]
    output: Option<String>,
    /// Write the rows to this file instead of stdout.
    #[arg(long, value_name = "PATH")]
    out: Option<PathBuf>,
    /// history: every point; snapshot: the final value per entity.
    #[arg(long, default_value = "history", value_parser = ["history", "snapshot"])]
    results: String,
    /// Snapshot at this time (RFC 3339).
    #[arg(long, value_name = "TIME")]
    at: Option<String>,
    /// Only rows (history) or entities (snapshot) that changed at or after this time (RFC 3339).
    #[arg(long, value_name = "TIME")]
    changed_since: Option<String>,
    /// Print at most N rows.
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
    /// Read TABLE at version N (repeatable).
    #[arg(long, value_name = "TABLE=N")]
    as_of_version: Vec<String>,
}

#[derive(Debug, clap::Args)]
pub struct RunArgs {
    /// The Fenl file to run.
    file: PathBuf,
    /// Keep running: print the history, then new result rows as events are committed to the
    /// tables (--output jsonl or csv); Ctrl-C stops.
    #[arg(long)]
    live: bool,
    #[command(flatten)]
    flags: QueryFlags,
}

#[derive(Debug, clap::Args)]
pub struct QueryArgs {
    /// The Fenl expression to run.
    expression: String,
    #[command(flatten)]
    flags: QueryFlags,
}

fn parse_time(flag: &str, text: &str) -> Result<i64, String> {
    let at = chrono::DateTime::parse_from_rfc3339(text)
        .map_err(|e| format!("{flag} {text:?}: not an RFC 3339 time ({e})"))?;
    at.timestamp_nanos_opt().ok_or_else(|| format!("{flag} {text:?}: out of range"))
}

pub fn run_file(catalog: &Catalog, args: &RunArgs) -> Result<ExitCode, String> {
    let source = read_source(&args.file)?;
    if args.live {
        return run_live(catalog, args, source);
    }
    execute(catalog, &args.file.display().to_string(), &source, &args.flags)
}

/// `fenl run FILE --live`: a materialization of the file whose results live in a temporary
/// directory for the life of the command, its rows on stdout.
fn run_live(catalog: &Catalog, args: &RunArgs, source: String) -> Result<ExitCode, String> {
    let flags = &args.flags;
    if flags.out.is_some() || flags.at.is_some() || flags.changed_since.is_some() || flags.limit.is_some() {
        return Err("--live prints rows on stdout: --out, --at, --changed-since and --limit do not apply".to_owned());
    }
    let format = match flags.output.as_deref() {
        None | Some("jsonl") => "jsonl",
        Some("csv") => "csv",
        Some(other) => return Err(format!("--live prints jsonl or csv, not {other}")),
    };
    let name = args.file.display().to_string();
    let analysis = fenl_compiler::analyze(&source, catalog);
    if analysis.has_errors() {
        eprint!("{}", render_for_stderr(&analysis.diagnostics, &name, &source));
        return Ok(ExitCode::from(1));
    }
    let tables = catalog.query_tables(&source).map_err(|e| e.to_string())?;
    let dir = std::env::temp_dir().join(format!("fenl-live-{}", std::process::id()));
    let def = fenl_catalog::MaterializationDef {
        name: "live".to_owned(),
        query: source,
        source: name,
        to: dir.display().to_string(),
        format: "parquet".to_owned(),
        results: flags.results.clone(),
        tables,
        created_ms: chrono::Utc::now().timestamp_millis(),
    };
    let result = super::materialize::live_loop(catalog, &def, false, format, std::time::Duration::from_millis(25));
    let _ = std::fs::remove_dir_all(&dir);
    result
}

pub fn run_query(catalog: &Catalog, args: &QueryArgs) -> Result<ExitCode, String> {
    execute(catalog, "query", &args.expression, &args.flags)
}

fn execute(catalog: &Catalog, name: &str, source: &str, flags: &QueryFlags) -> Result<ExitCode, String> {
    let analysis = fenl_compiler::analyze(source, catalog);
    if !analysis.diagnostics.is_empty() {
        eprint!("{}", render_for_stderr(&analysis.diagnostics, name, source));
    }
    if analysis.has_errors() {
        return Ok(ExitCode::from(1));
    }
    let hir = analysis.hir.as_ref().ok_or("nothing to run")?;
    let logical = fenl_compiler::plan::logical::build(hir).ok_or("internal error: no plan for a checked query")?;
    let physical = fenl_compiler::plan::physical::lower(&logical)?;
    let mut options = RunOptions {
        mode: if flags.results == "snapshot" { ResultMode::Snapshot } else { ResultMode::History },
        at: flags.at.as_deref().map(|t| parse_time("--at", t)).transpose()?,
        changed_since: flags.changed_since.as_deref().map(|t| parse_time("--changed-since", t)).transpose()?,
        versions: HashMap::new(),
        ..Default::default()
    };
    for pin in &flags.as_of_version {
        let (table, version) = pin.split_once('=').ok_or_else(|| format!("--as-of-version {pin:?}: write TABLE=N"))?;
        let version = version.parse().map_err(|_| format!("--as-of-version {pin:?}: N must be a version number"))?;
        options.versions.insert(table.to_owned(), version);
    }
    if options.at.is_some() && options.mode == ResultMode::History {
        return Err("--at applies to --results snapshot".to_owned());
    }
    let to_terminal = flags.out.is_none() && std::io::stdout().is_terminal();
    let format = flags.output.clone().unwrap_or_else(|| if to_terminal { "table".into() } else { "csv".into() });
    // Rows arrive a slice at a time and are written as they come; the output file is created
    // with the first slice, so a query that fails leaves an existing file alone.
    let mut output = Output { format, limit: flags.limit, out: flags.out.clone(), ..Default::default() };
    // With `--limit N`, the run stops once N rows are written (the row count a table shows is
    // then N as well).
    let warnings = fenl_runtime::run_streaming(&physical, catalog, &options, &mut |batch| {
        output.write(batch).map_err(fenl_runtime::Error::Invalid)?;
        if output.limit.is_some_and(|l| output.written >= l) {
            return Err(fenl_runtime::Error::Stopped);
        }
        Ok(())
    })
    .map_err(|e| e.to_string())?;
    for warning in warnings {
        eprintln!("warning: {warning}");
    }
    output.finish()?;
    Ok(ExitCode::SUCCESS)
}

/// Result rows written as they arrive.
#[derive(Default)]
pub(crate) struct Output {
    format: String,
    limit: Option<usize>,
    out: Option<std::path::PathBuf>,
    sink: Option<Box<dyn Write + Send>>,
    parquet: Option<ParallelParquet>,
    /// Rows produced, and rows written (at most `limit`).
    total: usize,
    written: usize,
    /// The rows a table shows (at most 40), kept until the end for the layout.
    shown: Vec<RecordBatch>,
    schema: Option<arrow_schema::SchemaRef>,
}

/// Rows the table output shows.
const TABLE_ROWS: usize = 40;

impl Output {
    /// Rows in `format` (table, csv, jsonl or parquet) to `out` (stdout when `None`).
    pub(crate) fn new(format: &str, out: Option<PathBuf>) -> Output {
        Output { format: format.to_owned(), out, ..Default::default() }
    }

    fn open(&self) -> Result<Box<dyn Write + Send>, String> {
        Ok(match &self.out {
            Some(path) => {
                Box::new(std::fs::File::create(path).map_err(|e| format!("cannot write '{}': {e}", path.display()))?)
            }
            None => Box::new(std::io::BufWriter::new(crate::stdout::Stdout)),
        })
    }

    pub(crate) fn write(&mut self, batch: RecordBatch) -> Result<(), String> {
        let err = |e: &dyn std::fmt::Display| e.to_string();
        self.total += batch.num_rows();
        if self.schema.is_none() {
            self.schema = Some(batch.schema());
        }
        let room = self.limit.map_or(usize::MAX, |l| l.saturating_sub(self.written));
        let batch = batch.slice(0, batch.num_rows().min(room));
        let first = self.written == 0 && self.sink.is_none() && self.parquet.is_none();
        self.written += batch.num_rows();
        match self.format.as_str() {
            "parquet" => {
                if self.parquet.is_none() {
                    // Encoded straight into the file (or stdout), not into a second copy in memory.
                    self.parquet = Some(ParallelParquet::new(self.open()?, &batch).map_err(|e| err(&e))?);
                }
                if let Some(writer) = &mut self.parquet {
                    writer.write(&batch).map_err(|e| err(&e))?;
                }
            }
            "csv" | "jsonl" => {
                if self.sink.is_none() {
                    self.sink = Some(self.open()?);
                }
                let Some(sink) = self.sink.as_mut() else { return Ok(()) };
                if self.format == "csv" {
                    fenl_runtime::write_csv_rows(&batch, sink, first).map_err(|e| err(&e))?;
                } else {
                    write_batch(&batch, "jsonl", sink, 0, 0)?;
                }
            }
            _ => {
                let kept: usize = self.shown.iter().map(RecordBatch::num_rows).sum();
                if kept < TABLE_ROWS {
                    self.shown.push(batch.slice(0, batch.num_rows().min(TABLE_ROWS - kept)));
                }
            }
        }
        Ok(())
    }

    pub(crate) fn finish(mut self) -> Result<(), String> {
        let err = |e: &dyn std::fmt::Display| e.to_string();
        if let Some(writer) = self.parquet.take() {
            let mut sink = writer.finish().map_err(|e| err(&e))?;
            return sink.flush().map_err(|e| err(&e));
        }
        if let Some(mut sink) = self.sink.take() {
            return sink.flush().map_err(|e| err(&e));
        }
        let schema = self.schema.clone().ok_or("the query produced no result schema")?;
        let shown = arrow_select::concat::concat_batches(&schema, &self.shown).map_err(|e| err(&e))?;
        let mut sink = self.open()?;
        write_batch(&shown, &self.format, &mut sink, self.total.min(self.limit.unwrap_or(usize::MAX)), TABLE_ROWS)?;
        sink.flush().map_err(|e| err(&e))
    }
}

/// A Parquet file written a row group per batch, each row group's columns encoded on every
/// core (the encoding, not the query, was the longest part of writing large results).
struct ParallelParquet {
    writer: parquet::file::writer::SerializedFileWriter<Box<dyn Write + Send>>,
    factory: parquet::arrow::arrow_writer::ArrowRowGroupWriterFactory,
    schema: arrow_schema::SchemaRef,
    row_groups: usize,
}

impl ParallelParquet {
    fn new(sink: Box<dyn Write + Send>, first: &RecordBatch) -> parquet::errors::Result<ParallelParquet> {
        let writer = parquet::arrow::ArrowWriter::try_new(sink, first.schema(), Some(parquet_properties(first)))?;
        let (writer, factory) = writer.into_serialized_writer()?;
        Ok(ParallelParquet { writer, factory, schema: first.schema(), row_groups: 0 })
    }

    fn write(&mut self, batch: &RecordBatch) -> parquet::errors::Result<()> {
        use parquet::arrow::arrow_writer::compute_leaves;
        if batch.num_rows() == 0 {
            return Ok(());
        }
        let writers = self.factory.create_column_writers(self.row_groups)?;
        self.row_groups += 1;
        let mut leaves = Vec::new();
        for (field, column) in self.schema.fields().iter().zip(batch.columns()) {
            leaves.extend(compute_leaves(field, column)?);
        }
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(leaves.len()).max(1);
        // Leaf i goes to thread i % threads; chunks come back in leaf order.
        let mut jobs: Vec<Vec<(usize, parquet::arrow::arrow_writer::ArrowColumnWriter, _)>> =
            (0..threads).map(|_| Vec::new()).collect();
        for (i, (writer, leaf)) in writers.into_iter().zip(leaves).enumerate() {
            jobs[i % threads].push((i, writer, leaf));
        }
        let mut chunks = std::thread::scope(|scope| {
            let handles: Vec<_> = jobs
                .into_iter()
                .map(|job| {
                    scope.spawn(move || {
                        job.into_iter()
                            .map(|(i, mut writer, leaf)| {
                                writer.write(&leaf)?;
                                Ok((i, writer.close()?))
                            })
                            .collect::<parquet::errors::Result<Vec<_>>>()
                    })
                })
                .collect();
            let mut chunks = Vec::new();
            for handle in handles {
                let done = handle
                    .join()
                    .map_err(|_| parquet::errors::ParquetError::General("a column encoder panicked".to_owned()))??;
                chunks.extend(done);
            }
            Ok::<_, parquet::errors::ParquetError>(chunks)
        })?;
        chunks.sort_by_key(|(i, _)| *i);
        let mut row_group = self.writer.next_row_group()?;
        for (_, chunk) in chunks {
            chunk.append_to_row_group(&mut row_group)?;
        }
        row_group.close()?;
        Ok(())
    }

    fn finish(self) -> parquet::errors::Result<Box<dyn Write + Send>> {
        self.writer.into_inner()
    }
}

/// How result files are encoded: dictionaries only for text (numbers and times rarely repeat
/// enough to pay for the dictionary lookups, which dominated the write), integers and times as
/// deltas, and only text compressed (Snappy). Running aggregates of floats shrank by a fifth
/// with Snappy or LZ4 but took 0.2 s of CPU on the daily_window benchmark's 19 million rows
/// (1.7 s against 1.5 s for the whole run, for a file of 171 MB against 221 MB).
fn parquet_properties(batch: &RecordBatch) -> parquet::file::properties::WriterProperties {
    let mut builder = parquet::file::properties::WriterProperties::builder()
        .set_compression(parquet::basic::Compression::UNCOMPRESSED)
        .set_dictionary_enabled(false)
        .set_statistics_enabled(parquet::file::properties::EnabledStatistics::Chunk)
        .set_write_batch_size(8192);
    for field in batch.schema().fields() {
        let path = parquet::schema::types::ColumnPath::from(field.name().as_str());
        // Times and integers (sorted times, counts, ids) shrink to a few bits a value as deltas
        // (Snappy finds under 1% more in those).
        if field.data_type().is_integer() || matches!(field.data_type(), arrow_schema::DataType::Timestamp(_, _)) {
            builder = builder.set_column_encoding(path, parquet::basic::Encoding::DELTA_BINARY_PACKED);
        } else if matches!(field.data_type(), arrow_schema::DataType::Utf8 | arrow_schema::DataType::LargeUtf8) {
            builder = builder
                .set_column_dictionary_enabled(path.clone(), true)
                .set_column_compression(path, parquet::basic::Compression::SNAPPY);
        }
    }
    builder.build()
}

fn for_text(batch: &RecordBatch) -> Result<RecordBatch, String> {
    fenl_runtime::for_text(batch).map_err(|e| e.to_string())
}

/// Writes result rows in one of the output formats; `table` shows at most `cap` rows and a footer
/// with the total.
pub fn write_batch(
    batch: &RecordBatch,
    format: &str,
    sink: &mut dyn Write,
    total: usize,
    cap: usize,
) -> Result<(), String> {
    let err = |e: &dyn std::fmt::Display| e.to_string();
    match format {
        "csv" => fenl_runtime::write_csv(batch, sink).map_err(|e| err(&e))?,
        "jsonl" => {
            let text = for_text(batch)?;
            let mut writer = arrow_json::LineDelimitedWriter::new(sink);
            writer.write(&text).map_err(|e| err(&e))?;
            writer.finish().map_err(|e| err(&e))?;
        }
        "parquet" => {
            let mut buffer = Vec::new();
            let mut writer =
                parquet::arrow::ArrowWriter::try_new(&mut buffer, batch.schema(), Some(parquet_properties(batch)))
                    .map_err(|e| err(&e))?;
            writer.write(batch).map_err(|e| err(&e))?;
            writer.close().map_err(|e| err(&e))?;
            sink.write_all(&buffer).map_err(|e| err(&e))?;
        }
        _ => {
            let text = for_text(batch)?;
            let shown = text.slice(0, text.num_rows().min(cap));
            let table = arrow_cast::pretty::pretty_format_batches(std::slice::from_ref(&shown)).map_err(|e| err(&e))?;
            writeln!(sink, "{table}").map_err(|e| err(&e))?;
            let note = if total > shown.num_rows() {
                format!("{total} rows (first {} shown)", shown.num_rows())
            } else {
                format!("{total} row{}", if total == 1 { "" } else { "s" })
            };
            writeln!(sink, "{note}").map_err(|e| err(&e))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A writer whose bytes the test can read back after the Parquet writer has taken it.
    #[derive(Clone, Default)]
    struct Shared(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().map_err(|_| std::io::Error::other("poisoned"))?.extend_from_slice(buf);
            Ok(buf.len())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn parallel_parquet_keeps_every_batch_in_order_with_its_types() {
        use arrow_array::{Float64Array, StringArray, StructArray, TimestampNanosecondArray, UInt32Array};
        let batch = |from: i64, n: usize| {
            let record = StructArray::from(vec![
                (
                    std::sync::Arc::new(arrow_schema::Field::new("a", arrow_schema::DataType::Float64, true)),
                    std::sync::Arc::new(Float64Array::from_iter((0..n).map(|i| (i % 3 != 0).then_some(i as f64))))
                        as arrow_array::ArrayRef,
                ),
                (
                    std::sync::Arc::new(arrow_schema::Field::new("s", arrow_schema::DataType::Utf8, true)),
                    std::sync::Arc::new(StringArray::from_iter((0..n).map(|i| Some(format!("v{i}"))))),
                ),
            ]);
            RecordBatch::try_from_iter(vec![
                (
                    "_time",
                    std::sync::Arc::new(
                        TimestampNanosecondArray::from_iter_values((0..n as i64).map(|i| from + i))
                            .with_timezone("+00:00"),
                    ) as arrow_array::ArrayRef,
                ),
                ("n", std::sync::Arc::new(UInt32Array::from_iter_values((0..n as u32).map(|i| i * 2)))),
                ("record", std::sync::Arc::new(record)),
            ])
            .unwrap_or_else(|e| panic!("{e}"))
        };
        let batches = [batch(0, 1000), batch(1000, 1), batch(1001, 0), batch(1001, 5000)];
        let out = Shared::default();
        let mut writer = ParallelParquet::new(Box::new(out.clone()), &batches[0]).unwrap_or_else(|e| panic!("{e}"));
        for b in &batches {
            writer.write(b).unwrap_or_else(|e| panic!("{e}"));
        }
        writer.finish().unwrap_or_else(|e| panic!("{e}"));
        let bytes = bytes::Bytes::from(out.0.lock().map(|b| b.clone()).unwrap_or_default());
        let reader = parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(bytes)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(reader.metadata().num_row_groups(), 3, "an empty batch writes no row group");
        let read: Vec<RecordBatch> = reader
            .build()
            .unwrap_or_else(|e| panic!("{e}"))
            .collect::<Result<_, _>>()
            .unwrap_or_else(|e| panic!("{e}"));
        let schema = batches[0].schema();
        let expected = arrow_select::concat::concat_batches(&schema, &batches).unwrap_or_else(|e| panic!("{e}"));
        let got = arrow_select::concat::concat_batches(&read[0].schema(), &read).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(got, expected);
    }
}
