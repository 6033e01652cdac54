//! `fenl materialize create|list|get|run|delete`: queries kept up to date in a result directory
//! (see `crate::materialize` for the directory and its commits).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use arrow_array::RecordBatch;
use clap::Subcommand;
use fenl_catalog::{Catalog, MaterializationDef};

use crate::materialize::{read_manifest, run_once, RunFlags, RunReport};
use crate::source::read_source;
use crate::stdout::outln;

#[derive(Debug, Subcommand)]
pub enum MaterializeCommand {
    /// Define a materialization and compute its results over the tables' history.
    Create {
        name: String,
        /// The Fenl file whose query is materialized (its text is kept with the definition).
        file: PathBuf,
        /// The result directory (created; it must be empty or absent).
        #[arg(long, value_name = "DIR")]
        to: PathBuf,
        #[arg(long, default_value = "parquet", value_parser = ["parquet", "csv", "jsonl"])]
        format: String,
        /// history: every result row, appended run by run; snapshot: the current value per entity.
        #[arg(long, default_value = "history", value_parser = ["history", "snapshot"])]
        results: String,
    },
    /// List materializations.
    List,
    /// Describe a materialization: query, tables, results, last run.
    Get { name: String },
    /// Bring a materialization up to date with the events committed since its last run.
    Run {
        name: String,
        /// Forget the results so far and recompute from the start.
        #[arg(long)]
        rebuild: bool,
        /// Keep running: follow new commits to the tables and print new rows on stdout.
        #[arg(long)]
        live: bool,
        /// Live: the format of the rows printed.
        #[arg(long, default_value = "jsonl", value_parser = ["jsonl", "csv"], requires = "live")]
        output: String,
        /// Live: how often to look for new commits.
        #[arg(long, default_value_t = 25, value_name = "MS", requires = "live")]
        interval_ms: u64,
    },
    /// Delete a materialization's definition (its result directory is left as it is).
    Delete { name: String },
}

fn describe(report: &RunReport, name: &str) -> String {
    if !report.committed {
        return format!("materialization '{name}' is up to date (run {})", report.run);
    }
    let kind = if report.incremental { "incremental" } else { "recomputed" };
    let file = report.file.as_deref().map(|f| format!(" -> {f}")).unwrap_or_default();
    format!(
        "run {} of '{name}' ({kind}): {} event{} read, {} row{} written{file}",
        report.run,
        report.events,
        if report.events == 1 { "" } else { "s" },
        report.rows,
        if report.rows == 1 { "" } else { "s" }
    )
}

fn warn(report: &RunReport) {
    for warning in &report.warnings {
        eprintln!("warning: {warning}");
    }
    for (table, late) in &report.late {
        eprintln!(
            "warning: {late} late event{} in '{table}' (at or before the last event time already processed) \
             not processed; run with --rebuild to include them",
            if *late == 1 { "" } else { "s" }
        );
    }
    for table in &report.removed {
        eprintln!(
            "warning: rows were removed from '{table}' since the last run; the results already written stand; \
             run with --rebuild to recompute them"
        );
    }
}

fn time_text(nanos: i64) -> String {
    chrono::DateTime::from_timestamp_nanos(nanos).to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)
}

pub fn run(catalog: &Catalog, command: &MaterializeCommand) -> Result<ExitCode, String> {
    match command {
        MaterializeCommand::Create { name, file, to, format, results } => {
            if catalog.materialization(name).is_ok() {
                return Err(format!("materialization '{name}' already exists"));
            }
            let empty = match std::fs::read_dir(to) {
                Ok(mut entries) => entries.next().is_none(),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => true,
                Err(e) => return Err(format!("cannot use '{}' for results: {e}", to.display())),
            };
            if !empty {
                return Err(format!("the result directory '{}' is not empty; give a new or empty one", to.display()));
            }
            let query = read_source(file)?;
            let to = std::path::absolute(to).map_err(|e| format!("cannot use '{}': {e}", to.display()))?;
            let def = MaterializationDef {
                name: name.clone(),
                query,
                source: file.display().to_string(),
                to: to.display().to_string(),
                format: format.clone(),
                results: results.clone(),
                tables: Vec::new(),
                created_ms: chrono::Utc::now().timestamp_millis(),
            };
            let def = catalog.create_materialization(&def).map_err(|e| match e {
                fenl_catalog::Error::InvalidExpression { diagnostics, source } => {
                    format!(
                        "the query does not compile:\n{}",
                        super::render_for_stderr(&diagnostics, &def.source, &source)
                    )
                }
                other => other.to_string(),
            })?;
            // The backfill; a definition whose first run fails is not kept.
            match run_once(catalog, &def, RunFlags::default()) {
                Ok(report) => {
                    warn(&report);
                    if let Some(why) = &report.why_not_incremental {
                        eprintln!("note: later runs recompute the query from the start: {why}");
                    }
                    outln!("created materialization '{name}' (tables: {})", def.tables.join(", "));
                    outln!("{}", describe(&report, name));
                    Ok(ExitCode::SUCCESS)
                }
                Err(e) => {
                    let _ = catalog.delete_materialization(name);
                    let _ = std::fs::remove_dir_all(&to);
                    Err(e)
                }
            }
        }
        MaterializeCommand::List => {
            for def in catalog.list_materializations().map_err(|e| e.to_string())? {
                outln!("{}\t{}\t{}\t{}", def.name, def.results, def.format, def.to);
            }
            Ok(ExitCode::SUCCESS)
        }
        MaterializeCommand::Get { name } => {
            let def = catalog.materialization(name).map_err(|e| e.to_string())?;
            outln!("name: {}", def.name);
            outln!("source: {}", def.source);
            outln!("tables: {}", def.tables.join(", "));
            outln!("results: {} ({}) in {}", def.results, def.format, def.to);
            match crate::materialize::compile(catalog, &def) {
                Ok(plan) => match fenl_runtime::state::unsupported(&plan) {
                    None => outln!("runs: incremental (each run reads only new events)"),
                    Some(why) => outln!("runs: recomputed from the start ({why})"),
                },
                Err(e) => outln!("runs: the query no longer compiles: {e}"),
            }
            match read_manifest(Path::new(&def.to))? {
                None => outln!("last run: none committed"),
                Some(m) => {
                    outln!("last run: {}", m.run);
                    outln!("rows written: {}", m.rows);
                    if let Some(w) = m.watermark {
                        outln!("events through: {}", time_text(w));
                    }
                    for (table, mark) in &m.tables {
                        outln!("read: {table} version {} ({} rows)", mark.version, mark.rows);
                    }
                    if m.late_rows > 0 {
                        outln!("late events not processed: {}", m.late_rows);
                    }
                    match &m.current {
                        Some(current) => outln!("current snapshot: {current}"),
                        None => outln!("files: {}", m.files.len()),
                    }
                }
            }
            outln!("query:");
            for line in def.query.lines() {
                outln!("  {line}");
            }
            Ok(ExitCode::SUCCESS)
        }
        MaterializeCommand::Run { name, rebuild, live, output, interval_ms } => {
            let def = catalog.materialization(name).map_err(|e| e.to_string())?;
            if *live {
                return live_loop(catalog, &def, *rebuild, output, Duration::from_millis(*interval_ms));
            }
            let report = run_once(catalog, &def, RunFlags { rebuild: *rebuild, echo: None, cache: None })?;
            warn(&report);
            outln!("{}", describe(&report, name));
            Ok(ExitCode::SUCCESS)
        }
        MaterializeCommand::Delete { name } => {
            let def = catalog.delete_materialization(name).map_err(|e| e.to_string())?;
            outln!("deleted materialization '{name}' (its results are left in {})", def.to);
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The tables' versions, to notice new commits.
fn versions(catalog: &Catalog, def: &MaterializationDef) -> Vec<Option<u64>> {
    def.tables.iter().map(|t| catalog.table(t, None).ok().map(|i| i.snapshot.version)).collect()
}

/// Live mode: a run, then a run after every new commit to the tables (logical external tables,
/// whose files change without commits, every interval), each run's new rows on stdout as they
/// are produced. Ctrl-C stops after the run in progress has committed.
pub fn live_loop(
    catalog: &Catalog,
    def: &MaterializationDef,
    rebuild: bool,
    format: &str,
    interval: Duration,
) -> Result<ExitCode, String> {
    let stop = Arc::new(AtomicBool::new(false));
    {
        let stop = stop.clone();
        ctrlc::set_handler(move || stop.store(true, Ordering::SeqCst))
            .map_err(|e| format!("cannot handle Ctrl-C: {e}"))?;
    }
    // Logical external tables change without commits: their files are read again, at most
    // once a second.
    let logical = def.tables.iter().any(|t| catalog.table(t, None).is_ok_and(|i| i.is_logical()));
    let interval = if logical { interval.max(Duration::from_secs(1)) } else { interval };
    let mut header = true;
    let mut print = |batch: &RecordBatch| -> Result<(), String> {
        let mut out = std::io::BufWriter::new(crate::stdout::Stdout);
        match format {
            "csv" => {
                fenl_runtime::write_csv_rows(batch, &mut out, header).map_err(|e| e.to_string())?;
                header = false;
            }
            _ => super::write_batch(batch, "jsonl", &mut out, 0, 0)?,
        }
        std::io::Write::flush(&mut out).map_err(|e| e.to_string())
    };
    let mut first = true;
    let mut seen = Vec::new();
    let mut cache = crate::materialize::StateCache::default();
    loop {
        let now = versions(catalog, def);
        if first || now != seen || logical {
            let started = Instant::now();
            let report = run_once(
                catalog,
                def,
                RunFlags { rebuild: rebuild && first, echo: Some(&mut print), cache: Some(&mut cache) },
            )?;
            warn(&report);
            if report.committed {
                eprintln!("{} in {} ms", describe(&report, &def.name), started.elapsed().as_millis());
            }
            seen = now;
            first = false;
        }
        if stop.load(Ordering::SeqCst) {
            eprintln!("stopped; the results are committed through the last run");
            return Ok(ExitCode::SUCCESS);
        }
        let until = Instant::now() + interval;
        while Instant::now() < until && !stop.load(Ordering::SeqCst) {
            std::thread::sleep(Duration::from_millis(10).min(interval));
        }
        if stop.load(Ordering::SeqCst) {
            eprintln!("stopped; the results are committed through the last run");
            return Ok(ExitCode::SUCCESS);
        }
    }
}
