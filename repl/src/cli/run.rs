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
    execute(catalog, &args.file.display().to_string(), &source, &args.flags)
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
        cancel: None,
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
    let warnings = fenl_runtime::run_streaming(&physical, catalog, &options, &mut |batch| {
        output.write(batch).map_err(fenl_runtime::Error::Invalid)
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
struct Output {
    format: String,
    limit: Option<usize>,
    out: Option<std::path::PathBuf>,
    sink: Option<Box<dyn Write + Send>>,
    parquet: Option<parquet::arrow::ArrowWriter<Box<dyn Write + Send>>>,
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
    fn open(&self) -> Result<Box<dyn Write + Send>, String> {
        Ok(match &self.out {
            Some(path) => {
                Box::new(std::fs::File::create(path).map_err(|e| format!("cannot write '{}': {e}", path.display()))?)
            }
            None => Box::new(std::io::BufWriter::new(crate::stdout::Stdout)),
        })
    }

    fn write(&mut self, batch: RecordBatch) -> Result<(), String> {
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
                    let sink = self.open()?;
                    let props = parquet_properties(&batch);
                    self.parquet = Some(
                        parquet::arrow::ArrowWriter::try_new(sink, batch.schema(), Some(props)).map_err(|e| err(&e))?,
                    );
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

    fn finish(mut self) -> Result<(), String> {
        let err = |e: &dyn std::fmt::Display| e.to_string();
        if let Some(writer) = self.parquet.take() {
            let mut sink = writer.into_inner().map_err(|e| err(&e))?;
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

/// How result files are encoded: Snappy, dictionaries only for text (numbers and times rarely
/// repeat enough to pay for the dictionary lookups, which dominated the write).
fn parquet_properties(batch: &RecordBatch) -> parquet::file::properties::WriterProperties {
    let mut builder = parquet::file::properties::WriterProperties::builder()
        .set_compression(parquet::basic::Compression::SNAPPY)
        .set_dictionary_enabled(false);
    for field in batch.schema().fields() {
        if matches!(field.data_type(), arrow_schema::DataType::Utf8 | arrow_schema::DataType::LargeUtf8) {
            builder = builder
                .set_column_dictionary_enabled(parquet::schema::types::ColumnPath::from(field.name().as_str()), true);
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
