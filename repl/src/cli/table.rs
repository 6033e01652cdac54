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
        /// Store files in hive-style directories by the values of these columns (`region=eu/`).
        #[arg(long, value_name = "COL")]
        partition_on: Vec<String>,
        /// The unit of an integer (epoch) time column.
        #[arg(long, value_name = "UNIT", default_value = "s", value_parser = ["s", "ms", "us", "ns"])]
        time_unit: String,
    },
    /// Append the rows of files to a table, in one commit.
    Load {
        name: String,
        /// CSV, Parquet or JSON-lines files; `-` reads stdin (an Arrow IPC stream, else CSV).
        #[arg(required = true, value_name = "FILE")]
        files: Vec<String>,
        #[arg(long, value_parser = ["csv", "parquet", "jsonl", "arrow"])]
        format: Option<String>,
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
    /// Rewrite many small files as few sorted ones, in one commit.
    Compact { name: String },
    /// Delete data files no version within the retention period needs.
    Vacuum {
        name: String,
        #[arg(long, default_value_t = 168, value_name = "HOURS")]
        retain: u64,
    },
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
        TableCommand::Create {
            name,
            time_column,
            entity_key_column,
            subsort_column,
            grouping,
            partition_on,
            time_unit,
        } => {
            let mut def = TableDef::new(name, time_column, entity_key_column);
            def.subsort_column = subsort_column.clone();
            def.partition_on = partition_on.clone();
            if let Some(g) = grouping {
                def.grouping = g.clone();
            }
            def.epoch_unit = EpochUnit::parse(time_unit).map_err(|e| e.to_string())?;
            catalog.create_table(&def).map_err(|e| e.to_string())?;
            outln!("created table {name}");
        }
        TableCommand::Load { name, files, format } => {
            let format = format.as_deref().map(Format::parse).transpose().map_err(|e| e.to_string())?;
            let inputs = files
                .iter()
                .map(|f| Input::new(f, format))
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| e.to_string())?;
            let bar = std::io::stderr().is_terminal().then(|| {
                let bar = indicatif::ProgressBar::new_spinner();
                bar.set_style(
                    indicatif::ProgressStyle::with_template("{spinner} loading {msg} rows ({elapsed})")
                        .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
                );
                bar
            });
            let progress = |rows: u64| {
                if let Some(bar) = &bar {
                    bar.set_message(rows.to_string());
                    bar.tick();
                }
            };
            let result = catalog.load(name, &inputs, &progress);
            if let Some(bar) = &bar {
                bar.finish_and_clear();
            }
            let report = result.map_err(|e| e.to_string())?;
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
            outln!("version: {}", info.snapshot.version);
            outln!("rows: {}", info.rows());
            outln!("files: {}", info.snapshot.files.len());
            outln!("size: {} ({} bytes)", human_bytes(info.bytes()), info.bytes());
            match info.time_range() {
                Some((min, max)) => outln!("time range: {} .. {}", format_nanos(min), format_nanos(max)),
                None => outln!("time range: (empty)"),
            }
            if info.schema.fields().is_empty() {
                outln!("schema: (fixed by the first load)");
            } else {
                outln!("schema:");
                for field in info.schema.fields() {
                    let ty = FenlType::from_arrow(field.data_type())
                        .map_or_else(|| field.data_type().to_string(), |t| t.to_string());
                    outln!("  {}: {ty}", field.name());
                }
            }
        }
        TableCommand::Delete { name, force } => {
            catalog.delete_table(name, *force).map_err(|e| e.to_string())?;
            outln!("deleted table {name}");
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
