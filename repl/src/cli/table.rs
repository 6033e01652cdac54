//! `fenl table create | load | list | get | delete | compact | vacuum`.

use crate::stdout::outln;
use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Subcommand;
use fenl_catalog::{Catalog, EpochUnit, Format, Input, TableDef};
use fenl_compiler::types::FenlType;

#[derive(Debug, Subcommand)]
pub enum TableCommand {
    /// Create an empty table.
    Create {
        name: String,
        #[command(flatten)]
        columns: KeyColumns,
        /// Store files in hive-style directories by the values of these columns (`region=eu/`).
        #[arg(long, value_name = "COL")]
        partition_on: Vec<String>,
    },
    /// Append the rows of files to a table, in one commit.
    Load {
        name: String,
        /// CSV, Parquet or JSON-lines files; `-` reads stdin (an Arrow IPC stream, else CSV).
        #[arg(required = true, value_name = "FILE")]
        files: Vec<String>,
        #[arg(long, value_parser = ["csv", "parquet", "jsonl", "arrow"])]
        format: Option<String>,
        /// With `-`: keep reading stdin (CSV with a header line, or JSON lines) and commit the
        /// events in micro-batches until stdin closes.
        #[arg(long)]
        follow: bool,
        /// --follow: commit after this many events…
        #[arg(long, default_value_t = 1000, value_name = "N", requires = "follow")]
        batch_rows: usize,
        /// --follow: …or this long after the first uncommitted event.
        #[arg(long, default_value_t = 200, value_name = "MS", requires = "follow")]
        batch_ms: u64,
    },
    /// List tables, optionally those whose name contains SEARCH.
    List { search: Option<String> },
    /// Describe a table: definition, schema, rows, files, version, time range, size.
    Get {
        name: String,
        /// Describe this version instead of the latest.
        #[arg(long, conflicts_with = "as_of")]
        version: Option<u64>,
        /// Describe the version that was current at this time (RFC 3339).
        #[arg(long, value_name = "TIME")]
        as_of: Option<String>,
    },
    /// Delete a table and its data.
    Delete {
        name: String,
        /// Delete even if views use the table.
        #[arg(long)]
        force: bool,
    },
    /// Define a table over files Fenl does not own (a file, a directory or a glob).
    #[command(name = "create-external")]
    CreateExternal(Box<ExternalArgs>),
    /// Bring a materialized external table up to date with its files, in one commit: loads new
    /// and changed files, removes the rows of vanished ones.
    Refresh {
        name: String,
        /// Reload every file from scratch.
        #[arg(long)]
        full: bool,
        /// Count what the refresh would load, load nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Switch an external table between logical and materialized (to materialized loads its
    /// files now; to logical drops the loaded copy, never the files).
    SetMode {
        name: String,
        #[arg(value_parser = ["logical", "materialized"])]
        mode: String,
    },
    /// Watch a materialized external table's directory and load each new file once, until
    /// the subscription is cancelled (or Ctrl-C).
    Subscribe {
        name: String,
        /// Milliseconds between listings of the directory.
        #[arg(long, default_value_t = 500, value_name = "MS")]
        interval_ms: u64,
        /// A file is loaded once its size and modification time have been stable this long
        /// (0 for writers that rename files into place).
        #[arg(long, default_value_t = 1000, value_name = "MS")]
        settle_ms: u64,
        /// Load the files there now and exit.
        #[arg(long)]
        once: bool,
    },
    /// Pause a table's subscription (a running subscriber stops loading until resumed).
    Pause { name: String },
    /// Resume a paused subscription.
    Resume { name: String },
    /// Cancel a table's subscription (a running subscriber exits).
    Cancel { name: String },
    /// Rewrite many small files as few sorted ones, in one commit.
    Compact { name: String },
    /// Delete data files no version within the retention period needs.
    Vacuum {
        name: String,
        #[arg(long, default_value_t = 168, value_name = "HOURS")]
        retain: u64,
    },
}

/// The columns that make rows events, shared by `create` and `create-external`.
#[derive(Debug, clap::Args)]
pub struct KeyColumns {
    /// The column holding each event's time.
    #[arg(long, value_name = "C")]
    time_column: String,
    /// The column holding each event's entity key.
    #[arg(long, value_name = "K")]
    entity_key_column: String,
    /// A column ordering events with equal times (generated from load order when absent).
    #[arg(long, value_name = "S")]
    subsort_column: Option<String>,
    /// The entity type; tables of one grouping combine directly (default: the table name).
    #[arg(long, value_name = "G")]
    grouping: Option<String>,
    /// The unit of an integer (epoch) time column.
    #[arg(long, value_name = "UNIT", default_value = "s", value_parser = ["s", "ms", "us", "ns"])]
    time_unit: String,
}

impl KeyColumns {
    fn def(&self, name: &str) -> Result<TableDef, String> {
        let mut def = TableDef::new(name, &self.time_column, &self.entity_key_column);
        def.subsort_column = self.subsort_column.clone();
        if let Some(g) = &self.grouping {
            def.grouping = g.clone();
        }
        def.epoch_unit = EpochUnit::parse(&self.time_unit).map_err(|e| e.to_string())?;
        Ok(def)
    }
}

/// `fenl table create-external`.
#[derive(Debug, clap::Args)]
pub struct ExternalArgs {
    name: String,
    /// A file, a directory (every file under it) or a glob (`exports/*.csv`).
    #[arg(long, value_name = "PATH_OR_GLOB")]
    path: String,
    /// How the files are written (JSON: one object per line, or one array of objects).
    #[arg(long, value_parser = ["csv", "parquet", "jsonl"])]
    format: String,
    #[command(flatten)]
    columns: KeyColumns,
    /// logical: read the files at every query; materialized: load them, refresh on demand.
    #[arg(long, default_value = "logical", value_parser = ["logical", "materialized"])]
    mode: String,
    /// What a record that does not parse does: stop everything, be dropped, or keep nulls.
    #[arg(long, default_value = "abort", value_parser = ["abort", "skip", "permissive"])]
    error_mode: String,
    /// Fail when more records than this are bad (skip and permissive modes).
    #[arg(long, value_name = "N")]
    max_bad_rows: Option<u64>,
    /// Columns identifying a record: a record whose key was loaded before is rejected.
    #[arg(long, value_name = "COL")]
    primary_key: Vec<String>,
    /// Refresh when a command that reads data opens the catalog (materialized tables).
    #[arg(long)]
    refresh_on_start: bool,
    /// CSV field delimiter (`\t` or `tab` for a tab).
    #[arg(long, value_name = "CHAR")]
    delimiter: Option<String>,
    /// CSV quote character.
    #[arg(long, value_name = "CHAR")]
    quote: Option<String>,
    /// CSV escape character inside quotes (default: quotes are escaped by doubling them).
    #[arg(long, value_name = "CHAR")]
    escape: Option<String>,
    /// CSV files have no header line: columns are named by --schema, or column_1, column_2...
    #[arg(long)]
    no_header: bool,
    /// Text meaning null (an empty field always does).
    #[arg(long, value_name = "S")]
    null_string: Option<String>,
    /// CSV lines starting with this character are skipped.
    #[arg(long, value_name = "CHAR")]
    comment: Option<String>,
    /// How times are written, as a chrono format string (`%d/%m/%Y %H:%M`); RFC 3339 when absent.
    #[arg(long, value_name = "FMT")]
    time_format: Option<String>,
    /// The columns, `name:type,...` (i32 i64 f32 f64 bool string timestamp date); inferred when absent.
    #[arg(long, value_name = "COLUMNS")]
    schema: Option<String>,
    /// Read the files and count valid and invalid records; create nothing.
    #[arg(long, conflicts_with = "infer_only")]
    dry_run: bool,
    /// Print the schema the table would have; create nothing.
    #[arg(long)]
    infer_only: bool,
}

fn external_def(args: &ExternalArgs) -> Result<TableDef, String> {
    use fenl_catalog::external::{single_byte, ErrorMode, ExternalDef, Mode};
    let err = |e: fenl_catalog::Error| e.to_string();
    let format = Format::parse(&args.format).map_err(err)?;
    let mut external = ExternalDef::new(&fenl_catalog::external::sources::absolute(&args.path).map_err(err)?, format);
    external.mode = Mode::parse(&args.mode).map_err(err)?;
    external.error_mode = ErrorMode::parse(&args.error_mode).map_err(err)?;
    external.max_bad_rows = args.max_bad_rows;
    external.primary_key = args.primary_key.clone();
    external.refresh_on_start = args.refresh_on_start;
    if args.refresh_on_start && external.mode == Mode::Logical {
        return Err(
            "--refresh-on-start is for materialized tables (logical tables read their files at every query)".into()
        );
    }
    let csv_only = [
        ("delimiter", args.delimiter.is_some()),
        ("quote", args.quote.is_some()),
        ("escape", args.escape.is_some()),
        ("no-header", args.no_header),
        ("comment", args.comment.is_some()),
    ];
    if format != Format::Csv {
        if let Some((option, _)) = csv_only.iter().find(|(_, set)| *set) {
            return Err(format!("--{option} applies to --format csv only"));
        }
    }
    if let Some(d) = &args.delimiter {
        external.csv.delimiter = single_byte("delimiter", d).map_err(err)?;
    }
    if let Some(q) = &args.quote {
        external.csv.quote = single_byte("quote", q).map_err(err)?;
    }
    external.csv.escape = args.escape.as_deref().map(|e| single_byte("escape", e)).transpose().map_err(err)?;
    external.csv.comment = args.comment.as_deref().map(|c| single_byte("comment", c)).transpose().map_err(err)?;
    external.csv.header = !args.no_header;
    external.null_string = args.null_string.clone();
    external.time_format = args.time_format.clone();
    if let Some(f) = &args.time_format {
        // chrono reports a bad format only when parsing: try it on nothing to catch the worst.
        if chrono::format::StrftimeItems::new(f).any(|i| matches!(i, chrono::format::Item::Error)) {
            return Err(format!("--time-format {f:?} is not a valid chrono format string"));
        }
    }
    let mut def = args.columns.def(&args.name)?;
    def.external = Some(external);
    Ok(def)
}

fn print_schema(schema: &arrow_schema::Schema) {
    for field in schema.fields() {
        let ty =
            FenlType::from_arrow(field.data_type()).map_or_else(|| field.data_type().to_string(), |t| t.to_string());
        outln!("  {}: {ty}", field.name());
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Record counts of a dry run.
fn counts(t: &fenl_catalog::external::Tally) -> String {
    let unreadable = match t.bad_files {
        0 => String::new(),
        n => format!(", {n} unreadable file{}", plural(n)),
    };
    format!(
        "{} record{}: {} valid, {} skipped, {} kept with nulls, {} duplicate{}{unreadable}",
        t.records,
        plural(t.records as usize),
        t.valid,
        t.skipped,
        t.nulled,
        t.duplicates,
        plural(t.duplicates as usize)
    )
}

/// The line a refresh prints.
pub fn describe_refresh(name: &str, report: &fenl_catalog::external::IngestReport) -> String {
    let t = &report.tally;
    match report.version {
        None if report.loaded_files.is_empty() && report.forgotten_files.is_empty() => {
            format!("{name} is up to date ({} file{})", report.matched_files, plural(report.matched_files))
        }
        None => format!(
            "dry run of refresh of {name}: {} new or changed file{}, {}; {} row{} of earlier files would be removed; nothing was loaded",
            report.loaded_files.len(),
            plural(report.loaded_files.len()),
            counts(t),
            report.removed_rows,
            plural(report.removed_rows as usize)
        ),
        Some(version) => {
            let mut line = format!(
                "refreshed {name}: loaded {} row{} from {} new or changed file{}",
                t.valid,
                plural(t.valid as usize),
                report.loaded_files.len(),
                plural(report.loaded_files.len())
            );
            if !report.forgotten_files.is_empty() {
                line.push_str(&format!(
                    ", removed {} row{} of {} changed or vanished file{}",
                    report.removed_rows,
                    plural(report.removed_rows as usize),
                    report.forgotten_files.len(),
                    plural(report.forgotten_files.len())
                ));
            }
            line.push_str(&format!(" (version {version})"));
            line
        }
    }
}

fn print_bad(tally: &fenl_catalog::external::Tally) {
    for line in tally.describe_bad() {
        eprintln!("{line}");
    }
}

/// A dry run fails (exit 1) where the real load would: abort mode at a bad record, or more
/// bad records than `--max-bad-rows`.
fn dry_run_verdict(
    external: Option<&fenl_catalog::external::ExternalDef>,
    report: &fenl_catalog::external::IngestReport,
) -> Result<(), String> {
    if let Some(bad) = &report.would_abort {
        return Err(format!("a load in error mode abort would stop at {bad}"));
    }
    let bad = report.tally.skipped + report.tally.nulled;
    match external.and_then(|e| e.max_bad_rows) {
        Some(max) if bad > max => Err(format!("a load would fail: {bad} bad records, more than --max-bad-rows {max}")),
        _ => Ok(()),
    }
}

fn create_external(catalog: &Catalog, args: &ExternalArgs) -> Result<(), String> {
    let def = external_def(args)?;
    let declared =
        args.schema.as_deref().map(fenl_catalog::external::parse_schema).transpose().map_err(|e| e.to_string())?;
    if args.infer_only {
        let schema = catalog.external_schema(&def, declared.as_ref()).map_err(|e| e.to_string())?;
        outln!("schema of {} (nothing was created):", def.name);
        print_schema(&schema);
        return Ok(());
    }
    let report = with_progress("reading", "records", |progress| {
        catalog.create_external_with_progress(&def, declared.as_ref(), args.dry_run, progress)
    })
    .map_err(|e| e.to_string())?;
    let t = &report.tally;
    let external = def.external.as_ref().map(|e| (e.mode.as_str(), e.format_name())).unwrap_or_default();
    if args.dry_run {
        outln!("dry run: {} file{}, {}; nothing was created", t.files, plural(t.files), counts(t));
        print_bad(t);
        return dry_run_verdict(def.external.as_ref(), &report);
    }
    match def.external.as_ref().map(|e| e.mode) {
        Some(fenl_catalog::external::Mode::Materialized) => outln!(
            "created external table {} ({}, {}): loaded {} row{} from {} file{} (version 0)",
            def.name,
            external.0,
            external.1,
            t.valid,
            plural(t.valid as usize),
            t.files,
            plural(t.files)
        ),
        _ => outln!(
            "created external table {} ({}, {}) over {} file{}",
            def.name,
            external.0,
            external.1,
            report.matched_files,
            plural(report.matched_files)
        ),
    }
    print_bad(t);
    Ok(())
}

/// Runs `work` with a spinner on stderr counting what it reports (`{verb} N {what}`), when
/// stderr is a terminal; never otherwise.
/// `table load NAME - --follow`: lines from stdin, committed every `rows` events or `wait`
/// after the first uncommitted one, until stdin closes (the last lines are committed then).
/// Each micro-batch is one load: a bad batch is reported with its line numbers and the
/// following batches go on.
fn follow_stdin(
    catalog: &Catalog,
    name: &str,
    format: Format,
    rows: usize,
    wait: std::time::Duration,
) -> Result<(), String> {
    use std::io::BufRead;
    let (sender, receiver) = std::sync::mpsc::channel::<std::io::Result<String>>();
    std::thread::spawn(move || {
        for line in std::io::stdin().lock().lines() {
            if sender.send(line).is_err() {
                break;
            }
        }
    });
    let dir = std::env::temp_dir().join(format!("fenl-follow-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create '{}': {e}", dir.display()))?;
    let extension = if format == Format::Csv { "csv" } else { "jsonl" };
    let path = dir.join(format!("batch.{extension}"));
    let mut header: Option<String> = None;
    let mut pending: Vec<String> = Vec::new();
    let mut first_line = 1u64;
    let mut line_number = 0u64;
    let mut since: Option<std::time::Instant> = None;
    let (mut total, mut batches, mut failed) = (0u64, 0u64, 0u64);
    let mut commit = |pending: &mut Vec<String>, header: &Option<String>, first_line: u64| -> Result<(), String> {
        if pending.is_empty() {
            return Ok(());
        }
        let mut text = String::new();
        if let Some(h) = header {
            text.push_str(h);
            text.push('\n');
        }
        for line in pending.iter() {
            text.push_str(line);
            text.push('\n');
        }
        std::fs::write(&path, text).map_err(|e| format!("cannot write '{}': {e}", path.display()))?;
        let input = Input::new(&path.display().to_string(), Some(format)).map_err(|e| e.to_string())?;
        match catalog.load(name, &[input], &|_| {}) {
            Ok(report) => {
                total += report.rows;
                batches += 1;
                eprintln!("loaded {} rows into {name} (version {})", report.rows, report.version);
            }
            Err(e) => {
                failed += pending.len() as u64;
                eprintln!("error: stdin lines {first_line}-{}: not loaded: {e}", first_line + pending.len() as u64 - 1);
            }
        }
        pending.clear();
        Ok(())
    };
    loop {
        let timeout = since.map_or(std::time::Duration::from_secs(3600), |s| wait.saturating_sub(s.elapsed()));
        match receiver.recv_timeout(timeout) {
            Ok(line) => {
                let line = line.map_err(|e| format!("cannot read stdin: {e}"))?;
                line_number += 1;
                let line = line.trim_end_matches('\r').to_owned();
                if format == Format::Csv && header.is_none() {
                    header = Some(line);
                    first_line = line_number + 1;
                    continue;
                }
                if line.trim().is_empty() {
                    continue;
                }
                if pending.is_empty() {
                    since = Some(std::time::Instant::now());
                    first_line = line_number;
                }
                pending.push(line);
                if pending.len() >= rows {
                    commit(&mut pending, &header, first_line)?;
                    since = None;
                }
            }
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
                commit(&mut pending, &header, first_line)?;
                since = None;
            }
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
                commit(&mut pending, &header, first_line)?;
                break;
            }
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    outln!("loaded {total} rows from stdin into {name} in {batches} commit{}", if batches == 1 { "" } else { "s" });
    if failed > 0 {
        return Err(format!("{failed} stdin lines were not loaded (see above)"));
    }
    Ok(())
}

fn with_progress<T>(verb: &str, what: &str, work: impl FnOnce(&dyn Fn(u64)) -> T) -> T {
    let bar = std::io::stderr().is_terminal().then(|| {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_style(
            indicatif::ProgressStyle::with_template(&format!("{{spinner}} {verb} {{msg}} {what} ({{elapsed}})"))
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        bar
    });
    let progress = |n: u64| {
        if let Some(bar) = &bar {
            bar.set_message(n.to_string());
            bar.tick();
        }
    };
    let result = work(&progress);
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    result
}

fn format_nanos(nanos: i64) -> String {
    chrono::DateTime::from_timestamp_nanos(nanos).format("%Y-%m-%dT%H:%M:%S%.9fZ").to_string()
}

fn human_bytes(bytes: i64) -> String {
    let b = bytes as f64;
    if b >= 1024.0 * 1024.0 * 1024.0 {
        format!("{:.1} GiB", b / (1024.0 * 1024.0 * 1024.0))
    } else if b >= 1024.0 * 1024.0 {
        format!("{:.1} MiB", b / (1024.0 * 1024.0))
    } else if b >= 1024.0 {
        format!("{:.1} KiB", b / 1024.0)
    } else {
        format!("{bytes} B")
    }
}

pub fn run(catalog: &Catalog, command: &TableCommand) -> Result<ExitCode, String> {
    match command {
        TableCommand::Create { name, columns, partition_on } => {
            let mut def = columns.def(name)?;
            def.partition_on = partition_on.clone();
            catalog.create_table(&def).map_err(|e| e.to_string())?;
            outln!("created table {name}");
        }
        TableCommand::Load { name, files, format, follow: true, batch_rows, batch_ms } => {
            if files.len() != 1 || files[0] != "-" {
                return Err("--follow reads stdin: give '-' as the only file".to_owned());
            }
            let format = match format.as_deref() {
                Some("csv") => Format::Csv,
                Some("jsonl") => Format::Jsonl,
                _ => return Err("--follow needs --format csv or --format jsonl".to_owned()),
            };
            catalog.table(name, None).map_err(|e| e.to_string())?;
            follow_stdin(catalog, name, format, *batch_rows, std::time::Duration::from_millis(*batch_ms))?;
        }
        TableCommand::Load { name, files, format, .. } => {
            let format = format.as_deref().map(Format::parse).transpose().map_err(|e| e.to_string())?;
            let inputs = files
                .iter()
                .map(|f| Input::new(f, format))
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| e.to_string())?;
            let report = with_progress("loading", "rows", |progress| catalog.load(name, &inputs, progress))
                .map_err(|e| e.to_string())?;
            outln!(
                "loaded {} rows in {} file{} into {name} (version {})",
                report.rows,
                report.files,
                if report.files == 1 { "" } else { "s" },
                report.version
            );
        }
        TableCommand::List { search } => {
            for table in catalog.list_tables(search.as_deref()).map_err(|e| e.to_string())? {
                outln!("{table}");
            }
        }
        TableCommand::Get { name, version, as_of } => {
            let version = match as_of {
                Some(time) => {
                    let at = chrono::DateTime::parse_from_rfc3339(time)
                        .map_err(|e| format!("--as-of {time:?}: not an RFC 3339 time ({e})"))?;
                    Some(catalog.version_at(name, at.timestamp_millis()).map_err(|e| e.to_string())?)
                }
                None => *version,
            };
            let info = catalog.table(name, version).map_err(|e| e.to_string())?;
            let def = &info.def;
            outln!("name: {}", def.name);
            outln!("time column: {}", def.time_column);
            outln!("entity key column: {}", def.key_column);
            outln!("subsort column: {}", def.subsort_column.as_deref().unwrap_or("(generated from load order)"));
            outln!("grouping: {}", def.grouping);
            if !def.partition_on.is_empty() {
                outln!("partitioned on: {}", def.partition_on.join(", "));
            }
            if let Some(e) = &def.external {
                outln!("external: {} {} {}", e.mode.as_str(), e.format_name(), e.path);
                outln!("error mode: {}", e.error_mode.as_str());
                if let Some(n) = e.max_bad_rows {
                    outln!("max bad rows: {n}");
                }
                if !e.primary_key.is_empty() {
                    outln!("primary key: {}", e.primary_key.join(", "));
                }
                if e.refresh_on_start {
                    outln!("refresh on start: yes");
                }
                if let Some(f) = &e.time_format {
                    outln!("time format: {f}");
                }
                let matched = fenl_catalog::external::sources::list(&e.path).map(|s| s.len());
                outln!(
                    "source files: {}",
                    matched.map_or_else(|err| format!("(cannot list: {err})"), |n| n.to_string())
                );
                if let Some(state) = catalog.subscription(name).map_err(|e| e.to_string())? {
                    outln!("subscription: {}", state.as_str());
                }
            }
            outln!("version: {}", info.snapshot.version);
            if info.is_logical() {
                outln!("rows: (read from the source files at each query)");
            } else {
                outln!("rows: {}", info.rows());
                outln!("files: {}", info.snapshot.files.len());
                outln!("size: {} ({} bytes)", human_bytes(info.bytes()), info.bytes());
                match info.time_range() {
                    Some((min, max)) => outln!("time range: {} .. {}", format_nanos(min), format_nanos(max)),
                    None => outln!("time range: (empty)"),
                }
            }
            if info.schema.fields().is_empty() {
                outln!("schema: (fixed by the first load)");
            } else {
                outln!("schema:");
                print_schema(&info.schema);
            }
        }
        TableCommand::Delete { name, force } => {
            catalog.delete_table(name, *force).map_err(|e| e.to_string())?;
            outln!("deleted table {name}");
        }
        TableCommand::CreateExternal(args) => create_external(catalog, args)?,
        TableCommand::Refresh { name, full, dry_run } => {
            use fenl_catalog::external::Selection;
            let selection = if *full { Selection::Full } else { Selection::Changed };
            let report = with_progress("reading", "records", |progress| {
                catalog.refresh_with_progress(name, selection, *dry_run, progress)
            })
            .map_err(|e| e.to_string())?;
            outln!("{}", describe_refresh(name, &report));
            print_bad(&report.tally);
            if *dry_run {
                let info = catalog.table(name, None).map_err(|e| e.to_string())?;
                dry_run_verdict(info.def.external.as_ref(), &report)?;
            }
        }
        TableCommand::SetMode { name, mode } => {
            let mode = fenl_catalog::external::Mode::parse(mode).map_err(|e| e.to_string())?;
            let report =
                with_progress("reading", "records", |progress| catalog.set_external_mode(name, mode, progress))
                    .map_err(|e| e.to_string())?;
            let version = report.version.unwrap_or_default();
            match mode {
                fenl_catalog::external::Mode::Materialized => outln!(
                    "{name} is materialized: loaded {} row{} from {} file{} (version {version})",
                    report.tally.valid,
                    plural(report.tally.valid as usize),
                    report.loaded_files.len(),
                    plural(report.loaded_files.len())
                ),
                fenl_catalog::external::Mode::Logical => {
                    outln!("{name} is logical: its files are read at every query (version {version})")
                }
            }
            print_bad(&report.tally);
        }
        TableCommand::Subscribe { name, interval_ms, settle_ms, once } => {
            use fenl_catalog::external::subscription::{Event, Watch};
            let watch = Watch {
                interval: std::time::Duration::from_millis((*interval_ms).max(10)),
                settle: std::time::Duration::from_millis(*settle_ms),
                once: *once,
            };
            if !*once {
                eprintln!("subscribed to the files of {name}; `fenl table cancel {name}` or Ctrl-C stops");
            }
            catalog
                .subscribe(name, watch, &mut |event| match event {
                    Event::Loaded(report) => {
                        for file in &report.loaded_files {
                            outln!("loaded {file}");
                        }
                        outln!("{}", describe_refresh(name, report));
                        print_bad(&report.tally);
                    }
                    Event::Paused => eprintln!("subscription of {name} paused"),
                    Event::Resumed => eprintln!("subscription of {name} resumed"),
                    Event::Cancelled => eprintln!("subscription of {name} cancelled"),
                })
                .map_err(|e| e.to_string())?;
        }
        TableCommand::Pause { name } | TableCommand::Resume { name } => {
            use fenl_catalog::external::subscription::State;
            let state = if matches!(command, TableCommand::Pause { .. }) { State::Paused } else { State::Active };
            if catalog.subscription(name).map_err(|e| e.to_string())?.is_none() {
                return Err(format!("'{name}' has no subscription: start one with `fenl table subscribe {name}`"));
            }
            catalog.set_subscription(name, Some(state)).map_err(|e| e.to_string())?;
            outln!("subscription of {name} {}", if state == State::Paused { "paused" } else { "resumed" });
        }
        TableCommand::Cancel { name } => {
            if catalog.subscription(name).map_err(|e| e.to_string())?.is_none() {
                return Err(format!("'{name}' has no subscription"));
            }
            catalog.set_subscription(name, None).map_err(|e| e.to_string())?;
            outln!("subscription of {name} cancelled");
        }
        TableCommand::Compact { name } => {
            let report = catalog.compact(name).map_err(|e| e.to_string())?;
            match report.version {
                Some(v) => {
                    outln!("compacted {name}: {} files into {} (version {v})", report.files_before, report.files_after)
                }
                None => outln!(
                    "{name} is already compact ({} file{})",
                    report.files_before,
                    if report.files_before == 1 { "" } else { "s" }
                ),
            }
        }
        TableCommand::Vacuum { name, retain } => {
            let report = catalog.vacuum(name, *retain).map_err(|e| e.to_string())?;
            outln!(
                "deleted {} unused file{} from {name}",
                report.deleted.len(),
                if report.deleted.len() == 1 { "" } else { "s" }
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
